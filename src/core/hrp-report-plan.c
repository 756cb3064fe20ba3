/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report-plan.c — the plan as a Thai official document
 *
 * The plan's text (its title, preamble, vision, missions, strategies with
 * their goals, objectives and indicators, strategic positions and
 * policies) unless only the table is wanted, then the action-plan table:
 * a row per activity under its policy with its budget and quarters, the
 * totals and the date it was printed.
 *
 * Conventions (spec/domain.md): the table's header row repeated on every
 * page it continues to; a table row is never split.
 */
#include "config.h"

#include "hrp-report-private.h"
#include "hrp-thai.h"

/* The plan's text {{{ */

char *
hrp_report_organization_line (HrpPlan *plan)
{
  g_autofree char *joined = g_strjoin (" ", hrp_plan_get_org_name (plan),
                                       hrp_plan_get_org_district (plan),
                                       hrp_plan_get_org_province (plan), NULL);

  return g_strdup (g_strstrip (joined));
}

/* "1. text" with the text hanging after the number. */
static void
numbered_list (HrpLayout  *layout,
               GListModel *texts,
               double      left)
{
  guint n = g_list_model_get_n_items (texts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) text = g_list_model_get_item (texts, i);
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, hrp_text_get_text (text));
      g_autoptr(PangoLayout) block = hrp_layout_block (layout, line, HRP_BODY_SIZE, FALSE,
                                                       hrp_layout_body_width (layout) - left - HRP_LIST_INDENT,
                                                       PANGO_ALIGN_LEFT, -HRP_LIST_INDENT);

      hrp_layout_flow (layout, block, hrp_layout_body_left (layout) + left + HRP_LIST_INDENT);
    }
}

static void
lay_out_text (HrpLayout *layout,
              HrpPlan   *plan)
{
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  g_autofree char *organization = hrp_report_organization_line (plan);

  hrp_layout_paragraph (layout, hrp_plan_get_title (plan), HRP_TITLE_SIZE, TRUE, PANGO_ALIGN_CENTER, 0, 0, 2);
  hrp_layout_paragraph (layout, organization, HRP_BODY_SIZE + 2, TRUE, PANGO_ALIGN_CENTER, 0, 0, 12);

  if (*hrp_plan_get_preamble (plan) != '\0')
    {
      hrp_layout_heading (layout, "บทนำ", HRP_BODY_SIZE + 2, 6);
      hrp_layout_paragraph (layout, hrp_plan_get_preamble (plan), HRP_BODY_SIZE, FALSE,
                            PANGO_ALIGN_LEFT, HRP_PARAGRAPH_INDENT, 0, 6);
    }

  hrp_layout_heading (layout, "วิสัยทัศน์", HRP_BODY_SIZE + 2, 6);
  hrp_layout_paragraph (layout, hrp_plan_get_vision (plan), HRP_BODY_SIZE, FALSE,
                        PANGO_ALIGN_LEFT, HRP_PARAGRAPH_INDENT, 0, 6);

  if (g_list_model_get_n_items (missions) > 0)
    {
      guint n = g_list_model_get_n_items (missions);

      hrp_layout_heading (layout, "พันธกิจ", HRP_BODY_SIZE + 2, 6);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);
          g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, hrp_mission_get_text (mission));
          g_autoptr(PangoLayout) block = hrp_layout_block (layout, line, HRP_BODY_SIZE, FALSE,
                                                           hrp_layout_body_width (layout) - HRP_LIST_INDENT,
                                                           PANGO_ALIGN_LEFT, -HRP_LIST_INDENT);

          hrp_layout_flow (layout, block, hrp_layout_body_left (layout) + HRP_LIST_INDENT);
        }
      layout->y += 6;
    }

  if (g_list_model_get_n_items (strategies) > 0)
    {
      guint n = g_list_model_get_n_items (strategies);

      hrp_layout_heading (layout, "ยุทธศาสตร์การพัฒนา", HRP_BODY_SIZE + 2, 6);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
          g_autofree char *title = g_strdup_printf ("ยุทธศาสตร์ที่ %u %s", i + 1,
                                                    hrp_strategy_get_title (strategy));
          struct { const char *name; GListModel *list; } parts[] = {
            { "เป้าหมาย", hrp_strategy_get_goals (strategy) },
            { "เป้าประสงค์", hrp_strategy_get_objectives (strategy) },
            { "ตัวชี้วัด", hrp_strategy_get_indicators (strategy) },
          };

          hrp_layout_heading (layout, title, HRP_BODY_SIZE, 4);
          for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
            {
              g_autoptr(PangoLayout) block = NULL;

              if (g_list_model_get_n_items (parts[p].list) == 0)
                continue;
              block = hrp_layout_block (layout, parts[p].name, HRP_BODY_SIZE, TRUE,
                                        hrp_layout_body_width (layout) - HRP_LIST_INDENT, PANGO_ALIGN_LEFT, 0);
              if (layout->y + 3 * hrp_layout_block_height (block) > hrp_layout_body_bottom (layout))
                hrp_layout_new_page (layout);
              hrp_layout_flow (layout, block, hrp_layout_body_left (layout) + HRP_LIST_INDENT);
              numbered_list (layout, parts[p].list, HRP_LIST_INDENT);
            }
        }
      layout->y += 6;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_positions (plan))) > 0)
    {
      hrp_layout_heading (layout, "จุดยืนทางยุทธศาสตร์", HRP_BODY_SIZE + 2, 6);
      numbered_list (layout, G_LIST_MODEL (hrp_plan_get_positions (plan)), 0);
      layout->y += 6;
    }

  if (g_list_model_get_n_items (policies) > 0 || *hrp_plan_get_policy_intro (plan) != '\0')
    {
      guint n = g_list_model_get_n_items (policies);

      hrp_layout_heading (layout, "นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล", HRP_BODY_SIZE + 2, 6);
      hrp_layout_paragraph (layout, hrp_plan_get_policy_intro (plan), HRP_BODY_SIZE, FALSE,
                            PANGO_ALIGN_LEFT, HRP_PARAGRAPH_INDENT, 0, 4);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
          g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));

          hrp_layout_heading (layout, title, HRP_BODY_SIZE, 4);
          hrp_layout_paragraph (layout, hrp_policy_get_description (policy), HRP_BODY_SIZE, FALSE,
                                PANGO_ALIGN_LEFT, HRP_PARAGRAPH_INDENT, 0, 2);
        }
    }
}

