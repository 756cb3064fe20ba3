/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-activity-table.c — the activity table on a real database, in a real
 * (virtual) display: rows as rendered, editing names, budgets and quarters
 * through the cell widgets, refused input, undo/redo, the toolbar actions,
 * accessible labels; each change checked in the database file. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "hrp-activity-table.h"
#include "hrp-test-ui.h"

#define NAME1 "การสอบพนักงานจ้าง"
#define NAME2 "ประกาศรับโอนพนักงานส่วนตำบล"
#define NAME3 "กิจกรรม 5 ส."

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  HrpStore    *store;
  HrpPlan     *plan;
  HrpPolicy   *policy;
  HrpDocument *document;
  GtkWindow   *window;
  GtkWidget   *table;
} Fixture;

static HrpActivity *
add_activity (HrpPolicy  *policy,
              const char *name,
              gint64      budget,
              gboolean    q1)
{
  g_autoptr(HrpActivity) activity = hrp_activity_new (name);

  hrp_activity_set_budget (activity, budget);
  hrp_activity_set_quarter (activity, 1, q1);
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);
  return activity;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการสรรหาและเลือกสรรบุคคล");

  hrp_test_folder_init (&f->folder, "activity-table", "plans.db");

  f->plan = hrp_plan_new ();
  hrp_plan_set_fiscal_year (f->plan, 2568);
  hrp_plan_set_title (f->plan, "แผนทดสอบ");
  add_activity (policy, NAME1, 20000000, TRUE);
  add_activity (policy, NAME2, HRP_BUDGET_NONE, FALSE);
  add_activity (policy, NAME3, 0, FALSE);
  hrp_model_list_append (hrp_plan_get_policies (f->plan), policy);
  f->policy = policy;
  f->store = hrp_test_store_new (f->folder.file, f->plan);

  f->document = hrp_document_new (f->store, f->plan);
  f->table = hrp_activity_table_new (f->document, f->policy);
  f->window = hrp_test_show_in_window (f->table, 1000, 700);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_destroy_window (f->window);
  g_clear_object (&f->document);
  g_clear_object (&f->plan);
  g_clear_object (&f->store);
  hrp_test_folder_clear (&f->folder);
}

/* The activities of the stored plan, read again from the file. */
static GListModel *
stored_activities (Fixture *f)
{
  g_autoptr(HrpPlan) plan = hrp_test_stored_plan (f->folder.file, 2568);
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (plan), 0);

  return g_object_ref (G_LIST_MODEL (hrp_policy_get_activities (policy)));
}

static HrpActivity *
stored_activity (Fixture *f,
                 guint    i)
{
  g_autoptr(GListModel) activities = stored_activities (f);
  HrpActivity *activity = g_list_model_get_item (activities, i);

  /* The list keeps it alive only as long as the plan: keep our own. */
  return activity;
}

static char *
stored_names (Fixture *f)
{
  g_autoptr(GListModel) activities = stored_activities (f);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", hrp_activity_get_name (activity));
    }
  return g_string_free (out, FALSE);
}

static HrpActivity *
activity_at (Fixture *f,
             guint    i)
{
  g_autoptr(HrpActivity) activity =
    g_list_model_get_item (G_LIST_MODEL (hrp_policy_get_activities (f->policy)), i);

  return activity; /* the policy keeps it */
}

static gboolean
accessible_label_is (GtkWidget  *widget,
                     const char *label)
{
  /* GTK 4.8 has no getter for accessible properties: the test API. */
  g_autofree char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                               label);

  return value == NULL;
}

/* The cell widget of that class for activity (of that accessible label
 * when given). */
static GtkWidget *
cell_of (Fixture     *f,
         const char  *css_class,
         HrpActivity *activity,
         const char  *label)
{
  g_autoptr(GPtrArray) found = hrp_test_find_cells (f->table, css_class, activity);

  for (guint i = 0; i < found->len; i++)
    if (label == NULL || accessible_label_is (found->pdata[i], label))
      return found->pdata[i];

  g_assert_not_reached ();
  return NULL;
}

