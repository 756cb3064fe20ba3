/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-model.h — the plan's objects
 *
 * A plan (one fiscal year) owns ordered lists of missions, strategies,
 * strategic positions, HR policies and signers; a policy owns its
 * activities.
 * Every list is handed out as a read-only GListModel, so views bind to
 * it directly and every change to an open plan goes through HrpDocument
 * (saved, undoable); a plan being built (an import, a copy) is filled
 * with hrp_model_list_append ().  Links (strategy → mission, policy → strategy) are plain
 * object references that must point into the same plan.
 *
 * The objects are plain GObjects with notifying properties, one type per
 * file (hrp-plan.c, hrp-mission.c, hrp-strategy.c, hrp-policy.c,
 * hrp-activity.c, hrp-signer.c, hrp-text.c, each with its header).  This header
 * includes them all: it is the one that callers include.
 */
#pragma once

#include "hrp-activity.h"
#include "hrp-mission.h"
#include "hrp-plan.h"
#include "hrp-policy.h"
#include "hrp-signer.h"
#include "hrp-strategy.h"
#include "hrp-text.h"
