/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-document-import.c — last year's plan from its PDF, or its text
 *
 * A PDF gives words with their boxes, not lines.  The lines are built
 * here from positions: words whose middles are level make a line, read
 * left to right, with a space where the gap is as wide as one.  What a
 * printed document repeats on every page (running titles, page numbers)
 * is dropped, headings are told by their size and weight, and the
 * action-plan table is read by its columns, whose edges come from its
 * header row.  The plan itself is recognised by the text reader
 * (hrp_text_import_lines ()), from these lines.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hrp-document-import.h"
#include "hrp-report.h"
#include "hrp-thai.h"
#include "hrp-word-import.h"

G_DEFINE_QUARK (hrp-document-import-error-quark, hrp_document_import_error)

HrpDocumentKind
hrp_document_kind_of (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* A PDF may have a few bytes of junk before its header; readers accept
   * it within the first kilobyte. */
  if (size >= 5 && g_strstr_len (data, MIN (size, 1024), "%PDF-") != NULL)
    return HRP_DOCUMENT_PDF;
  /* An empty zip is its end record alone */
  if (size >= 4 && (memcmp (data, "PK\x03\x04", 4) == 0 || memcmp (data, "PK\x05\x06", 4) == 0))
    return HRP_DOCUMENT_ZIP;
  if (size >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    return HRP_DOCUMENT_OLE;
  return HRP_DOCUMENT_TEXT;
}

/* Words and lines {{{ */

typedef struct {
  const HrpPdfBox *box;
  double           cx, cy;   /* middle */
  int              column;   /* in a table: its column, else -1 */
} Word;

/* Words level with each other, left to right. */
typedef struct {
  GArray   *words;     /* Word */
  double    cy;        /* middle of the first word */
  double    left, right;
  double    height;
  double    size;      /* the largest font size */
  gboolean  bold;      /* every word bold */
  char     *text;      /* the words joined */
  gboolean  dropped;   /* a running title or page number */
  gboolean  in_table;  /* the table's header, or its body */
} Line;

static void
line_free (Line *line)
{
  g_array_unref (line->words);
  g_free (line->text);
  g_free (line);
}

/* Bold is told by the font's name: "Sarabun-Bold", "THSarabunNew,Bold",
 * "Angsana New Bold", "TH-Chara-B"; poppler gives no weight. */
static gboolean
font_is_bold (const char *font)
{
  g_autofree char *lower = g_ascii_strdown (font, -1);
  gsize len = strlen (lower);

  return strstr (lower, "bold") != NULL || strstr (lower, "heavy") != NULL
         || strstr (lower, "black") != NULL
         || (len > 2 && (g_str_has_suffix (lower, "-b") || g_str_has_suffix (lower, ",b")
                         || g_str_has_suffix (lower, "-bd")));
}

static gboolean
is_marks_only (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Joins words (of one line, in x order) into text.  A gap of a fifth of
 * the font size is a space: the gaps poppler leaves inside a Thai word
 * where a mark was positioned are narrower.  A mark that a PDF writes as
 * a box of its own, at the left edge of the letter after the one it sits
 * on ("ขั" "น" "้"), goes back before that letter. */
static char *
join_words (const Word *words,
            guint       n_words)
{
  GString *text = g_string_new (NULL);
  gsize prev_start = 0;
  const HrpPdfBox *prev = NULL;

  for (guint i = 0; i < n_words; i++)
    {
      const HrpPdfBox *box = words[i].box;

      if (prev != NULL && box->width < 0.5 && is_marks_only (box->text)
          && box->x >= prev->x - 1 && box->x <= prev->x + 2 && prev->width > 0.5)
        {
          g_string_insert (text, prev_start, box->text);
          continue;
        }
      if (prev != NULL)
        {
          double gap = box->x - (prev->x + prev->width);
          double size = MAX (MAX (box->font_size, prev->font_size), 1);

          if (gap >= 0.2 * size && text->len > 0 && text->str[text->len - 1] != ' ')
            g_string_append_c (text, ' ');
        }
      prev_start = text->len;
      g_string_append (text, box->text);
      prev = box;
    }
  return g_strstrip (g_string_free (text, FALSE));
}

static int
compare_words_x (gconstpointer a,
                 gconstpointer b)
{
  const Word *wa = a, *wb = b;

  return (wa->box->x > wb->box->x) - (wa->box->x < wb->box->x);
}

static int
compare_words_y (gconstpointer a,
                 gconstpointer b)
{
  const Word *wa = a, *wb = b;

  return (wa->cy > wb->cy) - (wa->cy < wb->cy);
}

static void
line_finish (Line *line)
{
  g_array_sort (line->words, compare_words_x);
  line->bold = TRUE;
  for (guint i = 0; i < line->words->len; i++)
    {
      const HrpPdfBox *box = g_array_index (line->words, Word, i).box;

      line->size = MAX (line->size, box->font_size);
      if (!is_marks_only (box->text) && !font_is_bold (box->font))
        line->bold = FALSE;
    }
  line->text = join_words ((Word *) (void *) line->words->data, line->words->len);
  if (line->words->len > 0)
    {
      const HrpPdfBox *first = g_array_index (line->words, Word, 0).box;
      const HrpPdfBox *last = g_array_index (line->words, Word, line->words->len - 1).box;

      line->left = first->x;
      line->right = MAX (last->x + last->width, first->x + first->width);
    }
}

/* A title centred over two or three lines is one: lines centred on the
 * page, of one size and weight, one under the other. */
static void
join_centred_lines (GPtrArray        *lines,
                    const HrpPdfPage *page)
{
  Line *prev = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      double middle = (line->left + line->right) / 2;
      gboolean centred = fabs (middle - page->width / 2) < 0.04 * page->width
                         && line->left > 0.15 * page->width;

      if (line->dropped || line->in_table)
        {
          prev = NULL;
          continue;
        }
      if (prev != NULL && centred && line->bold == prev->bold && line->bold
          && fabs (line->size - prev->size) < 0.5
          && line->cy - prev->cy < 1.8 * MAX (line->size, 1))
        {
          char *text = g_strconcat (prev->text, " ", line->text, NULL);

          g_free (prev->text);
          prev->text = text;
          line->dropped = TRUE;
          continue;
        }
      prev = centred ? line : NULL;
    }
}

/* The lines of a page, top to bottom. */
static GPtrArray *
page_lines (const HrpPdfPage *page)
{
  g_autoptr(GArray) words = g_array_sized_new (FALSE, FALSE, sizeof (Word), page->n_boxes);
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  Line *line = NULL;

  for (guint i = 0; i < page->n_boxes; i++)
    {
      const HrpPdfBox *box = &page->boxes[i];
      Word w = { box, box->x + box->width / 2, box->y + box->height / 2, -1 };

      /* Text turned on its side (a stamp, a margin note) is no line. */
      if (box->height <= 0 || (box->width > 0.5 && box->height > 4 * box->width
                                  && g_utf8_strlen (box->text, -1) > 3))
        continue;
      g_array_append_val (words, w);
    }
  g_array_sort (words, compare_words_y);

  for (guint i = 0; i < words->len; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      double height = w->box->height;

      /* Level: the middles within a third of the smaller height. */
      if (line == NULL || fabs (w->cy - line->cy) > 0.3 * MIN (height, line->height))
        {
          line = g_new0 (Line, 1);
          line->words = g_array_new (FALSE, FALSE, sizeof (Word));
          line->cy = w->cy;
          line->height = height;
          g_ptr_array_add (lines, line);
        }
      g_array_append_val (line->words, *w);
    }
  for (guint i = 0; i < lines->len; i++)
    line_finish (g_ptr_array_index (lines, i));
  return lines;
}

/* }}} */

/* Running titles and page numbers {{{ */

/* "-๒-", "- 2 -", "2", "หน้า 2", "หน้า 2 จาก 15", "2/15", "Page 2" */
static gboolean
is_page_number (const char *text)
{
  static GRegex *regex = NULL;

  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new ("^[-–—(\\s]*(หน้า(ที่)?|page)?\\s*[0-9๐-๙]{1,4}\\s*"
                               "((/|จาก|of)\\s*[0-9๐-๙]{1,4})?[-–—)\\s]*$",
                               G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, r);
    }
  return g_regex_match (regex, text, 0, NULL);
}

