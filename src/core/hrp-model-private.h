/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-model-private.h — what the files of the plan's types share
 *
 * For the model's own files alone; callers include hrp-model.h.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Setters compare, set, then notify: sets *field to a copy of value (NULL
 * is taken as "") and returns TRUE when that changed it. */
static inline gboolean
_hrp_model_set_string (char       **field,
                       const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* A string property, "" by default. */
#define HRP_MODEL_STRING_PARAM(name) \
  g_param_spec_string (name, NULL, NULL, "", \
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

G_END_DECLS
