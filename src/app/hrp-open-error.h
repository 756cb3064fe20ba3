/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-open-error.h — the window shown when the database cannot be opened */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The advice for an error of hrp_library_open () on the file at path: what
 * the user can do, e.g. which backup copy to go back to.  Never NULL. */
char      *hrp_open_error_advice     (const char   *path,
                                      const GError *error);

#define HRP_TYPE_OPEN_ERROR_WINDOW (hrp_open_error_window_get_type ())
G_DECLARE_FINAL_TYPE (HrpOpenErrorWindow, hrp_open_error_window, HRP, OPEN_ERROR_WINDOW, GtkWindow)

/* A window laid out as a message (the program's only one, so it is no
 * dialog: it has no parent): what went wrong with the file at path, that
 * it was not changed, what to do; buttons Show Folder and Quit.  Quit
 * (or Escape) destroys it. */
GtkWindow *hrp_open_error_window_new (const char   *path,
                                      const GError *error);

G_END_DECLS
