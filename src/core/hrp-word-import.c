/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-word-import.c — last year's .docx or .odt made lines
 *
 * A word processor's document has its structure written down: its
 * paragraphs with their styles, its tables cell by cell.  The readers of
 * the two formats (hrp-docx-import.c, hrp-odt-import.c) walk it and give
 * here its paragraphs and its tables' cells; the action-plan table is
 * told by its header's cells and its rows become lines with cells, as
 * the PDF reader's do; so does a table laid out with tabs, one paragraph
 * a row.  The plan is recognised from these lines by the text reader
 * (hrp_text_import_lines ()).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-thai.h"
#include "hrp-word-import.h"

/* The grid columns of a plan table: which of ours each is (-1: none) */
#define MAX_GRID 64

typedef struct {
  guint  column, span;
  char  *text;   /* NULL: merged with the cell above */
} Cell;

struct _HrpWordLines {
  GPtrArray       *out;      /* HrpSourceLine */
  const HrpImportJob *job;
  HrpImportReport *report;   /* job->report */
  guint            n_paragraphs;
  gboolean         cancelled;
  char            *last_policy;
  GPtrArray       *rows;     /* of GArray of Cell: the table being read */
  int              table_depth;
  /* Paragraphs laid out with tabs under a plan table's header: their
   * lines are the rows being read; the header's line, typed again at
   * the top of a page, is no row */
  gboolean         tab_table;
  char            *tab_header;
  /* The plan table just read: a table right after it with as many
   * columns and no header goes on with it. */
  gboolean         after_plan_table;
  guint            plan_grid;
  int              plan_map[MAX_GRID];
};

static void
cell_clear (Cell *cell)
{
  g_free (cell->text);
}

void
_hrp_import_job_progress (const HrpImportJob *job,
                          guint               done,
                          guint               total)
{
  if (job->progress != NULL)
    job->progress (done, total, job->progress_data);
}

HrpWordLines *
_hrp_word_lines_new (const HrpImportJob *job)
{
  HrpWordLines *lines = g_new0 (HrpWordLines, 1);

  lines->out = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free);
  lines->job = job;
  lines->report = job->report;
  lines->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return lines;
}

void
_hrp_word_lines_free (HrpWordLines *lines)
{
  if (lines == NULL)
    return;
  g_clear_pointer (&lines->out, g_ptr_array_unref);
  g_ptr_array_unref (lines->rows);
  g_free (lines->last_policy);
  g_free (lines->tab_header);
  g_free (lines);
}

static void tab_table_end (HrpWordLines *lines);

GPtrArray *
_hrp_word_lines_finish (HrpWordLines  *lines,
                        GError       **error)
{
  GPtrArray *out = NULL;

  if (lines->cancelled)
    g_cancellable_set_error_if_cancelled (lines->job->cancellable, error);
  else
    {
      tab_table_end (lines);
      out = g_steal_pointer (&lines->out);
    }
  _hrp_word_lines_free (lines);
  return out;
}

char *
_hrp_word_attr (xmlNodePtr  node,
                const char *ns,
                const char *name)
{
  xmlChar *value = NULL;
  char *copy;

  if (node != NULL)
    value = ns != NULL ? xmlGetNsProp (node, BAD_CAST name, BAD_CAST ns) : xmlGetProp (node, BAD_CAST name);
  copy = value != NULL ? g_strdup ((const char *) value) : NULL;
  xmlFree (value);
  return copy;
}

void
_hrp_word_run_added (const char *text,
                     gboolean    bold,
                     gboolean   *any_text,
                     gboolean   *all_bold)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      {
        *any_text = TRUE;
        *all_bold &= bold;
        return;
      }
}

void
_hrp_word_lines_paragraph_read (HrpWordLines *lines)
{
  lines->n_paragraphs++;
  if (lines->n_paragraphs % 256 == 0 && g_cancellable_is_cancelled (lines->job->cancellable))
    lines->cancelled = TRUE;
}

gboolean
_hrp_word_lines_cancelled (HrpWordLines *lines)
{
  return lines->cancelled;
}

static void
add_line (HrpWordLines *lines,
          const char   *text,
          gboolean      heading)
{
  g_autofree char *repaired = _hrp_document_repaired (text, lines->report);
  HrpSourceLine *line;

  g_strstrip (repaired);
  if (*repaired == '\0')
    return;
  line = hrp_source_line_new (repaired, 0, 0);
  line->heading = heading;
  g_ptr_array_add (lines->out, line);
  lines->after_plan_table = FALSE;
}

/* Tables {{{ */

