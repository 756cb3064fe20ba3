/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report-comparison.c — the comparison of two plans as a Thai document
 *
 * What changed from the older plan to the newer (hrp_plan_compare()):
 * a heading naming both fiscal years, the changes by kind of item, each
 * numbered with the text before and after under it, then every policy's
 * budget in both plans with the difference and the totals.
 */
#include "config.h"

#include "hrp-compare.h"
#include "hrp-report-private.h"
#include "hrp-terms.h"
#include "hrp-thai.h"

/* The changes {{{ */

/* The sections of the comparison and the changes each one holds. */
typedef enum {
  SECTION_PLAN,
  SECTION_MISSIONS,
  SECTION_STRATEGIES,
  SECTION_POSITIONS,
  SECTION_POLICIES,
  SECTION_ACTIVITIES,
  N_SECTIONS
} Section;

static Section
change_section (const HrpChange *change)
{
  switch (change->subject)
    {
    case HRP_CHANGE_MISSION:
      return SECTION_MISSIONS;
    case HRP_CHANGE_STRATEGY:
    case HRP_CHANGE_GOAL:
    case HRP_CHANGE_OBJECTIVE:
    case HRP_CHANGE_INDICATOR:
      return SECTION_STRATEGIES;
    case HRP_CHANGE_POSITION:
      return SECTION_POSITIONS;
    case HRP_CHANGE_POLICY:
      return SECTION_POLICIES;
    case HRP_CHANGE_ACTIVITY:
      return SECTION_ACTIVITIES;
    case HRP_CHANGE_PLAN:
    default:
      return change->field == HRP_CHANGE_FIELD_POLICY_INTRO ? SECTION_POLICIES : SECTION_PLAN;
    }
}

/* "1. text" hanging after its number, then the text before and after,
 * indented under it. */
static void
comparison_entry (HrpLayout       *layout,
                  const HrpChange *change,
                  guint            number)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = hrp_change_describe (change, HRP_LANGUAGE_THAI, &before, &after);
  g_autofree char *line = g_strdup_printf ("%u. %s", number, text);
  g_autoptr(PangoLayout) block = hrp_layout_block (layout, line, HRP_BODY_SIZE, FALSE,
                                                   hrp_layout_body_width (layout) - HRP_LIST_INDENT,
                                                   PANGO_ALIGN_LEFT, -HRP_LIST_INDENT);

  hrp_layout_flow (layout, block, hrp_layout_body_left (layout) + HRP_LIST_INDENT);
  if (before != NULL)
    {
      /* Hanging under the change's own line */
      static const HrpParagraphStyle before_after = {
        .size = HRP_BODY_SIZE, .indent = -HRP_LIST_INDENT, .left = 2 * HRP_LIST_INDENT
      };
      g_autofree char *was = g_strdup_printf (HRP_TERM_WAS ": %s", before);
      g_autofree char *now = g_strdup_printf (HRP_TERM_NEW ": %s", after);

      /* One paragraph each: a new line in a text would start another. */
      g_strdelimit (was, "\n", ' ');
      g_strdelimit (now, "\n", ' ');
      hrp_layout_paragraph (layout, was, &before_after);
      hrp_layout_paragraph (layout, now, &before_after);
    }
  layout->y += 2;
}

/* }}} */

/* The budgets {{{ */

#define N_BUDGET_COLUMNS 4

static char *
comparison_amount (gint64   satang,
                   gboolean present)
{
  if (!present || satang == 0)
    return g_strdup ("-");
  return hrp_money_format (satang, FALSE);
}

static char *
comparison_difference (gint64 difference)
{
  g_autofree char *money = NULL;

  if (difference == 0)
    return g_strdup ("-");
  money = hrp_money_format (ABS (difference), FALSE);
  return g_strdup_printf ("%s%s", difference > 0 ? "+" : "-", money);
}

/* A row of the budget table: whole on one page, the header repeated on
 * a new page; header is NULL for the header row itself. */