static GtkWidget *
quarter_cell (Fixture     *f,
              HrpActivity *activity,
              guint        quarter)
{
  g_autofree char *label = g_strdup_printf ("Quarter %u — %s", quarter, hrp_activity_get_name (activity));

  return cell_of (f, "activity-quarter", activity, label);
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
action_enabled (Fixture    *f,
                const char *action)
{
  GtkWidget *button = hrp_test_find_widget (f->table, is_action_button, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static char *
message_shown (Fixture *f)
{
  GtkRevealer *revealer = GTK_REVEALER (hrp_test_find_widget_of_type (f->table, GTK_TYPE_REVEALER, FALSE));

  g_assert_nonnull (revealer);
  if (gtk_revealer_get_reveal_child (revealer))
    return hrp_test_all_texts_of (GTK_WIDGET (revealer));
  return g_strdup ("");
}

static void
type_into (GtkWidget  *editable_label,
           const char *text,
           gboolean    commit)
{
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (editable_label));
  g_assert_true (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editable_label)));
  gtk_editable_set_text (GTK_EDITABLE (editable_label), text);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (editable_label), commit);
  hrp_test_drain ();
}

static void
select_row (Fixture *f,
            guint    i)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (hrp_test_find_widget_of_type (f->table, GTK_TYPE_COLUMN_VIEW, FALSE));

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), i);
  hrp_test_drain ();
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *texts = hrp_test_texts_of (f->table);
  HrpActivity *first = activity_at (f, 0);

  g_assert_true (hrp_test_has_line (texts, NAME1));
  g_assert_true (hrp_test_has_line (texts, NAME2));
  g_assert_true (hrp_test_has_line (texts, NAME3));
  g_assert_true (hrp_test_has_line (texts, "200,000"));
  g_assert_true (hrp_test_has_line (texts, "-"));
  g_assert_true (hrp_test_has_line (texts, "0"));
  g_assert_true (hrp_test_has_line (texts, "1"));
  g_assert_true (hrp_test_has_line (texts, "3"));
  g_assert_true (hrp_test_has_line (texts, "No."));
  g_assert_true (hrp_test_has_line (texts, "Activity / project"));
  g_assert_true (hrp_test_has_line (texts, "Budget (baht)"));
  g_assert_true (hrp_test_has_line (texts, "Quarter 4"));
  g_assert_true (hrp_test_has_line (texts, "Total"));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell_of (f, "activity-budget", activity_at (f, 1), NULL))),
                   ==, "-");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (quarter_cell (f, first, 1))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (quarter_cell (f, first, 2))));
  cell_of (f, "activity-name", first, "Activity — " NAME1);
  cell_of (f, "activity-budget", first, "Budget — " NAME1);

  /* Nothing selected: only adding is possible. */
  g_assert_true (action_enabled (f, "activities.add"));
  g_assert_false (action_enabled (f, "activities.remove"));
  g_assert_false (action_enabled (f, "activities.move-up"));
  g_assert_false (action_enabled (f, "activities.move-down"));

  /* No policy: nothing. */
  hrp_activity_table_set_policy (HRP_ACTIVITY_TABLE (f->table), NULL);
  hrp_test_drain ();
  g_assert_null (hrp_activity_table_get_policy (HRP_ACTIVITY_TABLE (f->table)));
  g_assert_false (action_enabled (f, "activities.add"));
  g_clear_pointer (&texts, g_free);
  texts = hrp_test_texts_of (f->table);
  g_assert_false (hrp_test_has_line (texts, NAME1));
}

static void
test_edit_name (Fixture       *f,
                gconstpointer  data)
{
  HrpActivity *first = activity_at (f, 0);
  GtkWidget *name = cell_of (f, "activity-name", first, NULL);
  g_autoptr(HrpActivity) stored = NULL;
  g_autofree char *message = NULL;

  type_into (name, "การสอบคัดเลือกพนักงานจ้าง", TRUE);
  g_assert_cmpstr (hrp_activity_get_name (first), ==, "การสอบคัดเลือกพนักงานจ้าง");
  stored = stored_activity (f, 0);
  g_assert_cmpstr (hrp_activity_get_name (stored), ==, "การสอบคัดเลือกพนักงานจ้าง");
  g_clear_object (&stored);

  /* Accessible labels follow the name, in every column. */
  g_assert_true (accessible_label_is (name, "Activity — การสอบคัดเลือกพนักงานจ้าง"));
  quarter_cell (f, first, 2);
  cell_of (f, "activity-budget", first, "Budget — การสอบคัดเลือกพนักงานจ้าง");

  /* Cancelled: nothing changes. */
  type_into (name, "ไม่เอา", FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "การสอบคัดเลือกพนักงานจ้าง");
  g_assert_cmpstr (hrp_activity_get_name (first), ==, "การสอบคัดเลือกพนักงานจ้าง");

  /* Empty: refused, said so, old text back. */
  message = message_shown (f);
  g_assert_cmpstr (message, ==, "");
  g_clear_pointer (&message, g_free);
  type_into (name, "  ", TRUE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "การสอบคัดเลือกพนักงานจ้าง");
  g_assert_cmpstr (hrp_activity_get_name (first), ==, "การสอบคัดเลือกพนักงานจ้าง");
  message = message_shown (f);
  g_assert_nonnull (strstr (message, "needs a name"));

  /* Undo puts the old name back in the cell and the file. */
  g_assert_true (hrp_document_undo (f->document, NULL));
  hrp_test_drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, NAME1);
  stored = stored_activity (f, 0);
  g_assert_cmpstr (hrp_activity_get_name (stored), ==, NAME1);
}

