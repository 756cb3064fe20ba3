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

/* Events from the X server come when they come on a busy machine: the
 * main loop runs until expr holds, 5 s at most. */
#define WAIT_UNTIL(expr) \
  G_STMT_START { \
    gint64 wait_end_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(expr) && g_get_monotonic_time () < wait_end_) \
      hrp_test_drain (); \
    g_assert_true (expr); \
  } G_STMT_END

static GtkWidget *
focus_of (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static guint
selected_row (Fixture *f)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (hrp_test_find_widget_of_type (f->table, GTK_TYPE_COLUMN_VIEW, FALSE));

  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)));
}

/* Whether widget is wholly in the table's visible area. */
static gboolean
in_view (Fixture   *f,
         GtkWidget *widget)
{
  GtkWidget *scrolled = hrp_test_find_widget_of_type (f->table, GTK_TYPE_SCROLLED_WINDOW, FALSE);
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (widget)
         && gtk_widget_compute_bounds (widget, scrolled, &bounds)
         && bounds.origin.y >= 0 && bounds.origin.x >= 0
         && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled)
         && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (scrolled);
}

/* Keys and clicks as a user gives them: typing on a cell edits it, Tab
 * goes name, budget, quarters 1–4, the next row's name; the row worked
 * on is selected; the file follows. */
static void
test_spreadsheet_keys (Fixture       *f,
                       gconstpointer  data)
{
  HrpActivity *first = activity_at (f, 0);
  HrpActivity *second = activity_at (f, 1);
  GtkWidget *name = cell_of (f, "activity-name", first, NULL);
  g_autoptr(HrpActivity) stored = NULL;

  /* The name focused, not edited (as Tab leaves it). */
  gtk_widget_grab_focus (name);
  for (int i = 0; i < 10; i++)
    hrp_test_drain ();
  WAIT_UNTIL (focus_of (f) == name);

  /* Typing replaces the name with what is typed, Thai included. */
  hrp_test_press_keys (f->window, "Thai_kokai", NULL);
  WAIT_UNTIL (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (name)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "ก");
  hrp_test_press_keys (f->window, "Thai_sarauee", "Return", NULL);
  WAIT_UNTIL (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (name)));
  g_assert_cmpstr (hrp_activity_get_name (first), ==, "กื");
  stored = stored_activity (f, 0);
  g_assert_cmpstr (hrp_activity_get_name (stored), ==, "กื");
  g_clear_object (&stored);

  /* Tab: budget, quarters 1–4, then the next row's name, selected. */
  gtk_widget_grab_focus (name);
  hrp_test_press_keys (f->window, "Tab", NULL);
  WAIT_UNTIL (focus_of (f) == cell_of (f, "activity-budget", first, NULL));
  for (guint q = 1; q <= 4; q++)
    {
      hrp_test_press_keys (f->window, "Tab", NULL);
      WAIT_UNTIL (focus_of (f) == quarter_cell (f, first, q));
    }
  hrp_test_press_keys (f->window, "Tab", NULL);
  WAIT_UNTIL (focus_of (f) == cell_of (f, "activity-name", second, NULL));
  WAIT_UNTIL (selected_row (f) == 1);
  /* Shift+Tab goes back. */
  hrp_test_press_keys (f->window, "shift+Tab", NULL);
  WAIT_UNTIL (focus_of (f) == quarter_cell (f, first, 4));

  /* Back to the second row's budget; typing a budget, Tab taking it and
   * going on. */
  hrp_test_press_keys (f->window, "Tab", NULL);
  WAIT_UNTIL (focus_of (f) == cell_of (f, "activity-name", second, NULL));
  hrp_test_press_keys (f->window, "Tab", NULL);
  WAIT_UNTIL (focus_of (f) == cell_of (f, "activity-budget", second, NULL));
  WAIT_UNTIL (selected_row (f) == 1);
  /* As a user pauses before typing: on a loaded machine the list may
   * otherwise still be settling the row it has just selected. */
  for (int i = 0; i < 10; i++)
    hrp_test_drain ();
  WAIT_UNTIL (focus_of (f) == cell_of (f, "activity-budget", second, NULL));
  hrp_test_press_keys (f->window, "5", "0", "0", "0", "Tab", NULL);
  WAIT_UNTIL (hrp_activity_get_budget (second) == 500000);
  WAIT_UNTIL (focus_of (f) == quarter_cell (f, second, 1));
  stored = stored_activity (f, 1);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, 500000);
  g_clear_object (&stored);

  /* Ticking a quarter (Space on its box) selects its row. */
  gtk_widget_grab_focus (quarter_cell (f, activity_at (f, 2), 3));
  hrp_test_press_keys (f->window, "space", NULL);
  WAIT_UNTIL (hrp_activity_get_quarter (activity_at (f, 2), 3));
  WAIT_UNTIL (selected_row (f) == 2);
  stored = stored_activity (f, 2);
  g_assert_true (hrp_activity_get_quarter (stored, 3));
}

