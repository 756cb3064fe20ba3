/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-import.c — a plan from the text of a plan document
 *
 * The text is repaired, cut into lines (white space collapsed, empty lines
 * and page numbers dropped) and read from top to bottom, one part of the
 * plan after the other, each part ending where a heading of another one
 * starts.  Lines of one paragraph or item are joined again: without a
 * space between two Thai letters (Thai breaks lines between words that no
 * space separates), with one otherwise.  A line indented by a few spaces
 * starts a paragraph of its own, as the first line of a paragraph of the
 * printed document is.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-text-import-private.h"
#include "hrp-thai.h"

G_DEFINE_QUARK (hrp-text-import-error-quark, hrp_text_import_error)

/* Text that no part of the plan took, for the report */
void
_hrp_text_add_unplaced (Parser     *p,
                        const Line *line)
{
  HrpSourceLine *copy;

  if (p->report == NULL)
    return;
  copy = hrp_source_line_new (line->text, line->source != NULL ? line->source->page : 0,
                              line->source != NULL ? line->source->number : 0);
  copy->heading = line->source != NULL && line->source->heading;
  g_ptr_array_add (p->report->unplaced, copy);
}

guint
_hrp_text_n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

Line *
_hrp_text_current (Parser *p)
{
  return p->i < p->lines->len ? g_ptr_array_index (p->lines, p->i) : NULL;
}

Line *
_hrp_text_peek (Parser *p,
                guint   ahead)
{
  return p->i + ahead < p->lines->len ? g_ptr_array_index (p->lines, p->i + ahead) : NULL;
}

/* Replaces the current line by two: the text before at and from at. */
static void
split_current (Parser *p,
               gsize   at)
{
  Line *line = _hrp_text_current (p);
  char *second = g_strdup (_hrp_text_skip_spaces (line->text + at));
  char *first = g_strndup (line->text, at);

  g_strchomp (first);
  g_free (line->text);
  line->text = first;
  g_ptr_array_insert (p->lines, p->i + 1, _hrp_text_line_new (second, 0));
  ((Line *) g_ptr_array_index (p->lines, p->i + 1))->source = line->source;
}

/* ---- organization and title ---- */

/* "องค์การบริหารส่วนตำบลหนองแก้ว อำเภอกันทรารมย์ จังหวัดศรีสะเกษ" */
static void
set_organization (HrpPlan    *plan,
                  const char *text)
{
  const char *district = strstr (text, "อำเภอ");
  const char *province = strstr (text, "จังหวัด");
  const char *name_end = text + strlen (text);
  g_autofree char *name = NULL;

  if (district != NULL && district < name_end)
    name_end = district;
  if (province != NULL && province < name_end)
    name_end = province;
  name = g_strndup (text, name_end - text);
  hrp_plan_set_org_name (plan, g_strstrip (name));

  if (district != NULL)
    {
      const char *end = province != NULL && province > district ? province : district + strlen (district);
      g_autofree char *value = g_strndup (district, end - district);

      hrp_plan_set_org_district (plan, g_strstrip (value));
    }
  if (province != NULL)
    {
      const char *end = district != NULL && district > province ? district : province + strlen (province);
      g_autofree char *value = g_strndup (province, end - province);

      hrp_plan_set_org_province (plan, g_strstrip (value));
    }
}

/* The title as printed: "… ประจำปีงบประมาณ พ.ศ. 2568" with its spaces. */
static char *
tidy_title (const char *text)
{
  GString *out = g_string_new (text);
  const char *p;

  p = strstr (out->str, "ประจำปี");
  if (p != NULL && p > out->str && p[-1] != ' ')
    g_string_insert_c (out, p - out->str, ' ');
  p = strstr (out->str, "พ.ศ.");
  if (p != NULL)
    {
      gsize after = p - out->str + strlen ("พ.ศ.");

      if (hrp_digit_value (g_utf8_get_char (out->str + after)) >= 0)
        g_string_insert_c (out, after, ' ');
    }
  return g_string_free (out, FALSE);
}

/* ---- paragraphs and lists ---- */

