/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-window.c — the main window: one plan of the library, as a tree
 *
 * The header bar chooses the fiscal year; the left pane is the plan's
 * outline (vision → missions → strategies → HR policies) as a
 * GtkTreeListModel in a GtkListView; the right pane shows the selected
 * node: its text, its goals and, for a policy, its activities.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-a11y.h"
#include "hrp-app-resources.h"
#include "hrp-document.h"
#include "hrp-editor.h"
#include "hrp-message.h"
#include "hrp-outline-row.h"
#include "hrp-outline.h"
#include "hrp-settings.h"
#include "hrp-window-private.h"
#include "hrp-year-widgets.h"


G_DEFINE_FINAL_TYPE (HrpWindow, hrp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_PLAN,
  PROP_FISCAL_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Outline rows {{{ */

static void
row_renamed_cb (HrpOutlineRow *row,
                const char    *text,
                HrpWindow     *self)
{
  HrpOutlineNode *node = hrp_outline_row_get_node (row);
  const char *property = node != NULL ? hrp_outline_node_get_text_property (node) : NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || property == NULL)
    return;
  if (!hrp_document_set_string (self->document, hrp_outline_node_get_item (node), property, text, &error))
    hrp_show_error (GTK_WIDGET (self), _("The change could not be saved"), error->message);
}

static gboolean
row_dropped_cb (HrpOutlineRow  *row,
                HrpOutlineNode *source,
                HrpWindow      *self)
{
  return hrp_window_drop_node (self, source, hrp_outline_row_get_node (row));
}

static void
outline_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  HrpWindow                *self)
{
  HrpOutlineRow *row = hrp_outline_row_new ();

  g_signal_connect_object (row, "renamed", G_CALLBACK (row_renamed_cb), self, 0);
  g_signal_connect_object (row, "dropped", G_CALLBACK (row_dropped_cb), self, 0);
  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
}

static void
outline_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 HrpWindow                *self)
{
  HrpOutlineRow *row = HRP_OUTLINE_ROW (gtk_list_item_get_child (list_item));

  hrp_outline_row_set_editable (row, !self->read_only);
  hrp_outline_row_set_list_row (row, gtk_list_item_get_item (list_item));
}

static void
outline_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   HrpWindow                *self)
{
  hrp_outline_row_set_list_row (HRP_OUTLINE_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* The row showing node, or NULL when it is not in view. */
HrpOutlineRow *
_hrp_window_row_of_node (GtkWidget      *widget,
                         HrpOutlineNode *node)
{
  if (HRP_IS_OUTLINE_ROW (widget))
    return hrp_outline_row_get_node (HRP_OUTLINE_ROW (widget)) == node ? HRP_OUTLINE_ROW (widget) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      HrpOutlineRow *row = _hrp_window_row_of_node (child, node);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* }}} */

/* The selection {{{ */

HrpOutlineNode *
_hrp_window_selected_node (HrpWindow *self)
{
  GtkTreeListRow *row;

  if (self->selection == NULL)
    return NULL;
  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return NULL;

  /* The outline keeps its nodes; no reference is returned. */
  {
    HrpOutlineNode *node = gtk_tree_list_row_get_item (row);

    g_object_unref (node);
    return node;
  }
}

