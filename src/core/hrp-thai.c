/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-thai.c — Thai text and number helpers */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-model.h"
#include "hrp-thai-dict.h"
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

/* The line being repaired: a gap buffer, so that a rule that removes code
 * points costs what it removes and not the rest of the line.  The line is
 * s[0..gap) followed by s[gap + gap_len..gap_len + n); the gap moves to
 * where something is removed, and the sweep goes forward, so over a whole
 * line it moves about the line's length.  (Moving the rest of a 6 MB line
 * on each removal made repairing such a line take seconds.) */
typedef struct {
  gunichar *s;
  gsize     n;
  gsize     gap;
  gsize     gap_len;
} Line;

static gunichar
at (const Line *line,
    gsize       i)
{
  if (i >= line->n)
    return 0;
  return line->s[i < line->gap ? i : i + line->gap_len];
}

static void
set (Line     *line,
     gsize     i,
     gunichar  c)
{
  line->s[i < line->gap ? i : i + line->gap_len] = c;
}

static void
line_move_gap (Line  *line,
               gsize  to)
{
  if (line->gap_len == 0)
    ;
  else if (to < line->gap)
    memmove (line->s + to + line->gap_len, line->s + to,
             (line->gap - to) * sizeof (gunichar));
  else if (to > line->gap)
    memmove (line->s + line->gap, line->s + line->gap + line->gap_len,
             (to - line->gap) * sizeof (gunichar));
  line->gap = to;
}

/* Makes the line one piece again: s[0..n). */
static void
line_close_gap (Line *line)
{
  line_move_gap (line, line->n);
  line->gap = 0;
  line->gap_len = 0;
}

static void
line_remove (Line  *line,
             gsize  i,
             gsize  count)
{
  line_move_gap (line, i);
  line->gap_len += count;
  line->n -= count;
}

/* Moves the code point at from to the position to (< from, a few places
 * away). */
static void
line_move_left (Line  *line,
                gsize  from,
                gsize  to)
{
  gunichar c = at (line, from);

  for (gsize k = from; k > to; k--)
    set (line, k, at (line, k - 1));
  set (line, to, c);
}

/* Candidate repairs checked against the word list (hrp-thai-dict.h).
 *
 * Where the rules see breakage but the text can be read two ways (a
 * space + sara aa is sara am that lost its nikhahit in "ต าบล", a spaced
 * out "ว่ า" in "มากกว่ า"), each reading is put between the letters
 * around it and the one whose letters the list covers best is taken.
 * Where the rules see nothing, a word the list does not know may still
 * be broken ("ฝกึ", "ขึน้", "เป็ น"): a mark put back on the letter
 * before, or a space taken out, is kept only when the list then covers
 * more of the letters around it, the changed ones included. */

/* Letters on each side of a candidate that its score takes in: the words
 * the candidate touches, without scoring the whole line each time. */
#define CONTEXT    20
#define SITE_MAX   8

static gboolean
is_word_letter (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E4E;
}

/* A candidate between the letters around it, as the word list sees it */
typedef struct {
  gunichar chars[2 * CONTEXT + 2 + SITE_MAX];
  gboolean covered[2 * CONTEXT + 2 + SITE_MAX];
  gsize    n;
  gsize    site;       /* where the candidate starts in chars */
  gsize    site_n;
  gsize    uncovered;  /* letters that no word covers */
} Window;

/* Puts cand[0..cand_n) (or the line's own [start, end) when cand is NULL)
 * between up to CONTEXT letters before start and after end, and covers
 * it with words.  A space + sara aa further on, which the rules have not
 * reached yet, is read as sara am there, the rules' first reading: so
 * that "ต าบลก าหนด" is not scored with a stray "ก" after "ตำบล". */
