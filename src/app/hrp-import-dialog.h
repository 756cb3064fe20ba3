/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-import-dialog.h — what a plan file holds, and how to import it:
 * as it was, or as the start of another fiscal year */
#pragma once

#include <gtk/gtk.h>

#include "hrp-model.h"
#include "hrp-library.h"
#include "hrp-text-import.h"

G_BEGIN_DECLS

#define HRP_TYPE_IMPORT_DIALOG (hrp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HrpImportDialog, hrp_import_dialog, HRP, IMPORT_DIALOG, GtkWindow)

/* plan: the file's plan as read (not stored yet); name: the file's name.
 * Emits "import" with the plan to store (its year set) and whether a
 * stored plan of that year is to be replaced, or closes on Cancel. */
HrpImportDialog *hrp_import_dialog_new          (GtkWindow       *parent,
                                                 HrpLibrary      *library,
                                                 HrpPlan         *plan,
                                                 const char      *name);
/* Shows what the import of a document found that the user should know:
 * its notices, the repairs of broken Thai, and the passages it could not
 * place (with their page or line). */
void             hrp_import_dialog_set_report   (HrpImportDialog       *self,
                                                 const HrpImportReport *report);
/* The fiscal year the plan would be stored as. */
int              hrp_import_dialog_get_year     (HrpImportDialog *self);
/* FALSE: as it was; TRUE: as the start of another year. */
void             hrp_import_dialog_set_as_next  (HrpImportDialog *self,
                                                 gboolean         as_next,
                                                 int              year);
gboolean         hrp_import_dialog_get_conflict (HrpImportDialog *self);
void             hrp_import_dialog_set_replace  (HrpImportDialog *self,
                                                 gboolean         replace);
/* Imports as chosen (the Import button); FALSE when it cannot yet: a
 * stored plan of that year and Replace not chosen. */
gboolean         hrp_import_dialog_accept       (HrpImportDialog *self);

/* The fiscal year (BE) running today: it starts on 1 October. */
int              hrp_current_fiscal_year        (void);

G_END_DECLS