/* Lines up to the next part, as paragraphs. */
static char *
read_paragraphs (Parser     *p,
                 const char *first)
{
  GString *text = g_string_new (first);

  for (Line *line = _hrp_text_current (p); line != NULL && !_hrp_text_is_section_start (line); line = _hrp_text_current (p))
    {
      guint n;
      const char *rest;

      if (_hrp_text_policy_line (line->text, &n, &rest) && n <= 1)
        break;
      _hrp_text_join_paragraph_line (text, line, line->text);
      p->i++;
    }
  return g_string_free (text, FALSE);
}

typedef gboolean (*StopFunc) (const Line *line,
                              guint       item_indent);

/* A numbered list (1., ๒., (3), …) or a bulleted one up to the next part
 * or stop; a line that is not the next number goes on with the item
 * before it. */
static GPtrArray *
read_numbered_list (Parser   *p,
                    StopFunc  stop)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GString *item = NULL;
  gboolean bulleted = FALSE;
  guint item_indent = 0;

  for (Line *line = _hrp_text_current (p); line != NULL && !_hrp_text_is_section_start (line); line = _hrp_text_current (p))
    {
      guint n;
      const char *rest;
      const char *bullet = _hrp_text_bullet_rest (line->text);

      if (_hrp_text_numbered_item (line->text, &n, &rest) && n == items->len + (item != NULL ? 1 : 0) + 1)
        {
          if (_hrp_text_policy_line (line->text, &n, &rest) && stop != NULL)
            break;
          if (item != NULL)
            g_ptr_array_add (items, g_string_free (item, FALSE));
          item = g_string_new (rest);
          item_indent = line->indent;
        }
      else if (stop != NULL && stop (line, item_indent))
        break;
      else if (bullet != NULL && *bullet != '\0' && (item == NULL || bulleted))
        {
          if (item != NULL)
            g_ptr_array_add (items, g_string_free (item, FALSE));
          item = g_string_new (bullet);
          bulleted = TRUE;
        }
      else if (item == NULL)
        item = g_string_new (line->text);
      else
        _hrp_text_join_line (item, line->text);
      p->i++;
    }
  if (item != NULL)
    g_ptr_array_add (items, g_string_free (item, FALSE));
  return items;
}

/* The strategic positions end where the policies' introduction starts:
 * at "เพื่อให้…", or at an indented paragraph after items that were not
 * indented. */
static gboolean
positions_stop (const Line *line,
                guint       item_indent)
{
  return (line->indent >= PARAGRAPH_INDENT && item_indent < PARAGRAPH_INDENT)
         || g_str_has_prefix (line->text, "เพื่อให้");
}

/* ---- strategies ---- */

static const char * const list_headings[] = { "เป้าหมาย", "เป้าประสงค์", "ตัวชี้วัด" };

/* A word's consonants and vowels, without its marks and spaces, sara am
 * as sara aa: a heading is still told when a PDF's text misplaced its
 * marks ("เป้ำหมาย", "ตัวชีวั้ด"). */