static void
window_fill (Window         *w,
             const Line     *line,
             gsize           start,
             gsize           end,
             const gunichar *cand,
             gsize           cand_n)
{
  gsize left = start;
  gsize k = end;
  gsize n_right = 0;

  if (cand == NULL)
    cand_n = end - start;
  g_assert (cand_n <= SITE_MAX);

  while (left > 0 && start - left < CONTEXT && is_word_letter (at (line, left - 1)))
    left--;
  w->n = 0;
  for (gsize m = left; m < start; m++)
    w->chars[w->n++] = at (line, m);
  w->site = w->n;
  w->site_n = cand_n;
  for (gsize m = 0; m < cand_n; m++)
    w->chars[w->n++] = cand != NULL ? cand[m] : at (line, start + m);

  while (n_right < CONTEXT && k < line->n)
    {
      gunichar c = at (line, k);

      if (is_word_letter (c))
        {
          w->chars[w->n++] = c;
          n_right++;
          k++;
        }
      else if (is_space (c) && w->n > 0
               && (is_consonant (w->chars[w->n - 1]) || is_tone_mark (w->chars[w->n - 1])))
        {
          gsize m = k;

          while (is_space (at (line, m)))
            m++;
          if (is_tone_mark (at (line, m)) && at (line, m + 1) == SARA_AA
              && !is_tone_mark (w->chars[w->n - 1]))
            w->chars[w->n++] = at (line, m++);
          if (at (line, m) != SARA_AA)
            break;
          w->chars[w->n++] = SARA_AM;
          n_right++;
          k = m + 1;
        }
      else
        break;
    }

  w->uncovered = hrp_thai_dict_n_letters (w->chars, w->n)
                 - hrp_thai_dict_cover_mask (w->chars, w->n, w->covered);
}

/* TRUE when every letter of before's context that a word covers is still
 * covered in after: a candidate may not mend one word by breaking the
 * next ("การเลื่อนวิทย" is not "การเลื่อนิวทย"). */
static gboolean
keeps_words (const Window *before,
             const Window *after)
{
  gsize right_before = before->site + before->site_n;
  gsize right_after = after->site + after->site_n;

  for (gsize k = 0; k < before->site; k++)
    if (before->covered[k] && !after->covered[k])
      return FALSE;
  for (gsize k = 0; right_before + k < before->n; k++)
    if (before->covered[right_before + k] && !after->covered[right_after + k])
      return FALSE;
  return TRUE;
}

/* TRUE when the list prefers cand to the line's [start, end), where the
 * rules found nothing wrong: with cand, words of the list cover the
 * candidate, the letter on each side of it and more letters in all, and
 * every letter they covered before. */
