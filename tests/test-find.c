/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-find.c — Find (Ctrl+F) and Find and Replace (Ctrl+H) in the main
 * window, in Thai: every text of the plan is searched, the first match
 * shown (an activity's row in its policy's table), Enter goes to the
 * next, "no results" is said, Escape goes back where the user was;
 * Replace and Replace All (one undo step), saved in the file. */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "hrp-editor.h"
#include "hrp-library.h"
#include "hrp-outline-row.h"
#include "hrp-outline.h"
#include "hrp-search.h"
#include "hrp-settings.h"
#include "hrp-test-ui.h"
#include "hrp-window.h"

/* The window, its database and the plan shown. */
typedef HrpTestWindow Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_window_open (f, "find", 1100, 600);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_window_close (f);
}

static gpointer
child (Fixture    *f,
       const char *name)
{
  return hrp_test_template_child (f->window, HRP_TYPE_WINDOW, name);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  hrp_test_drain ();
}

/* Presses key (as xdotool names it: "ctrl+z", "Return") on the window,
 * through the X server as a keyboard does. */
static void
press (Fixture    *f,
       const char *key)
{
  hrp_test_press_keys (GTK_WINDOW (f->window), key, NULL);
}

static void
wait_search_mode (Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_search_bar_get_search_mode (child (f, "search_bar")) && g_get_monotonic_time () < end)
    hrp_test_drain ();
}

/* Types text into the search entry, as the user does after Ctrl+F. */
static void
type_search (Fixture    *f,
             const char *text)
{
  GtkWidget *entry = child (f, "search_entry");

  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (f->window))));
  gint64 end;

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry tells of it after a pause. */
  end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < end)
    hrp_test_drain ();
}

static HrpOutlineNode *
selected_node (Fixture *f)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (hrp_test_outline_rows (f->window));
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);

  if (row == NULL)
    return NULL;
  g_object_unref (gtk_tree_list_row_get_item (row));
  return gtk_tree_list_row_get_item (row);
}

static const char *
find_status (Fixture *f)
{
  GtkWidget *label = child (f, "find_status_label");

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* Waits (a loaded machine takes a while to deliver a key) until the
 * line under the search entry says expected. */
static void
assert_status (Fixture    *f,
               const char *expected)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (find_status (f), expected) != 0 && g_get_monotonic_time () < end)
    hrp_test_drain ();
  g_assert_cmpstr (find_status (f), ==, expected);
}

/* The activity the policy's table has as its current row. */
static gpointer
table_activity (Fixture *f)
{
  GtkWidget *view = hrp_test_find_widget_of_type (child (f, "editor"), GTK_TYPE_COLUMN_VIEW, TRUE);

  g_assert_nonnull (view);
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))));
}

/* Words in an activity's name, the year in many texts, nothing;
 * Enter and Escape. */
static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  HrpMission *mission3 = hrp_test_nth (hrp_plan_get_missions (f->plan), 2);
  g_autoptr(GPtrArray) year = hrp_search_plan (f->plan, "2568");
  HrpOutlineNode *node;
  guint all = g_list_model_get_n_items (hrp_test_outline_rows (f->window));
  g_autofree char *second = NULL;

  /* Where the user is before finding. */
  g_assert_true (hrp_window_select_item (f->window, mission3));
  hrp_test_drain ();

  press (f, "ctrl+f");
  wait_search_mode (f);
  g_assert_true (gtk_search_bar_get_search_mode (child (f, "search_bar")));
  g_assert_false (gtk_widget_get_visible (child (f, "replace_box")));

  /* Only in an activity's name: its policy, and the activity's row. */
  type_search (f, "ขวัญกำลังใจ");
  node = selected_node (f);
  g_assert_nonnull (node);
  g_assert_cmpint (hrp_outline_node_get_kind (node), ==, HRP_OUTLINE_POLICY);
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "policy");
  g_assert_cmpstr (hrp_activity_get_name (table_activity (f)), ==, "กิจกรรมสร้างขวัญกำลังใจ");
  g_assert_cmpuint (g_list_model_get_n_items (hrp_test_outline_rows (f->window)), <, all);
  assert_status (f, "รายการที่ 1 จาก 1 รายการ");

  /* The year: first in the plan's title (its details), Enter goes on. */
  type_search (f, "2568");
  g_assert_cmpint (hrp_outline_node_get_kind (selected_node (f)), ==, HRP_OUTLINE_DETAILS);
  second = g_strdup_printf ("รายการที่ 2 จาก %u รายการ", year->len);
  press (f, "Return");
  assert_status (f, second);
  {
    /* Back to the last match (Shift+Ctrl+G), an activity's name. */
    HrpSearchMatch *last = g_ptr_array_index (year, year->len - 1);
    g_autofree char *status = g_strdup_printf ("รายการที่ %u จาก %u รายการ", year->len, year->len);

    g_autofree char *first = g_strdup_printf ("รายการที่ 1 จาก %u รายการ", year->len);

    press (f, "shift+ctrl+g");
    assert_status (f, first);
    press (f, "shift+ctrl+g");
    assert_status (f, status);
    g_assert_true (HRP_IS_ACTIVITY (last->object));
    g_assert_true (table_activity (f) == (gpointer) last->object);
  }

  /* Nothing: said so, and nothing selected. */
  type_search (f, "ไม่มีข้อความนี้ในแผน");
  g_assert_cmpuint (g_list_model_get_n_items (hrp_test_outline_rows (f->window)), ==, 0);
  assert_status (f, "ไม่พบข้อความที่ค้นหา");
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "empty");

  /* Escape: back to the mission the user was on, focused. */
  press (f, "Escape");
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (gtk_search_bar_get_search_mode (child (f, "search_bar")) && g_get_monotonic_time () < end)
      hrp_test_drain ();
  }
  g_assert_false (gtk_search_bar_get_search_mode (child (f, "search_bar")));
  g_assert_cmpuint (g_list_model_get_n_items (hrp_test_outline_rows (f->window)), ==, all);
  g_assert_true (hrp_outline_node_get_item (selected_node (f)) == G_OBJECT (mission3));
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "text");
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    GtkWidget *focus = NULL;

    while (g_get_monotonic_time () < end)
      {
        focus = gtk_root_get_focus (GTK_ROOT (f->window));
        if (focus != NULL && HRP_IS_OUTLINE_ROW (gtk_widget_get_first_child (focus))
            && hrp_outline_node_get_item (hrp_outline_row_get_node (HRP_OUTLINE_ROW (gtk_widget_get_first_child (focus)))) == G_OBJECT (mission3))
          break;
        hrp_test_drain ();
      }
    g_assert_true (HRP_IS_OUTLINE_ROW (gtk_widget_get_first_child (focus)));
    g_assert_true (hrp_outline_node_get_item (hrp_outline_row_get_node (HRP_OUTLINE_ROW (gtk_widget_get_first_child (focus)))) == G_OBJECT (mission3));
  }
}

