/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-plan-entry-private.h — what the library alone does with entries */
#pragma once

#include "hrp-library.h"

G_BEGIN_DECLS

HrpPlanEntry *hrp_plan_entry_new (int         fiscal_year,
                                  const char *title);

G_END_DECLS
