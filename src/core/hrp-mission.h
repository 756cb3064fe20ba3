/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-mission.h — HrpMission, one mission of the plan */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* HrpMission ("text") */
#define HRP_TYPE_MISSION (hrp_mission_get_type ())
G_DECLARE_FINAL_TYPE (HrpMission, hrp_mission, HRP, MISSION, GObject)

HrpMission *hrp_mission_new      (const char *text);
const char *hrp_mission_get_text (HrpMission *self);
void        hrp_mission_set_text (HrpMission *self,
                                  const char *text);

G_END_DECLS
