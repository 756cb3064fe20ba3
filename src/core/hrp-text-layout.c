/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-layout.c — a text laid out by columns, made into lines
 *
 * A layout-preserving text ("pdftotext -layout") may put the marks above
 * or below a Thai line on a line of their own, and lays a table out by
 * columns: the marks go back to their letters, and the table's rows are
 * read by their columns into rows of cells, as a PDF reader gives them.
 */
#include "config.h"

#include <string.h>

#include "hrp-text-import-private.h"
#include "hrp-thai.h"

/* ---- marks that a layout-preserving text put on lines of their own ---- */

static gboolean
starts_with_mark (const gunichar *text,
                  glong           len,
                  glong          *indent)
{
  glong i = 0;

  while (i < len && (text[i] == ' ' || text[i] == '\f'))
    i++;
  *indent = i;
  return i < len && _hrp_text_is_combining (text[i]);
}

/* A text laid out by columns ("pdftotext -layout") may put the marks
 * above or below a Thai line on a line of their own, at the columns of
 * their letters: "ขัน" then "   ้ ตอน".  Such a line goes back into the
 * line above or below, the one that ends where it starts, each mark after
 * the letter of the column before it. */
void
_hrp_text_merge_mark_lines (char **lines)
{
  guint n = g_strv_length (lines);
  g_autofree gboolean *merged_into = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autofree gunichar *marks = NULL;
      g_autofree gunichar *other = NULL;
      glong marks_len, other_len, indent, unused;
      GString *merged;
      int best = -1;
      glong best_score = G_MAXLONG;

      marks = g_utf8_to_ucs4_fast (lines[i], -1, &marks_len);
      if (!starts_with_mark (marks, marks_len, &indent))
        continue;
      for (int side = -1; side <= 1; side += 2)
        {
          g_autofree gunichar *candidate = NULL;
          glong len, score;
          int j = (int) i + side;

          /* Above, past lines of marks already merged into theirs */
          while (side < 0 && j > 0 && merged_into[j])
            j--;
          if (j < 0 || j >= (int) n)
            continue;
          candidate = g_utf8_to_ucs4_fast (lines[j], -1, &len);
          if (len == 0 || starts_with_mark (candidate, len, &unused) || len < indent)
            continue;
          score = ABS (len - 1 - indent);
          if (score < best_score)
            {
              best = j;
              best_score = score;
            }
        }
      if (best < 0)
        continue;

      other = g_utf8_to_ucs4_fast (lines[best], -1, &other_len);
      merged = g_string_new (NULL);
      for (glong k = 0; k < other_len; k++)
        {
          if (k < marks_len && _hrp_text_is_combining (marks[k]))
            g_string_append_unichar (merged, marks[k]);
          g_string_append_unichar (merged, other[k]);
        }
      /* What goes beyond the other line, and letters where it has some */
      for (glong k = 0; k < marks_len; k++)
        if (k >= other_len || (marks[k] != ' ' && marks[k] != '\f' && !_hrp_text_is_combining (marks[k])))
          g_string_append_unichar (merged, marks[k]);
      g_free (lines[best]);
      lines[best] = g_string_free (merged, FALSE);
      lines[i][0] = '\0';
      merged_into[i] = TRUE;
    }
}

/* ---- a table laid out by columns ("pdftotext -layout") ---- */

/* A word of a line laid out by columns: a run of letters, at the column
 * (in characters, as the layout counts them) where it starts and ends */
typedef struct {
  glong  col;
  glong  end;
  glong  gap;    /* spaces before it */
  char  *text;
} LayoutWord;

static void
layout_word_clear (gpointer data)
{
  g_free (((LayoutWord *) data)->text);
}