void
_hrp_word_table_start (HrpWordLines *lines)
{
  tab_table_end (lines);
  lines->table_depth++;
  g_ptr_array_set_size (lines->rows, 0);
}

void
_hrp_word_row_start (HrpWordLines *lines)
{
  GArray *row = g_array_new (FALSE, TRUE, sizeof (Cell));

  g_array_set_clear_func (row, (GDestroyNotify) cell_clear);
  g_ptr_array_add (lines->rows, row);
}

void
_hrp_word_cell (HrpWordLines *lines,
                guint         column,
                guint         span,
                const char   *text)
{
  Cell cell = { MIN (column, MAX_GRID), CLAMP (span, 1, MAX_GRID), g_strdup (text) };

  /* A tab in a cell is no column */
  if (cell.text != NULL)
    g_strdelimit (cell.text, "\t", ' ');
  if (lines->rows->len == 0)
    _hrp_word_row_start (lines);
  g_array_append_val (g_ptr_array_index (lines->rows, lines->rows->len - 1), cell);
}

/* The text without white space, for the header's words */
static char *
squeezed (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

enum { HEAD_NONE = -1, HEAD_QUARTERS = -2, HEAD_DIGIT = -3 };

/* What a header cell heads: one of our columns, the quarters together
 * (ไตรมาส, ระยะเวลา…), a quarter's digit alone (its number in *n), or
 * none. */
static int
header_kind (const char *text,
             guint      *n)
{
  g_autofree char *s = squeezed (text);
  glong len = g_utf8_strlen (s, -1);
  const char *quarter = strstr (s, "ไตรมาส");

  *n = 0;
  if (g_str_has_prefix (s, "นโยบาย") && !g_str_has_prefix (s, "นโยบายด้าน") && len <= 24)
    return HRP_COLUMN_POLICY;
  if ((strstr (s, "กิจกรรม") != NULL || strstr (s, "โครงการ") != NULL) && len <= 24)
    return HRP_COLUMN_ACTIVITY;
  if (strstr (s, "งบประมาณ") != NULL && len <= 40)
    return HRP_COLUMN_BUDGET;
  if (quarter != NULL)
    {
      int d = hrp_digit_value (g_utf8_get_char (quarter + strlen ("ไตรมาส")));

      if (d >= 1 && d <= 4)
        {
          *n = (guint) d;
          return HRP_COLUMN_Q1 + d - 1;
        }
      return HEAD_QUARTERS;
    }
  if (strstr (s, "ระยะเวลา") != NULL && len <= 40)
    return HEAD_QUARTERS;
  if (len == 1 && hrp_digit_value (g_utf8_get_char (s)) >= 1 && hrp_digit_value (g_utf8_get_char (s)) <= 4)
    {
      *n = (guint) hrp_digit_value (g_utf8_get_char (s));
      return HEAD_DIGIT;
    }
  return HEAD_NONE;
}

/* Whether a row names the policy or the activity when they are named
 * already: a row of the table under its header (an activity called
 * โครงการ…), not a header's row */
static gboolean
named_again (GArray   *row,
             gboolean  policy,
             gboolean  activity)
{
  for (guint i = 0; i < row->len; i++)
    {
      const char *text = g_array_index (row, Cell, i).text;
      guint n;
      int kind = text != NULL ? header_kind (text, &n) : HEAD_NONE;

      if ((kind == HRP_COLUMN_POLICY && policy) || (kind == HRP_COLUMN_ACTIVITY && activity))
        return TRUE;
    }
  return FALSE;
}

/* The columns of a plan table from its first rows: map[grid column] is
 * one of ours or -1; the number of header rows, or 0 when the table is
 * no plan table. */
static guint
find_header (GPtrArray *rows,
             int        map[MAX_GRID])
{
  guint n_header = 0;
  gboolean policy = FALSE, activity = FALSE;
  guint quarters_from = 0, quarters_span = 0;
  gboolean quarter_found = FALSE;

  for (guint c = 0; c < MAX_GRID; c++)
    map[c] = -1;
  for (guint r = 0; r < MIN (rows->len, 3); r++)
    {
      GArray *row = g_ptr_array_index (rows, r);
      gboolean any = FALSE;

      if (n_header > 0 && named_again (row, policy, activity))
        break;
      for (guint i = 0; i < row->len; i++)
        {
          Cell *cell = &g_array_index (row, Cell, i);
          guint n;
          int kind;

          if (cell->text == NULL)
            continue;
          kind = header_kind (cell->text, &n);
          if (kind == HEAD_NONE)
            continue;
          any = TRUE;
          if (kind == HEAD_QUARTERS)
            {
              quarters_from = cell->column;
              quarters_span = cell->span;
              continue;
            }
          if (kind == HEAD_DIGIT)
            {
              /* 1–4 under ไตรมาส or ระยะเวลา */
              if (quarters_span == 0)
                {
                  any = FALSE;
                  continue;
                }
              kind = HRP_COLUMN_Q1 + (int) n - 1;
            }
          if (kind >= HRP_COLUMN_Q1)
            quarter_found = TRUE;
          policy |= kind == HRP_COLUMN_POLICY;
          activity |= kind == HRP_COLUMN_ACTIVITY;
          for (guint c = cell->column; c < MIN (cell->column + cell->span, MAX_GRID); c++)
            if (map[c] < 0)
              map[c] = kind;
        }
      if (any)
        n_header = r + 1;
      else if (n_header > 0)
        break;
    }
  /* ระยะเวลาการดำเนินงาน over four columns with no other heading */
  if (!quarter_found && quarters_span == 4)
    for (guint q = 0; q < 4 && quarters_from + q < MAX_GRID; q++)
      map[quarters_from + q] = HRP_COLUMN_Q1 + (int) q;
  return policy && activity ? n_header : 0;
}

static guint
grid_width (GPtrArray *rows)
{
  guint width = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      GArray *row = g_ptr_array_index (rows, r);

      for (guint i = 0; i < row->len; i++)
        width = MAX (width, g_array_index (row, Cell, i).column + g_array_index (row, Cell, i).span);
    }
  return width;
}