static void
test_budget (Fixture       *f,
             gconstpointer  data)
{
  HrpActivity *first = activity_at (f, 0);
  GtkWidget *budget = cell_of (f, "activity-budget", first, NULL);
  g_autoptr(HrpActivity) stored = NULL;
  g_autofree char *message = NULL;
  g_autofree char *texts = NULL;

  type_into (budget, "๑๒,๕๐๐", TRUE);
  g_assert_cmpint (hrp_activity_get_budget (first), ==, 1250000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "12,500");
  stored = stored_activity (f, 0);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, 1250000);
  g_clear_object (&stored);
  texts = hrp_test_texts_of (f->table);
  g_assert_true (hrp_test_has_line (texts, "12,500"));
  g_assert_false (hrp_test_has_line (texts, "200,000"));

  /* Not a number: refused, the old value stays, the message names it. */
  type_into (budget, "12x", TRUE);
  g_assert_cmpint (hrp_activity_get_budget (first), ==, 1250000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "12,500");
  message = message_shown (f);
  g_assert_nonnull (strstr (message, "“12x”"));
  stored = stored_activity (f, 0);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, 1250000);
  g_clear_object (&stored);

  /* "-" is no budget, which differs from 0; the total follows. */
  type_into (budget, "-", TRUE);
  g_assert_cmpint (hrp_activity_get_budget (first), ==, HRP_BUDGET_NONE);
  stored = stored_activity (f, 0);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, HRP_BUDGET_NONE);
  g_clear_object (&stored);
  g_clear_pointer (&texts, g_free);
  texts = hrp_test_texts_of (f->table);
  g_assert_true (hrp_test_has_line (texts, "0")); /* the third activity, and the total */

  type_into (cell_of (f, "activity-budget", activity_at (f, 2), NULL), "-", TRUE);
  g_assert_cmpint (hrp_activity_get_budget (activity_at (f, 2)), ==, HRP_BUDGET_NONE);
  g_clear_pointer (&texts, g_free);
  texts = hrp_test_texts_of (f->table);
  g_assert_false (hrp_test_has_line (texts, "0"));

  type_into (budget, "1234.5", TRUE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "1,234.50");
  g_assert_cmpint (hrp_activity_get_budget (first), ==, 123450);
}