static char *
skeleton (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0E33)
        c = 0x0E32;
      if (!_hrp_text_is_blank (c) && !_hrp_text_is_combining (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The heading of a strategy's list (0 goals, 1 objectives, 2 indicators)
 * at the start of text, and what follows it; -1 for none. */
static int
list_heading (const char  *text,
              const char **rest)
{
  g_autofree char *bare = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (list_headings); i++)
    {
      const char *r = _hrp_text_heading_rest (text, list_headings[i]);

      if (r != NULL)
        {
          *rest = r;
          return i;
        }
    }
  if (_hrp_text_base_width (text) > 14)
    return -1;
  bare = skeleton (text);
  for (guint i = 0; i < G_N_ELEMENTS (list_headings); i++)
    {
      g_autofree char *heading = skeleton (list_headings[i]);

      if (strcmp (bare, heading) == 0)
        {
          *rest = text + strlen (text);
          return i;
        }
    }
  return -1;
}

/* Lines of the strategies that the PDF ran together: "… สงบสุข
 * ยุทธศาสตร์ที่ ๖", "การพัฒนาด้านแหล่งน้ำ เป้าหมาย": the next strategy's
 * heading, or a list heading ending a line, goes on a line of its own. */
static void
split_strategy_line (Parser *p,
                     guint   next_strategy)
{
  Line *line = _hrp_text_current (p);
  const char *text = line->text;
  const char *found;

  for (found = strstr (text + 1, " ยุทธศาสตร์ที่"); found != NULL;
       found = strstr (found + 1, " ยุทธศาสตร์ที่"))
    {
      guint n;
      const char *rest;

      if (_hrp_text_strategy_heading (found + 1, &n, &rest) && n == next_strategy)
        {
          split_current (p, found - text);
          return;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (list_headings); i++)
    {
      gsize len = strlen (list_headings[i]);
      gsize text_len = strlen (text);

      if (text_len > len + 1 && g_str_has_suffix (text, list_headings[i])
          && text[text_len - len - 1] == ' ')
        {
          split_current (p, text_len - len - 1);
          return;
        }
    }
}

void
_hrp_text_string_free (GString *string)
{
  g_string_free (string, TRUE);
}

static void
add_text (GListStore *store,
          const char *text)
{
  g_autoptr(HrpText) item = hrp_text_new (text);

  g_list_store_append (store, item);
}

/* Replaces the text of the last item of a list by text. */
static void
set_last_text (GListStore *store,
               const char *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(HrpText) item = g_list_model_get_item (G_LIST_MODEL (store), n - 1);

  hrp_text_set_text (item, text);
}

/* The current line starts a paragraph (it is indented) whose lines run
 * up to the first policy ("1. ด้าน…", "นโยบายด้าน…"): the policies'
 * introduction, after the last strategy's lists rather than in them. */
static gboolean
is_policy_intro (Parser *p)
{
  Line *line = _hrp_text_current (p);
  guint n;
  const char *rest;

  if (line->indent < PARAGRAPH_INDENT || _hrp_text_bullet_rest (line->text) != NULL
      || _hrp_text_numbered_item (line->text, &n, &rest))
    return FALSE;
  for (guint ahead = 1; (line = _hrp_text_peek (p, ahead)) != NULL; ahead++)
    {
      if (_hrp_text_policy_line (line->text, &n, &rest))
        return n <= 1;
      if (_hrp_text_is_section_start (line) || line->indent >= PARAGRAPH_INDENT
          || _hrp_text_bullet_rest (line->text) != NULL || _hrp_text_numbered_item (line->text, &n, &rest))
        return FALSE;
    }
  return FALSE;
}

static void
read_strategies (Parser *p)
{
  GListStore *strategies = G_LIST_STORE (hrp_plan_get_strategies (p->plan));
  Line *line;

  while ((line = _hrp_text_current (p)) != NULL)
    {
      g_autoptr(HrpStrategy) strategy = NULL;
      g_autoptr(GString) title = NULL;
      g_autoptr(GString) item = NULL;
      GListStore *list = NULL;
      const char *rest;
      guint n;

      if (!_hrp_text_strategy_heading (line->text, &n, &rest))
        break;
      split_strategy_line (p, n + 1);
      _hrp_text_strategy_heading (_hrp_text_current (p)->text, &n, &rest);
      title = g_string_new (rest);
      /* "ยุทธศาสตร์ที่ ๒ ยุทธศาสตร์การพัฒนาด้านคมนาคม" */
      if (g_str_has_prefix (title->str, "ยุทธศาสตร์") && title->len > strlen ("ยุทธศาสตร์"))
        g_string_erase (title, 0, strlen ("ยุทธศาสตร์"));
      /* "1. ยุทธศาสตร์การพัฒนา ด้าน…": Thai writes "การพัฒนาด้าน…" as
       * one phrase (as the other forms and our own plans do); the space
       * is the document's layout, not a word boundary to keep. */
      if (g_str_has_prefix (title->str, "การพัฒนา ด้าน"))
        g_string_erase (title, strlen ("การพัฒนา"), 1);
      strategy = hrp_strategy_new ("");
      p->i++;

      while ((line = _hrp_text_current (p)) != NULL)
        {
          const char *text;
          const char *policy;
          int which;

          split_strategy_line (p, g_list_model_get_n_items (G_LIST_MODEL (strategies)) + 2);
          line = _hrp_text_current (p);
          which = list_heading (line->text, &rest);
          /* A list's heading set in bold (as printed) is still the
           * strategy's, not a part of its own. */
          if ((which < 0 && _hrp_text_is_section_start (line))
              || _hrp_text_policy_line (line->text, &n, &policy)
              || (which < 0 && list != NULL && is_policy_intro (p)))
            break;
          p->i++;

          text = line->text;
          if (which >= 0)
            {
              list = G_LIST_STORE (which == 0 ? hrp_strategy_get_goals (strategy)
                                   : which == 1 ? hrp_strategy_get_objectives (strategy)
                                                : hrp_strategy_get_indicators (strategy));
              g_clear_pointer (&item, _hrp_text_string_free);
              text = rest;
              if (*text == '\0')
                continue;
            }

          if (list == NULL)
            {
              /* Before the lists: the title, maybe on a line of its own */
              _hrp_text_join_line (title, text);
            }
          else if (_hrp_text_bullet_rest (text) != NULL || item == NULL
                   || (_hrp_text_numbered_item (text, &n, &rest) && n == _hrp_text_n_items (list) + 1))
            {
              const char *bullet = _hrp_text_bullet_rest (text);

              if (bullet == NULL && _hrp_text_numbered_item (text, &n, &rest) && n == _hrp_text_n_items (list) + 1)
                bullet = rest;
              g_clear_pointer (&item, _hrp_text_string_free);
              item = g_string_new (bullet != NULL ? bullet : text);
              add_text (list, item->str);
            }
          else
            {
              _hrp_text_join_line (item, text);
              set_last_text (list, item->str);
            }
        }

      hrp_strategy_set_title (strategy, title->str);
      g_list_store_append (strategies, strategy);
    }
}

/* ---- the whole plan ---- */

static void
link_plan (HrpPlan *plan)
{
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  guint n_strategies = g_list_model_get_n_items (strategies);
  g_autoptr(HrpStrategy) hr = NULL;

  /* Strategy n serves mission n when there are as many of both. */
  if (g_list_model_get_n_items (missions) == n_strategies)
    for (guint i = 0; i < n_strategies; i++)
      {
        g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
        g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);

        hrp_strategy_set_mission (strategy, mission);
      }

  /* The policies serve the strategy that develops the staff. */
  for (guint i = 0; i < n_strategies && hr == NULL; i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      GListModel *goals = G_LIST_MODEL (hrp_strategy_get_goals (strategy));

      for (guint j = 0; j < g_list_model_get_n_items (goals) && hr == NULL; j++)
        {
          g_autoptr(HrpText) goal = g_list_model_get_item (goals, j);

          if (strstr (hrp_text_get_text (goal), "พัฒนาบุคลากร") != NULL)
            hr = g_object_ref (strategy);
        }
    }
  if (hr != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
      {
        g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

        hrp_policy_set_strategy (policy, hr);
      }
}

HrpSourceLine *
hrp_source_line_new (const char *text,
                     guint       page,
                     guint       number)
{
  HrpSourceLine *line = g_new0 (HrpSourceLine, 1);

  line->text = g_strdup (text != NULL ? text : "");
  line->page = page;
  line->number = number;
  return line;
}

void
hrp_source_line_free (HrpSourceLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_strfreev (line->cells);
  g_free (line);
}

HrpImportReport *
hrp_import_report_new (void)
{
  HrpImportReport *report = g_new0 (HrpImportReport, 1);

  report->unplaced = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free);
  report->notices = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
hrp_import_report_free (HrpImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->unplaced);
  g_ptr_array_unref (report->notices);
  g_free (report);
}

HrpPlan *
hrp_text_import (const char  *text,
                 GError     **error)
{
  return hrp_text_import_with_report (text, NULL, error);
}

HrpPlan *
hrp_text_import_with_report (const char       *text,
                             HrpImportReport  *report,
                             GError          **error)
{
  g_autofree char *repaired = NULL;
  guint n_repairs = 0;
  g_autoptr(GPtrArray) lines = NULL;
  g_auto(GStrv) raw = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_INVALID,
                           _("The text is not UTF-8 text"));
      return NULL;
    }

  /* The marks go back to their letters before the repair reads them. */
  raw = g_strsplit (text, "\n", -1);
  _hrp_text_merge_mark_lines (raw);
  {
    g_autofree char *joined = g_strjoinv ("\n", raw);

    repaired = hrp_thai_repair (joined, &n_repairs);
  }
  if (report != NULL)
    report->n_repairs += n_repairs;
  g_strfreev (raw);
  raw = g_strsplit (repaired, "\n", -1);
  lines = _hrp_text_layout_lines (raw);
  return hrp_text_import_lines (lines, report, error);
}

