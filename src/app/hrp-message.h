/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-message.h — talking with the user: an error in the window it is
 * about, the file a file chooser was answered with */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows an error dialog over the window that holds widget: primary says
 * what could not be done, secondary (may be NULL) why. */
void hrp_show_error (GtkWidget  *widget,
                     const char *primary,
                     const char *secondary);

/* The file chosen when the chooser's response is Accept, else NULL. */
GFile *hrp_chooser_get_chosen (GtkNativeDialog *chooser,
                               int              response);

G_END_DECLS
