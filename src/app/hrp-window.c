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

#include "hrp-app-resources.h"
#include "hrp-cli.h"
#include "hrp-compare-window.h"
#include "hrp-document.h"
#include "hrp-editor.h"
#include "hrp-file.h"
#include "hrp-import-dialog.h"
#include "hrp-new-plan-dialog.h"
#include "hrp-outline.h"
#include "hrp-outline-row.h"
#include "hrp-print-operation.h"
#include "hrp-print-preview.h"
#include "hrp-report.h"
#include "hrp-settings.h"
#include "hrp-text-import.h"
#include "hrp-thai.h"
#include "hrp-window.h"
#include "hrp-xml.h"

struct _HrpWindow
{
  GtkApplicationWindow  parent_instance;

  HrpLibrary           *library;
  gboolean              read_only;      /* its database cannot be changed */
  HrpPlan              *plan;
  HrpDocument          *document;
  HrpOutline           *outline;
  GtkFilter            *filter;
  GtkSingleSelection   *selection;
  GArray               *years;          /* int, as in year_dropdown */
  char                 *query;          /* casefolded search text */
  gboolean              filling_years;

  /* Template widgets */
  GtkDropDown          *year_dropdown;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkStack             *main_stack;
  GtkListView          *outline_view;
  HrpEditor            *editor;
  GtkLabel             *empty_label;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkRevealer          *status_revealer;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
  GtkLabel             *status_label;
  GtkProgressBar       *status_progress;
  GtkWidget            *status_cancel;

  GSettings            *settings;             /* NULL without the schema */
  GCancellable         *export_cancellable;   /* an export or import going on */
  HrpPlan              *replaced_plan;        /* for Undo of an import */
  void                (*notice_undo) (gpointer);  /* Undo of the status line */
  gpointer              notice_data;
  GDestroyNotify        notice_destroy;
  GtkWidget            *status_undo;
  GFile                *export_file;
  guint                 status_timeout_id;
};

G_DEFINE_FINAL_TYPE (HrpWindow, hrp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_PLAN,
  PROP_FISCAL_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void hrp_window_set_plan (HrpWindow *self,
                                 HrpPlan   *plan);

/* Error messages {{{ */

static void
show_error (HrpWindow  *self,
            const char *primary,
            const char *secondary)
{
  GtkWidget *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

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
    show_error (self, _("The change could not be saved"), error->message);
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
static HrpOutlineRow *
row_of_node (GtkWidget      *widget,
             HrpOutlineNode *node)
{
  if (HRP_IS_OUTLINE_ROW (widget))
    return hrp_outline_row_get_node (HRP_OUTLINE_ROW (widget)) == node ? HRP_OUTLINE_ROW (widget) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      HrpOutlineRow *row = row_of_node (child, node);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* }}} */

/* Selection and the editor {{{ */

static HrpOutlineNode *
selected_node (HrpWindow *self)
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

