/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-outline-focus.c — the selection and the keyboard focus of the
 * outline follow the user's work: a policy re-linked in its drop-down, an
 * item moved, an undo or a redo leave the selection and the focus on the
 * item that changed, in view; deleting a strategy says where its
 * policies went. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "hrp-editor.h"
#include "hrp-library.h"
#include "hrp-outline-row.h"
#include "hrp-outline.h"
#include "hrp-test-ui.h"
#include "hrp-window.h"

/* The window, its database and the plan shown. */
typedef HrpTestWindow Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  /* Short enough that the outline scrolls. */
  hrp_test_window_open (f, "outline-focus", 1100, 480);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_window_close (f);
}

/* A key reaches the window a while after it is pressed: waits (10 s at
 * most, a loaded machine) until cond holds. */
#define WAIT_UNTIL(cond) G_STMT_START { \
    gint64 end_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < end_) \
      hrp_test_drain (); \
  } G_STMT_END

static gpointer
child (Fixture    *f,
       const char *name)
{
  return hrp_test_template_child (f->window, HRP_TYPE_WINDOW, name);
}

static gpointer
editor_child (Fixture    *f,
              const char *name)
{
  return hrp_test_template_child (child (f, "editor"), HRP_TYPE_EDITOR, name);
}

static HrpOutlineNode *
selected_node (Fixture *f)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (hrp_test_outline_rows (f->window));
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);

  g_assert_nonnull (row);
  g_object_unref (gtk_tree_list_row_get_item (row));
  return gtk_tree_list_row_get_item (row);
}

static GObject *
selected_item (Fixture *f)
{
  return hrp_outline_node_get_item (selected_node (f));
}

/* The outline row that has the keyboard focus, or NULL. */
static HrpOutlineNode *
focused_node (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_LIST_VIEW (w))
        break;
      /* The list item widget holds the row. */
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (HRP_IS_OUTLINE_ROW (c))
          return hrp_outline_row_get_node (HRP_OUTLINE_ROW (c));
      if (HRP_IS_OUTLINE_ROW (w))
        return hrp_outline_row_get_node (HRP_OUTLINE_ROW (w));
    }
  return NULL;
}

/* Waits until the focus is on the row of item (it is focused in an idle,
 * once the row is built). */
static void
assert_focus_on (Fixture  *f,
                 gpointer  item)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  HrpOutlineNode *node;

  while (((node = focused_node (f)) == NULL || hrp_outline_node_get_item (node) != item)
         && g_get_monotonic_time () < end)
    hrp_test_drain ();
  g_assert_nonnull (node);
  g_assert_true (hrp_outline_node_get_item (node) == item);
  g_assert_true (selected_item (f) == item);
}

/* Waits until the selection is on item (after a key press). */
static void
assert_selected (Fixture  *f,
                 gpointer  item)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (selected_item (f) != item && g_get_monotonic_time () < end)
    hrp_test_drain ();
  g_assert_true (selected_item (f) == item);
}

/* The row of the focused node lies within the scrolled window's view. */
static void
assert_row_in_view (Fixture *f)
{
  GtkWidget *view = child (f, "outline_view");
  GtkWidget *scrolled = gtk_widget_get_parent (view);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  graphene_rect_t bounds;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_compute_bounds (focus, scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, -1);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled) + 1);
}

/* Presses key (as xdotool names it: "ctrl+z", "Return") on the window,
 * through the X server as a keyboard does. */
static void
press (Fixture    *f,
       const char *key)
{
  hrp_test_press_keys (GTK_WINDOW (f->window), key, NULL);
}

/* Chooses entry position of the drop-down as a user does: opens its
 * list and activates that row. */
static void
choose_in_dropdown (GtkDropDown *dropdown,
                    guint        position)
{
  GtkWidget *list;
  GtkWidget *button = hrp_test_find_widget_of_type (GTK_WIDGET (dropdown), GTK_TYPE_TOGGLE_BUTTON, TRUE);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hrp_test_drain ();
  list = hrp_test_find_widget_of_type (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW, FALSE);
  g_assert_nonnull (list);
  /* A click selects the row, then activates it. */
  g_assert_true (gtk_widget_activate_action (list, "list.select-item", "(ubb)", position, FALSE, FALSE));
  g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", position));
  hrp_test_drain ();

}

/* Re-linking a policy in its drop-down: the policy stays selected and
 * focused (no other node, no GLib critical), under its new strategy, and
 * what is typed next goes to it. */
