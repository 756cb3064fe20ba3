/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store-private.h — what the files of HrpStore share
 *
 * HrpStore is one type written in several files, each one
 * responsibility; this header is for them alone (callers include
 * hrp-store.h):
 *
 *   hrp-store.c         the type, its connection, cached statements and
 *                       transactions, opening, the public queries
 *   hrp-store-schema.c  the schema and its numbered migrations
 *   hrp-store-check.c   the checks a file passes to be opened
 *   hrp-store-load.c    loading a plan
 *   hrp-store-save.c    saving a plan, its revision, deleting one
 *   hrp-store-backup.c  the backup copies beside the database
 *
 * Functions shared between the files are named _hrp_store_*; a helper
 * that only one file uses stays static in it.
 */
#pragma once

#include <sqlite3.h>

#include "hrp-file.h"
#include "hrp-store.h"

G_BEGIN_DECLS

/* PRAGMA application_id, "HRP1"; written in decimal because PRAGMA
 * arguments cannot be hexadecimal. */
#define STORE_APPLICATION_ID 1213354033
G_STATIC_ASSERT (STORE_APPLICATION_ID == 0x48525031);

/* PRAGMA user_version of a database with the newest schema: the number
 * of migrations in hrp-store-schema.c. */
#define STORE_SCHEMA_VERSION 4

#define STORE_BUSY_TIMEOUT_MS 5000

/* strategy_item.kind */
enum {
  ITEM_GOAL,
  ITEM_OBJECTIVE,
  ITEM_INDICATOR,
  N_ITEM_KINDS
};

/* Statements are prepared once and kept for the life of the store. */
typedef enum {
  STMT_BEGIN_READ,
  STMT_BEGIN_WRITE,
  STMT_COMMIT,
  STMT_ROLLBACK,
  STMT_APPLICATION_ID,
  STMT_USER_VERSION,
  STMT_COUNT_SCHEMA,
  STMT_LIST_PLANS,
  STMT_NEWEST_YEAR,
  STMT_HAS_PLAN,
  STMT_DELETE_PLAN,
  STMT_INSERT_PLAN,
  STMT_PLAN_REVISION,
  STMT_INSERT_MISSION,
  STMT_INSERT_STRATEGY,
  STMT_INSERT_STRATEGY_ITEM,
  STMT_INSERT_POSITION,
  STMT_INSERT_POLICY,
  STMT_INSERT_ACTIVITY,
  STMT_INSERT_SIGNER,
  STMT_LOAD_PLAN,
  STMT_LOAD_MISSIONS,
  STMT_LOAD_STRATEGIES,
  STMT_LOAD_STRATEGY_ITEMS,
  STMT_LOAD_POSITIONS,
  STMT_LOAD_POLICIES,
  STMT_LOAD_ACTIVITIES,
  STMT_LOAD_SIGNERS,
  N_STMTS
} StmtId;

/* Statements owned by one function are finalized at scope exit; cached
 * ones (HrpCachedStmt) are only reset, which also ends any read they
 * hold, so no lock outlives the call that took it. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef sqlite3_stmt HrpCachedStmt;

static inline void
hrp_cached_stmt_release (HrpCachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpCachedStmt, hrp_cached_stmt_release)

struct _HrpStore
{
  GObject       parent_instance;

  char         *path;
  char         *display_name;
  gboolean      read_only;
  sqlite3      *db;
  sqlite3_stmt *stmts[N_STMTS];
};

/* hrp-store.c: errors */
void     _hrp_store_set_sqlite_error (GError        **error,
                                      sqlite3        *db,
                                      int             rc,
                                      const char     *display_name);
gboolean _hrp_store_fail             (HrpStore       *self,
                                      int             rc,
                                      GError        **error);
void     _hrp_store_file_error       (GError        **error,
                                      HrpFileAction   action,
                                      int             saved_errno,
                                      const char     *path);

/* hrp-store.c: statements and transactions */
int            _hrp_store_exec_sql  (sqlite3        *db,
                                     const char     *sql);
HrpCachedStmt *_hrp_store_stmt      (HrpStore       *self,
                                     StmtId          id,
                                     GError        **error);
gboolean       _hrp_store_run       (HrpStore       *self,
                                     HrpCachedStmt  *stmt,
                                     GError        **error);
gboolean       _hrp_store_query_int (HrpStore       *self,
                                     StmtId          id,
                                     gint64         *value,
                                     GError        **error);
gboolean       _hrp_store_begin     (HrpStore       *self,
                                     gboolean        write,
                                     GError        **error);
void           _hrp_store_rollback  (HrpStore       *self);
gboolean       _hrp_store_commit    (HrpStore       *self,
                                     GError        **error);

/* hrp-store-check.c */

/* What the ids of a database file say of it. */
typedef enum {
  STORE_FILE_CURRENT,   /* ours, with the newest schema */
  STORE_FILE_OLDER,     /* ours with an older schema, or a new empty database */
  STORE_FILE_REFUSED,   /* not ours, damaged or too new: the error says which */
} StoreFileState;

StoreFileState _hrp_store_check_ids       (gint64       application_id,
                                           gint64       user_version,
                                           gint64       n_schema,
                                           const char  *display_name,
                                           GError     **error);
gboolean       _hrp_store_fail_damaged    (HrpStore    *self,
                                           GError     **error);
gboolean       _hrp_store_check_file      (const char  *path,
                                           const char  *display_name,
                                           gboolean    *found,
                                           gboolean    *recover,
                                           GError     **error);
gboolean       _hrp_store_check_recovered (HrpStore    *self,
                                           GError     **error);
gboolean       _hrp_store_check_current   (HrpStore    *self,
                                           GError     **error);

/* hrp-store-schema.c */
gboolean _hrp_store_migrate (HrpStore  *self,
                             GError   **error);

G_END_DECLS