static GtkTreeListRow *
selected_row (HrpWindow *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_actions (HrpWindow *self)
{
  HrpOutlineNode *node = selected_node (self);
  HrpOutlineKind kind = node ? hrp_outline_node_get_kind (node) : HRP_OUTLINE_DETAILS;
  gboolean item = node != NULL && (kind == HRP_OUTLINE_MISSION || kind == HRP_OUTLINE_STRATEGY
                                   || kind == HRP_OUTLINE_POLICY);
  GtkTreeListRow *row = selected_row (self);
  gboolean can_up = FALSE, can_down = FALSE;

  if (item && row != NULL)
    {
      GtkTreeListRow *parent = gtk_tree_list_row_get_parent (row);
      GListModel *siblings;
      guint position;

      siblings = parent ? hrp_outline_node_get_children (gtk_tree_list_row_get_item (parent)) : NULL;
      if (parent != NULL)
        g_object_unref (gtk_tree_list_row_get_item (parent));
      if (siblings != NULL && g_list_store_find (G_LIST_STORE (siblings), node, &position))
        {
          can_up = position > 0;
          can_down = position + 1 < g_list_model_get_n_items (siblings);
        }
      g_clear_object (&parent);
    }

  /* A read-only database: read, print, export; nothing that changes it. */
  item = item && !self->read_only;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-after", item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-inside",
                                 !self->read_only && node != NULL
                                 && (kind == HRP_OUTLINE_VISION || kind == HRP_OUTLINE_MISSION
                                     || kind == HRP_OUTLINE_STRATEGY || kind == HRP_OUTLINE_UNLINKED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-item", item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-up", item && can_up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-down", item && can_down);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename", !self->read_only && node != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-plan", !self->read_only && self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan", !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-text", !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-table", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-preview", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-xml", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-next-year", !self->read_only && self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", self->plan != NULL);
}

static void
update_undo (HrpWindow *self)
{
  gboolean can_undo = self->document && hrp_document_get_can_undo (self->document);
  gboolean can_redo = self->document && hrp_document_get_can_redo (self->document);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  undo_tip = can_undo ? g_strdup_printf (_("Undo “%s”"), hrp_document_get_undo_label (self->document))
                      : g_strdup (_("Undo"));
  redo_tip = can_redo ? g_strdup_printf (_("Redo “%s”"), hrp_document_get_redo_label (self->document))
                      : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
}

static void
selection_changed_cb (HrpWindow *self)
{
  hrp_editor_show_node (self->editor, selected_node (self));
  update_actions (self);
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
          selection_changed_cb (self);
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

static void
report_error (HrpWindow *self,
              GError    *error)
{
  if (error != NULL)
    show_error (self, _("The change could not be saved"), error->message);
}

/* }}} */

/* Adding, deleting and moving items {{{ */

/* Selects a new item and puts the cursor in its title. */
static void
added (HrpWindow *self,
       gpointer   item,
       GError    *error)
{
  if (item == NULL)
    {
      report_error (self, error);
      return;
    }
  hrp_window_select_item (self, item);
  hrp_editor_focus (self->editor);
}

static void
add_after_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpOutlineNode *node = selected_node (self);
  GObject *item = node ? hrp_outline_node_get_item (node) : NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL || !(HRP_IS_MISSION (item) || HRP_IS_STRATEGY (item) || HRP_IS_POLICY (item)))
    return;

  hrp_editor_commit (self->editor);
  added (self, hrp_document_add_after (self->document, item, &error), error);
}

static void
add_inside_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpOutlineNode *node = selected_node (self);
  g_autoptr(GError) error = NULL;
  gpointer parent = NULL;
  GType type = G_TYPE_NONE;

  if (node == NULL || self->plan == NULL)
    return;

  switch (hrp_outline_node_get_kind (node))
    {
    case HRP_OUTLINE_VISION:
      parent = self->plan;   /* a mission */
      break;

    case HRP_OUTLINE_MISSION:
    case HRP_OUTLINE_STRATEGY:
      parent = hrp_outline_node_get_item (node);
      break;

    case HRP_OUTLINE_UNLINKED:
      {
        /* A strategy or policy not linked, as the group holds. */
        GListModel *children = hrp_outline_node_get_children (node);
        g_autoptr(HrpOutlineNode) first = g_list_model_get_item (children, 0);

        type = first != NULL && hrp_outline_node_get_kind (first) == HRP_OUTLINE_STRATEGY
               ? HRP_TYPE_STRATEGY : HRP_TYPE_POLICY;
      }
      break;

    case HRP_OUTLINE_POLICY:
    case HRP_OUTLINE_DETAILS:
    case HRP_OUTLINE_ACTION_PLAN:
    default:
      return;
    }

  hrp_editor_commit (self->editor);
  added (self, hrp_document_add_child (self->document, parent, type, &error), error);
}

static void
delete_item_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpOutlineNode *node = selected_node (self);
  GObject *item = node ? hrp_outline_node_get_item (node) : NULL;
  g_autoptr(GError) error = NULL;
  guint selected;

  if (item == NULL || !(HRP_IS_MISSION (item) || HRP_IS_STRATEGY (item) || HRP_IS_POLICY (item)))
    return;

  hrp_editor_commit (self->editor);
  selected = gtk_single_selection_get_selected (self->selection);
  /* Undoable: no question asked.  What was linked to it is unlinked. */
  if (!hrp_document_delete_item (self->document, item, &error))
    report_error (self, error);
  else if (selected > 0)
    gtk_single_selection_set_selected (self->selection, selected - 1);
  gtk_widget_grab_focus (GTK_WIDGET (self->outline_view));
}