static gboolean
dict_prefers (const Line     *line,
              gsize           start,
              gsize           end,
              const gunichar *cand,
              gsize           cand_n)
{
  Window now, then;
  gsize from, to;

  window_fill (&then, line, start, end, cand, cand_n);
  from = then.site > 0 ? then.site - 1 : 0;
  to = MIN (then.site + then.site_n + 1, then.n);
  for (gsize k = from; k < to; k++)
    if (is_word_letter (then.chars[k]) && !then.covered[k])
      return FALSE;
  window_fill (&now, line, start, end, NULL, 0);
  return then.uncovered < now.uncovered && keeps_words (&now, &then);
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
      set (line, i, SARA_AM);
      line_remove (line, i + 1, 1);
      return i;
    }
  if (c == NIKHAHIT && is_tone_mark (c1) && c2 == SARA_AA)
    {
      set (line, i, c1);
      set (line, i + 1, SARA_AM);
      line_remove (line, i + 2, 1);
      return i;
    }

  if (is_consonant (c))
    {
      gsize j = i + 1;
      gsize spaces;
      gunichar tone = 0;

      /* A space + sara aa: sara am that lost its nikhahit ("ต าบล",
       * "น ้า", "น้ า"), or a word spaced out ("ว่ า", "ก ารพัฒนา").
       * Sara aa never starts a word, so the space goes either way; sara
       * am unless the list covers more with sara aa. */
      if (is_tone_mark (at (line, j)))
        tone = at (line, j++);
      for (spaces = 0; is_space (at (line, j + spaces)); spaces++)
        ;
      if (spaces > 0)
        {
          gsize k = j + spaces;

          if (tone == 0 && is_tone_mark (at (line, k)) && at (line, k + 1) == SARA_AA)
            {
              tone = at (line, k);
              k++;
            }
          if (at (line, k) == SARA_AA)
            {
              gunichar am[3], aa[3];
              gsize m = 0;
              gsize out = i + 1;
              Window with_am, with_aa;

              am[m] = aa[m] = c;
              m++;
              if (tone != 0)
                {
                  am[m] = aa[m] = tone;
                  m++;
                }
              am[m] = SARA_AM;
              aa[m] = SARA_AA;
              m++;
              window_fill (&with_am, line, i, k + 1, am, m);
              window_fill (&with_aa, line, i, k + 1, aa, m);

              if (tone != 0)
                set (line, out++, tone);
              set (line, out++, with_aa.uncovered < with_am.uncovered ? SARA_AA : SARA_AM);
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
      if ((i == 0 || !is_consonant (at (line, i - 1)))
          && (c1 == 0x0E23 || c1 == 0x0E25 || c1 == 0x0E27) && is_consonant (c2)
          && c3 == MAI_HAN_AKAT && is_consonant (at (line, i + 4))
          && at (line, i + 5) == SARA_AA)
        {
          line_move_left (line, i + 3, i + 2);
          return i + 2;
        }

      /* Two upper vowels on one consonant: one of them belongs to the
       * bare consonant before it.  Most often the second ("ดิจทัิล" →
       * "ดิจิทัล"), but the first when the list says so ("ปฏบิัติ" →
       * "ปฏิบัติ", not "ปฏับิติ"). */
      if (is_consonant (c1) && is_upper_vowel (c2) && is_upper_vowel (c3))
        {
          gunichar first[4] = { c, c2, c1, c3 };
          gunichar second[4] = { c, c3, c1, c2 };

          Window with_first, with_second;

          window_fill (&with_first, line, i, i + 4, first, 4);
          window_fill (&with_second, line, i, i + 4, second, 4);
          if (with_first.uncovered < with_second.uncovered)
            {
              line_move_left (line, i + 2, i + 1);
              return i + 1;
            }
          line_move_left (line, i + 3, i + 1);
          return i + 1;
        }
    }

  /* Sara am after its tone mark: "นำ้" → "น้ำ" */
  if (c == SARA_AM && is_tone_mark (c1))
    {
      set (line, i, c1);
      set (line, i + 1, SARA_AM);
      return i;
    }

  /* A tone mark after the sara aa of a consonant, where no tone mark can
   * be: it belongs to the consonant ("ระหวา่ง" → "ระหว่าง"). */
  if (c == SARA_AA && is_tone_mark (c1) && i > 0 && is_consonant (at (line, i - 1)))
    {
      set (line, i, c1);
      set (line, i + 1, SARA_AA);
      return i;
    }

  /* A tone mark or thanthakhat before an upper or lower vowel:
   * "เพ่ือ" → "เพื่อ", "ข้ึน" → "ขึ้น" */
  if (is_top_mark (c) && (is_upper_vowel (c1) || is_lower_vowel (c1)))
    {
      set (line, i, c1);
      set (line, i + 1, c);
      return i;
    }

  /* Spaces before a mark that combines with the Thai letter before them:
   * "วิสัยทัศน ์" */
  if (is_space (c) && i > 0 && is_thai_char (at (line, i - 1)) && !is_space (at (line, i - 1)))
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

/* The rules, swept over the line until none applies. */
static guint
repair_rules (Line *line)
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
      while (i > 0 && is_space (at (line, i - 1)))
        i--;
    }

  return n_repairs;
}

static gboolean
is_leading_vowel (gunichar c)
{
  return c >= 0x0E40 && c <= 0x0E44;
}

