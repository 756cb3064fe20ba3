/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-message.h — messages to the user: an error, in the window it is
 * about */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows an error dialog over the window that holds widget: primary says
 * what could not be done, secondary (may be NULL) why. */
void hrp_show_error (GtkWidget  *widget,
                     const char *primary,
                     const char *secondary);

G_END_DECLS