static void
move_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpOutlineNode *node = selected_node (self);
  GtkTreeListRow *row = selected_row (self);
  g_autoptr(GtkTreeListRow) parent = NULL;
  g_autoptr(HrpOutlineNode) parent_node = NULL;
  g_autoptr(HrpOutlineNode) sibling = NULL;
  g_autoptr(GError) error = NULL;
  gboolean up = g_str_equal (action_name, "win.move-up");
  GObject *item = node ? hrp_outline_node_get_item (node) : NULL;
  GListModel *siblings;
  guint position;

  if (item == NULL || row == NULL
      || !(HRP_IS_MISSION (item) || HRP_IS_STRATEGY (item) || HRP_IS_POLICY (item)))
    return;
  parent = gtk_tree_list_row_get_parent (row);
  if (parent == NULL)
    return;
  parent_node = gtk_tree_list_row_get_item (parent);
  siblings = hrp_outline_node_get_children (parent_node);
  if (!g_list_store_find (G_LIST_STORE (siblings), node, &position))
    return;
  if ((up && position == 0) || (!up && position + 1 >= g_list_model_get_n_items (siblings)))
    return;

  /* Trade places with the neighbour in the tree: in the plan's list the
   * item goes to the neighbour's index. */
  hrp_editor_commit (self->editor);
  sibling = g_list_model_get_item (siblings, up ? position - 1 : position + 1);
  if (!hrp_document_move_item (self->document, item, hrp_outline_node_get_item (sibling), &error))
    report_error (self, error);
  hrp_window_select_item (self, item);
  gtk_widget_grab_focus (GTK_WIDGET (self->outline_view));
}

static void
rename_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpOutlineNode *node = selected_node (self);

  HrpOutlineRow *row = node != NULL ? row_of_node (GTK_WIDGET (self->outline_view), node) : NULL;

  /* In the row when it is in view, else in the editor. */
  if (row == NULL || !hrp_outline_row_start_rename (row))
    hrp_editor_focus (self->editor);
}

/* Drops source on target: re-links, or re-orders, or both (one undo
 * step, hrp_document_drop ()).  Returns FALSE when such a drop means
 * nothing. */
gboolean
hrp_window_drop_node (HrpWindow      *self,
                      HrpOutlineNode *source,
                      HrpOutlineNode *target)
{
  GObject *item = hrp_outline_node_get_item (source);
  GObject *onto = hrp_outline_node_get_item (target);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);

  if (source == target || self->document == NULL || item == NULL)
    return FALSE;

  if (hrp_outline_node_get_kind (target) == HRP_OUTLINE_UNLINKED)
    {
      /* Only onto the group of the same kind: unlinked. */
      GListModel *children = hrp_outline_node_get_children (target);
      g_autoptr(HrpOutlineNode) first = g_list_model_get_item (children, 0);

      if (first == NULL || hrp_outline_node_get_kind (first) != hrp_outline_node_get_kind (source))
        return FALSE;
      onto = NULL;
    }
  else if (onto == NULL)
    return FALSE;

  if (!hrp_document_can_drop (self->document, item, onto))
    return FALSE;

  hrp_editor_commit (self->editor);
  if (!hrp_document_drop (self->document, item, onto, &error))
    {
      report_error (self, error);
      return FALSE;
    }

  hrp_window_select_item (self, item);
  return TRUE;
}

/* }}} */

/* Undo, plans, search {{{ */

static void
undo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (self->document == NULL)
    return;

  /* What is being typed is a step of its own, undone first. */
  hrp_editor_commit (self->editor);
  if (!(undo ? hrp_document_undo (self->document, &error)
             : hrp_document_redo (self->document, &error)))
    report_error (self, error);
}

static void
action_plan_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hrp_window_show_action_plan (HRP_WINDOW (widget));
}

static void
find_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
node_matches (HrpOutlineNode *node,
              const char     *query)
{
  GListModel *children = hrp_outline_node_get_children (node);
  const char *fields[] = { hrp_outline_node_get_text (node), hrp_outline_node_get_heading (node) };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL)
      {
        g_autofree char *folded = g_utf8_casefold (fields[i], -1);

        if (strstr (folded, query) != NULL)
          return TRUE;
      }

  /* A node stays visible when something under it matches. */
  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(HrpOutlineNode) child = g_list_model_get_item (children, i);

      if (node_matches (child, query))
        return TRUE;
    }

  return FALSE;
}