/* The text with each run of digits as one "#": the page's own number in
 * a running title differs from page to page. */
static char *
text_key (const char *text)
{
  GString *key = g_string_new (NULL);
  gboolean in_number = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (hrp_digit_value (c) >= 0)
        {
          if (!in_number)
            g_string_append_c (key, '#');
          in_number = TRUE;
          continue;
        }
      in_number = FALSE;
      if (!g_unichar_isspace (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static gboolean
in_margin (const Line       *line,
           const HrpPdfPage *page)
{
  return line->cy < 0.15 * page->height || line->cy > 0.85 * page->height;
}

/* Drops the lines in the top or bottom margin that are page numbers, or
 * that repeat at the same place on other pages. */
static void
drop_running_lines (const HrpPdfDocument *pdf,
                    GPtrArray           **pages)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_pages = 0;

  for (guint p = 0; p < pdf->n_pages; p++)
    if (pages[p]->len > 0)
      n_pages++;

  /* How many pages have each text at each height (to 4 points). */
  for (guint p = 0; p < pdf->n_pages; p++)
    {
      g_autoptr(GHashTable) on_page = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < pages[p]->len; i++)
        {
          Line *line = g_ptr_array_index (pages[p], i);
          g_autofree char *key = NULL;
          char *full;

          if (line->in_table || !in_margin (line, &pdf->pages[p]))
            continue;
          key = text_key (line->text);
          full = g_strdup_printf ("%d|%s", (int) floor (line->cy / 4), key);
          if (g_hash_table_add (on_page, full))
            g_hash_table_insert (seen, g_strdup (full),
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, full)) + 1));
          /* A long running title, wherever in the margin: a landscape
           * page has other margins */
          full = g_strdup_printf ("*|%s", key);
          if (g_hash_table_add (on_page, full))
            g_hash_table_insert (seen, g_strdup (full),
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, full)) + 1));
        }
    }

  /* From the top of each page down, and from its foot up, as long as the
   * lines repeat: a heading that happens to open three pages ("เป้าหมาย"
   * under a strategy's title) is below a line that does not. */
  for (guint p = 0; p < pdf->n_pages; p++)
    for (int from_foot = 0; from_foot <= 1; from_foot++)
      for (guint k = 0; k < pages[p]->len; k++)
        {
          guint i = from_foot ? pages[p]->len - 1 - k : k;
          Line *line = g_ptr_array_index (pages[p], i);
          g_autofree char *key = NULL;
          guint count = 0;

          if (line->dropped)
            continue;
          if (line->in_table || !in_margin (line, &pdf->pages[p]))
            break;
          if (is_page_number (line->text))
            {
              line->dropped = TRUE;
              continue;
            }
          key = text_key (line->text);
          /* Either neighbour of the rounded height */
          for (int d = -1; d <= 1; d++)
            {
              g_autofree char *full = g_strdup_printf ("%d|%s", (int) floor (line->cy / 4) + d, key);

              count = MAX (count, GPOINTER_TO_UINT (g_hash_table_lookup (seen, full)));
            }
          if (g_utf8_strlen (key, -1) >= 12)
            {
              g_autofree char *full = g_strdup_printf ("*|%s", key);

              count = MAX (count, GPOINTER_TO_UINT (g_hash_table_lookup (seen, full)));
            }
          if (n_pages >= 2 && count >= MAX (2, n_pages / 5))
            line->dropped = TRUE;
          else
            break;
        }
}

