/* hrp-thai.c — Thai text and number helpers */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-model.h"
#include "hrp-thai.h"

G_DEFINE_QUARK (hrp-money-error-quark, hrp_money_error)

#define THAI_DIGIT_ZERO 0x0E50

static int
digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= THAI_DIGIT_ZERO && c <= THAI_DIGIT_ZERO + 9)
    return c - THAI_DIGIT_ZERO;
  return -1;
}

/* Reads the character at p and returns where the next one starts.  Texts
 * come from files and databases that may hold bytes that are not UTF-8:
 * such a byte is one character of its own, *c = (gunichar) -1, so that a
 * truncated sequence before the terminating nul never makes us step over
 * it. */
static const char *
next_char (const char *p,
           gunichar   *c)
{
  *c = g_utf8_get_char_validated (p, -1);
  if (*c == (gunichar) -1 || *c == (gunichar) -2)
    {
      *c = (gunichar) -1;
      return p + 1;
    }
  return g_utf8_next_char (p);
}

static char *
convert_digits (const char *text,
                gboolean    to_thai)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0';)
    {
      gunichar c;
      const char *next = next_char (p, &c);
      int d = digit_value (c);

      if (d >= 0)
        g_string_append_unichar (out, to_thai ? (gunichar) (THAI_DIGIT_ZERO + d)
                                              : (gunichar) ('0' + d));
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }

  return g_string_free (out, FALSE);
}

char *
hrp_thai_digits_to_arabic (const char *text)
{
  return convert_digits (text, FALSE);
}

char *
hrp_arabic_digits_to_thai (const char *text)
{
  return convert_digits (text, TRUE);
}

/* The months' names as Thai official letters write them, not translated:
 * a Thai date is Thai whatever the language of the window. */
static const char * const thai_months[12] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

char *
hrp_thai_long_date (GDateTime *date,
                    gboolean   thai_digits)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  text = g_strdup_printf ("%d %s %d",
                          g_date_time_get_day_of_month (date),
                          thai_months[g_date_time_get_month (date) - 1],
                          g_date_time_get_year (date) + 543);
  if (thai_digits)
    return hrp_arabic_digits_to_thai (text);
  return g_steal_pointer (&text);
}

char *
hrp_thai_replace_year (const char *text,
                       int         old_year,
                       int         new_year)
{
  g_autofree char *new_arabic = g_strdup_printf ("%d", new_year);
  g_autofree char *new_thai = hrp_arabic_digits_to_thai (new_arabic);
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) + 8);
  p = text;
  while (*p != '\0')
    {
      gunichar c;
      const char *end = p;
      gboolean thai = FALSE;
      gint64 value = 0;
      guint n_digits = 0;
      const char *next = next_char (p, &c);

      if (digit_value (c) < 0)
        {
          g_string_append_len (out, p, next - p);
          p = next;
          continue;
        }

      /* A run of digits: a whole number. */
      while (*end != '\0')
        {
          gunichar d;

          next = next_char (end, &d);
          if (digit_value (d) < 0)
            break;
          thai |= d >= THAI_DIGIT_ZERO;
          if (n_digits < 12)
            value = value * 10 + digit_value (d);
          n_digits++;
          end = next;
        }

      if (n_digits < 12 && value == old_year)
        g_string_append (out, thai ? new_thai : new_arabic);
      else
        g_string_append_len (out, p, end - p);
      p = end;
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_thai_char (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E5B;
}

static gboolean
is_tone_mark (gunichar c)
{
  return c >= 0x0E48 && c <= 0x0E4B;
}

static gboolean
is_upper_vowel (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37) || c == 0x0E47;
}

gboolean
hrp_thai_has_broken_pattern (const char *text)
{
  gunichar prev2 = 0, prev = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0';)
    {
      gunichar c;

      p = next_char (p, &c);

      /* "ต าบล": Thai + space + sara aa (U+0E32) */
      if (c == 0x0E32 && prev == ' ' && is_thai_char (prev2))
        return TRUE;
      /* "เพ่ือ": tone mark before an upper vowel */
      if (is_upper_vowel (c) && is_tone_mark (prev))
        return TRUE;

      prev2 = prev;
      prev = c;
    }

  return FALSE;
}

gboolean
hrp_money_parse (const char  *text,
                 gint64      *satang,
                 GError     **error)
{
  g_autofree char *arabic = NULL;
  const char *p;
  gint64 baht = 0;
  gint64 fraction = 0;
  guint n_int_digits = 0;
  guint n_fraction_digits = 0;
  gboolean seen_point = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (satang != NULL, FALSE);

  arabic = hrp_thai_digits_to_arabic (text);
  g_strstrip (arabic);

  if (arabic[0] == '\0' || strcmp (arabic, "-") == 0)
    {
      *satang = HRP_BUDGET_NONE;
      return TRUE;
    }

  if (arabic[0] == '-')
    {
      g_set_error (error, HRP_MONEY_ERROR, HRP_MONEY_ERROR_NEGATIVE,
                   _("A budget cannot be negative: “%s”"), text);
      return FALSE;
    }

  for (p = arabic; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (seen_point)
            {
              if (++n_fraction_digits > 2)
                {
                  g_set_error (error, HRP_MONEY_ERROR, HRP_MONEY_ERROR_TOO_MANY_DECIMALS,
                               _("A budget has at most two decimals (satang): “%s”"), text);
                  return FALSE;
                }
              fraction = fraction * 10 + (*p - '0');
            }
          else
            {
              baht = baht * 10 + (*p - '0');
              if (baht > HRP_BUDGET_MAX / 100)
                {
                  g_set_error (error, HRP_MONEY_ERROR, HRP_MONEY_ERROR_TOO_LARGE,
                               _("A budget can be at most 999,999,999,999.99 baht: “%s”"), text);
                  return FALSE;
                }
              n_int_digits++;
            }
        }
      else if (*p == ',' && !seen_point && n_int_digits > 0 &&
               g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
               !g_ascii_isdigit (p[4]))
        {
          /* a thousands separator: exactly three digits follow */
        }
      else if (*p == '.' && !seen_point)
        {
          seen_point = TRUE;
        }
      else
        {
          g_set_error (error, HRP_MONEY_ERROR, HRP_MONEY_ERROR_INVALID,
                       _("“%s” is not an amount of baht (write it like 200,000 or 1500.50)"),
                       text);
          return FALSE;
        }
    }

  if (n_int_digits == 0 && n_fraction_digits == 0)
    {
      g_set_error (error, HRP_MONEY_ERROR, HRP_MONEY_ERROR_INVALID,
                   _("“%s” is not an amount of baht (write it like 200,000 or 1500.50)"),
                   text);
      return FALSE;
    }

  if (n_fraction_digits == 1)
    fraction *= 10;

  *satang = baht * 100 + fraction;
  return TRUE;
}

char *
hrp_money_format (gint64   satang,
                  gboolean always_decimals)
{
  char digits[32];
  GString *out;
  gsize len;

  if (satang == HRP_BUDGET_NONE)
    return g_strdup ("-");

  g_return_val_if_fail (satang >= 0, NULL);

  g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, satang / 100);
  len = strlen (digits);
  out = g_string_new (NULL);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }

  if (always_decimals || satang % 100 != 0)
    g_string_append_printf (out, ".%02d", (int) (satang % 100));

  return g_string_free (out, FALSE);
}

char *
hrp_money_to_decimal (gint64 satang)
{
  g_return_val_if_fail (satang >= 0, NULL);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", satang / 100, (int) (satang % 100));
}