/* Parts of a plan, as found in a document */
enum {
  PART_VISION = 1 << 0,
  PART_MISSIONS = 1 << 1,
  PART_STRATEGIES = 1 << 2,
  PART_POSITIONS = 1 << 3,
  PART_POLICIES = 1 << 4,
  PART_TABLE = 1 << 5,
};

/* The title: on one line, or wrapped over two or three.  Its first line's
 * index, and its last's in *last. */
static char *
find_title (GPtrArray *lines,
            guint     *first,
            guint     *last,
            guint     *year)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      g_autoptr(GString) joined = NULL;

      if (_hrp_text_title_line (line->text, year))
        {
          *first = *last = i;
          return g_strdup (line->text);
        }
      if (!g_str_has_prefix (line->text, "แผน"))
        {
          if (_hrp_text_is_section_start (line))
            return NULL;
          continue;
        }
      joined = g_string_new (line->text);
      for (guint j = i + 1; j < lines->len && j <= i + 2; j++)
        {
          Line *next = g_ptr_array_index (lines, j);

          if (_hrp_text_is_section_text (next->text) && !g_str_has_prefix (next->text, "ประจำปี"))
            break;
          _hrp_text_join_line (joined, next->text);
          if (_hrp_text_title_line (joined->str, year))
            {
              *first = i;
              *last = j;
              return g_string_free (g_steal_pointer (&joined), FALSE);
            }
        }
    }
  return NULL;
}

