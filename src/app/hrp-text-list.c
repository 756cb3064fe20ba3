/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-list.c — an editable, ordered list of texts
 *
 * One row per text: its number, an entry, and buttons to move it up or
 * down and to remove it; "Add" appends a row and focuses it.  Every
 * change goes through the document (undoable, saved at once).  The lists
 * are short (a handful of goals), so the rows are rebuilt when the list
 * changes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-field.h"
#include "hrp-message.h"
#include "hrp-text-list.h"

struct _HrpTextList
{
  GtkWidget    parent_instance;

  HrpDocument *document;
  GListModel  *list;
  gulong       items_changed_id;

  GtkWidget   *box;
  GtkWidget   *rows;
  GtkWidget   *add_button;
  GtkLabel    *heading_label;
};

G_DEFINE_FINAL_TYPE (HrpTextList, hrp_text_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HEADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
report (HrpTextList *self,
        GError      *error)
{
  if (error != NULL)
    hrp_show_error (GTK_WIDGET (self), _("The change could not be saved"), error->message);
}

static void
focus_row (HrpTextList *self,
           guint        i)
{
  GtkWidget *entry = hrp_text_list_get_entry (self, i);

  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

/* text-list.move-up, text-list.move-down, text-list.remove (u: the row) */
static void
row_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HrpTextList *self = HRP_TEXT_LIST (widget);
  guint i = g_variant_get_uint32 (parameter);
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autoptr(GError) error = NULL;
  int delta;

  if (i >= n)
    return;
  if (g_str_equal (action_name, "text-list.remove"))
    {
      hrp_document_remove (self->document, self->list, i, &error);
      report (self, error);
      return;
    }

  delta = g_str_equal (action_name, "text-list.move-up") ? -1 : 1;
  if ((delta < 0 && i == 0) || (delta > 0 && i + 1 >= n))
    return;
  hrp_document_move (self->document, self->list, i, i + delta, &error);
  report (self, error);
  focus_row (self, i + delta);
}

static void
add_clicked_cb (HrpTextList *self)
{
  g_autoptr(HrpText) text = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->list == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  text = hrp_text_new (_("New item"));
  if (!hrp_document_insert (self->document, self->list, n, text, &error))
    {
      report (self, error);
      return;
    }
  focus_row (self, n);
  {
    GtkWidget *entry = hrp_text_list_get_entry (self, n);

    if (entry != NULL)
      gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
  }
}

/* A button for the action on row i, named name (taken). */
static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             char       *name,
             const char *action,
             guint       i)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);
  g_autofree char *owned_name = name;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", i);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* What a screen reader says: the action and the item ("Move Up: Goals 2"). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, owned_name, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  return button;
}

static void
rebuild (HrpTextList *self)
{
  gboolean read_only = self->document != NULL && hrp_document_is_read_only (self->document);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->rows)) != NULL)
    gtk_box_remove (GTK_BOX (self->rows), child);

  if (self->list == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) text = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *name = g_strdup_printf ("%s %u", gtk_label_get_label (self->heading_label), i + 1);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (number);
      GtkWidget *entry = gtk_entry_new ();
      /* TRANSLATORS: %s is an item of a list, such as "Goals 2" */
      GtkWidget *up = icon_button ("go-up-symbolic", _("Move Up"), g_strdup_printf (_("Move Up: %s"), name),
                                   "text-list.move-up", i);
      /* TRANSLATORS: %s is an item of a list, such as "Goals 2" */
      GtkWidget *down = icon_button ("go-down-symbolic", _("Move Down"), g_strdup_printf (_("Move Down: %s"), name),
                                     "text-list.move-down", i);
      /* TRANSLATORS: %s is an item of a list, such as "Goals 2" */
      GtkWidget *remove = icon_button ("list-remove-symbolic", _("Remove"), g_strdup_printf (_("Remove: %s"), name),
                                       "text-list.remove", i);

      gtk_label_set_width_chars (GTK_LABEL (label), 3);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_hexpand (entry, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      hrp_field_bind (entry, self->document, text, "text");

      gtk_widget_set_sensitive (up, !read_only && i > 0);
      gtk_widget_set_sensitive (down, !read_only && i + 1 < n);
      gtk_widget_set_sensitive (remove, !read_only);

      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), entry);
      gtk_box_append (GTK_BOX (row), up);
      gtk_box_append (GTK_BOX (row), down);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_box_append (GTK_BOX (self->rows), row);
    }
}

static void
items_changed_cb (HrpTextList *self)
{
  rebuild (self);
}

void
hrp_text_list_set_list (HrpTextList *self,
                        HrpDocument *document,
                        GListModel  *list)
{
  g_return_if_fail (HRP_IS_TEXT_LIST (self));

  if (self->list != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->list);
  g_set_object (&self->document, document);
  g_set_object (&self->list, list);
  if (list != NULL)
    self->items_changed_id = g_signal_connect_swapped (list, "items-changed",
                                                       G_CALLBACK (items_changed_cb), self);
  gtk_widget_set_sensitive (self->add_button,
                            list != NULL && (document == NULL || !hrp_document_is_read_only (document)));
  rebuild (self);
}

GListModel *
hrp_text_list_get_list (HrpTextList *self)
{
  g_return_val_if_fail (HRP_IS_TEXT_LIST (self), NULL);
  return self->list;
}

GtkWidget *
hrp_text_list_get_entry (HrpTextList *self,
                         guint        i)
{
  GtkWidget *row = gtk_widget_get_first_child (self->rows);

  for (; row != NULL && i > 0; i--)
    row = gtk_widget_get_next_sibling (row);
  if (row == NULL)
    return NULL;

  return gtk_widget_get_next_sibling (gtk_widget_get_first_child (row));
}

static void
hrp_text_list_dispose (GObject *object)
{
  HrpTextList *self = HRP_TEXT_LIST (object);

  if (self->list != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->list);
  g_clear_object (&self->list);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_TEXT_LIST);

  G_OBJECT_CLASS (hrp_text_list_parent_class)->dispose (object);
}

static void
hrp_text_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HrpTextList *self = HRP_TEXT_LIST (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      g_value_set_string (value, gtk_label_get_label (self->heading_label));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_text_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HrpTextList *self = HRP_TEXT_LIST (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      gtk_label_set_label (self->heading_label, g_value_get_string (value));
      {
        /* TRANSLATORS: %s is the heading of a list, such as "Goals" */
        g_autofree char *add = g_strdup_printf (_("Add to %s"), g_value_get_string (value));

        gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, add, -1);
      }
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_text_list_class_init (HrpTextListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_text_list_dispose;
  object_class->get_property = hrp_text_list_get_property;
  object_class->set_property = hrp_text_list_set_property;

  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-text-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpTextList, box);
  gtk_widget_class_bind_template_child (widget_class, HrpTextList, rows);
  gtk_widget_class_bind_template_child (widget_class, HrpTextList, add_button);
  gtk_widget_class_bind_template_child (widget_class, HrpTextList, heading_label);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "text-list.move-up", "u", row_action_cb);
  gtk_widget_class_install_action (widget_class, "text-list.move-down", "u", row_action_cb);
  gtk_widget_class_install_action (widget_class, "text-list.remove", "u", row_action_cb);
}

static void
hrp_text_list_init (HrpTextList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->add_button, FALSE);
}

GtkWidget *
hrp_text_list_new (void)
{
  return g_object_new (HRP_TYPE_TEXT_LIST, NULL);
}
