/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store.h — the SQLite database: any number of plans, one per fiscal year */
#pragma once

#include "hrp-model.h"

G_BEGIN_DECLS

#define HRP_STORE_ERROR (hrp_store_error_quark ())
typedef enum {
  HRP_STORE_ERROR_FAILED,     /* SQLite or I/O failure */
  HRP_STORE_ERROR_NOT_OURS,   /* a file that is not an HR Plan database */
  HRP_STORE_ERROR_CORRUPT,    /* damaged database */
  HRP_STORE_ERROR_TOO_NEW,    /* made by a newer version of HR Plan */
  HRP_STORE_ERROR_EXISTS,     /* a plan of that fiscal year is already stored */
  HRP_STORE_ERROR_NOT_FOUND,  /* no plan of that fiscal year */
  HRP_STORE_ERROR_CHANGED,    /* saved meanwhile from another copy */
  HRP_STORE_ERROR_NEEDS_UPDATE, /* opened for reading only, but must be set up,
                                 * brought up to date or repaired first */
} HrpStoreError;
GQuark hrp_store_error_quark (void);

typedef struct {
  int   fiscal_year;
  char *title;
} HrpPlanInfo;
void hrp_plan_info_free (HrpPlanInfo *info);

#define HRP_TYPE_STORE (hrp_store_get_type ())
G_DECLARE_FINAL_TYPE (HrpStore, hrp_store, HRP, STORE, GObject)

/* Opens (creating when missing, with its parent folder) the database at
 * path.  A file that is not ours, corrupt or too new is refused with an
 * error and left untouched. */
HrpStore  *hrp_store_open        (const char  *path,
                                  GError     **error);
/* Opens the existing database at path for reading only, with the same
 * checks, and never writes to it (a plan on a read-only share or disc).
 * A missing file is not created: G_FILE_ERROR_NOENT.  A file that an
 * opening for writing would change first (a new or older schema, a save
 * cut off by a crash) is refused with HRP_STORE_ERROR_NEEDS_UPDATE.
 * Saving to such a store fails. */
HrpStore  *hrp_store_open_read_only (const char  *path,
                                     GError     **error);
gboolean   hrp_store_is_read_only (HrpStore   *self);
const char *hrp_store_get_path   (HrpStore    *self);

/* Plans, newest fiscal year first; element type HrpPlanInfo. */
GPtrArray *hrp_store_list_plans  (HrpStore    *self,
                                  GError     **error);
/* Returns TRUE and sets *year to the newest fiscal year, FALSE (no error)
 * when the database holds no plan. */
gboolean   hrp_store_newest_year (HrpStore    *self,
                                  int         *year,
                                  GError     **error);
gboolean   hrp_store_has_plan    (HrpStore    *self,
                                  int          fiscal_year,
                                  gboolean    *has_plan,
                                  GError     **error);
HrpPlan   *hrp_store_load_plan   (HrpStore    *self,
                                  int          fiscal_year,
                                  GError     **error);
/* Stores the whole plan in one transaction.  When a plan of the same
 * fiscal year exists: replaced when replace, else HRP_STORE_ERROR_EXISTS
 * and nothing changed. */
gboolean   hrp_store_save_plan   (HrpStore    *self,
                                  HrpPlan     *plan,
                                  gboolean     replace,
                                  GError     **error);
/* A plan's revision counts its saves; -1 when the year has no plan. */
gboolean   hrp_store_get_revision (HrpStore   *self,
                                   int         fiscal_year,
                                   gint64     *revision,
                                   GError    **error);
/* Replaces the plan of its year only when the stored one still has
 * revision expected (-1: whatever it has; none stored is revision -1):
 * otherwise HRP_STORE_ERROR_CHANGED and nothing changed.  *saved gets the
 * new revision. */
gboolean   hrp_store_save_plan_revision (HrpStore  *self,
                                         HrpPlan   *plan,
                                         gint64     expected,
                                         gint64    *saved,
                                         GError   **error);
gboolean   hrp_store_delete_plan (HrpStore    *self,
                                  int          fiscal_year,
                                  GError     **error);

/* The backup copies beside the database at path (hrp_store_backup()),
 * oldest first; element type: the path of each (char *). */
GPtrArray *hrp_store_list_backups (const char  *path);

/* Copies the database next to it ("FILE.backup-20261127-031500-123456.db") and
 * keeps the last five copies.  Made before a schema upgrade and before
 * an import replaces a plan.  Returns the copy's path. */
char      *hrp_store_backup      (HrpStore    *self,
                                  GError     **error);

G_END_DECLS
