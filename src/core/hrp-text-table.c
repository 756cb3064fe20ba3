/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-table.c — the action-plan table of a plan document
 *
 * Rows of activities under their policy, with their budgets and the
 * quarters ticked: read from the lines of a text (the budget and the ticks
 * at the end of a line), or from the cells a PDF reader gave for a row.
 */
#include "config.h"

#include <string.h>

#include "hrp-text-import-private.h"
#include "hrp-thai.h"

/* ---- the action plan ---- */

typedef struct {
  HrpPolicy   *policy;     /* of the row being read */
  HrpActivity *activity;   /* the last activity of the row */
  gboolean     has_budget; /* the last activity has its budget cell */
  guint        last_width; /* of the activity's last line */
  guint        full_width; /* a line at least this wide was cut by the cell */
  gboolean     budget_ends; /* no bullets: an activity's lines run up to its budget */
  gboolean     created;    /* rows given as cells: the policy is the table's own */
  gboolean     numbered;   /* rows given as cells: the policy's cell had its number */
} TableRow;

/* A quarter's tick as documents write it: ✓ ✔ / X * or the Wingdings
 * tick (U+F0FC) */
gboolean
_hrp_text_is_tick (const char *token)
{
  static const char * const ticks[] = { "✓", "✔", "☑", "/", "X", "x", "*", "\xef\x83\xbc" };

  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    if (strcmp (token, ticks[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The ticks at the end of a table's line, removed from it: in quarters
 * (bit q - 1 for quarter q).  Four marks, ticks or "-" (an empty
 * quarter), are the four quarters in order; fewer ticks are the first
 * quarters.  A "-" before them is the budget's. */
static guint
take_ticks (GString *text)
{
  char *tokens[5];
  guint n = 0, n_ticks = 0, quarters = 0, first;
  gsize cut = text->len;

  while (n < 5 && cut > 0)
    {
      const char *start = text->str;
      const char *end = text->str + cut;
      const char *space = g_strrstr_len (start, cut, " ");
      const char *token = space != NULL ? space + 1 : start;
      g_autofree char *word = g_strndup (token, end - token);

      if (!_hrp_text_is_tick (word) && strcmp (word, "-") != 0)
        break;
      n_ticks += _hrp_text_is_tick (word);
      tokens[n++] = g_steal_pointer (&word);
      cut = space != NULL ? (gsize) (space - start) : 0;
    }
  /* tokens[] run from the end of the line */
  if (n_ticks == 0)
    cut = text->len;
  else if (n >= 4)
    {
      for (guint q = 0; q < 4; q++)
        if (_hrp_text_is_tick (tokens[3 - q]))
          quarters |= 1u << q;
      if (n == 5)
        cut += strlen (" -");
    }
  else
    {
      /* The "-"s before the first tick stay, the budget's */
      for (first = n; first > 0 && !_hrp_text_is_tick (tokens[first - 1]); first--)
        cut += 1 + strlen (tokens[first - 1]);
      for (guint q = 0; q < n_ticks; q++)
        quarters |= 1u << q;
    }
  if (cut == 0 && n_ticks > 0 && n == 5)
    cut = 1;
  for (guint i = 0; i < n; i++)
    g_free (tokens[i]);
  if (cut < text->len)
    {
      g_string_truncate (text, cut);
      /* "- ✓ ✓": the budget's "-" alone */
      if (text->len > 0 && text->str[0] == ' ')
        g_string_erase (text, 0, 1);
    }
  return quarters;
}

/* Invisible characters of a symbol font (a Wingdings tick among them)
 * have no place in a name. */
static void
drop_symbols (GString *text)
{
  static const char tick[] = "\xef\x83\xbc";
  char *found;

  while ((found = strstr (text->str, tick)) != NULL)
    g_string_erase (text, found - text->str, strlen (tick));
  g_strstrip (text->str);
  text->len = strlen (text->str);
}

/* "200,000", "1,500.50", "-": a budget at the end of a line, removed from
 * it; a lone number on its line is one too. */
static gboolean
take_budget (GString *text,
             gint64  *satang)
{
  const char *last = strrchr (text->str, ' ');
  const char *token = last != NULL ? last + 1 : text->str;
  gboolean comma = strchr (token, ',') != NULL;
  gboolean point = strchr (token, '.') != NULL;
  gboolean money = *token != '\0';

  if (strcmp (token, "-") == 0)
    money = TRUE;
  else
    {
      for (const char *q = token; *q != '\0'; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (hrp_digit_value (c) < 0 && c != ',' && c != '.')
            money = FALSE;
        }
      /* A year or a count inside a name is not a budget, nor is a year
       * that the name's wrap left alone on its line. */
      if (money && !comma && !point && (last != NULL || (strlen (token) == 4 && hrp_digit_value (g_utf8_get_char (token)) == 2)))
        money = FALSE;
    }

  if (!money || !hrp_money_parse (token, satang, NULL))
    return FALSE;
  g_string_truncate (text, token - text->str);
  while (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);
  return TRUE;
}

static void
table_text (TableRow   *row,
            const char *line)
{
  g_autoptr(GString) text = g_string_new (line);
  gint64 budget = HRP_BUDGET_NONE;
  guint quarters = take_ticks (text);
  gboolean has_budget;

  /* "20,000 บาท" */
  if (g_str_has_suffix (text->str, " บาท"))
    g_string_truncate (text, text->len - strlen (" บาท"));
  has_budget = take_budget (text, &budget);
  drop_symbols (text);

  if (text->len > 0)
    {
      const char *bullet = _hrp_text_bullet_rest (text->str);

      if (bullet == NULL && row->activity != NULL && !row->has_budget
          && (row->budget_ends || row->last_width >= row->full_width))
        {
          g_autoptr(GString) name = g_string_new (hrp_activity_get_name (row->activity));

          _hrp_text_join_line (name, text->str);
          hrp_activity_set_name (row->activity, name->str);
        }
      else if (bullet == NULL || *bullet != '\0')
        {
          g_autoptr(HrpActivity) activity = hrp_activity_new (bullet != NULL ? bullet : text->str);

          hrp_model_list_append (hrp_policy_get_activities (row->policy), activity);
          row->activity = activity;
          row->has_budget = FALSE;
        }
      row->last_width = _hrp_text_base_width (text->str);
    }

  if (has_budget && row->activity != NULL && !row->has_budget)
    {
      hrp_activity_set_budget (row->activity, budget);
      row->has_budget = TRUE;
    }
  for (guint q = 0; q < 4 && row->activity != NULL; q++)
    if (quarters & (1u << q))
      hrp_activity_set_quarter (row->activity, q + 1, TRUE);
}

/* The policy's cell of a table row: the policy's title (without "ด้าน",
 * maybe over several lines), compared without spaces.  Returns what
 * follows it on the last line of the cell. */
static const char *
skip_policy_cell (Parser     *p,
                  HrpPolicy  *policy,
                  const char *text)
{
  g_autofree char *title = _hrp_text_without_space (hrp_policy_get_title (policy));
  const char *t = title;
  const char *q = text;

  if (g_str_has_prefix (t, "ด้าน") && !g_str_has_prefix (text, "ด้าน"))
    t += strlen ("ด้าน");

  while (*t != '\0')
    {
      if (*q == ' ')
        {
          q++;
          continue;
        }
      if (*q == '\0')
        {
          Line *next = _hrp_text_peek (p, 1);

          /* The cell goes on on the next line */
          if (next == NULL || _hrp_text_is_section_start (next) || _hrp_text_bullet_rest (next->text) != NULL
              || g_utf8_get_char (next->text) != g_utf8_get_char (t))
            break;
          p->i++;
          q = next->text;
          continue;
        }
      if (g_utf8_get_char (q) != g_utf8_get_char (t))
        break;
      q = g_utf8_next_char (q);
      t = g_utf8_next_char (t);
    }
  return _hrp_text_skip_spaces (q);
}

/* "รวม 400,000", "รวม (โครงการที่ซ้ำกัน…) 200,000": the table's totals;
 * the label in brackets may wrap onto the next lines ("รวม (โครงการที่ซ้ำ
 * กันหลาย 912,500" then "นโยบายนับครั้งเดียว)") */
gboolean
_hrp_text_is_table_total (const char *text)
{
  const char *rest = _hrp_text_heading_rest (text, "รวม");

  return rest != NULL && (*rest == '\0' || hrp_digit_value (g_utf8_get_char (rest)) >= 0 || *rest == '-'
                          || *rest == '(');
}

/* The lines of a total's label in brackets that wrapped: after a total
 * line whose bracket is open, up to the one that closes it. */
guint
_hrp_text_total_label_lines (Parser *p)
{
  Line *line = _hrp_text_current (p);
  const char *rest = line != NULL ? _hrp_text_heading_rest (line->text, "รวม") : NULL;
  guint n = 0;

  if (rest == NULL || *rest != '(' || strchr (rest, ')') != NULL)
    return 0;
  for (Line *next = _hrp_text_peek (p, 1); next != NULL && n < 3; next = _hrp_text_peek (p, ++n + 1))
    if (strchr (next->text, ')') != NULL)
      return n + 1;
  return 0;
}

gboolean
_hrp_text_is_table_end (const char *text)
{
  return _hrp_text_is_table_total (text) || g_str_has_prefix (text, "ลงชื่อ") || g_str_has_prefix (text, "(ลงชื่อ)");
}

/* ---- a table given as cells (a PDF reader's rows) ---- */

enum { CELL_POLICY, CELL_ACTIVITY, CELL_BUDGET, CELL_Q1, N_CELLS = CELL_Q1 + 4 };

/* The row's cells, when the document's reader gave them */
char * const *
_hrp_text_line_cells (const Line *line)
{
  if (line->source == NULL || line->source->cells == NULL
      || g_strv_length (line->source->cells) < N_CELLS)
    return NULL;
  return line->source->cells;
}

/* A cell's lines, white space collapsed; the empty ones are kept, as
 * they place the lines beside them against the activities' lines. */
static GPtrArray *
cell_lines (const char *cell)
{
  g_auto(GStrv) parts = g_strsplit (cell != NULL ? cell : "", "\n", -1);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (lines, _hrp_text_collapse_space (parts[i], NULL));
  /* Nothing after the last line of text counts */
  while (lines->len > 0 && *(char *) g_ptr_array_index (lines, lines->len - 1) == '\0')
    g_ptr_array_set_size (lines, lines->len - 1);
  return lines;
}

/* A cell's text, its lines joined as the lines of a wrapped text are */
static char *
cell_text (const char *cell)
{
  g_autoptr(GPtrArray) lines = cell_lines (cell);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    _hrp_text_join_line (text, g_ptr_array_index (lines, i));
  return g_string_free (text, FALSE);
}

/* A cell of the table's header rather than of a row */
static gboolean
is_header_cell (const char *text)
{
  static const char * const words[] = { "กิจกรรม", "โครงการ", "งบประมาณ", "ไตรมาส", "ระยะเวลา" };

  if (g_str_has_prefix (text, "นโยบาย"))
    return !g_str_has_prefix (text, "นโยบายด้าน");
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (text, words[i]))
      return TRUE;
  return FALSE;
}

/* The activity cell of the header: its words alone, not an activity
 * whose name starts with them ("โครงการอบรม…") */
static gboolean
is_activity_header_cell (const char *text)
{
  static const char * const headers[] = {
    "กิจกรรม", "โครงการ", "กิจกรรม/โครงการ", "โครงการ/กิจกรรม", "กิจกรรม / โครงการ", "โครงการ / กิจกรรม",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    if (strcmp (text, headers[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A budget cell's line: "20,000", "20,000 บาท", "๒๐,๐๐๐" or "-" (no
 * budget); FALSE for any other text. */
static gboolean
cell_amount (const char *text,
             gint64     *satang)
{
  g_autofree char *amount = g_strdup (text);

  if (g_str_has_suffix (amount, "บาท"))
    amount[strlen (amount) - strlen ("บาท")] = '\0';
  g_strstrip (amount);
  if (*amount == '\0')
    return FALSE;
  return hrp_money_parse (amount, satang, NULL);
}

/* A quarter's cell, or one of its lines, holding a tick of any form */
static gboolean
cell_ticked (const char *text)
{
  g_auto(GStrv) tokens = g_strsplit (text, " ", -1);

  for (guint i = 0; tokens[i] != NULL; i++)
    if (_hrp_text_is_tick (tokens[i]))
      return TRUE;
  return strstr (text, "✓") != NULL || strstr (text, "✔") != NULL || strstr (text, "\xef\x83\xbc") != NULL;
}

/* A policy's title as compared with a policy cell's: no spaces, no
 * "นโยบาย" or "ด้าน" before it */
static char *
policy_key (const char *title)
{
  g_autofree char *bare = _hrp_text_without_space (title);
  const char *p = bare;

  if (g_str_has_prefix (p, "นโยบาย"))
    p += strlen ("นโยบาย");
  if (g_str_has_prefix (p, "ด้าน"))
    p += strlen ("ด้าน");
  return g_strdup (p);
}

/* The policy of a row whose policy cell is not empty: the described
 * policy of its number or its title, the row's policy again (its title
 * repeated at the top of a page, or the rest of its wrapped title), or a
 * policy that the table alone names. */
static void
cells_policy (Parser     *p,
              TableRow   *row,
              const char *cell)
{
  GListStore *policies = G_LIST_STORE (hrp_plan_get_policies (p->plan));
  g_autofree char *text = cell_text (cell);
  g_autofree char *key = NULL;
  g_autofree char *current_key = NULL;
  const char *rest = text;
  guint number = 0;

  if (_hrp_text_numbered_item (text, &number, &rest) && g_str_has_prefix (rest, "นโยบายด้าน"))
    rest += strlen ("นโยบาย");
  else if (number == 0 && g_str_has_prefix (text, "นโยบายด้าน"))
    rest = text + strlen ("นโยบาย");
  key = policy_key (rest);
  if (row->policy != NULL)
    current_key = policy_key (hrp_policy_get_title (row->policy));

  if (number > 0 && number <= _hrp_text_n_items (policies))
    {
      HrpPolicy *policy = g_list_model_get_item (G_LIST_MODEL (policies), number - 1);

      g_object_unref (policy);   /* the list holds it */
      if (policy != row->policy)
        row->activity = NULL;
      row->policy = policy;
      row->created = FALSE;
      row->numbered = TRUE;
      return;
    }
  if (number == 0 && current_key != NULL && *key != '\0' && g_str_has_prefix (current_key, key))
    return;
  if (number == 0)
    for (guint i = 0; i < _hrp_text_n_items (policies); i++)
      {
        HrpPolicy *policy = g_list_model_get_item (G_LIST_MODEL (policies), i);
        g_autofree char *other = policy_key (hrp_policy_get_title (policy));

        g_object_unref (policy);   /* the list holds it */
        if (strcmp (other, key) == 0)
          {
            row->policy = policy;
            row->activity = NULL;
            row->created = FALSE;
            return;
          }
      }
  /* The rest of a numbered policy's title, in the row below its number */
  if (number == 0 && row->policy != NULL && row->numbered && !g_str_has_prefix (rest, "ด้าน"))
    {
      if (row->created)
        {
          g_autoptr(GString) title = g_string_new (hrp_policy_get_title (row->policy));

          _hrp_text_join_line (title, rest);
          hrp_policy_set_title (row->policy, title->str);
        }
      return;
    }

  {
    g_autoptr(HrpPolicy) policy = hrp_policy_new (rest);

    g_list_store_append (policies, policy);
    row->policy = policy;
    row->activity = NULL;
    row->created = TRUE;
    row->numbered = number > 0;
  }
}

/* A cell's lines stand beside the activities' lines (the first beside
 * the first): it has several, and no more than the activities' cell, or
 * both have one.  Otherwise what it holds goes to the activities in
 * their order, or for a tick alone to all of them. */
static gboolean
is_beside (GPtrArray *cell,
           GPtrArray *activity_lines)
{
  if (cell->len > 1)
    return cell->len <= activity_lines->len;
  return cell->len == 1 && activity_lines->len == 1;
}

/* A row of the table given as its cells */
static void
cells_row (Parser     *p,
           TableRow   *row,
           const Line *line)
{
  char * const *cells = _hrp_text_line_cells (line);
  g_autofree char *policy_text = cell_text (cells[CELL_POLICY]);
  g_autofree char *budget_text = cell_text (cells[CELL_BUDGET]);
  g_autoptr(GPtrArray) lines = cell_lines (cells[CELL_ACTIVITY]);
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree int *owners = g_new (int, lines->len + 1);
  g_autoptr(GString) name = NULL;
  g_autofree gboolean *has_budget = NULL;
  gboolean bulleted = FALSE;
  gboolean extra = FALSE;
  guint first = 0;

  while (first < lines->len && *(char *) g_ptr_array_index (lines, first) == '\0')
    first++;
  if (is_header_cell (policy_text)
      || (first < lines->len && is_activity_header_cell (g_ptr_array_index (lines, first))))
    return;
  /* The totals */
  if (first == lines->len && (g_str_has_prefix (policy_text, "รวม") || g_str_has_prefix (budget_text, "รวม")))
    return;

  if (*policy_text != '\0')
    cells_policy (p, row, cells[CELL_POLICY]);

  /* The activities: each bulleted (or numbered) line starts one, and the
   * lines without bullet go on with it; without bullets, the cell's lines
   * are one activity's wrapped name. */
  if (first < lines->len)
    {
      const char *text = g_ptr_array_index (lines, first);
      guint n;
      const char *rest;

      bulleted = _hrp_text_bullet_rest (text) != NULL || _hrp_text_numbered_item (text, &n, &rest);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      const char *text = g_ptr_array_index (lines, i);
      const char *rest = _hrp_text_bullet_rest (text);
      const char *number_rest;
      guint n;

      if (rest == NULL && _hrp_text_numbered_item (text, &n, &number_rest))
        rest = number_rest;
      if (*text != '\0' && (name == NULL || (bulleted && rest != NULL)))
        {
          if (name != NULL && name->len > 0)
            g_ptr_array_add (activities, hrp_activity_new (name->str));
          g_clear_pointer (&name, _hrp_text_string_free);
          name = g_string_new (bulleted && rest != NULL ? rest : text);
        }
      else if (*text != '\0')
        _hrp_text_join_line (name, text);
      /* a bullet alone ("-") is no activity */
      owners[i] = name != NULL && name->len > 0 ? (int) activities->len : -1;
    }
  if (name != NULL && name->len > 0)
    g_ptr_array_add (activities, hrp_activity_new (name->str));

  if (activities->len > 0 && row->policy == NULL)
    {
      _hrp_text_add_unplaced (p, line);
      return;
    }
  has_budget = g_new0 (gboolean, activities->len + 1);
  for (guint i = 0; i < activities->len; i++)
    {
      HrpActivity *activity = g_ptr_array_index (activities, i);
      g_autoptr(GString) tidy = g_string_new (hrp_activity_get_name (activity));

      drop_symbols (tidy);
      hrp_activity_set_name (activity, tidy->str);
      hrp_model_list_append (hrp_policy_get_activities (row->policy), activity);
      row->activity = activity;
      row->has_budget = FALSE;
    }

  /* A budget or ticks in a row of their own go to the activity above. */
  if (activities->len == 0)
    {
      if (row->activity == NULL)
        return;
      extra = TRUE;
      g_ptr_array_add (activities, g_object_ref (row->activity));
      for (guint i = 0; i < lines->len; i++)
        owners[i] = 0;
    }

  /* One amount per activity: beside the activity's line when the cell
   * has as many lines as the activities' cell, else in their order */
  if (!(extra && row->has_budget))
    {
      g_autoptr(GPtrArray) budgets = cell_lines (cells[CELL_BUDGET]);
      gboolean beside = is_beside (budgets, lines);
      g_auto(GStrv) tokens = g_strsplit_set (budget_text, " ", -1);
      guint k = 0;

      if (beside)
        for (guint i = 0; i < budgets->len; i++)
          {
            gint64 satang;
            int owner = owners[i];

            if (owner >= 0 && !has_budget[owner] && cell_amount (g_ptr_array_index (budgets, i), &satang))
              {
                has_budget[owner] = TRUE;
                hrp_activity_set_budget (g_ptr_array_index (activities, owner), satang);
              }
          }
      else
        for (guint i = 0; tokens[i] != NULL && k < activities->len; i++)
          {
            gint64 satang;

            if (cell_amount (tokens[i], &satang))
              {
                has_budget[k] = TRUE;
                hrp_activity_set_budget (g_ptr_array_index (activities, k++), satang);
              }
          }
      row->has_budget = has_budget[activities->len - 1];
    }

  /* A tick beside each activity's line, one per activity in their order,
   * or one for all of them */
  for (guint q = 0; q < 4; q++)
    {
      g_autoptr(GPtrArray) ticks = cell_lines (cells[CELL_Q1 + q]);
      gboolean beside = is_beside (ticks, lines);
      guint n_ticks = 0;

      for (guint i = 0; i < ticks->len; i++)
        n_ticks += cell_ticked (g_ptr_array_index (ticks, i));
      if (n_ticks == 0)
        continue;
      if (!beside && n_ticks != activities->len)
        {
          for (guint a = 0; a < activities->len; a++)
            hrp_activity_set_quarter (g_ptr_array_index (activities, a), q + 1, TRUE);
          continue;
        }
      for (guint i = 0, k = 0; i < ticks->len; i++)
        {
          int owner;

          if (!cell_ticked (g_ptr_array_index (ticks, i)))
            continue;
          owner = beside ? owners[i] : (int) k++;
          if (owner >= 0 && (guint) owner < activities->len)
            hrp_activity_set_quarter (g_ptr_array_index (activities, owner), q + 1, TRUE);
        }
    }
}

void
_hrp_text_read_action_plan (Parser *p)
{
  GListStore *policies = G_LIST_STORE (hrp_plan_get_policies (p->plan));
  TableRow row = { 0 };
  guint n_rows = 0;
  guint widest = 0;
  gboolean cells = FALSE;

  /* How wide a full line of the activities' column is, and whether the
   * activities are bulleted */
  row.budget_ends = TRUE;
  for (guint i = p->i, rows = 0; i < p->lines->len; i++)
    {
      Line *line = g_ptr_array_index (p->lines, i);
      const char *bullet = _hrp_text_bullet_rest (line->text);
      guint n;
      const char *rest;

      if (_hrp_text_is_table_end (line->text) || _hrp_text_is_numbered_part (line->text))
        break;
      if (_hrp_text_line_cells (line) != NULL)
        continue;
      if (_hrp_text_numbered_item (line->text, &n, &rest))
        rows++;
      else if (rows > 0 && !_hrp_text_is_table_header (line->text)
               && !_hrp_text_title_line (line->text, &n) && !_hrp_text_is_action_plan_heading (line->text))
        widest = MAX (widest, _hrp_text_base_width (line->text));
      if (bullet != NULL && *bullet != '\0')
        row.budget_ends = FALSE;
      if (_hrp_text_numbered_item (line->text, &n, &rest) && strstr (rest, " -") != NULL)
        row.budget_ends = FALSE;
    }
  row.full_width = widest * 6 / 10;

  for (Line *line = _hrp_text_current (p); line != NULL; p->i++, line = _hrp_text_current (p))
    {
      guint n;
      const char *rest;

      if (_hrp_text_line_cells (line) != NULL)
        {
          cells_row (p, &row, line);
          cells = TRUE;
          continue;
        }
      /* A table without totals ends where a numbered part of the
       * document starts ("ส่วนที่ ๔ …"), not an activity of the last
       * policy. */
      if (_hrp_text_is_table_end (line->text) || _hrp_text_is_numbered_part (line->text))
        break;
      if (_hrp_text_is_table_header (line->text) || _hrp_text_is_action_plan_heading (line->text)
          || _hrp_text_title_line (line->text, &n))
        continue;
      /* After rows given as cells, text is no longer the table's */
      if (cells && !(g_str_has_prefix (line->text, "ประจำปี") || _hrp_text_is_organization (line->text)))
        break;
      /* The budget's heading over two lines */
      if (strcmp (line->text, "งบประมาณ") == 0 && _hrp_text_peek (p, 1) != NULL && _hrp_text_is_table_header (_hrp_text_peek (p, 1)->text))
        continue;
      /* The title's last lines, before the first row */
      if (n_rows == 0 && (g_str_has_prefix (line->text, "ประจำปี") || _hrp_text_is_organization (line->text)))
        continue;

      /* The policy's cell again at the top of a page */
      if (_hrp_text_numbered_item (line->text, &n, &rest) && n == n_rows && n > 0 && row.policy != NULL
          && _hrp_text_policy_line (line->text, &n, &rest))
        {
          rest = skip_policy_cell (p, row.policy, rest);
          if (*rest != '\0')
            table_text (&row, rest);
          continue;
        }
      if (_hrp_text_numbered_item (line->text, &n, &rest) && n == n_rows + 1)
        {
          n_rows++;
          if (n <= g_list_model_get_n_items (G_LIST_MODEL (policies)))
            {
              row.policy = g_list_model_get_item (G_LIST_MODEL (policies), n - 1);
              g_object_unref (row.policy);   /* the list holds it */
              rest = skip_policy_cell (p, row.policy, rest);
            }
          else
            {
              /* A row of a policy the text did not describe: its cell is
               * what comes before the first activity. */
              g_autoptr(HrpPolicy) policy = NULL;
              const char *dash = strstr (rest, " -");
              g_autofree char *title = dash != NULL ? g_strndup (rest, dash - rest) : g_strdup (rest);

              policy = hrp_policy_new (title);
              g_list_store_append (policies, policy);
              row.policy = policy;
              rest = dash != NULL ? dash + 1 : "";
            }
          row.activity = NULL;
          row.has_budget = FALSE;
          row.last_width = 0;
          if (*rest != '\0')
            table_text (&row, rest);
          continue;
        }

      if (row.policy != NULL)
        table_text (&row, line->text);
    }
}
