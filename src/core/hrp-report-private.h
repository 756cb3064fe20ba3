/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report-private.h — what the report's files share
 *
 * HrpReport's structure and its documents: the plan (hrp-report-plan.c)
 * and the comparison of two plans (hrp-report-comparison.c), each laid
 * out on the report's HrpLayout.
 * No GTK here.
 */
#pragma once

#include "hrp-layout.h"
#include "hrp-report.h"

G_BEGIN_DECLS

typedef void (*HrpReportProgress) (double   done,
                                   gpointer data);

/* What a report lays out: the plan, or the comparison of two plans.  The
 * constructor chooses it. */
typedef struct {
  /* The document's title (the PDF's). */
  char     *(*title)   (HrpReport          *self);
  /* Lays the document out on self->layout; FALSE (error set) only when
   * cancelled.  progress (may be NULL) is called with the share done. */
  gboolean  (*lay_out) (HrpReport          *self,
                        GCancellable       *cancellable,
                        HrpReportProgress   progress,
                        gpointer            data,
                        GError            **error);
} HrpReportDocument;

struct _HrpReport
{
  GObject                  parent_instance;

  const HrpReportDocument *document;
  HrpPlan                 *plan;      /* the plan, or the newer of two compared */
  HrpPlan                 *older;     /* the older of two compared, else NULL */
  HrpReportOptions         options;
  HrpLayout               *layout;
};

extern const HrpReportDocument hrp_report_plan_document;
extern const HrpReportDocument hrp_report_comparison_document;

/* The plan's organization, district and province on one line. */
char       *hrp_report_organization_line  (HrpPlan      *plan);

/* A strategy as the plan prints it: "ยุทธศาสตร์ที่ N …", then its lists
 * (goals, objectives, indicators: i < HRP_STRATEGY_N_LISTS), each under
 * its Thai heading. */
#define HRP_STRATEGY_N_LISTS 3
char       *hrp_report_strategy_title     (HrpStrategy  *strategy,
                                           guint         number);
GListModel *hrp_report_strategy_list      (HrpStrategy  *strategy,
                                           guint         i,
                                           const char  **heading);

/* The share of rest (points, the width of the policy and the activity
 * together) the policy's column takes, from the texts of the plan, a
 * spacing character taken as per_character points wide. */
double      hrp_report_policy_share       (HrpPlan      *plan,
                                           double        per_character,
                                           double        rest);

G_END_DECLS