/* A refused budget's message: shown without moving anything, gone after
 * the next valid entry. */
static void
test_budget_message (Fixture       *f,
                     gconstpointer  data)
{
  HrpActivity *first = activity_at (f, 0);
  GtkWidget *budget = cell_of (f, "activity-budget", first, NULL);
  GtkWidget *scrolled = hrp_test_find_widget_of_type (f->table, GTK_TYPE_SCROLLED_WINDOW, FALSE);
  GtkWidget *add = hrp_test_find_widget (f->table, is_action_button, "activities.add");
  int scrolled_height = gtk_widget_get_height (scrolled);
  int add_height = gtk_widget_get_height (add);
  graphene_rect_t before, after;
  g_autofree char *message = NULL;

  g_assert_true (gtk_widget_compute_bounds (scrolled, GTK_WIDGET (f->window), &before));
  gtk_widget_grab_focus (budget);
  hrp_test_press_keys (f->window, "1", "2", "x", "Return", NULL);
  g_assert_cmpint (hrp_activity_get_budget (first), ==, 20000000);
  message = message_shown (f);
  g_assert_nonnull (strstr (message, "“12x”"));
  /* Nothing moved or shrank. */
  g_assert_cmpint (gtk_widget_get_height (scrolled), ==, scrolled_height);
  g_assert_cmpint (gtk_widget_get_height (add), ==, add_height);
  g_assert_true (gtk_widget_compute_bounds (scrolled, GTK_WIDGET (f->window), &after));
  g_assert_true (graphene_rect_equal (&before, &after));

  /* The next valid entry: taken, the message gone. */
  gtk_widget_grab_focus (budget);
  hrp_test_press_keys (f->window, "1", "5", "0", "0", "Return", NULL);
  g_assert_cmpint (hrp_activity_get_budget (first), ==, 150000);
  g_clear_pointer (&message, g_free);
  message = message_shown (f);
  g_assert_cmpstr (message, ==, "");
}

/* The field that edits a wrapped name is as tall as its one line of
 * text, not as the lines of the name. */
static void
test_editor_height (Fixture       *f,
                    gconstpointer  data)
{
  HrpActivity *first = activity_at (f, 0);
  GtkWidget *name = cell_of (f, "activity-name", first, NULL);
  GtkWidget *text;
  int shown, editing, line;

  g_assert_true (hrp_document_set_string (f->document, first, "name",
                                          "โครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่ คณะผู้บริหาร "
                                          "ประธานสภา/สมาชิกสภา อบต. พนักงานส่วนตำบล และพนักงานจ้าง "
                                          "ประจำปีงบประมาณ 2568", NULL));
  hrp_test_drain ();
  shown = gtk_widget_get_height (name);

  gtk_widget_grab_focus (name);
  hrp_test_press_keys (f->window, "F2", NULL);
  if (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (name)))
    hrp_test_press_keys (f->window, "Return", NULL);
  g_assert_true (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (name)));
  hrp_test_drain ();
  text = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_TEXT (text));
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, -1, NULL, &line, NULL, NULL);
  editing = gtk_widget_get_height (name);
  g_test_message ("name %d px tall, %d while edited, its line %d", shown, editing, line);
  g_assert_cmpint (shown, >=, 2 * line - 4);   /* two lines at least */
  g_assert_cmpint (editing, <=, line + 2);
  g_assert_cmpint (gtk_widget_get_height (text), >=, line);
  hrp_test_press_keys (f->window, "Escape", NULL);
}

