/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-check.h — what is incomplete or suspicious in a plan, before it is
 * printed
 *
 * The Check Plan view and `hrplan --check` show the same list: one
 * problem a line, naming the item as the window's tree does.  No GTK
 * here.
 */
#pragma once

#include "hrp-document.h"
#include "hrp-model.h"

G_BEGIN_DECLS

typedef enum {
  HRP_PROBLEM_NO_QUARTER,      /* an activity with no quarter ticked */
  HRP_PROBLEM_NO_ACTIVITIES,   /* a policy without activities */
  HRP_PROBLEM_NOT_LINKED,      /* a strategy without its mission, a policy without its strategy */
  HRP_PROBLEM_EMPTY_TITLE,     /* a plan (its title, organization or vision), mission,
                                * strategy, policy or activity with no text */
  HRP_PROBLEM_NO_SIGNERS,      /* no one signs the plan */
  HRP_PROBLEM_WRONG_YEAR,      /* the plan's title names another fiscal year */
  HRP_PROBLEM_BUDGET_DIFFERS,  /* one project under two policies, with two budgets */
  HRP_PROBLEM_LAST_YEAR,       /* last year's number left behind by a roll-over */
} HrpProblemKind;

typedef struct {
  HrpProblemKind  kind;
  /* The object the problem is in (the plan, a mission, strategy, text,
   * policy, activity), and the property of its text concerned (NULL for
   * none: a missing link, quarter, activity or signer). */
  GObject        *item;
  const char     *property;   /* interned */
  /* The node of the window's tree that shows it: the plan, a mission, a
   * strategy or a policy (an activity's policy, a goal's strategy). */
  GObject        *node;
  /* "Policy 4 › activity 1", as the tree names it, in the program's
   * language; the problem ("no quarter ticked"); and the two as one line
   * ("Policy 4 › activity 1: no quarter ticked"). */
  char           *place;
  char           *message;
  char           *line;
  /* HRP_PROBLEM_LAST_YEAR: the text with this year's number in place of
   * last year's (a range such as 2567–2569 left as it is). */
  char           *replacement;
} HrpProblem;

void        hrp_problem_free          (HrpProblem  *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpProblem, hrp_problem_free)

/* The problems of plan (a GPtrArray of HrpProblem, owning them) in the
 * order of the document: the plan's fields, missions, strategies,
 * positions, policies with their activities, signers. */
GPtrArray  *hrp_plan_check            (HrpPlan     *plan);

/* text with every whole old_year (Arabic or Thai digits) replaced by
 * new_year in the same digits, except where it is one end of a range of
 * years ("2567–2569", "2568-2570"). */
char       *hrp_check_replace_year    (const char  *text,
                                       int          old_year,
                                       int          new_year);

/* Applies the replacements of the HRP_PROBLEM_LAST_YEAR problems of
 * problems (a GPtrArray of HrpProblem; the others are skipped) as one
 * undo step of document.  Returns how many texts it changed, or -1 with
 * error. */
int         hrp_check_replace_years   (HrpDocument *document,
                                       GPtrArray   *problems,
                                       GError     **error);

G_END_DECLS