/* }}} */

/* The action-plan table {{{ */

typedef struct {
  double center[HRP_N_COLUMNS];
  double edge[HRP_N_COLUMNS + 1];   /* edge[i]..edge[i + 1] is column i, in x order of the columns */
  int    order[HRP_N_COLUMNS];      /* the columns left to right */
} Columns;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static gboolean
word_has (const Word *w,
          const char *what)
{
  return strstr (w->box->text, what) != NULL;
}

/* The header of the action-plan table on a page: นโยบาย, กิจกรรม/โครงการ,
 * งบประมาณ and four quarters (ไตรมาส 1–4, or ไตรมาส over 1–4), on one
 * row or two.  Marks its lines as the table's; *first_body is the index
 * of the first line below it. */
static gboolean
find_table_header (GPtrArray *lines,
                   Columns   *columns,
                   guint     *first_body)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      double top, bottom;
      const Word *policy = NULL, *activity = NULL, *budget = NULL;
      g_autoptr(GArray) quarters = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) digits = g_array_new (FALSE, FALSE, sizeof (double));
      guint last = i;

      for (guint j = 0; j < line->words->len && policy == NULL; j++)
        {
          const Word *w = &g_array_index (line->words, Word, j);

          if (g_str_has_prefix (w->box->text, "นโยบาย") && g_utf8_strlen (w->box->text, -1) <= 12)
            policy = w;
        }
      if (policy == NULL)
        continue;

      /* The header's rows: around นโยบาย, as far as two lines of its size
       * above and three below. */
      top = line->cy - 2.5 * policy->box->font_size;
      bottom = line->cy + 3.5 * policy->box->font_size;
      for (guint k = 0; k < lines->len; k++)
        {
          Line *other = g_ptr_array_index (lines, k);

          if (other->cy < top || other->cy > bottom)
            continue;
          for (guint j = 0; j < other->words->len; j++)
            {
              const Word *w = &g_array_index (other->words, Word, j);
              const char *t = w->box->text;
              gunichar c = g_utf8_get_char (t);

              if (w->cx <= policy->cx)
                continue;
              if (activity == NULL && (word_has (w, "กิจกรรม") || word_has (w, "โครงการ")))
                activity = w;
              else if (budget == NULL && word_has (w, "งบประมาณ"))
                budget = w;
              else if (word_has (w, "ไตรมาส"))
                g_array_append_val (quarters, w->cx);
              else if (g_utf8_strlen (t, -1) == 1 && hrp_digit_value (c) >= 1 && hrp_digit_value (c) <= 4)
                g_array_append_val (digits, w->cx);
            }
        }
      /* "ไตรมาส" once, over the digits 1–4 */
      if (quarters->len != 4 && digits->len == 4)
        g_array_set_size (quarters, 0), g_array_append_vals (quarters, digits->data, 4);
      if (activity == NULL || budget == NULL || quarters->len != 4)
        continue;

      columns->center[HRP_COLUMN_POLICY] = policy->cx;
      columns->center[HRP_COLUMN_ACTIVITY] = activity->cx;
      columns->center[HRP_COLUMN_BUDGET] = budget->cx;
      g_array_sort (quarters, compare_doubles);
      for (guint q = 0; q < 4; q++)
        columns->center[HRP_COLUMN_Q1 + q] = g_array_index (quarters, double, q);

      /* The header's lines: those with a word of it, and those between */
      for (guint k = 0; k < lines->len; k++)
        {
          Line *other = g_ptr_array_index (lines, k);

          if (other->cy >= top && other->cy <= bottom)
            {
              gboolean header = FALSE;

              for (guint j = 0; j < other->words->len && !header; j++)
                {
                  const Word *w = &g_array_index (other->words, Word, j);

                  gunichar c = g_utf8_get_char (w->box->text);

                  /* ไตรมาส with its number, maybe on a line of its own */
                  header = w == policy || w == activity || w == budget || word_has (w, "ไตรมาส")
                           || word_has (w, "ระยะเวลา")
                           || (g_utf8_strlen (w->box->text, -1) == 1 && w->cx > budget->cx
                               && hrp_digit_value (c) >= 1 && hrp_digit_value (c) <= 4);
                }
              if (header)
                last = MAX (last, k);
            }
        }
      /* Lines of the header that hold none of its words ("ที่ได้รับ",
       * "การจัดสรร", "(บาท)"): just below, closer than a body line. */
      while (last + 1 < lines->len)
        {
          Line *prev = g_ptr_array_index (lines, last);
          Line *next = g_ptr_array_index (lines, last + 1);
          gboolean header_like = next->bold || g_str_has_prefix (next->text, "(บาท")
                                 || g_str_has_prefix (next->text, "บาท");

          if (!header_like || next->cy - prev->cy > 2.2 * MAX (prev->size, 1))
            break;
          last++;
        }
      for (guint k = 0; k <= last; k++)
        {
          Line *other = g_ptr_array_index (lines, k);

          if (other->cy >= top)
            other->in_table = TRUE;
        }
      *first_body = last + 1;
      return TRUE;
    }
  return FALSE;
}

