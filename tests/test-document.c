/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document.c — editing commands, undo/redo and saving, checked in
 * the model and in a real SQLite file reopened from disk. */
#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>

#include "hrp-document.h"
#include "hrp-test-util.h"
#include "hrp-xml.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  HrpStore *store;
  HrpPlan *plan;
  HrpDocument *doc;
} Fixture;

static HrpPlan *
make_plan (void)
{
  HrpPlan *plan = hrp_plan_new ();

  hrp_plan_set_fiscal_year (plan, 2568);
  hrp_plan_set_org_name (plan, "องค์การบริหารส่วนตำบลหนองแก้ว");
  hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568");
  hrp_plan_set_vision (plan, "วิสัยทัศน์");

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = g_strdup_printf ("พันธกิจ %u", i + 1);
      g_autoptr(HrpMission) mission = hrp_mission_new (text);
      g_autofree char *title = g_strdup_printf ("ยุทธศาสตร์ %u", i + 1);
      g_autoptr(HrpStrategy) strategy = hrp_strategy_new (title);

      hrp_model_list_append (hrp_plan_get_missions (plan), mission);
      hrp_strategy_set_mission (strategy, mission);
      hrp_model_list_append (hrp_plan_get_strategies (plan), strategy);
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("ด้านที่ %u", i + 1);
      g_autoptr(HrpPolicy) policy = hrp_policy_new (title);
      g_autoptr(HrpActivity) activity = hrp_activity_new ("การสอบพนักงานจ้าง");

      hrp_policy_set_strategy (policy, hrp_test_nth (hrp_plan_get_strategies (plan), 0));
      hrp_model_list_append (hrp_policy_get_activities (policy), activity);
      hrp_model_list_append (hrp_plan_get_policies (plan), policy);
    }

  return plan;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "doc", "plans.db");
  f->plan = make_plan ();
  f->store = hrp_test_store_new (f->folder.file, f->plan);
  f->doc = hrp_document_new (f->store, f->plan);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->doc);
  g_clear_object (&f->plan);
  g_clear_object (&f->store);
  hrp_test_folder_clear (&f->folder);
}

/* The plan as the database file holds it, read through a new connection,
 * in the exchange format (compares everything, order and links too). */
