/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text.c — HrpText, one entry of an ordered list of texts */
#include "config.h"

#include "hrp-text.h"
#include "hrp-model-private.h"
#include "hrp-thai.h"

struct _HrpText
{
  GObject  parent_instance;
  char    *text;
};

G_DEFINE_FINAL_TYPE (HrpText, hrp_text, G_TYPE_OBJECT)

enum { TEXT_PROP_0, TEXT_PROP_TEXT, TEXT_N_PROPS };
static GParamSpec *text_properties[TEXT_N_PROPS];

static void
hrp_text_finalize (GObject *object)
{
  HrpText *self = HRP_TEXT (object);

  g_free (self->text);
  G_OBJECT_CLASS (hrp_text_parent_class)->finalize (object);
}

static void
hrp_text_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HrpText *self = HRP_TEXT (object);

  switch (prop_id)
    {
    case TEXT_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_text_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HrpText *self = HRP_TEXT (object);

  switch (prop_id)
    {
    case TEXT_PROP_TEXT:
      hrp_text_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_text_class_init (HrpTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_text_finalize;
  object_class->get_property = hrp_text_get_property;
  object_class->set_property = hrp_text_set_property;

  text_properties[TEXT_PROP_TEXT] = HRP_MODEL_STRING_PARAM ("text");
  g_object_class_install_properties (object_class, TEXT_N_PROPS, text_properties);
}

static void
hrp_text_init (HrpText *self)
{
  self->text = g_strdup ("");
}

HrpText *
hrp_text_new (const char *text)
{
  return g_object_new (HRP_TYPE_TEXT, "text", text, NULL);
}

const char *
hrp_text_get_text (HrpText *self)
{
  g_return_val_if_fail (HRP_IS_TEXT (self), NULL);
  return self->text;
}

void
hrp_text_set_text (HrpText    *self,
                   const char *text)
{
  g_return_if_fail (HRP_IS_TEXT (self));
  if (_hrp_model_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), text_properties[TEXT_PROP_TEXT]);
}

char *
hrp_text_normalize (const char *text)
{
  g_autofree char *arabic = hrp_thai_digits_to_arabic (text != NULL ? text : "");
  g_autofree char *composed = g_utf8_normalize (arabic, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  /* g_unichar_isspace () is TRUE for U+00A0 and the other space
   * separators as well. */
  for (const char *p = composed != NULL ? composed : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
