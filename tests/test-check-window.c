/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check-window.c — Check Plan in a real (virtual) display, on a
 * real database: next year's plan started from the sample, the number
 * of problems on the header bar's button, last year's number replaced
 * (saved, undone in one step), a line activated selecting its node. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "hrp-check-window.h"
#include "hrp-library.h"
#include "hrp-test-ui.h"
#include "hrp-window.h"
#include "hrp-xml.h"

/* The window, its database and the plan shown. */
typedef HrpTestWindow Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_window_open (f, "check-window", 1100, 720);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_window_close (f);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  hrp_test_drain ();
}

static gpointer
window_child (Fixture    *f,
              const char *name)
{
  return hrp_test_template_child (f->window, HRP_TYPE_WINDOW, name);
}

/* The number on Check Plan's button, or -1 when it is hidden. */
static int
badge (Fixture *f)
{
  GtkWidget *button = window_child (f, "check_button");

  if (!gtk_widget_get_visible (button))
    return -1;
  g_assert_true (gtk_widget_get_mapped (button));
  return atoi (gtk_label_get_label (window_child (f, "check_badge")));
}

static HrpCheckWindow *
open_check (Fixture *f)
{
  HrpCheckWindow *check;

  activate (f, "win.check-plan");
  check = HRP_CHECK_WINDOW (hrp_test_find_toplevel (HRP_TYPE_CHECK_WINDOW));
  g_assert_nonnull (check);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (check)) == GTK_WINDOW (f->window));
  return check;
}

static int
problem_index (HrpCheckWindow *check,
               const char     *line)
{
  for (guint i = 0; i < hrp_check_window_get_n_problems (check); i++)
    if (g_str_equal (hrp_check_window_get_problem (check, i), line))
      return i;
  return -1;
}

/* The tick boxes of the replacements, in order. */
static GPtrArray *
ticks_of (HrpCheckWindow *check)
{
  GtkListBox *list = hrp_test_template_child (check, HRP_TYPE_CHECK_WINDOW, "years_list");
  GPtrArray *ticks = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkWidget *tick = gtk_list_box_row_get_child (row);

      g_assert_true (GTK_IS_CHECK_BUTTON (tick));
      if (gtk_widget_get_mapped (tick))
        g_ptr_array_add (ticks, tick);
    }
  return ticks;
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

/* Next year's plan started from the sample: the leftover year listed and
 * offered for replacement; the ticked texts replaced and saved, the
 * unticked one left; one Undo takes all of it back. */
static void
test_replace_years (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) ticks = NULL;
  g_autoptr(HrpPlan) stored = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HrpCheckWindow *check;
  HrpPlan *plan;
  GtkWidget *replace;
  int n;

  activate (f, "win.start-next-year");
  g_assert_cmpint (hrp_window_get_fiscal_year (f->window), ==, 2569);
  plan = hrp_window_get_plan (f->window);
  n = 3 + hrp_plan_count_activities (plan) + 1;
  g_assert_cmpint (badge (f), ==, n);
  before = hrp_test_file_checksum (f->folder.file);

  check = open_check (f);
  g_assert_cmpuint (hrp_check_window_get_n_problems (check), ==, n);
  g_assert_cmpint (problem_index (check, "Policy 4 › activity 1: still says 2568, last year"), >=, 0);
  shown = hrp_test_texts_of (GTK_WIDGET (check));
  g_assert_true (hrp_test_has_line (shown, "Plan › introduction to the policies: still says 2568, last year"));
  g_assert_true (hrp_test_has_line (shown, "Last year’s number, 2568, is still in these texts:"));

  /* Three texts, all ticked; policy 7's unticked. */
  ticks = ticks_of (check);
  g_assert_cmpuint (ticks->len, ==, 3);
  for (guint i = 0; i < ticks->len; i++)
    {
      const char *label = gtk_check_button_get_label (ticks->pdata[i]);

      g_assert_true (gtk_check_button_get_active (ticks->pdata[i]));
      g_assert_nonnull (strstr (label, "2569"));
      g_assert_null (strstr (label, "2568"));
    }
  g_assert_true (g_str_has_prefix (gtk_check_button_get_label (ticks->pdata[2]), "Policy 7 › activity 1: "));
  gtk_check_button_set_active (ticks->pdata[2], FALSE);
  replace = hrp_test_template_child (check, HRP_TYPE_CHECK_WINDOW, "replace_button");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (replace)), ==, "_Replace 2568 with 2569");
  g_assert_true (gtk_widget_get_sensitive (replace));
  g_clear_pointer (&ticks, g_ptr_array_unref);
  /* A click (activating a button clicks it only after a delay). */
  g_signal_emit_by_name (replace, "clicked");
  hrp_test_drain ();

  /* Saved: the two ticked texts, not the third. */
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (after, !=, before);
  stored = hrp_test_stored_plan (f->folder.file, 2569);
  g_assert_nonnull (strstr (hrp_plan_get_policy_intro (stored), "พ.ศ. 2569"));
  g_assert_null (strstr (hrp_plan_get_policy_intro (stored), "2568"));
  {
    HrpPolicy *policy4 = hrp_test_nth (hrp_plan_get_policies (stored), 3);
    HrpPolicy *policy7 = hrp_test_nth (hrp_plan_get_policies (stored), 6);

    g_assert_true (g_str_has_suffix (hrp_activity_get_name (hrp_test_nth (hrp_policy_get_activities (policy4), 0)),
                                     "ประจำปีงบประมาณ 2569"));
    g_assert_true (g_str_has_suffix (hrp_activity_get_name (hrp_test_nth (hrp_policy_get_activities (policy7), 0)),
                                     "ประจำปีงบประมาณ 2568"));
  }
  g_clear_object (&stored);

  /* The view and the badge follow: one leftover text. */
  g_assert_cmpuint (hrp_check_window_get_n_problems (check), ==, n - 2);
  g_assert_cmpint (problem_index (check, "Policy 4 › activity 1: still says 2568, last year"), <, 0);
  g_assert_cmpint (problem_index (check, "Policy 7 › activity 1: still says 2568, last year"), >=, 0);
  ticks = ticks_of (check);
  g_assert_cmpuint (ticks->len, ==, 1);
  g_assert_cmpint (badge (f), ==, n - 2);

  /* One undo step takes both back, saved. */
  g_assert_true (gtk_widget_get_sensitive (window_child (f, "undo_button")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (window_child (f, "undo_button")), ==, "Undo “Replace 2568 with 2569”");
  activate (f, "win.undo");
  stored = hrp_test_stored_plan (f->folder.file, 2569);
  g_assert_nonnull (strstr (hrp_plan_get_policy_intro (stored), "พ.ศ. 2568"));
  g_assert_true (g_str_has_suffix (hrp_activity_get_name (hrp_test_nth (hrp_policy_get_activities (hrp_test_nth (hrp_plan_get_policies (stored), 3)), 0)),
                                   "ประจำปีงบประมาณ 2568"));
  g_assert_cmpuint (hrp_check_window_get_n_problems (check), ==, n);
  g_assert_cmpint (badge (f), ==, n);
  g_clear_pointer (&ticks, g_ptr_array_unref);
  ticks = ticks_of (check);
  g_assert_cmpuint (ticks->len, ==, 3);
}

