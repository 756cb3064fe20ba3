/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-compare.h — what changed between two plans (last year's and this
 * year's, or two versions of one year)
 *
 * Items are matched by their place and their text, never by database
 * ids: a plan copied, exported and imported again compares as equal.
 * No GTK here.
 */
#pragma once

#include "hrp-model.h"

G_BEGIN_DECLS

typedef enum {
  HRP_CHANGE_ADDED,
  HRP_CHANGE_REMOVED,
  HRP_CHANGE_CHANGED,
  HRP_CHANGE_MOVED,      /* the same item at another place in its list */
} HrpChangeKind;

typedef enum {
  HRP_CHANGE_PLAN,       /* a field of the plan itself */
  HRP_CHANGE_MISSION,
  HRP_CHANGE_STRATEGY,
  HRP_CHANGE_GOAL,       /* an entry of a strategy's lists */
  HRP_CHANGE_OBJECTIVE,
  HRP_CHANGE_INDICATOR,
  HRP_CHANGE_POSITION,
  HRP_CHANGE_POLICY,
  HRP_CHANGE_ACTIVITY,
  HRP_CHANGE_SIGNER,     /* who signs the plan */
} HrpChangeSubject;

typedef enum {
  HRP_CHANGE_FIELD_NONE,          /* the whole item: added, removed, moved */
  HRP_CHANGE_FIELD_TEXT,          /* a text, a title, an activity's name */
  HRP_CHANGE_FIELD_DESCRIPTION,   /* a policy's description */
  HRP_CHANGE_FIELD_LINK,          /* strategy → mission, policy → strategy */
  HRP_CHANGE_FIELD_BUDGET,
  HRP_CHANGE_FIELD_QUARTERS,
  HRP_CHANGE_FIELD_ORG_NAME,      /* the plan's fields */
  HRP_CHANGE_FIELD_ORG_DISTRICT,
  HRP_CHANGE_FIELD_ORG_PROVINCE,
  HRP_CHANGE_FIELD_TITLE,
  HRP_CHANGE_FIELD_PREAMBLE,
  HRP_CHANGE_FIELD_VISION,
  HRP_CHANGE_FIELD_POLICY_INTRO,
  HRP_CHANGE_FIELD_SIGNER_POSITION, /* a signer's position (TEXT: its name) */
  HRP_CHANGE_FIELD_SIGNER_ROLE,
} HrpChangeField;

/* One change.  Numbers are 1-based places in the older (_before) and the
 * newer (_after) plan, 0 where the item is absent. */
typedef struct {
  HrpChangeKind     kind;
  HrpChangeSubject  subject;
  HrpChangeField    field;
  /* The strategy or policy owning a goal, objective, indicator or
   * activity; 0 for other subjects. */
  guint             owner_before, owner_after;
  /* The item itself (0 for the plan's fields). */
  guint             number_before, number_after;
  /* The item's text (the newer one where it has two): names the item in
   * a change of one of its fields. */
  char             *name;
  /* The field's text before and after: the item's text for ADDED (after)
   * and REMOVED (before), the changed text, or the linked mission's or
   * strategy's text for a LINK.  NULL where there is none. */
  char             *before, *after;
  /* LINK: the linked mission or strategy, 0 for none. */
  guint             link_before, link_after;
  /* Activities: satang or HRP_BUDGET_NONE. */
  gint64            budget_before, budget_after;
  /* Activities: bit (q − 1) set when quarter q is ticked. */
  guint             quarters_before, quarters_after;
  /* Signers: the signer's position (the newer one where it has two),
   * which names the signer together with name. */
  char             *signer_position;
  /* A TEXT change of a mission, strategy or policy matched by its place
   * and links alone: the item renamed, not one removed and one added. */
  gboolean          renamed;
} HrpChange;

void       hrp_change_free          (HrpChange        *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpChange, hrp_change_free)

/* The changes from older to newer (a GPtrArray of HrpChange, owning them)
 * in the order of the document: the plan's fields, missions, strategies
 * (each with its goals, objectives and indicators), positions, the
 * policies' introduction, policies (each with its activities), signers.
 *
 * A text that differs only in white space, in Thai or Arabic digits, or
 * in the fiscal year (older's year written as newer's) is unchanged.  An added or removed strategy or policy is one change, not
 * one per goal or activity. */
GPtrArray *hrp_plan_compare         (HrpPlan          *older,
                                     HrpPlan          *newer);

/* The words of a description. */
typedef enum {
  HRP_LANGUAGE_UI,     /* the program's language (gettext), as a window speaks */
  HRP_LANGUAGE_THAI,   /* Thai as an official document words it, whatever
                        * the program's language */
} HrpLanguage;

/* One line describing change in language.  In HRP_LANGUAGE_UI it says it
 * all, e.g. "Policy 4: activity “…” added (200,000 baht)".  In
 * HRP_LANGUAGE_THAI, as the printed comparison words it, a changed text,
 * description or link is not quoted in the line: the text before and the
 * text after are set in *before and *after ("-" for an empty text), to be
 * printed under the line.  Otherwise (and always in HRP_LANGUAGE_UI) they
 * are set to NULL.  before and after may be NULL. */
char      *hrp_change_describe      (const HrpChange  *change,
                                     HrpLanguage       language,
                                     char            **before,
                                     char            **after);

/* The budget of one policy in both plans. */
typedef struct {
  char   *policy;                        /* its newer title (older if removed) */
  guint   number_before, number_after;   /* 1-based, 0 where absent */
  gint64  before, after;                 /* satang; 0 where absent or without budget */
} HrpBudgetDelta;

void       hrp_budget_delta_free    (HrpBudgetDelta   *delta);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpBudgetDelta, hrp_budget_delta_free)

/* Every policy of either plan (a GPtrArray of HrpBudgetDelta), matched as
 * hrp_plan_compare() matches them, in the same order.  The sums of before
 * and after are hrp_plan_total_budget() of older and newer. */
GPtrArray *hrp_plan_compare_budgets (HrpPlan          *older,
                                     HrpPlan          *newer);

/* Similarity of two texts, 0..1: 1 − the edit distance between their
 * Unicode characters (white space collapsed) / the longer length.  Two
 * texts of one item are "similar" from HRP_COMPARE_SIMILAR. */
#define HRP_COMPARE_SIMILAR 0.6
double     hrp_compare_similarity   (const char       *a,
                                     const char       *b);

G_END_DECLS