static gboolean
is_org_place (const char *text)
{
  return g_str_has_prefix (text, "อำเภอ") || g_str_has_prefix (text, "จังหวัด")
         || g_str_has_prefix (text, "ตำบล");
}

/* The lines of a part read from first to the current line, for the
 * report: none of the plan took them. */
static void
unplaced_from (Parser *p,
               guint   first)
{
  for (guint i = first; i < p->i && i < p->lines->len; i++)
    _hrp_text_add_unplaced (p, g_ptr_array_index (p->lines, i));
}

/* A heading with text after it on the same line ("พันธกิจ : 1. …"): the
 * text becomes a line of its own, the current one. */
static void
keep_rest (Parser     *p,
           const char *rest)
{
  Line *line = _hrp_text_current (p);

  if (*rest != '\0')
    split_current (p, rest - line->text);
  p->i++;
}

static void
add_list_items (GListStore *store,
                GPtrArray  *items,
                gboolean    missions)
{
  for (guint i = 0; i < items->len; i++)
    {
      if (missions)
        {
          g_autoptr(HrpMission) mission = hrp_mission_new (g_ptr_array_index (items, i));

          g_list_store_append (store, mission);
        }
      else
        add_text (store, g_ptr_array_index (items, i));
    }
}

static void
read_policies (Parser *p)
{
  GListStore *policies = G_LIST_STORE (hrp_plan_get_policies (p->plan));
  const char *rest;
  Line *line;

  while ((line = _hrp_text_current (p)) != NULL && _hrp_text_next_policy_line (line->text, _hrp_text_n_items (policies), &rest))
    {
      g_autoptr(HrpPolicy) policy = hrp_policy_new (rest);
      g_autoptr(GString) description = g_string_new (NULL);

      for (p->i++; (line = _hrp_text_current (p)) != NULL; p->i++)
        {
          if (_hrp_text_is_section_start (line) || _hrp_text_next_policy_line (line->text, _hrp_text_n_items (policies) + 1, &rest))
            break;
          _hrp_text_join_paragraph_line (description, line, line->text);
        }
      hrp_policy_set_description (policy, description->str);
      g_list_store_append (policies, policy);
    }
}