/* The lines of a cell, blank ones too (they stand beside activities) */
static guint
count_lines (const char *text)
{
  guint n = 1;

  if (*text == '\0')
    return 0;
  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static char *
nth_line (const char *text,
          guint       n)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n", -1);

  return g_strdup (n < g_strv_length (parts) ? parts[n] : "");
}

/* A quarter's cell, each line a tick or nothing */
static char *
ticks (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (i > 0)
        g_string_append_c (out, '\n');
      if (_hrp_document_is_tick (parts[i]))
        g_string_append (out, "✓");
    }
  return g_string_free (out, FALSE);
}

static void
emit_cells (HrpWordLines *lines,
            char         *cells[HRP_N_COLUMNS])
{
  for (int q = 0; q < 4; q++)
    {
      char *t = ticks (cells[HRP_COLUMN_Q1 + q]);

      g_free (cells[HRP_COLUMN_Q1 + q]);
      cells[HRP_COLUMN_Q1 + q] = t;
    }
  _hrp_document_emit_row (lines->out, lines->report, 0, &lines->last_policy, cells);
}

/* A row of a plan table.  A policy's activities written as paragraphs of
 * one cell, with a budget's or a tick's paragraph beside each, are one
 * row each. */
static void
plan_row (HrpWordLines *lines,
          GArray       *row,
          const int     map[MAX_GRID])
{
  char *cells[HRP_N_COLUMNS];
  guint n;
  gboolean split = FALSE;

  for (int c = 0; c < HRP_N_COLUMNS; c++)
    cells[c] = g_strdup ("");
  for (guint i = 0; i < row->len; i++)
    {
      Cell *cell = &g_array_index (row, Cell, i);
      int to = -1;

      for (guint c = cell->column; c < MIN (cell->column + cell->span, MAX_GRID) && to < 0; c++)
        to = map[c];
      if (to < 0 || cell->text == NULL || *cell->text == '\0')
        continue;
      if (*cells[to] != '\0')
        {
          char *joined = g_strconcat (cells[to], "\n", cell->text, NULL);

          g_free (cells[to]);
          cells[to] = joined;
        }
      else
        {
          g_free (cells[to]);
          cells[to] = g_strdup (cell->text);
        }
    }

  n = count_lines (cells[HRP_COLUMN_ACTIVITY]);
  for (int c = HRP_COLUMN_BUDGET; c < HRP_N_COLUMNS && n > 1; c++)
    split |= count_lines (cells[c]) == n;
  if (!split)
    emit_cells (lines, cells);
  else
    for (guint k = 0; k < n; k++)
      {
        char *part[HRP_N_COLUMNS];
        g_autofree char *activity = nth_line (cells[HRP_COLUMN_ACTIVITY], k);

        if (*g_strstrip (activity) == '\0')
          continue;
        for (int c = 0; c < HRP_N_COLUMNS; c++)
          part[c] = count_lines (cells[c]) == n ? nth_line (cells[c], k)
                    : g_strdup (k == 0 ? cells[c] : "");
        emit_cells (lines, part);
        for (int c = 0; c < HRP_N_COLUMNS; c++)
          g_free (part[c]);
      }
  for (int c = 0; c < HRP_N_COLUMNS; c++)
    g_free (cells[c]);
}

