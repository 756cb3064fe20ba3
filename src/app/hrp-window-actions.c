/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-window-actions.c — the window's actions on the plan: adding,
 * deleting, moving and renaming items, undo and redo, find, new and
 * deleted plans, compare and next year's plan; which of them can be used
 * now (hrp-window.c keeps the lifecycle, hrp-window-io.c printing,
 * import and export) */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-a11y.h"
#include "hrp-check-window.h"
#include "hrp-check.h"
#include "hrp-compare-window.h"
#include "hrp-document.h"
#include "hrp-editor.h"
#include "hrp-message.h"
#include "hrp-new-plan-dialog.h"
#include "hrp-outline-row.h"
#include "hrp-outline.h"
#include "hrp-window-private.h"

/* Which actions can be used {{{ */

/* The add menu's items for node: what each adds, and where. */
static void
update_add_menu (HrpWindow      *self,
                 HrpOutlineNode *node)
{
  GMenu *menu = G_MENU (gtk_menu_button_get_menu_model (self->add_menu_button));
  HrpOutlineKind kind = node != NULL ? hrp_outline_node_get_kind (node) : HRP_OUTLINE_DETAILS;
  const char *heading = node != NULL ? hrp_outline_node_get_heading (node) : NULL;
  g_autofree char *after = NULL;
  g_autofree char *inside = NULL;

  switch (kind)
    {
    case HRP_OUTLINE_VISION:
      inside = g_strdup (_("Add Mission"));
      break;
    case HRP_OUTLINE_MISSION:
      /* TRANSLATORS: %s is the selected item, such as "Mission 2" */
      after = g_strdup_printf (_("Add Mission after %s"), heading);
      /* TRANSLATORS: %s is the selected item, such as "Mission 2" */
      inside = g_strdup_printf (_("Add Strategy under %s"), heading);
      break;
    case HRP_OUTLINE_STRATEGY:
      /* TRANSLATORS: %s is the selected item, such as "Strategy 2" */
      after = g_strdup_printf (_("Add Strategy after %s"), heading);
      /* TRANSLATORS: %s is the selected item, such as "Strategy 2" */
      inside = g_strdup_printf (_("Add Policy under %s"), heading);
      break;
    case HRP_OUTLINE_POLICY:
      /* TRANSLATORS: %s is the selected item, such as "Policy 2" */
      after = g_strdup_printf (_("Add Policy after %s"), heading);
      break;
    case HRP_OUTLINE_UNLINKED:
      {
        GListModel *children = hrp_outline_node_get_children (node);
        g_autoptr(HrpOutlineNode) first = g_list_model_get_item (children, 0);

        inside = g_strdup (first != NULL && hrp_outline_node_get_kind (first) == HRP_OUTLINE_STRATEGY
                           ? _("Add Strategy Not Linked") : _("Add Policy Not Linked"));
      }
      break;
    case HRP_OUTLINE_DETAILS:
    case HRP_OUTLINE_ACTION_PLAN:
    default:
      break;
    }

  g_menu_remove_all (menu);
  g_menu_append (menu, after != NULL ? after : _("Add After Selection"), "win.add-after");
  g_menu_append (menu, inside != NULL ? inside : _("Add Inside Selection"), "win.add-inside");
}

void
_hrp_window_update_actions (HrpWindow *self)
{
  HrpOutlineNode *node = _hrp_window_selected_node (self);
  HrpOutlineKind kind = node ? hrp_outline_node_get_kind (node) : HRP_OUTLINE_DETAILS;
  gboolean item = node != NULL && (kind == HRP_OUTLINE_MISSION || kind == HRP_OUTLINE_STRATEGY
                                   || kind == HRP_OUTLINE_POLICY);
  GtkTreeListRow *row = _hrp_window_selected_row (self);
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

  update_add_menu (self, node);

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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-document", !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-table", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-preview", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-docx", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-odt", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-xml", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-next-year", !self->read_only && self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", self->plan != NULL);
  /* Nothing to find or tabulate without a plan. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.action-plan", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-plan", self->document != NULL);
}

void
_hrp_window_update_check (HrpWindow *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *count = NULL;
  g_autofree char *tooltip = NULL;

  /* Check Plan shows the plan shown, or closes. */
  if (self->check_window != NULL
      && hrp_check_window_get_document (HRP_CHECK_WINDOW (self->check_window)) != self->document)
    gtk_window_destroy (self->check_window);

  if (self->plan == NULL)
    {
      gtk_widget_set_visible (self->check_button, FALSE);
      return;
    }
  problems = hrp_plan_check (self->plan);
  count = g_strdup_printf ("%u", problems->len);
  tooltip = g_strdup_printf (ngettext ("Check Plan: %u problem", "Check Plan: %u problems", problems->len),
                             problems->len);
  gtk_label_set_label (self->check_badge, count);
  gtk_widget_set_tooltip_text (self->check_button, tooltip);
  gtk_widget_set_visible (self->check_button, problems->len > 0);
}

