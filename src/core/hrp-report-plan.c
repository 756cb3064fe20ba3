/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report-plan.c — the plan as a Thai official document
 *
 * The plan's text (its title, preamble, vision, missions, strategies with
 * their goals, objectives and indicators, strategic positions and
 * policies) unless only the table is wanted, then the action-plan table:
 * a row per activity under its policy with its budget and quarters, the
 * totals and the date it was printed; then the signers, whose blocks end
 * the plan, the table alone too.
 *
 * Conventions (spec/domain.md): the table's header row repeated on every
 * page it continues to; a table row is never split.
 */
#include "config.h"

#include <math.h>

#include "hrp-report-private.h"
#include "hrp-terms.h"
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

char *
hrp_report_strategy_title (HrpStrategy *strategy,
                           guint        number)
{
  return g_strdup_printf (HRP_TERM_STRATEGY_N " %s", number, hrp_strategy_get_title (strategy));
}

GListModel *
hrp_report_strategy_list (HrpStrategy  *strategy,
                          guint         i,
                          const char  **heading)
{
  static const char * const headings[HRP_STRATEGY_N_LISTS] = {
    HRP_TERM_GOALS, HRP_TERM_OBJECTIVES, HRP_TERM_INDICATORS
  };

  g_return_val_if_fail (i < HRP_STRATEGY_N_LISTS, NULL);
  *heading = headings[i];
  return i == 0 ? hrp_strategy_get_goals (strategy)
         : i == 1 ? hrp_strategy_get_objectives (strategy)
                  : hrp_strategy_get_indicators (strategy);
}

/* "1. text" with the text hanging after the number. */
static void
numbered_list (HrpLayout  *layout,
               GListModel *texts,
               double      left)
{
  double x = hrp_layout_body_left (layout) + left + HRP_LIST_INDENT;
  double width = hrp_layout_body_width (layout) - left - HRP_LIST_INDENT;
  g_auto(GStrv) lines = hrp_plan_numbered_lines (texts);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) block = hrp_layout_block (layout, lines[i], HRP_BODY_SIZE, FALSE, width,
                                                       PANGO_ALIGN_LEFT, -HRP_LIST_INDENT);

      hrp_layout_flow (layout, block, x);
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

  hrp_layout_title (layout, hrp_plan_get_title (plan), HRP_TITLE_SIZE, 2);
  hrp_layout_title (layout, organization, HRP_BODY_SIZE + 2, 12);

  if (*hrp_plan_get_preamble (plan) != '\0')
    {
      hrp_layout_heading (layout, HRP_TERM_PREAMBLE, HRP_BODY_SIZE + 2, 6);
      hrp_layout_paragraph (layout, hrp_plan_get_preamble (plan),
                            &(HrpParagraphStyle) { .size = HRP_BODY_SIZE,
                                                   .indent = HRP_PARAGRAPH_INDENT,
                                                   .space_after = 6 });
    }

  hrp_layout_heading (layout, HRP_TERM_VISION, HRP_BODY_SIZE + 2, 6);
  hrp_layout_paragraph (layout, hrp_plan_get_vision (plan),
                        &(HrpParagraphStyle) { .size = HRP_BODY_SIZE,
                                               .indent = HRP_PARAGRAPH_INDENT, .space_after = 6 });

  if (g_list_model_get_n_items (missions) > 0)
    {
      hrp_layout_heading (layout, HRP_TERM_MISSIONS, HRP_BODY_SIZE + 2, 6);
      numbered_list (layout, missions, 0);
      layout->y += 6;
    }

  if (g_list_model_get_n_items (strategies) > 0)
    {
      guint n = g_list_model_get_n_items (strategies);

      hrp_layout_heading (layout, HRP_TERM_STRATEGIES, HRP_BODY_SIZE + 2, 6);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
          g_autofree char *title = hrp_report_strategy_title (strategy, i + 1);

          hrp_layout_heading (layout, title, HRP_BODY_SIZE, 4);
          for (guint p = 0; p < HRP_STRATEGY_N_LISTS; p++)
            {
              const char *name;
              GListModel *list = hrp_report_strategy_list (strategy, p, &name);

              if (g_list_model_get_n_items (list) == 0)
                continue;
              hrp_layout_subheading (layout, name, HRP_BODY_SIZE, HRP_LIST_INDENT);
              numbered_list (layout, list, HRP_LIST_INDENT);
            }
        }
      layout->y += 6;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_positions (plan))) > 0)
    {
      hrp_layout_heading (layout, HRP_TERM_POSITIONS, HRP_BODY_SIZE + 2, 6);
      numbered_list (layout, G_LIST_MODEL (hrp_plan_get_positions (plan)), 0);
      layout->y += 6;
    }

  if (g_list_model_get_n_items (policies) > 0 || *hrp_plan_get_policy_intro (plan) != '\0')
    {
      guint n = g_list_model_get_n_items (policies);

      hrp_layout_heading (layout, HRP_TERM_POLICIES, HRP_BODY_SIZE + 2, 6);
      hrp_layout_paragraph (layout, hrp_plan_get_policy_intro (plan),
                            &(HrpParagraphStyle) { .size = HRP_BODY_SIZE,
                                                   .indent = HRP_PARAGRAPH_INDENT,
                                                   .space_after = 4 });
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
          g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));

          hrp_layout_heading (layout, title, HRP_BODY_SIZE, 4);
          hrp_layout_paragraph (layout, hrp_policy_get_description (policy),
                                &(HrpParagraphStyle) { .size = HRP_BODY_SIZE,
                                                       .indent = HRP_PARAGRAPH_INDENT,
                                                       .space_after = 2 });
        }
    }
}