static void
test_relink (Fixture       *f,
             gconstpointer  data)
{
  HrpPolicy *policy4 = hrp_test_nth (hrp_plan_get_policies (f->plan), 3);
  HrpStrategy *strategy1 = hrp_test_nth (hrp_plan_get_strategies (f->plan), 0);
  HrpStrategy *strategy8 = hrp_test_nth (hrp_plan_get_strategies (f->plan), 7);

  g_assert_true (hrp_window_select_item (f->window, policy4));
  hrp_test_drain ();
  g_assert_true (hrp_policy_get_strategy (policy4) == strategy8);

  choose_in_dropdown (editor_child (f, "strategy_dropdown"), 1);
  g_assert_true (hrp_policy_get_strategy (policy4) == strategy1);
  assert_selected (f, policy4);
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "policy");
  g_assert_cmpstr (gtk_editable_get_text (editor_child (f, "policy_title_entry")), ==, hrp_policy_get_title (policy4));
  assert_focus_on (f, policy4);
  assert_row_in_view (f);

  /* And back: again the same policy. */
  choose_in_dropdown (editor_child (f, "strategy_dropdown"), 8);
  g_assert_true (hrp_policy_get_strategy (policy4) == strategy8);
  assert_focus_on (f, policy4);

  /* The next key goes on from there: ↓ is the row below. */
  press (f, "Down");
  assert_selected (f, hrp_test_nth (hrp_plan_get_policies (f->plan), 4));
}

/* Alt+Down and Alt+Up move the focused policy; Ctrl+Z and Ctrl+Y take
 * the move back and again: each time the moved policy is selected,
 * focused and in view, wherever the user was meanwhile. */
static void
test_move_undo (Fixture       *f,
                gconstpointer  data)
{
  HrpPolicy *policy9 = hrp_test_nth (hrp_plan_get_policies (f->plan), 8);
  HrpPolicy *policy10 = hrp_test_nth (hrp_plan_get_policies (f->plan), 9);
  HrpMission *mission1 = hrp_test_nth (hrp_plan_get_missions (f->plan), 0);

  g_assert_true (hrp_window_select_item (f->window, policy9));
  gtk_widget_grab_focus (child (f, "outline_view"));
  hrp_test_drain ();

  press (f, "alt+Down");
  WAIT_UNTIL (hrp_test_nth (hrp_plan_get_policies (f->plan), 9) == policy9);
  g_assert_true (hrp_test_nth (hrp_plan_get_policies (f->plan), 9) == policy9);
  assert_focus_on (f, policy9);
  assert_row_in_view (f);
  press (f, "Up");
  assert_selected (f, policy10);
  press (f, "Down");
  assert_selected (f, policy9);

  /* Elsewhere, far up; undo brings the user back to the policy. */
  g_assert_true (hrp_window_select_item (f->window, mission1));
  hrp_test_drain ();
  press (f, "ctrl+z");
  WAIT_UNTIL (hrp_test_nth (hrp_plan_get_policies (f->plan), 8) == policy9);
  g_assert_true (hrp_test_nth (hrp_plan_get_policies (f->plan), 8) == policy9);
  assert_focus_on (f, policy9);
  assert_row_in_view (f);
  {
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);

    g_assert_cmpstr (hrp_policy_get_title (hrp_test_nth (hrp_plan_get_policies (stored), 8)), ==, hrp_policy_get_title (policy9));
  }

  g_assert_true (hrp_window_select_item (f->window, mission1));
  hrp_test_drain ();
  press (f, "ctrl+y");
  WAIT_UNTIL (hrp_test_nth (hrp_plan_get_policies (f->plan), 9) == policy9);
  g_assert_true (hrp_test_nth (hrp_plan_get_policies (f->plan), 9) == policy9);
  assert_focus_on (f, policy9);
  assert_row_in_view (f);
}

/* A policy dragged onto another strategy: it stays selected and
 * focused under its new strategy. */