/* The words of a line; a form feed (a new page) takes no column. */
static GArray *
layout_words (const char *line)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (LayoutWord));
  glong col = 0, gap = 0;
  GString *word = NULL;
  LayoutWord w = { 0 };

  g_array_set_clear_func (words, layout_word_clear);
  for (const char *p = line;; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : ' ';

      if (c == '\f')
        continue;
      if (_hrp_text_is_blank (c))
        {
          if (word != NULL)
            {
              w.end = col;
              w.text = g_string_free (word, FALSE);
              g_array_append_val (words, w);
              word = NULL;
              gap = 0;
            }
          gap++;
        }
      else
        {
          if (word == NULL)
            {
              word = g_string_new (NULL);
              w.col = col;
              w.gap = gap;
            }
          g_string_append_unichar (word, c);
        }
      if (*p == '\0')
        break;
      col++;
    }
  return words;
}

static LayoutWord *
word_at (GArray *words,
         guint   i)
{
  return &g_array_index (words, LayoutWord, i);
}

/* The text of words from to to, one space between words that had
 * spaces between them */
static char *
words_text (GArray *words,
            guint   from,
            guint   to)
{
  GString *text = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      if (i > from)
        g_string_append_c (text, ' ');
      g_string_append (text, word_at (words, i)->text);
    }
  return g_string_free (text, FALSE);
}

/* The header line of the table: "นโยบาย", then "กิจกรรม…" or
 * "โครงการ…" in a column of its own */
static gboolean
is_layout_header (GArray *words,
                  glong  *policy_end,
                  glong  *activity_col)
{
  for (guint i = 0; i + 1 < words->len; i++)
    if (g_str_has_prefix (word_at (words, i)->text, "นโยบาย")
        && (g_str_has_prefix (word_at (words, i + 1)->text, "กิจกรรม")
            || g_str_has_prefix (word_at (words, i + 1)->text, "โครงการ"))
        && word_at (words, i + 1)->gap >= 2)
      {
        *policy_end = word_at (words, i)->end;
        *activity_col = word_at (words, i + 1)->col;
        return TRUE;
      }
  return FALSE;
}

/* A line of the header's other rows */
static gboolean
is_layout_header_text (const char *text)
{
  return _hrp_text_is_table_header (text) || strstr (text, "ไตรมาส") != NULL || g_str_has_prefix (text, "การจัด")
         || g_str_has_prefix (text, "ที่ได้") || g_str_has_prefix (text, "ที่ไ");
}

/* "-", "20,000", "๒๐,๐๐๐": a budget's amount */
static gboolean
is_amount_word (const char *text)
{
  gint64 satang;

  if (strcmp (text, "-") == 0)
    return TRUE;
  if (hrp_digit_value (g_utf8_get_char (text)) < 0)
    return FALSE;
  for (const char *q = text; *q != '\0'; q = g_utf8_next_char (q))
    if (hrp_digit_value (g_utf8_get_char (q)) < 0 && *q != ',' && *q != '.')
      return FALSE;
  return hrp_money_parse (text, &satang, NULL);
}

/* The columns of the table under one header */
typedef struct {
  glong  activity;      /* where the activities' lines start */
  glong  budget;        /* no amount starts before it */
  double quarters[4];   /* the quarters' middles; 0 when not known */
  glong  quarters_left;
} LayoutColumns;

/* A row of the table, from its lines */
typedef struct {
  GString  *policy;
  GString  *activity;
  GString  *budget;
  guint     quarters;
  guint     number;     /* the document's line where it starts */
  gboolean  has_budget;
} LayoutRow;

static void
layout_row_flush (LayoutRow *row,
                  GPtrArray *out)
{
  HrpSourceLine *line;
  GStrvBuilder *builder;
  g_autoptr(GString) text = NULL;

  if (row->policy == NULL)
    return;
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, row->policy->str);
  g_strv_builder_add (builder, row->activity->str);
  g_strv_builder_add (builder, row->budget->str);
  for (guint q = 0; q < 4; q++)
    g_strv_builder_add (builder, row->quarters & (1u << q) ? "✓" : "");
  text = g_string_new (NULL);
  for (GString **cell = (GString *[]) { row->policy, row->activity, row->budget, NULL }; *cell != NULL; cell++)
    if ((*cell)->len > 0)
      {
        g_auto(GStrv) parts = g_strsplit ((*cell)->str, "\n", -1);
        g_autofree char *flat = g_strjoinv (" ", parts);

        if (text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, flat);
      }
  line = hrp_source_line_new (text->str, 0, row->number);
  line->cells = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_ptr_array_add (out, line);
  g_string_free (row->policy, TRUE);
  g_string_free (row->activity, TRUE);
  g_string_free (row->budget, TRUE);
  memset (row, 0, sizeof *row);
}