/* The edges between the columns: between two headers' middles, where the
 * fewest runs of the body's words cross (a cell's text never crosses into
 * the next cell), in the middle of the widest such gap. */
static void
find_edges (Columns   *columns,
            GPtrArray *lines,
            guint      from,
            guint      to,
            double     page_width)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  double sorted[HRP_N_COLUMNS];

  for (int c = 0; c < HRP_N_COLUMNS; c++)
    columns->order[c] = c;
  /* The columns left to right */
  for (int a = 1; a < HRP_N_COLUMNS; a++)
    for (int b = a; b > 0 && columns->center[columns->order[b - 1]] > columns->center[columns->order[b]]; b--)
      {
        int t = columns->order[b];
        columns->order[b] = columns->order[b - 1];
        columns->order[b - 1] = t;
      }
  for (int c = 0; c < HRP_N_COLUMNS; c++)
    sorted[c] = columns->center[columns->order[c]];

  /* Runs: words of a line closer than half their size, as pairs of x */
  for (guint i = from; i < to; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      double start = 0, end = -1;

      for (guint j = 0; j < line->words->len; j++)
        {
          const HrpPdfBox *box = g_array_index (line->words, Word, j).box;

          if (end >= start && box->x - end < 0.5 * MAX (box->font_size, 1))
            end = MAX (end, box->x + box->width);
          else
            {
              if (end > start)
                g_array_append_val (runs, start), g_array_append_val (runs, end);
              start = box->x;
              end = box->x + box->width;
            }
        }
      if (end > start)
        g_array_append_val (runs, start), g_array_append_val (runs, end);
    }

  columns->edge[0] = 0;
  columns->edge[HRP_N_COLUMNS] = page_width;
  for (int c = 0; c + 1 < HRP_N_COLUMNS; c++)
    {
      double lo = sorted[c], hi = sorted[c + 1];
      guint best = G_MAXUINT;
      double best_start = lo, best_len = -1, run_start = lo;
      guint run_count = G_MAXUINT;

      /* Half-point steps from one middle to the next */
      for (double x = lo; x <= hi + 0.25; x += 0.5)
        {
          guint count = 0;

          if (x <= hi)
            for (guint r = 0; r + 1 < runs->len; r += 2)
              if (g_array_index (runs, double, r) < x && x < g_array_index (runs, double, r + 1))
                count++;
          if (x > hi || count != run_count)
            {
              /* A stretch of equal counts ends */
              if (run_count != G_MAXUINT
                  && (run_count < best || (run_count == best && x - run_start > best_len)))
                {
                  best = run_count;
                  best_start = run_start;
                  best_len = x - run_start;
                }
              run_start = x;
              run_count = count;
            }
        }
      columns->edge[c + 1] = best_len >= 0 ? best_start + best_len / 2 : (lo + hi) / 2;
    }
}

