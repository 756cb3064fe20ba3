/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-table.c — the editable table of one policy's activities
 *
 * A GtkColumnView over the policy's activity list: number, name, budget
 * and quarters, edited in place (HrpActivityCells); a toolbar to add,
 * remove and move activities, with the total of the budgets at its end; a
 * message for refused edits, over the foot of the table so that showing
 * it moves nothing.  The table takes the height it is given; its name
 * column the width the other columns leave.  Rows are also moved by dragging their number.
 * Every change goes through the document.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-activity-cells.h"
#include "hrp-columns-layout.h"
#include "hrp-activity-table.h"
#include "hrp-app-resources.h"
#include "hrp-thai.h"

struct _HrpActivityTable
{
  GtkWidget           parent_instance;

  GtkWidget          *main_box;   /* the template's one child, laid out by HrpColumnsLayout */
  HrpDocument        *document;
  HrpPolicy          *policy;
  GListModel         *activities;     /* the policy's, watched */
  GPtrArray          *watched;        /* HrpActivity *, budget watched */
  HrpActivityCells   *cells;
  GtkSingleSelection *selection;
  guint               drag_from;

  /* Template widgets */
  GtkScrolledWindow  *scrolled_window;
  GtkColumnView      *column_view;
  GtkRevealer        *message_revealer;
  GtkLabel           *message_label;
  GtkLabel           *total_label;
};

G_DEFINE_FINAL_TYPE (HrpActivityTable, hrp_activity_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_POLICY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Messages, total, actions {{{ */

static void
show_message (HrpActivityTable *self,
              const char       *message)
{
  gtk_label_set_label (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void
cells_message_cb (HrpActivityTable *self,
                  const char       *message)
{
  show_message (self, message);
}

static void
message_close_cb (HrpActivityTable *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* A valid entry after a refused one: the message is done with. */
static void
cells_committed_cb (HrpActivityTable *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* The row of the cell being worked on is the selected one (a click, a
 * tick, typing, Tab).  The list (GTK 4.8) takes the focus to the row it
 * selects: it goes back where it was. */
static void
cells_cell_focused_cb (HrpActivityTable *self,
                       guint             position,
                       guint             cell)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkWidget) focus = NULL;

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  /* Only a focus in that row (the cell typed in, tabbed to). */
  if (root != NULL && gtk_root_get_focus (root) != NULL)
    {
      GtkListItem *list_item = hrp_activity_cells_find_list_item (gtk_root_get_focus (root));

      if (list_item != NULL && gtk_list_item_get_position (list_item) == position)
        focus = g_object_ref (gtk_root_get_focus (root));
    }
  gtk_single_selection_set_selected (self->selection, position);
  if (focus != NULL && gtk_root_get_focus (root) != focus && gtk_widget_get_root (focus) == root)
    gtk_widget_grab_focus (focus);
}

static void
update_total (HrpActivityTable *self)
{
  g_autofree char *text = NULL;
  gboolean any = FALSE;
  gint64 total = 0;

  for (guint i = 0; i < self->watched->len; i++)
    {
      gint64 budget = hrp_activity_get_budget (g_ptr_array_index (self->watched, i));

      if (budget != HRP_BUDGET_NONE)
        {
          total += budget;
          any = TRUE;
        }
    }

  text = any ? hrp_money_format (total, FALSE) : g_strdup ("-");
  gtk_label_set_label (self->total_label, text);
}

static void
update_actions (HrpActivityTable *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = self->document != NULL && self->activities != NULL
                      && !hrp_document_is_read_only (self->document);
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint n = editable ? g_list_model_get_n_items (G_LIST_MODEL (self->activities)) : 0;
  gboolean has_selected = editable && selected < n;

  gtk_widget_action_set_enabled (widget, "activities.add", editable);
  gtk_widget_action_set_enabled (widget, "activities.remove", has_selected);
  gtk_widget_action_set_enabled (widget, "activities.move-up", has_selected && selected > 0);
  gtk_widget_action_set_enabled (widget, "activities.move-down", has_selected && selected + 1 < n);
}

static void
budget_changed_cb (HrpActivityTable *self)
{
  update_total (self);
}

static void
unwatch_activities (HrpActivityTable *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
activities_changed_cb (HrpActivityTable *self)
{
  guint n = self->activities != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->activities)) : 0;

  unwatch_activities (self);
  for (guint i = 0; i < n; i++)
    {
      HrpActivity *activity = g_list_model_get_item (G_LIST_MODEL (self->activities), i);

      g_signal_connect_swapped (activity, "notify::budget", G_CALLBACK (budget_changed_cb), self);
      g_ptr_array_add (self->watched, activity);
    }

  update_total (self);
  update_actions (self);
}

static void
selection_changed_cb (HrpActivityTable *self)
{
  update_actions (self);
}

/* }}} */

/* Actions {{{ */

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (widget);
  g_autoptr(HrpActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  guint selected, n, position;

  if (self->document == NULL || self->activities == NULL)
    return;

  selected = gtk_single_selection_get_selected (self->selection);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->activities));
  position = selected < n ? selected + 1 : n;

  activity = hrp_activity_new (_("New activity"));
  if (!hrp_document_insert (self->document, self->activities, position, activity, &error))
    {
      show_message (self, error->message);
      return;
    }

  gtk_single_selection_set_selected (self->selection, position);
  hrp_activity_cells_edit_name (self->cells, activity);
}

static void
remove_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (widget);
  g_autoptr(GError) error = NULL;
  guint selected, n;

  if (self->document == NULL || self->activities == NULL)
    return;

  selected = gtk_single_selection_get_selected (self->selection);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->activities));
  if (selected >= n)
    return;

  if (!hrp_document_remove (self->document, self->activities, selected, &error))
    {
      show_message (self, error->message);
      return;
    }

  n--;
  gtk_single_selection_set_selected (self->selection,
                                     n == 0 ? GTK_INVALID_LIST_POSITION : MIN (selected, n - 1));
}