static void
append_cell_line (GString    *cell,
                  const char *text)
{
  if (*text == '\0')
    return;
  if (cell->len > 0)
    g_string_append_c (cell, '\n');
  g_string_append (cell, text);
}

/* The first word of the amount that ends words[0..n) ("20,000",
 * "20,000 บาท", "-"); n for none.  A layout may pull an amount left of
 * its column, but not into the activities' one, and a number without
 * thousands (a year ending a name) only counts in the budget's column. */
static guint
layout_budget_word (GArray              *words,
                    guint                n,
                    const LayoutColumns *columns)
{
  guint first = n;
  LayoutWord *w;

  if (n >= 2 && strcmp (word_at (words, n - 1)->text, "บาท") == 0 && is_amount_word (word_at (words, n - 2)->text))
    first = n - 2;
  else if (n >= 1 && is_amount_word (word_at (words, n - 1)->text))
    first = n - 1;
  if (first == n)
    return n;
  w = word_at (words, first);
  if (w->col >= columns->budget - 3)
    return first;
  if (first > 0 && w->col > columns->activity + 2
      && (strchr (w->text, ',') != NULL || strcmp (w->text, "-") == 0))
    return first;
  return n;
}

/* A line of the table's body into the row it belongs to: the policy's
 * and the activities' parts told apart by the activities' column (a
 * layout may leave only one space between them), the amount in the
 * budget's column and the ticks by their quarter's column. */
static void
layout_table_line (GArray              *words,
                   const LayoutColumns *columns,
                   gboolean             budgets,
                   gboolean             blank_before,
                   guint                number,
                   LayoutRow           *row,
                   GPtrArray           *out)
{
  guint n = words->len;
  guint split, budget_from;
  guint quarters = 0, n_ticks = 0;
  g_autofree char *policy = NULL;
  g_autofree char *activity = NULL;
  g_autofree char *budget = NULL;
  guint number_of_policy;
  const char *rest;

  /* The ticks, from the end of the line */
  while (n > 0 && _hrp_text_is_tick (word_at (words, n - 1)->text)
         && (columns->quarters_left == 0 || word_at (words, n - 1)->col >= columns->quarters_left))
    {
      LayoutWord *w = word_at (words, n - 1);
      guint best = 0;

      if (columns->quarters[0] > 0)
        for (guint q = 1; q < 4; q++)
          if (ABS (w->col - columns->quarters[q]) < ABS (w->col - columns->quarters[best]))
            best = q;
      quarters |= 1u << best;
      n_ticks++;
      n--;
    }
  /* Ticks where the quarters' columns are not known: the first quarters */
  if (columns->quarters[0] == 0 && n_ticks > 0)
    quarters = (1u << n_ticks) - 1;

  budget_from = layout_budget_word (words, n, columns);

  /* The policy's part: what ends before the activities' column, or the
   * words before the first in that column, or before the last word that
   * starts left of it (a layout may pull a word a few columns left) */
  if (budget_from == 0 || word_at (words, 0)->col >= columns->activity - 2)
    split = 0;
  else if (word_at (words, budget_from - 1)->end <= columns->activity)
    split = budget_from;
  else
    {
      split = 0;
      for (guint i = 1; i < budget_from && split == 0; i++)
        if (word_at (words, i)->col <= columns->activity + 2
            && (word_at (words, i)->col >= columns->activity - 1
                || (word_at (words, i)->gap >= 2 && word_at (words, i)->col >= columns->activity - 3)))
          split = i;
      for (guint i = budget_from - 1; i > 0 && split == 0; i--)
        if (word_at (words, i)->col < columns->activity)
          split = i;
      if (split == 0)
        split = budget_from;
    }

  policy = words_text (words, 0, split);
  activity = words_text (words, split, budget_from);
  budget = words_text (words, budget_from, n);

  /* A new row: a policy's number, an amount when the row has one, or,
   * in a table without amounts, an activity after an empty line */
  if (row->policy != NULL
      && (_hrp_text_numbered_item (policy, &number_of_policy, &rest)
          || (*budget != '\0' && row->has_budget)
          || (!budgets && blank_before && *activity != '\0' && row->activity->len > 0)))
    layout_row_flush (row, out);
  if (row->policy == NULL)
    {
      row->policy = g_string_new (NULL);
      row->activity = g_string_new (NULL);
      row->budget = g_string_new (NULL);
      row->number = number;
    }
  append_cell_line (row->policy, policy);
  append_cell_line (row->activity, activity);
  if (*budget != '\0' && !row->has_budget)
    {
      g_string_assign (row->budget, budget);
      row->has_budget = TRUE;
    }
  row->quarters |= quarters;
}

