/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-a11y.h — what a screen reader says, where GTK 4.8 leaves it unsaid */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names dropdown, and the button inside it, which GTK 4.8 announces by
 * its type ("GtkToggleButton"). */
void hrp_a11y_name_drop_down (GtkDropDown *dropdown,
                              const char  *name);

/* Names each button of root that has a mnemonic (“_Cancel”) by its
 * label's text alone: GTK 4.8 announces both the label as written and
 * the label that names the button (“_Cancel Cancel”). */
void hrp_a11y_name_mnemonic_buttons (GtkWidget *root);

G_END_DECLS