static void
test_quarters (Fixture       *f,
               gconstpointer  data)
{
  HrpActivity *second = activity_at (f, 1);
  GtkWidget *check = quarter_cell (f, second, 2);
  g_autoptr(HrpActivity) stored = NULL;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  hrp_test_drain ();
  g_assert_true (hrp_activity_get_quarter (second, 2));
  stored = stored_activity (f, 1);
  g_assert_true (hrp_activity_get_quarter (stored, 2));
  g_clear_object (&stored);
  g_assert_cmpstr (hrp_document_get_undo_label (f->document), !=, NULL);

  g_assert_true (hrp_document_undo (f->document, NULL));
  hrp_test_drain ();
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_false (hrp_activity_get_quarter (second, 2));
  stored = stored_activity (f, 1);
  g_assert_false (hrp_activity_get_quarter (stored, 2));
  g_clear_object (&stored);
  /* Following the model recorded nothing. */
  g_assert_false (hrp_document_get_can_undo (f->document));
  g_assert_true (hrp_document_get_can_redo (f->document));

  g_assert_true (hrp_document_redo (f->document, NULL));
  hrp_test_drain ();
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  stored = stored_activity (f, 1);
  g_assert_true (hrp_activity_get_quarter (stored, 2));
  g_assert_false (hrp_document_get_can_redo (f->document));
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (f->policy));
  g_autofree char *names = NULL;
  HrpActivity *added;
  GtkWidget *name;

  /* Add after the selection, selected, its name being edited. */
  select_row (f, 0);
  g_assert_true (action_enabled (f, "activities.remove"));
  g_assert_false (action_enabled (f, "activities.move-up"));
  g_assert_true (action_enabled (f, "activities.move-down"));
  g_assert_true (gtk_widget_activate_action (f->table, "activities.add", NULL));
  hrp_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 4);
  added = activity_at (f, 1);
  g_assert_cmpstr (hrp_activity_get_name (added), ==, "New activity");
  names = stored_names (f);
  g_assert_cmpstr (names, ==, NAME1 "|New activity|" NAME2 "|" NAME3);
  g_clear_pointer (&names, g_free);
  name = cell_of (f, "activity-name", added, NULL);
  g_assert_true (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (name)));
  gtk_editable_set_text (GTK_EDITABLE (name), "กิจกรรมใหม่");
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (name), TRUE);
  hrp_test_drain ();
  names = stored_names (f);
  g_assert_cmpstr (names, ==, NAME1 "|กิจกรรมใหม่|" NAME2 "|" NAME3);
  g_clear_pointer (&names, g_free);
  g_assert_true (action_enabled (f, "activities.move-up"));

  /* Move down, then up: the file follows, the selection too. */
  g_assert_true (gtk_widget_activate_action (f->table, "activities.move-down", NULL));
  hrp_test_drain ();
  names = stored_names (f);
  g_assert_cmpstr (names, ==, NAME1 "|" NAME2 "|กิจกรรมใหม่|" NAME3);
  g_clear_pointer (&names, g_free);
  g_assert_true (activity_at (f, 2) == added);
  g_assert_true (action_enabled (f, "activities.move-down"));
  gtk_widget_activate_action (f->table, "activities.move-down", NULL);
  hrp_test_drain ();
  g_assert_true (activity_at (f, 3) == added);
  g_assert_false (action_enabled (f, "activities.move-down"));
  gtk_widget_activate_action (f->table, "activities.move-up", NULL);
  gtk_widget_activate_action (f->table, "activities.move-up", NULL);
  gtk_widget_activate_action (f->table, "activities.move-up", NULL);
  hrp_test_drain ();
  g_assert_true (activity_at (f, 0) == added);
  names = stored_names (f);
  g_assert_cmpstr (names, ==, "กิจกรรมใหม่|" NAME1 "|" NAME2 "|" NAME3);
  g_clear_pointer (&names, g_free);
  {
    /* Numbers follow the order. */
    g_autofree char *texts = hrp_test_texts_of (f->table);

    g_assert_true (hrp_test_has_line (texts, "4"));
  }

  /* Remove the selected one. */
  g_assert_true (gtk_widget_activate_action (f->table, "activities.remove", NULL));
  hrp_test_drain ();
  names = stored_names (f);
  g_assert_cmpstr (names, ==, NAME1 "|" NAME2 "|" NAME3);
  g_clear_pointer (&names, g_free);

  /* Undo brings it back where it was. */
  g_assert_true (hrp_document_undo (f->document, NULL));
  hrp_test_drain ();
  names = stored_names (f);
  g_assert_cmpstr (names, ==, "กิจกรรมใหม่|" NAME1 "|" NAME2 "|" NAME3);
  g_clear_pointer (&names, g_free);

  /* Add with nothing selected: at the end. */
  select_row (f, GTK_INVALID_LIST_POSITION);
  g_assert_false (action_enabled (f, "activities.remove"));
  gtk_widget_activate_action (f->table, "activities.add", NULL);
  hrp_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 5);
  g_assert_cmpstr (hrp_activity_get_name (activity_at (f, 4)), ==, "New activity");
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible properties are kept by a test context, not by "none". */
  g_setenv ("GTK_A11Y", "test", TRUE);
  hrp_test_ui_init (&argc, &argv, HRP_TEST_WARNINGS_FATAL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/activity-table/rows", test_rows);
  ADD ("/activity-table/edit-name", test_edit_name);
  ADD ("/activity-table/budget", test_budget);
  ADD ("/activity-table/quarters", test_quarters);
  ADD ("/activity-table/actions", test_actions);

#undef ADD

  return g_test_run ();
}
