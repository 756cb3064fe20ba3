/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-window.h — the main window: one plan of the library, as a tree */
#pragma once

#include <gtk/gtk.h>

#include "hrp-application.h"
#include "hrp-document.h"
#include "hrp-model.h"
#include "hrp-outline.h"
#include "hrp-report.h"
#include "hrp-library.h"

G_BEGIN_DECLS

#define HRP_TYPE_WINDOW (hrp_window_get_type ())
G_DECLARE_FINAL_TYPE (HrpWindow, hrp_window, HRP, WINDOW, GtkApplicationWindow)

HrpWindow *hrp_window_new             (HrpApplication *application,
                                       HrpLibrary     *library);
HrpLibrary *hrp_window_get_library    (HrpWindow      *self);
/* Keeps the window's size, whether it is maximized and the plan shown in
 * the settings, for the next start: on every way of quitting. */
void       hrp_window_save_state      (HrpWindow      *self);
/* The plan shown, or NULL when the library holds none. */
HrpPlan   *hrp_window_get_plan        (HrpWindow      *self);
/* 0 when no plan is shown. */
int        hrp_window_get_fiscal_year (HrpWindow      *self);
/* Shows the stored plan of that year; FALSE when there is none. */
gboolean   hrp_window_set_fiscal_year (HrpWindow      *self,
                                       int             fiscal_year);
/* Reads the list of stored plans again (after an import). */
void       hrp_window_reload          (HrpWindow      *self);
/* Reads an exchange-format file in the background, then shows what it
 * holds and asks how to import it (HrpImportDialog). */
void       hrp_window_offer_import    (HrpWindow      *self,
                                       GFile          *file);

/* The document of the plan shown (edits, undo), or NULL. */
HrpDocument *hrp_window_get_document  (HrpWindow      *self);
/* Selects the outline row of a mission, strategy or policy. */
gboolean   hrp_window_select_item     (HrpWindow      *self,
                                       gpointer        item);
/* What dropping the row of source on the row of target does. */
gboolean   hrp_window_drop_node       (HrpWindow      *self,
                                       HrpOutlineNode *source,
                                       HrpOutlineNode *target);
/* Selects the plan's details (organization, title, signers, …). */
void       hrp_window_show_details    (HrpWindow      *self);
/* Selects the whole action-plan table. */
void       hrp_window_show_action_plan (HrpWindow     *self);
/* Filters the outline (NULL or "": everything). */
void       hrp_window_set_search      (HrpWindow      *self,
                                       const char     *text);
/* New plan of fiscal_year: empty (copy_of 0) or a copy of the plan of
 * the year copy_of with its year updated; then shown. */
gboolean   hrp_window_new_plan        (HrpWindow      *self,
                                       int             fiscal_year,
                                       int             copy_of,
                                       GError        **error);
gboolean   hrp_window_delete_plan     (HrpWindow      *self,
                                       int             fiscal_year,
                                       GError        **error);

/* Writes the plan as a PDF in the background; the status line shows
 * progress, then the result. */
void       hrp_window_export_pdf      (HrpWindow              *self,
                                       GFile                  *file,
                                       const HrpReportOptions *options);
/* TRUE while an export or the reading of an import goes on. */
gboolean   hrp_window_is_exporting    (HrpWindow              *self);
/* The plan as a Word document or an OpenDocument text, written to
 * file; the status line says so. */
typedef enum {
  HRP_DOCUMENT_DOCX,
  HRP_DOCUMENT_ODT,
} HrpDocumentFormat;
gboolean   hrp_window_export_document (HrpWindow              *self,
                                       GFile                  *file,
                                       HrpDocumentFormat       format,
                                       const HrpReportOptions *options,
                                       GError                **error);
/* The plan in the exchange format; refused, with nothing written, when
 * it leaves empty a text the format requires (hrp_xml_can_export ()). */
gboolean   hrp_window_export_xml      (HrpWindow              *self,
                                       GFile                  *file,
                                       GError                **error);
gboolean   hrp_window_export_csv      (HrpWindow              *self,
                                       GFile                  *file,
                                       GError                **error);

/* A message in the status line with an Undo button calling undo (data).
 * destroy frees data when the notice goes. */
void       hrp_window_show_notice     (HrpWindow              *self,
                                       const char             *text,
                                       void                  (*undo) (gpointer),
                                       gpointer                data,
                                       GDestroyNotify          destroy);

G_END_DECLS