/* The button of the replace row whose action is action. */
static GtkWidget *
replace_row_button (Fixture    *f,
                    const char *action)
{
  for (GtkWidget *w = gtk_widget_get_first_child (child (f, "replace_box")); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), action) == 0)
      return w;
  g_assert_not_reached ();
  return NULL;
}

/* Ctrl+H: replace one, then all as one undo step. */
static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) before = hrp_search_plan (f->plan, "2568");
  g_autofree char *title = g_strdup (hrp_plan_get_title (f->plan));

  press (f, "ctrl+h");
  wait_search_mode (f);
  g_assert_true (gtk_search_bar_get_search_mode (child (f, "search_bar")));
  g_assert_true (gtk_widget_get_visible (child (f, "replace_box")));
  type_search (f, "2568");
  gtk_editable_set_text (child (f, "replace_entry"), "2569");

  /* Replace: the first match, the plan's title; the next shown. */
  g_signal_emit_by_name (replace_row_button (f, "win.replace"), "clicked");
  hrp_test_drain ();
  g_assert_nonnull (strstr (hrp_plan_get_title (f->plan), "2569"));
  {
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
    g_autofree char *status = g_strdup_printf ("รายการที่ 1 จาก %u รายการ", before->len - 1);

    g_assert_cmpstr (hrp_plan_get_title (stored), ==, hrp_plan_get_title (f->plan));
    g_assert_cmpstr (find_status (f), ==, status);
  }

  /* Replace All: none left, and it says so. */
  g_signal_emit_by_name (replace_row_button (f, "win.replace-all"), "clicked");
  hrp_test_drain ();
  {
    g_autoptr(GPtrArray) after = hrp_search_plan (f->plan, "2568");
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
    g_autoptr(GPtrArray) stored_after = hrp_search_plan (stored, "2568");
    g_autofree char *notice = g_strdup_printf ("แทนที่แล้ว %u รายการ และเลิกทำได้ทั้งหมดในครั้งเดียว", before->len - 1);

    g_assert_cmpuint (after->len, ==, 0);
    g_assert_cmpuint (stored_after->len, ==, 0);
    g_assert_cmpstr (find_status (f), ==, "ไม่พบข้อความที่ค้นหา");
    g_assert_cmpstr (gtk_label_get_label (child (f, "status_label")), ==, notice);
    g_assert_cmpint (hrp_plan_get_fiscal_year (stored), ==, 2568);
  }

  /* One undo takes all back; the one replaced alone stays. */
  activate (f, "win.undo");
  {
    g_autoptr(GPtrArray) again = hrp_search_plan (f->plan, "2568");

    g_assert_cmpuint (again->len, ==, before->len - 1);
  }
  activate (f, "win.undo");
  g_assert_cmpstr (hrp_plan_get_title (f->plan), ==, title);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  /* In Thai, as test-thai-ui.c sets it up. */
  g_setenv ("LANGUAGE", "th", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  locale_dir = hrp_settings_get_locale_dir ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  hrp_test_ui_init (&argc, &argv, HRP_TEST_CRITICALS_FATAL);

  g_test_add ("/find/find", Fixture, NULL, fixture_setup, test_find, fixture_teardown);
  g_test_add ("/find/replace", Fixture, NULL, fixture_setup, test_replace, fixture_teardown);

  return g_test_run ();
}
