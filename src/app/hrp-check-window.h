/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-check-window.h — Check Plan: what is incomplete or suspicious in
 * the plan shown, before it is printed */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"
#include "hrp-window.h"

G_BEGIN_DECLS

#define HRP_TYPE_CHECK_WINDOW (hrp_check_window_get_type ())
G_DECLARE_FINAL_TYPE (HrpCheckWindow, hrp_check_window, HRP, CHECK_WINDOW, GtkWindow)

/* The problems of document's plan (hrp_plan_check ()), kept up to date
 * as it changes; activating one selects its node in parent's tree. */
HrpCheckWindow *hrp_check_window_new            (HrpWindow      *parent,
                                                 HrpDocument    *document);
HrpDocument    *hrp_check_window_get_document   (HrpCheckWindow *self);
/* The lines shown, one a problem. */
guint           hrp_check_window_get_n_problems (HrpCheckWindow *self);
const char     *hrp_check_window_get_problem    (HrpCheckWindow *self,
                                                 guint           i);

G_END_DECLS