static gboolean
row_filter_cb (gpointer item,
               gpointer user_data)
{
  HrpWindow *self = user_data;
  g_autoptr(HrpOutlineNode) node = NULL;

  if (self->query == NULL || *self->query == '\0')
    return TRUE;

  node = gtk_tree_list_row_get_item (item);
  return node_matches (node, self->query);
}

static void
search_changed_cb (HrpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_free (self->query);
  self->query = g_utf8_casefold (stripped, -1);
  if (self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

void
hrp_window_set_search (HrpWindow  *self,
                       const char *text)
{
  g_return_if_fail (HRP_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && *text != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  search_changed_cb (self);
}

/* }}} */

/* Printing {{{ */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HrpWindow               *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("Could not print the plan"), error ? error->message : NULL);
    }
  /* The printer, paper and orientation, for next time. */
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->settings != NULL)
    {
      GtkPrintSettings *print_settings = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);

      if (print_settings != NULL)
        g_settings_set_value (self->settings, "print-settings",
                              gtk_print_settings_to_gvariant (print_settings));
      if (page_setup != NULL)
        g_settings_set_value (self->settings, "page-setup",
                              gtk_page_setup_to_gvariant (page_setup));
    }
  g_object_unref (operation);  /* the reference taken for this signal */
}

/* The printer, paper and orientation chosen last; the file name the
 * operation suggests (the plan's title) stays. */
static void
restore_print_settings (HrpWindow         *self,
                        GtkPrintOperation *operation)
{
  g_autoptr(GVariant) saved = NULL;
  g_autoptr(GVariant) saved_page = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  GtkPrintSettings *current;

  if (self->settings == NULL)
    return;

  /* The pages are laid out for whatever paper this is
   * (hrp-print-operation.c); one that cannot be read stays A4. */
  saved_page = g_settings_get_value (self->settings, "page-setup");
  if (g_variant_n_children (saved_page) > 0)
    page_setup = gtk_page_setup_new_from_gvariant (saved_page);
  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, page_setup);

  saved = g_settings_get_value (self->settings, "print-settings");
  if (g_variant_n_children (saved) == 0)
    return;

  settings = gtk_print_settings_new_from_gvariant (saved);
  current = gtk_print_operation_get_print_settings (operation);
  if (current != NULL)
    {
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME,
                              gtk_print_settings_get (current, GTK_PRINT_SETTINGS_OUTPUT_BASENAME));
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, NULL);
    }
  gtk_print_operation_set_print_settings (operation, settings);
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpReportOptions options = { 0 };
  HrpPrintOperation *operation;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->plan == NULL)
    return;

  hrp_editor_commit (self->editor);
  options.table_only = g_str_equal (action_name, "win.print-table");

  if (g_str_equal (action_name, "win.print-preview"))
    {
      GtkWidget *preview = hrp_print_preview_new (GTK_WINDOW (self), self->plan, &options);

      gtk_window_present (GTK_WINDOW (preview));
      return;
    }

  operation = hrp_print_operation_new (self->plan, &options);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  restore_print_settings (self, GTK_PRINT_OPERATION (operation));
  /* "done" ends every run, at once or later: it drops this reference. */
  g_signal_connect_object (g_object_ref (operation), "done", G_CALLBACK (print_done_cb), self, 0);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (self, _("Could not print the plan"), error->message);
  g_object_unref (operation);
}

/* }}} */

/* Exporting {{{ */

static gboolean
status_hide_cb (gpointer data)
{
  HrpWindow *self = data;

  self->status_timeout_id = 0;
  gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
clear_notice (HrpWindow *self)
{
  if (self->notice_destroy != NULL && self->notice_data != NULL)
    self->notice_destroy (self->notice_data);
  self->notice_undo = NULL;
  self->notice_data = NULL;
  self->notice_destroy = NULL;
}

/* A line at the bottom of the window: with a progress bar and Cancel
 * while work goes on, or a message that goes after a while. */
static void
show_status (HrpWindow  *self,
             const char *text,
             gboolean    working)
{
  g_clear_handle_id (&self->status_timeout_id, g_source_remove);
  clear_notice (self);
  gtk_label_set_label (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_progress), working);
  gtk_widget_set_visible (self->status_cancel, working);
  gtk_widget_set_visible (self->status_undo, FALSE);
  gtk_progress_bar_set_fraction (self->status_progress, 0);
  gtk_revealer_set_reveal_child (self->status_revealer, TRUE);
  if (!working)
    self->status_timeout_id = g_timeout_add_seconds (8, status_hide_cb, self);
}