void
_hrp_word_table_end (HrpWordLines *lines)
{
  int map[MAX_GRID];
  guint n_header;
  guint width = grid_width (lines->rows);

  if (lines->table_depth > 0)
    lines->table_depth--;
  n_header = find_header (lines->rows, map);
  if (n_header == 0 && lines->after_plan_table && width == lines->plan_grid)
    memcpy (map, lines->plan_map, sizeof map);
  else if (n_header == 0)
    {
      /* Another table: its cells' lines, row by row */
      for (guint r = 0; r < lines->rows->len; r++)
        {
          GArray *row = g_ptr_array_index (lines->rows, r);

          for (guint i = 0; i < row->len; i++)
            if (g_array_index (row, Cell, i).text != NULL)
              _hrp_word_paragraph (lines, g_array_index (row, Cell, i).text, FALSE);
        }
      g_ptr_array_set_size (lines->rows, 0);
      return;
    }
  else
    add_line (lines, HRP_DOCUMENT_TABLE_HEADER, TRUE);

  for (guint r = n_header; r < lines->rows->len; r++)
    plan_row (lines, g_ptr_array_index (lines->rows, r), map);
  lines->after_plan_table = TRUE;
  lines->plan_grid = width;
  memcpy (lines->plan_map, map, sizeof map);
  g_ptr_array_set_size (lines->rows, 0);
}

/* }}} */

/* Tabs as columns {{{ */

/* A line as a row of the table being read: its fields between tabs are
 * its cells, an empty one too */
static void
tab_row (HrpWordLines *lines,
         const char   *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", MAX_GRID);

  _hrp_word_row_start (lines);
  for (guint i = 0; fields[i] != NULL; i++)
    _hrp_word_cell (lines, i, 1, g_strstrip (fields[i]));
}

/* Whether a line with tabs is the header of an action-plan table laid
 * out with tabs: its fields head a plan table's columns as a table's
 * cells do, the budget's or a quarter's among them.  It is then the
 * first row of the table being read. */
static gboolean
is_tab_header (HrpWordLines *lines,
               const char   *line)
{
  int map[MAX_GRID];
  gboolean more = FALSE;

  tab_row (lines, line);
  if (find_header (lines->rows, map) > 0)
    for (guint c = 0; c < MAX_GRID; c++)
      more |= map[c] == HRP_COLUMN_BUDGET || map[c] >= HRP_COLUMN_Q1;
  if (!more)
    g_ptr_array_set_size (lines->rows, 0);
  else
    {
      g_free (lines->tab_header);
      lines->tab_header = squeezed (line);
    }
  return more;
}

/* The table laid out with tabs, if one was being read, read as a table */
static void
tab_table_end (HrpWordLines *lines)
{
  if (!lines->tab_table)
    return;
  lines->tab_table = FALSE;
  _hrp_word_table_end (lines);
}

/* A paragraph's lines.  Under a plan table's header laid out with tabs,
 * each line with a tab is a row, up to a paragraph with none; anywhere
 * else a tab is a space. */
void
_hrp_word_paragraph (HrpWordLines *lines,
                     const char   *text,
                     gboolean      heading)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n", -1);

  if (strchr (text, '\t') == NULL)
    tab_table_end (lines);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean tabs = strchr (parts[i], '\t') != NULL;
      g_autofree char *text_only = squeezed (parts[i]);

      if (*text_only == '\0')
        continue;
      if (tabs && lines->tab_table && strcmp (text_only, lines->tab_header) != 0)
        tab_row (lines, parts[i]);
      else if (tabs && lines->tab_table)
        continue;   /* the header again */
      else if (tabs && lines->table_depth == 0 && is_tab_header (lines, parts[i]))
        lines->tab_table = TRUE;
      else
        {
          tab_table_end (lines);
          g_strdelimit (parts[i], "\t", ' ');
          add_line (lines, parts[i], heading);
        }
    }
}

/* }}} */

/* Numbers {{{ */

static const char * const thai_letters[] = {
  "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ", "ท",
  "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม", "ย", "ร", "ล", "ว", "ศ", "ษ", "ส", "ห", "ฬ", "อ", "ฮ",
};