/* }}} */

/* The action-plan table {{{ */

#define N_COLUMNS 7

G_STATIC_ASSERT (N_COLUMNS <= HRP_MAX_COLUMNS);

typedef struct {
  HrpLayoutColumns  columns;
  PangoLayout      *header[N_COLUMNS];
  double            header_height;
} Table;

static PangoLayout *
cell_layout (HrpLayout      *layout,
             Table          *table,
             guint           first,
             guint           last,
             const char     *text,
             gboolean        bold,
             PangoAlignment  alignment)
{
  return hrp_layout_block (layout, text, HRP_TABLE_SIZE, bold, hrp_layout_cell_width (&table->columns, first, last), alignment, 0);
}

static void
draw_header (HrpLayout *layout,
             Table     *table)
{
  double top = layout->y;
  double bottom = top + table->header_height;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double offset = (table->header_height - 2 * HRP_CELL_PAD - hrp_layout_block_height (table->header[c])) / 2;

      /* Headings use the whole column but a point each side. */
      hrp_layout_place (layout, table->header[c], table->columns.x[c] + 1, top + HRP_CELL_PAD + offset);
    }
  hrp_layout_rule (layout, table->columns.x[0], top, table->columns.x[N_COLUMNS], top);
  hrp_layout_rule (layout, table->columns.x[0], bottom, table->columns.x[N_COLUMNS], bottom);
  layout->y = bottom;
}

/* The vertical rules of the table between top and bottom. */
static void
column_rules (HrpLayout *layout,
              Table     *table,
              double     top,
              double     bottom)
{
  for (guint c = 0; c <= N_COLUMNS; c++)
    hrp_layout_rule (layout, table->columns.x[c], top, table->columns.x[c], bottom);
}

typedef struct {
  PangoLayout *name;
  PangoLayout *budget;
  gboolean     quarters[4];
  double       height;
} Row;

static void
row_clear (Row *row)
{
  g_clear_object (&row->name);
  g_clear_object (&row->budget);
}

