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
#include <string.h>

#include "hrp-activity-cells.h"

/* Room for 999,999,999.99 and for a tick box; the name's width follows
 * the view's, the titles widen the others (column_fit_title). */
#define NAME_COLUMN_WIDTH 280
#define NAME_COLUMN_MIN_WIDTH 120
#define BUDGET_COLUMN_WIDTH 120
#define QUARTER_COLUMN_WIDTH 40
/* A header's padding and borders, and a little to spare */
#define HEADER_PADDING 14
#define HEADER_SPARE 4

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
  /* Room for 999,999,999.99 and for a tick box; the name's width follows
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

/* The width of text in a header's bold, its widest line. */
static int
title_width (GtkWidget  *view,
             const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, text);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* A header is never wrapped, nor cut: the column is as wide as its
 * title's lines.  When may_break, a title wider than the column's
 * content takes two lines, broken at its last space; TRUE if it did. */
static gboolean
column_fit_title (GtkColumnViewColumn *column,
                  GtkWidget           *view,
                  gboolean             may_break)
{
  const char *title = gtk_column_view_column_get_title (column);
  int content = gtk_column_view_column_get_fixed_width (column);
  int width = title_width (view, title) + HEADER_PADDING;
  const char *space = strrchr (title, ' ');
  gboolean broken = FALSE;

  if (may_break && width > content && space != NULL && space != title && space[1] != '\0')
    {
      g_autofree char *lines = g_strdup (title);
      int lines_width;

      lines[space - title] = '\n';
      lines_width = title_width (view, lines) + HEADER_PADDING;
      if (lines_width < width)
        {
          gtk_column_view_column_set_title (column, lines);
          width = lines_width;
          broken = TRUE;
        }
    }
  gtk_column_view_column_set_fixed_width (column, MAX (content, width + HEADER_SPARE));
  return broken;
}

void
hrp_activity_cells_append_columns (HrpActivityCells *self,
                                   GtkColumnView    *view)
{
  gboolean two_lines = FALSE;

  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (HrpActivityCell cell = HRP_ACTIVITY_CELL_NAME; cell < HRP_ACTIVITY_N_CELLS; cell++)
    {
      g_autoptr(GtkColumnViewColumn) column = hrp_activity_cells_create_column (self, cell);

      /* The name's width follows the view's.  A budget's title wider
       * than its amounts (the Thai "งบประมาณที่ได้รับจัดสรร (บาท)") takes
       * two lines; the header row is then two lines tall, and the
       * quarters' titles take both lines too ("ไตรมาส" above its number),
       * leaving the name the room. */
      if (cell != HRP_ACTIVITY_CELL_NAME)
        two_lines |= column_fit_title (column, GTK_WIDGET (view),
                                       cell == HRP_ACTIVITY_CELL_BUDGET || two_lines);
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