/* FALSE where Thai spelling says that the vowel after the consonant at
 * i + 1 is in its place, or cannot go on the consonant at i: words the
 * list does not know, such as names, are spelt so ("บลีดา", "โครนิง",
 * "คุลดิกา", "เซบู"), and the list often has a word for their letters
 * shuffled. */
static gboolean
vowel_may_go_onto (const Line *line,
                   gsize       i,
                   gunichar    vowel)
{
  gunichar c = at (line, i);
  gunichar c1 = at (line, i + 1);
  gunichar before = i > 0 ? at (line, i - 1) : 0;
  gunichar lead = 0;

  /* Only a vowel that a final consonant must follow: then the letter it
   * went onto is that final ("ฝกึ", "หลกั").  After ิ, ี, ุ, ู, ื the
   * next letter may as well start a syllable ("ออลกีน", "เคลติก"). */
  if (vowel != MAI_HAN_AKAT && vowel != 0x0E36 && vowel != 0x0E47)
    return FALSE;
  /* An initial cluster (กร, บล, คว), a leading ห (หน, หล) or อย */
  if (c1 == 0x0E23 || c1 == 0x0E25 || c1 == 0x0E27)
    return FALSE;
  if (c == 0x0E2B && (c1 == 0x0E07 || c1 == 0x0E0D || c1 == 0x0E19 || c1 == 0x0E21
                      || c1 == 0x0E22))
    return FALSE;
  if (c == 0x0E2D && c1 == 0x0E22)
    return FALSE;
  /* After a vowel mark the consonant most often ends that syllable */
  if (is_upper_vowel (before) || is_lower_vowel (before))
    return FALSE;
  /* A leading vowel takes few marks: เ-ิ, เ-ี, เ-ื, เ-็, แ-็ */
  if (is_leading_vowel (before))
    lead = before;
  else if (i > 1 && is_consonant (before) && is_leading_vowel (at (line, i - 2)))
    lead = at (line, i - 2);
  if (lead == 0x0E40)
    return (vowel >= 0x0E34 && vowel <= 0x0E37 && vowel != 0x0E36) || vowel == 0x0E47;
  if (lead == 0x0E41)
    return vowel == 0x0E47;
  return lead == 0;
}

/* A mark of a word the list does not know put back on the letter before,
 * when the list then knows it: an upper or lower vowel (with its tone
 * mark) on the next consonant, "ฝกึ" → "ฝึก", "หลกั" → "หลัก"; a tone
 * mark on the final consonant of a syllable with an upper or lower vowel,
 * "ขึน้" → "ขึ้น", or on the vowel of the next syllable, "ตัวชีวั้ด" →
 * "ตัวชี้วัด".  Returns the length of the site changed, or 0. */
static gsize
dict_swap_at (Line           *line,
              gsize           i,
              const gboolean *covered)
{
  gunichar c = at (line, i);
  gunichar c1 = at (line, i + 1);
  gunichar c2 = at (line, i + 2);
  gunichar c3 = at (line, i + 3);
  gunichar cand[5];
  gsize len = 0;

  if (!is_consonant (c))
    return 0;

  if (is_consonant (c1) && (is_upper_vowel (c2) || is_lower_vowel (c2))
      && vowel_may_go_onto (line, i, c2))
    {
      len = is_top_mark (c3) ? 4 : 3;
      cand[0] = c;
      cand[1] = c2;
      if (len == 4)
        {
          cand[2] = c3;
          cand[3] = c1;
        }
      else
        cand[2] = c1;
    }
  else if ((is_upper_vowel (c1) || is_lower_vowel (c1)) && is_consonant (c2)
           && is_tone_mark (c3) && !is_attached_mark (at (line, i + 4)))
    {
      len = 4;
      cand[0] = c;
      cand[1] = c1;
      cand[2] = c3;
      cand[3] = c2;
    }
  else if (is_upper_vowel (c1) && is_consonant (c2) && (is_upper_vowel (c3) || is_lower_vowel (c3))
           && is_tone_mark (at (line, i + 4)) && !is_attached_mark (at (line, i + 5)))
    {
      len = 5;
      cand[0] = c;
      cand[1] = c1;
      cand[2] = at (line, i + 4);
      cand[3] = c2;
      cand[4] = c3;
    }
  if (len == 0)
    return 0;

  /* Only where the list finds no word now */
  for (gsize k = 0; k < len; k++)
    if (!covered[i + k])
      {
        if (!dict_prefers (line, i, i + len, cand, len))
          return 0;
        for (gsize m = 0; m < len; m++)
          set (line, i + m, cand[m]);
        return len;
      }
  return 0;
}