void
hrp_window_show_notice (HrpWindow      *self,
                        const char     *text,
                        void          (*undo) (gpointer),
                        gpointer        data,
                        GDestroyNotify  destroy)
{
  g_return_if_fail (HRP_IS_WINDOW (self));

  show_status (self, text, FALSE);
  self->notice_undo = undo;
  self->notice_data = data;
  self->notice_destroy = destroy;
  gtk_widget_set_visible (self->status_undo, undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", undo != NULL);
}

static void
export_progress_cb (double   done,
                    gpointer data)
{
  HrpWindow *self = data;

  if (self->export_cancellable != NULL)
    gtk_progress_bar_set_fraction (self->status_progress, done);
}

static void
export_pdf_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(HrpWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->export_file);
  g_autofree char *name = NULL;
  guint pages;

  pages = hrp_report_write_pdf_finish (result, &error);
  /* The window went away meanwhile (dispose dropped the cancellable). */
  if (self->export_cancellable == NULL)
    return;
  g_clear_object (&self->export_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_status (self, _("Export cancelled"), FALSE);
      return;
    }
  name = file ? g_file_get_parse_name (file) : g_strdup ("");
  if (pages == 0)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not export “%s”"), name);

      gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
      show_error (self, primary, error->message);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (ngettext ("Saved “%s” (%u page)",
                                                       "Saved “%s” (%u pages)", pages),
                                             name, pages);

    show_status (self, text, FALSE);
  }
}

gboolean
hrp_window_is_exporting (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  return self->export_cancellable != NULL;
}

void
hrp_window_export_pdf (HrpWindow              *self,
                       GFile                  *file,
                       const HrpReportOptions *options)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HRP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->plan == NULL || self->export_cancellable != NULL)
    return;

  hrp_editor_commit (self->editor);
  self->export_cancellable = g_cancellable_new ();
  g_set_object (&self->export_file, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", TRUE);
  name = g_file_get_basename (file);
  text = g_strdup_printf (_("Exporting “%s”…"), name);
  show_status (self, text, TRUE);

  /* Long for a big plan: laid out and written in a thread. */
  hrp_report_write_pdf_async (self->plan, options, file, self->export_cancellable,
                              export_progress_cb, self, export_pdf_done_cb, g_object_ref (self));
}

/* Writes what export makes of the plan (as it is now, with the field
 * being typed in) to file, and says so in the status line. */
static gboolean
export_bytes (HrpWindow  *self,
              GFile      *file,
              GBytes   *(*export) (HrpPlan *),
              GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (self->plan == NULL)
    return TRUE;

  hrp_editor_commit (self->editor);
  bytes = export (self->plan);
  if (!hrp_file_replace (file, bytes, NULL, error))
    return FALSE;

  name = g_file_get_parse_name (file);
  text = g_strdup_printf (_("Saved “%s”"), name);
  show_status (self, text, FALSE);
  return TRUE;
}

gboolean
hrp_window_export_csv (HrpWindow  *self,
                       GFile      *file,
                       GError    **error)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  return export_bytes (self, file, hrp_report_table_csv, error);
}

static void
cancel_export_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static char *
suggested_name (HrpWindow  *self,
                const char *extension)
{
  g_autofree char *title = g_strdup (hrp_plan_get_title (self->plan));

  /* A title is a fine file name once the characters file systems
   * refuse are gone. */
  g_strdelimit (title, "/\\:*?\"<>|", ' ');
  return g_strconcat (g_strstrip (title), extension, NULL);
}

gboolean
hrp_window_export_xml (HrpWindow  *self,
                       GFile      *file,
                       GError    **error)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  return export_bytes (self, file, hrp_xml_export, error);
}

