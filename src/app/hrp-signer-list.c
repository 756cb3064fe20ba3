/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-signer-list.c — the editable, ordered list of the plan's signers
 *
 * One row per signer: its number, entries for the name, the position and
 * the role (with the usual roles offered in a menu), and buttons to move
 * it up or down and to remove it; "Add Signer" appends a row and focuses
 * its name.  Every change goes through the document (undoable, saved at
 * once).  A plan has two or three signers, so the rows are rebuilt when
 * the list changes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-field.h"
#include "hrp-message.h"
#include "hrp-signer-list.h"

/* The fields of a row, in order. */
static const char * const fields[] = { "name", "position", "role" };
#define N_FIELDS G_N_ELEMENTS (fields)

/* The roles a signer usually signs in: the words of the printed plan. */
static const char * const suggested_roles[] = { "ผู้จัดทำ", "ผู้เห็นชอบ", "ผู้อนุมัติ" };

struct _HrpSignerList
{
  GtkWidget    parent_instance;

  HrpDocument *document;
  GListModel  *list;
  gulong       items_changed_id;
  GPtrArray   *entries;   /* N_FIELDS per row, in row order */

  GtkWidget   *box;
  GtkWidget   *rows;
  GtkWidget   *add_button;
  GtkWidget   *empty_label;
  GtkLabel    *heading_label;
};

G_DEFINE_FINAL_TYPE (HrpSignerList, hrp_signer_list, GTK_TYPE_WIDGET)

static void
report (HrpSignerList *self,
        GError        *error)
{
  if (error != NULL)
    hrp_show_error (GTK_WIDGET (self), _("The change could not be saved"), error->message);
}

static guint
n_signers (HrpSignerList *self)
{
  return self->list != NULL ? g_list_model_get_n_items (self->list) : 0;
}

void
hrp_signer_list_commit (HrpSignerList *self)
{
  g_return_if_fail (HRP_IS_SIGNER_LIST (self));

  for (guint i = 0; i < self->entries->len; i++)
    hrp_field_commit (g_ptr_array_index (self->entries, i));
}

static void
focus_entry (HrpSignerList *self,
             guint          i,
             const char    *property)
{
  GtkWidget *entry = hrp_signer_list_get_entry (self, i, property);

  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

/* The row of the list that holds widget (a button of the row). */
static guint
row_of (HrpSignerList *self,
        GtkWidget     *widget)
{
  guint i = 0;

  while (widget != NULL && gtk_widget_get_parent (widget) != self->rows)
    widget = gtk_widget_get_parent (widget);
  for (GtkWidget *row = gtk_widget_get_first_child (self->rows);
       row != NULL && row != widget;
       row = gtk_widget_get_next_sibling (row))
    i++;
  return widget != NULL ? i : G_MAXUINT;
}

static void
move (HrpSignerList *self,
      guint          i,
      int            delta)
{
  guint n = n_signers (self);
  g_autoptr(GError) error = NULL;

  if (i >= n || (delta < 0 && i == 0) || (delta > 0 && i + 1 >= n))
    return;
  hrp_signer_list_commit (self);
  hrp_document_move (self->document, self->list, i, i + delta, &error);
  report (self, error);
  focus_entry (self, i + delta, "name");
}

static void
move_up_clicked_cb (GtkWidget     *button,
                    HrpSignerList *self)
{
  move (self, row_of (self, button), -1);
}

static void
move_down_clicked_cb (GtkWidget     *button,
                      HrpSignerList *self)
{
  move (self, row_of (self, button), 1);
}

static void
remove_clicked_cb (GtkWidget     *button,
                   HrpSignerList *self)
{
  guint i = row_of (self, button);
  g_autoptr(GError) error = NULL;

  if (i >= n_signers (self))
    return;
  hrp_signer_list_commit (self);
  hrp_document_remove (self->document, self->list, i, &error);
  report (self, error);
}

/* signer-list.set-role ((us): the row, the role) */
static void
set_role_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HrpSignerList *self = HRP_SIGNER_LIST (widget);
  g_autoptr(HrpSigner) signer = NULL;
  g_autoptr(GError) error = NULL;
  const char *role = NULL;
  guint i = 0;

  g_variant_get (parameter, "(u&s)", &i, &role);
  if (i >= n_signers (self))
    return;
  hrp_signer_list_commit (self);
  signer = g_list_model_get_item (self->list, i);
  hrp_document_set_string (self->document, signer, "role", role, &error);
  report (self, error);
}