/* }}} */

/* The signers {{{ */

#define SIGNATURE_DOTS "……………………………………"

/* One signer's block, its lines centred on each other: "ลงชื่อ …… ROLE",
 * "(name)", the position. */
typedef struct {
  PangoLayout *lines[3];
  double       height;
} SignerBlock;

static void
signer_block_init (SignerBlock *block,
                   HrpLayout   *layout,
                   HrpSigner   *signer,
                   double       width)
{
  const char *role = hrp_signer_get_role (signer);
  g_autofree char *sign = *role != '\0' ? g_strdup_printf (HRP_TERM_SIGNED " %s %s", SIGNATURE_DOTS, role)
                                        : g_strdup_printf (HRP_TERM_SIGNED " %s", SIGNATURE_DOTS);
  g_autofree char *name = g_strdup_printf ("(%s)", hrp_signer_get_name (signer));
  const char *texts[3] = { sign, name, hrp_signer_get_position (signer) };

  block->height = 0;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      block->lines[i] = hrp_layout_block (layout, texts[i], HRP_BODY_SIZE, FALSE, width, PANGO_ALIGN_CENTER, 0);
      block->height += hrp_layout_block_height (block->lines[i]);
    }
}

static void
signer_block_clear (SignerBlock *block)
{
  for (guint i = 0; i < G_N_ELEMENTS (block->lines); i++)
    g_clear_object (&block->lines[i]);
}

static void
place_signer_block (HrpLayout   *layout,
                    SignerBlock *block,
                    double       x,
                    double       top)
{
  for (guint i = 0; i < G_N_ELEMENTS (block->lines); i++)
    {
      hrp_layout_place (layout, block->lines[i], x, top);
      top += hrp_layout_block_height (block->lines[i]);
    }
}

/* The signature blocks that end the plan, in the signers' order, two
 * side by side on a row; a row is never split, and a lone signer signs
 * on the right, as the one who approves does. */
static void
lay_out_signers (HrpLayout *layout,
                 HrpPlan   *plan)
{
  GListModel *signers = hrp_plan_get_signers (plan);
  guint n = g_list_model_get_n_items (signers);
  double half = hrp_layout_body_width (layout) / 2;

  for (guint i = 0; i < n; i += 2)
    {
      SignerBlock blocks[2] = { { { NULL } } };
      guint in_row = MIN (2, n - i);
      double height = 0, top;

      for (guint b = 0; b < in_row; b++)
        {
          g_autoptr(HrpSigner) signer = g_list_model_get_item (signers, i + b);

          signer_block_init (&blocks[b], layout, signer, half - HRP_CELL_PAD * 2);
          height = MAX (height, blocks[b].height);
        }

      /* Room to sign above the row. */
      layout->y += i == 0 ? 36 : 24;
      if (layout->y + height > hrp_layout_body_bottom (layout))
        {
          hrp_layout_new_page (layout);
          layout->y += 24;
        }
      top = layout->y;
      for (guint b = 0; b < in_row; b++)
        {
          double x = hrp_layout_body_left (layout) + HRP_CELL_PAD;

          if (in_row == 2)
            x += b * half;
          else if (n == 1)
            x += half;
          else
            x += half / 2;
          place_signer_block (layout, &blocks[b], x, top);
          signer_block_clear (&blocks[b]);
        }
      layout->y = top + height;
    }
}

