/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-lifecycle.c — starting, quitting, new plans: every way of quitting
 * keeps the window's size and the plan shown for the next start (the
 * window's ×, Quit: Ctrl+Q and the application menu, the end of the
 * desktop session, SIGTERM on Linux); New Plan with a Christian Era
 * year says which Buddhist Era year was meant; an empty database offers
 * the ways to a first plan.  A real application on a
 * real database in a temporary folder, its window on the (virtual)
 * display, the settings and the file read back. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <signal.h>
#endif

#include "hrp-application.h"
#include "hrp-import-dialog.h"
#include "hrp-library.h"
#include "hrp-new-plan-dialog.h"
#include "hrp-test-ui.h"
#include "hrp-window.h"

typedef struct {
  HrpTestFolder  folder;    /* .file: plans.db */
  HrpLibrary    *library;   /* the sample (2568) and a copy as 2569 */
  GSettings     *settings;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) next = NULL;

  hrp_test_folder_init (&f->folder, "lifecycle", "plans.db");
  f->library = hrp_library_open (f->folder.file, TRUE, &error);
  g_assert_no_error (error);
  next = hrp_library_create (f->library, 2569, 2568, NULL, &error);
  g_assert_no_error (error);
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int (f->settings, "fiscal-year", 2568);
  g_settings_set_int (f->settings, "window-width", 900);
  g_settings_set_int (f->settings, "window-height", 650);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_settings_reset (f->settings, "fiscal-year");
  g_settings_reset (f->settings, "window-width");
  g_settings_reset (f->settings, "window-height");
  g_settings_reset (f->settings, "window-maximized");
  g_clear_object (&f->settings);
  g_clear_object (&f->library);
  hrp_test_folder_clear (&f->folder);
}

typedef enum {
  BY_CLOSE,
  BY_QUIT,
  BY_SESSION_END,
  BY_SIGTERM,
} Way;

static void
quit_by (Fixture *f,
         Way      way)
{
  static guint n_apps;
  g_autoptr(HrpApplication) app = hrp_application_new (f->library);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%s.Lifecycle%u", APPLICATION_ID, ++n_apps);
  HrpWindow *window;
  gint64 end;
  int height = 700 + 10 * way;

  /* One registration a name in a process: a name each. */
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_nonnull (gtk_application_get_windows (GTK_APPLICATION (app)));
  window = HRP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  hrp_test_drain ();

  /* As the user left it: the plan of 2569, a window of another size. */
  g_assert_cmpint (hrp_window_get_fiscal_year (window), ==, 2568);
  g_assert_true (hrp_window_set_fiscal_year (window, 2569));
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, height);
  hrp_test_drain ();

  switch (way)
    {
    case BY_CLOSE:
      gtk_window_close (GTK_WINDOW (window));
      break;

    case BY_QUIT:
      {
        g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");

        /* Quit is Ctrl+Q, and in the application menu. */
        g_assert_cmpstr (accels[0], ==, "<Control>q");
        g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
      }
      break;

    case BY_SESSION_END:
      /* The session manager asks; the windows then go with the session. */
      g_signal_emit_by_name (app, "query-end");
      g_assert_cmpint (g_settings_get_int (f->settings, "fiscal-year"), ==, 2569);
      gtk_window_destroy (GTK_WINDOW (window));
      break;

    case BY_SIGTERM:
    default:
#ifdef G_OS_UNIX
      raise (SIGTERM);
#endif
      break;
    }

  /* The windows are gone, through the main loop as the program runs. */
  end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  hrp_test_drain ();

  g_assert_cmpint (g_settings_get_int (f->settings, "fiscal-year"), ==, 2569);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (f->settings, "window-maximized"));
}

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  quit_by (f, BY_CLOSE);
}

static void
test_quit (Fixture       *f,
           gconstpointer  data)
{
  quit_by (f, BY_QUIT);
}

static void
test_session_end (Fixture       *f,
                  gconstpointer  data)
{
  quit_by (f, BY_SESSION_END);
}

static void
test_sigterm (Fixture       *f,
              gconstpointer  data)
{
#ifdef G_OS_UNIX
  quit_by (f, BY_SIGTERM);
#else
  g_test_skip ("SIGTERM is for Unix");
#endif
}

/* New Plan with 2026 typed, as habit types this year: the dialog stays,
 * says it looks like a Christian Era year and names 2569, and creates
 * nothing; 2570 typed then is created.  Never a silent 2400. */