static void
add_clicked_cb (HrpSignerList *self)
{
  g_autoptr(HrpSigner) signer = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->list == NULL)
    return;

  hrp_signer_list_commit (self);
  n = n_signers (self);
  signer = hrp_signer_new (NULL, NULL, NULL);
  if (!hrp_document_insert (self->document, self->list, n, signer, &error))
    {
      report (self, error);
      return;
    }
  focus_entry (self, n, "name");
}

/* A button of a row: clicked calls callback (button, self). */
static GtkWidget *
icon_button (HrpSignerList *self,
             const char    *icon,
             const char    *tooltip,
             const char    *accessible_label,
             GCallback      callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  g_signal_connect (button, "clicked", callback, self);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);

  return button;
}

/* The menu of the usual roles for row i. */
static GtkWidget *
role_menu_button (guint i)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *label = g_strdup_printf (_("Usual roles of signer %u"), i + 1);
  GtkWidget *button = gtk_menu_button_new ();

  for (guint r = 0; r < G_N_ELEMENTS (suggested_roles); r++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggested_roles[r], NULL);

      g_menu_item_set_action_and_target_value (item, "signer-list.set-role",
                                               g_variant_new ("(us)", i, suggested_roles[r]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Usual Roles"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* "Name", "Position", "Role": the label before a row's entry. */
static const char *
field_label (guint field)
{
  switch (field)
    {
    case 0:
      /* TRANSLATORS: a signer's full name */
      return _("Name");
    case 1:
      /* TRANSLATORS: a signer's position in the organization (e.g. its chief executive) */
      return _("Position");
    default:
      /* TRANSLATORS: the role in which a signer signs the plan (prepared by, approved by…) */
      return _("Role");
    }
}

/* The accessible name of a row's entry, e.g. "Name of signer 2". */
static char *
field_accessible_label (guint field,
                        guint i)
{
  switch (field)
    {
    case 0:
      return g_strdup_printf (_("Name of signer %u"), i + 1);
    case 1:
      return g_strdup_printf (_("Position of signer %u"), i + 1);
    default:
      return g_strdup_printf (_("Role of signer %u"), i + 1);
    }
}

static GtkWidget *
make_row (HrpSignerList *self,
          HrpSigner     *signer,
          guint          i,
          guint          n,
          gboolean       read_only)
{
  g_autofree char *number = g_strdup_printf ("%u.", i + 1);
  g_autofree char *up_label = g_strdup_printf (_("Move signer %u up"), i + 1);
  g_autofree char *down_label = g_strdup_printf (_("Move signer %u down"), i + 1);
  g_autofree char *remove_label = g_strdup_printf (_("Remove signer %u"), i + 1);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *up = icon_button (self, "go-up-symbolic", _("Move Up"), up_label,
                               G_CALLBACK (move_up_clicked_cb));
  GtkWidget *down = icon_button (self, "go-down-symbolic", _("Move Down"), down_label,
                                 G_CALLBACK (move_down_clicked_cb));
  GtkWidget *remove = icon_button (self, "list-remove-symbolic", _("Remove"), remove_label,
                                   G_CALLBACK (remove_clicked_cb));

  gtk_label_set_width_chars (GTK_LABEL (number_label), 3);
  gtk_label_set_xalign (GTK_LABEL (number_label), 1);
  gtk_widget_set_valign (number_label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (number_label, 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_hexpand (grid, TRUE);

  for (guint field = 0; field < N_FIELDS; field++)
    {
      g_autofree char *accessible = field_accessible_label (field, i);
      GtkWidget *label = gtk_label_new (field_label (field));
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_hexpand (entry, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      hrp_field_bind (entry, self->document, signer, fields[field]);
      g_ptr_array_add (self->entries, entry);

      gtk_grid_attach (GTK_GRID (grid), label, 0, field, 1, 1);
      if (field == 2)
        {
          GtkWidget *role_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
          GtkWidget *menu = role_menu_button (i);

          gtk_widget_add_css_class (role_box, "linked");
          gtk_widget_set_sensitive (menu, !read_only);
          gtk_box_append (GTK_BOX (role_box), entry);
          gtk_box_append (GTK_BOX (role_box), menu);
          gtk_grid_attach (GTK_GRID (grid), role_box, 1, field, 1, 1);
        }
      else
        gtk_grid_attach (GTK_GRID (grid), entry, 1, field, 1, 1);
    }

  gtk_widget_set_sensitive (up, !read_only && i > 0);
  gtk_widget_set_sensitive (down, !read_only && i + 1 < n);
  gtk_widget_set_sensitive (remove, !read_only);
  gtk_widget_set_valign (buttons, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (buttons), up);
  gtk_box_append (GTK_BOX (buttons), down);
  gtk_box_append (GTK_BOX (buttons), remove);

  gtk_box_append (GTK_BOX (row), number_label);
  gtk_box_append (GTK_BOX (row), grid);
  gtk_box_append (GTK_BOX (row), buttons);
  return row;
}

static void
rebuild (HrpSignerList *self)
{
  gboolean read_only = self->document != NULL && hrp_document_is_read_only (self->document);
  GtkWidget *child;
  guint n = n_signers (self);

  g_ptr_array_set_size (self->entries, 0);
  while ((child = gtk_widget_get_first_child (self->rows)) != NULL)
    gtk_box_remove (GTK_BOX (self->rows), child);

  gtk_widget_set_visible (self->empty_label, self->list != NULL && n == 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpSigner) signer = g_list_model_get_item (self->list, i);

      gtk_box_append (GTK_BOX (self->rows), make_row (self, signer, i, n, read_only));
    }
}

static void
items_changed_cb (HrpSignerList *self)
{
  rebuild (self);
}

void
hrp_signer_list_set_list (HrpSignerList *self,
                          HrpDocument   *document,
                          GListModel    *signers)
{
  g_return_if_fail (HRP_IS_SIGNER_LIST (self));
  g_return_if_fail (signers == NULL || g_list_model_get_item_type (signers) == HRP_TYPE_SIGNER);

  if (self->list != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->list);
  g_set_object (&self->document, document);
  g_set_object (&self->list, signers);
  if (signers != NULL)
    self->items_changed_id = g_signal_connect_swapped (signers, "items-changed",
                                                       G_CALLBACK (items_changed_cb), self);
  gtk_widget_set_sensitive (self->add_button,
                            signers != NULL && (document == NULL || !hrp_document_is_read_only (document)));
  rebuild (self);
}

GListModel *
hrp_signer_list_get_list (HrpSignerList *self)
{
  g_return_val_if_fail (HRP_IS_SIGNER_LIST (self), NULL);
  return self->list;
}

GtkWidget *
hrp_signer_list_get_entry (HrpSignerList *self,
                           guint          i,
                           const char    *property)
{
  g_return_val_if_fail (HRP_IS_SIGNER_LIST (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  for (guint field = 0; field < N_FIELDS; field++)
    if (g_str_equal (property, fields[field]))
      {
        guint index = i * N_FIELDS + field;

        return index < self->entries->len ? g_ptr_array_index (self->entries, index) : NULL;
      }
  return NULL;
}

static void
hrp_signer_list_dispose (GObject *object)
{
  HrpSignerList *self = HRP_SIGNER_LIST (object);

  if (self->list != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->list);
  g_clear_object (&self->list);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_SIGNER_LIST);

  G_OBJECT_CLASS (hrp_signer_list_parent_class)->dispose (object);
}

static void
hrp_signer_list_finalize (GObject *object)
{
  HrpSignerList *self = HRP_SIGNER_LIST (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (hrp_signer_list_parent_class)->finalize (object);
}

static void
hrp_signer_list_class_init (HrpSignerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_signer_list_dispose;
  object_class->finalize = hrp_signer_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-signer-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpSignerList, box);
  gtk_widget_class_bind_template_child (widget_class, HrpSignerList, rows);
  gtk_widget_class_bind_template_child (widget_class, HrpSignerList, add_button);
  gtk_widget_class_bind_template_child (widget_class, HrpSignerList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HrpSignerList, heading_label);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "signer-list.set-role", "(us)", set_role_cb);
}

static void
hrp_signer_list_init (HrpSignerList *self)
{
  self->entries = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->add_button, FALSE);
  gtk_widget_set_visible (self->empty_label, FALSE);
}

GtkWidget *
hrp_signer_list_new (void)
{
  return g_object_new (HRP_TYPE_SIGNER_LIST, NULL);
}
