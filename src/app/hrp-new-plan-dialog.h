/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-new-plan-dialog.h — New Plan: a fiscal year, and what it starts
 * from (empty, or a copy of another year's plan) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HRP_TYPE_NEW_PLAN_DIALOG (hrp_new_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HrpNewPlanDialog, hrp_new_plan_dialog, HRP, NEW_PLAN_DIALOG, GtkWindow)

/* Signal "create" (int year, int copy_of) → gboolean: Create was chosen;
 * copy_of is 0 for an empty plan.  The handler returns TRUE when the
 * plan was made (the dialog closes), FALSE to keep it open (another year
 * can be chosen). */

/* plans: the plans to copy from (HrpPlanEntry, newest first); year: the
 * year proposed.  Copying the newest plan is chosen first, as most users
 * do. */
HrpNewPlanDialog *hrp_new_plan_dialog_new      (GtkWindow        *parent,
                                                GListModel       *plans,
                                                int               year);
int               hrp_new_plan_dialog_get_year (HrpNewPlanDialog *self);
/* The year whose plan is copied, or 0 for an empty plan. */
int               hrp_new_plan_dialog_get_copy_of (HrpNewPlanDialog *self);

G_END_DECLS
