/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-cells.h — editable cells of the activity columns
 *
 * One HrpActivityCells makes the list item factories of the columns that
 * show an activity (name, budget, quarters 1–4) in a GtkColumnView.  The
 * cells edit the activity through the document, so every change is
 * recorded for undo and saved, and they follow the model back (undo,
 * redo, changes made elsewhere).  What a cell cannot do (a refused
 * value, a failed command) is reported with the "message" signal, for
 * the owning widget to show; "committed" tells that a later edit was
 * taken.  Tab and Shift+Tab move from cell to cell (name, budget,
 * quarters, the next row's name), typing on a cell starts editing it, and
 * a focused cell is scrolled into view ("cell-focused").
 *
 * The view's items need not be activities: get_activity maps an item to
 * its activity, or NULL for a row that is not one.  Such a row shows, in
 * each column, the string property of the item given with
 * hrp_activity_cells_set_other_property (or nothing).  When the item also
 * has a string property "css-class", that label takes the style class.
 */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"

G_BEGIN_DECLS

typedef enum {
  HRP_ACTIVITY_CELL_NAME,
  HRP_ACTIVITY_CELL_BUDGET,
  HRP_ACTIVITY_CELL_Q1,
  HRP_ACTIVITY_CELL_Q2,
  HRP_ACTIVITY_CELL_Q3,
  HRP_ACTIVITY_CELL_Q4,
  HRP_ACTIVITY_N_CELLS
} HrpActivityCell;

/* Returns the activity an item of the view stands for (not a new
 * reference), or NULL. */
typedef HrpActivity *(*HrpActivityCellsGetActivity) (gpointer item);

#define HRP_TYPE_ACTIVITY_CELLS (hrp_activity_cells_get_type ())
G_DECLARE_FINAL_TYPE (HrpActivityCells, hrp_activity_cells, HRP, ACTIVITY_CELLS, GObject)

/* get_activity NULL: the items are activities. */
HrpActivityCells   *hrp_activity_cells_new                (HrpDocument                 *document,
                                                           HrpActivityCellsGetActivity  get_activity);
HrpDocument        *hrp_activity_cells_get_document       (HrpActivityCells            *self);
void                hrp_activity_cells_set_document       (HrpActivityCells            *self,
                                                           HrpDocument                 *document);
/* Whether the name cell marks an activity listed under several policies
 * (hrp_plan_activity_is_repeated).  FALSE by default. */
void                hrp_activity_cells_set_show_repeated  (HrpActivityCells            *self,
                                                           gboolean                     show_repeated);
/* Checks the marks again, after a change elsewhere in the plan. */
void                hrp_activity_cells_update_repeated    (HrpActivityCells            *self);
/* For rows that are not activities: the item's string property shown in
 * column cell (NULL: nothing).  Set before the cells are made. */
void                hrp_activity_cells_set_other_property (HrpActivityCells            *self,
                                                           HrpActivityCell              cell,
                                                           const char                  *property);

GtkListItemFactory *hrp_activity_cells_create_factory     (HrpActivityCells            *self,
                                                           HrpActivityCell              cell);
/* A column with its title and factory; the name column expands. */
GtkColumnViewColumn *hrp_activity_cells_create_column     (HrpActivityCells            *self,
                                                           HrpActivityCell              cell);
/* Appends the columns name, budget and quarters 1–4 to view. */
void                hrp_activity_cells_append_columns     (HrpActivityCells            *self,
                                                           GtkColumnView               *view);

/* Gives the expanding (name) column of view what the other columns, of
 * fixed widths, leave of width, the width of the view's visible area.
 * GTK 4.8 measures a row's height for its cells' fixed widths: a name
 * column as wide as it is drawn makes every row as tall as its text, with
 * no blank space and no line cut, and the columns fit the view. */
void                hrp_activity_cells_fit_columns        (GtkColumnView               *view,
                                                           int                          width);
/* The same for view in scrolled_window (framed), allocated width wide:
 * the visible area is what the frame and a scrollbar leave. */
void                hrp_activity_cells_fit_columns_in     (GtkColumnView               *view,
                                                           GtkScrolledWindow           *scrolled_window,
                                                           int                          width);

/* Starts editing the name of activity: at once when its cell is shown,
 * else as soon as it is. */
void                hrp_activity_cells_edit_name          (HrpActivityCells            *self,
                                                           HrpActivity                 *activity);
/* Emits "message". */
void                hrp_activity_cells_report             (HrpActivityCells            *self,
                                                           const char                  *message);

/* The list item of the cell (made by any factory that marks its cells,
 * these ones included) holding widget, or NULL. */
GtkListItem        *hrp_activity_cells_find_list_item     (GtkWidget                   *widget);
/* Marks child as the cell of list_item, for the function above. */
void                hrp_activity_cells_mark_cell          (GtkWidget                   *child,
                                                           GtkListItem                 *list_item);

G_END_DECLS