/* Whether widget is wholly inside area (allocated, mapped). */
static gboolean
wholly_inside (GtkWidget *widget,
               GtkWidget *area)
{
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (widget)
         && gtk_widget_compute_bounds (widget, area, &bounds)
         && bounds.size.height > 0
         && bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (area);
}

/* After a roll-over, at the window's default size: the replacements and
 * their button shown, and the problems given the room, at least eight
 * lines of them wholly in view. */
static void
test_room (Fixture       *f,
           gconstpointer  data)
{
  HrpCheckWindow *check;
  GtkListBox *problems;
  GtkWidget *scrolled;
  GtkListBoxRow *row;
  guint shown = 0;

  activate (f, "win.start-next-year");
  check = open_check (f);
  hrp_test_drain ();
  g_assert_cmpuint (hrp_check_window_get_n_problems (check), >, 8);

  g_assert_true (wholly_inside (hrp_test_template_child (check, HRP_TYPE_CHECK_WINDOW, "replace_button"),
                                GTK_WIDGET (check)));
  problems = hrp_test_template_child (check, HRP_TYPE_CHECK_WINDOW, "problems_list");
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (problems), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scrolled);
  g_assert_true (wholly_inside (scrolled, GTK_WIDGET (check)));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (problems, i)) != NULL; i++)
    if (wholly_inside (GTK_WIDGET (row), scrolled))
      shown++;
  g_test_message ("%u problem lines of %u shown, the window %d px tall",
                  shown, hrp_check_window_get_n_problems (check), gtk_widget_get_height (GTK_WIDGET (check)));
  g_assert_cmpuint (shown, >=, 8);
}

/* Activating a line selects the node that shows it: an activity's
 * policy, a strategy, the plan's details; the view follows an edit made
 * in the window, and the badge goes when there is nothing left. */