static int
column_of (const Columns *columns,
           double         x)
{
  for (int c = 0; c < HRP_N_COLUMNS; c++)
    if (x < columns->edge[c + 1])
      return columns->order[c];
  return columns->order[HRP_N_COLUMNS - 1];
}

/* One line of a column's text in the body of the table. */
typedef struct {
  double  cy;
  char   *text;
} CellLine;

static void
cell_line_clear (CellLine *line)
{
  g_free (line->text);
}

/* A policy's cell starts with its number, or with ด้าน / นโยบาย. */
static gboolean
starts_policy (const char *text)
{
  const char *p = text;

  if (*p == '(')
    p++;
  if (hrp_digit_value (g_utf8_get_char (p)) >= 0)
    {
      while (hrp_digit_value (g_utf8_get_char (p)) >= 0)
        p = g_utf8_next_char (p);
      return *p == '.' || *p == ')';
    }
  return g_str_has_prefix (text, "ด้าน") || g_str_has_prefix (text, "นโยบาย");
}

/* A tick however drawn: ✓ ✔ ☑ √, the Wingdings tick (U+F0FC), x, /, * */
gboolean
_hrp_document_is_tick (const char *text)
{
  return *text != '\0' && g_utf8_strlen (text, -1) <= 3;
}

char *
_hrp_document_repaired (const char       *text,
                        HrpImportReport  *report)
{
  guint n = 0;
  char *result = hrp_thai_repair (text, &n);

  if (report != NULL)
    report->n_repairs += n;
  return result;
}

