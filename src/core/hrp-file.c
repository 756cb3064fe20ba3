/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-file.c — reading and writing the user's files
 *
 * GLib's and GIO's own messages are in English whatever the user's
 * language, and those of a file written whole name the temporary file
 * beside it ("plan.pdf.4KKAZ3").  Every error about a file the user gave
 * is put here into our own translated words, naming that file.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#ifdef G_OS_WIN32
# include <fcntl.h>
# include <io.h>
#endif

#include "hrp-file.h"

/* What went wrong, as far as the user can act on it. */
typedef enum {
  PROBLEM_OTHER,
  PROBLEM_NOT_FOUND,
  PROBLEM_PERMISSION,
  PROBLEM_NO_SPACE,
  PROBLEM_IS_FOLDER,
  PROBLEM_READ_ONLY,
  PROBLEM_NAME_TOO_LONG,
} Problem;

static Problem
problem_of (const GError *error)
{
  if (error->domain == G_FILE_ERROR)
    switch (error->code)
      {
      case G_FILE_ERROR_NOENT:
      case G_FILE_ERROR_NOTDIR:
        return PROBLEM_NOT_FOUND;
      case G_FILE_ERROR_ACCES:
      case G_FILE_ERROR_PERM:
        return PROBLEM_PERMISSION;
      case G_FILE_ERROR_NOSPC:
        return PROBLEM_NO_SPACE;
      case G_FILE_ERROR_ISDIR:
        return PROBLEM_IS_FOLDER;
      case G_FILE_ERROR_ROFS:
        return PROBLEM_READ_ONLY;
      case G_FILE_ERROR_NAMETOOLONG:
        return PROBLEM_NAME_TOO_LONG;
      default:
        return PROBLEM_OTHER;
      }
  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NOT_FOUND:
      case G_IO_ERROR_NOT_DIRECTORY:
        return PROBLEM_NOT_FOUND;
      case G_IO_ERROR_PERMISSION_DENIED:
        return PROBLEM_PERMISSION;
      case G_IO_ERROR_NO_SPACE:
        return PROBLEM_NO_SPACE;
      case G_IO_ERROR_IS_DIRECTORY:
        return PROBLEM_IS_FOLDER;
      case G_IO_ERROR_READ_ONLY:
        return PROBLEM_READ_ONLY;
      case G_IO_ERROR_FILENAME_TOO_LONG:
        return PROBLEM_NAME_TOO_LONG;
      default:
        return PROBLEM_OTHER;
      }
  return PROBLEM_OTHER;
}

/* The message for problem with the file at path; detail, the system's
 * own words, only where we have none of ours. */
static char *
message_for (Problem        problem,
             HrpFileAction  action,
             const char    *path,
             const char    *detail)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *folder_path = g_path_get_dirname (path);
  g_autofree char *folder = g_filename_display_name (folder_path);

  if (action == HRP_FILE_READING)
    switch (problem)
      {
      case PROBLEM_NOT_FOUND:
        return g_strdup_printf (_("There is no file “%s”"), name);
      case PROBLEM_PERMISSION:
        return g_strdup_printf (_("Cannot open “%s”: you do not have permission to read it"), name);
      case PROBLEM_IS_FOLDER:
        return g_strdup_printf (_("“%s” is a folder, not a file"), name);
      case PROBLEM_NAME_TOO_LONG:
        return g_strdup_printf (_("Cannot open “%s”: the name is too long"), name);
      case PROBLEM_NO_SPACE:
      case PROBLEM_READ_ONLY:
      case PROBLEM_OTHER:
      default:
        return g_strdup_printf (_("Cannot read “%s” (%s)"), name, detail);
      }

  switch (problem)
    {
    case PROBLEM_NOT_FOUND:
      return g_strdup_printf (_("Cannot create “%s”: there is no folder “%s”"), name, folder);
    case PROBLEM_PERMISSION:
      return g_strdup_printf (_("Cannot save “%s”: you do not have permission to write there"), name);
    case PROBLEM_NO_SPACE:
      return g_strdup_printf (_("Cannot save “%s”: the disk is full"), name);
    case PROBLEM_IS_FOLDER:
      return g_strdup_printf (_("“%s” is a folder, not a file"), name);
    case PROBLEM_READ_ONLY:
      return g_strdup_printf (_("Cannot save “%s”: the disk is read-only"), name);
    case PROBLEM_NAME_TOO_LONG:
      return g_strdup_printf (_("Cannot create “%s”: the name is too long"), name);
    case PROBLEM_OTHER:
    default:
      return g_strdup_printf (_("Cannot save “%s” (%s)"), name, detail);
    }
}

void
hrp_file_restate_error (GError        *error,
                        HrpFileAction  action,
                        const char    *path)
{
  char *message;

  g_return_if_fail (path != NULL);

  if (error == NULL
      || (error->domain != G_FILE_ERROR && error->domain != G_IO_ERROR)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  message = message_for (problem_of (error), action, path, error->message);
  g_free (error->message);
  error->message = message;
}

void
hrp_file_set_error (GError        **error,
                    HrpFileAction   action,
                    int             saved_errno,
                    const char     *path)
{
  GError *local = g_error_new_literal (G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                                       g_strerror (saved_errno));

  hrp_file_restate_error (local, action, path);
  g_propagate_error (error, local);
}

GBytes *
hrp_file_read (const char  *path,
               gsize        max_size,
               GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (path, "-") == 0)
    {
      GByteArray *buffer = g_byte_array_new ();
      guint8 chunk[65536];
      size_t n;

#ifdef G_OS_WIN32
      _setmode (_fileno (stdin), _O_BINARY);
#endif
      while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        {
          if (buffer->len + n > max_size)
            {
              g_byte_array_unref (buffer);
              g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                           _("The standard input is larger than %d MB: too large for a plan"),
                           (int) (max_size / (1024 * 1024)));
              return NULL;
            }
          g_byte_array_append (buffer, chunk, n);
        }
      if (ferror (stdin))
        {
          g_byte_array_unref (buffer);
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO,
                       _("Could not read the standard input"));
          return NULL;
        }
      return g_byte_array_free_to_bytes (buffer);
    }

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > max_size)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("“%s” is larger than %d MB: too large for a plan"),
                   name, (int) (max_size / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    {
      if (error != NULL)
        hrp_file_restate_error (*error, HRP_FILE_READING, path);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

gboolean
hrp_file_write (const char  *path,
                GBytes      *bytes,
                GError     **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_strcmp0 (path, "-") == 0)
    {
#ifdef G_OS_WIN32
      _setmode (_fileno (stdout), _O_BINARY);
#endif
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not write to the standard output: %s"),
                       g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (!g_file_set_contents (path, data, size, error))
    {
      if (error != NULL)
        hrp_file_restate_error (*error, HRP_FILE_WRITING, path);
      return FALSE;
    }
  return TRUE;
}

gboolean
hrp_file_replace (GFile         *file,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                               cancellable, &local_error))
    return TRUE;

  {
    g_autofree char *path = g_file_get_path (file);
    g_autofree char *name = path != NULL ? NULL : g_file_get_parse_name (file);

    hrp_file_restate_error (local_error, HRP_FILE_WRITING, path != NULL ? path : name);
  }
  g_propagate_error (error, local_error);
  return FALSE;
}
