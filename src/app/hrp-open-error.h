/* hrp-open-error.h — the window shown when the database cannot be opened */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The advice for an error of hrp_store_open() on the file at path: what
 * the user can do, e.g. which backup copy to go back to.  Never NULL. */
char      *hrp_open_error_advice     (const char   *path,
                                      const GError *error);

/* A message window: what went wrong with the file at path, that it was
 * not changed, what to do; buttons Show Folder and Quit.  It destroys
 * itself when answered. */
GtkWindow *hrp_open_error_dialog_new (const char   *path,
                                      const GError *error);

G_END_DECLS