static char *
stored_xml (Fixture *f)
{
  g_autoptr(HrpPlan) plan = hrp_test_stored_plan (f->folder.file, 2568);
  g_autoptr(GBytes) bytes = hrp_xml_export (plan, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
model_xml (HrpPlan *plan)
{
  g_autoptr(GBytes) bytes = hrp_xml_export (plan, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_saved (Fixture *f)
{
  g_autofree char *stored = stored_xml (f);
  g_autofree char *model = model_xml (f->plan);

  g_assert_cmpstr (stored, ==, model);
}

static void
count_cb (HrpDocument *doc,
          guint       *count)
{
  (*count)++;
}

static void
test_set_text (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 1);
  g_autofree char *before = model_xml (f->plan);
  g_autofree char *stored = NULL;
  guint changed = 0;

  g_signal_connect (f->doc, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (hrp_document_get_can_undo (f->doc));
  g_assert_true (hrp_document_set_string (f->doc, policy, "title", "ด้านการสรรหา", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ด้านการสรรหา");
  g_assert_true (hrp_document_get_can_undo (f->doc));
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Edit text");
  stored = stored_xml (f);
  g_assert_nonnull (strstr (stored, "<title>ด้านการสรรหา</title>"));
  assert_saved (f);

  /* The same value again is no change. */
  g_assert_true (hrp_document_set_string (f->doc, policy, "title", "ด้านการสรรหา", &error));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ด้านที่ 2");
  g_assert_false (hrp_document_get_can_undo (f->doc));
  g_assert_true (hrp_document_get_can_redo (f->doc));
  {
    g_autofree char *now = stored_xml (f);
    g_assert_cmpstr (now, ==, before);
  }

  g_assert_true (hrp_document_redo (f->doc, &error));
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ด้านการสรรหา");
  assert_saved (f);
}

static void
test_budget_and_quarters (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
  HrpActivity *activity = hrp_test_nth (hrp_policy_get_activities (policy), 0);

  g_assert_true (hrp_document_set_int64 (f->doc, activity, "budget", 20000000, &error));
  g_assert_true (hrp_document_set_boolean (f->doc, activity, "q2", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Change quarter");
  assert_saved (f);
  {
    g_autofree char *stored = stored_xml (f);
    g_assert_nonnull (strstr (stored, "<budget>200000.00</budget>"));
    g_assert_nonnull (strstr (stored, "q2=\"true\""));
  }

  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_false (hrp_activity_get_quarter (activity, 2));
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Change budget");
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_cmpint (hrp_activity_get_budget (activity), ==, HRP_BUDGET_NONE);
  assert_saved (f);

  /* A new change clears what could be redone. */
  g_assert_true (hrp_document_get_can_redo (f->doc));
  g_assert_true (hrp_document_set_int64 (f->doc, activity, "budget", 0, &error));
  g_assert_false (hrp_document_get_can_redo (f->doc));
  g_assert_cmpint (hrp_activity_get_budget (activity), ==, 0);
  assert_saved (f);
}

static void
test_insert_remove_move (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 2);
  GListModel *activities = hrp_policy_get_activities (policy);
  g_autoptr(HrpActivity) added = hrp_activity_new ("โครงการฝึกอบรม");
  g_autofree char *original = model_xml (f->plan);

  g_assert_true (hrp_document_insert (f->doc, activities, 0, added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hrp_test_n_items (activities), ==, 2);
  g_assert_true (hrp_test_nth (activities, 0) == added);
  assert_saved (f);

  g_assert_true (hrp_document_move (f->doc, activities, 0, 1, &error));
  g_assert_true (hrp_test_nth (activities, 1) == added);
  assert_saved (f);

  g_assert_true (hrp_document_move (f->doc, hrp_plan_get_policies (f->plan), 2, 0, &error));
  g_assert_true (hrp_test_nth (hrp_plan_get_policies (f->plan), 0) == policy);
  assert_saved (f);

  g_assert_true (hrp_document_remove (f->doc, activities, 0, &error));
  g_assert_cmpuint (hrp_test_n_items (activities), ==, 1);
  g_assert_true (hrp_test_nth (activities, 0) == added);
  assert_saved (f);

  /* All the way back, then all the way forward. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_false (hrp_document_get_can_undo (f->doc));
  {
    g_autofree char *now = model_xml (f->plan);
    g_assert_cmpstr (now, ==, original);
  }
  assert_saved (f);
  for (guint i = 0; i < 4; i++)
    g_assert_true (hrp_document_redo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hrp_test_n_items (activities), ==, 1);
  g_assert_true (hrp_test_nth (activities, 0) == added);
  g_assert_true (hrp_test_nth (hrp_plan_get_policies (f->plan), 0) == policy);
  assert_saved (f);
}

/* A list's signers as "name|position|role" lines. */
static char *
signers_text (GListModel *signers)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (signers); i++)
    {
      g_autoptr(HrpSigner) signer = g_list_model_get_item (signers, i);

      g_string_append_printf (out, "%s|%s|%s\n", hrp_signer_get_name (signer),
                              hrp_signer_get_position (signer), hrp_signer_get_role (signer));
    }
  return g_string_free (out, FALSE);
}

/* The plan's signers now, and as the database file holds them. */
static void
assert_signers (Fixture    *f,
                const char *expected)
{
  g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
  g_autofree char *now = signers_text (hrp_plan_get_signers (f->plan));
  g_autofree char *saved = signers_text (hrp_plan_get_signers (stored));

  g_assert_cmpstr (now, ==, expected);
  g_assert_cmpstr (saved, ==, expected);
}

/* Signers are added, filled in, moved and removed with the document's
 * list commands, each saved at once and undone one step at a time. */
static void
test_signers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *signers = hrp_plan_get_signers (f->plan);
  g_autoptr(HrpSigner) officer = hrp_signer_new (NULL, NULL, NULL);
  g_autoptr(HrpSigner) chief = hrp_signer_new ("นายตัวอย่าง ใจดี", "นายกองค์การบริหารส่วนตำบลหนองแก้ว",
                                               "ผู้อนุมัติ");
  guint changed = 0;

  g_signal_connect (f->doc, "changed", G_CALLBACK (count_cb), &changed);
  assert_signers (f, "");

  /* a new, empty signer, then filled in field by field */
  g_assert_true (hrp_document_insert (f->doc, signers, 0, officer, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Add");
  assert_signers (f, "||\n");
  g_assert_true (hrp_document_set_string (f->doc, officer, "name", "นางสาวตัวอย่าง ขยันดี", &error));
  g_assert_true (hrp_document_set_string (f->doc, officer, "position", "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", &error));
  g_assert_true (hrp_document_set_string (f->doc, officer, "role", "ผู้จัดทำ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Edit text");
  g_assert_true (hrp_document_insert (f->doc, signers, 1, chief, &error));
  g_assert_cmpuint (changed, ==, 5);
  assert_signers (f, "นางสาวตัวอย่าง ขยันดี|ปลัดองค์การบริหารส่วนตำบลหนองแก้ว|ผู้จัดทำ\n"
                     "นายตัวอย่าง ใจดี|นายกองค์การบริหารส่วนตำบลหนองแก้ว|ผู้อนุมัติ\n");
  assert_saved (f);

  g_assert_true (hrp_document_move (f->doc, signers, 1, 0, &error));
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Move");
  assert_signers (f, "นายตัวอย่าง ใจดี|นายกองค์การบริหารส่วนตำบลหนองแก้ว|ผู้อนุมัติ\n"
                     "นางสาวตัวอย่าง ขยันดี|ปลัดองค์การบริหารส่วนตำบลหนองแก้ว|ผู้จัดทำ\n");
  g_assert_true (hrp_document_set_string (f->doc, chief, "role", "", &error));
  g_assert_true (hrp_document_remove (f->doc, signers, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Delete");
  assert_signers (f, "นายตัวอย่าง ใจดี|นายกองค์การบริหารส่วนตำบลหนองแก้ว|\n");
  assert_saved (f);

  /* one step back at a time */
  g_assert_true (hrp_document_undo (f->doc, &error));
  assert_signers (f, "นายตัวอย่าง ใจดี|นายกองค์การบริหารส่วนตำบลหนองแก้ว|\n"
                     "นางสาวตัวอย่าง ขยันดี|ปลัดองค์การบริหารส่วนตำบลหนองแก้ว|ผู้จัดทำ\n");
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_document_undo (f->doc, &error));
  assert_signers (f, "นางสาวตัวอย่าง ขยันดี|ปลัดองค์การบริหารส่วนตำบลหนองแก้ว|ผู้จัดทำ\n"
                     "นายตัวอย่าง ใจดี|นายกองค์การบริหารส่วนตำบลหนองแก้ว|ผู้อนุมัติ\n");
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_document_undo (f->doc, &error));
  assert_signers (f, "นางสาวตัวอย่าง ขยันดี|ปลัดองค์การบริหารส่วนตำบลหนองแก้ว|\n");
  while (hrp_document_get_can_undo (f->doc))
    g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_no_error (error);
  assert_signers (f, "");

  /* and forward again to the end */
  while (hrp_document_get_can_redo (f->doc))
    g_assert_true (hrp_document_redo (f->doc, &error));
  g_assert_no_error (error);
  assert_signers (f, "นายตัวอย่าง ใจดี|นายกองค์การบริหารส่วนตำบลหนองแก้ว|\n");
  g_assert_true (hrp_test_nth (signers, 0) == chief);
}

static void
test_remove_unlinks (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (f->plan), 0);
  HrpMission *mission = hrp_test_nth (hrp_plan_get_missions (f->plan), 0);
  g_autofree char *original = model_xml (f->plan);

  /* Removing a strategy unlinks the three policies: one undo step. */
  g_assert_true (hrp_document_remove (f->doc, hrp_plan_get_strategies (f->plan), 0, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    g_assert_null (hrp_policy_get_strategy (hrp_test_nth (hrp_plan_get_policies (f->plan), i)));
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Delete");
  assert_saved (f);

  g_assert_true (hrp_document_remove (f->doc, hrp_plan_get_missions (f->plan), 1, &error));
  g_assert_null (hrp_strategy_get_mission (hrp_test_nth (hrp_plan_get_strategies (f->plan), 0)));
  assert_saved (f);

  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_test_nth (hrp_plan_get_strategies (f->plan), 0) == strategy);
  g_assert_true (hrp_strategy_get_mission (strategy) == mission);
  for (guint i = 0; i < 3; i++)
    g_assert_true (hrp_policy_get_strategy (hrp_test_nth (hrp_plan_get_policies (f->plan), i)) == strategy);
  {
    g_autofree char *now = stored_xml (f);
    g_assert_cmpstr (now, ==, original);
  }
}

static void
test_links_and_groups (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
  HrpStrategy *second = hrp_test_nth (hrp_plan_get_strategies (f->plan), 1);
  g_autoptr(HrpPolicy) added = hrp_policy_new ("ด้านใหม่");

  g_assert_true (hrp_document_set_object (f->doc, policy, "strategy", second, &error));
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Change link");
  assert_saved (f);
  {
    g_autofree char *stored = stored_xml (f);
    g_assert_nonnull (strstr (stored, "<policy id=\"p1\" strategy=\"s2\">"));
  }

  /* Add and link in one step. */
  hrp_document_begin_group (f->doc, "Add HR policy");
  g_assert_true (hrp_document_insert (f->doc, hrp_plan_get_policies (f->plan), 3, added, &error));
  g_assert_true (hrp_document_set_object (f->doc, added, "strategy", second, &error));
  g_assert_true (hrp_document_end_group (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Add HR policy");
  assert_saved (f);

  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (f->plan)), ==, 3);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_policy_get_strategy (policy) == hrp_test_nth (hrp_plan_get_strategies (f->plan), 0));
  assert_saved (f);

  /* An empty group records nothing. */
  hrp_document_begin_group (f->doc, "Nothing");
  g_assert_true (hrp_document_end_group (f->doc, &error));
  g_assert_false (hrp_document_get_can_undo (f->doc));
}

/* When the database cannot be written the change is taken back: another
 * program holds an exclusive lock for longer than the store waits. */
static void
test_failed_save_changes_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
  g_autofree char *before = NULL;
  sqlite3 *db = NULL;

  g_assert_true (hrp_document_set_string (f->doc, policy, "title", "ก่อน", &error));
  g_assert_no_error (error);
  before = stored_xml (f);

  g_assert_cmpint (sqlite3_open (f->folder.file, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (hrp_document_set_string (f->doc, policy, "title", "หลัง", &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ก่อน");
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Edit text");

  /* Undo fails the same way and keeps its step. */
  g_assert_false (hrp_document_undo (f->doc, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ก่อน");
  g_assert_true (hrp_document_get_can_undo (f->doc));

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  {
    g_autofree char *after = stored_xml (f);
    g_assert_cmpstr (after, ==, before);
  }

  /* Once the lock is gone, the same undo works. */
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ด้านที่ 1");
  assert_saved (f);
}

/* Two windows (two connections, two copies) on one plan: the second
 * save from the older copy is refused with a clear error and changes
 * nothing; the first one's edit is kept.  A fresh copy saves again. */
static void
test_no_lost_update (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpStore) other_store = hrp_store_open (f->folder.file, &error);
  g_autoptr(HrpPlan) other_plan = NULL;
  g_autoptr(HrpDocument) other = NULL;
  g_autoptr(HrpPlan) stored = NULL;
  g_autoptr(HrpDocument) fresh = NULL;
  g_autoptr(HrpPlan) fresh_plan = NULL;

  g_assert_no_error (error);
  other_plan = hrp_store_load_plan (other_store, 2568, &error);
  g_assert_no_error (error);
  other = hrp_document_new (other_store, other_plan);

  /* The first window saves. */
  g_assert_true (hrp_document_set_string (f->doc, f->plan, "vision", "วิสัยทัศน์ของหน้าต่างแรก", &error));
  g_assert_no_error (error);
  /* And again: its own saves do not count against it. */
  g_assert_true (hrp_document_set_string (f->doc, f->plan, "title", "แผนของหน้าต่างแรก", &error));
  g_assert_no_error (error);

  /* The second, from the copy it loaded before, is refused. */
  g_assert_false (hrp_document_set_string (other, other_plan, "preamble", "บทนำของหน้าต่างที่สอง", &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "2568"));
  g_clear_error (&error);
  g_assert_cmpstr (hrp_plan_get_preamble (other_plan), !=, "บทนำของหน้าต่างที่สอง");
  g_assert_false (hrp_document_get_can_undo (other));

  stored = hrp_store_load_plan (other_store, 2568, &error);
  g_assert_cmpstr (hrp_plan_get_vision (stored), ==, "วิสัยทัศน์ของหน้าต่างแรก");
  g_assert_cmpstr (hrp_plan_get_title (stored), ==, "แผนของหน้าต่างแรก");

  /* Opened again, it sees the first window's edits and saves. */
  fresh_plan = hrp_store_load_plan (other_store, 2568, &error);
  fresh = hrp_document_new (other_store, fresh_plan);
  g_assert_true (hrp_document_set_string (fresh, fresh_plan, "preamble", "บทนำของหน้าต่างที่สอง", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_plan_get_vision (fresh_plan), ==, "วิสัยทัศน์ของหน้าต่างแรก");
}

/* The plan's structural rules as document commands: where a new item
 * goes and what it is linked to, moves, drops that re-link and re-order,
 * deleting; each one undo step, each saved. */
static void
test_structure (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListStore *missions = G_LIST_STORE (hrp_plan_get_missions (f->plan));
  GListStore *strategies = G_LIST_STORE (hrp_plan_get_strategies (f->plan));
  GListStore *policies = G_LIST_STORE (hrp_plan_get_policies (f->plan));
  HrpMission *m1 = hrp_test_nth (missions, 0), *m2 = hrp_test_nth (missions, 1);
  HrpStrategy *s1 = hrp_test_nth (strategies, 0), *s2 = hrp_test_nth (strategies, 1);
  HrpPolicy *p1 = hrp_test_nth (policies, 0), *p2 = hrp_test_nth (policies, 1), *p3 = hrp_test_nth (policies, 2);
  gpointer added;

  /* After an item: next to it, linked as it is. */
  added = hrp_document_add_after (f->doc, m1, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_test_nth (missions, 1) == added);
  g_assert_cmpstr (hrp_mission_get_text (added), ==, "New mission");
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Add");
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_cmpuint (hrp_test_n_items (missions), ==, 2);

  added = hrp_document_add_after (f->doc, s1, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_test_nth (strategies, 1) == added);
  g_assert_true (hrp_strategy_get_mission (added) == m1);
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));

  /* Inside: a mission at the end; a strategy after its mission's last;
   * a policy after its strategy's last; one not linked at the end. */
  added = hrp_document_add_child (f->doc, f->plan, G_TYPE_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (HRP_IS_MISSION (added));
  g_assert_true (hrp_test_nth (missions, 2) == added);
  g_assert_true (hrp_document_undo (f->doc, &error));

  added = hrp_document_add_child (f->doc, m1, G_TYPE_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (HRP_IS_STRATEGY (added));
  g_assert_true (hrp_test_nth (strategies, 1) == added);   /* after s1, before s2 (of m2) */
  g_assert_true (hrp_strategy_get_mission (added) == m1);
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));

  added = hrp_document_add_child (f->doc, s1, G_TYPE_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (HRP_IS_POLICY (added));
  g_assert_true (hrp_test_nth (policies, 3) == added);
  g_assert_true (hrp_policy_get_strategy (added) == s1);
  g_assert_true (hrp_document_undo (f->doc, &error));

  added = hrp_document_add_child (f->doc, NULL, HRP_TYPE_POLICY, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_test_nth (policies, 3) == added);
  g_assert_null (hrp_policy_get_strategy (added));
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_cmpuint (hrp_test_n_items (policies), ==, 3);

  /* Moving to a sibling's place. */
  g_assert_true (hrp_document_move_item (f->doc, p3, p1, &error));
  g_assert_true (hrp_test_nth (policies, 0) == p3);
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_test_nth (policies, 2) == p3);

  /* Which drops mean something. */
  g_assert_true (hrp_document_can_drop (f->doc, s2, m1));
  g_assert_true (hrp_document_can_drop (f->doc, s2, s1));
  g_assert_true (hrp_document_can_drop (f->doc, s2, NULL));
  g_assert_true (hrp_document_can_drop (f->doc, p1, s2));
  g_assert_true (hrp_document_can_drop (f->doc, p1, p3));
  g_assert_true (hrp_document_can_drop (f->doc, m1, m2));
  g_assert_false (hrp_document_can_drop (f->doc, p1, m1));
  g_assert_false (hrp_document_can_drop (f->doc, s1, p1));
  g_assert_false (hrp_document_can_drop (f->doc, m1, s1));
  g_assert_false (hrp_document_can_drop (f->doc, m1, NULL));
  g_assert_false (hrp_document_can_drop (f->doc, s1, s1));

  /* Onto a parent: linked to it. */
  g_assert_true (hrp_document_drop (f->doc, s2, m1, &error));
  g_assert_true (hrp_strategy_get_mission (s2) == m1);
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_strategy_get_mission (s2) == m2);

  /* Onto one of its kind: placed there and linked as that one is, one
   * undo step for both. */
  g_assert_true (hrp_document_set_object (f->doc, p3, "strategy", s2, &error));
  g_assert_true (hrp_document_drop (f->doc, p1, p3, &error));
  g_assert_true (hrp_test_nth (policies, 2) == p1);
  g_assert_true (hrp_policy_get_strategy (p1) == s2);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Move");
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_test_nth (policies, 0) == p1);
  g_assert_true (hrp_policy_get_strategy (p1) == s1);

  /* Onto the "not linked" group: unlinked. */
  g_assert_true (hrp_document_drop (f->doc, p2, NULL, &error));
  g_assert_null (hrp_policy_get_strategy (p2));
  assert_saved (f);

  /* Deleting a mission unlinks its strategies; undo links them again. */
  g_assert_true (hrp_document_delete_item (f->doc, m1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hrp_test_n_items (missions), ==, 1);
  g_assert_null (hrp_strategy_get_mission (s1));
  assert_saved (f);
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_strategy_get_mission (s1) == m1);
  assert_saved (f);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/document/set-text", test_set_text);
  ADD ("/document/budget-and-quarters", test_budget_and_quarters);
  ADD ("/document/insert-remove-move", test_insert_remove_move);
  ADD ("/document/signers", test_signers);
  ADD ("/document/remove-unlinks", test_remove_unlinks);
  ADD ("/document/links-and-groups", test_links_and_groups);
  ADD ("/document/failed-save", test_failed_save_changes_nothing);
  ADD ("/document/no-lost-update", test_no_lost_update);
  ADD ("/document/structure", test_structure);

#undef ADD

  return g_test_run ();
}
