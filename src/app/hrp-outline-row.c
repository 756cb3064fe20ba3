/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-outline-row.c — a row of the plan's outline
 *
 * Follows its node's heading and text while bound to it; renames its
 * item in place (F2); is dragged onto other rows to re-order and re-link
 * them.  What a rename or a drop does to the plan is the window's (and
 * HrpDocument's): the row only says what the user did.
 */
#include "config.h"

#include "hrp-outline-row.h"

struct _HrpOutlineRow
{
  GtkWidget        parent_instance;

  GtkTreeExpander *expander;
  GtkLabel        *heading_label;
  GtkLabel        *text_label;
  GtkEntry        *rename_entry;

  GBindingGroup   *bindings;
  HrpOutlineNode  *node;
  gboolean         editable;
  gboolean         renaming;
};

G_DEFINE_FINAL_TYPE (HrpOutlineRow, hrp_outline_row, GTK_TYPE_WIDGET)

enum {
  RENAMED,
  DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Renaming {{{ */

static void
rename_finish (HrpOutlineRow *self,
               gboolean       commit)
{
  GtkWidget *list_view;

  if (!self->renaming)
    return;
  self->renaming = FALSE;

  /* The focus goes back to the list before the entry is hidden. */
  list_view = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_LIST_VIEW);
  if (list_view != NULL)
    gtk_widget_grab_focus (list_view);
  gtk_widget_set_visible (GTK_WIDGET (self->rename_entry), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), TRUE);

  if (commit && self->node != NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));

      if (*text != '\0')
        g_signal_emit (self, signals[RENAMED], 0, text);
    }
}

static void
rename_activate_cb (HrpOutlineRow *self)
{
  rename_finish (self, TRUE);
}

static void
rename_leave_cb (HrpOutlineRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Focus moved elsewhere in the window: done.  The window itself lost
   * the focus (another program came to the front): the entry waits. */
  if (GTK_IS_WINDOW (root) && gtk_window_is_active (GTK_WINDOW (root)))
    rename_finish (self, TRUE);
}

static gboolean
rename_key_cb (HrpOutlineRow   *self,
               guint            keyval,
               guint            keycode,
               GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  rename_finish (self, FALSE);
  return TRUE;
}

gboolean
hrp_outline_row_start_rename (HrpOutlineRow *self)
{
  const char *property;
  g_autofree char *value = NULL;

  g_return_val_if_fail (HRP_IS_OUTLINE_ROW (self), FALSE);

  if (self->node == NULL || !self->editable || (property = hrp_outline_node_get_text_property (self->node)) == NULL)
    return FALSE;

  g_object_get (hrp_outline_node_get_item (self->node), property, &value, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), value ? value : "");
  self->renaming = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->rename_entry), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
  return TRUE;
}

/* }}} */

/* Dragging {{{ */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 HrpOutlineRow *self)
{
  if (self->node == NULL || !self->editable)
    return NULL;

  switch (hrp_outline_node_get_kind (self->node))
    {
    case HRP_OUTLINE_MISSION:
    case HRP_OUTLINE_STRATEGY:
    case HRP_OUTLINE_POLICY:
      return gdk_content_provider_new_typed (HRP_TYPE_OUTLINE_NODE, self->node);
    default:
      return NULL;
    }
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         HrpOutlineRow *self)
{
  gboolean done = FALSE;

  if (self->node == NULL || !G_VALUE_HOLDS (value, HRP_TYPE_OUTLINE_NODE))
    return FALSE;

  g_signal_emit (self, signals[DROPPED], 0, g_value_get_object (value), &done);
  return done;
}

/* }}} */

/* GObject {{{ */

static void
hrp_outline_row_dispose (GObject *object)
{
  HrpOutlineRow *self = HRP_OUTLINE_ROW (object);

  g_clear_object (&self->bindings);
  g_clear_object (&self->node);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_OUTLINE_ROW);
  G_OBJECT_CLASS (hrp_outline_row_parent_class)->dispose (object);
}

static void
hrp_outline_row_class_init (HrpOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_outline_row_dispose;

  signals[RENAMED] = g_signal_new ("renamed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[DROPPED] = g_signal_new ("dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, g_signal_accumulator_first_wins, NULL, NULL,
                                   G_TYPE_BOOLEAN, 1, HRP_TYPE_OUTLINE_NODE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-outline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, HrpOutlineRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HrpOutlineRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, HrpOutlineRow, rename_entry);
  gtk_widget_class_bind_template_callback (widget_class, rename_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_key_cb);
}

static void
hrp_outline_row_init (HrpOutlineRow *self)
{
  GtkDragSource *drag;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;

  /* The row follows its node's texts while bound to it. */
  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "heading", self->heading_label, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "text", self->text_label, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "text", self->text_label, "tooltip-text", G_BINDING_SYNC_CREATE);

  /* Rows are dragged onto other rows to re-order and re-link. */
  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->expander), GTK_EVENT_CONTROLLER (drag));
  drop = gtk_drop_target_new (HRP_TYPE_OUTLINE_NODE, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->expander), GTK_EVENT_CONTROLLER (drop));
}

/* }}} */

HrpOutlineRow *
hrp_outline_row_new (void)
{
  return g_object_new (HRP_TYPE_OUTLINE_ROW, NULL);
}

void
hrp_outline_row_set_list_row (HrpOutlineRow  *self,
                              GtkTreeListRow *row)
{
  g_autoptr(HrpOutlineNode) node = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  g_return_if_fail (HRP_IS_OUTLINE_ROW (self));

  /* A row reused for another node drops its rename unsaved. */
  if (node != self->node)
    rename_finish (self, FALSE);
  g_set_object (&self->node, node);
  g_binding_group_set_source (self->bindings, node);
  gtk_tree_expander_set_list_row (self->expander, row);
}

HrpOutlineNode *
hrp_outline_row_get_node (HrpOutlineRow *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_ROW (self), NULL);
  return self->node;
}

void
hrp_outline_row_set_editable (HrpOutlineRow *self,
                              gboolean       editable)
{
  g_return_if_fail (HRP_IS_OUTLINE_ROW (self));
  self->editable = editable;
}
