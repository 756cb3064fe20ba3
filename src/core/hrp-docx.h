/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-docx.h — the plan as a Word document (.docx, hrp-docx.c) and as
 * an OpenDocument text (.odt, hrp-odt.c)
 *
 * The printed plan as editable text: its text on A4 portrait pages with
 * the print margins, then the action-plan table as a real table in a
 * section of its own (landscape unless chosen otherwise), then the
 * signers, its pages numbered from the second.  The Thai font is always
 * named TH Sarabun New, 16 pt.
 */
#pragma once

#include <gio/gio.h>

#include "hrp-model.h"
#include "hrp-report.h"

G_BEGIN_DECLS

/* The plan as the bytes of a .docx or of an .odt; options as for the
 * printed plan (NULL: the whole plan, Arabic digits, a landscape table).
 * The same plan and options always give the same bytes.  NULL with
 * error only when the zip cannot be made. */
GBytes *hrp_docx_export (HrpPlan                *plan,
                         const HrpReportOptions *options,
                         GError                **error);
GBytes *hrp_odt_export  (HrpPlan                *plan,
                         const HrpReportOptions *options,
                         GError                **error);

G_END_DECLS