/* Tab to a row below the visible ones: scrolled to, its name focused. */
static void
test_focus_in_view (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (f->policy));
  GtkWidget *focus;
  guint last;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("กิจกรรมที่ %u", i + 4);
      g_autoptr(HrpActivity) activity = hrp_activity_new (name);

      g_assert_true (hrp_document_insert (f->document, activities, g_list_model_get_n_items (activities),
                                          activity, NULL));
    }
  gtk_window_set_default_size (f->window, 1000, 300);
  hrp_test_drain ();

  /* The last row wholly in view. */
  last = 0;
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(GPtrArray) cells = hrp_test_find_cells_at (f->table, "activity-name", i);

      if (cells->len > 0 && in_view (f, cells->pdata[0]))
        last = i;
    }
  g_assert_cmpuint (last + 1, <, g_list_model_get_n_items (activities));

  gtk_widget_grab_focus (quarter_cell (f, activity_at (f, last), 4));
  hrp_test_press_keys (f->window, "Tab", NULL);
  hrp_test_drain ();
  focus = focus_of (f);
  g_assert_true (focus == cell_of (f, "activity-name", activity_at (f, last + 1), NULL));
  g_assert_true (in_view (f, focus));
  g_assert_cmpuint (selected_row (f), ==, last + 1);

  /* Into the selected row's cells: each in view as it is focused. */
  for (guint q = 0; q < 5; q++)
    {
      hrp_test_press_keys (f->window, "Tab", NULL);
      g_assert_true (in_view (f, focus_of (f)));
      g_assert_cmpuint (selected_row (f), ==, last + 1);
    }
}

/* Whether widget is wholly in the visible area of the table's rows, under
 * its header. */
static gboolean
wholly_shown (Fixture   *f,
              GtkWidget *widget)
{
  GtkWidget *view = hrp_test_find_widget_of_type (f->table, GTK_TYPE_COLUMN_VIEW, FALSE);
  GtkWidget *rows = gtk_widget_get_last_child (view);
  graphene_rect_t bounds;

  return widget != NULL && gtk_widget_get_mapped (widget)
         && gtk_widget_compute_bounds (widget, rows, &bounds)
         && bounds.size.height > 0
         && bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (rows);
}

static GtkWidget *
name_cell_at (Fixture *f,
              guint    position)
{
  g_autoptr(GPtrArray) cells = hrp_test_find_cells_at (f->table, "activity-name", position);

  return cells->len > 0 ? cells->pdata[0] : NULL;
}

/* Rows added in quick succession (Ctrl+Return, then Return to take the
 * name), each before the list has measured the one before: the last one
 * is wholly in view, and stays there. */
static void
test_add_quickly (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (f->policy));
  GtkWidget *last;

  /* A first row many lines tall, as last year's long project names are:
   * the list guesses the height of a row it has not measured from the
   * ones it has; a narrow window, where the new names wrap. */
  g_assert_true (hrp_document_set_string (f->document, activity_at (f, 0), "name",
                                          "โครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่ คณะผู้บริหาร "
                                          "ประธานสภา/สมาชิกสภา อบต. พนักงานส่วนตำบล และพนักงานจ้าง "
                                          "ประจำปีงบประมาณ 2568", NULL));
  gtk_window_set_default_size (f->window, 560, 300);
  hrp_test_drain ();
  gtk_widget_grab_focus (cell_of (f, "activity-name", activity_at (f, 2), NULL));
  hrp_test_drain ();

  hrp_test_press_keys_quickly (f->window,
                               "ctrl+Return", "Return", "ctrl+Return", "Return",
                               "ctrl+Return", "Return", "ctrl+Return", "Return",
                               "ctrl+Return", "Return", "ctrl+Return", "Return",
                               "ctrl+Return", "Return", "ctrl+Return", "Return", NULL);
  WAIT_UNTIL (g_list_model_get_n_items (activities) == 11);
  WAIT_UNTIL (selected_row (f) == 10);
  WAIT_UNTIL (wholly_shown (f, name_cell_at (f, 10)));
  /* Still there once the list has settled, the rows above it scrolled
   * away. */
  for (int i = 0; i < 10; i++)
    hrp_test_drain ();
  last = name_cell_at (f, 10);
  g_assert_true (wholly_shown (f, last));
  g_assert_false (wholly_shown (f, name_cell_at (f, 0)));
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
  ADD ("/activity-table/spreadsheet-keys", test_spreadsheet_keys);
  ADD ("/activity-table/budget-message", test_budget_message);
  ADD ("/activity-table/editor-height", test_editor_height);
  ADD ("/activity-table/focus-in-view", test_focus_in_view);
  ADD ("/activity-table/add-quickly", test_add_quickly);

#undef ADD

  return g_test_run ();
}
