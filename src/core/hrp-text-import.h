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

G_END_DECLS