static void
move_row (HrpActivityTable *self,
          guint             from,
          guint             to)
{
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->document == NULL || self->activities == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->activities));
  if (from >= n || to >= n || from == to)
    return;

  if (!hrp_document_move (self->document, self->activities, from, to, &error))
    {
      show_message (self, error->message);
      return;
    }

  gtk_single_selection_set_selected (self->selection, to);
}

static void
move_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (widget);
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  if (g_str_equal (action_name, "activities.move-up"))
    {
      if (selected > 0)
        move_row (self, selected, selected - 1);
    }
  else
    move_row (self, selected, selected + 1);
}

/* Delete removes a row, but not while a text is being edited. */
static gboolean
delete_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return FALSE;

  return gtk_widget_activate_action (widget, "activities.remove", NULL);
}

/* }}} */

/* Number column, dragging rows {{{ */

static gboolean
position_to_number_cb (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    g_value_set_string (to, "");
  else
    g_value_take_string (to, g_strdup_printf ("%u", position + 1));

  return TRUE;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (gtk_widget_get_ancestor (widget, HRP_TYPE_ACTIVITY_TABLE));
  guint position = gtk_list_item_get_position (list_item);

  if (self == NULL || self->document == NULL || position == GTK_INVALID_LIST_POSITION)
    return NULL;

  self->drag_from = position;
  return gdk_content_provider_new_typed (G_TYPE_UINT, position);
}

static void
drag_end_cb (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             gpointer       user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (gtk_widget_get_ancestor (widget, HRP_TYPE_ACTIVITY_TABLE));

  if (self != NULL)
    self->drag_from = GTK_INVALID_LIST_POSITION;
}

static gboolean
drop_accept_cb (GtkDropTarget    *target,
                GdkDrop          *drop,
                HrpActivityTable *self)
{
  /* Only rows dragged from this table. */
  return self->drag_from != GTK_INVALID_LIST_POSITION;
}

static gboolean
drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         HrpActivityTable *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->column_view), x, y, GTK_PICK_DEFAULT);
  GtkListItem *list_item = hrp_activity_cells_find_list_item (picked);
  guint from = self->drag_from;
  guint to;

  if (from == GTK_INVALID_LIST_POSITION || self->activities == NULL)
    return FALSE;

  if (list_item != NULL)
    to = gtk_list_item_get_position (list_item);
  else
    /* Below the last row. */
    to = g_list_model_get_n_items (G_LIST_MODEL (self->activities)) - 1;

  if (to == GTK_INVALID_LIST_POSITION)
    return FALSE;

  move_row (self, from, to);
  return TRUE;
}

static void
number_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 HrpActivityTable         *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_FILL);
  gtk_widget_add_css_class (label, "activity-number");
  gtk_widget_set_tooltip_text (label, _("Drag to move the activity"));
  g_object_bind_property_full (list_item, "position", label, "label",
                               G_BINDING_SYNC_CREATE, position_to_number_cb,
                               NULL, NULL, NULL);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end_cb), NULL);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));

  hrp_activity_cells_mark_cell (label, list_item);
  gtk_list_item_set_child (list_item, label);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
