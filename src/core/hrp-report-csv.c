/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report-csv.c — the action-plan table as CSV, for spreadsheets
 *
 * One row per activity, under its policy's number and title, with the
 * budget as a plain number and a tick for each quarter.
 *
 * Plans come from other offices, so a text may be written to make a
 * spreadsheet compute it (CSV injection): a cell that starts with "=",
 * "+", "-" or "@" is a formula to Excel and LibreOffice Calc, and one
 * that starts with a tab or a carriage return can become one once the
 * spreadsheet trims it.  Every text cell that starts with one of these
 * is written with an apostrophe before it, as OWASP recommends: both
 * spreadsheets show such a cell as text.  The one exception is a cell
 * that is "-" alone, which the plans use for "nothing" and which no
 * spreadsheet reads as a formula.  A program that reads the CSV back gets
 * a text such as "-5" as "'-5": one apostrophe before one of those
 * characters is ours, and dropping it gives the plan's text.  Amounts are
 * written as plain numbers, never as text, so they stay numbers.
 */
#include "config.h"

#include <string.h>

#include "hrp-report.h"
#include "hrp-terms.h"
#include "hrp-thai.h"

/* Whether a spreadsheet could take text for a formula (see above). */
static gboolean
csv_needs_apostrophe (const char *text)
{
  if (text == NULL || g_str_equal (text, "-"))
    return FALSE;
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static void
csv_field (GString    *out,
           const char *text)
{
  /* RFC 4180: quoted, quotes doubled; new lines kept inside quotes. */
  g_string_append_c (out, '"');
  if (csv_needs_apostrophe (text))
    g_string_append_c (out, '\'');
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

GBytes *
hrp_report_table_csv (HrpPlan *plan)
{
  static const char *header[] = {
    HRP_TERM_POLICY, HRP_TERM_ACTIVITY, HRP_TERM_BUDGET_BAHT,
    HRP_TERM_QUARTER " 1", HRP_TERM_QUARTER " 2", HRP_TERM_QUARTER " 3", HRP_TERM_QUARTER " 4",
  };
  GListModel *policies;
  GString *out;

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  /* The byte-order mark makes Excel read UTF-8 (Thai) correctly. */
  out = g_string_new ("\xEF\xBB\xBF");
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      csv_field (out, header[c]);
    }
  g_string_append (out, "\r\n");

  policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);
          gint64 budget = hrp_activity_get_budget (activity);

          csv_field (out, title);
          g_string_append_c (out, ',');
          csv_field (out, hrp_activity_get_name (activity));
          g_string_append_c (out, ',');
          /* A plain number that spreadsheets add up; empty for none. */
          if (budget != HRP_BUDGET_NONE)
            {
              g_autofree char *decimal = hrp_money_to_decimal (budget);

              g_string_append (out, decimal);
            }
          for (guint q = 1; q <= 4; q++)
            {
              g_string_append_c (out, ',');
              if (hrp_activity_get_quarter (activity, q))
                csv_field (out, "✓");
            }
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free_to_bytes (out);
}