void
_hrp_window_update_undo (HrpWindow *self)
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

/* }}} */

/* Adding, deleting and moving items {{{ */

/* A mission, strategy or policy: an item that can be added after,
 * deleted or moved. */
static gboolean
is_item (GObject *object)
{
  return object != NULL && (HRP_IS_MISSION (object) || HRP_IS_STRATEGY (object) || HRP_IS_POLICY (object));
}

/* Selects a new item and puts the cursor in its title. */
static void
added (HrpWindow *self,
       gpointer   item,
       GError    *error)
{
  if (item == NULL)
    {
      _hrp_window_report_error (self, error);
      return;
    }
  hrp_window_select_item (self, item);
  hrp_editor_focus (self->editor);
}

static void
add_after (HrpWindow      *self,
           HrpOutlineNode *node,
           const char     *action_name)
{
  g_autoptr(GError) error = NULL;

  added (self, hrp_document_add_after (self->document, hrp_outline_node_get_item (node), &error), error);
}

static void
add_inside (HrpWindow      *self,
            HrpOutlineNode *node,
            const char     *action_name)
{
  g_autoptr(GError) error = NULL;
  gpointer parent = NULL;
  GType type = G_TYPE_NONE;

  if (node == NULL)
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

/* The Undo of the notice after a deletion: only while the deletion is
 * still the step to undo. */
typedef struct {
  HrpWindow *window;   /* unowned: the notice goes with the window */
  GObject   *item;
} DeletedNotice;

static void
deleted_notice_free (gpointer data)
{
  DeletedNotice *notice = data;

  g_clear_object (&notice->item);
  g_free (notice);
}

static void
deleted_notice_undo (gpointer data)
{
  DeletedNotice *notice = data;
  HrpDocument *document = notice->window->document;

  if (document != NULL && hrp_document_get_can_undo (document)
      && hrp_document_get_changed_object (document) == notice->item)
    gtk_widget_activate_action (GTK_WIDGET (notice->window), "win.undo", NULL);
}

/* How many policies are linked to strategy. */
static guint
n_linked_policies (HrpPlan     *plan,
                   HrpStrategy *strategy)
{
  GListModel *policies = hrp_plan_get_policies (plan);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      if (hrp_policy_get_strategy (policy) == strategy)
        n++;
    }
  return n;
}

static void
delete_item (HrpWindow      *self,
             HrpOutlineNode *node,
             const char     *action_name)
{
  GObject *item = hrp_outline_node_get_item (node);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  guint n_policies = 0;
  guint selected;

  selected = gtk_single_selection_get_selected (self->selection);
  heading = g_strdup (hrp_outline_node_get_heading (node));
  if (HRP_IS_STRATEGY (item))
    n_policies = n_linked_policies (self->plan, HRP_STRATEGY (item));
  /* Undoable: no question asked.  What was linked to it is unlinked. */
  if (!hrp_document_delete_item (self->document, item, &error))
    _hrp_window_report_error (self, error);
  else
    {
      if (selected > 0)
        gtk_single_selection_set_selected (self->selection, selected - 1);
      /* Where its policies went, with an Undo at hand. */
      if (n_policies > 0)
        {
          DeletedNotice *notice = g_new0 (DeletedNotice, 1);
          g_autofree char *text = NULL;

          notice->window = self;
          notice->item = g_object_ref (item);
          text = g_strdup_printf (ngettext ("%s deleted; its %u policy is now under “%s”",
                                            "%s deleted; its %u policies are now under “%s”",
                                            n_policies),
                                  heading, n_policies, _("Not linked"));
          hrp_window_show_notice (self, text, deleted_notice_undo, notice, deleted_notice_free);
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->outline_view));
}