/* The columns under a header: the header's lines (the one at h and its
 * neighbours), and the lines of the body below it */
static gboolean
layout_columns (char          **raw,
                guint           h,
                glong           policy_end,
                glong           activity_header,
                glong          *delta,
                guint          *body,
                LayoutColumns  *columns)
{
  guint first = h, last = h;
  guint n_quarters = 0;
  g_autoptr(GHashTable) starts = g_hash_table_new (NULL, NULL);
  guint best_count = 0;
  glong best = -1;

  memset (columns, 0, sizeof *columns);
  while (first > 0 && h - first < 3)
    {
      g_autofree char *text = _hrp_text_collapse_space (raw[first - 1], NULL);

      if (*text == '\0' || !is_layout_header_text (text))
        break;
      first--;
    }
  while (raw[last + 1] != NULL && last - h < 3)
    {
      g_autofree char *text = _hrp_text_collapse_space (raw[last + 1], NULL);

      if (*text == '\0' || !is_layout_header_text (text))
        break;
      last++;
    }
  columns->budget = G_MAXLONG;
  for (guint i = first; i <= last; i++)
    {
      g_autoptr(GArray) words = layout_words (raw[i]);

      for (guint j = 0; j < words->len; j++)
        {
          LayoutWord *w = word_at (words, j);

          if (g_str_has_prefix (w->text, "งบประมาณ") || g_str_has_prefix (w->text, "การจัด")
              || g_str_has_prefix (w->text, "ที่ได้") || g_str_has_prefix (w->text, "ที่ไ"))
            columns->budget = MIN (columns->budget, w->col);
          if (g_str_has_prefix (w->text, "ไตรมาส") && n_quarters < 4)
            columns->quarters[n_quarters++] = w->col + _hrp_text_base_width ("ไตรมาส ๑") / 2.0;
        }
    }
  if (n_quarters < 4)
    memset (columns->quarters, 0, sizeof columns->quarters);
  else
    columns->quarters_left = (glong) (columns->quarters[0] - (columns->quarters[1] - columns->quarters[0]) / 2);
  if (columns->budget == G_MAXLONG)
    columns->budget = activity_header + 12;

  /* The activities' column: where most lines of the body that are not
   * the policy's start */
  for (guint i = last + 1; raw[i] != NULL && i < last + 80; i++)
    {
      g_autoptr(GArray) words = layout_words (raw[i]);
      g_autofree char *text = _hrp_text_collapse_space (raw[i], NULL);
      glong col;
      guint count;

      if (_hrp_text_is_table_end (text) || (words->len > 0 && is_layout_header (words, &col, &col)))
        break;
      if (words->len == 0)
        continue;
      col = word_at (words, 0)->col;
      if (col <= policy_end || col >= columns->budget - 3)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (starts, GINT_TO_POINTER (col))) + 1;
      g_hash_table_insert (starts, GINT_TO_POINTER (col), GUINT_TO_POINTER (count));
      if (count > best_count || (count == best_count && col < best))
        {
          best = col;
          best_count = count;
        }
    }
  if (best >= 0)
    *delta = activity_header - best;
  columns->activity = best >= 0 ? best
                      : *delta >= 0 ? activity_header - *delta : (policy_end + activity_header) / 2;
  *body = last + 1;
  return TRUE;
}

