/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-killed-window.c — the window killed (kill -9) at random moments
 * while it saves edits, many times: each time the database file is sound
 * and holds the plan as it was after some whole number of saves, never a
 * save in part.
 *
 * The program starts itself again as the window ("--child DATABASE"): a
 * real HrpWindow on the file, editing the plan through the activity table
 * as a user does (add an activity, type its name, type its budget, tick a
 * quarter, remove the oldest one), each step saved by the window's own
 * path (HrpDocument: the whole plan in one transaction), without end.  It
 * prints "step N" before the step that makes the plan's N + 1st save and
 * "done N" once that save returned.  The test kills it at a random moment,
 * then checks the file as the next start finds it.
 *
 * The steps are a fixed sequence, so the plan after any number of saves
 * is known: the file's revision says how many saves it holds, and the
 * plan must be exactly the plan after that many, its 960 other
 * activities included.
 *
 * Also: a save holding the main loop up just after the focus left a cell
 * of the activity table. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <signal.h>
#endif

#include "hrp-activity-cells.h"
#include "hrp-activity-table.h"
#include "hrp-thai.h"
#include "hrp-test-ui.h"
#include "hrp-window.h"
#include "hrp-xml.h"

#define FISCAL_YEAR 2568

/* The first policies take the edits, in turn; each keeps KEPT activities
 * between edits.  The others only make the plan big enough that a save
 * takes a while, and must survive every save whole. */
#define EDIT_POLICIES   3
#define KEPT            3
#define BULK_POLICIES   16
#define BULK_ACTIVITIES 60

/* Add, name, budget, quarter, remove the oldest: one save each. */
#define STEPS_PER_EDIT  5

/* Each start of the window takes about half a second. */
#define KILLS 30

/* The name the table gives a new activity (English: LANGUAGE=''). */
#define NEW_ACTIVITY "New activity"

/* The child gives up when left alone this long (its parent died). */
#define CHILD_LIFETIME_US (90 * G_USEC_PER_SEC)

/* The plan and its steps {{{ */

static char *
edit_name (guint edit)
{
  return g_strdup_printf ("กิจกรรมที่แก้ไข %u", edit);
}

static gint64
edit_budget (guint edit)
{
  return (gint64) (edit + 1) * 123400 + edit % 100;
}

static guint
edit_quarter (guint edit)
{
  return edit % 4 + 1;
}

static HrpPlan *
make_plan (void)
{
  HrpPlan *plan = hrp_plan_new ();
  GListStore *missions = G_LIST_STORE (hrp_plan_get_missions (plan));
  GListStore *strategies = G_LIST_STORE (hrp_plan_get_strategies (plan));
  GListStore *policies = G_LIST_STORE (hrp_plan_get_policies (plan));

  hrp_plan_set_fiscal_year (plan, FISCAL_YEAR);
  hrp_plan_set_org_name (plan, "องค์การบริหารส่วนตำบลทดสอบ");
  hrp_plan_set_title (plan, "แผนอัตรากำลังคน พ.ศ. 2568");
  hrp_plan_set_vision (plan, "วิสัยทัศน์");

  for (guint m = 0; m < 3; m++)
    {
      g_autofree char *text = g_strdup_printf ("พันธกิจ %u", m + 1);
      g_autofree char *title = g_strdup_printf ("ยุทธศาสตร์ %u", m + 1);
      g_autoptr(HrpMission) mission = hrp_mission_new (text);
      g_autoptr(HrpStrategy) strategy = hrp_strategy_new (title);
      g_autoptr(HrpText) goal = hrp_text_new ("เป้าประสงค์");

      hrp_strategy_set_mission (strategy, mission);
      hrp_model_list_append (hrp_strategy_get_goals (strategy), goal);
      g_list_store_append (missions, mission);
      g_list_store_append (strategies, strategy);
    }

  for (guint p = 0; p < EDIT_POLICIES + BULK_POLICIES; p++)
    {
      g_autofree char *title = g_strdup_printf ("นโยบาย %u", p + 1);
      g_autoptr(HrpPolicy) policy = hrp_policy_new (title);
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (strategies), p % 3);
      guint n = p < EDIT_POLICIES ? KEPT : BULK_ACTIVITIES;

      hrp_policy_set_strategy (policy, strategy);
      for (guint a = 0; a < n; a++)
        {
          g_autofree char *name = g_strdup_printf ("งาน %u.%u", p + 1, a + 1);
          g_autoptr(HrpActivity) activity = hrp_activity_new (name);

          hrp_activity_set_budget (activity, (gint64) (p + 1) * 100000 + a);
          hrp_activity_set_quarter (activity, a % 4 + 1, TRUE);
          hrp_model_list_append (hrp_policy_get_activities (policy), activity);
        }
      g_list_store_append (policies, policy);
    }

  return plan;
}

