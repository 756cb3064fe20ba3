/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-scroll.c — a cell of an activity table brought into view */
#include "config.h"

#include "hrp-activity-cells.h"
#include "hrp-activity-scroll.h"

/* How many frames a cell is followed at most, and how many it must stay
 * in view, not moving, to be left alone. */
#define KEEP_FRAMES 90
#define KEEP_STILL_FRAMES 3

/* Scrolls adjustment by as little as brings the span from start, size
 * long, into an area length long (its start, when it is longer). */
static void
scroll_span_into_view (GtkAdjustment *adjustment,
                       double         start,
                       double         size,
                       double         length)
{
  double delta = 0;

  if (start + size > length)
    delta = start + size - length;
  if (start - delta < 0)
    delta = start;
  if (delta != 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + delta);
}

/* The list of rows of the view holding widget (scrolled down as a whole,
 * below the view's header), and the view, or FALSE. */
static gboolean
find_rows (GtkWidget          *widget,
           GtkScrolledWindow **scrolled,
           GtkWidget         **view,
           GtkWidget         **rows)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  if (ancestor == NULL)
    return FALSE;
  *scrolled = GTK_SCROLLED_WINDOW (ancestor);
  *view = gtk_scrolled_window_get_child (*scrolled);
  *rows = *view != NULL ? gtk_widget_get_last_child (*view) : NULL;
  return *rows != NULL;
}

void
hrp_activity_scroll_to_widget (GtkWidget *widget)
{
  GtkScrolledWindow *scrolled;
  GtkWidget *view, *rows;
  graphene_rect_t bounds;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!find_rows (widget, &scrolled, &view, &rows)
      || !gtk_widget_compute_bounds (widget, rows, &bounds))
    return;
  scroll_span_into_view (gtk_scrolled_window_get_vadjustment (scrolled),
                         bounds.origin.y, bounds.size.height, gtk_widget_get_height (rows));

  if (!gtk_widget_compute_bounds (widget, view, &bounds))
    return;
  scroll_span_into_view (gtk_scrolled_window_get_hadjustment (scrolled),
                         bounds.origin.x, bounds.size.width, gtk_widget_get_width (view));
}

typedef struct {
  GtkWidget      *widget;   /* weak */
  gpointer        item;     /* unowned: compared only */
  guint           frames;
  guint           still;
  graphene_rect_t last;
} KeepInView;

static void
keep_in_view_free (gpointer data)
{
  KeepInView *keep = data;

  g_clear_weak_pointer (&keep->widget);
  g_free (keep);
}

/* At the start of a frame, the cell laid out by the one before. */
static gboolean
keep_in_view_tick_cb (GtkWidget     *rows_widget,
                      GdkFrameClock *clock,
                      gpointer       data)
{
  KeepInView *keep = data;
  GtkWidget *widget = keep->widget;
  GtkListItem *list_item = widget != NULL ? hrp_activity_cells_find_list_item (widget) : NULL;
  GtkScrolledWindow *scrolled;
  GtkWidget *view, *rows;
  graphene_rect_t bounds;

  if (++keep->frames > KEEP_FRAMES || list_item == NULL
      || gtk_list_item_get_item (list_item) != keep->item
      || !find_rows (widget, &scrolled, &view, &rows) || rows != rows_widget)
    goto done;

  /* Not laid out (the list lays out only the rows in view): the list
   * scrolls to its row by the heights it guesses, then it is. */
  if (!gtk_widget_get_mapped (widget)
      || !gtk_widget_compute_bounds (widget, rows, &bounds) || bounds.size.height <= 0)
    {
      if (GTK_IS_LIST_VIEW (rows) && gtk_list_item_get_position (list_item) != GTK_INVALID_LIST_POSITION)
        gtk_widget_activate_action (rows, "list.scroll-to-item", "u", gtk_list_item_get_position (list_item));
      keep->still = 0;
      return G_SOURCE_CONTINUE;
    }

  if (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (rows)
      && graphene_rect_equal (&bounds, &keep->last))
    {
      if (++keep->still >= KEEP_STILL_FRAMES)
        goto done;
      return G_SOURCE_CONTINUE;
    }

  keep->still = 0;
  keep->last = bounds;
  hrp_activity_scroll_to_widget (widget);
  return G_SOURCE_CONTINUE;

done:
  g_object_set_data (G_OBJECT (rows_widget), "hrp-keep-in-view", NULL);
  return G_SOURCE_REMOVE;
}

void
hrp_activity_scroll_keep_in_view (GtkWidget *widget,
                                  gpointer   item)
{
  GtkScrolledWindow *scrolled;
  GtkWidget *view, *rows;
  KeepInView *keep;
  guint id;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!find_rows (widget, &scrolled, &view, &rows))
    return;

  /* One cell a table followed at a time: the last one asked for. */
  id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (rows), "hrp-keep-in-view"));
  if (id != 0)
    gtk_widget_remove_tick_callback (rows, id);

  hrp_activity_scroll_to_widget (widget);
  keep = g_new0 (KeepInView, 1);
  g_set_weak_pointer (&keep->widget, widget);
  keep->item = item;
  id = gtk_widget_add_tick_callback (rows, keep_in_view_tick_cb, keep, keep_in_view_free);
  g_object_set_data (G_OBJECT (rows), "hrp-keep-in-view", GUINT_TO_POINTER (id));
}
