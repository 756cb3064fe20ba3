/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-outline-row.h — a row of the plan's outline: renamed in place,
 * dragged onto other rows */
#pragma once

#include <gtk/gtk.h>

#include "hrp-outline.h"

G_BEGIN_DECLS

#define HRP_TYPE_OUTLINE_ROW (hrp_outline_row_get_type ())
G_DECLARE_FINAL_TYPE (HrpOutlineRow, hrp_outline_row, HRP, OUTLINE_ROW, GtkWidget)

/* Signals:
 *   "renamed" (const char *text): the user renamed the row's item to
 *     text (stripped, never empty);
 *   "dropped" (HrpOutlineNode *source) → gboolean: the row of source was
 *     dropped on this one; TRUE when that meant something. */

HrpOutlineRow  *hrp_outline_row_new          (void);
/* Shows row's node (NULL: none, when the list item is unbound). */
void            hrp_outline_row_set_list_row (HrpOutlineRow  *self,
                                              GtkTreeListRow *row);
HrpOutlineNode *hrp_outline_row_get_node     (HrpOutlineRow  *self);
/* Whether its node may be dragged and renamed (not in a read-only
 * database). */
void            hrp_outline_row_set_editable (HrpOutlineRow  *self,
                                              gboolean        editable);
/* Swaps the text for an entry holding it, selected: Enter or leaving it
 * renames, Escape cancels.  FALSE when the node has no text to rename. */
gboolean        hrp_outline_row_start_rename (HrpOutlineRow  *self);

G_END_DECLS
