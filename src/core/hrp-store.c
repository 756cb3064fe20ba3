/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store.c — the SQLite database: any number of plans, one per fiscal year
 *
 * This file holds the type and its connection: opening, the cached
 * statements, transactions and the queries that list the plans.  The
 * schema, the file checks, loading, saving and the backups have files of
 * their own, named in hrp-store-private.h.
 *
 * Opening never changes a file that is not ours, is damaged or was made by
 * a newer version: the file is examined first without writing (its header
 * with plain reads, then SQLite opened read-only: hrp-store-check.c) and
 * opened read-write only once it passed.  A store opened for reading only
 * (a plan on a read-only share or disc) never writes at all: a file that
 * would have to be changed first (an older schema, a save cut off) is
 * refused.
 *
 * Journal mode DELETE (a rollback journal), not WAL: between saves the
 * database is one self-contained file that users copy, mail, keep on a USB
 * stick or on a Windows network share.  WAL needs shared memory, which
 * network file systems do not give, and leaves -wal and -shm files beside
 * the database; its concurrent readers buy nothing for an application
 * that saves when the user says so.  synchronous=FULL: a save that
 * returned survives a power cut.
 *
 * An HrpStore is used by one thread at a time.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "hrp-store-private.h"

/* The SQL of each cached statement. */
static const char * const stmt_sql[N_STMTS] = {
  [STMT_BEGIN_READ] = "BEGIN DEFERRED",
  [STMT_BEGIN_WRITE] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_APPLICATION_ID] = "PRAGMA application_id",
  [STMT_USER_VERSION] = "PRAGMA user_version",
  [STMT_COUNT_SCHEMA] = "SELECT count(*) FROM sqlite_master",
  [STMT_LIST_PLANS] = "SELECT fiscal_year, title FROM plan ORDER BY fiscal_year DESC",
  [STMT_NEWEST_YEAR] = "SELECT max(fiscal_year) FROM plan",
  [STMT_HAS_PLAN] = "SELECT 1 FROM plan WHERE fiscal_year = ?1",
  [STMT_DELETE_PLAN] = "DELETE FROM plan WHERE fiscal_year = ?1",
  [STMT_INSERT_PLAN] =
    "INSERT INTO plan (fiscal_year, org_name, org_district, org_province,"
    "                  title, preamble, vision, policy_intro, revision)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [STMT_PLAN_REVISION] = "SELECT revision FROM plan WHERE fiscal_year = ?1",
  [STMT_INSERT_MISSION] =
    "INSERT INTO mission (plan_id, position, text) VALUES (?1, ?2, ?3)",
  [STMT_INSERT_STRATEGY] =
    "INSERT INTO strategy (plan_id, position, title, mission_id) VALUES (?1, ?2, ?3, ?4)",
  [STMT_INSERT_STRATEGY_ITEM] =
    "INSERT INTO strategy_item (strategy_id, kind, position, text) VALUES (?1, ?2, ?3, ?4)",
  [STMT_INSERT_POSITION] =
    "INSERT INTO strategic_position (plan_id, position, text) VALUES (?1, ?2, ?3)",
  [STMT_INSERT_POLICY] =
    "INSERT INTO policy (plan_id, position, title, description, strategy_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INSERT_ACTIVITY] =
    "INSERT INTO activity (policy_id, position, name, budget, q1, q2, q3, q4)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  [STMT_INSERT_SIGNER] =
    "INSERT INTO signer (plan_id, position, name, position_title, role) VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_LOAD_PLAN] =
    "SELECT id, org_name, org_district, org_province, title, preamble, vision, policy_intro"
    " FROM plan WHERE fiscal_year = ?1",
  [STMT_LOAD_MISSIONS] =
    "SELECT id, text FROM mission WHERE plan_id = ?1 ORDER BY position",
  [STMT_LOAD_STRATEGIES] =
    "SELECT id, title, mission_id FROM strategy WHERE plan_id = ?1 ORDER BY position",
  [STMT_LOAD_STRATEGY_ITEMS] =
    "SELECT i.strategy_id, i.kind, i.text"
    " FROM strategy_item AS i JOIN strategy AS s ON s.id = i.strategy_id"
    " WHERE s.plan_id = ?1 ORDER BY i.strategy_id, i.kind, i.position",
  [STMT_LOAD_POSITIONS] =
    "SELECT text FROM strategic_position WHERE plan_id = ?1 ORDER BY position",
  [STMT_LOAD_POLICIES] =
    "SELECT id, title, description, strategy_id FROM policy WHERE plan_id = ?1 ORDER BY position",
  [STMT_LOAD_ACTIVITIES] =
    "SELECT a.policy_id, a.name, a.budget, a.q1, a.q2, a.q3, a.q4"
    " FROM activity AS a JOIN policy AS p ON p.id = a.policy_id"
    " WHERE p.plan_id = ?1 ORDER BY a.policy_id, a.position",
  [STMT_LOAD_SIGNERS] =
    "SELECT name, position_title, role FROM signer WHERE plan_id = ?1 ORDER BY position",
};

