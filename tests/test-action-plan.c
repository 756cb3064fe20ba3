/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-action-plan.c — the whole action plan on a real database, in a real
 * (virtual) display: the rows of the sample plan, its totals as listed
 * and counted once, the mark on the project listed under two policies,
 * editing a budget in place (subtotal, total and file follow) and the
 * rows following changes made elsewhere. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "hrp-action-plan.h"
#include "hrp-test-ui.h"

#define ONCE "Total (a project listed under several policies counts once)"
#define TRAINING "โครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่ คณะผู้บริหาร ประธานสภา/สมาชิกสภา อบต. พนักงานส่วนตำบล และพนักงานจ้าง ประจำปีงบประมาณ 2568"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  HrpStore    *store;
  HrpPlan     *plan;
  HrpDocument *document;
  GtkWindow   *window;
  GtkWidget   *view;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "action-plan", "plans.db");
  f->plan = hrp_test_load_sample ();
  f->store = hrp_test_store_new (f->folder.file, f->plan);

  f->document = hrp_document_new (f->store, f->plan);
  f->view = hrp_action_plan_new (f->document);
  f->window = hrp_test_show_in_window (f->view, 1200, 1000);
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

static GListModel *
rows (Fixture *f)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (hrp_test_find_widget_of_type (f->view, GTK_TYPE_COLUMN_VIEW, FALSE));

  g_assert_nonnull (view);
  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static char *
row_string (Fixture    *f,
            guint       i,
            const char *property)
{
  g_autoptr(GObject) row = g_list_model_get_item (rows (f), i);
  char *value = NULL;

  g_assert_nonnull (row);
  g_object_get (row, property, &value, NULL);
  return value;
}

static guint
count_rows (Fixture    *f,
            const char *css_class)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows (f)); i++)
    {
      g_autofree char *value = row_string (f, i, "css-class");

      n += g_strcmp0 (value, css_class) == 0;
    }
  return n;
}

/* The row index of the n-th row (0-based) of that class. */
static guint
find_row (Fixture    *f,
          const char *css_class,
          guint       n)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows (f)); i++)
    {
      g_autofree char *value = row_string (f, i, "css-class");

      if (g_strcmp0 (value, css_class) == 0 && n-- == 0)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

/* Whether widget is a number cell showing number. */
static gboolean
is_number (GtkWidget     *widget,
           gconstpointer  number)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "activity-number")
         && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), number) == 0;
}

static gboolean
shows_line (Fixture    *f,
            const char *line)
{
  g_autofree char *texts = hrp_test_texts_of (f->view);

  return hrp_test_has_line (texts, line);
}

/* Scrolls the table to its top or its bottom. */
static void
scroll (Fixture  *f,
        gboolean  bottom)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (hrp_test_find_widget_of_type (f->view, GTK_TYPE_SCROLLED_WINDOW, FALSE));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint settled = 0;

  /* The list measures the rows it scrolls to only then: the bottom moves
   * as they come into view, and is reached when it stays put. */
  while (settled < 3 && g_get_monotonic_time () < end)
    {
      double upper = gtk_adjustment_get_upper (adjustment);

      gtk_adjustment_set_value (adjustment, bottom ? upper : 0);
      hrp_test_drain ();
      if (!bottom || (gtk_adjustment_get_upper (adjustment) == upper
                      && gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) >= upper - 1))
        settled++;
      else
        settled = 0;
    }
}

/* The cell widget of that class in the row at position. */
static GtkWidget *
cell_at (Fixture    *f,
         const char *css_class,
         guint       position)
{
  g_autoptr(GPtrArray) found = hrp_test_find_cells_at (f->view, css_class, position);

  g_assert_cmpuint (found->len, ==, 1);
  return found->pdata[0];
}

/* The name cell of the row shows the "listed under several policies"
 * mark. */
static gboolean
marked_repeated (Fixture *f,
                 guint    position)
{
  GtkWidget *name = cell_at (f, "activity-name", position);
  GtkWidget *box = gtk_widget_get_parent (name);

  for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_has_css_class (c, "repeated-marker"))
      {
        g_assert_cmpint (gtk_widget_get_visible (c), ==, gtk_widget_has_css_class (box, "repeated"));
        if (gtk_widget_get_visible (c))
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (c)), ==, "Listed under several policies");
        return gtk_widget_get_visible (c);
      }
  g_assert_not_reached ();
  return FALSE;
}