hrp_activity_table_new (HrpDocument *document,
                        HrpPolicy   *policy)
{
  g_return_val_if_fail (document == NULL || HRP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (policy == NULL || HRP_IS_POLICY (policy), NULL);

  return g_object_new (HRP_TYPE_ACTIVITY_TABLE,
                       "document", document,
                       "policy", policy,
                       NULL);
}

HrpDocument *
hrp_activity_table_get_document (HrpActivityTable *self)
{
  g_return_val_if_fail (HRP_IS_ACTIVITY_TABLE (self), NULL);

  return self->document;
}

void
hrp_activity_table_set_document (HrpActivityTable *self,
                                 HrpDocument      *document)
{
  g_return_if_fail (HRP_IS_ACTIVITY_TABLE (self));
  g_return_if_fail (document == NULL || HRP_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  hrp_activity_cells_set_document (self->cells, document);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

HrpPolicy *
hrp_activity_table_get_policy (HrpActivityTable *self)
{
  g_return_val_if_fail (HRP_IS_ACTIVITY_TABLE (self), NULL);

  return self->policy;
}

void
hrp_activity_table_set_policy (HrpActivityTable *self,
                               HrpPolicy        *policy)
{
  GListModel *activities;

  g_return_if_fail (HRP_IS_ACTIVITY_TABLE (self));
  g_return_if_fail (policy == NULL || HRP_IS_POLICY (policy));

  if (self->policy == policy)
    return;

  if (self->activities != NULL)
    g_signal_handlers_disconnect_by_data (self->activities, self);
  g_set_object (&self->policy, policy);
  activities = policy != NULL ? hrp_policy_get_activities (policy) : NULL;
  g_set_object (&self->activities, activities);
  if (self->activities != NULL)
    g_signal_connect_object (self->activities, "items-changed",
                             G_CALLBACK (activities_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->activities));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
  activities_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICY]);
}

/* }}} */

/* GObject {{{ */

static void
hrp_activity_table_dispose (GObject *object)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (object);

  unwatch_activities (self);
  if (self->activities != NULL)
    g_signal_handlers_disconnect_by_data (self->activities, self);
  if (self->cells != NULL)
    g_signal_handlers_disconnect_by_data (self->cells, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_ACTIVITY_TABLE);

  g_clear_object (&self->selection);
  g_clear_object (&self->cells);
  g_clear_object (&self->activities);
  g_clear_object (&self->policy);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hrp_activity_table_parent_class)->dispose (object);
}

static void
hrp_activity_table_finalize (GObject *object)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (object);

  g_ptr_array_unref (self->watched);

  G_OBJECT_CLASS (hrp_activity_table_parent_class)->finalize (object);
}

static void
hrp_activity_table_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_POLICY:
      g_value_set_object (value, self->policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_activity_table_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HrpActivityTable *self = HRP_ACTIVITY_TABLE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hrp_activity_table_set_document (self, g_value_get_object (value));
      break;
    case PROP_POLICY:
      hrp_activity_table_set_policy (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_activity_table_class_init (HrpActivityTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_activity_table_dispose;
  object_class->finalize = hrp_activity_table_finalize;
  object_class->get_property = hrp_activity_table_get_property;
  object_class->set_property = hrp_activity_table_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HRP_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_POLICY] =
    g_param_spec_object ("policy", NULL, NULL,
                         HRP_TYPE_POLICY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "activities.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "activities.remove", NULL, remove_action_cb);
  gtk_widget_class_install_action (widget_class, "activities.move-up", NULL, move_action_cb);
  gtk_widget_class_install_action (widget_class, "activities.move-down", NULL, move_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "activities.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "activities.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0,
                                       "activities.add", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "activities.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "activities.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "activities.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "activities.move-down", NULL);

  /* Referencing the resource bundle links it in from the static library. */
  g_assert (hrp_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-activity-table.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpActivityTable, main_box);
  gtk_widget_class_bind_template_child (widget_class, HrpActivityTable, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HrpActivityTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, HrpActivityTable, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, HrpActivityTable, message_label);
  gtk_widget_class_bind_template_child (widget_class, HrpActivityTable, total_label);
  gtk_widget_class_bind_template_callback (widget_class, message_close_cb);

  gtk_widget_class_set_css_name (widget_class, "activitytable");
}

static void
hrp_activity_table_init (HrpActivityTable *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkColumnViewColumn) number = NULL;
  GtkDropTarget *target;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->drag_from = GTK_INVALID_LIST_POSITION;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The name column fits the width before the rows are measured. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), hrp_columns_layout_new (self->column_view, self->scrolled_window));

  self->cells = hrp_activity_cells_new (NULL, NULL);
  g_signal_connect_swapped (self->cells, "message", G_CALLBACK (cells_message_cb), self);
  g_signal_connect_swapped (self->cells, "committed", G_CALLBACK (cells_committed_cb), self);
  g_signal_connect_swapped (self->cells, "cell-focused", G_CALLBACK (cells_cell_focused_cb), self);

  /* Columns (their factories) before the model, or the cells stay empty. */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (number_setup_cb), self);
  number = gtk_column_view_column_new (_("No."), g_steal_pointer (&factory));
  gtk_column_view_column_set_fixed_width (number, 40);
  gtk_column_view_append_column (self->column_view, number);
  hrp_activity_cells_append_columns (self->cells, self->column_view);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);
  g_signal_connect (target, "accept", G_CALLBACK (drop_accept_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (target));

  update_actions (self);
}

/* }}} */

/* Finding {{{ */

void
hrp_activity_table_focus_activity (HrpActivityTable *self,
                                   HrpActivity      *activity)
{
  guint position;

  g_return_if_fail (HRP_IS_ACTIVITY_TABLE (self));
  g_return_if_fail (HRP_IS_ACTIVITY (activity));

  if (self->activities == NULL
      || !g_list_store_find (G_LIST_STORE (self->activities), activity, &position))
    return;

  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8 has no gtk_column_view_scroll_to(): its list's action does. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* }}} */
