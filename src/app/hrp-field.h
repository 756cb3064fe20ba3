/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-field.h — a text widget edits one string property of a plan object
 *
 * A GtkEntry (or any GtkEditable) or a GtkTextView shows the property and
 * writes it back through the document — when Enter is pressed, when the
 * widget loses focus, or after a short pause in typing — so every edit is
 * saved within a second and is one step on the undo stack.  A change of
 * the property from elsewhere (undo) shows at once unless the user is in
 * the middle of typing.
 */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"

G_BEGIN_DECLS

/* Binds widget to object's property (object NULL: unbound, empty). */
void hrp_field_bind   (GtkWidget   *widget,
                       HrpDocument *document,
                       gpointer     object,
                       const char  *property);
/* Writes a pending edit now.  Returns FALSE when the document refused it
 * (the widget then shows the stored text again). */
gboolean hrp_field_commit (GtkWidget *widget);


G_END_DECLS
