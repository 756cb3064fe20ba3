/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-strategy.h — HrpStrategy, a strategy of the plan */
#pragma once

#include <gio/gio.h>

#include "hrp-mission.h"

G_BEGIN_DECLS

/* HrpStrategy ("title", "mission"; goals/objectives/indicators of HrpText) */
#define HRP_TYPE_STRATEGY (hrp_strategy_get_type ())
G_DECLARE_FINAL_TYPE (HrpStrategy, hrp_strategy, HRP, STRATEGY, GObject)

HrpStrategy *hrp_strategy_new            (const char  *title);
const char  *hrp_strategy_get_title      (HrpStrategy *self);
void         hrp_strategy_set_title      (HrpStrategy *self,
                                          const char  *title);
HrpMission  *hrp_strategy_get_mission    (HrpStrategy *self);
void         hrp_strategy_set_mission    (HrpStrategy *self,
                                          HrpMission  *mission);
GListModel  *hrp_strategy_get_goals      (HrpStrategy *self);
GListModel  *hrp_strategy_get_objectives (HrpStrategy *self);
GListModel  *hrp_strategy_get_indicators (HrpStrategy *self);

G_END_DECLS