/* }}} */

/* The action-plan table {{{ */

#define N_COLUMNS 7

G_STATIC_ASSERT (N_COLUMNS <= HRP_MAX_COLUMNS);

enum {
  COLUMN_POLICY,
  COLUMN_ACTIVITY,
  COLUMN_BUDGET,
  COLUMN_Q1,
};

/* The header has two rows: "ระยะเวลาการดำเนินงาน" spans the quarters'
 * headings; the other headings span both rows. */
typedef struct {
  HrpLayoutColumns  columns;
  PangoLayout      *header[N_COLUMNS];
  PangoLayout      *period;
  double            period_height;   /* the first row, over the quarters */
  double            header_height;   /* both rows */
  double            size;            /* of the cells' text, in points */
  double            header_size;
} Table;

static void
table_clear (Table *table)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&table->header[c]);
  g_clear_object (&table->period);
}

static PangoLayout *
cell_layout (HrpLayout      *layout,
             Table          *table,
             guint           first,
             guint           last,
             const char     *text,
             gboolean        bold,
             PangoAlignment  alignment)
{
  return hrp_layout_block (layout, text, table->size, bold, hrp_layout_cell_width (&table->columns, first, last), alignment, 0);
}

/* An amount, or "-" for none: on one line, never broken. */
static PangoLayout *
amount_layout (HrpLayout  *layout,
               Table      *table,
               const char *text,
               gboolean    bold)
{
  return hrp_layout_unbroken (layout, text, table->size, bold);
}

/* At the right of the budget column, or centred for "-". */
static void
place_amount (HrpLayout   *layout,
              Table       *table,
              double       top,
              PangoLayout *amount)
{
  double left = table->columns.x[COLUMN_BUDGET];
  double right = table->columns.x[COLUMN_BUDGET + 1];
  double width = hrp_layout_block_width (amount);
  double x = g_str_equal (pango_layout_get_text (amount), "-") ? (left + right - width) / 2
                                                               : right - HRP_CELL_PAD - width;

  hrp_layout_place (layout, amount, x, top + HRP_CELL_PAD);
}

/* A heading centred in its part of the header, between top and bottom. */
static void
place_heading (HrpLayout   *layout,
               PangoLayout *heading,
               double       left,
               double       top,
               double       bottom)
{
  double offset = (bottom - top - hrp_layout_block_height (heading)) / 2;

  /* Headings use the whole column but a point each side. */
  hrp_layout_place (layout, heading, left + 1, top + offset);
}