GtkTreeListRow *
_hrp_window_selected_row (HrpWindow *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

void
_hrp_window_selection_changed (HrpWindow *self)
{
  HrpOutlineNode *node;

  /* The outline is being changed under the selection (an item re-linked
   * or moved leaves one place before it arrives at the other): what is
   * selected meanwhile is no choice of the user's.  settle_cb () decides
   * once the change is over. */
  if (self->model_changing)
    return;

  node = _hrp_window_selected_node (self);
  g_set_object (&self->current_node, node);
  hrp_editor_show_node (self->editor, node);
  _hrp_window_update_actions (self);
}

/* The position of node's row, or GTK_INVALID_LIST_POSITION. */
guint
_hrp_window_position_of_node (HrpWindow      *self,
                              HrpOutlineNode *node)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(HrpOutlineNode) row_node = gtk_tree_list_row_get_item (row);

      if (row_node == node)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
settle_cb (gpointer data)
{
  HrpWindow *self = data;
  guint position = GTK_INVALID_LIST_POSITION;

  self->settle_id = 0;
  if (self->selection == NULL)
    return G_SOURCE_REMOVE;

  /* The node the user was on, where it is now. */
  if (self->current_node != NULL)
    position = _hrp_window_position_of_node (self, self->current_node);
  if (position != GTK_INVALID_LIST_POSITION
      && position != gtk_single_selection_get_selected (self->selection))
    gtk_single_selection_set_selected (self->selection, position);
  else
    _hrp_window_selection_changed (self);
  return G_SOURCE_REMOVE;
}

static void
rows_changing_cb (HrpWindow *self)
{
  self->model_changing = TRUE;
}

static void
rows_changed_cb (HrpWindow *self)
{
  self->model_changing = FALSE;
  if (self->settle_id == 0)
    self->settle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, settle_cb, self, NULL);
}