static HrpActivity *
stored_activity (Fixture *f,
                 guint    policy,
                 guint    activity)
{
  g_autoptr(HrpPlan) plan = hrp_test_stored_plan (f->folder.file, 2568);
  HrpPolicy *p = hrp_test_nth (hrp_plan_get_policies (plan), policy);

  return g_list_model_get_item (G_LIST_MODEL (hrp_policy_get_activities (p)), activity);
}

static void
type_into (GtkWidget  *editable_label,
           const char *text)
{
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (editable_label));
  gtk_editable_set_text (GTK_EDITABLE (editable_label), text);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (editable_label), TRUE);
  hrp_test_drain ();
}

static void
test_sample_rows (Fixture       *f,
                  gconstpointer  data)
{
  guint last = g_list_model_get_n_items (rows (f)) - 1;
  g_autofree char *heading = NULL;
  g_autofree char *total = NULL;
  g_autofree char *label = NULL;
  guint training4, training7;

  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 10 + 18 + 10 + 2);
  g_assert_cmpuint (count_rows (f, "plan-heading"), ==, 10);
  g_assert_cmpuint (count_rows (f, "plan-activity"), ==, 18);
  g_assert_cmpuint (count_rows (f, "plan-subtotal"), ==, 10);
  g_assert_cmpuint (count_rows (f, "plan-total"), ==, 2);

  heading = row_string (f, 0, "label");
  g_assert_cmpstr (heading, ==, "Policy 1: ด้านอัตรากำลังและการบริหารอัตรากำลัง");
  /* The two totals, as printed: as listed, then counted once. */
  label = row_string (f, last - 1, "label");
  g_assert_cmpstr (label, ==, "Total");
  total = row_string (f, last - 1, "amount");
  g_assert_cmpstr (total, ==, "400,000");
  g_free (label);
  g_free (total);
  label = row_string (f, last, "label");
  g_assert_cmpstr (label, ==, ONCE);
  total = row_string (f, last, "amount");
  g_assert_cmpstr (total, ==, "200,000");

  /* As rendered. */
  g_assert_true (shows_line (f, "Policy 1: ด้านอัตรากำลังและการบริหารอัตรากำลัง"));
  g_assert_true (shows_line (f, "ปรับปรุงแผนอัตรากำลัง 3 ปี"));
  g_assert_true (shows_line (f, "Subtotal"));
  g_assert_true (shows_line (f, "Activity / project"));
  /* The number column (the template's builder factory), bound to rows. */
  g_assert_true (shows_line (f, "No."));
  g_assert_nonnull (hrp_test_find_widget (f->view, is_number, "3"));
  g_assert_true (shows_line (f, "Budget (baht)"));
  g_assert_true (shows_line (f, "200,000"));
  g_assert_true (shows_line (f, "-"));

  /* The training project, under policies 4 and 7, marked both times;
   * nothing else is. */
  training4 = find_row (f, "plan-heading", 3) + 1;
  training7 = find_row (f, "plan-heading", 6) + 1;
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell_at (f, "activity-name", training4))), ==, TRAINING);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell_at (f, "activity-name", training7))), ==, TRAINING);
  g_assert_true (marked_repeated (f, training4));
  g_assert_true (marked_repeated (f, training7));
  g_assert_false (marked_repeated (f, 1));
  {
    g_autofree char *subtotal = row_string (f, training4 + 1, "amount");

    g_assert_cmpstr (subtotal, ==, "200,000");
  }
  {
    g_autofree char *subtotal = row_string (f, find_row (f, "plan-subtotal", 0), "amount");

    g_assert_cmpstr (subtotal, ==, "-");
  }

  scroll (f, TRUE);
  g_assert_true (shows_line (f, "Total"));
  g_assert_true (shows_line (f, "400,000"));
  g_assert_true (shows_line (f, ONCE));
  g_assert_true (shows_line (f, "200,000"));
}