/* TRUE when the space at i splits a word: with the space taken out, a
 * word of the list runs across it, more letters around are covered, and
 * none that was is left out. */
static gboolean
dict_joins (const Line *line,
            gsize       i)
{
  static const gunichar nothing[1] = { 0 };
  Window apart, together;
  gsize before = i, after = i + 1;

  /* An abbreviation ("พ.ศ.", "จ.") is a letter or two that no word
   * covers, set apart on purpose. */
  while (before > 0 && is_word_letter (at (line, before - 1)))
    before--;
  while (is_word_letter (at (line, after)))
    after++;
  if ((before > 0 && at (line, before - 1) == '.') || at (line, after) == '.')
    return FALSE;

  window_fill (&together, line, i, i + 1, nothing, 0);
  if (!together.covered[together.site - 1] || !together.covered[together.site])
    return FALSE;
  window_fill (&apart, line, i, i + 1, NULL, 0);
  return together.uncovered < apart.uncovered && keeps_words (&apart, &together);
}

/* The repairs the word list finds in a line on which no rule applies:
 * the marks of dict_swap_at(), then single spaces that split a word the
 * list knows ("เป็ น", "ระหว่า ง").  The line must have no gap. */
static guint
repair_words (Line *line)
{
  g_autofree gboolean *covered = NULL;
  gsize n = line->n;
  guint n_repairs = 0;
  gsize removed = 0;

  g_assert (line->gap_len == 0);

  /* Which letters the list covers, word run by word run; what a swap
   * changes is scored afresh, and the next round sees the rest. */
  covered = g_new (gboolean, n);
  for (gsize start = 0; start < n;)
    {
      gsize end = start;

      while (end < n && is_word_letter (line->s[end]))
        end++;
      if (end > start)
        hrp_thai_dict_cover_mask (line->s + start, end - start, covered + start);
      else
        covered[end++] = TRUE;
      start = end;
    }

  for (gsize i = 0; i < n; i++)
    {
      gsize len = dict_swap_at (line, i, covered);

      if (len > 0)
        {
          n_repairs++;
          i += len - 1;
        }
    }

  /* Spaces: r counts in the line as it was, i in the line as it is (a
   * space taken out moves what follows).  Letters are never taken out, so
   * the letters around a space keep their place in covered. */
  for (gsize r = 1; r + 1 < n; r++)
    {
      gsize i = r - removed;

      if (!is_space (at (line, i)) || !is_word_letter (at (line, i - 1))
          || !is_word_letter (at (line, i + 1)) || (covered[r - 1] && covered[r + 1]))
        continue;
      if (!dict_joins (line, i))
        continue;
      line_remove (line, i, 1);
      removed++;
      n_repairs++;
    }
  line_close_gap (line);

  return n_repairs;
}

static guint
repair_line (Line *line)
{
  guint n_repairs = repair_rules (line);
  gboolean words = hrp_thai_dict_available ();

  /* The rules, then the words, until neither finds anything: each
   * repair of either shortens the line or moves a mark to the left, so
   * this ends, and what it gives is a fixed point of both. */
  while (words)
    {
      guint found;

      line_close_gap (line);
      found = repair_words (line);
      if (found == 0)
        break;
      n_repairs += found;
      n_repairs += repair_rules (line);
    }
  line_close_gap (line);

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
      Line line = { 0 };

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
