/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-print-preview.h — the plan's printed pages on screen, one at a time */
#pragma once

#include <gtk/gtk.h>

#include "hrp-model.h"
#include "hrp-report.h"

G_BEGIN_DECLS

#define HRP_TYPE_PRINT_PREVIEW (hrp_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (HrpPrintPreview, hrp_print_preview, HRP, PRINT_PREVIEW, GtkWindow)

/* A modal window over parent (may be NULL).  The pages are laid out from
 * a copy of plan taken now, in a worker thread; "busy" is TRUE until
 * they are ready, and again after each change of the options.  options
 * may be NULL (the whole plan, Arabic digits, a landscape table). */
GtkWidget *hrp_print_preview_new         (GtkWindow              *parent,
                                          HrpPlan                *plan,
                                          const HrpReportOptions *options);
HrpPlan   *hrp_print_preview_get_plan    (HrpPrintPreview        *self);

void       hrp_print_preview_get_options (HrpPrintPreview        *self,
                                          HrpReportOptions       *options);
/* Lays the pages out again when the options differ. */
void       hrp_print_preview_set_options (HrpPrintPreview        *self,
                                          const HrpReportOptions *options);

/* TRUE while pages are being laid out (the pages shown, if any, are
 * those of the options before). */
gboolean   hrp_print_preview_get_busy    (HrpPrintPreview        *self);
/* 0 until the first layout is done. */
guint      hrp_print_preview_get_n_pages (HrpPrintPreview        *self);
/* The page shown, 0-based. */
guint      hrp_print_preview_get_page    (HrpPrintPreview        *self);
/* Shows page (clamped to the pages there are). */
void       hrp_print_preview_set_page    (HrpPrintPreview        *self,
                                          guint                   page);

/* Starts printing the plan with the options shown (the print dialog,
 * over the preview). */
void       hrp_print_preview_print       (HrpPrintPreview        *self);

G_END_DECLS
