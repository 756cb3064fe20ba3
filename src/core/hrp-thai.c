/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/* Thai characters by class; a class that is one range of the Thai block
 * is written as that range. */

#define SARA_AA      0x0E32
#define SARA_AM      0x0E33
#define MAI_HAN_AKAT 0x0E31
#define THANTHAKHAT  0x0E4C
#define NIKHAHIT     0x0E4D

#define THAI_CLASS_RANGE(name, first, last) \
  static gboolean \
  name (gunichar c) \
  { \
    return c >= (first) && c <= (last); \
  }

THAI_CLASS_RANGE (is_thai_char, 0x0E01, 0x0E5B)
THAI_CLASS_RANGE (is_consonant, 0x0E01, 0x0E2E)
THAI_CLASS_RANGE (is_lower_vowel, 0x0E38, 0x0E3A)
THAI_CLASS_RANGE (is_tone_mark, 0x0E48, 0x0E4B)

static gboolean
is_upper_vowel (gunichar c)
{
  return c == MAI_HAN_AKAT || (c >= 0x0E34 && c <= 0x0E37) || c == 0x0E47;
}

/* A tone mark or thanthakhat: the marks drawn above an upper vowel */
static gboolean
is_top_mark (gunichar c)
{
  return is_tone_mark (c) || c == THANTHAKHAT;
}

/* What combines with the letter before it (and sara am, which cannot
 * stand after a space either) */
static gboolean
is_attached_mark (gunichar c)
{
  return is_upper_vowel (c) || is_lower_vowel (c) || is_top_mark (c)
         || c == NIKHAHIT || c == 0x0E4E || c == SARA_AM;
}

