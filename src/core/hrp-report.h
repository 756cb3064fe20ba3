/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report.h — the plan laid out as a Thai official document
 *
 * One renderer for every output: PDF export, printing and the print
 * preview.  The report is laid out in points (1/72 inch) with cairo and
 * pango, page by page; a page is then drawn on any cairo context whose
 * user space is in points with the origin at the page's top left.
 * No GTK here.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "hrp-model.h"

G_BEGIN_DECLS

/* A4 in points. */
#define HRP_REPORT_A4_WIDTH  595.276
#define HRP_REPORT_A4_HEIGHT 841.890

/* The pages of the action-plan table; the rest of the plan is always
 * portrait. */
typedef enum {
  HRP_TABLE_LANDSCAPE,    /* the default: the table is wide */
  HRP_TABLE_PORTRAIT,
} HrpTableOrientation;

/* Zero-initialised: the whole plan, Arabic digits, a landscape table. */
typedef struct {
  gboolean            table_only;         /* only the action-plan table */
  gboolean            thai_digits;        /* every digit printed as ๐–๙ */
  HrpTableOrientation table_orientation;
} HrpReportOptions;

#define HRP_TYPE_REPORT (hrp_report_get_type ())
G_DECLARE_FINAL_TYPE (HrpReport, hrp_report, HRP, REPORT, GObject)

HrpReport  *hrp_report_new             (HrpPlan                *plan,
                                        const HrpReportOptions *options);
/* The changes from older to newer (hrp_plan_compare()) as a short Thai
 * document: a heading naming both fiscal years, the changes by kind of
 * item, and a table of every policy's budget in both plans with the
 * difference and the totals, on portrait pages.  Options other than
 * thai_digits are ignored. */
HrpReport  *hrp_report_new_comparison  (HrpPlan                *older,
                                        HrpPlan                *newer,
                                        const HrpReportOptions *options);
/* The paper in points (default A4), either way round: portrait pages
 * are the narrower way, landscape pages the wider. */
void        hrp_report_set_page_size   (HrpReport              *self,
                                        double                  width,
                                        double                  height);
/* The size of page (0-based) in points as it is drawn: a landscape page
 * is wider than high.  Before pagination, or past the last page, the
 * paper's portrait size. */
void        hrp_report_get_page_size   (HrpReport              *self,
                                        guint                   page,
                                        double                 *width,
                                        double                 *height);
gboolean    hrp_report_page_is_landscape (HrpReport            *self,
                                          guint                 page);

/* Lays out the whole report.  progress (may be NULL) is called now and
 * then with the share done (0..1).  FALSE only when cancelled. */
gboolean    hrp_report_paginate        (HrpReport              *self,
                                        GCancellable           *cancellable,
                                        void                  (*progress) (double   done,
                                                                           gpointer data),
                                        gpointer                data,
                                        GError                **error);
guint       hrp_report_get_n_pages     (HrpReport              *self);
/* Draws page (0-based) on cr, in points, origin at the page's top left. */
void        hrp_report_draw_page       (HrpReport              *self,
                                        cairo_t                *cr,
                                        guint                   page);

/* The font family used: TH Sarabun New, TH SarabunPSK, Sarabun or
 * Laksaman when installed, else the default sans-serif. */
const char *hrp_report_get_font_family (void);

/* The columns of the action-plan table, as it is printed, exported and
 * read back from a document */
typedef enum {
  HRP_COLUMN_POLICY,
  HRP_COLUMN_ACTIVITY,
  HRP_COLUMN_BUDGET,
  HRP_COLUMN_Q1,
  HRP_N_COLUMNS = HRP_COLUMN_Q1 + 4,
} HrpTableColumn;

/* The whole report as a PDF (fonts embedded, title and author set). */
GBytes     *hrp_report_to_pdf          (HrpReport              *self,
                                        GCancellable           *cancellable,
                                        GError                **error);

/* Lays out a copy of plan off the calling thread (the plan may be edited
 * meanwhile), with a font map of its own, so that its pages can then be
 * drawn on the calling thread; when file is not NULL, also writes the
 * report there as a PDF.  The print preview and PDF export both use it.
 * progress (may be NULL) is called on the calling thread's main context
 * with the share done, never after callback. */
void        hrp_report_paginate_async   (HrpPlan                *plan,
                                         const HrpReportOptions *options,
                                         GFile                  *file,
                                         GCancellable           *cancellable,
                                         void                  (*progress) (double   done,
                                                                            gpointer data),
                                         gpointer                progress_data,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data);
/* The report laid out (and written), or NULL with error (cancelled, or
 * the file could not be written). */
HrpReport  *hrp_report_paginate_finish  (GAsyncResult           *result,
                                         GError                **error);

/* The action-plan table as CSV: UTF-8 with a byte-order mark, a header
 * row, then one row per activity (policy, activity, budget, Q1–Q4). */
GBytes     *hrp_report_table_csv       (HrpPlan                *plan);

G_END_DECLS