static char *
joined_lines (GArray *lines,
              double  from,
              double  to,
              const char *separator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      CellLine *l = &g_array_index (lines, CellLine, i);

      if (l->cy < from || l->cy >= to)
        continue;
      if (text->len > 0)
        g_string_append (text, separator);
      g_string_append (text, l->text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
is_total (const char *text)
{
  return g_str_has_prefix (text, "รวม") && !g_str_has_prefix (text, "รวบรวม");
}

typedef struct {
  GPtrArray        *out;       /* HrpSourceLine */
  HrpImportReport  *report;
  guint             page;      /* 1-based */
  double            body_size;
  char             *last_policy;   /* the policy cell of the rows before */
} Emitter;

static void
emit_line (Emitter    *e,
           const Line *line)
{
  HrpSourceLine *source;
  g_autofree char *text = _hrp_document_repaired (line->text, e->report);

  if (*text == '\0')
    return;
  source = hrp_source_line_new (text, e->page, 0);
  source->heading = line->bold || line->size > e->body_size * 1.1;
  g_ptr_array_add (e->out, source);
}

static void
emit_row (Emitter *e,
          char    *cells[HRP_N_COLUMNS])
{
  _hrp_document_emit_row (e->out, e->report, e->page, &e->last_policy, cells);
}

void
_hrp_document_emit_row (GPtrArray        *out,
                        HrpImportReport  *report,
                        guint             page,
                        char            **last_policy,
                        char             *cells[HRP_N_COLUMNS])
{
  HrpSourceLine *source;
  GStrvBuilder *builder = g_strv_builder_new ();
  GString *text = g_string_new (NULL);

  for (int c = 0; c < HRP_N_COLUMNS; c++)
    {
      g_autofree char *cell = _hrp_document_repaired (cells[c], report);

      /* A policy printed again at the top of a page spans from above */
      if (c == HRP_COLUMN_POLICY && *cell != '\0')
        {
          if (g_strcmp0 (cell, *last_policy) == 0)
            cell[0] = '\0';
          else
            {
              g_free (*last_policy);
              *last_policy = g_strdup (cell);
            }
        }

      g_strv_builder_add (builder, cell);
      if (*cell != '\0')
        {
          g_auto(GStrv) parts = g_strsplit (cell, "\n", -1);
          g_autofree char *flat = g_strjoinv (" ", parts);

          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, flat);
        }
    }
  source = hrp_source_line_new (text->str, page, 0);
  source->cells = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_string_free (text, TRUE);
  g_ptr_array_add (out, source);
}

/* The rows of the table's body, lines from to to of a page: one row per
 * activity, whose first line is level with its budget or a tick.
 * Returns the index of the line after the table (its total, or what
 * follows), or to when the table goes on. */
static guint
read_table_body (Emitter       *e,
                 GPtrArray     *lines,
                 guint          from,
                 guint          to,
                 const Columns *columns)
{
  GArray *cells[HRP_N_COLUMNS];
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) policy_starts = g_array_new (FALSE, FALSE, sizeof (double));
  guint end = to;
  double line_height = 0;

  for (int c = 0; c < HRP_N_COLUMNS; c++)
    {
      cells[c] = g_array_new (FALSE, FALSE, sizeof (CellLine));
      g_array_set_clear_func (cells[c], (GDestroyNotify) cell_line_clear);
    }

  for (guint i = from; i < to; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      GArray *by_column[HRP_N_COLUMNS];
      gboolean total = FALSE;

      for (int c = 0; c < HRP_N_COLUMNS; c++)
        by_column[c] = g_array_new (FALSE, FALSE, sizeof (Word));
      for (guint j = 0; j < line->words->len; j++)
        {
          Word *w = &g_array_index (line->words, Word, j);

          g_array_append_val (by_column[column_of (columns, w->cx)], *w);
        }
      for (int c = 0; c < HRP_N_COLUMNS; c++)
        if (by_column[c]->len > 0)
          {
            CellLine cl = { line->cy, join_words ((Word *) (void *) by_column[c]->data, by_column[c]->len) };

            if ((c == HRP_COLUMN_POLICY || c == HRP_COLUMN_ACTIVITY) && is_total (cl.text))
              total = TRUE;
            g_array_append_val (cells[c], cl);
          }
      for (int c = 0; c < HRP_N_COLUMNS; c++)
        g_array_unref (by_column[c]);
      /* The total ends the table; so does a signature ("ลงชื่อ"). */
      if (total || g_str_has_prefix (line->text, "ลงชื่อ") || g_str_has_prefix (line->text, "(ลงชื่อ"))
        {
          for (int c = 0; c < HRP_N_COLUMNS; c++)
            while (cells[c]->len > 0 && g_array_index (cells[c], CellLine, cells[c]->len - 1).cy == line->cy)
              g_array_set_size (cells[c], cells[c]->len - 1);
          end = i;
          break;
        }
      line->in_table = TRUE;
      line_height = MAX (line_height, line->size);
    }
  if (line_height <= 0)
    line_height = 12;

  /* The rows start where a budget or a tick is */
  for (int c = HRP_COLUMN_BUDGET; c < HRP_N_COLUMNS; c++)
    for (guint i = 0; i < cells[c]->len; i++)
      g_array_append_val (anchors, g_array_index (cells[c], CellLine, i).cy);
  /* With neither, at each line of the activities that starts a list item,
   * or else at each line. */
  if (anchors->len == 0)
    for (guint i = 0; i < cells[HRP_COLUMN_ACTIVITY]->len; i++)
      g_array_append_val (anchors, g_array_index (cells[HRP_COLUMN_ACTIVITY], CellLine, i).cy);
  g_array_sort (anchors, compare_doubles);
  /* Level anchors are one */
  for (guint i = 1; i < anchors->len;)
    if (g_array_index (anchors, double, i) - g_array_index (anchors, double, i - 1) < 0.5 * line_height)
      g_array_remove_index (anchors, i);
    else
      i++;

  /* The policies' cells start at their number (or ด้าน…), else a gap */
  for (guint i = 0; i < cells[HRP_COLUMN_POLICY]->len; i++)
    {
      CellLine *l = &g_array_index (cells[HRP_COLUMN_POLICY], CellLine, i);

      if (i == 0 || starts_policy (l->text)
          || l->cy - g_array_index (cells[HRP_COLUMN_POLICY], CellLine, i - 1).cy > 2.2 * line_height)
        g_array_append_val (policy_starts, l->cy);
    }

  {
    double half = 0.5 * line_height;
    guint next_policy = 0;
    double policy_from = -1, policy_to = -1;

    for (guint a = 0; a < anchors->len; a++)
      {
        double row_from = a == 0 ? -G_MAXDOUBLE : g_array_index (anchors, double, a) - half;
        double row_to = a + 1 < anchors->len ? g_array_index (anchors, double, a + 1) - half : G_MAXDOUBLE;
        char *row[HRP_N_COLUMNS] = { NULL };

        /* A policy starting in this row, or just above its first line */
        row[HRP_COLUMN_POLICY] = g_strdup ("");
        while (next_policy < policy_starts->len
               && g_array_index (policy_starts, double, next_policy) < row_to)
          {
            /* A policy with no activity of its own: its row alone */
            if (policy_from >= 0 && *row[HRP_COLUMN_POLICY] != '\0')
              {
                char *empty[HRP_N_COLUMNS] = { NULL };

                empty[HRP_COLUMN_POLICY] = row[HRP_COLUMN_POLICY];
                for (int c = 1; c < HRP_N_COLUMNS; c++)
                  empty[c] = g_strdup ("");
                emit_row (e, empty);
                for (int c = 0; c < HRP_N_COLUMNS; c++)
                  g_free (empty[c]);
                row[HRP_COLUMN_POLICY] = NULL;
              }
            g_free (row[HRP_COLUMN_POLICY]);
            policy_from = g_array_index (policy_starts, double, next_policy) - half;
            next_policy++;
            policy_to = next_policy < policy_starts->len
                        ? g_array_index (policy_starts, double, next_policy) - half : G_MAXDOUBLE;
            row[HRP_COLUMN_POLICY] = joined_lines (cells[HRP_COLUMN_POLICY], policy_from, policy_to, "\n");
          }
        row[HRP_COLUMN_ACTIVITY] = joined_lines (cells[HRP_COLUMN_ACTIVITY], row_from, row_to, "\n");
        row[HRP_COLUMN_BUDGET] = joined_lines (cells[HRP_COLUMN_BUDGET], row_from, row_to, " ");
        for (int q = 0; q < 4; q++)
          {
            g_autofree char *mark = joined_lines (cells[HRP_COLUMN_Q1 + q], row_from, row_to, "");

            row[HRP_COLUMN_Q1 + q] = g_strdup (_hrp_document_is_tick (mark) ? "✓" : "");
          }
        emit_row (e, row);
        for (int c = 0; c < HRP_N_COLUMNS; c++)
          g_free (row[c]);
      }
    (void) policy_to;
  }
  for (int c = 0; c < HRP_N_COLUMNS; c++)
    g_array_unref (cells[c]);
  return end;
}