static void
export_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            HrpWindow       *self)
{
  const char *kind = g_object_get_data (G_OBJECT (chooser), "hrp-kind");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT
                          ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (file != NULL && g_str_equal (kind, "pdf"))
    {
      HrpReportOptions options = { 0 };

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      options.thai_digits = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "thai-digits"), "true") == 0;
      options.table_only = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "table-only"), "true") == 0;
      G_GNUC_END_IGNORE_DEPRECATIONS
      if (self->settings != NULL)
        g_settings_set_boolean (self->settings, "thai-digits", options.thai_digits);
      hrp_window_export_pdf (self, file, &options);
    }
  else if (file != NULL)
    {
      g_autoptr(GError) error = NULL;
      gboolean done = g_str_equal (kind, "xml") ? hrp_window_export_xml (self, file, &error)
                                                : hrp_window_export_csv (self, file, &error);

      if (!done)
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_autofree char *primary = g_strdup_printf (_("Could not export “%s”"), name);

          show_error (self, primary, error->message);
        }
    }

  g_object_unref (chooser);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  const char *kind = g_str_equal (action_name, "win.export-pdf") ? "pdf"
                     : g_str_equal (action_name, "win.export-xml") ? "xml" : "csv";
  gboolean pdf = g_str_equal (kind, "pdf");
  g_autofree char *extension = g_strconcat (".", kind, NULL);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  const char *title, *filter_name;

  if (self->plan == NULL)
    return;

  if (pdf)
    {
      title = _("Export as PDF");
      filter_name = _("PDF documents");
    }
  else if (g_str_equal (kind, "xml"))
    {
      title = _("Export the Plan");
      filter_name = _("Plans exported by HR Plan (XML)");
    }
  else
    {
      title = _("Export the Table as CSV");
      filter_name = _("CSV (spreadsheets)");
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  name = suggested_name (self, extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, kind);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (pdf)
    {
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "thai-digits",
                                   _("Print digits as Thai digits (๐–๙)"), NULL, NULL);
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "table-only",
                                   _("Only the action-plan table"), NULL, NULL);
      /* As chosen last time. */
      if (self->settings != NULL && g_settings_get_boolean (self->settings, "thai-digits"))
        gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "thai-digits", "true");
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data (G_OBJECT (chooser), "hrp-kind", (gpointer) kind);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */

/* New and deleted plans {{{ */

gboolean
hrp_window_new_plan (HrpWindow  *self,
                     int         fiscal_year,
                     int         copy_of,
                     GError    **error)
{
  g_autoptr(HrpPlan) plan = NULL;

  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);

  /* An empty plan keeps the organization of the plan shown. */
  plan = hrp_library_create (self->library, fiscal_year, copy_of, self->plan, error);
  if (plan == NULL)
    return FALSE;

  hrp_window_reload (self);
  return hrp_window_set_fiscal_year (self, fiscal_year);
}

gboolean
hrp_window_delete_plan (HrpWindow  *self,
                        int         fiscal_year,
                        GError    **error)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);

  if (self->plan != NULL && hrp_plan_get_fiscal_year (self->plan) == fiscal_year)
    {
      hrp_editor_commit (self->editor);
      hrp_window_set_plan (self, NULL);
    }
  if (!hrp_library_delete (self->library, fiscal_year, error))
    {
      hrp_window_reload (self);
      return FALSE;
    }
  hrp_window_reload (self);
  return TRUE;
}

static gboolean
new_plan_create_cb (HrpNewPlanDialog *dialog,
                    int               year,
                    int               copy_of,
                    HrpWindow        *self)
{
  g_autoptr(GError) error = NULL;

  if (!hrp_window_new_plan (self, year, copy_of, &error))
    {
      g_autofree char *primary = g_strdup_printf (_("Could not create the plan of fiscal year %d"), year);

      show_error (self, primary, error->message);
      return FALSE; /* the dialog stays: choose another year */
    }
  return TRUE;
}

static void
new_plan_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  HrpNewPlanDialog *dialog;

  hrp_editor_commit (self->editor);
  dialog = hrp_new_plan_dialog_new (GTK_WINDOW (self), hrp_library_get_plans (self->library),
                                    hrp_library_propose_year (self->library, now));
  g_signal_connect_object (dialog, "create", G_CALLBACK (new_plan_create_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_plan_response_cb (GtkDialog *dialog,
                         int        response,
                         HrpWindow *self)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "hrp-year"));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT && !hrp_window_delete_plan (self, year, &error))
    show_error (self, _("Could not delete the plan"), error->message);
}

