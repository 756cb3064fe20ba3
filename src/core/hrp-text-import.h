/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-import.h — a plan from the text of a plan document, such as
 * the text copied out of last year's PDF (no GTK) */
#pragma once

#include "hrp-model.h"

G_BEGIN_DECLS

#define HRP_TEXT_IMPORT_ERROR (hrp_text_import_error_quark ())
typedef enum {
  HRP_TEXT_IMPORT_ERROR_INVALID,   /* not UTF-8 text */
  HRP_TEXT_IMPORT_ERROR_NO_PLAN,   /* none of the parts of a plan */
  HRP_TEXT_IMPORT_ERROR_NO_YEAR,   /* parts of a plan, but no fiscal year */
} HrpTextImportError;
GQuark   hrp_text_import_error_quark (void);

/* One line of a document, as the plan reader takes it: a line of a text,
 * or a line that a PDF reader built from the positions of its text. */
typedef struct {
  char      *text;     /* UTF-8, Thai repaired; a table row: its cells joined by spaces */
  guint      page;     /* 1-based page of a PDF; 0 in a text */
  guint      number;   /* 1-based line of a text; 0 in a PDF */
  gboolean   heading;  /* set apart from the body by its size or weight */
  /* A row of the action-plan table, NULL otherwise: NULL-terminated, in
   * the order policy, activity, budget, quarter 1, 2, 3, 4 (a quarter's
   * cell holds its tick, or is empty).  The policy's cell is empty when
   * it spans from a row above.  Lines inside a cell are joined by "\n";
   * a reader gives one row per activity where it can tell them apart. */
  char     **cells;
} HrpSourceLine;

HrpSourceLine   *hrp_source_line_new         (const char    *text,
                                              guint          page,
                                              guint          number);
void             hrp_source_line_free        (HrpSourceLine *line);

/* What an import found, and what it could not place. */
typedef struct {
  guint       n_repairs;   /* repairs of broken Thai */
  GPtrArray  *unplaced;    /* HrpSourceLine: text no part of the plan took */
  GPtrArray  *notices;     /* char *: what the user should know, translated */
  /* Control, bidi and invisible characters removed from the plan's texts
   * or replaced (hrp_plan_sanitize ()): counted by the import as a whole,
   * after the reader (an addition to the shared interface). */
  guint       n_removed_controls;
} HrpImportReport;

HrpImportReport *hrp_import_report_new       (void);
void             hrp_import_report_free      (HrpImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpImportReport, hrp_import_report_free)

/* Repairs the Thai of text (hrp_thai_repair()), then recognises the parts
 * of an annual HR plan in document order: the organization (first lines:
 * name, อำเภอ…, จังหวัด…), the title "แผน… พ.ศ. NNNN" (the fiscal year),
 * the preamble, วิสัยทัศน์, พันธกิจ (numbered), ยุทธศาสตร์ที่ n with
 * their เป้าหมาย / เป้าประสงค์ / ตัวชี้วัด lists, จุดยืนทางยุทธศาสตร์
 * (numbered), the policies' introduction, the policies (numbered "ด้าน…"
 * with their paragraphs) and the action-plan table (activities under
 * their policy, with their budgets).  Page numbers, repeated table
 * headers and lines broken by the page are taken care of.
 *
 * Strategy n serves mission n when there are as many of both; the
 * policies serve the strategy whose goals include "พัฒนาบุคลากร".
 * NULL with an error when the text holds no plan. */
HrpPlan *hrp_text_import             (const char  *text,
                                      GError     **error);
/* The same, with report (may be NULL) receiving what was found and what
 * could not be placed (an addition to the shared interface, for the
 * readers of a text file). */
HrpPlan *hrp_text_import_with_report (const char       *text,
                                      HrpImportReport  *report,
                                      GError          **error);
/* The same, from lines already split (a PDF's); report (may be NULL)
 * receives what was found and what could not be placed.  Lines with
 * cells are rows of the action-plan table, read cell by cell: a policy's
 * cell starts a policy (by its number or title when the text described
 * it; its title repeated at the top of a page continues it), an empty one
 * continues the one above; bulleted or numbered lines of the activities'
 * cell are activities (without bullets, the cell is one wrapped name),
 * with the budgets' and quarters' lines beside them, or in their order;
 * header rows and totals are skipped. */
HrpPlan *hrp_text_import_lines       (GPtrArray        *lines,
                                      HrpImportReport  *report,
                                      GError          **error);

G_END_DECLS
