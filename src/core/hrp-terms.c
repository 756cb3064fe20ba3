/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-terms.c — each printed word beside the msgid of its concept */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-terms.h"

static const HrpTermPair pairs[] = {
  { N_("Preamble"), HRP_TERM_PREAMBLE },
  { N_("Vision"), HRP_TERM_VISION },
  { N_("Mission"), HRP_TERM_MISSIONS },
  { N_("Strategy"), HRP_TERM_STRATEGIES },
  { N_("Goals"), HRP_TERM_GOALS },
  { N_("Objectives"), HRP_TERM_OBJECTIVES },
  { N_("Indicators"), HRP_TERM_INDICATORS },
  { N_("Strategic positions"), HRP_TERM_POSITIONS },
  { N_("Introduction to the HR policies"), HRP_TERM_POLICIES },
  { N_("Action Plan"), HRP_TERM_ACTION_PLAN },
  { N_("Policy"), HRP_TERM_POLICY },
  { N_("Activity / project"), HRP_TERM_ACTIVITY },
  { N_("Budget (baht)"), HRP_TERM_BUDGET_HEADER },
  { N_("Budget (baht)"), HRP_TERM_BUDGET_BAHT },
  { N_("Quarter %u"), HRP_TERM_QUARTER },
  { N_("Total"), HRP_TERM_TOTAL },
  { N_("Total (a project listed under several policies counts once)"), HRP_TERM_TOTAL_ONCE },
  { N_("Plan Details"), HRP_TERM_PLAN_DETAILS },
  { N_("Nothing changed since fiscal year %d."), HRP_TERM_NO_CHANGE },
  { N_("Budget by policy"), HRP_TERM_BUDGET_BY_POLICY },
  { N_("Difference"), HRP_TERM_DIFFERENCE },
  { N_("%s baht"), HRP_TERM_BAHT },
  { N_("no budget"), HRP_TERM_NO_BUDGET },
  { N_("no quarter ticked"), HRP_TERM_NO_QUARTER },
  { N_("none"), HRP_TERM_NO_QUARTER },
  { N_("Not linked"), HRP_TERM_NOT_LINKED },
  { N_("Organization"), HRP_TERM_ORGANIZATION },
  { N_("District"), HRP_TERM_DISTRICT },
  { N_("Province"), HRP_TERM_PROVINCE },
  { N_("Title of the plan"), HRP_TERM_TITLE },
  { N_("Introduction to the policies"), HRP_TERM_POLICY_INTRO },
  { N_("Mission %u"), HRP_TERM_MISSION_N },
  { N_("Strategy %u"), HRP_TERM_STRATEGY_N },
  { N_("Strategy %u, goal %u"), HRP_TERM_GOAL_N },
  { N_("Strategy %u, objective %u"), HRP_TERM_OBJECTIVE_N },
  { N_("Strategy %u, indicator %u"), HRP_TERM_INDICATOR_N },
  { N_("Strategic position %u"), HRP_TERM_POSITION_N },
  { N_("Policy %u"), HRP_TERM_POLICY_N },
  { N_("Policy %u, activity %u"), HRP_TERM_ACTIVITY_N },
  { N_("Signer %u"), HRP_TERM_SIGNER_N },
  { N_("_Delete"), HRP_TERM_REMOVED },
};

/* The pairs, for the test that holds the printed words and the catalog
 * together (tests/test-po.c). */
const HrpTermPair *
hrp_terms (guint *n_terms)
{
  *n_terms = G_N_ELEMENTS (pairs);
  return pairs;
}
