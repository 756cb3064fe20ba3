/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-lines.c — the lines of a plan document
 *
 * What a line is (a heading, a numbered or bulleted item, a title, a
 * strategy's or a policy's heading, the organization), how lines are
 * joined again, and the parser's lines made from the document's: white
 * space collapsed, empty lines, page numbers and running titles dropped.
 */
#include "config.h"

#include <string.h>

#include "hrp-text-import-private.h"
#include "hrp-thai.h"

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->text);
  g_free (line);
}

Line *
_hrp_text_line_new (char  *text,
                    guint  indent)
{
  Line *line = g_new0 (Line, 1);

  line->text = text;
  line->indent = indent;
  return line;
}

/* A Thai letter or mark: between two of them a line break stands for no
 * space.  Not the Thai digits, nor maiyamok (followed by a space). */
static gboolean
is_thai_letter (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E4E && c != 0x0E46 && c != 0x0E3F;
}

gboolean
_hrp_text_is_combining (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

gboolean
_hrp_text_is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

/* How wide a line is, in characters that take a place of their own */
guint
_hrp_text_base_width (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += !_hrp_text_is_combining (g_utf8_get_char (p));
  return n;
}

/* Runs of white space become one space; none at either end. */
char *
_hrp_text_collapse_space (const char *text,
                          guint      *indent)
{
  GString *out = g_string_new (NULL);
  gboolean pending = FALSE;
  guint leading = 0;
  gboolean started = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (_hrp_text_is_blank (c))
        {
          if (!started)
            leading++;
          pending = started;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      started = TRUE;
      g_string_append_unichar (out, c);
    }

  if (indent != NULL)
    *indent = leading;
  return g_string_free (out, FALSE);
}

/* The text without any white space, to compare texts that a line break
 * or a stray space may have cut. */
char *
_hrp_text_without_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!_hrp_text_is_blank (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gunichar
last_char (const GString *text)
{
  const char *end;

  if (text->len == 0)
    return 0;
  end = g_utf8_find_prev_char (text->str, text->str + text->len);
  return end != NULL ? g_utf8_get_char (end) : 0;
}

/* Adds a line to a paragraph or item cut by the line break. */
void
_hrp_text_join_line (GString    *text,
                     const char *line)
{
  if (*line == '\0')
    return;
  if (text->len > 0 && last_char (text) != '\n'
      && !(is_thai_letter (last_char (text)) && is_thai_letter (g_utf8_get_char (line))))
    g_string_append_c (text, ' ');
  g_string_append (text, line);
}

/* Adds a line to a text of paragraphs: an indented line starts a new one. */
void
_hrp_text_join_paragraph_line (GString    *text,
                               const Line *line,
                               const char *content)
{
  if (text->len > 0 && line->indent >= PARAGRAPH_INDENT)
    g_string_append_c (text, '\n');
  _hrp_text_join_line (text, content);
}

/* text starts with word, then ends, or goes on after a space, a colon or
 * an English label in brackets ("วิสัยทัศน์ (Vision) :"): what follows
 * (maybe "").  NULL otherwise. */
const char *
_hrp_text_heading_rest (const char *text,
                        const char *word)
{
  gsize len = strlen (word);
  const char *p;

  if (strncmp (text, word, len) != 0)
    return NULL;
  p = text + len;
  if (*p != '\0' && *p != ' ' && *p != ':' && *p != '(')
    return NULL;
  while (*p == ' ' || *p == ':')
    p++;
  if (*p == '(')
    {
      const char *q = p + 1;

      while (g_ascii_isalpha (*q) || *q == ' ')
        q++;
      if (*q == ')' && q > p + 1)
        p = q + 1;
    }
  while (*p == ' ' || *p == ':')
    p++;
  return p;
}

/* "พันธกิจ (Mission) หมายถึง …": what follows a heading that defines the
 * word rather than giving the plan's part. */
gboolean
_hrp_text_is_definition (const char *rest)
{
  return g_str_has_prefix (rest, "หมายถึง") || g_str_has_prefix (rest, "คือ ");
}

/* Reads 1 to max_digits digits (Arabic or Thai) at *p. */
static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0, v = 0;
  const char *q = *p;

  while (*q != '\0' && hrp_digit_value (g_utf8_get_char (q)) >= 0)
    {
      if (++n > max_digits)
        return FALSE;
      v = v * 10 + hrp_digit_value (g_utf8_get_char (q));
      q = g_utf8_next_char (q);
    }
  if (n == 0)
    return FALSE;
  *value = v;
  *p = q;
  return TRUE;
}

const char *
_hrp_text_skip_spaces (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

/* "1. text", "๒) text", "(3) text", "3.text": the number and the text. */
gboolean
_hrp_text_numbered_item (const char  *text,
                         guint       *number,
                         const char **rest)
{
  const char *p = text;
  gboolean bracket = *p == '(';

  if (bracket)
    p++;
  if (!read_number (&p, 2, number))
    return FALSE;
  p = _hrp_text_skip_spaces (p);
  if (bracket ? *p != ')' : (*p != '.' && *p != ')'))
    return FALSE;
  /* "1.5" is a number, not an item */
  if (hrp_digit_value (g_utf8_get_char (p + 1)) >= 0)
    return FALSE;
  *rest = _hrp_text_skip_spaces (p + 1);
  return TRUE;
}

/* "- text", "• text", "-text": the text of a bulleted item */
const char *
_hrp_text_bullet_rest (const char *text)
{
  static const char * const bullets[] = { "-", "–", "—", "•", "●", "○", "๏", "·", "*", "\xef\x82\xa7", "\xef\x82\xb7" };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (text, bullets[i]))
      return _hrp_text_skip_spaces (text + strlen (bullets[i]));
  return NULL;
}

/* "แผน… พ.ศ. 2568": the title and its year */
gboolean
_hrp_text_title_line (const char *text,
                      guint      *year)
{
  const char *p;

  if (!g_str_has_prefix (text, "แผน"))
    return FALSE;
  p = strstr (text, "พ.ศ.");
  while (p != NULL)
    {
      const char *q = _hrp_text_skip_spaces (p + strlen ("พ.ศ."));

      if (read_number (&q, 4, year) && *year >= 1000)
        return TRUE;
      p = strstr (p + 1, "พ.ศ.");
    }
  return FALSE;
}

/* After "ยุทธศาสตร์": a strategy's own name ("การพัฒนาด้าน…",
 * "ด้าน…"), not the heading of all of them ("การพัฒนา"). */
static gboolean
is_strategy_name (const char *rest)
{
  rest = _hrp_text_skip_spaces (rest);
  if (g_str_has_prefix (rest, "การพัฒนา"))
    rest = _hrp_text_skip_spaces (rest + strlen ("การพัฒนา"));
  return g_str_has_prefix (rest, "ด้าน");
}

/* A strategy's heading: "ยุทธศาสตร์ที่ ๑ title", "1. ยุทธศาสตร์การพัฒนา
 * ด้าน…" or "ยุทธศาสตร์การพัฒนาด้าน…".  The number (0 when the heading
 * has none) and the title (from "การพัฒนา…" in the last two). */
gboolean
_hrp_text_strategy_heading (const char  *text,
                            guint       *number,
                            const char **rest)
{
  const char *p = _hrp_text_heading_rest (text, "ยุทธศาสตร์ที่");

  if (p == NULL && g_str_has_prefix (text, "ยุทธศาสตร์ที่"))
    p = text + strlen ("ยุทธศาสตร์ที่");
  if (p != NULL)
    {
      if (!read_number (&p, 2, number))
        return FALSE;
      p = _hrp_text_skip_spaces (p);
      while (*p == '.' || *p == ':' || *p == ' ')
        p++;
      *rest = p;
      return TRUE;
    }

  if (_hrp_text_numbered_item (text, number, &p) && g_str_has_prefix (p, "ยุทธศาสตร์")
      && is_strategy_name (p + strlen ("ยุทธศาสตร์")))
    {
      *rest = _hrp_text_skip_spaces (p + strlen ("ยุทธศาสตร์"));
      return TRUE;
    }
  if (g_str_has_prefix (text, "ยุทธศาสตร์") && is_strategy_name (text + strlen ("ยุทธศาสตร์")))
    {
      *number = 0;
      *rest = _hrp_text_skip_spaces (text + strlen ("ยุทธศาสตร์"));
      return TRUE;
    }
  return FALSE;
}

/* "ส่วนที่ ๓ การติดตามและประเมินผล", "บทที่ 2 …": a numbered part of the
 * document: what follows its number, NULL for another line.  What it
 * holds may be no part of the plan, but it ends the part before it: its
 * text must not run into that part's last item. */
static const char *
numbered_part_rest (const char *text)
{
  static const char * const words[] = { "ส่วนที่", "บทที่" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (text, words[i]))
      {
        const char *p = _hrp_text_skip_spaces (text + strlen (words[i]));
        guint n;

        if (read_number (&p, 2, &n) && (*p == '\0' || *p == ' '))
          return _hrp_text_skip_spaces (p);
        return NULL;
      }
  return NULL;
}

gboolean
_hrp_text_is_numbered_part (const char *text)
{
  return numbered_part_rest (text) != NULL;
}

/* Headings that name a part but hold none of its content: the
 * introduction's, the strategies' and the policies' ("นโยบายการบริหาร
 * และการพัฒนาทรัพยากรบุคคล"). */
gboolean
_hrp_text_is_part_heading (const char *text)
{
  static const char * const headings[] = {
    "บทนำ", "หลักการและเหตุผล", "ยุทธศาสตร์การพัฒนา", "ยุทธศาสตร์",
  };
  const char *rest;

  /* "ส่วนที่ ๑ บทนำ": the part's own heading after its number */
  if ((rest = numbered_part_rest (text)) != NULL && *rest != '\0')
    text = rest;
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if ((rest = _hrp_text_heading_rest (text, headings[i])) != NULL && *rest == '\0')
      return TRUE;
  if (g_str_has_prefix (text, "ยุทธศาสตร์การพัฒนาของ") && _hrp_text_base_width (text) <= 80)
    return TRUE;
  return g_str_has_prefix (text, "นโยบายการบริหาร") && strstr (text, "ด้าน") == NULL
         && _hrp_text_base_width (text) <= 80;
}

gboolean
_hrp_text_is_table_header (const char *text)
{
  return (g_str_has_prefix (text, "นโยบาย") && strstr (text, "กิจกรรม") != NULL)
         || strcmp (text, "กิจกรรม/โครงการ") == 0
         || (g_str_has_prefix (text, "งบประมาณ") && strcmp (text, "งบประมาณ") != 0)
         || strcmp (text, "ที่ได้รับ") == 0
         || strcmp (text, "การจัดสรร") == 0
         || strcmp (text, "การจัด สรร") == 0
         || strcmp (text, "จัดสรร") == 0
         || strcmp (text, "จัด สรร") == 0
         || g_str_has_prefix (text, "ได้รับการจัดสรร")
         || g_str_has_prefix (text, "ได้รับจัดสรร")
         || g_str_has_prefix (text, "ระยะเวลาการดำเนิน")
         || g_str_has_prefix (text, "ระยะเวลาดำเนิน")
         || g_str_has_prefix (text, "ไตรมาส");
}

gboolean
_hrp_text_is_action_plan_heading (const char *text)
{
  const char *rest = _hrp_text_heading_rest (text, "แผนการดำเนินงาน");

  return (rest != NULL && *rest == '\0') || g_str_has_prefix (text, "แผนการดำเนินงานตามแผน");
}

/* A line where a part of the plan starts (the numbered policies are told
 * by their context). */
gboolean
_hrp_text_is_section_text (const char *text)
{
  guint n;
  const char *rest;

  return _hrp_text_heading_rest (text, "วิสัยทัศน์") != NULL
         || _hrp_text_heading_rest (text, "พันธกิจ") != NULL
         || _hrp_text_heading_rest (text, "จุดยืนทางยุทธศาสตร์") != NULL
         || _hrp_text_strategy_heading (text, &n, &rest)
         || _hrp_text_is_action_plan_heading (text)
         || _hrp_text_is_table_header (text)
         || _hrp_text_is_part_heading (text)
         || numbered_part_rest (text) != NULL
         || (g_str_has_prefix (text, "นโยบายด้าน") && _hrp_text_base_width (text) <= 100)
         || _hrp_text_title_line (text, &n);
}

/* The same, or a line that the document sets apart as a heading: a
 * heading not recognised ends the part before it all the same. */
gboolean
_hrp_text_is_section_start (const Line *line)
{
  return (line->source != NULL && (line->source->heading || line->source->cells != NULL))
         || _hrp_text_is_section_text (line->text);
}

/* An HR policy: "1. ด้าน…", "1. นโยบายด้าน…" or "นโยบายด้าน…"; the
 * number (0 when it has none) and the title from "ด้าน". */
gboolean
_hrp_text_policy_line (const char  *text,
                       guint       *number,
                       const char **rest)
{
  const char *p;

  if (_hrp_text_numbered_item (text, number, &p))
    {
      if (g_str_has_prefix (p, "นโยบายด้าน"))
        p += strlen ("นโยบาย");
      *rest = p;
      return g_str_has_prefix (p, "ด้าน");
    }
  if (g_str_has_prefix (text, "นโยบายด้าน") && _hrp_text_base_width (text) <= 100)
    {
      *number = 0;
      *rest = text + strlen ("นโยบาย");
      return TRUE;
    }
  return FALSE;
}

/* A policy's line that comes next after n policies */
gboolean
_hrp_text_next_policy_line (const char  *text,
                            guint        n,
                            const char **rest)
{
  guint number;

  return _hrp_text_policy_line (text, &number, rest) && (number == n + 1 || number == 0);
}

gboolean
_hrp_text_is_organization (const char *text)
{
  static const char * const prefixes[] = {
    "องค์การบริหารส่วน", "เทศบาล", "อบต.", "อบจ.", "กรุงเทพมหานคร", "เมืองพัทยา",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (text, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* A page number ("-2-", "- 2 -", "๓", "-๓-"), maybe glued to the text
 * that follows it ("-๓เนื่อง"): what follows, or NULL when the line is
 * not one. */
const char *
_hrp_text_after_page_number (const char *text)
{
  const char *q = text;
  gboolean dash = *q == '-';
  guint page;

  if (dash)
    q = _hrp_text_skip_spaces (q + 1);
  if (!read_number (&q, 3, &page))
    return NULL;
  if (*q == '\0')
    return q;
  if (!dash)
    return NULL;
  if (*_hrp_text_skip_spaces (q) == '-')
    return _hrp_text_skip_spaces (_hrp_text_skip_spaces (q) + 1);
  /* "-๓เนื่อง": glued, not "- 3 ปี" */
  return is_thai_letter (g_utf8_get_char (q)) ? q : NULL;
}

/* The parser's lines from the document's: white space collapsed, empty
 * lines, page numbers and running titles dropped.  A running title is a
 * line that recurs at the top or the bottom of pages (or is a title
 * recurring three times or more): only its first time is kept, so that a
 * page header in the middle of a part does not end it. */
GPtrArray *
_hrp_text_parser_lines (GPtrArray *source)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (line_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) at_break = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean after_break = TRUE;

  for (guint i = 0; i < source->len; i++)
    {
      const HrpSourceLine *src = g_ptr_array_index (source, i);
      guint indent = 0;
      char *collapsed = _hrp_text_collapse_space (src->text, &indent);
      /* a row's cells are not a page number ("๓" alone in a cell) */
      const char *rest = src->cells == NULL ? _hrp_text_after_page_number (collapsed) : NULL;
      gboolean is_break = strchr (src->text, '\f') != NULL || (i > 0 && src->page != ((HrpSourceLine *) g_ptr_array_index (source, i - 1))->page);

      if (rest != NULL)
        {
          /* Text glued to the page number ("-๔เนื่องจาก…") is the page's
           * first line, its indentation lost to the number: taken as
           * starting a paragraph, as a paragraph that opens a page is
           * more often told by its indentation than a line that goes on
           * with the page before. */
          if (*rest != '\0')
            indent = MAX (indent, PARAGRAPH_INDENT);
          memmove (collapsed, rest, strlen (rest) + 1);
          is_break = TRUE;
          if (lines->len > 0)
            {
              /* The line before a page number ends its page. */
              Line *last = g_ptr_array_index (lines, lines->len - 1);

              if (!g_array_index (breaks, gboolean, lines->len - 1))
                g_hash_table_insert (at_break, last->text,
                                     GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (at_break, last->text)) + 1));
              g_array_index (breaks, gboolean, lines->len - 1) = TRUE;
            }
        }
      after_break |= is_break;
      /* "จัดพิมพ์เมื่อวันที่ …": when the document was printed (our own
       * end with it), not a part of the plan */
      if (src->cells == NULL && g_str_has_prefix (collapsed, "จัดพิมพ์เมื่อ"))
        *collapsed = '\0';

      /* A row's text is its cells' */
      if (*collapsed == '\0' && src->cells != NULL)
        {
          g_autofree char *joined = g_strjoinv (" ", src->cells);

          g_free (collapsed);
          collapsed = _hrp_text_collapse_space (joined, NULL);
        }
      if (*collapsed == '\0')
        g_free (collapsed);
      else
        {
          Line *line = _hrp_text_line_new (collapsed, indent);

          line->source = src;
          g_ptr_array_add (lines, line);
          g_array_append_val (breaks, after_break);
          g_hash_table_insert (seen, collapsed, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, collapsed)) + 1));
          if (after_break)
            g_hash_table_insert (at_break, collapsed,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (at_break, collapsed)) + 1));
          after_break = FALSE;
        }
    }

  /* Running titles: told apart before any line is freed, as the tables
   * hold the lines' texts */
  {
    g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
    g_autofree gboolean *drop = g_new0 (gboolean, lines->len + 1);
    guint j = 0;
    guint n;

    for (guint i = 0; i < lines->len; i++)
      {
        Line *line = g_ptr_array_index (lines, i);
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, line->text));
        guint at = GPOINTER_TO_UINT (g_hash_table_lookup (at_break, line->text));
        gboolean running = count >= 2 && line->source->cells == NULL && !_hrp_text_is_table_header (line->text) && !_hrp_text_is_action_plan_heading (line->text)
                           && _hrp_text_base_width (line->text) >= 6
                           && ((at >= 2 && g_array_index (breaks, gboolean, i))
                               || (count >= 3 && (_hrp_text_title_line (line->text, &n) || _hrp_text_is_organization (line->text))));

        /* At the top or the bottom of a page it is dropped, but on the
         * document's first lines (the title). */
        if (running && (g_hash_table_contains (kept, line->text)
                        || (at >= 2 && g_array_index (breaks, gboolean, i) && i >= 3)))
          drop[i] = TRUE;
        else if (running)
          g_hash_table_add (kept, line->text);
      }
    g_hash_table_remove_all (kept);
    g_hash_table_remove_all (seen);
    g_hash_table_remove_all (at_break);
    for (guint i = 0; i < lines->len; i++)
      {
        if (drop[i])
          line_free (g_ptr_array_index (lines, i));
        else
          lines->pdata[j++] = g_ptr_array_index (lines, i);
      }
    g_ptr_array_set_free_func (lines, NULL);
    g_ptr_array_set_size (lines, j);
    g_ptr_array_set_free_func (lines, line_free);
  }
  return lines;
}