static void hrp_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HrpStore, hrp_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      hrp_store_initable_iface_init))

G_DEFINE_QUARK (hrp-store-error-quark, hrp_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ errors */

/* A file opened for reading only that holds a save cut off: the journal
 * beside it undoes that save, and only an opening that can write does. */
static void
set_needs_recovery_error (GError     **error,
                          const char  *path,
                          const char  *display_name)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *journal_base = g_path_get_basename (journal);
  g_autofree char *journal_name = g_filename_display_name (journal_base);

  g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE,
               /* Translators: the database file, then the journal file
                * beside it (“plans.db-journal”) */
               _("“%s” holds a save that was cut off (by a crash or a power cut) and must be "
                 "repaired before it can be read, which cannot be done while it is read-only: "
                 "open it once where it can be changed, or copy it together with “%s” to a "
                 "folder of your own; it has not been changed"),
               display_name, journal_name);
}

/* An error from SQLite (rc, the message of db) as a GError. */
void
_hrp_store_set_sqlite_error (GError     **error,
                             sqlite3     *db,
                             int          rc,
                             const char  *display_name)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)"), display_name, detail);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_OURS,
                   _("“%s” is not an HR Plan database"), display_name);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                   _("“%s” is in use by another program; please try again later"),
                   display_name);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                   _("“%s” cannot be changed: the file or its folder is read-only"),
                   display_name);
      break;

    case SQLITE_FULL:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                   _("The disk that holds “%s” is full"), display_name);
      break;

    case SQLITE_CANTOPEN:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                   _("Could not open “%s” (%s)"), display_name, detail);
      break;

    default:
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                   _("Could not read or write “%s” (%s)"), display_name, detail);
      break;
    }
}

gboolean
_hrp_store_fail (HrpStore  *self,
                 int        rc,
                 GError   **error)
{
  _hrp_store_set_sqlite_error (error, self->db, rc, self->display_name);
  return FALSE;
}

/* A file error while opening the database at path, in the words of
 * hrp-file.c, as a store error. */
void
_hrp_store_file_error (GError        **error,
                       HrpFileAction   action,
                       int             saved_errno,
                       const char     *path)
{
  g_autoptr(GError) local_error = NULL;

  hrp_file_set_error (&local_error, action, saved_errno, path);
  g_set_error_literal (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED, local_error->message);
}

/* Runs every statement of sql (no parameters); returns an SQLite code. */
int
_hrp_store_exec_sql (sqlite3    *db,
                     const char *sql)
{
  while (sql != NULL && *sql != '\0')
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      const char *tail = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, &tail);
      if (rc != SQLITE_OK)
        return rc;
      if (stmt == NULL) /* only white space or a comment was left */
        break;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;
      if (rc != SQLITE_DONE)
        return rc;
      sql = tail;
    }

  return SQLITE_OK;
}

/* ------------------------------------------------------- cached statements */

HrpCachedStmt *
_hrp_store_stmt (HrpStore  *self,
                 StmtId     id,
                 GError   **error)
{
  if (self->stmts[id] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[id], NULL);

      if (rc != SQLITE_OK)
        {
          _hrp_store_fail (self, rc, error);
          return NULL;
        }
    }

  return self->stmts[id];
}

/* Runs a cached statement that returns no row. */
gboolean
_hrp_store_run (HrpStore      *self,
                HrpCachedStmt *stmt,
                GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

/* Runs a cached statement without parameters that returns one integer. */
gboolean
_hrp_store_query_int (HrpStore  *self,
                      StmtId     id,
                      gint64    *value,
                      GError   **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _hrp_store_fail (self, rc, error);
  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
store_exec_cached (HrpStore  *self,
                   StmtId     id,
                   GError   **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, id, error);

  return stmt != NULL && _hrp_store_run (self, stmt, error);
}

/* ------------------------------------------------------------ transactions */

gboolean
_hrp_store_begin (HrpStore  *self,
                  gboolean   write,
                  GError   **error)
{
  return store_exec_cached (self, write ? STMT_BEGIN_WRITE : STMT_BEGIN_READ, error);
}

/* Ends the transaction, if SQLite has not ended it already (it rolls back
 * by itself on some errors, e.g. a full disk). */
void
_hrp_store_rollback (HrpStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    store_exec_cached (self, STMT_ROLLBACK, NULL);
}

gboolean
_hrp_store_commit (HrpStore  *self,
                   GError   **error)
{
  if (!store_exec_cached (self, STMT_COMMIT, error))
    {
      _hrp_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ opening */

/* Opens self->db with flags, as every connection is set up: extended
 * result codes, the busy timeout, foreign keys enforced, and
 * trusted_schema=OFF (triggers and views in a file cannot call functions
 * with side effects). */
static int
store_connect (HrpStore *self,
               int       flags)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);

  if (rc != SQLITE_OK)
    return rc;
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, STORE_BUSY_TIMEOUT_MS);
  return _hrp_store_exec_sql (self->db,
                              "PRAGMA foreign_keys = ON;"
                              "PRAGMA trusted_schema = OFF;");
}