static HrpPolicy *
edit_policy (HrpPlan *plan,
             guint    edit)
{
  HrpPolicy *policy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (plan)),
                                             edit % EDIT_POLICIES);

  g_object_unref (policy); /* the plan keeps it */
  return policy;
}

static HrpActivity *
edit_activity_at (HrpPlan *plan,
                  guint    edit,
                  guint    position)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (edit_policy (plan, edit)));
  HrpActivity *activity = g_list_model_get_item (activities, position);

  g_assert_nonnull (activity);
  g_object_unref (activity); /* the policy keeps it */
  return activity;
}

/* The activity an edit is making: the last of its policy. */
static HrpActivity *
edit_activity (HrpPlan *plan,
               guint    edit)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (edit_policy (plan, edit)));

  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, KEPT + 1);
  return edit_activity_at (plan, edit, KEPT);
}

/* What save number step + 1 holds, done to the model directly. */
static void
apply_step (HrpPlan *plan,
            guint    step)
{
  guint edit = step / STEPS_PER_EDIT;
  GListStore *activities = G_LIST_STORE (hrp_policy_get_activities (edit_policy (plan, edit)));

  switch (step % STEPS_PER_EDIT)
    {
    case 0:
      {
        g_autoptr(HrpActivity) activity = hrp_activity_new (NEW_ACTIVITY);

        g_list_store_append (activities, activity);
      }
      break;
    case 1:
      {
        g_autofree char *name = edit_name (edit);

        hrp_activity_set_name (edit_activity (plan, edit), name);
      }
      break;
    case 2:
      hrp_activity_set_budget (edit_activity (plan, edit), edit_budget (edit));
      break;
    case 3:
      hrp_activity_set_quarter (edit_activity (plan, edit), edit_quarter (edit), TRUE);
      break;
    case 4:
      g_list_store_remove (activities, 0);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The plan after that many saves, as its exchange format (every text,
 * number, order and link). */
static char *
expected_xml (guint saves)
{
  g_autoptr(HrpPlan) plan = make_plan ();
  g_autoptr(GBytes) xml = NULL;

  for (guint i = 0; i < saves; i++)
    apply_step (plan, i);
  xml = hrp_xml_export (plan, NULL);
  return g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
}

/* }}} */

/* The window, driven as a user does; the child, editing without end {{{ */

static void
spin (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
check_lifetime (gint64 start)
{
  if (g_get_monotonic_time () - start > CHILD_LIFETIME_US)
    {
      g_printerr ("test-killed-window: the child was not killed; giving up\n");
      exit (3);
    }
}

typedef struct {
  HrpWindow *window;
  gint64     start;
} Child;

/* The activity table the window shows for policy, selecting the policy in
 * the outline first when another node is shown. */
static HrpActivityTable *
show_policy (Child     *c,
             HrpPolicy *policy)
{
  GtkWidget *editor = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (c->window),
                                                                 HRP_TYPE_WINDOW, "editor"));
  gboolean selected = FALSE;

  for (;;)
    {
      GtkWidget *table = hrp_test_find_widget_of_type (editor, HRP_TYPE_ACTIVITY_TABLE, TRUE);

      if (table != NULL && hrp_activity_table_get_policy (HRP_ACTIVITY_TABLE (table)) == policy)
        return HRP_ACTIVITY_TABLE (table);
      if (!selected)
        {
          if (!hrp_window_select_item (c->window, policy))
            g_error ("the outline has no row for the policy");
          selected = TRUE;
        }
      check_lifetime (c->start);
      spin ();
      g_usleep (1000);
    }
}

/* The cells of a column for activity, waiting until its row is shown. */
static GPtrArray *
cells_of (Child            *c,
          HrpActivityTable *table,
          const char       *css_class,
          HrpActivity      *activity)
{
  for (;;)
    {
      GPtrArray *found = hrp_test_find_cells (GTK_WIDGET (table), css_class, activity);

      if (found->len > 0)
        return found;
      g_ptr_array_unref (found);
      check_lifetime (c->start);
      spin ();
      g_usleep (1000);
    }
}

/* Types text into an editable label cell and presses Enter. */
static void
type_into (GtkWidget  *cell,
           const char *text)
{
  g_assert_true (GTK_IS_EDITABLE_LABEL (cell));
  if (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell)))
    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), text);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell), TRUE);
}