static void
lay_out_policy (HrpLayout *layout,
                Table     *table,
                HrpPolicy *policy,
                guint      number)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  guint n = g_list_model_get_n_items (activities);
  g_autofree char *title = g_strdup_printf ("%u. %s", number, hrp_policy_get_title (policy));
  g_autoptr(PangoLayout) policy_layout = cell_layout (layout, table, 0, 0, title, FALSE, PANGO_ALIGN_LEFT);
  double policy_height = hrp_layout_block_height (policy_layout) + 2 * HRP_CELL_PAD;
  g_autofree Row *rows = g_new0 (Row, MAX (n, 1));
  guint n_rows = MAX (n, 1);
  double total = 0;
  double block_top, span_top;
  gboolean first_on_page = TRUE;

  /* A policy without activities still has its row. */
  for (guint i = 0; i < n_rows; i++)
    {
      Row *row = &rows[i];

      if (i < n)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, i);
          g_autofree char *budget = hrp_money_format (hrp_activity_get_budget (activity), FALSE);

          row->name = cell_layout (layout, table, 1, 1, hrp_activity_get_name (activity), FALSE, PANGO_ALIGN_LEFT);
          row->budget = cell_layout (layout, table, 2, 2, budget, FALSE,
                                     g_str_equal (budget, "-") ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
          for (guint q = 0; q < 4; q++)
            row->quarters[q] = hrp_activity_get_quarter (activity, q + 1);
        }
      else
        {
          row->name = cell_layout (layout, table, 1, 1, "", FALSE, PANGO_ALIGN_LEFT);
          row->budget = cell_layout (layout, table, 2, 2, "-", FALSE, PANGO_ALIGN_CENTER);
        }
      row->height = MAX (hrp_layout_block_height (row->name), hrp_layout_block_height (row->budget)) + 2 * HRP_CELL_PAD;
      total += row->height;
    }
  /* The policy's name fits in the rows it spans. */
  if (policy_height > total)
    rows[n_rows - 1].height += policy_height - total;

  /* Starts on a new page when not even its first row fits (with the
   * policy's name when that is longer). */
  if (layout->y + MAX (rows[0].height, MIN (policy_height, hrp_layout_body_bottom (layout) - HRP_MARGIN_TOP - table->header_height))
      > hrp_layout_body_bottom (layout))
    {
      hrp_layout_rule (layout, table->columns.x[0], layout->y, table->columns.x[N_COLUMNS], layout->y);
      hrp_layout_new_page (layout);
      draw_header (layout, table);
    }

  block_top = layout->y;
  span_top = layout->y;
  for (guint i = 0; i < n_rows; i++)
    {
      Row *row = &rows[i];
      double top;

      if (layout->y + row->height > hrp_layout_body_bottom (layout) && !first_on_page)
        {
          /* The rows so far on this page, ruled; the rest goes on. */
          column_rules (layout, table, block_top, layout->y);
          hrp_layout_rule (layout, table->columns.x[0], layout->y, table->columns.x[N_COLUMNS], layout->y);
          hrp_layout_new_page (layout);
          draw_header (layout, table);
          block_top = layout->y;
          span_top = layout->y;
          first_on_page = TRUE;
        }

      top = layout->y;
      if (first_on_page)
        {
          /* The policy's name at the top of its span on each page; on a
           * continuation only when it fits in what is left of the span. */
          double left = 0;

          for (guint j = i; j < n_rows; j++)
            left += rows[j].height;
          if (span_top == block_top && (i == 0 || policy_height <= left))
            hrp_layout_place_cell (layout, &table->columns, 0, span_top, policy_layout);
          first_on_page = FALSE;
        }

      hrp_layout_place_cell (layout, &table->columns, 1, top, row->name);
      hrp_layout_place_cell (layout, &table->columns, 2, top, row->budget);
      for (guint q = 0; q < 4; q++)
        if (row->quarters[q])
          hrp_layout_tick (layout, (table->columns.x[3 + q] + table->columns.x[4 + q]) / 2,
                           top + HRP_CELL_PAD + hrp_layout_first_line_height (row->name) / 2);
      layout->y += row->height;
      /* Rows are ruled inside the span, not across the policy's cell. */
      if (i + 1 < n_rows)
        hrp_layout_rule (layout, table->columns.x[1], layout->y, table->columns.x[N_COLUMNS], layout->y);
    }

  column_rules (layout, table, block_top, layout->y);
  hrp_layout_rule (layout, table->columns.x[0], layout->y, table->columns.x[N_COLUMNS], layout->y);

  for (guint i = 0; i < n_rows; i++)
    row_clear (&rows[i]);
}

