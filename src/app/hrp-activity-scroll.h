/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-scroll.h — a cell of an activity table brought into view
 *
 * The table is a GtkColumnView in a GtkScrolledWindow.  A cell is
 * scrolled to at once when it is laid out already; a row just added is
 * measured by the list only after it is first shown (its height guessed
 * until then), so its cell is followed frame by frame until it stays put
 * in view.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Scrolls the table holding widget until widget is wholly in view (or its
 * start, when it is larger than the view). */
void hrp_activity_scroll_to_widget    (GtkWidget *widget);
/* The same now and at each frame, until widget has stayed wholly in view
 * for a few frames, while it is the cell of item; a second or so at most.
 * One cell of a table is followed at a time: the last one given. */
void hrp_activity_scroll_keep_in_view (GtkWidget *widget,
                                       gpointer   item);

G_END_DECLS