/* A vowel that makes the consonant before it the first of a syllable */
static gboolean
is_syllable_vowel (gunichar c)
{
  return c == 0x0E30 || c == SARA_AA || c == SARA_AM || c == 0x0E45
         || (c >= 0x0E34 && c <= 0x0E37) || is_lower_vowel (c);
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0x00A0;
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

/* Repair of Thai copied out of PDFs.
 *
 * The text is worked on line by line, as an array of code points.  Each
 * rule looks at a few code points from an anchor and rewrites them in
 * place; every rewrite either shortens the line or moves a mark to the
 * left, so the rules cannot undo each other and the sweep ends.  After a
 * rewrite the sweep steps back by the longest rule, so what the rewrite
 * made possible just before it is seen too: at the end no rule applies
 * anywhere, and a second repair changes nothing. */

#define RULE_REACH 8

/* The glyphs of the private-use area that Thai fonts use for shifted marks
 * and for yo ying and tho than without their lower part: first the
 * U+F700–U+F71A layout, then U+F884–U+F89E of other fonts. */
static gunichar
pua_to_thai (gunichar c)
{
  static const gunichar f700[] = {
    0x0E10,                                 /* F700 tho than, no tail */
    0x0E34, 0x0E35, 0x0E36, 0x0E37,         /* F701 upper vowels, left */
    0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, /* F705 tone marks, low left */
    0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, /* F70A tone marks, low */
    0x0E0D,                                 /* F70F yo ying, no tail */
    0x0E31, 0x0E4D, 0x0E47,                 /* F710 mai han-akat, nikhahit, maitaikhu, left */
    0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, /* F713 tone marks, left */
    0x0E38, 0x0E39, 0x0E3A,                 /* F718 lower vowels, low */
  };

  if (c >= 0xF700 && c <= 0xF71A)
    return f700[c - 0xF700];
  if (c == 0xF884)
    return 0x0E31;
  if (c >= 0xF885 && c <= 0xF888)
    return 0x0E34 + (c - 0xF885);
  if (c == 0xF889)
    return 0x0E47;
  if (c >= 0xF88A && c <= 0xF898)
    return 0x0E48 + (c - 0xF88A) / 3;
  if (c == 0xF899)
    return 0x0E4D;
  if (c == 0xF89A)
    return 0x0E0D;
  if (c >= 0xF89B && c <= 0xF89D)
    return 0x0E38 + (c - 0xF89B);
  if (c == 0xF89E)
    return 0x0E10;
  return 0;
}

typedef struct {
  gunichar *s;
  gsize     n;
} Line;

static gunichar
at (const Line *line,
    gsize       i)
{
  return i < line->n ? line->s[i] : 0;
}

static void
line_remove (Line  *line,
             gsize  i,
             gsize  count)
{
  memmove (line->s + i, line->s + i + count, (line->n - i - count) * sizeof (gunichar));
  line->n -= count;
}

/* Moves the code point at from to the position to (< from). */
static void
line_move_left (Line  *line,
                gsize  from,
                gsize  to)
{
  gunichar c = line->s[from];

  memmove (line->s + to + 1, line->s + to, (from - to) * sizeof (gunichar));
  line->s[to] = c;
}

/* Applies the first rule that matches at i; returns the first position it
 * changed, or -1. */
static gssize
repair_at (Line  *line,
           gsize  i)
{
  gunichar c = at (line, i);
  gunichar c1 = at (line, i + 1);
  gunichar c2 = at (line, i + 2);
  gunichar c3 = at (line, i + 3);

  /* Nikhahit + sara aa, a tone mark on either side of the nikhahit:
   * sara am, the tone mark before it. */
  if (c == NIKHAHIT && c1 == SARA_AA)
    {
      line->s[i] = SARA_AM;
      line_remove (line, i + 1, 1);
      return i;
    }
  if (c == NIKHAHIT && is_tone_mark (c1) && c2 == SARA_AA)
    {
      line->s[i] = c1;
      line->s[i + 1] = SARA_AM;
      line_remove (line, i + 2, 1);
      return i;
    }

  if (is_consonant (c))
    {
      gsize j = i + 1;
      gsize spaces;
      gunichar tone = 0;

      /* "ต าบล", "น ้า", "น้ า": sara am that lost its nikhahit */
      if (is_tone_mark (at (line, j)))
        tone = line->s[j++];
      for (spaces = 0; is_space (at (line, j + spaces)); spaces++)
        ;
      if (spaces > 0)
        {
          gsize k = j + spaces;

          if (tone == 0 && is_tone_mark (at (line, k)) && at (line, k + 1) == SARA_AA)
            {
              tone = line->s[k];
              k++;
            }
          if (at (line, k) == SARA_AA)
            {
              gsize out = i + 1;

              if (tone != 0)
                line->s[out++] = tone;
              line->s[out++] = SARA_AM;
              line_remove (line, out, k + 1 - out);
              return i;
            }
        }

      /* "ตัง้" → "ตั้ง": the tone mark of a closed syllable with mai
       * han-akat was put after its final consonant. */
      if (c1 == MAI_HAN_AKAT && is_consonant (c2) && is_tone_mark (c3))
        {
          gunichar next = at (line, i + 4);

          if (!is_syllable_vowel (next) && !is_attached_mark (next))
            {
              line_move_left (line, i + 3, i + 2);
              return i + 2;
            }
        }

      /* "ทรพัยากร" → "ทรัพยากร": after a syllable that starts with a
       * consonant + ร/ล/ว cluster the mai han-akat went onto the final
       * consonant, whose next consonant then starts a syllable with
       * sara aa. */
      if ((i == 0 || !is_consonant (line->s[i - 1]))
          && (c1 == 0x0E23 || c1 == 0x0E25 || c1 == 0x0E27) && is_consonant (c2)
          && c3 == MAI_HAN_AKAT && is_consonant (at (line, i + 4))
          && at (line, i + 5) == SARA_AA)
        {
          line_move_left (line, i + 3, i + 2);
          return i + 2;
        }

      /* "ดิจทัิล" → "ดิจิทัล": two upper vowels on one consonant; the
       * second belongs to the bare consonant before it. */
      if (is_consonant (c1) && is_upper_vowel (c2) && is_upper_vowel (c3))
        {
          line_move_left (line, i + 3, i + 1);
          return i + 1;
        }
    }

  /* Sara am after its tone mark: "นำ้" → "น้ำ" */
  if (c == SARA_AM && is_tone_mark (c1))
    {
      line->s[i] = c1;
      line->s[i + 1] = SARA_AM;
      return i;
    }

  /* A tone mark or thanthakhat before an upper or lower vowel:
   * "เพ่ือ" → "เพื่อ", "ข้ึน" → "ขึ้น" */
  if (is_top_mark (c) && (is_upper_vowel (c1) || is_lower_vowel (c1)))
    {
      line->s[i] = c1;
      line->s[i + 1] = c;
      return i;
    }

  /* Spaces before a mark that combines with the Thai letter before them:
   * "วิสัยทัศน ์" */
  if (is_space (c) && i > 0 && is_thai_char (line->s[i - 1]) && !is_space (line->s[i - 1]))
    {
      gsize spaces;

      for (spaces = 0; is_space (at (line, i + spaces)); spaces++)
        ;
      if (is_attached_mark (at (line, i + spaces)))
        {
          line_remove (line, i, spaces);
          return i;
        }
    }

  return -1;
}

static guint
repair_line (Line *line)
{
  guint n_repairs = 0;
  gsize i = 0;

  while (i < line->n)
    {
      gssize changed = repair_at (line, i);

      if (changed < 0)
        {
          i++;
          continue;
        }

      n_repairs++;
      /* Back to where a rule reaching the change could start; a run of
       * spaces counts as one step. */
      i = (gsize) changed > RULE_REACH ? (gsize) changed - RULE_REACH : 0;
      while (i > 0 && is_space (line->s[i - 1]))
        i--;
    }

  return n_repairs;
}

char *
hrp_thai_repair (const char *text,
                 guint      *n_repairs)
{
  g_autofree gunichar *chars = NULL;
  GString *out;
  glong n_chars = 0;
  guint n = 0;
  glong start = 0;

  g_return_val_if_fail (text != NULL, NULL);

  chars = g_utf8_to_ucs4_fast (text, -1, &n_chars);

  for (glong i = 0; i < n_chars; i++)
    {
      gunichar thai = pua_to_thai (chars[i]);

      if (thai != 0)
        {
          chars[i] = thai;
          n++;
        }
    }

  out = g_string_sized_new (strlen (text) + 1);
  while (start < n_chars)
    {
      glong end = start;
      Line line;

      while (end < n_chars && chars[end] != '\n')
        end++;
      line.s = chars + start;
      line.n = end - start;
      n += repair_line (&line);
      for (gsize k = 0; k < line.n; k++)
        g_string_append_unichar (out, line.s[k]);
      if (end < n_chars)
        g_string_append_c (out, '\n');
      start = end + 1;
    }

  if (n_repairs != NULL)
    *n_repairs = n;
  return g_string_free (out, FALSE);
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

int
hrp_digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 0x0E50 && c <= 0x0E59)
    return c - 0x0E50;
  return -1;
}
