/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-compare-window.h — what changed between two plans of the library */
#pragma once

#include <gtk/gtk.h>

#include "hrp-model.h"
#include "hrp-library.h"

G_BEGIN_DECLS

#define HRP_TYPE_COMPARE_WINDOW (hrp_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (HrpCompareWindow, hrp_compare_window, HRP, COMPARE_WINDOW, GtkWindow)

/* Compares plan with another stored plan: by default the one of the year
 * before (or else the newest older one). */
HrpCompareWindow *hrp_compare_window_new             (GtkWindow        *parent,
                                                      HrpLibrary       *library,
                                                      HrpPlan          *plan);
/* The year compared with (0: none stored); FALSE when not stored. */
int               hrp_compare_window_get_other_year  (HrpCompareWindow *self);
gboolean          hrp_compare_window_set_other_year  (HrpCompareWindow *self,
                                                      int               year);
/* The lines shown, one per change. */
guint             hrp_compare_window_get_n_changes   (HrpCompareWindow *self);
const char       *hrp_compare_window_get_change      (HrpCompareWindow *self,
                                                      guint             i);
/* Writes the comparison as a short PDF document. */
gboolean          hrp_compare_window_export_pdf      (HrpCompareWindow *self,
                                                      GFile            *file,
                                                      GError          **error);

G_END_DECLS
