/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-plan.h — HrpPlan, the HR plan of one fiscal year */
#pragma once

#include <gio/gio.h>

#include "hrp-activity.h"

G_BEGIN_DECLS

#define HRP_FISCAL_YEAR_MIN 2400
#define HRP_FISCAL_YEAR_MAX 2800

/* HrpPlan ("fiscal-year", "org-name", "org-district", "org-province",
 * "title", "preamble", "vision", "policy-intro") */
#define HRP_TYPE_PLAN (hrp_plan_get_type ())
G_DECLARE_FINAL_TYPE (HrpPlan, hrp_plan, HRP, PLAN, GObject)

HrpPlan    *hrp_plan_new              (void);
int         hrp_plan_get_fiscal_year  (HrpPlan    *self);
void        hrp_plan_set_fiscal_year  (HrpPlan    *self,
                                       int         fiscal_year);
const char *hrp_plan_get_org_name     (HrpPlan    *self);
void        hrp_plan_set_org_name     (HrpPlan    *self,
                                       const char *text);
const char *hrp_plan_get_org_district (HrpPlan    *self);
void        hrp_plan_set_org_district (HrpPlan    *self,
                                       const char *text);
const char *hrp_plan_get_org_province (HrpPlan    *self);
void        hrp_plan_set_org_province (HrpPlan    *self,
                                       const char *text);
const char *hrp_plan_get_title        (HrpPlan    *self);
void        hrp_plan_set_title        (HrpPlan    *self,
                                       const char *text);
const char *hrp_plan_get_preamble     (HrpPlan    *self);
void        hrp_plan_set_preamble     (HrpPlan    *self,
                                       const char *text);
const char *hrp_plan_get_vision       (HrpPlan    *self);
void        hrp_plan_set_vision       (HrpPlan    *self,
                                       const char *text);
const char *hrp_plan_get_policy_intro (HrpPlan    *self);
void        hrp_plan_set_policy_intro (HrpPlan    *self,
                                       const char *text);
GListModel *hrp_plan_get_missions     (HrpPlan    *self);
GListModel *hrp_plan_get_strategies   (HrpPlan    *self);
GListModel *hrp_plan_get_positions    (HrpPlan    *self);
GListModel *hrp_plan_get_policies     (HrpPlan    *self);
/* Of HrpSigner: who signs the printed plan, in the order they sign. */
GListModel *hrp_plan_get_signers      (HrpPlan    *self);

/* Appends item to list, one of the lists of a plan that no document
 * holds yet: building a plan (an import, a copy, a test).  Every change
 * to an open plan goes through HrpDocument, so that it is saved and can
 * be undone; the lists are handed out read-only for that. */
void        hrp_model_list_append     (GListModel *list,
                                       gpointer    item);

/* A deep copy: every text, list, order and link (links point into the
 * copy).  Unlike an export and import it copies unfinished plans too. */
HrpPlan    *hrp_plan_copy             (HrpPlan    *self);

/* Removes from every text of the plan, its lists' and their items' (the
 * string properties of each), what hrp_text_sanitize () removes: run on
 * every plan an import reads, before it is shown or stored.  Returns the
 * number of characters removed or replaced. */
guint       hrp_plan_sanitize         (HrpPlan    *self);
/* Roll-over: set a new fiscal year and replace the old year number in the
 * title, whether it is written with Arabic or Thai digits. */
void        hrp_plan_roll_over        (HrpPlan    *self,
                                       int         new_year);

/* How many activities its policies hold (one listed under two policies
 * counts twice). */
guint       hrp_plan_count_activities (HrpPlan    *self);
/* The text of an item of a numbered list: a mission or a text. */
const char *hrp_plan_list_item_text (gpointer    item);
/* A list of the plan (texts or missions) as printed: "1. …", "2. …";
 * NULL-terminated. */
char      **hrp_plan_numbered_lines  (GListModel *items);

/* Sum of all activity budgets in satang (a policy-less duplicate is
 * counted every time it appears). Activities without budget count 0. */
gint64      hrp_plan_total_budget     (HrpPlan    *self);

/* The same sum with a project listed under several policies (same name,
 * same budget) counted once: the seed lists its training project under
 * policies 4 and 7. */
gint64      hrp_plan_total_budget_once    (HrpPlan     *self);
/* The words of the two totals, in the window's language, as the printed
 * table has them ("รวม", "รวม (โครงการที่ซ้ำกันหลายนโยบายนับครั้งเดียว)"):
 * every screen that shows a total labels it with these. */
const char *hrp_plan_total_label          (void);
const char *hrp_plan_total_once_label     (void);
/* The plan's total on one line, for a screen that shows it so: "Total
 * 400,000", or when a project is listed under several policies "Total
 * 400,000 · Total (a project listed under several policies counts once)
 * 200,000"; "Total -" when no activity has a budget. */
char       *hrp_plan_format_total         (HrpPlan     *self);
/* TRUE when an activity with this name and budget (not none, not 0) is
 * listed under more than one policy. */
gboolean    hrp_plan_activity_is_repeated (HrpPlan     *self,
                                           HrpActivity *activity);
/* The same for every activity at once: a set of the repeated ones
 * (HrpActivity pointers, not referenced; free with g_hash_table_unref). */
GHashTable *hrp_plan_repeated_activities  (HrpPlan     *self);

G_END_DECLS
