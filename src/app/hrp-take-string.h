/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-take-string.h — a string property's setter, shared by the app's
 * small row and node types */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Takes value into *field and notifies pspec on object, unless the two
 * are equal (then value is freed and nothing is said). */
static inline void
hrp_take_string (GObject     *object,
                 char       **field,
                 char        *value,
                 GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

G_END_DECLS