/* The names of the parts found, for a message */
static char *
part_names (guint parts)
{
  static const struct { guint part; const char *name; } names[] = {
    { PART_VISION, "วิสัยทัศน์" }, { PART_MISSIONS, "พันธกิจ" }, { PART_STRATEGIES, "ยุทธศาสตร์" },
    { PART_POSITIONS, "จุดยืนทางยุทธศาสตร์" }, { PART_POLICIES, "นโยบาย" },
    { PART_TABLE, "แผนการดำเนินงาน" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (parts & names[i].part)
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", names[i].name);
  return g_string_free (out, FALSE);
}

HrpPlan *
hrp_text_import_lines (GPtrArray        *source,
                       HrpImportReport  *report,
                       GError          **error)
{
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *title = NULL;
  Parser p = { 0 };
  guint year = 0;
  guint title_first = G_MAXUINT, title_last = G_MAXUINT;
  guint parts = 0;
  Line *line;

  g_return_val_if_fail (source != NULL, NULL);

  lines = _hrp_text_parser_lines (source);
  plan = hrp_plan_new ();
  p.lines = lines;
  p.plan = plan;
  p.report = report;

  /* The title, and the organization on the lines before it (or on the
   * lines after it when the title comes first) */
  title = find_title (lines, &title_first, &title_last, &year);
  if (title != NULL)
    {
      g_autoptr(GString) organization = g_string_new (NULL);
      g_autofree char *tidy = NULL;
      const char *table_title = "แผนการดำเนินงานตาม";

      for (guint i = 0; i < title_first; i++)
        _hrp_text_join_line (organization, ((Line *) g_ptr_array_index (lines, i))->text);
      /* The action plan's title over a table alone names the plan. */
      tidy = tidy_title (g_str_has_prefix (title, table_title) && strlen (title) > strlen (table_title) + 6
                         ? title + strlen (table_title) : title);
      hrp_plan_set_title (plan, tidy);
      p.i = title_last + 1;
      if (organization->len == 0 && _hrp_text_current (&p) != NULL && _hrp_text_is_organization (_hrp_text_current (&p)->text)
          && _hrp_text_base_width (_hrp_text_current (&p)->text) <= 100)
        {
          g_string_assign (organization, _hrp_text_current (&p)->text);
          p.i++;
          while (_hrp_text_current (&p) != NULL && is_org_place (_hrp_text_current (&p)->text)
                 && _hrp_text_base_width (_hrp_text_current (&p)->text) <= 60)
            {
              _hrp_text_join_line (organization, _hrp_text_current (&p)->text);
              p.i++;
            }
        }
      set_organization (plan, organization->str);

      /* The organization's name again under the title */
      while ((line = _hrp_text_current (&p)) != NULL)
        {
          g_autofree char *a = _hrp_text_without_space (line->text);
          g_autofree char *b = _hrp_text_without_space (hrp_plan_get_org_name (plan));

          if (*b == '\0' || strcmp (a, b) != 0)
            break;
          p.i++;
        }
    }

  /* The preamble: up to the first heading but its own */
  while ((line = _hrp_text_current (&p)) != NULL && _hrp_text_is_part_heading (line->text)
         && !g_str_has_prefix (line->text, "ยุทธศาสตร์"))
    p.i++;
  {
    guint first = p.i;
    g_autofree char *preamble = read_paragraphs (&p, "");

    if (title != NULL)
      hrp_plan_set_preamble (plan, preamble);
    else
      unplaced_from (&p, first);
  }

  while ((line = _hrp_text_current (&p)) != NULL)
    {
      guint start = p.i;
      const char *rest;
      guint n;

      /* A table's rows given as cells: told by them, not by their text
       * ("1. ด้าน… - …" is not a policy's paragraph) */
      if (_hrp_text_line_cells (line) != NULL)
        {
          guint before = hrp_plan_count_activities (plan);

          _hrp_text_read_action_plan (&p);
          if (hrp_plan_count_activities (plan) > before
              || _hrp_text_n_items (G_LIST_STORE (hrp_plan_get_policies (plan))) > 0)
            parts |= PART_TABLE;
        }
      else if ((rest = _hrp_text_heading_rest (line->text, "วิสัยทัศน์")) != NULL)
        {
          g_autofree char *vision = NULL;

          if (_hrp_text_is_definition (rest))
            {
              _hrp_text_add_unplaced (&p, line);
              p.i++;
              rest = "";
            }
          else
            p.i++;
          vision = read_paragraphs (&p, rest);
          if (*vision != '\0' || !(parts & PART_VISION))
            hrp_plan_set_vision (plan, vision);
          parts |= PART_VISION;
        }
      else if ((rest = _hrp_text_heading_rest (line->text, "พันธกิจ")) != NULL
               || (rest = _hrp_text_heading_rest (line->text, "จุดยืนทางยุทธศาสตร์")) != NULL)
        {
          gboolean missions = g_str_has_prefix (line->text, "พันธกิจ");
          g_autoptr(GPtrArray) items = NULL;

          if (_hrp_text_is_definition (rest))
            {
              _hrp_text_add_unplaced (&p, line);
              p.i++;
            }
          else
            keep_rest (&p, rest);
          items = read_numbered_list (&p, missions ? NULL : positions_stop);
          add_list_items (G_LIST_STORE (missions ? hrp_plan_get_missions (plan) : hrp_plan_get_positions (plan)),
                          items, missions);
          parts |= missions ? PART_MISSIONS : PART_POSITIONS;
        }
      else if (_hrp_text_strategy_heading (line->text, &n, &rest))
        {
          read_strategies (&p);
          parts |= PART_STRATEGIES;
        }
      else if (_hrp_text_next_policy_line (line->text, _hrp_text_n_items (G_LIST_STORE (hrp_plan_get_policies (plan))), &rest))
        {
          read_policies (&p);
          parts |= PART_POLICIES;
        }
      else if (_hrp_text_is_action_plan_heading (line->text) || _hrp_text_is_table_header (line->text))
        {
          guint before = hrp_plan_count_activities (plan);

          _hrp_text_read_action_plan (&p);
          if (hrp_plan_count_activities (plan) > before
              || _hrp_text_n_items (G_LIST_STORE (hrp_plan_get_policies (plan))) > 0)
            parts |= PART_TABLE;
        }
      else if (_hrp_text_title_line (line->text, &n) || _hrp_text_is_part_heading (line->text) || _hrp_text_is_table_total (line->text))
        {
          /* The title again, over the policies or the table; a part's
           * heading; the table's totals, their label maybe wrapped */
          p.i += 1 + _hrp_text_total_label_lines (&p);
        }
      else if (line->source != NULL && line->source->heading)
        {
          _hrp_text_add_unplaced (&p, line);
          p.i++;
        }
      else
        {
          /* Text between the parts: the policies' introduction when the
           * policies follow it */
          g_autofree char *intro = read_paragraphs (&p, "");

          line = _hrp_text_current (&p);
          if (line != NULL && _hrp_text_next_policy_line (line->text, _hrp_text_n_items (G_LIST_STORE (hrp_plan_get_policies (plan))), &rest))
            {
              g_autoptr(GString) all = g_string_new (hrp_plan_get_policy_intro (plan));

              if (all->len > 0)
                g_string_append_c (all, '\n');
              g_string_append (all, intro);
              hrp_plan_set_policy_intro (plan, all->str);
            }
          else
            unplaced_from (&p, start);
        }

      /* Every part reads at least its first line. */
      if (p.i == start)
        {
          _hrp_text_add_unplaced (&p, line);
          p.i++;
        }
    }

  if (parts == 0)
    {
      if (title != NULL)
        g_set_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_PLAN,
                     _("No plan was found in the text: it has a plan’s title (“%s”) but none of the parts "
                       "of a plan that were looked for (วิสัยทัศน์, พันธกิจ, ยุทธศาสตร์, นโยบาย, "
                       "แผนการดำเนินงาน)"), hrp_plan_get_title (plan));
      else
        g_set_error_literal (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_PLAN,
                             _("No plan was found in the text: it has none of the parts of a plan "
                               "that were looked for (a title “แผน… พ.ศ. …”, วิสัยทัศน์, พันธกิจ, "
                               "ยุทธศาสตร์, นโยบาย, แผนการดำเนินงาน)"));
      return NULL;
    }
  if (title == NULL || year < HRP_FISCAL_YEAR_MIN || year > HRP_FISCAL_YEAR_MAX)
    {
      g_autofree char *found = part_names (parts);

      g_set_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_YEAR,
                   _("The text has parts of a plan (%s) but no plan title with its fiscal year, "
                     "such as “แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568”"),
                   found);
      return NULL;
    }

  if (report != NULL && (parts & ~(PART_POLICIES | PART_TABLE)) == 0 && (parts & PART_TABLE))
    g_ptr_array_add (report->notices,
                     g_strdup (_("The document holds only the action-plan table: its policies and "
                                 "activities were imported; the vision, missions and strategies "
                                 "were not there")));

  hrp_plan_set_fiscal_year (plan, year);
  link_plan (plan);
  return g_steal_pointer (&plan);
}
