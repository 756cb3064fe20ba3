/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-action-plan.h — the plan's activities as one table, as printed
 *
 * Per policy a heading row ("Policy N: title"), its activities (edited in
 * place, like in the activity table) and a subtotal; at the end the total
 * as listed and, when a project is listed under several policies, the
 * total counting it once.  The rows follow every change of the plan.
 */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"

G_BEGIN_DECLS

#define HRP_TYPE_ACTION_PLAN (hrp_action_plan_get_type ())
G_DECLARE_FINAL_TYPE (HrpActionPlan, hrp_action_plan, HRP, ACTION_PLAN, GtkWidget)

/* document may be NULL. */
GtkWidget   *hrp_action_plan_new          (HrpDocument   *document);
HrpDocument *hrp_action_plan_get_document (HrpActionPlan *self);
void         hrp_action_plan_set_document (HrpActionPlan *self,
                                           HrpDocument   *document);

G_END_DECLS
