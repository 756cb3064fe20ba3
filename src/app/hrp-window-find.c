/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-window-find.c — Find and Replace in the main window
 *
 * Ctrl+F searches every text of the plan (hrp-search.c): the outline
 * keeps the nodes that hold a match, the first is selected, Enter goes to
 * the next; Escape returns to the node the user was on.  Ctrl+H adds
 * Replace and Replace All (one undo step).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-activity-table.h"
#include "hrp-editor.h"
#include "hrp-message.h"
#include "hrp-outline.h"
#include "hrp-search.h"
#include "hrp-window-private.h"

/* Search {{{ */

static gboolean
heading_matches (HrpOutlineNode *node,
                 const char     *query)
{
  const char *heading = hrp_outline_node_get_heading (node);
  g_autofree char *folded = heading != NULL ? g_utf8_casefold (heading, -1) : NULL;

  return folded != NULL && strstr (folded, query) != NULL;
}

/* Whether one of the texts node shows matches (or its heading, "Policy
 * 4"). */
static gboolean
node_itself_matches (HrpWindow      *self,
                     HrpOutlineNode *node)
{
  GObject *item = hrp_outline_node_get_item (node);

  switch (hrp_outline_node_get_kind (node))
    {
    case HRP_OUTLINE_VISION:
      if (self->vision_matches)
        return TRUE;
      break;
    case HRP_OUTLINE_DETAILS:
      if (self->details_matches)
        return TRUE;
      break;
    case HRP_OUTLINE_MISSION:
    case HRP_OUTLINE_STRATEGY:
    case HRP_OUTLINE_POLICY:
      if (self->matched != NULL && g_hash_table_contains (self->matched, item))
        return TRUE;
      break;
    case HRP_OUTLINE_UNLINKED:
    case HRP_OUTLINE_ACTION_PLAN:
    default:
      break;
    }
  return heading_matches (node, self->query);
}

static gboolean
node_matches (HrpWindow      *self,
              HrpOutlineNode *node)
{
  GListModel *children = hrp_outline_node_get_children (node);

  if (node_itself_matches (self, node))
    return TRUE;

  /* A node stays visible when something under it matches. */
  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(HrpOutlineNode) child = g_list_model_get_item (children, i);

      if (node_matches (self, child))
        return TRUE;
    }

  return FALSE;
}

/* The outline's filter while searching: the rows that hold a match. */
gboolean
_hrp_window_row_filter (gpointer item,
                        gpointer user_data)
{
  HrpWindow *self = user_data;
  g_autoptr(HrpOutlineNode) node = NULL;

  if (self->query == NULL || *self->query == '\0')
    return TRUE;

  node = gtk_tree_list_row_get_item (item);
  return node_matches (self, node);
}

static gboolean
searching (HrpWindow *self)
{
  return self->query != NULL && *self->query != '\0';
}

/* The matches of the search text in the plan, and the nodes they are
 * under. */
void
_hrp_window_find_matches (HrpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_hash_table_remove_all (self->matched);
  self->vision_matches = FALSE;
  self->details_matches = FALSE;
  if (self->plan == NULL || !searching (self))
    return;

  self->matches = hrp_search_plan (self->plan, stripped);
  for (guint i = 0; i < self->matches->len; i++)
    {
      HrpSearchMatch *match = g_ptr_array_index (self->matches, i);

      if (!HRP_IS_PLAN (match->owner))
        g_hash_table_add (self->matched, match->owner);
      else if (match->object == match->owner && g_str_equal (match->property, "vision"))
        self->vision_matches = TRUE;
      else
        self->details_matches = TRUE;
    }
}

void
_hrp_window_update_find_status (HrpWindow *self)
{
  guint n = self->matches != NULL ? self->matches->len : 0;
  gboolean rows = self->selection != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;
  g_autofree char *text = NULL;

  if (searching (self) && n > 0)
    text = g_strdup_printf (ngettext ("%u of %u match", "%u of %u matches", n),
                            MIN (self->match_index, n - 1) + 1, n);
  else if (searching (self) && !rows)
    text = g_strdup (_("No results"));

  gtk_label_set_label (self->find_status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->find_status_label), text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.replace", !self->read_only && n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.replace-all", !self->read_only && n > 0);
}

