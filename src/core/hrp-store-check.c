/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store-check.c — the checks that a database file passes to be opened
 *
 * Before it is opened, the file is examined without writing: its header
 * with plain reads, then with SQLite read-only.  Once opened, the ids are
 * read again, and a save that was cut off and rolled back is checked.  A
 * file that is not ours, damaged or made by a newer version is refused
 * with an error that says it has not been changed; one opened for reading
 * only that would have to be changed first, as needing an update.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "hrp-store-private.h"

/* ------------------------------------------------------------------ errors */

static void
set_not_ours_error (GError     **error,
                    const char  *display_name)
{
  g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_OURS,
               _("“%s” is not an HR Plan database; it has not been changed"),
               display_name);
}

static void
set_damaged_error (GError     **error,
                   const char  *display_name)
{
  g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_CORRUPT,
               _("“%s” is damaged and cannot be opened; it has not been changed"),
               display_name);
}

/* Damage found after SQLite undid a cut-off save in the file. */
static void
set_damaged_after_recovery_error (GError     **error,
                                  const char  *display_name)
{
  g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_CORRUPT,
               _("“%s” is damaged and cannot be opened"), display_name);
}

static void
set_too_new_error (GError     **error,
                   const char  *display_name,
                   int          version)
{
  g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_TOO_NEW,
               /* Translators: the file, the version of the database, the
                * newest version that this program reads */
               _("“%s” was made by a newer version of HR Plan (database version %d; "
                 "this version reads up to %d); it has not been changed"),
               display_name, version, STORE_SCHEMA_VERSION);
}

/* A file opened for reading only that an ordinary opening would set up or
 * bring up to date first. */
static void
set_needs_update_error (GError     **error,
                        const char  *display_name)
{
  g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE,
               _("“%s” must first be updated for this version of HR Plan, which cannot be "
                 "done while it is read-only: open it once where it can be changed, or copy it "
                 "to a folder of your own; it has not been changed"),
               display_name);
}

/* Data that the schema rules out, found in a damaged file. */
gboolean
_hrp_store_fail_damaged (HrpStore  *self,
                         GError   **error)
{
  set_damaged_error (error, self->display_name);
  return FALSE;
}

/* ----------------------------------------------------------------- the ids */

/* Decides on a database file from its ids: PRAGMA application_id, PRAGMA
 * user_version and, for a file without our id, n_schema, the number of
 * objects in its schema (0 where it has not been counted).  Sets error
 * when the file is refused.  Every check of the ids, before opening,
 * once opened and under the write lock of a migration, comes here. */
StoreFileState
_hrp_store_check_ids (gint64       application_id,
                      gint64       user_version,
                      gint64       n_schema,
                      const char  *display_name,
                      GError     **error)
{
  /* Without our id, only an empty database is taken (e.g. one made with
   * the sqlite3 tool): a new one. */
  if ((application_id != STORE_APPLICATION_ID && application_id != 0) ||
      (application_id == 0 && (user_version != 0 || n_schema > 0)))
    {
      set_not_ours_error (error, display_name);
      return STORE_FILE_REFUSED;
    }
  if (user_version < 0)
    {
      set_damaged_error (error, display_name);
      return STORE_FILE_REFUSED;
    }
  if (user_version > STORE_SCHEMA_VERSION)
    {
      set_too_new_error (error, display_name, (int) user_version);
      return STORE_FILE_REFUSED;
    }
  return user_version == STORE_SCHEMA_VERSION ? STORE_FILE_CURRENT : STORE_FILE_OLDER;
}

/* ---------------------------------------------------------- before opening */

/* PRAGMA quick_check: SQLITE_OK when the file is sound, SQLITE_CORRUPT
 * when it is damaged, another code when it could not be checked. */