/* Makes save number step + 1 through the window, as apply_step does to a
 * model. */
static void
child_step (Child *c,
            guint  step)
{
  HrpPlan *plan = hrp_window_get_plan (c->window);
  guint edit = step / STEPS_PER_EDIT;
  HrpPolicy *policy = edit_policy (plan, edit);
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  HrpActivityTable *table = show_policy (c, policy);
  g_autoptr(GPtrArray) cells = NULL;

  switch (step % STEPS_PER_EDIT)
    {
    case 0:
      /* The table was just switched to this policy: nothing selected,
       * so the new activity goes last. */
      g_assert_cmpuint (g_list_model_get_n_items (activities), ==, KEPT);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "activities.add", NULL));
      g_assert_cmpstr (hrp_activity_get_name (edit_activity (plan, edit)), ==, NEW_ACTIVITY);
      break;

    case 1:
      {
        g_autofree char *name = edit_name (edit);

        cells = cells_of (c, table, "activity-name", edit_activity (plan, edit));
        type_into (cells->pdata[0], name);
        g_assert_cmpstr (hrp_activity_get_name (edit_activity (plan, edit)), ==, name);
      }
      break;

    case 2:
      {
        g_autofree char *text = hrp_money_format (edit_budget (edit), FALSE);

        cells = cells_of (c, table, "activity-budget", edit_activity (plan, edit));
        type_into (cells->pdata[0], text);
        g_assert_cmpint (hrp_activity_get_budget (edit_activity (plan, edit)), ==, edit_budget (edit));
      }
      break;

    case 3:
      cells = cells_of (c, table, "activity-quarter", edit_activity (plan, edit));
      g_assert_cmpuint (cells->len, ==, 4);
      gtk_check_button_set_active (cells->pdata[edit_quarter (edit) - 1], TRUE);
      g_assert_true (hrp_activity_get_quarter (edit_activity (plan, edit), edit_quarter (edit)));
      break;

    case 4:
      {
        GtkWidget *view = hrp_test_find_widget_of_type (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW, TRUE);
        GtkSelectionModel *selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));

        /* The oldest activity selected, then Remove. */
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), 0);
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "activities.remove", NULL));
        g_assert_cmpuint (g_list_model_get_n_items (activities), ==, KEPT);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static int
run_child (const char *path)
{
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 revision = -1;
  Child c = { NULL, g_get_monotonic_time () };

  /* As test-window: Xvfb's focus warnings are printed, criticals fail. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-killed-window: cannot open a display\n");
      return 1;
    }

  store = hrp_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_store_get_revision (store, FISCAL_YEAR, &revision, &error));
  g_assert_cmpint (revision, >=, 0);

  {
    g_autoptr(HrpLibrary) library = hrp_library_new (store);

    c.window = hrp_window_new (NULL, library);
  }
  gtk_window_set_default_size (GTK_WINDOW (c.window), 1100, 720);
  gtk_window_present (GTK_WINDOW (c.window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (c.window)) || hrp_window_get_plan (c.window) == NULL)
    {
      check_lifetime (c.start);
      spin ();
      g_usleep (1000);
    }
  g_assert_cmpint (hrp_window_get_fiscal_year (c.window), ==, FISCAL_YEAR);

  /* The plan's revision counts its saves: the steps done so far. */
  printf ("ready %" G_GINT64_FORMAT "\n", revision);
  fflush (stdout);

  for (guint step = revision;; step++)
    {
      printf ("step %u\n", step);
      fflush (stdout);
      child_step (&c, step);
      /* Exactly one save, made and returned. */
      g_assert_true (hrp_store_get_revision (store, FISCAL_YEAR, &revision, &error));
      g_assert_cmpint (revision, ==, (gint64) step + 1);
      printf ("done %u\n", step);
      fflush (stdout);
      spin ();
      check_lifetime (c.start);
    }

  return 0;
}