/* A header line of the table within the next lines, before an empty one */
static gboolean
layout_header_ahead (char  **raw,
                     guint   i)
{
  for (guint j = i + 1; raw[j] != NULL && j <= i + 3; j++)
    {
      g_autoptr(GArray) words = layout_words (raw[j]);
      glong unused;

      if (words->len == 0)
        return FALSE;
      if (is_layout_header (words, &unused, &unused))
        return TRUE;
    }
  return FALSE;
}

/* The document's lines from a text, the rows of a table laid out by
 * columns given as cells */
GPtrArray *
_hrp_text_layout_lines (char **raw)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free);
  LayoutColumns columns;
  LayoutRow row = { 0 };
  gboolean in_table = FALSE, budgets = FALSE, blank_before = FALSE;
  glong delta = -1;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autoptr(GArray) words = layout_words (raw[i]);
      g_autofree char *text = _hrp_text_collapse_space (raw[i], NULL);
      glong policy_end, activity_header;
      guint n;

      if (words->len > 0 && is_layout_header (words, &policy_end, &activity_header))
        {
          guint body;

          layout_row_flush (&row, out);
          layout_columns (raw, i, policy_end, activity_header, &delta, &body, &columns);
          for (; i < body; i++)
            g_ptr_array_add (out, hrp_source_line_new (raw[i], 0, i + 1));
          i--;
          in_table = TRUE;
          blank_before = FALSE;
          /* Whether the rows have amounts, which then tell them apart */
          budgets = FALSE;
          for (guint j = body; raw[j] != NULL && j < body + 80; j++)
            {
              g_autoptr(GArray) line = layout_words (raw[j]);
              g_autofree char *line_text = _hrp_text_collapse_space (raw[j], NULL);

              if (_hrp_text_is_table_end (line_text) || (line->len > 0 && is_layout_header (line, &policy_end, &policy_end)))
                break;
              guint n_words = line->len;

              while (n_words > 0 && _hrp_text_is_tick (word_at (line, n_words - 1)->text))
                n_words--;
              budgets |= layout_budget_word (line, n_words, &columns) < n_words;
            }
          continue;
        }
      /* The header's first lines over the next page's table */
      if (in_table && is_layout_header_text (text) && layout_header_ahead (raw, i))
        {
          layout_row_flush (&row, out);
          g_ptr_array_add (out, hrp_source_line_new (raw[i], 0, i + 1));
          continue;
        }
      if (in_table && *text == '\0')
        {
          blank_before = TRUE;
          g_ptr_array_add (out, hrp_source_line_new (raw[i], 0, i + 1));
          continue;
        }
      if (in_table && (_hrp_text_is_table_end (text) || (_hrp_text_is_section_text (text) && !is_layout_header_text (text))))
        {
          layout_row_flush (&row, out);
          in_table = FALSE;
        }
      /* Page numbers and running titles */
      if (!in_table || _hrp_text_after_page_number (text) != NULL || _hrp_text_title_line (text, &n) || _hrp_text_is_action_plan_heading (text)
          || (g_str_has_prefix (text, "ประจำปี") && strstr (text, "พ.ศ.") != NULL)
          || (_hrp_text_is_organization (text) && strstr (text, "จังหวัด") != NULL))
        {
          layout_row_flush (&row, out);
          g_ptr_array_add (out, hrp_source_line_new (raw[i], 0, i + 1));
          continue;
        }
      layout_table_line (words, &columns, budgets, blank_before, i + 1, &row, out);
      blank_before = FALSE;
    }
  layout_row_flush (&row, out);
  return out;
}