static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  HrpPolicy *policy2 = hrp_test_nth (hrp_plan_get_policies (f->plan), 1);
  HrpStrategy *strategy3 = hrp_test_nth (hrp_plan_get_strategies (f->plan), 2);
  GListModel *rows = hrp_test_outline_rows (f->window);
  HrpOutlineNode *source = NULL, *target = NULL;

  g_assert_true (hrp_window_select_item (f->window, policy2));
  hrp_test_drain ();
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      HrpOutlineNode *node = hrp_test_outline_node (f->window, i, NULL);

      if (hrp_outline_node_get_item (node) == G_OBJECT (policy2))
        source = node;
      else if (hrp_outline_node_get_item (node) == G_OBJECT (strategy3))
        target = node;
    }
  g_assert_nonnull (source);
  g_assert_nonnull (target);
  g_assert_true (hrp_window_drop_node (f->window, source, target));
  g_assert_true (hrp_policy_get_strategy (policy2) == strategy3);
  assert_focus_on (f, policy2);
  assert_row_in_view (f);
}

/* Deleting a strategy says where its policies went; the notice's Undo
 * brings it back and links them again. */
static void
test_delete_notice (Fixture       *f,
                    gconstpointer  data)
{
  HrpStrategy *strategy8 = hrp_test_nth (hrp_plan_get_strategies (f->plan), 7);
  HrpPolicy *policy1 = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
  GtkLabel *status = child (f, "status_label");
  GtkWidget *undo = child (f, "status_undo");
  guint n = hrp_test_n_items (hrp_plan_get_strategies (f->plan));

  g_assert_true (hrp_window_select_item (f->window, strategy8));
  gtk_widget_grab_focus (child (f, "outline_view"));
  hrp_test_drain ();
  press (f, "Delete");
  WAIT_UNTIL (hrp_test_n_items (hrp_plan_get_strategies (f->plan)) == n - 1);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (f->plan)), ==, n - 1);
  g_assert_null (hrp_policy_get_strategy (policy1));
  g_assert_cmpstr (gtk_label_get_label (status), ==, "Strategy 8 deleted; its 10 policies are now under “Not linked”");
  g_assert_true (gtk_revealer_get_reveal_child (child (f, "status_revealer")));
  g_assert_true (gtk_widget_get_visible (undo));

  g_signal_emit_by_name (undo, "clicked");
  hrp_test_drain ();
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (f->plan)), ==, n);
  g_assert_true (hrp_policy_get_strategy (policy1) == strategy8);
  assert_focus_on (f, strategy8);
}

/* The label of item i of the outline's add menu. */
static char *
add_menu_label (Fixture *f,
                int      i)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (child (f, "add_menu_button"));
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

/* The add menu says what it adds, and where, for the node selected. */
static void
test_add_menu_says_what (Fixture       *f,
                         gconstpointer  data)
{
  struct {
    gpointer    item;
    const char *after;
    const char *inside;
  } cases[] = {
    { hrp_test_nth (hrp_plan_get_strategies (f->plan), 1), "Add Strategy after Strategy 2", "Add Policy under Strategy 2" },
    { hrp_test_nth (hrp_plan_get_missions (f->plan), 0), "Add Mission after Mission 1", "Add Strategy under Mission 1" },
    { hrp_test_nth (hrp_plan_get_policies (f->plan), 3), "Add Policy after Policy 4", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *after = NULL;
      g_autofree char *inside = NULL;

      g_assert_true (hrp_window_select_item (f->window, cases[i].item));
      hrp_test_drain ();
      after = add_menu_label (f, 0);
      inside = add_menu_label (f, 1);
      g_assert_cmpstr (after, ==, cases[i].after);
      if (cases[i].inside != NULL)
        g_assert_cmpstr (inside, ==, cases[i].inside);
    }

  /* Chosen from the menu, it adds that: a strategy after strategy 2. */
  g_assert_true (hrp_window_select_item (f->window, cases[0].item));
  hrp_test_drain ();
  {
    guint before = hrp_test_n_items (hrp_plan_get_strategies (f->plan));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-after", NULL));
    hrp_test_drain ();
    g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (f->plan)), ==, before + 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  hrp_test_ui_init (&argc, &argv, HRP_TEST_CRITICALS_FATAL);

  g_test_add ("/outline-focus/relink", Fixture, NULL, fixture_setup, test_relink, fixture_teardown);
  g_test_add ("/outline-focus/move-undo", Fixture, NULL, fixture_setup, test_move_undo, fixture_teardown);
  g_test_add ("/outline-focus/drop", Fixture, NULL, fixture_setup, test_drop, fixture_teardown);
  g_test_add ("/outline-focus/delete-notice", Fixture, NULL, fixture_setup, test_delete_notice, fixture_teardown);
  g_test_add ("/outline-focus/add-menu-says-what", Fixture, NULL, fixture_setup, test_add_menu_says_what,
              fixture_teardown);

  return g_test_run ();
}
