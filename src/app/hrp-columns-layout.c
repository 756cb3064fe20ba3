/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-columns-layout.c — the layout of a widget holding an activity table
 *
 * The action plan and a policy's activity table each hold one box with a
 * column view in a scrolled window: the name column takes the width the
 * other columns leave, set here before the box is allocated.
 */
#include "config.h"

#include "hrp-activity-cells.h"
#include "hrp-columns-layout.h"

struct _HrpColumnsLayout
{
  GtkLayoutManager   parent_instance;

  GtkColumnView     *view;             /* unowned: a child of the widget */
  GtkScrolledWindow *scrolled_window;  /* unowned: a child of the widget */
};

G_DEFINE_FINAL_TYPE (HrpColumnsLayout, hrp_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
hrp_columns_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget        *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
hrp_columns_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
hrp_columns_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  HrpColumnsLayout *self = HRP_COLUMNS_LAYOUT (manager);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  hrp_activity_cells_fit_columns_in (self->view, self->scrolled_window, width);
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
hrp_columns_layout_class_init (HrpColumnsLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = hrp_columns_layout_get_request_mode;
  manager_class->measure = hrp_columns_layout_measure;
  manager_class->allocate = hrp_columns_layout_allocate;
}

static void
hrp_columns_layout_init (HrpColumnsLayout *self)
{
}

GtkLayoutManager *
hrp_columns_layout_new (GtkColumnView     *view,
                        GtkScrolledWindow *scrolled_window)
{
  HrpColumnsLayout *self;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled_window), NULL);

  self = g_object_new (HRP_TYPE_COLUMNS_LAYOUT, NULL);
  self->view = view;
  self->scrolled_window = scrolled_window;
  return GTK_LAYOUT_MANAGER (self);
}