/* }}} */

static double
body_font_size (const HrpPdfDocument *pdf)
{
  g_autoptr(GHashTable) sizes = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0, best_count = 0;

  /* The size most characters have, to a tenth of a point */
  for (guint p = 0; p < pdf->n_pages; p++)
    for (guint i = 0; i < pdf->pages[p].n_boxes; i++)
      {
        const HrpPdfBox *box = &pdf->pages[p].boxes[i];
        guint key = (guint) lround (box->font_size * 10);
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (sizes, GUINT_TO_POINTER (key)))
                      + (guint) strlen (box->text);

        g_hash_table_insert (sizes, GUINT_TO_POINTER (key), GUINT_TO_POINTER (count));
        if (count > best_count)
          {
            best = key;
            best_count = count;
          }
      }
  return best / 10.0;
}

GPtrArray *
hrp_document_pdf_lines (const HrpPdfDocument *pdf,
                        HrpImportReport      *report)
{
  g_autofree GPtrArray **pages = g_new0 (GPtrArray *, pdf->n_pages + 1);
  g_autofree gboolean *has_header = g_new0 (gboolean, pdf->n_pages + 1);
  g_autofree guint *first_body = g_new0 (guint, pdf->n_pages + 1);
  g_autofree Columns *columns = g_new0 (Columns, pdf->n_pages + 1);
  Emitter e = { g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free), report, 0, 0, NULL };
  gboolean table_open = FALSE;
  Columns open_columns = { { 0 } };

  g_return_val_if_fail (pdf != NULL, NULL);

  e.body_size = body_font_size (pdf);
  for (guint p = 0; p < pdf->n_pages; p++)
    {
      pages[p] = page_lines (&pdf->pages[p]);
      has_header[p] = find_table_header (pages[p], &columns[p], &first_body[p]);
    }
  drop_running_lines (pdf, pages);
  for (guint p = 0; p < pdf->n_pages; p++)
    join_centred_lines (pages[p], &pdf->pages[p]);

  for (guint p = 0; p < pdf->n_pages; p++)
    {
      GPtrArray *lines = pages[p];
      guint start = 0, end = lines->len;

      e.page = p + 1;
      if (has_header[p])
        {
          /* What is above the table, then the table */
          for (guint i = 0; i < lines->len; i++)
            {
              Line *line = g_ptr_array_index (lines, i);

              if (line->in_table)
                {
                  start = i;
                  break;
                }
              if (!line->dropped)
                emit_line (&e, line);
            }
          {
            /* One header line for the text reader, whose table starts so */
            Line header = { 0 };

            header.text = g_strdup (HRP_DOCUMENT_TABLE_HEADER);
            header.bold = TRUE;
            emit_line (&e, &header);
            g_free (header.text);
          }
          start = first_body[p];
          find_edges (&columns[p], lines, start, lines->len, pdf->pages[p].width);
          open_columns = columns[p];
          table_open = TRUE;
        }
      else if (table_open)
        {
          /* The table goes on from the page before, without its header */
          while (start < lines->len && ((Line *) g_ptr_array_index (lines, start))->dropped)
            start++;
        }

      if (table_open)
        {
          g_autoptr(GPtrArray) body = g_ptr_array_new ();
          guint after;

          /* The running lines are no rows */
          for (guint i = start; i < lines->len; i++)
            if (!((Line *) g_ptr_array_index (lines, i))->dropped)
              g_ptr_array_add (body, g_ptr_array_index (lines, i));
          after = read_table_body (&e, body, 0, body->len, &open_columns);
          if (after < body->len)
            {
              table_open = FALSE;
              for (guint i = after; i < body->len; i++)
                emit_line (&e, g_ptr_array_index (body, i));
            }
          continue;
        }

      for (guint i = start; i < end; i++)
        {
          Line *line = g_ptr_array_index (lines, i);

          if (!line->dropped)
            emit_line (&e, line);
        }
    }

  for (guint p = 0; p < pdf->n_pages; p++)
    g_ptr_array_unref (pages[p]);
  g_free (e.last_policy);
  return e.out;
}