static void
delete_plan_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  int year = hrp_window_get_fiscal_year (self);
  GtkWidget *dialog, *button;

  if (year == 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("Delete the Plan of Fiscal Year %d?"), year);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("The whole plan is removed from the database and cannot be brought back with Undo. Export it as XML first to keep a copy."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data (G_OBJECT (dialog), "hrp-year", GINT_TO_POINTER (year));
  g_signal_connect (dialog, "response", G_CALLBACK (delete_plan_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* The plan shown {{{ */

static void
document_changed_cb (HrpWindow *self)
{
  update_undo (self);
  update_actions (self);
}

static void
hrp_window_set_plan (HrpWindow *self,
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
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->outline);
  g_clear_object (&self->document);
  g_set_object (&self->plan, plan);

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
      hrp_editor_set_document (self->editor, self->document);

      self->outline = hrp_outline_new (plan);
      tree = hrp_outline_create_tree_model (self->outline, TRUE);
      self->filter = GTK_FILTER (gtk_custom_filter_new (row_filter_cb, self, NULL));
      filtered = gtk_filter_list_model_new (G_LIST_MODEL (tree), g_object_ref (self->filter));
      self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->selection, "items-changed",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
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

  selection_changed_cb (self);
  update_undo (self);
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

      show_error (self, primary, error->message);
      return;
    }

  hrp_window_set_plan (self, plan);
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
    show_error (self, _("Could not read the list of plans"), error->message);

  g_array_set_size (self->years, 0);
  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPlanEntry) entry = g_list_model_get_item (plans, i);
      int year = hrp_plan_entry_get_fiscal_year (entry);
      g_autofree char *name = g_strdup_printf (_("Fiscal Year %d"), year);

      g_array_append_val (self->years, year);
      gtk_string_list_append (names, name);
      if (year == current)
        select = i;
    }

  self->filling_years = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->year_dropdown, n > 0 ? select : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), n > 0);
  self->filling_years = FALSE;

  if (n == 0)
    {
      hrp_window_set_plan (self, NULL);
      return;
    }

  /* Load again: the stored plan may have been replaced. */
  if (self->plan != NULL && hrp_plan_get_fiscal_year (self->plan) == g_array_index (self->years, int, select))
    hrp_window_set_plan (self, NULL);
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

/* Importing {{{ */

static void
undo_import_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  g_autoptr(HrpPlan) old = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", FALSE);
  gtk_widget_set_visible (self->status_undo, FALSE);
  /* The Undo of a notice (a repaired paste), else of an import. */
  if (self->notice_undo != NULL)
    {
      self->notice_undo (self->notice_data);
      clear_notice (self);
      gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
      return;
    }
  old = g_steal_pointer (&self->replaced_plan);
  if (old == NULL)
    return;

  year = hrp_plan_get_fiscal_year (old);
  if (hrp_window_get_fiscal_year (self) == year)
    hrp_window_set_plan (self, NULL);
  if (!hrp_library_undo_import (self->library, old, &error))
    show_error (self, _("Could not bring the plan back"), error->message);
  hrp_window_reload (self);
  hrp_window_set_fiscal_year (self, year);
  {
    g_autofree char *text = g_strdup_printf (_("The plan of fiscal year %d is back as it was"), year);

    show_status (self, text, FALSE);
  }
}

static void
import_chosen_cb (HrpImportDialog *dialog,
                  HrpPlan         *plan,
                  gboolean         replace,
                  HrpWindow       *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) old = NULL;
  int year = hrp_plan_get_fiscal_year (plan);
  g_autofree char *text = NULL;

  /* The plan shown is let go of before it is replaced. */
  if (replace && hrp_window_get_fiscal_year (self) == year)
    {
      hrp_editor_commit (self->editor);
      hrp_window_set_plan (self, NULL);
    }

  /* What is replaced is kept, for Undo, and the database copied. */
  if (!hrp_library_import (self->library, plan, replace, &old, &error))
    {
      hrp_window_reload (self);
      show_error (self, _("Could not import the plan"), error->message);
      return;
    }

  hrp_window_reload (self);
  hrp_window_set_fiscal_year (self, year);
  g_set_object (&self->replaced_plan, old);
  if (old != NULL)
    text = g_strdup_printf (_("Replaced the plan of fiscal year %d"), year);
  else
    text = g_strdup_printf (_("Imported the plan of fiscal year %d"), year);
  show_status (self, text, FALSE);
  gtk_widget_set_visible (self->status_undo, old != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", old != NULL);
}