/* }}} */

/* The test: kill it, many times {{{ */

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
} Fixture;

static char *self_exe;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "killed-window", "plans.db");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_folder_clear (&f->folder);
}

static void
fail_child (const char *stderr_path,
            const char *what)
{
  g_autofree char *err = NULL;

  g_file_get_contents (stderr_path, &err, NULL, NULL);
  g_test_message ("the window's messages:\n%s", err != NULL ? err : "(none)");
  g_test_fail_printf ("%s", what);
}

/* What the child printed: "ready N", "step N", "done N". */
typedef struct {
  gint64 ready;       /* saves in the file when it started */
  gint64 step;        /* last step begun, -1: none */
  gint64 done;        /* last step whose save returned, -1: none */
  gboolean in_step;   /* the last line was "step" */
} Progress;

static gboolean
read_progress (GDataInputStream *in,
               Progress         *progress)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, &error);
  gint64 n;

  g_assert_no_error (error);
  if (line == NULL)
    return FALSE;
  if (g_str_has_prefix (line, "ready "))
    {
      n = g_ascii_strtoll (line + 6, NULL, 10);
      progress->ready = n;
    }
  else if (g_str_has_prefix (line, "step "))
    {
      n = g_ascii_strtoll (line + 5, NULL, 10);
      g_assert_cmpint (n, ==, MAX (progress->step + 1, progress->ready));
      progress->step = n;
      progress->in_step = TRUE;
    }
  else if (g_str_has_prefix (line, "done "))
    {
      n = g_ascii_strtoll (line + 5, NULL, 10);
      g_assert_cmpint (n, ==, progress->step);
      progress->done = n;
      progress->in_step = FALSE;
    }
  else
    g_error ("unexpected output from the window: %s", line);
  return TRUE;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The stored plan (as exported) is the expected one; else where they
 * part. */
static gboolean
check_same_plan (GBytes     *xml,
                 const char *expected,
                 gint64      revision)
{
  const char *stored = g_bytes_get_data (xml, NULL);
  gsize size = g_bytes_get_size (xml);
  gsize n = strlen (expected);
  gsize i = 0;

  while (i < size && i < n && stored[i] == expected[i])
    i++;
  if (i == size && i == n)
    return TRUE;
  i = i > 200 ? i - 200 : 0;
  g_test_message ("revision %" G_GINT64_FORMAT "; stored:\n%.*s\nexpected:\n%.*s", revision,
                  (int) MIN (size - MIN (i, size), 600), stored + MIN (i, size),
                  (int) MIN (n - MIN (i, n), 600), expected + MIN (i, n));
  g_test_fail_printf ("the stored plan is not the plan after %" G_GINT64_FORMAT " saves", revision);
  return FALSE;
}