static gboolean
focus_row_cb (gpointer data)
{
  HrpWindow *self = data;
  HrpOutlineNode *node = _hrp_window_selected_node (self);
  HrpOutlineRow *row = node != NULL ? _hrp_window_row_of_node (GTK_WIDGET (self->outline_view), node) : NULL;

  if (row == NULL && node != NULL && ++self->focus_tries < 50)
    return G_SOURCE_CONTINUE;   /* not built yet */

  self->focus_id = 0;
  /* The list's item widget holds the row: focused, it is the list's
   * cursor, where the arrow keys go on from. */
  if (row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
  return G_SOURCE_REMOVE;
}

void
_hrp_window_focus_selected_row (HrpWindow *self)
{
  self->focus_tries = 0;
  if (self->focus_id == 0)
    self->focus_id = g_timeout_add (10, focus_row_cb, self);
}

gboolean
_hrp_window_focus_item (HrpWindow *self,
                        gpointer   item)
{
  if (item == NULL || !hrp_window_select_item (self, item))
    return FALSE;

  _hrp_window_focus_selected_row (self);
  return TRUE;
}

gboolean
hrp_window_select_item (HrpWindow *self,
                        gpointer   item)
{
  GListModel *rows;
  guint n;

  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);

  if (self->selection == NULL)
    return FALSE;

  rows = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(HrpOutlineNode) node = gtk_tree_list_row_get_item (row);

      if (hrp_outline_node_get_item (node) == item
          && hrp_outline_node_get_kind (node) != HRP_OUTLINE_DETAILS
          && hrp_outline_node_get_kind (node) != HRP_OUTLINE_ACTION_PLAN)
        {
          gtk_single_selection_set_selected (self->selection, i);
          /* Selecting the row already selected does not notify. */
          _hrp_window_selection_changed (self);
          /* GTK 4.8 has no gtk_list_view_scroll_to(); its action does. */
          gtk_widget_activate_action (GTK_WIDGET (self->outline_view),
                                      "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

void
hrp_window_show_action_plan (HrpWindow *self)
{
  guint n;

  g_return_if_fail (HRP_IS_WINDOW (self));

  if (self->selection == NULL)
    return;

  /* The action plan is the outline's last row. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i - 1);
      g_autoptr(HrpOutlineNode) node = gtk_tree_list_row_get_item (row);

      if (hrp_outline_node_get_kind (node) == HRP_OUTLINE_ACTION_PLAN)
        {
          gtk_single_selection_set_selected (self->selection, i - 1);
          gtk_widget_activate_action (GTK_WIDGET (self->outline_view),
                                      "list.scroll-to-item", "u", i - 1);
          return;
        }
    }
}

void
hrp_window_show_details (HrpWindow *self)
{
  GListModel *rows;

  g_return_if_fail (HRP_IS_WINDOW (self));

  if (self->selection == NULL)
    return;

  rows = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(HrpOutlineNode) node = gtk_tree_list_row_get_item (row);

      if (hrp_outline_node_get_kind (node) == HRP_OUTLINE_DETAILS)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->outline_view),
                                      "list.scroll-to-item", "u", i);
          return;
        }
    }
}

void
_hrp_window_report_error (HrpWindow *self,
                          GError    *error)
{
  if (error != NULL)
    hrp_show_error (GTK_WIDGET (self), _("The change could not be saved"), error->message);
}

static void
editor_link_changed_cb (HrpWindow *self,
                        GObject   *item)
{
  _hrp_window_focus_item (self, item);
}

/* }}} */

/* The plan shown {{{ */

static void
document_changed_cb (HrpWindow *self)
{
  _hrp_window_update_undo (self);
  _hrp_window_update_actions (self);
  _hrp_window_update_check (self);
}

static void
document_edited_cb (HrpWindow *self)
{
  _hrp_window_refind (self);
}

void
_hrp_window_set_plan (HrpWindow *self,
                      HrpPlan   *plan)
{
  GtkTreeListModel *tree;
  GtkFilterListModel *filtered;

  if (self->plan == plan && plan != NULL)
    return;

  hrp_editor_commit (self->editor);
  hrp_editor_show_node (self->editor, NULL);
  hrp_editor_set_document (self->editor, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_list_view_set_model (self->outline_view, NULL);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_object (&self->current_node);
  g_clear_object (&self->search_origin);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->outline);
  g_clear_object (&self->document);
  g_set_object (&self->plan, plan);
  _hrp_window_find_matches (self);

  if (plan != NULL)
    {
      g_autofree char *org = g_strjoin (" ", hrp_plan_get_org_name (plan),
                                        hrp_plan_get_org_district (plan),
                                        hrp_plan_get_org_province (plan), NULL);

      self->document = hrp_library_open_document (self->library, plan);
      g_signal_connect_object (self->document, "notify::can-undo",
                               G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->document, "notify::can-redo",
                               G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->document, "notify::undo-label",
                               G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->document, "changed",
                               G_CALLBACK (document_edited_cb), self, G_CONNECT_SWAPPED);
      hrp_editor_set_document (self->editor, self->document);

      self->outline = hrp_outline_new (plan);
      tree = hrp_outline_create_tree_model (self->outline, TRUE);
      self->filter = GTK_FILTER (gtk_custom_filter_new (_hrp_window_row_filter, self, NULL));
      filtered = gtk_filter_list_model_new (G_LIST_MODEL (tree), g_object_ref (self->filter));
      /* Before the selection hears of a change, and after. */
      g_signal_connect_object (filtered, "items-changed",
                               G_CALLBACK (rows_changing_cb), self, G_CONNECT_SWAPPED);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (filtered)));
      g_signal_connect_object (filtered, "items-changed",
                               G_CALLBACK (rows_changed_cb), self, G_CONNECT_SWAPPED);
      g_object_unref (filtered);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (_hrp_window_selection_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->selection, "items-changed",
                               G_CALLBACK (_hrp_window_selection_changed), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->outline_view, GTK_SELECTION_MODEL (self->selection));

      gtk_label_set_label (self->subtitle_label, g_strstrip (org));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *org != '\0');
      gtk_stack_set_visible_child_name (self->main_stack, "plan");
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
    }

  _hrp_window_selection_changed (self);
  _hrp_window_update_undo (self);
  _hrp_window_update_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FISCAL_YEAR]);
}

static void
year_selected_cb (HrpWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  if (self->filling_years || selected == GTK_INVALID_LIST_POSITION
      || selected >= self->years->len)
    return;

  year = g_array_index (self->years, int, selected);
  if (self->plan != NULL && hrp_plan_get_fiscal_year (self->plan) == year)
    return;

  plan = hrp_library_load (self->library, year, &error);
  if (plan == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open the plan of fiscal year %d"), year);

      hrp_show_error (GTK_WIDGET (self), primary, error->message);
      return;
    }

  _hrp_window_set_plan (self, plan);
}

static char *
year_name (int year)
{
  return g_strdup_printf (_("Fiscal Year %d"), year);
}