static void
test_new_plan_christian_era (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HrpApplication) app = hrp_application_new (f->library);
  g_autoptr(GError) error = NULL;
  HrpWindow *window;
  GtkWindow *dialog;
  GtkSpinButton *year;
  GtkLabel *message;
  GtkEditable *text;

  g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".NewPlan");
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = HRP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  hrp_test_drain ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL));
  hrp_test_drain ();
  dialog = hrp_test_find_toplevel (HRP_TYPE_NEW_PLAN_DIALOG);
  g_assert_nonnull (dialog);
  year = hrp_test_template_child (dialog, HRP_TYPE_NEW_PLAN_DIALOG, "year_spin");
  message = hrp_test_template_child (dialog, HRP_TYPE_NEW_PLAN_DIALOG, "year_error");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));

  /* Typed, then Enter: it creates, as Create does. */
  text = GTK_EDITABLE (year);
  gtk_editable_set_text (text, "2026");
  g_signal_emit_by_name (gtk_editable_get_delegate (text), "activate");
  hrp_test_drain ();
  g_assert_true (hrp_test_find_toplevel (HRP_TYPE_NEW_PLAN_DIALOG) == dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "2026"));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "2569"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year), ==, 2026);
  {
    GListModel *plans = hrp_library_get_plans (f->library);

    /* 2568 and 2569 only: nothing made of 2026, nor of 2400. */
    g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  }

  /* The year meant: created, the message gone with the dialog. */
  gtk_editable_set_text (text, "2570");
  g_signal_emit_by_name (hrp_test_template_child (dialog, HRP_TYPE_NEW_PLAN_DIALOG, "create_button"), "clicked");
  hrp_test_drain ();
  g_assert_null (hrp_test_find_toplevel (HRP_TYPE_NEW_PLAN_DIALOG));
  g_assert_cmpint (hrp_window_get_fiscal_year (window), ==, 2570);
  g_assert_cmpuint (g_list_model_get_n_items (hrp_library_get_plans (f->library)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  hrp_test_drain ();
}

static gboolean
has_action_name (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* A database with no plan is not a dead end: the window offers New
 * Plan, Import Plan and Import from Text, each a button that works; what
 * needs a plan (find, the action-plan table, print, export) cannot be
 * used, and Ctrl+F leaves the focus where it is. */
static void
test_empty_database (Fixture       *f,
                     gconstpointer  data)
{
  static const char *offered[] = { "win.new-plan", "win.import", "win.import-document" };
  static const char *need_plan[] = { "win.find", "win.action-plan", "win.print", "win.print-table",
                                     "win.export-pdf", "win.export-xml", "win.export-csv",
                                     "win.export-docx", "win.export-odt" };
  g_autoptr(HrpLibrary) empty = NULL;
  g_autoptr(HrpApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder.dir, "empty.db", NULL);
  HrpWindow *window;
  GtkWidget *focus;

  empty = hrp_library_open (path, FALSE, &error);
  g_assert_no_error (error);
  app = hrp_application_new (empty);
  g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".Empty");
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = HRP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  hrp_test_drain ();
  g_assert_null (hrp_window_get_plan (window));

  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    {
      GtkWidget *button = hrp_test_find_widget (GTK_WIDGET (window), has_action_name, offered[i]);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_true (gtk_widget_is_sensitive (button));
    }
  for (guint i = 0; i < G_N_ELEMENTS (need_plan); i++)
    {
      GtkBox *box = GTK_BOX (gtk_widget_get_parent (hrp_test_find_widget (GTK_WIDGET (window), has_action_name,
                                                                          "win.new-plan")));
      GtkWidget *button = gtk_button_new_with_label (need_plan[i]);

      /* Not to be used: a button of the action, as a menu item is, is
       * greyed. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), need_plan[i]);
      gtk_box_append (box, button);
      hrp_test_drain ();
      if (gtk_widget_is_sensitive (button))
        g_error ("%s can be used without a plan", need_plan[i]);
      gtk_box_remove (box, button);
    }

  /* Ctrl+F: nothing to find, the focus stays. */
  gtk_widget_grab_focus (hrp_test_find_widget (GTK_WIDGET (window), has_action_name, "win.new-plan"));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  hrp_test_drain ();
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  /* New Plan from there opens its dialog. */
  g_signal_emit_by_name (hrp_test_find_widget (GTK_WIDGET (window), has_action_name, "win.new-plan"), "clicked");
  hrp_test_drain ();
  g_assert_nonnull (hrp_test_find_toplevel (HRP_TYPE_NEW_PLAN_DIALOG));
  gtk_window_destroy (hrp_test_find_toplevel (HRP_TYPE_NEW_PLAN_DIALOG));

  gtk_window_destroy (GTK_WINDOW (window));
  hrp_test_drain ();
}

static void
import_cb (HrpImportDialog *dialog,
           HrpPlan         *plan,
           gboolean         replace,
           HrpPlan        **imported)
{
  g_set_object (imported, plan);
}

/* Importing last year's file: Import is the default (Enter imports, from
 * the year too), no text of the summary is selected as it opens, the
 * dialog is compact and says how the title will read in the new year. */
static void
test_import_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_library_load_sample (NULL);
  g_autoptr(HrpPlan) imported = NULL;
  g_autoptr(GtkWindow) parent = NULL;
  HrpImportDialog *dialog;
  GtkWidget *import_button;
  GtkLabel *note;
  GtkEditable *year;

  g_assert_nonnull (plan);
  parent = g_object_ref_sink (GTK_WINDOW (gtk_window_new ()));
  hrp_test_present (parent, 800, 600);
  dialog = hrp_import_dialog_new (parent, f->library, plan, "hr-plan-2568.xml");
  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &imported);
  gtk_window_present (GTK_WINDOW (dialog));
  hrp_test_drain ();

  /* Compact: as tall as its text, within a 1024 × 600 screen (its wrapped
   * lines once made it 780 pixels tall, most of them blank). */
  g_test_message ("import dialog %d × %d", gtk_widget_get_width (GTK_WIDGET (dialog)),
                  gtk_widget_get_height (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 600);
  import_button = hrp_test_template_child (dialog, HRP_TYPE_IMPORT_DIALOG, "import_button");
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == import_button);
  /* The focus is not on the summary, whose text it would select. */
  g_assert_false (GTK_IS_LABEL (gtk_root_get_focus (GTK_ROOT (dialog))));
  /* No summary text selected. */
  for (GtkWidget *w = hrp_test_find_widget_of_type (GTK_WIDGET (dialog), GTK_TYPE_GRID, TRUE),
       *c = w != NULL ? gtk_widget_get_first_child (w) : NULL;
       c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c))
      g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (c), NULL, NULL));

  /* As the start of another year (2569 is stored already: 2571), the
   * title's year follows, and the dialog says so. */
  year = GTK_EDITABLE (hrp_test_template_child (dialog, HRP_TYPE_IMPORT_DIALOG, "year_spin"));
  hrp_import_dialog_set_as_next (dialog, TRUE, 2571);
  note = hrp_test_template_child (dialog, HRP_TYPE_IMPORT_DIALOG, "title_note");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (note)));
  g_assert_nonnull (strstr (gtk_label_get_label (note), "2571"));
  g_assert_nonnull (strstr (gtk_label_get_label (note), "พ.ศ. 2571"));
  hrp_import_dialog_set_as_next (dialog, FALSE, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (note)));
  hrp_import_dialog_set_as_next (dialog, TRUE, 2571);

  /* Enter in the year imports. */
  g_signal_emit_by_name (gtk_editable_get_delegate (year), "activate");
  hrp_test_drain ();
  g_assert_nonnull (imported);
  g_assert_cmpint (hrp_plan_get_fiscal_year (imported), ==, 2571);
  g_assert_nonnull (strstr (hrp_plan_get_title (imported), "2571"));
  g_assert_null (hrp_test_find_toplevel (HRP_TYPE_IMPORT_DIALOG));

  hrp_test_destroy_window (parent);
}

int
main (int   argc,
      char *argv[])
{
  hrp_test_ui_init (&argc, &argv, HRP_TEST_CRITICALS_FATAL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/lifecycle/quit/close", test_close);
  ADD ("/lifecycle/quit/quit-action", test_quit);
  ADD ("/lifecycle/quit/session-end", test_session_end);
  ADD ("/lifecycle/quit/sigterm", test_sigterm);
  ADD ("/lifecycle/new-plan/christian-era-year", test_new_plan_christian_era);
  ADD ("/lifecycle/empty-database", test_empty_database);
  ADD ("/lifecycle/import-dialog", test_import_dialog);
#undef ADD

  return g_test_run ();
}
