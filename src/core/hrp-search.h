/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-search.h — which texts of a plan match what the user looks for,
 * and replacing them through the document (one undo step for all)
 *
 * The texts are those the user wrote: the plan's details (organization,
 * title, preamble, positions, the policies' introduction, the signers),
 * the vision, missions, strategies with their goals, objectives and
 * indicators, policies with their descriptions and activities.  Numbers
 * (budgets, the fiscal year) and the program's own headings are not
 * texts of the plan.  Letters match whatever their case.
 */
#pragma once

#include "hrp-document.h"
#include "hrp-model.h"

G_BEGIN_DECLS

typedef struct {
  /* Where the user sees it: the plan (its details, or its vision when
   * property is "vision"), a mission, a strategy or a policy. */
  GObject    *owner;
  /* What holds the text: owner itself, or an HrpText, HrpActivity or
   * HrpSigner of it. */
  GObject    *object;
  const char *property;   /* interned */
  gsize       start;      /* the match, in bytes of the text */
  gsize       end;
} HrpSearchMatch;

void            hrp_search_match_free   (HrpSearchMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpSearchMatch, hrp_search_match_free)

/* Finds query in text from byte offset from; TRUE with the match's
 * bytes in *start and *end.  An empty query matches nothing. */
gboolean        hrp_search_find         (const char     *text,
                                         const char     *query,
                                         gsize           from,
                                         gsize          *start,
                                         gsize          *end);
/* Every match of query in the plan's texts, in the order of the printed
 * plan: details, vision, missions, strategies, policies and their
 * activities.  Element type HrpSearchMatch. */
GPtrArray      *hrp_search_plan         (HrpPlan        *plan,
                                         const char     *query);
/* Replaces the text of one match (still as found) with replacement. */
gboolean        hrp_search_replace      (HrpDocument    *document,
                                         HrpSearchMatch *match,
                                         const char     *replacement,
                                         GError        **error);
/* Replaces every match of query in the plan, as one undo step; the
 * number replaced in *n_replaced. */
gboolean        hrp_search_replace_all  (HrpDocument    *document,
                                         const char     *query,
                                         const char     *replacement,
                                         guint          *n_replaced,
                                         GError        **error);

G_END_DECLS