void
hrp_window_reload (HrpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *plans = hrp_library_get_plans (self->library);
  int current = hrp_window_get_fiscal_year (self);
  guint select = 0;
  guint n;

  g_return_if_fail (HRP_IS_WINDOW (self));

  /* Another program may have changed the database meanwhile. */
  if (!hrp_library_refresh (self->library, &error))
    hrp_show_error (GTK_WIDGET (self), _("Could not read the list of plans"), error->message);

  g_array_set_size (self->years, 0);
  hrp_year_list_append (self->years, names, plans, 0, year_name);
  n = self->years->len;
  for (guint i = 0; i < n; i++)
    if (g_array_index (self->years, int, i) == current)
      select = i;

  self->filling_years = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->year_dropdown, n > 0 ? select : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), n > 0);
  self->filling_years = FALSE;

  if (n == 0)
    {
      _hrp_window_set_plan (self, NULL);
      return;
    }

  /* Load again: the stored plan may have been replaced. */
  if (self->plan != NULL && hrp_plan_get_fiscal_year (self->plan) == g_array_index (self->years, int, select))
    _hrp_window_set_plan (self, NULL);
  year_selected_cb (self);
}

gboolean
hrp_window_set_fiscal_year (HrpWindow *self,
                            int        fiscal_year)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == fiscal_year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return hrp_window_get_fiscal_year (self) == fiscal_year;
      }

  return FALSE;
}

/* }}} */

/* GObject {{{ */

static void
hrp_window_constructed (GObject *object)
{
  HrpWindow *self = HRP_WINDOW (object);

  G_OBJECT_CLASS (hrp_window_parent_class)->constructed (object);

  self->read_only = hrp_library_is_read_only (self->library);
  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_basename (hrp_library_get_path (self->library));
      g_autofree char *text = g_strdup_printf (_("“%s” is read-only: the plans can be read, printed and "
                                                 "exported, but changes cannot be saved. To change them, "
                                                 "copy the file to a folder of your own and open the copy."),
                                               name);

      gtk_label_set_text (self->read_only_label, text);
      gtk_info_bar_set_revealed (self->read_only_bar, TRUE);
    }
  hrp_window_reload (self);

  /* As it was left: size, and the plan shown last. */
  if (self->settings != NULL)
    {
      int year = g_settings_get_int (self->settings, "fiscal-year");

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      if (year != 0)
        hrp_window_set_fiscal_year (self, year);
    }
}

void
hrp_window_save_state (HrpWindow *self)
{
  int width, height;

  g_return_if_fail (HRP_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (self->plan != NULL)
    g_settings_set_int (self->settings, "fiscal-year", hrp_plan_get_fiscal_year (self->plan));
  g_settings_apply (self->settings);
}

static gboolean
hrp_window_close_request (GtkWindow *window)
{
  hrp_window_save_state (HRP_WINDOW (window));
  return GTK_WINDOW_CLASS (hrp_window_parent_class)->close_request (window);
}

static void
hrp_window_dispose (GObject *object)
{
  HrpWindow *self = HRP_WINDOW (object);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_handle_id (&self->status_timeout_id, g_source_remove);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->focus_id, g_source_remove);
  g_clear_object (&self->current_node);
  g_clear_object (&self->search_origin);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_object (&self->export_file);
  g_clear_object (&self->replaced_plan);
  g_clear_weak_pointer (&self->check_window);
  _hrp_window_clear_notice (self);
  if (self->editor != NULL)
    {
      hrp_editor_commit (self->editor);
      hrp_editor_set_document (self->editor, NULL);
    }
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->outline_view != NULL)
    gtk_list_view_set_model (self->outline_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->outline);
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (hrp_window_parent_class)->dispose (object);
}

static void
hrp_window_finalize (GObject *object)
{
  HrpWindow *self = HRP_WINDOW (object);

  g_clear_object (&self->library);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->matched, g_hash_table_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hrp_window_parent_class)->finalize (object);
}