static char *
roman (guint n,
       gboolean upper)
{
  static const struct { guint value; const char *digits; } table[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };
  GString *out = g_string_new (NULL);

  n = MIN (n, 3999);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    while (n >= table[i].value)
      {
        g_string_append (out, table[i].digits);
        n -= table[i].value;
      }
  if (upper)
    {
      char *up = g_ascii_strup (out->str, -1);

      g_string_free (out, TRUE);
      return up;
    }
  return g_string_free (out, FALSE);
}

/* a, b, … z, aa, bb, … as Word and LibreOffice count */
static char *
letters (guint        n,
         const char * const *alphabet,
         guint        size)
{
  GString *out = g_string_new (NULL);
  guint times = n == 0 ? 1 : (n - 1) / size + 1;

  for (guint i = 0; i < MIN (times, 10); i++)
    g_string_append (out, alphabet[n == 0 ? 0 : (n - 1) % size]);
  return g_string_free (out, FALSE);
}

char *
_hrp_word_format_number (const char *format,
                         guint       n)
{
  static const char * const lower[] = {
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
  };
  g_autofree char *decimal = g_strdup_printf ("%u", n);

  if (format == NULL || *format == '\0' || strcmp (format, "none") == 0 || strcmp (format, "bullet") == 0)
    return g_strdup ("");
  if (strcmp (format, "thaiNumbers") == 0 || strcmp (format, "๑") == 0)
    return hrp_arabic_digits_to_thai (decimal);
  if (strcmp (format, "thaiLetters") == 0 || strcmp (format, "ก") == 0)
    return letters (n, thai_letters, G_N_ELEMENTS (thai_letters));
  if (strcmp (format, "lowerLetter") == 0 || strcmp (format, "a") == 0)
    return letters (n, lower, G_N_ELEMENTS (lower));
  if (strcmp (format, "upperLetter") == 0 || strcmp (format, "A") == 0)
    {
      g_autofree char *l = letters (n, lower, G_N_ELEMENTS (lower));

      return g_ascii_strup (l, -1);
    }
  if (strcmp (format, "lowerRoman") == 0 || strcmp (format, "i") == 0)
    return roman (n, FALSE);
  if (strcmp (format, "upperRoman") == 0 || strcmp (format, "I") == 0)
    return roman (n, TRUE);
  if (strcmp (format, "decimalZero") == 0 && n < 10)
    return g_strdup_printf ("0%u", n);
  return g_steal_pointer (&decimal);
}

/* }}} */

#define MIMETYPE_ODT "application/vnd.oasis.opendocument.text"

GPtrArray *
_hrp_word_import_lines (GBytes             *bytes,
                        const HrpImportJob *job,
                        GError            **error)
{
  g_autoptr(HrpZipReader) zip = hrp_zip_reader_open (bytes, job->display_name, error);
  gboolean (*read) (HrpZipReader *, const HrpImportJob *, HrpWordLines *, GError **) = _hrp_docx_read;
  g_autoptr(HrpWordLines) lines = NULL;
  GPtrArray *result;

  if (zip == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    return NULL;
  if (hrp_zip_reader_has (zip, "mimetype"))
    {
      g_autoptr(GBytes) mimetype = hrp_zip_reader_read (zip, "mimetype", error);
      gsize size = 0;
      const char *data;

      if (mimetype == NULL)
        return NULL;
      data = g_bytes_get_data (mimetype, &size);
      if (!(size >= strlen (MIMETYPE_ODT) && memcmp (data, MIMETYPE_ODT, strlen (MIMETYPE_ODT)) == 0
            && (size == strlen (MIMETYPE_ODT) || data[strlen (MIMETYPE_ODT)] != '-')))
        {
          g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_UNSUPPORTED,
                       _("“%s” is an OpenDocument file but not a text document (not an .odt): open it, save it as .odt or .docx, and import that"),
                       job->display_name);
          return NULL;
        }
      read = _hrp_odt_read;
    }
  else if (!hrp_zip_reader_has (zip, "[Content_Types].xml") && !hrp_zip_reader_has (zip, "_rels/.rels")
           && !hrp_zip_reader_has (zip, "word/document.xml"))
    {
      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is a zip file that holds neither a Word document (.docx) nor an OpenDocument text (.odt)"),
                   job->display_name);
      return NULL;
    }
  lines = _hrp_word_lines_new (job);
  if (!read (zip, job, lines, error))
    return NULL;
  result = _hrp_word_lines_finish (g_steal_pointer (&lines), error);
  if (result != NULL)
    _hrp_import_job_progress (job, 3, 3);
  return result;
}