static void
test_edit_budget (Fixture       *f,
                  gconstpointer  data)
{
  guint last = g_list_model_get_n_items (rows (f)) - 1;
  guint subtotal1 = find_row (f, "plan-subtotal", 0);
  guint training7 = find_row (f, "plan-heading", 6) + 1;
  GtkWidget *budget = cell_at (f, "activity-budget", 1);
  g_autoptr(HrpActivity) stored = NULL;
  char *value;

  /* The first activity of policy 1 gets a budget. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "-");
  type_into (budget, "50,000");
  stored = stored_activity (f, 0, 0);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, 5000000);
  g_clear_object (&stored);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "50,000");

  /* Same rows, new texts. */
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, last + 1);
  value = row_string (f, subtotal1, "amount");
  g_assert_cmpstr (value, ==, "50,000");
  g_free (value);
  value = row_string (f, last - 1, "amount");
  g_assert_cmpstr (value, ==, "450,000");
  g_free (value);
  value = row_string (f, last, "amount");
  g_assert_cmpstr (value, ==, "250,000");
  g_free (value);
  scroll (f, TRUE);
  g_assert_true (shows_line (f, "450,000"));
  g_assert_true (shows_line (f, "250,000"));

  /* The copy under policy 7 gets another budget: no longer one project
   * listed twice, the marks go. */
  type_into (cell_at (f, "activity-budget", training7), "100000");
  stored = stored_activity (f, 6, 0);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, 10000000);
  g_clear_object (&stored);
  /* One total row now. */
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, last);
  value = row_string (f, last - 1, "amount");
  g_assert_cmpstr (value, ==, "350,000");
  g_free (value);
  g_assert_true (shows_line (f, "350,000"));
  scroll (f, FALSE);
  g_assert_false (marked_repeated (f, training7));
  g_assert_false (marked_repeated (f, find_row (f, "plan-heading", 3) + 1));

  /* Refused input: said so, nothing changed. */
  type_into (cell_at (f, "activity-budget", training7), "12x");
  stored = stored_activity (f, 6, 0);
  g_assert_cmpint (hrp_activity_get_budget (stored), ==, 10000000);
  g_clear_object (&stored);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (hrp_test_find_widget_of_type (f->view, GTK_TYPE_REVEALER, FALSE))));

  /* Undo: back to the repeated project. */
  g_assert_true (hrp_document_undo (f->document, NULL));
  hrp_test_drain ();
  value = row_string (f, last, "amount");
  g_assert_cmpstr (value, ==, "250,000");
  g_free (value);
  g_assert_true (marked_repeated (f, training7));
}

/* A label wholly shown: in the table's visible area, and given the room
 * its text needs. */
static gboolean
is_label_of (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static void
assert_wholly_shown (Fixture    *f,
                     const char *text)
{
  GtkWidget *scrolled = hrp_test_find_widget_of_type (f->view, GTK_TYPE_SCROLLED_WINDOW, FALSE);
  GtkWidget *label = hrp_test_find_widget (f->view, is_label_of, text);
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  graphene_rect_t bounds;
  int width, height;

  /* The rows scrolled to are made on the next frames, which a busy
   * machine draws late. */
  while (label == NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
      label = hrp_test_find_widget (f->view, is_label_of, text);
    }
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_compute_bounds (label, scrolled, &bounds));
  g_test_message ("“%s”: %g × %g at %g, %g in %d × %d", text, bounds.size.width, bounds.size.height,
                  bounds.origin.x, bounds.origin.y,
                  gtk_widget_get_width (scrolled), gtk_widget_get_height (scrolled));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (scrolled));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled));
  if (gtk_label_get_wrap (GTK_LABEL (label)))
    {
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label),
                          NULL, &height, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (label), >=, height);
    }
  else
    {
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (label), >=, width);
    }
}

/* Every name cell shown is as tall as its text: no blank space under a
 * name, no line cut. */