static void
hrp_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HrpWindow *self = HRP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_FISCAL_YEAR:
      g_value_set_int (value, hrp_window_get_fiscal_year (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HrpWindow *self = HRP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_FISCAL_YEAR:
      hrp_window_set_fiscal_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The outline takes three tenths of the window's width, from 260 to 360
 * pixels, until the user moves the divider: a small screen (1024 pixels
 * wide) leaves the editor the room for a policy's activity table. */
static void
hrp_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  HrpWindow *self = HRP_WINDOW (widget);

  if (self->outline_width >= 0 && gtk_paned_get_position (self->paned) != self->outline_width)
    self->outline_width = -1;
  if (self->outline_width >= 0)
    {
      self->outline_width = CLAMP (width * 3 / 10, 260, 360);
      if (gtk_paned_get_position (self->paned) != self->outline_width)
        gtk_paned_set_position (self->paned, self->outline_width);
    }

  GTK_WIDGET_CLASS (hrp_window_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
hrp_window_class_init (HrpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hrp_window_constructed;
  GTK_WINDOW_CLASS (klass)->close_request = hrp_window_close_request;
  object_class->dispose = hrp_window_dispose;
  object_class->finalize = hrp_window_finalize;
  object_class->get_property = hrp_window_get_property;
  object_class->set_property = hrp_window_set_property;
  widget_class->size_allocate = hrp_window_size_allocate;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         HRP_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         HRP_TYPE_PLAN,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL,
                      0, HRP_FISCAL_YEAR_MAX, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource bundle links it in from the static library
   * (its constructor registers it). */
  g_assert (hrp_app_get_resource () != NULL);
  g_type_ensure (HRP_TYPE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, check_button);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, check_badge);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, outline_view);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, add_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, replace_box);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, find_status_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_progress);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_cancel);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_undo);

  _hrp_window_class_init_actions (widget_class);
  _hrp_window_class_init_io (widget_class);


}

static void
hrp_window_init (HrpWindow *self)
{
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;

  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->matched = g_hash_table_new (NULL, NULL);
  self->settings = hrp_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->outline_width = gtk_paned_get_position (self->paned);
  hrp_a11y_name_drop_down (self->year_dropdown, _("Fiscal year"));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);
  _hrp_window_update_find_status (self);

  /* Ctrl+? and the menu: the keyboard shortcuts. */
  {
    g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/hrplan/HrPlan/ui/hrp-shortcuts.ui");

    gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                             GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  }

  /* Factory before model, or the rows stay empty. */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (outline_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (outline_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (outline_unbind_cb), self);
  gtk_list_view_set_factory (self->outline_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->editor, "link-changed",
                           G_CALLBACK (editor_link_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);
  _hrp_window_init_find (self);
  _hrp_window_init_io (self);

  /* Keys that edit the tree work where the tree has the focus, so that
   * Delete or Alt+Up in a text field keep their usual meaning. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_named_action_new ("win.delete-item")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                      gtk_named_action_new ("win.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                      gtk_named_action_new ("win.move-down")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F2, 0),
                      gtk_named_action_new ("win.rename")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Insert, 0),
                      gtk_named_action_new ("win.add-after")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Insert, GDK_SHIFT_MASK),
                      gtk_named_action_new ("win.add-inside")));
  gtk_widget_add_controller (GTK_WIDGET (self->outline_view), shortcuts);
}

/* }}} */

/* Public API {{{ */

HrpWindow *
hrp_window_new (HrpApplication *application,
                HrpLibrary     *library)
{
  return g_object_new (HRP_TYPE_WINDOW,
                       "application", application,
                       "library", library,
                       NULL);
}

HrpLibrary *
hrp_window_get_library (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), NULL);
  return self->library;
}

HrpPlan *
hrp_window_get_plan (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), NULL);
  return self->plan;
}

int
hrp_window_get_fiscal_year (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), 0);
  return self->plan ? hrp_plan_get_fiscal_year (self->plan) : 0;
}

HrpDocument *
hrp_window_get_document (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), NULL);
  return self->document;
}

/* }}} */
