/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-policy.h — HrpPolicy, an HR policy of the plan */
#pragma once

#include <gio/gio.h>

#include "hrp-activity.h"
#include "hrp-strategy.h"

G_BEGIN_DECLS

/* HrpPolicy ("title", "description", "strategy"; activities of HrpActivity) */
#define HRP_TYPE_POLICY (hrp_policy_get_type ())
G_DECLARE_FINAL_TYPE (HrpPolicy, hrp_policy, HRP, POLICY, GObject)

HrpPolicy   *hrp_policy_new             (const char  *title);
const char  *hrp_policy_get_title       (HrpPolicy   *self);
void         hrp_policy_set_title       (HrpPolicy   *self,
                                         const char  *title);
const char  *hrp_policy_get_description (HrpPolicy   *self);
void         hrp_policy_set_description (HrpPolicy   *self,
                                         const char  *description);
HrpStrategy *hrp_policy_get_strategy    (HrpPolicy   *self);
void         hrp_policy_set_strategy    (HrpPolicy   *self,
                                         HrpStrategy *strategy);
GListModel  *hrp_policy_get_activities  (HrpPolicy   *self);

G_END_DECLS
