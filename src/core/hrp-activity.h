/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity.h — HrpActivity, an activity or project under an HR policy */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Budget in satang (1/100 baht); HRP_BUDGET_NONE means "no budget",
 * printed "-", which differs from 0. */
#define HRP_BUDGET_NONE ((gint64) -1)
#define HRP_BUDGET_MAX  ((gint64) 99999999999999) /* 999,999,999,999.99 baht */

/* HrpActivity ("name", "budget" in satang or HRP_BUDGET_NONE, "q1".."q4") */
#define HRP_TYPE_ACTIVITY (hrp_activity_get_type ())
G_DECLARE_FINAL_TYPE (HrpActivity, hrp_activity, HRP, ACTIVITY, GObject)

HrpActivity *hrp_activity_new         (const char  *name);
const char  *hrp_activity_get_name    (HrpActivity *self);
void         hrp_activity_set_name    (HrpActivity *self,
                                       const char  *name);
gint64       hrp_activity_get_budget  (HrpActivity *self);
void         hrp_activity_set_budget  (HrpActivity *self,
                                       gint64       satang);
/* quarter is 1..4 */
gboolean     hrp_activity_get_quarter (HrpActivity *self,
                                       guint        quarter);
void         hrp_activity_set_quarter (HrpActivity *self,
                                       guint        quarter,
                                       gboolean     active);

G_END_DECLS
