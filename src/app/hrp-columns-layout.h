/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-columns-layout.h — the layout of a widget holding an activity table */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HRP_TYPE_COLUMNS_LAYOUT (hrp_columns_layout_get_type ())
G_DECLARE_FINAL_TYPE (HrpColumnsLayout, hrp_columns_layout, HRP, COLUMNS_LAYOUT, GtkLayoutManager)

/* Lays out a widget's one child as a bin does, after fitting the name
 * column of view, shown in scrolled_window, to the width it gets
 * (hrp_activity_cells_fit_columns_in): GTK 4.8 measures the rows at the
 * columns' widths, so they must be set before the rows are measured.
 * Both are the widget's own children. */
GtkLayoutManager *hrp_columns_layout_new (GtkColumnView     *view,
                                          GtkScrolledWindow *scrolled_window);

G_END_DECLS