static void
comparison_row (HrpLayout              *layout,
                const HrpLayoutColumns *columns,
                const char            **cells,
                gboolean                bold,
                const char            **header)
{
  PangoLayout *blocks[N_BUDGET_COLUMNS];
  double height = 0;
  double top;

  for (guint c = 0; c < N_BUDGET_COLUMNS; c++)
    {
      PangoAlignment alignment = c == 0 ? PANGO_ALIGN_LEFT
                                 : header == NULL || g_str_equal (cells[c], "-") ? PANGO_ALIGN_CENTER
                                 : PANGO_ALIGN_RIGHT;

      blocks[c] = hrp_layout_block (layout, cells[c], header == NULL ? HRP_HEADER_SIZE : HRP_TABLE_SIZE,
                                    bold, hrp_layout_cell_width (columns, c, c), alignment, 0);
      height = MAX (height, hrp_layout_block_height (blocks[c]) + 2 * HRP_CELL_PAD);
    }

  if (layout->y + height > hrp_layout_body_bottom (layout) && layout->y > HRP_MARGIN_TOP)
    {
      hrp_layout_new_page (layout);
      if (header != NULL)
        comparison_row (layout, columns, header, TRUE, NULL);
    }

  top = layout->y;
  for (guint c = 0; c < N_BUDGET_COLUMNS; c++)
    {
      hrp_layout_place_cell (layout, columns, c, top, blocks[c]);
      g_object_unref (blocks[c]);
    }
  layout->y += height;
  hrp_layout_rule (layout, columns->x[0], top, columns->x[N_BUDGET_COLUMNS], top);
  hrp_layout_rule (layout, columns->x[0], layout->y, columns->x[N_BUDGET_COLUMNS], layout->y);
  for (guint c = 0; c <= N_BUDGET_COLUMNS; c++)
    hrp_layout_rule (layout, columns->x[c], top, columns->x[c], layout->y);
}

/* Every policy's budget in both plans, the difference, the totals. */
static void
comparison_budgets (HrpLayout *layout,
                    HrpPlan   *older,
                    HrpPlan   *newer)
{
  g_autoptr(GPtrArray) deltas = hrp_plan_compare_budgets (older, newer);
  g_autofree char *older_year = g_strdup_printf ("ปี %d (" HRP_TERM_BAHT ")", hrp_plan_get_fiscal_year (older));
  g_autofree char *newer_year = g_strdup_printf ("ปี %d (" HRP_TERM_BAHT ")", hrp_plan_get_fiscal_year (newer));
  const char *header[N_BUDGET_COLUMNS] = {
    HRP_TERM_POLICY, older_year, newer_year, HRP_TERM_DIFFERENCE " (" HRP_TERM_BAHT ")"
  };
  /* Shares of the body width. */
  static const double shares[N_BUDGET_COLUMNS] = { 0.46, 0.18, 0.18, 0.18 };
  HrpLayoutColumns columns = { 0 };
  gint64 before = 0, after = 0;
  double x = hrp_layout_body_left (layout);

  for (guint c = 0; c < N_BUDGET_COLUMNS; c++)
    {
      columns.x[c] = x;
      x += shares[c] * hrp_layout_body_width (layout);
    }
  columns.x[N_BUDGET_COLUMNS] = hrp_layout_body_left (layout) + hrp_layout_body_width (layout);

  hrp_layout_heading (layout, HRP_TERM_BUDGET_BY_POLICY, HRP_BODY_SIZE + 2, 6);
  comparison_row (layout, &columns, header, TRUE, NULL);
  for (guint i = 0; i < deltas->len; i++)
    {
      HrpBudgetDelta *delta = g_ptr_array_index (deltas, i);
      g_autofree char *policy = NULL;
      g_autofree char *older_amount = comparison_amount (delta->before, delta->number_before > 0);
      g_autofree char *newer_amount = comparison_amount (delta->after, delta->number_after > 0);
      g_autofree char *difference = comparison_difference (delta->after - delta->before);
      const char *cells[N_BUDGET_COLUMNS];

      if (delta->number_after == 0)
        policy = g_strdup_printf ("%s (" HRP_TERM_REMOVED "แล้ว)", delta->policy);
      else if (delta->number_before == 0)
        policy = g_strdup_printf ("%u. %s (" HRP_TERM_NEW ")", delta->number_after, delta->policy);
      else
        policy = g_strdup_printf ("%u. %s", delta->number_after, delta->policy);
      cells[0] = policy;
      cells[1] = older_amount;
      cells[2] = newer_amount;
      cells[3] = difference;
      comparison_row (layout, &columns, cells, FALSE, header);
      before += delta->before;
      after += delta->after;
    }

  {
    g_autofree char *older_total = hrp_money_format (before, FALSE);
    g_autofree char *newer_total = hrp_money_format (after, FALSE);
    g_autofree char *difference = comparison_difference (after - before);
    const char *cells[N_BUDGET_COLUMNS] = { HRP_TERM_TOTAL, older_total, newer_total, difference };

    comparison_row (layout, &columns, cells, TRUE, header);
  }
}