static int
quick_check (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  /* one row "ok", or rows that describe the damage */
  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    return SQLITE_CORRUPT;
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Checks a database file with a connection that cannot write.  Sets
 * *recover when the file holds a save that was cut off (a crash or a
 * power cut left a hot journal): SQLite rolls it back only once the file
 * is open for writing, and the caller checks it then. */
static gboolean
check_read_only (const char  *path,
                 const char  *display_name,
                 guint32      application_id,
                 gint32       user_version,
                 gboolean    *recover,
                 GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      _hrp_store_set_sqlite_error (error, db, rc, display_name);
      return FALSE;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, STORE_BUSY_TIMEOUT_MS);

  rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_READONLY_ROLLBACK && application_id == STORE_APPLICATION_ID)
    {
      *recover = TRUE;
      return TRUE;
    }
  if (rc == SQLITE_READONLY_ROLLBACK || (rc & 0xff) == SQLITE_NOTADB)
    {
      /* A cut-off save in a file that may not be ours: not ours to repair. */
      set_not_ours_error (error, display_name);
      return FALSE;
    }
  if ((rc & 0xff) == SQLITE_CORRUPT)
    {
      set_damaged_error (error, display_name);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      _hrp_store_set_sqlite_error (error, db, rc, display_name);
      return FALSE;
    }

  /* The schema counted, a file without our id is decided too.  A first
   * start cut off during its first save still has our id in the
   * half-written header, and is recovered as ours above. */
  if (_hrp_store_check_ids (application_id, user_version, sqlite3_column_int64 (stmt, 0),
                            display_name, error) == STORE_FILE_REFUSED)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  rc = quick_check (db);
  if (rc == SQLITE_CORRUPT)
    {
      set_damaged_error (error, display_name);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      _hrp_store_set_sqlite_error (error, db, rc, display_name);
      return FALSE;
    }

  return TRUE;
}

/* Checks the file at path, if there is one, without changing it: its
 * header first (plain reads), then with SQLite read-only.  A missing or
 * empty file passes: it is a new database; *found is FALSE when it is
 * missing. */
gboolean
_hrp_store_check_file (const char  *path,
                       const char  *display_name,
                       gboolean    *found,
                       gboolean    *recover,
                       GError     **error)
{
  guint8 header[100];
  guint32 application_id;
  guint32 user_version;
  FILE *file;
  size_t n_read;
  int saved_errno;

  *found = FALSE;
  *recover = FALSE;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      saved_errno = errno;
      if (saved_errno == ENOENT)
        return TRUE;
      _hrp_store_file_error (error, HRP_FILE_READING, saved_errno, path);
      return FALSE;
    }
  n_read = fread (header, 1, sizeof header, file);
  saved_errno = errno;
  if (ferror (file))
    {
      fclose (file);
      _hrp_store_file_error (error, HRP_FILE_READING, saved_errno, path);
      return FALSE;
    }
  fclose (file);
  *found = TRUE;

  if (n_read == 0)
    return TRUE;
  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      set_not_ours_error (error, display_name);
      return FALSE;
    }

  /* Big-endian header fields, https://sqlite.org/fileformat.html */
  memcpy (&user_version, header + 60, 4);
  user_version = GUINT32_FROM_BE (user_version);
  memcpy (&application_id, header + 68, 4);
  application_id = GUINT32_FROM_BE (application_id);

  /* A file with an id is decided on its header already, before SQLite
   * reads it; one without, once its schema is counted (check_read_only). */
  if (application_id != 0 &&
      _hrp_store_check_ids (application_id, (gint32) user_version, 0, display_name,
                            error) == STORE_FILE_REFUSED)
    return FALSE;
  /* Bytes 18 and 19 are 2 in WAL mode, which we never use: reading such a
   * file would create -shm and -wal files beside it. */
  if (application_id == 0 && (header[18] == 2 || header[19] == 2))
    {
      set_not_ours_error (error, display_name);
      return FALSE;
    }

  return check_read_only (path, display_name, application_id, (gint32) user_version,
                          recover, error);
}

/* ------------------------------------------------------------- once opened */

/* Checks the file again once SQLite, opening it for writing, has rolled
 * back the save that was cut off in it (*recover of
 * _hrp_store_check_file ()). */
gboolean
_hrp_store_check_recovered (HrpStore  *self,
                            GError   **error)
{
  int rc = quick_check (self->db);

  if (rc == SQLITE_CORRUPT)
    {
      set_damaged_after_recovery_error (error, self->display_name);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

/* Checks a store opened for reading only, with the ids read again on its
 * own connection: another program may have changed the file since it was
 * checked.  Only a database that needs no change is taken. */
gboolean
_hrp_store_check_current (HrpStore  *self,
                          GError   **error)
{
  gint64 application_id;
  gint64 version;
  gint64 n_schema = 0;
  StoreFileState state;

  if (!_hrp_store_query_int (self, STMT_APPLICATION_ID, &application_id, error) ||
      !_hrp_store_query_int (self, STMT_USER_VERSION, &version, error))
    return FALSE;
  /* The schema counts only for a file without our id. */
  if (application_id == 0 &&
      !_hrp_store_query_int (self, STMT_COUNT_SCHEMA, &n_schema, error))
    return FALSE;

  state = _hrp_store_check_ids (application_id, version, n_schema, self->display_name, error);
  /* An older schema, or a new database without one. */
  if (state == STORE_FILE_OLDER)
    set_needs_update_error (error, self->display_name);
  return state == STORE_FILE_CURRENT;
}
