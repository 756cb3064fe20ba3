/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-thai-repair.h — text pasted into a field is repaired when it is
 * Thai broken by a PDF, with a notice and Undo */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* widget: a GtkEditable (GtkEntry, GtkEditableLabel…) or a GtkTextView.
 * Whatever is inserted in one go (a paste) is repaired; when anything
 * changed, the window says so and offers Undo (the text as pasted). */
void hrp_thai_repair_attach (GtkWidget *widget);

G_END_DECLS
