/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store-backup.c — backup copies of the database, kept beside it
 *
 * "FILE.backup-20261127-031500-123456.db": the time is in the name, so
 * that sorted by name the copies are in time order; the last
 * KEEP_BACKUPS are kept.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hrp-store-private.h"

#define KEEP_BACKUPS 5

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
hrp_store_list_backups (const char *path)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".backup-", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (names, g_strdup (name));

  /* The names hold the time: sorted, the oldest come first. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (dir_name, g_ptr_array_index (names, i), NULL));
  return paths;
}

/* Deletes the oldest backups of the database beyond the last few. */
static void
prune_backups (HrpStore *self)
{
  g_autoptr(GPtrArray) backups = hrp_store_list_backups (self->path);

  for (guint i = 0; i + KEEP_BACKUPS < backups->len; i++)
    g_remove (g_ptr_array_index (backups, i));
}

char *
hrp_store_backup (HrpStore  *self,
                  GError   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Microseconds too: sorted by name, the backups are in time order. */
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
  g_autofree char *path = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (HRP_IS_STORE (self), NULL);

  /* A new name in any case. */
  for (guint n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = n == 0 ? g_strdup_printf ("%s.backup-%s.db", self->path, stamp)
                    : g_strdup_printf ("%s.backup-%s-%u.db", self->path, stamp, n);
    }

  /* SQLite's online backup: a consistent copy, whatever another
   * connection is doing. */
  rc = sqlite3_open_v2 (path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (copy);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  sqlite3_close (copy);

  if (rc != SQLITE_OK)
    {
      g_remove (path);
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                   _("Could not make a backup copy of “%s”: %s"),
                   self->display_name, sqlite3_errstr (rc));
      return NULL;
    }

  prune_backups (self);
  return g_steal_pointer (&path);
}
