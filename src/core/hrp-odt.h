/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-odt.h — the plan as an OpenDocument text (.odt)
 *
 * The same document as the Word export (hrp-docx.h): the printed plan
 * as editable text, A4 with the print margins, the action-plan table on
 * pages of its own (landscape unless chosen otherwise), TH Sarabun New
 * 16 pt, page numbers from the second page.
 */
#pragma once

#include <gio/gio.h>

#include "hrp-model.h"
#include "hrp-report.h"

G_BEGIN_DECLS

/* The plan as the bytes of an .odt; options as for the printed plan
 * (NULL: the whole plan, Arabic digits, a landscape table).  The same
 * plan and options always give the same bytes.  NULL with error only
 * when the zip cannot be made. */
GBytes *hrp_odt_export (HrpPlan                *plan,
                        const HrpReportOptions *options,
                        GError                **error);

G_END_DECLS