/* Opens the checked file for reading only: SQLite writes nothing, not
 * even a journal. */
static gboolean
store_open_read_only (HrpStore  *self,
                      gboolean   found,
                      gboolean   recover,
                      GError   **error)
{
  int rc;

  if (!found)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("There is no HR Plan database at “%s”"), self->display_name);
      return FALSE;
    }
  if (recover)
    {
      set_needs_recovery_error (error, self->path, self->display_name);
      return FALSE;
    }

  rc = store_connect (self, SQLITE_OPEN_READONLY);
  if (rc != SQLITE_OK)
    return _hrp_store_fail (self, rc, error);

  return _hrp_store_check_current (self, error);
}

static gboolean
hrp_store_initable_init (GInitable     *initable,
                         GCancellable  *cancellable,
                         GError       **error)
{
  HrpStore *self = HRP_STORE (initable);
  g_autofree char *folder = NULL;
  gboolean found = FALSE;
  gboolean recover = FALSE;
  int rc;

  g_return_val_if_fail (self->path != NULL, FALSE);
  g_return_val_if_fail (self->db == NULL, FALSE);

  if (!_hrp_store_check_file (self->path, self->display_name, &found, &recover, error))
    return FALSE;

  if (self->read_only)
    return store_open_read_only (self, found, recover, error);

  folder = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (folder, 0777) != 0)
    {
      _hrp_store_file_error (error, HRP_FILE_WRITING, errno, self->path);
      return FALSE;
    }

  rc = store_connect (self, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (rc == SQLITE_OK)
    rc = _hrp_store_exec_sql (self->db,
                              "PRAGMA journal_mode = DELETE;"
                              "PRAGMA synchronous = FULL;");
  if (rc != SQLITE_OK)
    return _hrp_store_fail (self, rc, error);

  /* The cut-off save has been rolled back by now; check the result. */
  if (recover && !_hrp_store_check_recovered (self, error))
    return FALSE;

  return _hrp_store_migrate (self, error);
}

static void
hrp_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = hrp_store_initable_init;
}

/* ------------------------------------------------------------------ GObject */

static void
hrp_store_finalize (GObject *object)
{
  HrpStore *self = HRP_STORE (object);

  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (hrp_store_parent_class)->finalize (object);
}

static void
hrp_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HrpStore *self = HRP_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HrpStore *self = HRP_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_assert (self->path == NULL);
      self->path = g_value_dup_string (value);
      self->display_name = self->path != NULL ? g_filename_display_name (self->path) : NULL;
      break;

    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_store_class_init (HrpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_store_finalize;
  object_class->get_property = hrp_store_get_property;
  object_class->set_property = hrp_store_set_property;

  /* The database file, in the GLib file name encoding. */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Opened for reading only: nothing is ever written to the file. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hrp_store_init (HrpStore *self)
{
}

/* ------------------------------------------------------------------- public */

void
hrp_plan_info_free (HrpPlanInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->title);
  g_free (info);
}

HrpStore *
hrp_store_open (const char  *path,
                GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (HRP_TYPE_STORE, NULL, error, "path", path, NULL);
}

HrpStore *
hrp_store_open_read_only (const char  *path,
                          GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (HRP_TYPE_STORE, NULL, error, "path", path, "read-only", TRUE, NULL);
}

gboolean
hrp_store_is_read_only (HrpStore *self)
{
  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);

  return self->read_only;
}

const char *
hrp_store_get_path (HrpStore *self)
{
  g_return_val_if_fail (HRP_IS_STORE (self), NULL);

  return self->path;
}

GPtrArray *
hrp_store_list_plans (HrpStore  *self,
                      GError   **error)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(HrpCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HRP_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  stmt = _hrp_store_stmt (self, STMT_LIST_PLANS, error);
  if (stmt == NULL)
    return NULL;

  plans = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_plan_info_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HrpPlanInfo *info = g_new0 (HrpPlanInfo, 1);

      info->fiscal_year = sqlite3_column_int (stmt, 0);
      info->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (plans, info);
    }
  if (rc != SQLITE_DONE)
    {
      _hrp_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&plans);
}

gboolean
hrp_store_newest_year (HrpStore  *self,
                       int       *year,
                       GError   **error)
{
  g_autoptr(HrpCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  stmt = _hrp_store_stmt (self, STMT_NEWEST_YEAR, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _hrp_store_fail (self, rc, error);
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return FALSE;
  if (year != NULL)
    *year = sqlite3_column_int (stmt, 0);
  return TRUE;
}

gboolean
hrp_store_has_plan (HrpStore  *self,
                    int        fiscal_year,
                    gboolean  *has_plan,
                    GError   **error)
{
  g_autoptr(HrpCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (has_plan != NULL, FALSE);

  stmt = _hrp_store_stmt (self, STMT_HAS_PLAN, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, fiscal_year);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  *has_plan = rc == SQLITE_ROW;
  return TRUE;
}