static void
draw_header (HrpLayout *layout,
             Table     *table)
{
  const double *x = table->columns.x;
  double top = layout->y;
  double middle = top + table->period_height;
  double bottom = top + table->header_height;

  for (guint c = 0; c < COLUMN_Q1; c++)
    place_heading (layout, table->header[c], x[c], top, bottom);
  place_heading (layout, table->period, x[COLUMN_Q1], top, middle);
  for (guint c = COLUMN_Q1; c < N_COLUMNS; c++)
    place_heading (layout, table->header[c], x[c], middle, bottom);

  hrp_layout_rule (layout, x[0], top, x[N_COLUMNS], top);
  hrp_layout_rule (layout, x[COLUMN_Q1], middle, x[N_COLUMNS], middle);
  hrp_layout_rule (layout, x[0], bottom, x[N_COLUMNS], bottom);
  for (guint c = 0; c <= N_COLUMNS; c++)
    hrp_layout_rule (layout, x[c], c > COLUMN_Q1 && c < N_COLUMNS ? middle : top, x[c], bottom);
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

/* reserve: room wanted below the policy's last row on the same page (the
 * totals, after the last policy). */
static void
lay_out_policy (HrpLayout *layout,
                Table     *table,
                HrpPolicy *policy,
                guint      number,
                double     reserve)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  guint n = g_list_model_get_n_items (activities);
  g_autofree char *title = g_strdup_printf ("%u. %s", number, hrp_policy_get_title (policy));
  g_autoptr(PangoLayout) policy_layout = cell_layout (layout, table, COLUMN_POLICY, COLUMN_POLICY,
                                                      title, FALSE, PANGO_ALIGN_LEFT);
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
      g_autofree char *budget = NULL;

      if (i < n)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, i);

          budget = hrp_money_format (hrp_activity_get_budget (activity), FALSE);
          row->name = cell_layout (layout, table, COLUMN_ACTIVITY, COLUMN_ACTIVITY,
                                   hrp_activity_get_name (activity), FALSE, PANGO_ALIGN_LEFT);
          for (guint q = 0; q < 4; q++)
            row->quarters[q] = hrp_activity_get_quarter (activity, q + 1);
        }
      else
        {
          budget = g_strdup ("-");
          row->name = cell_layout (layout, table, COLUMN_ACTIVITY, COLUMN_ACTIVITY, "", FALSE, PANGO_ALIGN_LEFT);
        }
      row->budget = amount_layout (layout, table, budget, FALSE);
      row->height = MAX (hrp_layout_block_height (row->name), hrp_layout_block_height (row->budget)) + 2 * HRP_CELL_PAD;
      total += row->height;
    }
  /* The policy's name fits in the rows it spans. */
  if (policy_height > total)
    rows[n_rows - 1].height += policy_height - total;

  /* Starts on a new page when not even its first row fits (with the
   * policy's name when that is longer, and the totals after a last
   * row). */
  if (layout->y + MAX (rows[0].height + (n_rows == 1 ? reserve : 0),
                       MIN (policy_height, hrp_layout_body_bottom (layout) - HRP_MARGIN_TOP - table->header_height))
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
      double wanted = row->height + (i + 1 == n_rows ? reserve : 0);
      double top;

      if (layout->y + wanted > hrp_layout_body_bottom (layout) && !first_on_page)
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
            hrp_layout_place_cell (layout, &table->columns, COLUMN_POLICY, span_top, policy_layout);
          first_on_page = FALSE;
        }

      hrp_layout_place_cell (layout, &table->columns, COLUMN_ACTIVITY, top, row->name);
      place_amount (layout, table, top, row->budget);
      for (guint q = 0; q < 4; q++)
        if (row->quarters[q])
          hrp_layout_tick (layout, (table->columns.x[COLUMN_Q1 + q] + table->columns.x[COLUMN_Q1 + q + 1]) / 2,
                           top + HRP_CELL_PAD + hrp_layout_first_line_height (row->name) / 2);
      layout->y += row->height;
      /* Rows are ruled inside the span, not across the policy's cell. */
      if (i + 1 < n_rows)
        hrp_layout_rule (layout, table->columns.x[COLUMN_ACTIVITY], layout->y, table->columns.x[N_COLUMNS], layout->y);
    }

  column_rules (layout, table, block_top, layout->y);
  hrp_layout_rule (layout, table->columns.x[0], layout->y, table->columns.x[N_COLUMNS], layout->y);

  for (guint i = 0; i < n_rows; i++)
    row_clear (&rows[i]);
}

/* A row of the totals: its label across the policy and activity
 * columns, the amount in bold. */
typedef struct {
  PangoLayout *label;
  PangoLayout *amount;
  double       height;
} TotalRow;

static void
total_row_init (TotalRow   *row,
                HrpLayout  *layout,
                Table      *table,
                const char *label,
                const char *amount)
{
  row->label = cell_layout (layout, table, COLUMN_POLICY, COLUMN_ACTIVITY, label, TRUE, PANGO_ALIGN_CENTER);
  row->amount = amount_layout (layout, table, amount, TRUE);
  row->height = MAX (hrp_layout_block_height (row->label), hrp_layout_block_height (row->amount)) + 2 * HRP_CELL_PAD;
}

static void
total_row_clear (TotalRow *row)
{
  g_clear_object (&row->label);
  g_clear_object (&row->amount);
}