static gboolean
has_text (const HrpPdfDocument *pdf)
{
  for (guint p = 0; p < pdf->n_pages; p++)
    for (guint i = 0; i < pdf->pages[p].n_boxes; i++)
      for (const char *t = pdf->pages[p].boxes[i].text; *t != '\0'; t = g_utf8_next_char (t))
        if (!g_unichar_isspace (g_utf8_get_char (t)))
          return TRUE;
  return FALSE;
}

HrpPlan *
hrp_document_import (GBytes            *bytes,
                     const char        *display_name,
                     GCancellable      *cancellable,
                     HrpImportProgress  progress,
                     gpointer           progress_data,
                     HrpImportReport   *report,
                     GError           **error)
{
  HrpImportJob job = { display_name, cancellable, progress, progress_data, report };
  gsize size = 0;
  const char *data;
  HrpPlan *plan;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  switch (hrp_document_kind_of (bytes))
    {
    case HRP_DOCUMENT_PDF:
      {
        g_autoptr(HrpPdfDocument) pdf = NULL;
        g_autoptr(GPtrArray) lines = NULL;

        pdf = hrp_pdf_read (data, size, display_name, cancellable, progress, progress_data, error);
        if (pdf == NULL)
          return NULL;
        if (!has_text (pdf))
          {
            g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_SCANNED,
                         _("“%s” holds only images of its pages (a scanned document), no text to read: import the plan’s text or its XML export instead"),
                         display_name);
            return NULL;
          }
        lines = hrp_document_pdf_lines (pdf, report);
        plan = hrp_text_import_lines (lines, report, error);
        break;
      }

    case HRP_DOCUMENT_ZIP:
      {
        g_autoptr(GPtrArray) lines = _hrp_word_import_lines (bytes, &job, error);

        if (lines == NULL)
          return NULL;
        plan = hrp_text_import_lines (lines, report, error);
        break;
      }

    case HRP_DOCUMENT_OLE:
      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is an old Word document (.doc) or a Word file protected by a password, which cannot be read: save it as .docx in Word or LibreOffice, without a password, and import that"),
                   display_name);
      return NULL;

    case HRP_DOCUMENT_TEXT:
    default:
      {
        g_autofree char *text = NULL;

        /* The text of last year's PDF: repaired and read. */
        if (size > 0 && !g_utf8_validate_len (data, size, NULL))
          {
            g_set_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_INVALID,
                         _("“%s” is not UTF-8 text: save it as UTF-8 (Unicode) text and try again"),
                         display_name);
            return NULL;
          }
        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          return NULL;
        text = g_strndup (data != NULL ? data : "", size);
        plan = hrp_text_import_with_report (text, report, error);
        break;
      }
    }

  if (plan == NULL)
    g_prefix_error (error, "%s: ", display_name);
  return plan;
}
