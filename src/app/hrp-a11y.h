/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-a11y.h — what a screen reader says, where GTK 4.8 leaves it unsaid */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names dropdown, and the button inside it, which GTK 4.8 announces by
 * its type ("GtkToggleButton"). */
void hrp_a11y_name_drop_down (GtkDropDown *dropdown,
                              const char  *name);

G_END_DECLS