/* reserve: room wanted below the row on the same page (what must not
 * go to a page of its own: the second total, the date). */
static void
total_row (HrpLayout  *layout,
           Table      *table,
           const char *label,
           const char *amount,
           double      reserve)
{
  g_autoptr(PangoLayout) label_layout = cell_layout (layout, table, 0, 1, label, TRUE, PANGO_ALIGN_CENTER);
  g_autoptr(PangoLayout) amount_layout = cell_layout (layout, table, 2, 2, amount, TRUE,
                                                      g_str_equal (amount, "-") ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
  double height = MAX (hrp_layout_block_height (label_layout), hrp_layout_block_height (amount_layout)) + 2 * HRP_CELL_PAD;
  double top;

  if (layout->y + height + reserve > hrp_layout_body_bottom (layout))
    {
      hrp_layout_new_page (layout);
      draw_header (layout, table);
    }
  top = layout->y;
  hrp_layout_place_cell (layout, &table->columns, 0, top, label_layout);
  hrp_layout_place_cell (layout, &table->columns, 2, top, amount_layout);
  layout->y += height;
  hrp_layout_rule (layout, table->columns.x[0], top, table->columns.x[N_COLUMNS], top);
  hrp_layout_rule (layout, table->columns.x[0], layout->y, table->columns.x[N_COLUMNS], layout->y);
  hrp_layout_rule (layout, table->columns.x[0], top, table->columns.x[0], layout->y);
  for (guint c = 2; c <= N_COLUMNS; c++)
    hrp_layout_rule (layout, table->columns.x[c], top, table->columns.x[c], layout->y);
}

static gboolean
lay_out_table (HrpReport          *self,
               GCancellable       *cancellable,
               HrpReportProgress   progress,
               gpointer            data,
               GError            **error)
{
  /* Shares of the body width: policy, activity, budget, four quarters. */
  /* Shares of what the quarter columns leave: policy, activity, budget. */
  static const double shares[3] = { 0.27, 0.50, 0.23 };
  /* Broken where a Thai reader would: Pango has no Thai dictionary to
   * find word breaks in a narrow cell. */
  static const char *titles[N_COLUMNS] = {
    "นโยบาย", "กิจกรรม/โครงการ", "งบประมาณ\nที่ได้รับ\nการจัดสรร",
    "ไตรมาส\n1", "ไตรมาส\n2", "ไตรมาส\n3", "ไตรมาส\n4",
  };
  HrpLayout *layout = self->layout;
  HrpPlan *plan = self->plan;
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  guint n = g_list_model_get_n_items (policies);
  g_autofree char *caption = NULL;
  g_autofree char *listed_text = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *date_line = NULL;
  g_autoptr(PangoLayout) date_layout = NULL;
  double reserve;
  gint64 listed = 0, once;
  gboolean any_budget = FALSE;
  guint done = 0, total = 0;
  Table table = { 0 };
  gboolean landscape = self->options.table_orientation == HRP_TABLE_LANDSCAPE;
  double x;

  /* Progress: each policy and each activity counts one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      total += g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (policy))) + 1;
    }

  /* The table starts on a page of its own, turned as asked. */
  if (hrp_layout_get_n_pages (layout) == 0 || layout->y > HRP_MARGIN_TOP
      || hrp_layout_page_is_landscape (layout, hrp_layout_get_n_pages (layout) - 1) != landscape)
    hrp_layout_new_page_turned (layout, landscape);
  x = hrp_layout_body_left (layout);

  /* A quarter column is as wide as its heading's word, "ไตรมาส". */
  {
    double quarter = MAX (0.07 * hrp_layout_body_width (layout), hrp_layout_bold_width (layout, "ไตรมาส", HRP_HEADER_SIZE) + 6);
    double rest = hrp_layout_body_width (layout) - 4 * quarter;
    double budget = MAX (shares[2] * rest, hrp_layout_bold_width (layout, "งบประมาณ", HRP_HEADER_SIZE) + 6);
    double widths[N_COLUMNS] = {
      shares[0] / (shares[0] + shares[1]) * (rest - budget),
      shares[1] / (shares[0] + shares[1]) * (rest - budget),
      budget, quarter, quarter, quarter, quarter,
    };

    for (guint c = 0; c < N_COLUMNS; c++)
      {
        table.columns.x[c] = x;
        x += widths[c];
      }
    table.columns.x[N_COLUMNS] = hrp_layout_body_left (layout) + hrp_layout_body_width (layout);
  }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      table.header[c] = hrp_layout_block (layout, titles[c], HRP_HEADER_SIZE, TRUE,
                                          hrp_layout_cell_width (&table.columns, c, c) + 2 * HRP_CELL_PAD - 2,
                                          PANGO_ALIGN_CENTER, 0);
      table.header_height = MAX (table.header_height, hrp_layout_block_height (table.header[c]) + 2 * HRP_CELL_PAD);
    }

  caption = g_strdup_printf ("แผนการดำเนินงานตาม%s", hrp_plan_get_title (plan));
  hrp_layout_paragraph (layout, caption, HRP_BODY_SIZE + 2, TRUE, PANGO_ALIGN_CENTER, 0, 0, 0);
  {
    g_autofree char *organization = hrp_report_organization_line (plan);

    hrp_layout_paragraph (layout, organization, HRP_BODY_SIZE, TRUE, PANGO_ALIGN_CENTER, 0, 0, 8);
  }
  draw_header (layout, &table);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;

      lay_out_policy (layout, &table, policy, i + 1);

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);

          if (hrp_activity_get_budget (activity) != HRP_BUDGET_NONE)
            {
              listed += hrp_activity_get_budget (activity);
              any_budget = TRUE;
            }
        }

      done += g_list_model_get_n_items (activities) + 1;
      if (progress != NULL && (i % 10 == 9 || i + 1 == n))
        progress ((double) done / MAX (total, 1), data);
    }

  if (error != NULL && *error != NULL)
    {
      for (guint c = 0; c < N_COLUMNS; c++)
        g_clear_object (&table.header[c]);
      return FALSE;
    }

  /* When it was printed, as Thai documents say it: a long Thai date,
   * kept on the page of the totals. */
  now = g_date_time_new_now_local ();
  date = hrp_thai_long_date (now, FALSE);
  date_line = g_strdup_printf ("จัดพิมพ์เมื่อวันที่ %s", date);
  date_layout = hrp_layout_block (layout, date_line, HRP_TABLE_SIZE, FALSE, hrp_layout_body_width (layout), PANGO_ALIGN_RIGHT, 0);
  reserve = hrp_layout_block_height (date_layout) + 8;

  /* A project listed under several policies would be paid once: say so
   * rather than let the total overstate the budget. */
  once = hrp_plan_total_budget_once (plan);
  listed_text = any_budget ? hrp_money_format (listed, FALSE) : g_strdup ("-");
  if (any_budget && once != listed)
    {
      g_autofree char *once_text = hrp_money_format (once, FALSE);

      total_row (layout, &table, "รวม", listed_text, reserve + 2 * hrp_layout_block_height (date_layout) + 2 * HRP_CELL_PAD);
      total_row (layout, &table, "รวม (โครงการที่ซ้ำกันหลายนโยบายนับครั้งเดียว)", once_text, reserve);
    }
  else
    total_row (layout, &table, "รวม", listed_text, reserve);

  layout->y += 8;
  hrp_layout_flow (layout, date_layout, hrp_layout_body_left (layout));

  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&table.header[c]);
  return TRUE;
}

/* }}} */

/* The document {{{ */

static char *
plan_title (HrpReport *self)
{
  return g_strdup (hrp_plan_get_title (self->plan));
}

/* The plan's text, unless only the table is wanted, then the table. */
static gboolean
lay_out_plan (HrpReport          *self,
              GCancellable       *cancellable,
              HrpReportProgress   progress,
              gpointer            data,
              GError            **error)
{
  if (!self->options.table_only)
    {
      hrp_layout_new_page (self->layout);
      lay_out_text (self->layout, self->plan);
    }
  return lay_out_table (self, cancellable, progress, data, error);
}

const HrpReportDocument hrp_report_plan_document = {
  plan_title,
  lay_out_plan,
};

/* }}} */