static void
move_item (HrpWindow      *self,
           HrpOutlineNode *node,
           const char     *action_name)
{
  GtkTreeListRow *row = _hrp_window_selected_row (self);
  g_autoptr(GtkTreeListRow) parent = NULL;
  g_autoptr(HrpOutlineNode) parent_node = NULL;
  g_autoptr(HrpOutlineNode) sibling = NULL;
  g_autoptr(GError) error = NULL;
  gboolean up = g_str_equal (action_name, "win.move-up");
  GObject *item = hrp_outline_node_get_item (node);
  GListModel *siblings;
  guint position;

  if (row == NULL)
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
    _hrp_window_report_error (self, error);
  _hrp_window_focus_item (self, item);
}

static void
rename_item (HrpWindow      *self,
             HrpOutlineNode *node,
             const char     *action_name)
{
  HrpOutlineRow *row = node != NULL ? _hrp_window_row_of_node (GTK_WIDGET (self->outline_view), node) : NULL;

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
      _hrp_window_report_error (self, error);
      return FALSE;
    }

  _hrp_window_focus_item (self, item);
  return TRUE;
}

/* }}} */

/* Undo, find, the action plan {{{ */

/* The mission, strategy or policy under which the outline shows object
 * (itself, or the one holding the text or activity), or NULL. */
static gpointer
outline_item_of (HrpPlan *plan,
                 GObject *object)
{
  GListModel *strategies = hrp_plan_get_strategies (plan);
  GListModel *policies = hrp_plan_get_policies (plan);
  guint position;

  if (object == NULL || is_item (object))
    return object;

  for (guint i = 0; HRP_IS_ACTIVITY (object) && i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      if (g_list_store_find (G_LIST_STORE (hrp_policy_get_activities (policy)), object, &position))
        return policy;
    }
  for (guint i = 0; HRP_IS_TEXT (object) && i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);

      if (g_list_store_find (G_LIST_STORE (hrp_strategy_get_goals (strategy)), object, &position)
          || g_list_store_find (G_LIST_STORE (hrp_strategy_get_objectives (strategy)), object, &position)
          || g_list_store_find (G_LIST_STORE (hrp_strategy_get_indicators (strategy)), object, &position))
        return strategy;
    }
  return NULL;
}

static void
undo_or_redo (HrpWindow      *self,
              HrpOutlineNode *node,
              const char     *action_name)
{
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (!(undo ? hrp_document_undo (self->document, &error)
             : hrp_document_redo (self->document, &error)))
    {
      _hrp_window_report_error (self, error);
      return;
    }
  /* The user sees what was undone: its node, selected and focused. */
  _hrp_window_focus_item (self, outline_item_of (self->plan, hrp_document_get_changed_object (self->document)));
}

static void
show_action_plan (HrpWindow      *self,
                  HrpOutlineNode *node,
                  const char     *action_name)
{
  hrp_window_show_action_plan (self);
}

static void
show_find (HrpWindow      *self,
           HrpOutlineNode *node,
           const char     *action_name)
{
  /* Ctrl+F finds, Ctrl+H finds and replaces, as in a word processor. */
  _hrp_window_show_find (self, g_str_equal (action_name, "win.find-replace"));
}

static void
replace (HrpWindow      *self,
         HrpOutlineNode *node,
         const char     *action_name)
{
  _hrp_window_replace (self, g_str_equal (action_name, "win.replace-all"));
}

/* }}} */

/* New and deleted plans, compare, next year {{{ */

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
      _hrp_window_set_plan (self, NULL);
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

      hrp_show_error (GTK_WIDGET (self), primary, error->message);
      return FALSE; /* the dialog stays: choose another year */
    }
  return TRUE;
}

static void
new_plan (HrpWindow      *self,
          HrpOutlineNode *node,
          const char     *action_name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  HrpNewPlanDialog *dialog;

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
    hrp_show_error (GTK_WIDGET (self), _("Could not delete the plan"), error->message);
}