/* Selects the row of node; FALSE when it is not shown. */
static gboolean
select_node (HrpWindow      *self,
             HrpOutlineNode *node)
{
  guint position = self->selection != NULL ? _hrp_window_position_of_node (self, node) : GTK_INVALID_LIST_POSITION;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  _hrp_window_selection_changed (self);
  gtk_widget_activate_action (GTK_WIDGET (self->outline_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/* Selects the first row of the outline of that kind (and item, unless
 * NULL) whose own texts match, or any such row. */
static gboolean
select_first_row (HrpWindow      *self,
                  HrpOutlineKind  kind,
                  gpointer        item,
                  gboolean        any)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(HrpOutlineNode) node = gtk_tree_list_row_get_item (row);

      if (any ? node_itself_matches (self, node)
              : (hrp_outline_node_get_kind (node) == kind
                 && (item == NULL || hrp_outline_node_get_item (node) == item)))
        return select_node (self, node);
    }
  return FALSE;
}

/* Shows match i: its node selected, an activity's row made current in
 * the policy's table.  The focus stays in the search entry. */
static void
show_match (HrpWindow *self,
            guint      i)
{
  HrpSearchMatch *match;

  if (self->matches == NULL || self->matches->len == 0)
    {
      /* Only headings match ("Policy 4"), or nothing. */
      select_first_row (self, HRP_OUTLINE_DETAILS, NULL, TRUE);
      _hrp_window_update_find_status (self);
      return;
    }

  self->match_index = i % self->matches->len;
  match = g_ptr_array_index (self->matches, self->match_index);
  if (!HRP_IS_PLAN (match->owner))
    hrp_window_select_item (self, match->owner);
  else
    select_first_row (self,
                      match->object == match->owner && g_str_equal (match->property, "vision")
                      ? HRP_OUTLINE_VISION : HRP_OUTLINE_DETAILS,
                      match->owner, FALSE);
  if (HRP_IS_ACTIVITY (match->object))
    hrp_editor_show_activity (self->editor, HRP_ACTIVITY (match->object));
  _hrp_window_update_find_status (self);
}

static void
search_changed_cb (HrpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *query = g_utf8_casefold (stripped, -1);

  /* Told again of the same text (the entry's delayed signal): the user
   * stays on the match they went to. */
  if (g_strcmp0 (query, self->query) == 0)
    return;


  g_free (self->query);
  self->query = g_steal_pointer (&query);
  _hrp_window_find_matches (self);
  if (self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (searching (self) && self->selection != NULL)
    show_match (self, 0);
  _hrp_window_update_find_status (self);
}

/* The plan changed while finding (a replace, an edit): the matches
 * again, the user staying where they are. */
void
_hrp_window_refind (HrpWindow *self)
{
  if (!searching (self))
    return;
  _hrp_window_find_matches (self);
  if (self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  _hrp_window_update_find_status (self);
}

static void
next_match_cb (HrpWindow *self)
{
  if (self->matches != NULL && self->matches->len > 0)
    show_match (self, self->match_index + 1);
}

static void
previous_match_cb (HrpWindow *self)
{
  if (self->matches != NULL && self->matches->len > 0)
    show_match (self, self->match_index + self->matches->len - 1);
}

/* Selects node and gives its row the focus (once built). */
static void
focus_node (HrpWindow      *self,
            HrpOutlineNode *node)
{
  if (select_node (self, node))
    _hrp_window_focus_selected_row (self);
}

/* Finding ended (Escape, the search button): it ends where it began. */
static void
search_mode_cb (HrpWindow *self)
{
  g_autoptr(HrpOutlineNode) origin = NULL;

  /* Escape comes back to where finding began. */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      if (self->search_origin == NULL)
        g_set_object (&self->search_origin, self->current_node);
      return;
    }

  origin = g_steal_pointer (&self->search_origin);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  if (origin != NULL)
    focus_node (self, origin);
}

static void
stop_search_cb (HrpWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
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

void
_hrp_window_show_find (HrpWindow *self,
                       gboolean   show_replace)
{
  gtk_widget_set_visible (self->replace_box, show_replace && !self->read_only);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_hrp_window_replace (HrpWindow *self,
                     gboolean   all)
{
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  g_autoptr(GError) error = NULL;
  guint index = self->match_index;

  if (self->document == NULL || self->matches == NULL || self->matches->len == 0)
    return;

  hrp_editor_commit (self->editor);
  if (all)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      g_autofree char *done = NULL;
      guint n = 0;

      if (!hrp_search_replace_all (self->document, stripped, replacement, &n, &error))
        {
          _hrp_window_report_error (self, error);
          return;
        }
      _hrp_window_refind (self);
      done = g_strdup_printf (ngettext ("Replaced %u match; Undo takes them all back",
                                        "Replaced %u matches; Undo takes them all back", n), n);
      hrp_window_show_notice (self, done, NULL, NULL, NULL);
      return;
    }

  if (!hrp_search_replace (self->document, g_ptr_array_index (self->matches, index), replacement, &error))
    {
      _hrp_window_report_error (self, error);
      return;
    }
  /* The one replaced matches no more: the next is where it was. */
  _hrp_window_refind (self);
  if (self->matches != NULL && self->matches->len > 0)
    show_match (self, index < self->matches->len ? index : 0);
}

static void
replace_entry_activate_cb (HrpWindow *self)
{
  _hrp_window_replace (self, FALSE);
}

void
_hrp_window_init_find (HrpWindow *self)
{
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (next_match_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match",
                           G_CALLBACK (next_match_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "previous-match",
                           G_CALLBACK (previous_match_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->replace_entry, "activate",
                           G_CALLBACK (replace_entry_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->outline_view));
}

/* }}} */
