/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-library.h — the plans of one database, and everything done to a
 * whole plan: list, open, create, roll over, delete, import (no GTK) */
#pragma once

#include <gio/gio.h>

#include "hrp-document.h"
#include "hrp-document-import.h"
#include "hrp-store.h"

G_BEGIN_DECLS

/* HrpPlanEntry: one plan of the library's list (fiscal year, title). */
#define HRP_TYPE_PLAN_ENTRY (hrp_plan_entry_get_type ())
G_DECLARE_FINAL_TYPE (HrpPlanEntry, hrp_plan_entry, HRP, PLAN_ENTRY, GObject)

int          hrp_plan_entry_get_fiscal_year (HrpPlanEntry *self);
const char  *hrp_plan_entry_get_title       (HrpPlanEntry *self);

/* What a file for import holds. */
typedef enum {
  HRP_IMPORT_AUTO,       /* told by its content: XML, or a document as HRP_IMPORT_DOCUMENT */
  HRP_IMPORT_XML,        /* the exchange format */
  HRP_IMPORT_TEXT,       /* the text of a plan document (last year's PDF) */
  HRP_IMPORT_DOCUMENT,   /* a plan document, told by its content: a PDF or text
                          * (hrp_document_import ()) */
} HrpImportKind;

/* A real plan is a few hundred kilobytes; 10,000 activities are 2 MB. */
#define HRP_IMPORT_MAX_SIZE (64 * 1024 * 1024)

#define HRP_TYPE_LIBRARY (hrp_library_get_type ())
G_DECLARE_FINAL_TYPE (HrpLibrary, hrp_library, HRP, LIBRARY, GObject)

/* The library of an open store. */
HrpLibrary  *hrp_library_new               (HrpStore      *store);

/* g_get_user_data_dir()/hrplan/hrplan.db */
char        *hrp_library_default_path      (void);

/* Opens the database at path (NULL: the default one), creating it if
 * need be.  One created so gets the sample plan when with_sample is TRUE
 * (the window's first start); the command line never adds it. */
HrpLibrary  *hrp_library_open              (const char    *path,
                                            gboolean       with_sample,
                                            GError       **error);
/* Opens the existing database at path (NULL: the default one) for
 * reading only: one on a read-only share or disc can be listed and
 * exported, and one that is missing is not created (G_FILE_ERROR_NOENT,
 * "There is no HR Plan database at…").  One that must be brought up to
 * date or repaired first is opened for writing, where this user can. */
HrpLibrary  *hrp_library_open_read_only    (const char    *path,
                                            GError       **error);
/* Whether this user can change the file at path and create files beside
 * it (a journal, a backup copy). */
gboolean     hrp_library_can_change        (const char    *path);

/* The newest backup copy beside the database at path (see
 * hrp_store_backup ()), or NULL when there is none. */
char        *hrp_library_newest_backup     (const char    *path);

/* The sample plan (FY 2568) compiled into the program. */
HrpPlan     *hrp_library_load_sample       (GError       **error);

const char  *hrp_library_get_path          (HrpLibrary    *self);
gboolean     hrp_library_is_read_only      (HrpLibrary    *self);

/* The plans, newest fiscal year first; element type HrpPlanEntry.  Kept
 * up to date by every change made through the library; refresh () reads
 * the database again (another program may have changed it). */
GListModel  *hrp_library_get_plans         (HrpLibrary    *self);
gboolean     hrp_library_refresh           (HrpLibrary    *self,
                                            GError       **error);

gboolean     hrp_library_has_plan          (HrpLibrary    *self,
                                            int            fiscal_year);
/* The newest fiscal year, or 0 when there is no plan. */
int          hrp_library_newest_year       (HrpLibrary    *self);
/* The first year after fiscal_year that has no plan. */
int          hrp_library_next_free_year    (HrpLibrary    *self,
                                            int            fiscal_year);

/* The year a new plan is for, on the day now: the fiscal year after the
 * newest plan, or the coming one if later (a fiscal year starts on
 * 1 October; B.E. = C.E. + 543). */
int          hrp_library_propose_year      (HrpLibrary    *self,
                                            GDateTime     *now);

HrpPlan     *hrp_library_load              (HrpLibrary    *self,
                                            int            fiscal_year,
                                            GError       **error);
/* A document that saves every edit of plan to this library's database. */
HrpDocument *hrp_library_open_document     (HrpLibrary    *self,
                                            HrpPlan       *plan);

/* Whether year is a fiscal year (Buddhist Era, HRP_FISCAL_YEAR_MIN to
 * HRP_FISCAL_YEAR_MAX); if not, error (G_IO_ERROR_INVALID_ARGUMENT)
 * says why in the user's words: a Christian Era year such as 2026 gets
 * "did you mean 2569?". */
gboolean     hrp_library_check_year        (int            year,
                                            GError       **error);

/* Creates and stores the plan of fiscal_year: a copy of the plan of
 * copy_of rolled over to fiscal_year, or (copy_of 0) an empty plan with
 * its title, and the organization of org_from when not NULL.  Refused
 * (HRP_STORE_ERROR_EXISTS) when that year has a plan. */
HrpPlan     *hrp_library_create            (HrpLibrary    *self,
                                            int            fiscal_year,
                                            int            copy_of,
                                            HrpPlan       *org_from,
                                            GError       **error);
gboolean     hrp_library_delete            (HrpLibrary    *self,
                                            int            fiscal_year,
                                            GError       **error);

/* Reads the file at path ("-": standard input) within the size limit of
 * an import, and recognises the plan in it.  display_name names the file
 * in messages; *report (when report is not NULL) receives what the import
 * found and what it could not place (NULL when the import fails). */
HrpPlan     *hrp_library_read_plan         (const char        *path,
                                            const char        *display_name,
                                            HrpImportKind      kind,
                                            HrpImportReport  **report,
                                            GError           **error);
/* The same off the calling thread; the source object of the result is
 * file.  cancellable stops the reading itself, between pages. */
void         hrp_library_read_plan_async   (GFile               *file,
                                            HrpImportKind        kind,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* The same, with progress called in the thread-default main context of
 * the caller; progress_data must live until callback is called. */
void         hrp_library_read_plan_async_full (GFile               *file,
                                               HrpImportKind        kind,
                                               GCancellable        *cancellable,
                                               HrpImportProgress    progress,
                                               gpointer             progress_data,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
HrpPlan     *hrp_library_read_plan_finish  (GAsyncResult        *result,
                                            GError             **error);
/* The same, giving the import's report (*report, when report is not
 * NULL; NULL when the import failed). */
HrpPlan     *hrp_library_read_plan_finish_full (GAsyncResult     *result,
                                                HrpImportReport **report,
                                                GError          **error);

/* Stores an imported plan in one transaction.  A plan of the same year
 * is replaced only when replace (else HRP_STORE_ERROR_EXISTS, nothing
 * changed); then, after checking that the database can be changed at
 * all, the database is copied first (hrp_store_backup) and *replaced
 * (when not NULL) gets the plan replaced, for undo_import (). */
gboolean     hrp_library_import            (HrpLibrary    *self,
                                            HrpPlan       *plan,
                                            gboolean       replace,
                                            HrpPlan      **replaced,
                                            GError       **error);
/* Puts back the plan an import replaced. */
gboolean     hrp_library_undo_import       (HrpLibrary    *self,
                                            HrpPlan       *replaced,
                                            GError       **error);

G_END_DECLS