static void
delete_plan (HrpWindow      *self,
             HrpOutlineNode *node,
             const char     *action_name)
{
  int year = hrp_window_get_fiscal_year (self);
  GtkWidget *dialog, *button;

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
  hrp_a11y_name_mnemonic_buttons (dialog);
  g_object_set_data (G_OBJECT (dialog), "hrp-year", GINT_TO_POINTER (year));
  g_signal_connect (dialog, "response", G_CALLBACK (delete_plan_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare (HrpWindow      *self,
         HrpOutlineNode *node,
         const char     *action_name)
{
  gtk_window_present (GTK_WINDOW (hrp_compare_window_new (GTK_WINDOW (self), self->library, self->plan)));
}

static void
check_plan (HrpWindow      *self,
            HrpOutlineNode *node,
            const char     *action_name)
{
  if (self->check_window == NULL)
    g_set_weak_pointer (&self->check_window, GTK_WINDOW (hrp_check_window_new (self, self->document)));
  gtk_window_present (self->check_window);
}

static void
start_next_year (HrpWindow      *self,
                 HrpOutlineNode *node,
                 const char     *action_name)
{
  g_autoptr(GError) error = NULL;
  int year = hrp_library_next_free_year (self->library, hrp_window_get_fiscal_year (self));

  if (!hrp_window_new_plan (self, year, hrp_window_get_fiscal_year (self), &error))
    {
      g_autofree char *primary = g_strdup_printf (_("Could not create the plan of fiscal year %d"), year);

      hrp_show_error (GTK_WIDGET (self), primary, error->message);
    }
}

/* }}} */

/* The actions and their keys {{{ */

/* What an action needs before it runs: without it the action does
 * nothing (it is disabled then anyway). */
typedef enum {
  NEEDS_NOTHING,
  NEEDS_PLAN,   /* a plan shown */
  NEEDS_ITEM,   /* a mission, strategy or policy selected */
} ActionNeeds;

typedef struct {
  const char  *name;
  /* node: the node selected, or NULL. */
  void       (*activate) (HrpWindow      *self,
                          HrpOutlineNode *node,
                          const char     *action_name);
  ActionNeeds  needs;
  /* What is being typed is saved first, as a step of its own (undone
   * first, too).  Those that check more save it once they will act. */
  gboolean     commit;
} WindowAction;

static const WindowAction window_actions[] = {
  { "win.undo", undo_or_redo, NEEDS_PLAN, TRUE },
  { "win.redo", undo_or_redo, NEEDS_PLAN, TRUE },
  { "win.add-after", add_after, NEEDS_ITEM, TRUE },
  { "win.add-inside", add_inside, NEEDS_PLAN, FALSE },
  { "win.delete-item", delete_item, NEEDS_ITEM, TRUE },
  { "win.move-up", move_item, NEEDS_ITEM, FALSE },
  { "win.move-down", move_item, NEEDS_ITEM, FALSE },
  { "win.rename", rename_item, NEEDS_NOTHING, FALSE },
  { "win.find", show_find, NEEDS_NOTHING, FALSE },
  { "win.find-replace", show_find, NEEDS_NOTHING, FALSE },
  { "win.replace", replace, NEEDS_NOTHING, FALSE },
  { "win.replace-all", replace, NEEDS_NOTHING, FALSE },
  { "win.action-plan", show_action_plan, NEEDS_NOTHING, FALSE },
  { "win.start-next-year", start_next_year, NEEDS_PLAN, TRUE },
  { "win.compare", compare, NEEDS_PLAN, TRUE },
  { "win.check-plan", check_plan, NEEDS_PLAN, TRUE },
  { "win.new-plan", new_plan, NEEDS_NOTHING, TRUE },
  { "win.delete-plan", delete_plan, NEEDS_PLAN, FALSE },
};

static void
activate_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpOutlineNode *node = _hrp_window_selected_node (self);
  const WindowAction *action = NULL;

  for (guint i = 0; action == NULL && i < G_N_ELEMENTS (window_actions); i++)
    if (g_str_equal (window_actions[i].name, action_name))
      action = &window_actions[i];
  g_return_if_fail (action != NULL);

  if (action->needs == NEEDS_PLAN && self->plan == NULL)
    return;
  if (action->needs == NEEDS_ITEM && !(node != NULL && is_item (hrp_outline_node_get_item (node))))
    return;
  if (action->commit)
    hrp_editor_commit (self->editor);
  action->activate (self, node, action_name);
}

void
_hrp_window_class_init_actions (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (window_actions); i++)
    gtk_widget_class_install_action (widget_class, window_actions[i].name, NULL, activate_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.find-replace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.action-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.print-preview", NULL);
}

/* }}} */