static void
test_killed_window (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *journal = g_strconcat (f->folder.file, "-journal", NULL);
  g_autofree char *child_err = g_build_filename (f->folder.dir, "window-stderr.txt", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2568);
  guint between = 0, cut = 0, saved = 0, journals = 0;
  gint64 steps_total = 0, steps_time = 0;
  gint64 saves = 0, waited_for = 0;
  gint64 start = g_get_monotonic_time ();

#ifndef G_OS_UNIX
  g_test_skip ("kill -9 (SIGKILL) is Unix's");
  return;
#endif

  /* The plan, stored as an import would. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HrpStore) store = hrp_store_open (f->folder.file, &error);
    g_autoptr(HrpPlan) plan = make_plan ();
    gint64 revision = -1;

    g_assert_no_error (error);
    g_assert_true (hrp_store_save_plan (store, plan, FALSE, &error));
    g_assert_true (hrp_store_get_revision (store, FISCAL_YEAR, &revision, &error));
    g_assert_cmpint (revision, ==, 0);
  }

  for (guint i = 0; i < KILLS; i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = NULL;
      g_autoptr(GSubprocess) proc = NULL;
      g_autoptr(GDataInputStream) in = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(HrpStore) store = NULL;
      g_autoptr(HrpPlan) plan = NULL;
      g_autoptr(GBytes) xml = NULL;
      g_autofree char *expected = NULL;
      Progress progress = { -1, -1, -1, FALSE };
      guint target = g_rand_int_range (rand, 0, 6);
      gint64 step_us, began = 0;
      gint64 revision = -1;
      sqlite3 *db = NULL;

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
#ifdef G_OS_UNIX
      g_subprocess_launcher_set_stderr_file_path (launcher, child_err);
#endif
      /* Drawn without GL: Xvfb has only a software one, slow enough to
       * make the steps few, and what is drawn is no part of this. */
      g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", TRUE);
      g_subprocess_launcher_setenv (launcher, "GDK_DEBUG", "gl-disable", TRUE);
      proc = g_subprocess_launcher_spawn (launcher, &error, self_exe, "--child", f->folder.file, NULL);
      g_assert_no_error (error);
      in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proc));

      /* In its edit loop, some steps on (0 to 5), then somewhere within
       * a step: how long one takes is measured as it goes. */
      while (progress.ready < 0 || progress.step < progress.ready + (gint64) target)
        {
          gint64 before_step = progress.step;

          if (!read_progress (in, &progress))
            {
              fail_child (child_err, "the window ended before it was killed");
              return;
            }
          if (progress.step != before_step)
            {
              gint64 now = g_get_monotonic_time ();

              if (before_step >= 0)
                {
                  steps_total++;
                  steps_time += now - began;
                }
              began = now;
            }
        }
      waited_for += target;
      step_us = steps_total > 0 ? steps_time / steps_total : 50000;
      g_usleep (g_rand_int_range (rand, 0, (gint32) CLAMP (step_us * 3 / 2, 1, G_MAXINT32)));
      g_subprocess_force_exit (proc);
      g_subprocess_wait (proc, NULL, NULL);
#ifdef G_OS_UNIX
      if (!g_subprocess_get_if_signaled (proc) || g_subprocess_get_term_sig (proc) != SIGKILL)
        {
          fail_child (child_err, "the window ended before it was killed");
          return;
        }
#endif
      /* Everything it printed before it died. */
      while (read_progress (in, &progress))
        ;

      /* A journal left behind: killed inside the save's transaction. */
      if (g_file_test (journal, G_FILE_TEST_EXISTS))
        {
          GStatBuf st;

          if (g_stat (journal, &st) == 0 && st.st_size > 0)
            journals++;
        }

      /* SQLite's own checks, opened for writing: a transaction cut off
       * is rolled back on opening, as the window's next start does. */
      g_assert_cmpint (sqlite3_open_v2 (f->folder.file, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
      {
        sqlite3_stmt *stmt = NULL;

        g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL),
                         ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
        sqlite3_finalize (stmt);
        g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL),
                         ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
        sqlite3_finalize (stmt);
      }
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan"), ==, 1);
      sqlite3_close (db);

      /* Ours: the plan loads, and is the plan after as many saves as its
       * revision counts, all of it. */
      store = hrp_store_open (f->folder.file, &error);
      g_assert_no_error (error);
      g_assert_true (hrp_store_get_revision (store, FISCAL_YEAR, &revision, &error));
      g_assert_no_error (error);
      plan = hrp_store_load_plan (store, FISCAL_YEAR, &error);
      g_assert_no_error (error);
      xml = hrp_xml_export (plan, NULL);
      expected = expected_xml (revision);
      if (!check_same_plan (xml, expected, revision))
        return;

      /* No save that returned is lost; none begun later is in. */
      g_assert_cmpint (revision, >=, progress.done + 1);
      g_assert_cmpint (revision, >=, progress.ready);
      if (progress.in_step)
        {
          g_assert_cmpint (revision, <=, progress.step + 1);
          if (revision == progress.step + 1)
            saved++;
          else
            cut++;
        }
      else
        {
          g_assert_cmpint (revision, ==, MAX (progress.done + 1, progress.ready));
          between++;
        }
      saves = revision;
    }

  g_test_message ("killed the window %u times: %u during a step (%u with its save in the file, "
                  "%u without), %u between steps; %u left a journal (killed inside a save, "
                  "rolled back); %" G_GINT64_FORMAT " saves (%" G_GINT64_FORMAT " whole edits) "
                  "checked; a step took %" G_GINT64_FORMAT " ms; %.1f s in all",
                  KILLS, saved + cut, saved, cut, between, journals,
                  saves, saves / STEPS_PER_EDIT,
                  steps_total > 0 ? steps_time / steps_total / 1000 : 0,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (saved + cut + between, ==, KILLS);
  /* At least the steps waited for were made. */
  g_assert_cmpint (saves, >=, waited_for);
}