static void
place_total_row (HrpLayout *layout,
                 Table     *table,
                 TotalRow  *row)
{
  const double *x = table->columns.x;
  double top;

  /* Only when the rows before could not keep it on their page. */
  if (layout->y + row->height > hrp_layout_body_bottom (layout))
    {
      hrp_layout_new_page (layout);
      draw_header (layout, table);
    }
  top = layout->y;
  hrp_layout_place_cell (layout, &table->columns, COLUMN_POLICY, top, row->label);
  place_amount (layout, table, top, row->amount);
  layout->y += row->height;
  hrp_layout_rule (layout, x[0], top, x[N_COLUMNS], top);
  hrp_layout_rule (layout, x[0], layout->y, x[N_COLUMNS], layout->y);
  hrp_layout_rule (layout, x[0], top, x[0], layout->y);
  for (guint c = COLUMN_BUDGET; c <= N_COLUMNS; c++)
    hrp_layout_rule (layout, x[c], top, x[c], layout->y);
}

/* How wide text is on one line, near enough: its spacing characters
 * (not Thai's vowel and tone marks) times a width each.  Laying out every
 * text to measure it would cost more than the whole table. */
static double
estimated_width (const char *text,
                 double      per_character)
{
  guint spacing = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      spacing++;
  return spacing * per_character;
}

/* The share of rest (points) that the policy's column takes: of a few,
 * the widest that makes the table about as short as the shortest,
 * reckoned from the texts' widths on one line, per_character points a
 * spacing character (a text w wide in a column c wide takes about
 * ceil (w / c) lines; a policy's rows are as high as its name or its
 * activities, whichever is higher).  The first policies are enough to
 * judge by.  The Word and OpenDocument exports choose theirs so too. */
double
hrp_report_policy_share (HrpPlan *plan,
                         double   per_character,
                         double   rest)
{
  static const double shares[] = { 0.26, 0.30, 0.34, 0.38, 0.42, 0.46 };
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  guint n = MIN (g_list_model_get_n_items (policies), 60);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));  /* policy, its activities, 0 */
  double heights[G_N_ELEMENTS (shares)];
  double best_share = 0.36, best_height = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
      double width = estimated_width (hrp_policy_get_title (policy), per_character) + 3 * per_character;
      double end = 0;

      g_array_append_val (widths, width);
      for (guint a = 0; a < MIN (g_list_model_get_n_items (activities), 20); a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);

          width = MAX (estimated_width (hrp_activity_get_name (activity), per_character), 1);
          g_array_append_val (widths, width);
        }
      g_array_append_val (widths, end);
    }

  for (guint s = 0; s < G_N_ELEMENTS (shares); s++)
    {
      double policy_width = shares[s] * rest - 2 * HRP_CELL_PAD;
      double activity_width = (1 - shares[s]) * rest - 2 * HRP_CELL_PAD;
      double height = 0;

      for (guint i = 0; i < widths->len;)
        {
          double name = ceil (g_array_index (widths, double, i++) / policy_width);
          double rows = 0;

          for (; g_array_index (widths, double, i) > 0; i++)
            rows += MAX (1, ceil (g_array_index (widths, double, i) / activity_width));
          height += MAX (name, MAX (rows, 1));
          i++;   /* the end of the policy */
        }
      heights[s] = height;
      best_height = MIN (best_height, height);
    }
  /* The policy's name is read as one: of the shares that make the table
   * about as short (5 %), the widest. */
  for (guint s = 0; s < G_N_ELEMENTS (shares); s++)
    if (heights[s] <= best_height * 1.05)
      best_share = shares[s];
  return best_share;
}

/* The policy's share, its texts measured in the table's font. */
static double
policy_share (HrpLayout *layout,
              Table     *table,
              HrpPlan   *plan,
              double     rest)
{
  static const char *measured = "การประชุมคณะกรรมการพิจารณาคุณสมบัติและประเมินผลงาน";
  g_autoptr(PangoLayout) line = hrp_layout_unbroken (layout, measured, table->size, FALSE);

  return hrp_report_policy_share (plan, hrp_layout_block_width (line) / estimated_width (measured, 1), rest);
}

/* The columns' edges from their content: the quarters just wide enough
 * for their headings, the budget for its widest amount, the policy and
 * the activity sharing the rest as suits their texts. */