/* }}} */

/* The document {{{ */

static char *
comparison_title (HrpReport *self)
{
  return g_strdup_printf (HRP_TERM_COMPARISON,
                          hrp_plan_get_fiscal_year (self->older),
                          hrp_plan_get_fiscal_year (self->plan));
}

/* Laid out in one go: cancelled only before it starts. */
static gboolean
lay_out_comparison (HrpReport          *self,
                    GCancellable       *cancellable,
                    HrpReportProgress   progress,
                    gpointer            data,
                    GError            **error)
{
  static const char *titles[N_SECTIONS] = {
    HRP_TERM_PLAN_DETAILS,
    HRP_TERM_MISSIONS,
    HRP_TERM_STRATEGIES,
    HRP_TERM_POSITIONS,
    HRP_TERM_POLICIES,
    HRP_TERM_ACTIVITY,
  };
  HrpLayout *layout = self->layout;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *organization = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  changes = hrp_plan_compare (self->older, self->plan);
  title = comparison_title (self);
  organization = hrp_report_organization_line (self->plan);
  hrp_layout_new_page (layout);
  hrp_layout_paragraph (layout, title,
                        &(HrpParagraphStyle) { .size = HRP_TITLE_SIZE, .bold = TRUE,
                                               .alignment = PANGO_ALIGN_CENTER, .space_after = 2 });
  hrp_layout_paragraph (layout, organization,
                        &(HrpParagraphStyle) { .size = HRP_BODY_SIZE + 2, .bold = TRUE,
                                               .alignment = PANGO_ALIGN_CENTER,
                                               .space_after = 12 });

  if (changes->len == 0)
    hrp_layout_paragraph (layout, HRP_TERM_NO_CHANGE,
                          &(HrpParagraphStyle) { .size = HRP_BODY_SIZE, .space_after = 6 });
  else
    {
      g_autofree char *count = g_strdup_printf (HRP_TERM_N_CHANGES, changes->len);

      hrp_layout_paragraph (layout, count,
                            &(HrpParagraphStyle) { .size = HRP_BODY_SIZE, .space_after = 6 });
    }

  for (guint s = 0; s < N_SECTIONS; s++)
    {
      guint number = 0;

      for (guint i = 0; i < changes->len; i++)
        {
          HrpChange *change = g_ptr_array_index (changes, i);

          if (change_section (change) != s)
            continue;
          if (number == 0)
            hrp_layout_heading (layout, titles[s], HRP_BODY_SIZE + 2, 6);
          comparison_entry (layout, change, ++number);
        }
    }

  comparison_budgets (layout, self->older, self->plan);

  if (progress != NULL)
    progress (1.0, data);
  return TRUE;
}

const HrpReportDocument hrp_report_comparison_document = {
  comparison_title,
  lay_out_comparison,
};

/* }}} */