static void
plan_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(HrpWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = hrp_library_read_plan_finish (result, &error);
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  HrpImportDialog *dialog;

  /* The window went away meanwhile. */
  if (self->export_cancellable == NULL)
    return;
  g_clear_object (&self->export_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);
  gtk_revealer_set_reveal_child (self->status_revealer, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_status (self, _("Import cancelled: nothing changed"), FALSE);
      return;
    }
  if (plan == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not import “%s”"), name);

      show_error (self, primary, error->message);
      return;
    }

  dialog = hrp_import_dialog_new (GTK_WINDOW (self), self->library, plan, name);
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
hrp_window_offer_import (HrpWindow *self,
                         GFile     *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HRP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->export_cancellable != NULL)
    return;

  hrp_editor_commit (self->editor);
  name = g_file_get_basename (file);
  self->export_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", TRUE);
  text = g_strdup_printf (_("Reading “%s”…"), name);
  show_status (self, text, TRUE);
  gtk_progress_bar_pulse (self->status_progress);

  /* A big file is read and checked off the main loop; XML or the text of
   * a plan, told by its content. */
  hrp_library_read_plan_async (file, HRP_IMPORT_AUTO, self->export_cancellable,
                               plan_read_cb, g_object_ref (self));
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            HrpWindow       *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT
                          ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (file != NULL)
    hrp_window_offer_import (self, file);
  g_object_unref (chooser);
}

static void
import_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  gboolean text = g_str_equal (action_name, "win.import-text");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (text ? _("Import a Plan from Text") : _("Import a Plan"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  if (text)
    {
      gtk_file_filter_set_name (filter, _("Text of a plan, such as copied out of last year’s PDF"));
      gtk_file_filter_add_suffix (filter, "txt");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Plans exported by HR Plan (XML)"));
      gtk_file_filter_add_suffix (filter, "xml");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
compare_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpCompareWindow *compare;

  if (self->plan == NULL)
    return;
  hrp_editor_commit (self->editor);
  compare = hrp_compare_window_new (GTK_WINDOW (self), self->library, self->plan);
  gtk_window_present (GTK_WINDOW (compare));
}

static void
start_next_year_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  int year = hrp_window_get_fiscal_year (self);

  if (year == 0)
    return;
  hrp_editor_commit (self->editor);
  year = hrp_library_next_free_year (self->library, year);
  if (!hrp_window_new_plan (self, year, hrp_window_get_fiscal_year (self), &error))
    {
      g_autofree char *primary = g_strdup_printf (_("Could not create the plan of fiscal year %d"), year);

      show_error (self, primary, error->message);
    }
}

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

static void
save_state (HrpWindow *self)
{
  int width, height;

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
  save_state (HRP_WINDOW (window));
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
  g_clear_object (&self->export_file);
  g_clear_object (&self->replaced_plan);
  clear_notice (self);
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
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, outline_view);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_progress);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_cancel);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, status_undo);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "win.add-after", NULL, add_after_cb);
  gtk_widget_class_install_action (widget_class, "win.add-inside", NULL, add_inside_cb);
  gtk_widget_class_install_action (widget_class, "win.delete-item", NULL, delete_item_cb);
  gtk_widget_class_install_action (widget_class, "win.move-up", NULL, move_cb);
  gtk_widget_class_install_action (widget_class, "win.move-down", NULL, move_cb);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, rename_cb);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_cb);
  gtk_widget_class_install_action (widget_class, "win.action-plan", NULL, action_plan_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.print-table", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_cb);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "win.import-text", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "win.undo-import", NULL, undo_import_cb);
  gtk_widget_class_install_action (widget_class, "win.export-xml", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.start-next-year", NULL, start_next_year_cb);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_cb);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_cb);
  gtk_widget_class_install_action (widget_class, "win.delete-plan", NULL, delete_plan_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.action-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.print-preview", NULL);
}

static void
hrp_window_init (HrpWindow *self)
{
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;

  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->settings = hrp_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);

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

  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->outline_view));

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