static void
set_columns (HrpLayout   *layout,
             Table       *table,
             HrpPlan     *plan,
             const char  *widest_amount,
             const char **headings)
{
  g_autoptr(PangoLayout) amount = amount_layout (layout, table, widest_amount, TRUE);
  double quarter = 0, budget, rest, x = hrp_layout_body_left (layout);
  double widths[N_COLUMNS];
  g_auto(GStrv) budget_lines = g_strsplit (headings[COLUMN_BUDGET], "\n", -1);

  for (guint c = COLUMN_Q1; c < N_COLUMNS; c++)
    quarter = MAX (quarter, hrp_layout_bold_width (layout, headings[c], table->header_size) + 2 * HRP_CELL_PAD);
  quarter = MAX (quarter, (hrp_layout_bold_width (layout, HRP_TERM_PERIOD, table->header_size) + 2 * HRP_CELL_PAD) / 4);

  budget = hrp_layout_block_width (amount) + 2 * HRP_CELL_PAD + 2;
  for (guint i = 0; budget_lines[i] != NULL; i++)
    budget = MAX (budget, hrp_layout_bold_width (layout, budget_lines[i], table->header_size) + 2 * HRP_CELL_PAD);

  /* The policy and the activity keep at least 38 % of the width: on a
   * narrow page the quarters' headings wrap rather than they. */
  rest = hrp_layout_body_width (layout) - budget - 4 * quarter;
  if (rest < 0.38 * hrp_layout_body_width (layout))
    {
      rest = 0.38 * hrp_layout_body_width (layout);
      quarter = MAX ((hrp_layout_body_width (layout) - budget - rest) / 4, 20);
      rest = hrp_layout_body_width (layout) - budget - 4 * quarter;
    }
  widths[COLUMN_POLICY] = policy_share (layout, table, plan, rest) * rest;
  widths[COLUMN_ACTIVITY] = rest - widths[COLUMN_POLICY];
  widths[COLUMN_BUDGET] = budget;
  for (guint c = COLUMN_Q1; c < N_COLUMNS; c++)
    widths[c] = quarter;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      table->columns.x[c] = x;
      x += widths[c];
    }
  table->columns.x[N_COLUMNS] = x;
}

static void
set_header (HrpLayout   *layout,
            Table       *table,
            const char **headings)
{
  double quarters_height = 0, spanning = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double height;

      table->header[c] = hrp_layout_block (layout, headings[c], table->header_size, TRUE,
                                           hrp_layout_cell_width (&table->columns, c, c) + 2 * HRP_CELL_PAD - 2,
                                           PANGO_ALIGN_CENTER, 0);
      height = hrp_layout_block_height (table->header[c]) + 2 * HRP_CELL_PAD;
      if (c < COLUMN_Q1)
        spanning = MAX (spanning, height);
      else
        quarters_height = MAX (quarters_height, height);
    }
  table->period = hrp_layout_block (layout, HRP_TERM_PERIOD, table->header_size, TRUE,
                                    table->columns.x[N_COLUMNS] - table->columns.x[COLUMN_Q1] - 2,
                                    PANGO_ALIGN_CENTER, 0);
  table->period_height = hrp_layout_block_height (table->period) + 2 * HRP_CELL_PAD;
  table->header_height = MAX (spanning, table->period_height + quarters_height);
}

