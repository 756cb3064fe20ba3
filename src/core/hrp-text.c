/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text.c — HrpText, one entry of an ordered list of texts */
#include "config.h"

#include <string.h>

#include "hrp-text.h"
#include "hrp-mission.h"
#include "hrp-model-private.h"
#include "hrp-plan.h"
#include "hrp-policy.h"
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

/* What hrp_text_sanitize () removes wherever it is. */
static gboolean
is_removed (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
         || (c >= 0x7f && c <= 0x9f)                /* DEL, C1 */
         || (c >= 0x202a && c <= 0x202e)            /* embeddings, overrides */
         || (c >= 0x2066 && c <= 0x2069)            /* isolates */
         || c == 0x200e || c == 0x200f || c == 0x061c  /* LRM, RLM, ALM */
         || c == 0xfeff;                            /* BOM, zero-width no-break space */
}

/* A Thai letter, vowel or tone mark: not a Thai digit (U+0E50–U+0E59). */
static gboolean
is_thai_letter (gunichar c)
{
  return c >= 0x0e01 && c <= 0x0e4f;
}

/* Whether the text after the zero-width space at p starts with a Thai
 * letter, past what is removed anyway. */
static gboolean
thai_letter_follows (const char *p)
{
  for (p = g_utf8_next_char (p); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_removed (c) && c != 0x200b)
        return is_thai_letter (c);
    }
  return FALSE;
}

/* Whether text holds anything hrp_text_sanitize () would change: most
 * texts hold nothing, and are copied as they are. */
static gboolean
needs_sanitizing (const char *text,
                  gboolean    multi_line)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if ((*p < 0x20 && *p != '\t' && (*p != '\n' || !multi_line)) || *p == 0x7f)
        return TRUE;
      /* U+0080–U+009F are C2 80–9F; U+061C is D8 9C; U+200B–U+200F,
       * U+202A–U+202E and U+2066–U+2069 start E2 80 or E2 81; U+FEFF is
       * EF BB BF.  Looked at closer below. */
      if (*p == 0xc2 || *p == 0xd8 || *p == 0xe2 || *p == 0xef)
        return TRUE;
    }
  return FALSE;
}

char *
hrp_text_sanitize (const char *text,
                   gboolean    multi_line,
                   guint      *n_removed)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint removed = 0;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    {
      /* What is not UTF-8 becomes U+FFFD: replaced, so counted. */
      valid = g_utf8_make_valid (text, -1);
      for (const char *p = strstr (valid, "\xEF\xBF\xBD"); p != NULL; p = strstr (p + 3, "\xEF\xBF\xBD"))
        removed++;
      text = valid;
    }
  if (!needs_sanitizing (text, multi_line))
    {
      if (n_removed != NULL)
        *n_removed += removed;
      return g_strdup (text);
    }

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' || c == '\n')
        {
          /* "\r\n" is one new line; the carriage return goes. */
          if (c == '\r' && p[1] == '\n')
            {
              removed++;
              continue;
            }
          if (c == '\r' || !multi_line)
            removed++;
          g_string_append_c (out, multi_line ? '\n' : ' ');
          continue;
        }
      if (is_removed (c))
        {
          removed++;
          continue;
        }
      if (c == 0x200b)
        {
          const char *last = out->len > 0 ? g_utf8_find_prev_char (out->str, out->str + out->len)
                                          : NULL;

          if (last == NULL || !is_thai_letter (g_utf8_get_char (last))
              || !thai_letter_follows (p))
            {
              removed++;
              continue;
            }
        }
      g_string_append_unichar (out, c);
    }
  if (n_removed != NULL)
    *n_removed += removed;
  return g_string_free (out, FALSE);
}

gboolean
hrp_text_property_is_multi_line (GType       type,
                                 const char *property)
{
  g_return_val_if_fail (property != NULL, FALSE);

  if (g_type_is_a (type, HRP_TYPE_PLAN))
    return g_str_equal (property, "preamble") || g_str_equal (property, "vision")
           || g_str_equal (property, "policy-intro");
  if (g_type_is_a (type, HRP_TYPE_POLICY))
    return g_str_equal (property, "description");
  if (g_type_is_a (type, HRP_TYPE_MISSION))
    return g_str_equal (property, "text");
  return FALSE;
}