/* A save that holds the main loop up (a slow disk, a network share) just
 * after the focus left a cell whose row then went: longer than the 100 ms
 * after which GtkEditableLabel checks its focus, and than the cells keep
 * a label alive for that check.  The label must still be there when the
 * check runs (criticals are fatal here; under AddressSanitizer a use after
 * free stops the test), and go afterwards. */
static void
test_held_up (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpStore) store = NULL;
  Child c = { NULL, g_get_monotonic_time () };
  HrpPlan *plan;
  HrpActivity *activity;
  HrpActivityTable *table;
  g_autoptr(GPtrArray) cells = NULL;
  GtkWidget *cell;
  gint64 end;

  store = hrp_store_open (f->folder.file, &error);
  g_assert_no_error (error);
  {
    g_autoptr(HrpPlan) stored = make_plan ();

    g_assert_true (hrp_store_save_plan (store, stored, FALSE, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(HrpLibrary) library = hrp_library_new (store);

    c.window = hrp_window_new (NULL, library);
  }
  gtk_window_set_default_size (GTK_WINDOW (c.window), 1100, 720);
  gtk_window_present (GTK_WINDOW (c.window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (c.window)) || hrp_window_get_plan (c.window) == NULL)
    {
      spin ();
      g_usleep (1000);
    }
  plan = hrp_window_get_plan (c.window);

  /* A name typed and taken: the label keeps the focus. */
  table = show_policy (&c, edit_policy (plan, 0));
  activity = edit_activity_at (plan, 0, 0);
  cells = cells_of (&c, table, "activity-name", activity);
  cell = cells->pdata[0];
  type_into (cell, "กิจกรรมที่เปลี่ยนชื่อ");
  g_assert_true (gtk_widget_has_focus (cell));
  g_object_add_weak_pointer (G_OBJECT (cell), (gpointer *) &cell);

  /* Another policy: its rows take the place of these, the focus leaves
   * the label.  Then the main loop is held up, as by a slow save. */
  show_policy (&c, edit_policy (plan, 1));
  while (cell != NULL && gtk_widget_has_focus (cell))
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (cell);
  g_usleep (400 * 1000);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (cell != NULL && g_get_monotonic_time () < end)
    {
      spin ();
      g_usleep (5000);
    }
  g_assert_null (cell);

  {
    g_autoptr(HrpStore) again = hrp_store_open (f->folder.file, &error);
    g_autoptr(HrpPlan) stored = hrp_store_load_plan (again, FISCAL_YEAR, &error);
    g_autoptr(HrpPolicy) policy = NULL;
    g_autoptr(HrpActivity) first = NULL;

    g_assert_no_error (error);
    policy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (stored)), 0);
    first = g_list_model_get_item (G_LIST_MODEL (hrp_policy_get_activities (policy)), 0);
    g_assert_cmpstr (hrp_activity_get_name (first), ==, "กิจกรรมที่เปลี่ยนชื่อ");
  }

  gtk_window_destroy (GTK_WINDOW (c.window));
  /* Past the labels' focus checks. */
  for (int i = 0; i < 100; i++)
    {
      spin ();
      g_usleep (5000);
    }
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  g_test_init (&argc, &argv, NULL);
  /* As test-window: Xvfb's focus warnings are printed, criticals fail. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (!gtk_init_check ())
    {
      /* These tests need a display: run them under xvfb-run. */
      g_printerr ("test-killed-window: cannot open a display\n");
      return 1;
    }
  /* Started again as the window, by its own path. */
  self_exe = g_canonicalize_filename (argv[0], NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/killed-window/edits", test_killed_window);
  ADD ("/killed-window/save-holds-up-main-loop", test_held_up);
#undef ADD

  status = g_test_run ();
  g_free (self_exe);
  return status;
}
