/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-columns.c — the columns of an activity table
 *
 * The columns HrpActivityCells fills (name, budget, the four quarters),
 * their titles and widths, and the name's width fitted to the view: GTK
 * 4.8 measures a row's height at its cells' fixed widths, so a name
 * column as wide as it is drawn makes every row as tall as its text.
 * And the list item a cell's widget is in.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-activity-cells.h"

/* Room for 999,999,999.99 and for "ไตรมาส 1"; the name's width follows
 * the view's. */
#define NAME_COLUMN_WIDTH 280
#define NAME_COLUMN_MIN_WIDTH 120
#define BUDGET_COLUMN_WIDTH 120
#define QUARTER_COLUMN_WIDTH 84
/* A header's padding and a bold title's extra width */
#define HEADER_PADDING 32

GtkColumnViewColumn *
hrp_activity_cells_create_column (HrpActivityCells *self,
                                  HrpActivityCell   cell)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autofree char *title = NULL;
  GtkColumnViewColumn *column;

  g_return_val_if_fail (HRP_IS_ACTIVITY_CELLS (self), NULL);
  g_return_val_if_fail (cell < HRP_ACTIVITY_N_CELLS, NULL);

  switch (cell)
    {
    case HRP_ACTIVITY_CELL_NAME:
      title = g_strdup (_("Activity / project"));
      break;
    case HRP_ACTIVITY_CELL_BUDGET:
      title = g_strdup (_("Budget (baht)"));
      break;
    case HRP_ACTIVITY_CELL_Q1:
    case HRP_ACTIVITY_CELL_Q2:
    case HRP_ACTIVITY_CELL_Q3:
    case HRP_ACTIVITY_CELL_Q4:
      title = g_strdup_printf (_("Quarter %u"), (guint) (cell - HRP_ACTIVITY_CELL_Q1 + 1));
      break;
    case HRP_ACTIVITY_N_CELLS:
    default:
      g_return_val_if_reached (NULL);
    }

  factory = hrp_activity_cells_create_factory (self, cell);
  column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_expand (column, cell == HRP_ACTIVITY_CELL_NAME);
  /* Room for 999,999,999.99 and for "ไตรมาส 1"; the name's width follows
   * the view's (hrp_activity_cells_fit_columns). */
  if (cell == HRP_ACTIVITY_CELL_BUDGET)
    gtk_column_view_column_set_fixed_width (column, BUDGET_COLUMN_WIDTH);
  else if (cell == HRP_ACTIVITY_CELL_NAME)
    gtk_column_view_column_set_fixed_width (column, NAME_COLUMN_WIDTH);
  else
    gtk_column_view_column_set_fixed_width (column, QUARTER_COLUMN_WIDTH);
  gtk_column_view_column_set_resizable (column, cell <= HRP_ACTIVITY_CELL_BUDGET);

  return column;
}

void
hrp_activity_cells_append_columns (HrpActivityCells *self,
                                   GtkColumnView    *view)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (HrpActivityCell cell = HRP_ACTIVITY_CELL_NAME; cell < HRP_ACTIVITY_N_CELLS; cell++)
    {
      g_autoptr(GtkColumnViewColumn) column = hrp_activity_cells_create_column (self, cell);

      /* The budget's title whole, as the printed table heads it
       * ("งบประมาณที่ได้รับจัดสรร (บาท)"): a header is never wrapped. */
      if (cell == HRP_ACTIVITY_CELL_BUDGET)
        {
          g_autoptr(PangoLayout) title = gtk_widget_create_pango_layout (GTK_WIDGET (view),
                                                                         gtk_column_view_column_get_title (column));
          int width;

          pango_layout_get_pixel_size (title, &width, NULL);
          gtk_column_view_column_set_fixed_width (column, MAX (BUDGET_COLUMN_WIDTH, width + HEADER_PADDING));
        }
      gtk_column_view_append_column (view, column);
    }
}

void
hrp_activity_cells_fit_columns_in (GtkColumnView     *view,
                                   GtkScrolledWindow *scrolled_window,
                                   int                width)
{
  GtkWidget *scrollbar = gtk_scrolled_window_get_vscrollbar (scrolled_window);
  int view_width = width - 2;   /* the frame */

  if (!gtk_scrolled_window_get_overlay_scrolling (scrolled_window)
      && scrollbar != NULL && gtk_widget_get_visible (scrollbar))
    {
      int scrollbar_width;

      gtk_widget_measure (scrollbar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &scrollbar_width, NULL, NULL);
      view_width -= scrollbar_width;
    }
  hrp_activity_cells_fit_columns (view, view_width);
}

void
hrp_activity_cells_fit_columns (GtkColumnView *view,
                                int            width)
{
  GListModel *columns;
  GtkColumnViewColumn *expanding = NULL;
  int others = 0;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (expanding == NULL && gtk_column_view_column_get_expand (column))
        expanding = column;
      else
        others += MAX (gtk_column_view_column_get_fixed_width (column), 0);
    }

  if (expanding != NULL)
    {
      int name_width = MAX (width - others, NAME_COLUMN_MIN_WIDTH);

      if (gtk_column_view_column_get_fixed_width (expanding) != name_width)
        gtk_column_view_column_set_fixed_width (expanding, name_width);
    }
}

/* The list item a widget of a cell is in (hrp_activity_cells_mark_cell). */
GtkListItem *
hrp_activity_cells_find_list_item (GtkWidget *widget)
{
  g_return_val_if_fail (widget == NULL || GTK_IS_WIDGET (widget), NULL);

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), "hrp-list-item");

      if (list_item != NULL)
        return list_item;
    }

  return NULL;
}

void
hrp_activity_cells_mark_cell (GtkWidget   *child,
                              GtkListItem *list_item)
{
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (GTK_IS_LIST_ITEM (list_item));

  /* The list item owns its child: no reference either way. */
  g_object_set_data (G_OBJECT (child), "hrp-list-item", list_item);
}