static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  GtkListBox *list;
  HrpCheckWindow *check;
  HrpDocument *document;
  HrpPlan *plan;
  HrpStrategy *strategy3;
  HrpOutlineNode *node;
  g_autoptr(GError) error = NULL;
  int index;

  plan = hrp_window_get_plan (f->window);
  document = hrp_window_get_document (f->window);
  strategy3 = hrp_test_nth (hrp_plan_get_strategies (plan), 2);
  g_assert_true (hrp_document_set_object (document, strategy3, "mission", NULL, &error));
  g_assert_no_error (error);
  hrp_test_drain ();

  check = open_check (f);
  list = hrp_test_template_child (check, HRP_TYPE_CHECK_WINDOW, "problems_list");
  g_assert_false (gtk_widget_get_visible (hrp_test_template_child (check, HRP_TYPE_CHECK_WINDOW, "years_box")));

  index = problem_index (check, "Policy 4 › activity 1: no quarter ticked");
  g_assert_cmpint (index, >=, 0);
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, index)));
  hrp_test_drain ();
  node = selected_node (f);
  g_assert_cmpint (hrp_outline_node_get_kind (node), ==, HRP_OUTLINE_POLICY);
  g_assert_true (hrp_outline_node_get_item (node) == hrp_test_nth (hrp_plan_get_policies (plan), 3));

  index = problem_index (check, "Strategy 3: not linked to a mission");
  g_assert_cmpint (index, >=, 0);
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, index)));
  hrp_test_drain ();
  node = selected_node (f);
  g_assert_true (hrp_outline_node_get_item (node) == G_OBJECT (strategy3));

  index = problem_index (check, "Plan: no one signs the plan");
  g_assert_cmpint (index, >=, 0);
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, index)));
  hrp_test_drain ();
  g_assert_cmpint (hrp_outline_node_get_kind (selected_node (f)), ==, HRP_OUTLINE_DETAILS);

  /* Win.check-plan again brings the same view. */
  activate (f, "win.check-plan");
  g_assert_true (hrp_test_find_toplevel (HRP_TYPE_CHECK_WINDOW) == GTK_WINDOW (check));

  /* Linked again in the window: the line goes. */
  g_assert_true (hrp_document_undo (document, &error));
  hrp_test_drain ();
  g_assert_cmpint (problem_index (check, "Strategy 3: not linked to a mission"), <, 0);

  /* Everything mended: no problems, no badge. */
  hrp_document_begin_group (document, "mend");
  {
    g_autoptr(HrpSigner) signer = hrp_signer_new ("นางสาวสมศรี ใจดี", "นักทรัพยากรบุคคล", "ผู้จัดทำ");
    GListModel *policies = hrp_plan_get_policies (plan);

    hrp_document_insert (document, hrp_plan_get_signers (plan), 0, signer, NULL);
    for (guint p = 0; p < g_list_model_get_n_items (policies); p++)
      {
        GListModel *activities = hrp_policy_get_activities (hrp_test_nth (policies, p));

        for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
          hrp_document_set_boolean (document, hrp_test_nth (activities, a), "q1", TRUE, NULL);
      }
  }
  g_assert_true (hrp_document_end_group (document, &error));
  g_assert_no_error (error);
  hrp_test_drain ();
  g_assert_cmpuint (hrp_check_window_get_n_problems (check), ==, 0);
  g_assert_cmpint (badge (f), ==, -1);
  {
    g_autofree char *shown = hrp_test_texts_of (GTK_WIDGET (check));

    g_assert_true (hrp_test_has_line (shown, "No problems: the plan is ready to print."));
  }
}

/* A plan without a vision (as read from last year's document): Check
 * Plan lists it, and Export Plan… says what to fill in before any file
 * is asked for, writing nothing; filled in, the plan is exported and
 * imports back. */
static void
test_export_incomplete (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->folder.dir, "plan.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HrpDocument *document = hrp_window_get_document (f->window);
  HrpPlan *plan = hrp_window_get_plan (f->window);
  HrpCheckWindow *check;
  GtkWindow *dialog;
  int before = badge (f);

  g_assert_true (hrp_document_set_string (document, plan, "vision", "", &error));
  g_assert_no_error (error);
  hrp_test_drain ();
  g_assert_cmpint (badge (f), ==, before + 1);
  check = open_check (f);
  g_assert_cmpint (problem_index (check, "Vision: no text"), >=, 0);
  gtk_window_destroy (GTK_WINDOW (check));
  hrp_test_drain ();

  /* The error dialog over the window, no file chooser. */
  activate (f, "win.export-xml");
  dialog = hrp_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  g_assert_null (hrp_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  {
    g_autofree char *shown = hrp_test_texts_of (GTK_WIDGET (dialog));

    g_assert_true (hrp_test_has_line (shown, "Could not export the plan"));
    g_assert_true (hrp_test_has_line (shown, "The plan has no vision: fill in its vision before exporting it."));
  }
  gtk_window_destroy (dialog);
  hrp_test_drain ();

  /* Given a file all the same: refused, nothing written. */
  g_assert_false (hrp_window_export_xml (f->window, file, &error));
  g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Filled in: exported, and the file imports. */
  g_assert_true (hrp_document_set_string (document, plan, "vision", "ตำบลน่าอยู่", &error));
  hrp_test_drain ();
  g_assert_cmpint (badge (f), ==, before);
  g_assert_true (hrp_window_export_xml (f->window, file, &error));
  g_assert_no_error (error);
  {
    g_autofree char *contents = NULL;
    gsize length = 0;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(HrpPlan) back = NULL;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
    back = hrp_xml_import (bytes, "plan.xml", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (hrp_plan_get_vision (back), ==, "ตำบลน่าอยู่");
  }
}

int
main (int   argc,
      char *argv[])
{
  hrp_test_ui_init (&argc, &argv, HRP_TEST_CRITICALS_FATAL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/check-window/replace-years", test_replace_years);
  ADD ("/check-window/room", test_room);
  ADD ("/check-window/activate", test_activate);
  ADD ("/check-window/export-incomplete", test_export_incomplete);
#undef ADD

  return g_test_run ();
}