static void
assert_rows_fit (Fixture *f)
{
  guint n = g_list_model_get_n_items (rows (f));
  guint checked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) cells = hrp_test_find_cells_at (f->view, "activity-name", i);
      GtkWidget *name, *box;
      int needed;

      if (cells->len == 0 || !gtk_widget_get_mapped (cells->pdata[0]))
        continue;
      name = cells->pdata[0];
      gtk_widget_measure (name, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (name),
                          NULL, &needed, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (name), >=, needed);
      /* The cell (the name, and the mark of a repeated project). */
      box = gtk_widget_get_parent (name);
      gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (box),
                          NULL, &needed, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (box), <=, needed + 2);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* The totals, a large one with satang included, wholly shown at the foot
 * of the table, and the rows as tall as their text, at two widths. */
static void
test_totals_shown (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *budget = cell_at (f, "activity-budget", 1);
  static const int widths[] = { 1200, 900 };

  type_into (budget, "1,400,000.50");
  g_assert_true (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (budget)), "1,400,000.50"));

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      gtk_window_set_default_size (f->window, widths[w], 800);
      hrp_test_drain ();
      scroll (f, FALSE);
      assert_rows_fit (f);
      scroll (f, TRUE);
      hrp_test_drain ();
      assert_rows_fit (f);
      assert_wholly_shown (f, "Total");
      assert_wholly_shown (f, "1,800,000.50");
      assert_wholly_shown (f, ONCE);
      assert_wholly_shown (f, "1,600,000.50");
    }
}

static void
test_follows_plan (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (f->plan));
  g_autoptr(HrpPolicy) policy2 = g_list_model_get_item (policies, 1);
  g_autoptr(HrpActivity) added = hrp_activity_new ("กิจกรรมใหม่");
  GListModel *activities = hrp_policy_get_activities (policy2);
  guint heading2 = find_row (f, "plan-heading", 1);
  GtkWidget *first_name = cell_at (f, "activity-name", 1);
  char *value;

  /* An activity added elsewhere appears under its policy. */
  hrp_activity_set_budget (added, 1000000);
  g_assert_true (hrp_document_insert (f->document, activities, 2, added, NULL));
  hrp_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 41);
  value = row_string (f, heading2 + 3, "number");
  g_assert_cmpstr (value, ==, "3");
  g_free (value);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell_at (f, "activity-name", heading2 + 3))),
                   ==, "กิจกรรมใหม่");
  value = row_string (f, heading2 + 4, "amount");
  g_assert_cmpstr (value, ==, "10,000");
  g_free (value);
  /* Rows before it kept their widgets. */
  g_assert_true (cell_at (f, "activity-name", 1) == first_name);

  /* A policy renamed: its heading follows. */
  g_assert_true (hrp_document_set_string (f->document, policy2, "title", "ด้านการสรรหา", NULL));
  hrp_test_drain ();
  value = row_string (f, heading2, "label");
  g_assert_cmpstr (value, ==, "Policy 2: ด้านการสรรหา");
  g_free (value);
  g_assert_true (shows_line (f, "Policy 2: ด้านการสรรหา"));

  /* Edited in the view: a name. */
  type_into (cell_at (f, "activity-name", heading2 + 3), "กิจกรรมที่แก้ชื่อ");
  {
    g_autoptr(HrpActivity) stored = stored_activity (f, 1, 2);

    g_assert_cmpstr (hrp_activity_get_name (stored), ==, "กิจกรรมที่แก้ชื่อ");
  }

  /* Undo all: back to the sample's rows. */
  while (hrp_document_get_can_undo (f->document))
    g_assert_true (hrp_document_undo (f->document, NULL));
  hrp_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 40);

  /* No document: no rows. */
  hrp_action_plan_set_document (HRP_ACTION_PLAN (f->view), NULL);
  hrp_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (rows (f)), ==, 0);
  g_assert_null (hrp_action_plan_get_document (HRP_ACTION_PLAN (f->view)));
}

int
main (int   argc,
      char *argv[])
{
  hrp_test_ui_init (&argc, &argv, HRP_TEST_WARNINGS_FATAL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/action-plan/sample-rows", test_sample_rows);
  ADD ("/action-plan/edit-budget", test_edit_budget);
  ADD ("/action-plan/follows-plan", test_follows_plan);
  ADD ("/action-plan/totals-shown", test_totals_shown);

#undef ADD

  return g_test_run ();
}