static gboolean
lay_out_table (HrpReport          *self,
               GCancellable       *cancellable,
               HrpReportProgress   progress,
               gpointer            data,
               GError            **error)
{
  /* Broken where a Thai reader would: Pango has no Thai dictionary to
   * find word breaks in a narrow cell.  The quarters are numbered in
   * Thai digits, as official documents head them. */
  static const char *headings[N_COLUMNS] = {
    HRP_TERM_POLICY, HRP_TERM_ACTIVITY, HRP_TERM_BUDGET_HEADER,
    HRP_TERM_QUARTER " ๑", HRP_TERM_QUARTER " ๒", HRP_TERM_QUARTER " ๓", HRP_TERM_QUARTER " ๔",
  };
  HrpLayout *layout = self->layout;
  HrpPlan *plan = self->plan;
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  guint n = g_list_model_get_n_items (policies);
  gboolean landscape = self->options.table_orientation == HRP_TABLE_LANDSCAPE;
  g_autofree char *caption = NULL;
  g_autofree char *organization = NULL;
  g_autofree char *listed_text = NULL;
  g_autofree char *once_text = NULL;
  g_autofree char *widest = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *date_line = NULL;
  g_autoptr(PangoLayout) date_layout = NULL;
  TotalRow totals[2] = { { 0 } };
  guint n_totals;
  double reserve;
  gint64 listed = 0, once, largest = HRP_BUDGET_NONE;
  gboolean any_budget = FALSE;
  guint done = 0, total = 0;
  Table table = { 0 };

  /* The totals, the largest amount, and progress: each policy and each
   * activity counts one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
      guint n_activities = g_list_model_get_n_items (activities);

      for (guint a = 0; a < n_activities; a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);
          gint64 budget = hrp_activity_get_budget (activity);

          if (budget != HRP_BUDGET_NONE)
            {
              listed += budget;
              largest = MAX (largest, budget);
              any_budget = TRUE;
            }
        }
      total += n_activities + 1;
    }
  /* A project listed under several policies would be paid once: say so
   * rather than let the total overstate the budget. */
  once = hrp_plan_total_budget_once (plan);
  listed_text = any_budget ? hrp_money_format (listed, FALSE) : g_strdup ("-");
  once_text = hrp_money_format (once, FALSE);
  /* The total is the widest amount, unless an amount has decimals it
   * lacks: the widest of the three. */
  widest = g_strdup (listed_text);
  if (largest != HRP_BUDGET_NONE)
    {
      g_autofree char *largest_text = hrp_money_format (largest, FALSE);

      if (strlen (largest_text) > strlen (widest))
        {
          g_free (widest);
          widest = g_steal_pointer (&largest_text);
        }
    }

  /* The table starts on a page of its own, turned as asked, its title
   * first. */
  if (hrp_layout_get_n_pages (layout) == 0 || layout->y > HRP_MARGIN_TOP
      || hrp_layout_page_is_landscape (layout, hrp_layout_get_n_pages (layout) - 1) != landscape)
    hrp_layout_new_page_turned (layout, landscape);

  /* 16 pt, as official documents are set, where the landscape page has
   * room for it; 14 pt on a portrait page. */
  table.size = landscape ? HRP_BODY_SIZE : HRP_TABLE_SIZE;
  table.header_size = table.size - 2;
  set_columns (layout, &table, plan, widest, headings);
  set_header (layout, &table, headings);

  caption = g_strdup_printf (HRP_TERM_ACTION_PLAN "ตาม%s", hrp_plan_get_title (plan));
  hrp_layout_title (layout, caption, HRP_BODY_SIZE + 2, 0);
  organization = hrp_report_organization_line (plan);
  hrp_layout_title (layout, organization, HRP_BODY_SIZE, 8);
  draw_header (layout, &table);

  /* When it was printed, as Thai documents say it: a long Thai date,
   * kept on the page of the totals, which stay with the last row. */
  now = g_date_time_new_now_local ();
  date = hrp_thai_long_date (now, FALSE);
  date_line = g_strdup_printf (HRP_TERM_PRINTED_ON, date);
  date_layout = hrp_layout_block (layout, date_line, table.size, FALSE, hrp_layout_body_width (layout), PANGO_ALIGN_RIGHT, 0);
  total_row_init (&totals[0], layout, &table, HRP_TERM_TOTAL, listed_text);
  n_totals = 1;
  if (any_budget && once != listed)
    {
      total_row_init (&totals[1], layout, &table, HRP_TERM_TOTAL_ONCE, once_text);
      n_totals = 2;
    }
  reserve = hrp_layout_block_height (date_layout) + 8;
  for (guint t = 0; t < n_totals; t++)
    reserve += totals[t].height;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;

      lay_out_policy (layout, &table, policy, i + 1, i + 1 == n ? reserve : 0);

      done += g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (policy))) + 1;
      if (progress != NULL && (i % 10 == 9 || i + 1 == n))
        progress ((double) done / MAX (total, 1), data);
    }

  if (error == NULL || *error == NULL)
    {
      for (guint t = 0; t < n_totals; t++)
        place_total_row (layout, &table, &totals[t]);
      layout->y += 8;
      hrp_layout_flow (layout, date_layout, hrp_layout_body_left (layout));
      lay_out_signers (layout, plan);
    }

  for (guint t = 0; t < n_totals; t++)
    total_row_clear (&totals[t]);
  table_clear (&table);
  return error == NULL || *error == NULL;
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
