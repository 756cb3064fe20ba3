/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-file.h — reading and writing the user's files, with errors in our
 * own translated words that name the file the user gave (no GTK) */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  HRP_FILE_READING,
  HRP_FILE_WRITING,
} HrpFileAction;

/* Puts the message of error — a GFileError or GIOError from reading or
 * writing the file at path — into our own words: not found, no
 * permission, the disk full, a folder, a read-only disk…, each naming
 * path as the user gave it (never a temporary file beside it).  The
 * domain and code stay; a cancellation and any other error are left as
 * they are. */
void     hrp_file_restate_error   (GError        *error,
                                   HrpFileAction  action,
                                   const char    *path);

/* Sets error (G_FILE_ERROR) for errno saved_errno while reading or
 * writing the file at path, in the same words. */
void     hrp_file_set_error       (GError       **error,
                                   HrpFileAction  action,
                                   int            saved_errno,
                                   const char    *path);

/* Reads the file at path whole ("-": the standard input), refusing one
 * larger than max_size bytes. */
GBytes  *hrp_file_read            (const char    *path,
                                   gsize          max_size,
                                   GError       **error);

/* Writes bytes as the file at path ("-": the standard output): to a
 * temporary file beside it, then renamed, so that an old file is never
 * left half-written. */
gboolean hrp_file_write           (const char    *path,
                                   GBytes        *bytes,
                                   GError       **error);

/* The same for a GFile, cancellable (the window's exports). */
gboolean hrp_file_replace         (GFile         *file,
                                   GBytes        *bytes,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
