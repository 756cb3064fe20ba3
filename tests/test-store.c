/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c — the SQLite store, on real database files in a temporary
 * folder; raw SQLite looks at what the store wrote and damages files the
 * way the world does. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef G_OS_UNIX
# include <grp.h>
# include <unistd.h>
#endif

#include "hrp-store.h"
#include "hrp-test-util.h"

#define OUR_APPLICATION_ID 0x48525031 /* "HRP1" */
#define SCHEMA_VERSION     4          /* the newest migration in hrp-store-schema.c */
/* A database of the newest schema taken back to older ones, as an older
 * HR Plan left it: without signers (2), without revisions either (1). */
#define BACK_TO_SCHEMA_2   "DROP TABLE signer; PRAGMA user_version = 2;"
#define BACK_TO_SCHEMA_1   "DROP TABLE signer; ALTER TABLE plan DROP COLUMN revision; PRAGMA user_version = 1;"
#define PAST_MTIME         G_GUINT64_CONSTANT (1577836800) /* 2020-01-01 */
#define PLAN_TITLE         "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. %d"

static const char * const store_tables[] = {
  "plan", "mission", "strategy", "strategy_item", "strategic_position", "policy", "activity",
  "signer",
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef HrpTestFolder Fixture;   /* .file: the database, hrp_test_database_setup () */

/* ----------------------------------------------------------------- helpers */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  return db;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  g_autoptr(sqlite3) db = raw_open (path);
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
raw_int (const char *path,
         const char *sql)
{
  g_autoptr(sqlite3) db = raw_open (path);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static gint64
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return raw_int (path, sql);
}

/* Every row of every table, as text: equal dumps, equal databases. */
static char *
dump_tables (const char *path)
{
  g_autoptr(sqlite3) db = raw_open (path);
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (store_tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", store_tables[t]);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", store_tables[t]);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *value = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (out, "%s|", value != NULL ? value : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      g_assert_cmpint (rc, ==, SQLITE_DONE);
    }

  return g_string_free (out, FALSE);
}

static void
set_past_mtime (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, PAST_MTIME,
                               G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
}

/* A file's bytes, its modification time and its folder's names. */
typedef struct {
  char    *contents;
  gsize    length;
  guint64  mtime;
  guint32  mtime_usec;
  char    *folder;
} Snapshot;

static void
snapshot_free (Snapshot *snap)
{
  g_free (snap->contents);
  g_free (snap->folder);
  g_free (snap);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static Snapshot *
snapshot_take (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  Snapshot *snap = g_new0 (Snapshot, 1);

  g_file_get_contents (path, &snap->contents, &snap->length, &error);
  g_assert_no_error (error);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  snap->mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  snap->mtime_usec = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  snap->folder = hrp_test_folder_names (dir);
  return snap;
}

static void
snapshot_assert_same (Snapshot   *before,
                      const char *path)
{
  g_autoptr(Snapshot) after = snapshot_take (path);

  g_assert_cmpmem (after->contents, after->length, before->contents, before->length);
  g_assert_cmpuint (after->mtime, ==, before->mtime);
  g_assert_cmpuint (after->mtime_usec, ==, before->mtime_usec);
  g_assert_cmpstr (after->folder, ==, before->folder); /* no -journal, -wal or -shm left */
}

/* Opening path is refused with code, twice, and the file is not touched. */
static void
assert_open_refused (const char *path,
                     int         code)
{
  g_autoptr(Snapshot) before = NULL;

  set_past_mtime (path);
  before = snapshot_take (path);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HrpStore) store = hrp_store_open (path, &error);

      g_assert_error (error, HRP_STORE_ERROR, code);
      g_assert_null (store);
      g_assert_nonnull (strstr (error->message, path)); /* names the file */
      g_test_message ("%s", error->message);
      snapshot_assert_same (before, path);
    }
}

/* -------------------------------------------------------------- test plans */

/* A new reference to item i of a list. */
static gpointer
item_at (gpointer list,
         guint    i)
{
  gpointer item = g_list_model_get_item (G_LIST_MODEL (list), i);

  g_assert_nonnull (item);
  return item;
}

static guint
n_items (gpointer list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
add_text (GListStore *list,
          const char *text)
{
  g_autoptr(HrpText) item = hrp_text_new (text);

  g_list_store_append (list, item);
}

static HrpActivity *
add_activity (HrpPolicy  *policy,
              const char *name,
              gint64      budget,
              const char *quarters) /* e.g. "1.3." */
{
  g_autoptr(HrpActivity) activity = hrp_activity_new (name);

  hrp_activity_set_budget (activity, budget);
  for (guint q = 1; q <= 4; q++)
    hrp_activity_set_quarter (activity, q, quarters[q - 1] != '.');
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);
  return activity;
}

static HrpSigner *
add_signer (HrpPlan    *plan,
            const char *name,
            const char *position,
            const char *role)
{
  g_autoptr(HrpSigner) signer = hrp_signer_new (name, position, role);

  hrp_model_list_append (hrp_plan_get_signers (plan), signer);
  return signer;
}

static HrpMission *
add_mission (HrpPlan    *plan,
             const char *text)
{
  g_autoptr(HrpMission) mission = hrp_mission_new (text);

  hrp_model_list_append (hrp_plan_get_missions (plan), mission);
  return mission;
}

static HrpStrategy *
add_strategy (HrpPlan    *plan,
              const char *title,
              HrpMission *mission)
{
  g_autoptr(HrpStrategy) strategy = hrp_strategy_new (title);

  hrp_strategy_set_mission (strategy, mission);
  hrp_model_list_append (hrp_plan_get_strategies (plan), strategy);
  return strategy;
}

static HrpPolicy *
add_policy (HrpPlan     *plan,
            const char  *title,
            const char  *description,
            HrpStrategy *strategy)
{
  g_autoptr(HrpPolicy) policy = hrp_policy_new (title);

  hrp_policy_set_description (policy, description);
  hrp_policy_set_strategy (policy, strategy);
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);
  return policy;
}

/* The plan as a schema older than signers holds it (a test may change
 * the list that a document would edit). */
static void
drop_signers (HrpPlan *plan)
{
  g_list_store_remove_all (G_LIST_STORE (hrp_plan_get_signers (plan)));
}

/* Every field, multi-line text, shared and missing links, empty lists,
 * budgets none/0/max. */
static HrpPlan *
make_full_plan (int year)
{
  HrpPlan *plan = hrp_plan_new ();
  g_autofree char *title = g_strdup_printf (PLAN_TITLE, year);
  HrpMission *m0, *m2;
  HrpStrategy *s0, *s1, *s2, *s3;
  HrpPolicy *p0, *p2, *p3;

  hrp_plan_set_fiscal_year (plan, year);
  hrp_plan_set_org_name (plan, "องค์การบริหารส่วนตำบลหนองแก้ว");
  hrp_plan_set_org_district (plan, "อำเภอกันทรารมย์");
  hrp_plan_set_org_province (plan, "จังหวัดศรีสะเกษ");
  hrp_plan_set_title (plan, title);
  hrp_plan_set_preamble (plan, "ตามพระราชบัญญัติระเบียบบริหารงานบุคคลส่วนท้องถิ่น\n"
                               "บรรทัดที่สอง\n\n"
                               "ย่อหน้าใหม่ 'quoted' \"double\"; DROP TABLE plan; --\r\n"
                               "\tend ๑๒๓ ✓");
  hrp_plan_set_vision (plan, "ตำบลน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี");
  hrp_plan_set_policy_intro (plan, "เพื่อให้การบริหารและการพัฒนาทรัพยากรบุคคล…\n"
                                   "มี 10 ด้าน ดังนี้\n");

  m0 = add_mission (plan, "พันธกิจที่ ๑ พัฒนาโครงสร้างพื้นฐาน");
  add_mission (plan, "");
  m2 = add_mission (plan, "พันธกิจ\nสองบรรทัด");

  s0 = add_strategy (plan, "ยุทธศาสตร์ที่ ๑ การพัฒนาด้านโครงสร้างพื้นฐาน", m0);
  add_text (G_LIST_STORE (hrp_strategy_get_goals (s0)), "เป้าหมาย ๑");
  add_text (G_LIST_STORE (hrp_strategy_get_goals (s0)), "เป้าหมาย ๒");
  add_text (G_LIST_STORE (hrp_strategy_get_objectives (s0)), "เป้าประสงค์");
  add_text (G_LIST_STORE (hrp_strategy_get_indicators (s0)), "ตัวชี้วัด ก");
  add_text (G_LIST_STORE (hrp_strategy_get_indicators (s0)), "ตัวชี้วัด ข");
  add_text (G_LIST_STORE (hrp_strategy_get_indicators (s0)), "ตัวชี้วัด ค");
  s1 = add_strategy (plan, "ยุทธศาสตร์ที่ ๒ (no items)", m2);
  s2 = add_strategy (plan, "ยุทธศาสตร์ยังไม่ผูกพันธกิจ", NULL);
  add_text (G_LIST_STORE (hrp_strategy_get_goals (s2)), "พัฒนาบุคลากร");
  s3 = add_strategy (plan, "ยุทธศาสตร์ที่ ๘ การพัฒนาด้านการเมืองและการบริหาร", m0);
  add_text (G_LIST_STORE (hrp_strategy_get_indicators (s3)), "");
  add_text (G_LIST_STORE (hrp_strategy_get_indicators (s3)), "second\nline");

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("จุดยืนทางยุทธศาสตร์ที่ %u", i);

      add_text (G_LIST_STORE (hrp_plan_get_positions (plan)), text);
    }

  p0 = add_policy (plan, "ด้านการวางแผนอัตรากำลัง", "คำอธิบาย\nหลายบรรทัด", s1);
  add_activity (p0, "ไม่มีงบประมาณ", HRP_BUDGET_NONE, "....");
  add_activity (p0, "งบศูนย์", 0, "1234");
  add_activity (p0, "งบสูงสุด", HRP_BUDGET_MAX, "1.3.");
  add_activity (p0, "โครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่", 20000000, "...4");
  add_policy (plan, "ด้านที่ยังไม่ผูกยุทธศาสตร์ ไม่มีกิจกรรม", "", NULL);
  p2 = add_policy (plan, "ด้านผูกยุทธศาสตร์ที่ยังไม่ผูก", "", s2);
  add_activity (p2, "หนึ่งสตางค์", 1, ".2..");
  p3 = add_policy (plan, "ด้านการพัฒนาบุคลากร", "ซ้ำกับด้านแรก", s3);
  add_activity (p3, "โครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่", 20000000, "...4");
  add_activity (p3, "", 1234567, "12..");

  add_signer (plan, "นางสาวตัวอย่าง ขยันดี", "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้จัดทำ");
  add_signer (plan, "นายตัวอย่าง 'ใจดี'; DROP TABLE signer; --", "นายก\nองค์การบริหารส่วนตำบลหนองแก้ว", "");
  add_signer (plan, "", "", "ผู้อนุมัติ");

  return plan;
}

/* A plan unlike the full one, of the same shape rules. */
static HrpPlan *
make_other_plan (int year)
{
  HrpPlan *plan = hrp_plan_new ();
  HrpStrategy *s0;
  HrpPolicy *p0;

  hrp_plan_set_fiscal_year (plan, year);
  hrp_plan_set_org_name (plan, "เทศบาลตำบลอื่น");
  hrp_plan_set_title (plan, "แผนอื่น");
  add_mission (plan, "พันธกิจเดียว");
  s0 = add_strategy (plan, "ยุทธศาสตร์เดียว", NULL);
  add_text (G_LIST_STORE (hrp_strategy_get_objectives (s0)), "เป้าประสงค์เดียว");
  p0 = add_policy (plan, "นโยบายเดียว", "รายละเอียด", s0);
  add_activity (p0, "กิจกรรมเดียว", 50000, "1...");
  return plan;
}

static HrpPlan *
make_big_plan (int   year,
               guint n_policies,
               guint n_activities)
{
  HrpPlan *plan = hrp_plan_new ();
  HrpMission *mission;
  HrpStrategy *strategy;

  hrp_plan_set_fiscal_year (plan, year);
  hrp_plan_set_title (plan, "แผนใหญ่");
  mission = add_mission (plan, "พันธกิจ");
  strategy = add_strategy (plan, "ยุทธศาสตร์", mission);
  for (guint p = 0; p < n_policies; p++)
    {
      g_autofree char *title = g_strdup_printf ("นโยบายด้านที่ %u", p + 1);
      HrpPolicy *policy = add_policy (plan, title, "คำอธิบายนโยบายด้านการพัฒนาทรัพยากรบุคคล",
                                      p % 2 == 0 ? strategy : NULL);

      for (guint a = 0; a < n_activities; a++)
        {
          g_autofree char *name = g_strdup_printf ("โครงการที่ %u.%u ฝึกอบรมพนักงานส่วนตำบล",
                                                   p + 1, a + 1);

          add_activity (policy, name, a % 7 == 0 ? HRP_BUDGET_NONE : (gint64) a * 10000,
                        a % 2 == 0 ? "1.3." : ".2.4");
        }
    }
  return plan;
}

/* Rows that the plan takes in each table, in store_tables order. */
static void
expected_rows (HrpPlan *plan,
               gint64   rows[G_N_ELEMENTS (store_tables)])
{
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));

  rows[0] += 1;
  rows[1] += n_items (hrp_plan_get_missions (plan));
  rows[2] += g_list_model_get_n_items (strategies);
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) s = g_list_model_get_item (strategies, i);

      rows[3] += n_items (hrp_strategy_get_goals (s)) +
                 n_items (hrp_strategy_get_objectives (s)) +
                 n_items (hrp_strategy_get_indicators (s));
    }
  rows[4] += n_items (hrp_plan_get_positions (plan));
  rows[5] += g_list_model_get_n_items (policies);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) p = g_list_model_get_item (policies, i);

      rows[6] += n_items (hrp_policy_get_activities (p));
    }
  rows[7] += n_items (hrp_plan_get_signers (plan));
}

/* The database holds exactly the rows of these plans, and no row refers
 * to a row that is not there. */
static void
assert_rows_of (const char *path,
                HrpPlan    *plan1,
                HrpPlan    *plan2)
{
  gint64 rows[G_N_ELEMENTS (store_tables)] = { 0 };
  static const char * const orphans[] = {
    "SELECT count(*) FROM mission WHERE plan_id NOT IN (SELECT id FROM plan)",
    "SELECT count(*) FROM strategy WHERE plan_id NOT IN (SELECT id FROM plan)",
    "SELECT count(*) FROM strategy WHERE mission_id NOT IN (SELECT id FROM mission)",
    "SELECT count(*) FROM strategy AS s JOIN mission AS m ON m.id = s.mission_id"
    " WHERE m.plan_id <> s.plan_id",
    "SELECT count(*) FROM strategy_item WHERE strategy_id NOT IN (SELECT id FROM strategy)",
    "SELECT count(*) FROM strategic_position WHERE plan_id NOT IN (SELECT id FROM plan)",
    "SELECT count(*) FROM policy WHERE plan_id NOT IN (SELECT id FROM plan)",
    "SELECT count(*) FROM policy WHERE strategy_id NOT IN (SELECT id FROM strategy)",
    "SELECT count(*) FROM policy AS p JOIN strategy AS s ON s.id = p.strategy_id"
    " WHERE s.plan_id <> p.plan_id",
    "SELECT count(*) FROM activity WHERE policy_id NOT IN (SELECT id FROM policy)",
    "SELECT count(*) FROM signer WHERE plan_id NOT IN (SELECT id FROM plan)",
    "SELECT count(*) FROM pragma_foreign_key_check",
  };

  if (plan1 != NULL)
    expected_rows (plan1, rows);
  if (plan2 != NULL)
    expected_rows (plan2, rows);
  for (guint t = 0; t < G_N_ELEMENTS (store_tables); t++)
    {
      g_test_message ("%s: %" G_GINT64_FORMAT " rows", store_tables[t], rows[t]);
      g_assert_cmpint (count_rows (path, store_tables[t]), ==, rows[t]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (orphans); i++)
    g_assert_cmpint (raw_int (path, orphans[i]), ==, 0);
}

/* ------------------------------------------------------------- comparisons */

/* -1: no link; -2: a link to an object outside the list */
static int
index_in (GListStore *list,
          gpointer    item)
{
  guint position;

  if (item == NULL)
    return -1;
  if (!g_list_store_find (list, item, &position))
    return -2;
  return (int) position;
}

static void
assert_texts_equal (GListStore *a,
                    GListStore *b)
{
  guint n = n_items (a);

  g_assert_cmpuint (n_items (b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) ta = item_at (a, i);
      g_autoptr(HrpText) tb = item_at (b, i);

      g_assert_cmpstr (hrp_text_get_text (ta), ==, hrp_text_get_text (tb));
    }
}

static void
assert_plans_equal (HrpPlan *a,
                    HrpPlan *b)
{
  GListModel *list_a, *list_b;
  guint n;

  g_assert_cmpint (hrp_plan_get_fiscal_year (a), ==, hrp_plan_get_fiscal_year (b));
  g_assert_cmpstr (hrp_plan_get_org_name (a), ==, hrp_plan_get_org_name (b));
  g_assert_cmpstr (hrp_plan_get_org_district (a), ==, hrp_plan_get_org_district (b));
  g_assert_cmpstr (hrp_plan_get_org_province (a), ==, hrp_plan_get_org_province (b));
  g_assert_cmpstr (hrp_plan_get_title (a), ==, hrp_plan_get_title (b));
  g_assert_cmpstr (hrp_plan_get_preamble (a), ==, hrp_plan_get_preamble (b));
  g_assert_cmpstr (hrp_plan_get_vision (a), ==, hrp_plan_get_vision (b));
  g_assert_cmpstr (hrp_plan_get_policy_intro (a), ==, hrp_plan_get_policy_intro (b));

  list_a = G_LIST_MODEL (hrp_plan_get_missions (a));
  list_b = G_LIST_MODEL (hrp_plan_get_missions (b));
  n = g_list_model_get_n_items (list_a);
  g_assert_cmpuint (g_list_model_get_n_items (list_b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpMission) ma = g_list_model_get_item (list_a, i);
      g_autoptr(HrpMission) mb = g_list_model_get_item (list_b, i);

      g_assert_cmpstr (hrp_mission_get_text (ma), ==, hrp_mission_get_text (mb));
    }

  list_a = G_LIST_MODEL (hrp_plan_get_strategies (a));
  list_b = G_LIST_MODEL (hrp_plan_get_strategies (b));
  n = g_list_model_get_n_items (list_a);
  g_assert_cmpuint (g_list_model_get_n_items (list_b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpStrategy) sa = g_list_model_get_item (list_a, i);
      g_autoptr(HrpStrategy) sb = g_list_model_get_item (list_b, i);
      int link_b = index_in (G_LIST_STORE (hrp_plan_get_missions (b)), hrp_strategy_get_mission (sb));

      g_assert_cmpstr (hrp_strategy_get_title (sa), ==, hrp_strategy_get_title (sb));
      g_assert_cmpint (link_b, !=, -2);
      g_assert_cmpint (index_in (G_LIST_STORE (hrp_plan_get_missions (a)), hrp_strategy_get_mission (sa)),
                       ==, link_b);
      assert_texts_equal (G_LIST_STORE (hrp_strategy_get_goals (sa)), G_LIST_STORE (hrp_strategy_get_goals (sb)));
      assert_texts_equal (G_LIST_STORE (hrp_strategy_get_objectives (sa)), G_LIST_STORE (hrp_strategy_get_objectives (sb)));
      assert_texts_equal (G_LIST_STORE (hrp_strategy_get_indicators (sa)), G_LIST_STORE (hrp_strategy_get_indicators (sb)));
    }

  assert_texts_equal (G_LIST_STORE (hrp_plan_get_positions (a)), G_LIST_STORE (hrp_plan_get_positions (b)));

  list_a = G_LIST_MODEL (hrp_plan_get_policies (a));
  list_b = G_LIST_MODEL (hrp_plan_get_policies (b));
  n = g_list_model_get_n_items (list_a);
  g_assert_cmpuint (g_list_model_get_n_items (list_b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) pa = g_list_model_get_item (list_a, i);
      g_autoptr(HrpPolicy) pb = g_list_model_get_item (list_b, i);
      GListModel *acts_a = G_LIST_MODEL (hrp_policy_get_activities (pa));
      GListModel *acts_b = G_LIST_MODEL (hrp_policy_get_activities (pb));
      int link_b = index_in (G_LIST_STORE (hrp_plan_get_strategies (b)), hrp_policy_get_strategy (pb));
      guint n_acts = g_list_model_get_n_items (acts_a);

      g_assert_cmpstr (hrp_policy_get_title (pa), ==, hrp_policy_get_title (pb));
      g_assert_cmpstr (hrp_policy_get_description (pa), ==, hrp_policy_get_description (pb));
      g_assert_cmpint (link_b, !=, -2);
      g_assert_cmpint (index_in (G_LIST_STORE (hrp_plan_get_strategies (a)), hrp_policy_get_strategy (pa)),
                       ==, link_b);
      g_assert_cmpuint (g_list_model_get_n_items (acts_b), ==, n_acts);
      for (guint j = 0; j < n_acts; j++)
        {
          g_autoptr(HrpActivity) aa = g_list_model_get_item (acts_a, j);
          g_autoptr(HrpActivity) ab = g_list_model_get_item (acts_b, j);

          g_assert_cmpstr (hrp_activity_get_name (aa), ==, hrp_activity_get_name (ab));
          g_assert_cmpint (hrp_activity_get_budget (aa), ==, hrp_activity_get_budget (ab));
          for (guint q = 1; q <= 4; q++)
            g_assert_cmpint (hrp_activity_get_quarter (aa, q), ==,
                             hrp_activity_get_quarter (ab, q));
        }
    }

  list_a = G_LIST_MODEL (hrp_plan_get_signers (a));
  list_b = G_LIST_MODEL (hrp_plan_get_signers (b));
  n = g_list_model_get_n_items (list_a);
  g_assert_cmpuint (g_list_model_get_n_items (list_b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpSigner) sa = g_list_model_get_item (list_a, i);
      g_autoptr(HrpSigner) sb = g_list_model_get_item (list_b, i);

      g_assert_cmpstr (hrp_signer_get_name (sa), ==, hrp_signer_get_name (sb));
      g_assert_cmpstr (hrp_signer_get_position (sa), ==, hrp_signer_get_position (sb));
      g_assert_cmpstr (hrp_signer_get_role (sa), ==, hrp_signer_get_role (sb));
    }
}

/* ------------------------------------------------------------------- tests */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  GListModel *policies;

  g_assert_cmpstr (hrp_store_get_path (store), ==, f->file);
  hrp_test_save_plan (store, plan, FALSE);

  /* the same connection, then a new one on the closed file */
  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (plan, loaded);
  g_clear_object (&loaded);
  g_clear_object (&store);

  store = hrp_test_open_store (f->file);
  loaded = hrp_test_load_plan (store, 2568);
  g_assert_true (loaded != plan);
  assert_plans_equal (plan, loaded);

  /* spot checks, so that a comparison that compares nothing would fail */
  g_assert_cmpstr (hrp_plan_get_org_province (loaded), ==, "จังหวัดศรีสะเกษ");
  g_assert_nonnull (strstr (hrp_plan_get_preamble (loaded), "\n\n"));
  g_assert_nonnull (strstr (hrp_plan_get_preamble (loaded), "\r\n\tend"));
  policies = G_LIST_MODEL (hrp_plan_get_policies (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (policies), ==, 4);
  {
    g_autoptr(HrpPolicy) p0 = g_list_model_get_item (policies, 0);
    g_autoptr(HrpPolicy) p1 = g_list_model_get_item (policies, 1);
    g_autoptr(HrpActivity) none = item_at (hrp_policy_get_activities (p0), 0);
    g_autoptr(HrpActivity) zero = item_at (hrp_policy_get_activities (p0), 1);
    g_autoptr(HrpActivity) max = item_at (hrp_policy_get_activities (p0), 2);

    g_assert_cmpint (index_in (G_LIST_STORE (hrp_plan_get_strategies (loaded)), hrp_policy_get_strategy (p0)),
                     ==, 1);
    g_assert_null (hrp_policy_get_strategy (p1));
    g_assert_cmpuint (n_items (hrp_policy_get_activities (p1)), ==, 0);
    g_assert_cmpint (hrp_activity_get_budget (none), ==, HRP_BUDGET_NONE);
    g_assert_cmpint (hrp_activity_get_budget (zero), ==, 0);
    g_assert_cmpint (hrp_activity_get_budget (max), ==, HRP_BUDGET_MAX);
    g_assert_true (hrp_activity_get_quarter (max, 1) && !hrp_activity_get_quarter (max, 2) &&
                   hrp_activity_get_quarter (max, 3) && !hrp_activity_get_quarter (max, 4));
  }
  g_assert_cmpint (hrp_plan_total_budget (loaded), ==, hrp_plan_total_budget (plan));

  /* what SQLite holds: "no budget" is NULL, not 0 or -1 */
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM activity WHERE budget IS NULL"), ==, 1);
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM activity WHERE budget = 0"), ==, 1);
  /* signers in their order, a position kept apart from the place */
  g_assert_cmpint (raw_int (f->file,
                            "SELECT count(*) FROM signer WHERE position = 0 AND role = 'ผู้จัดทำ'"
                            " AND position_title = 'ปลัดองค์การบริหารส่วนตำบลหนองแก้ว'"), ==, 1);
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM signer WHERE position = 2 AND name = ''"), ==, 1);
  {
    g_autoptr(HrpSigner) second = g_list_model_get_item (hrp_plan_get_signers (loaded), 1);

    g_assert_cmpstr (hrp_signer_get_position (second), ==, "นายก\nองค์การบริหารส่วนตำบลหนองแก้ว");
    g_assert_cmpstr (hrp_signer_get_role (second), ==, "");
  }
  assert_rows_of (f->file, plan, NULL);
}

static void
test_big_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = make_big_plan (2568, 100, 100);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(GTimer) timer = g_timer_new ();

  hrp_test_save_plan (store, plan, FALSE);
  g_test_message ("saved 100 × 100 activities in %.3f s", g_timer_elapsed (timer, NULL));
  g_clear_object (&store);

  store = hrp_test_open_store (f->file);
  g_timer_start (timer);
  loaded = hrp_test_load_plan (store, 2568);
  g_test_message ("loaded them in %.3f s", g_timer_elapsed (timer, NULL));
  assert_plans_equal (plan, loaded);
  assert_rows_of (f->file, plan, NULL);
  g_assert_cmpint (count_rows (f->file, "activity"), ==, 10000);
}

static void
test_years (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GError) error = NULL;
  const int years[] = { 2566, 2568, 2567 };
  int newest = 0;

  /* empty */
  infos = hrp_store_list_plans (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 0);
  g_clear_pointer (&infos, g_ptr_array_unref);
  g_assert_false (hrp_store_newest_year (store, &newest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (newest, ==, 0);
  g_assert_false (hrp_test_has_plan (store, 2568));

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(HrpPlan) plan = make_full_plan (years[i]);

      hrp_test_save_plan (store, plan, FALSE);
    }
  g_clear_object (&store);
  store = hrp_test_open_store (f->file);

  infos = hrp_store_list_plans (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      HrpPlanInfo *info = g_ptr_array_index (infos, i);
      g_autofree char *title = g_strdup_printf (PLAN_TITLE, 2568 - (int) i);

      g_assert_cmpint (info->fiscal_year, ==, 2568 - (int) i);
      g_assert_cmpstr (info->title, ==, title);
    }

  g_assert_true (hrp_store_newest_year (store, &newest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (newest, ==, 2568);
  g_assert_true (hrp_test_has_plan (store, 2566));
  g_assert_true (hrp_test_has_plan (store, 2567));
  g_assert_false (hrp_test_has_plan (store, 2565));
  g_assert_false (hrp_test_has_plan (store, 2569));

  /* each year loads as its own plan */
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(HrpPlan) expected = make_full_plan (years[i]);
      g_autoptr(HrpPlan) loaded = hrp_test_load_plan (store, years[i]);

      assert_plans_equal (expected, loaded);
    }
}

static void
test_exists (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HrpPlan) first = make_full_plan (2568);
  g_autoptr(HrpPlan) second = make_other_plan (2568);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  hrp_test_save_plan (store, first, FALSE);
  before = dump_tables (f->file);

  g_assert_false (hrp_store_save_plan (store, second, FALSE, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "2568"));

  after = dump_tables (f->file);
  g_assert_cmpstr (after, ==, before);
  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (first, loaded);
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HrpPlan) first = make_full_plan (2568);
  g_autoptr(HrpPlan) second = make_other_plan (2568);
  g_autoptr(HrpPlan) neighbour = make_full_plan (2567);
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);

  hrp_test_save_plan (store, neighbour, FALSE);
  hrp_test_save_plan (store, first, FALSE);
  assert_rows_of (f->file, neighbour, first);

  hrp_test_save_plan (store, second, TRUE);
  assert_rows_of (f->file, neighbour, second);
  g_clear_object (&store);

  store = hrp_test_open_store (f->file);
  {
    g_autoptr(HrpPlan) loaded = hrp_test_load_plan (store, 2568);
    g_autoptr(HrpPlan) other = hrp_test_load_plan (store, 2567);

    assert_plans_equal (second, loaded);
    assert_plans_equal (neighbour, other);
  }

  /* and back: replacing with the bigger plan again */
  hrp_test_save_plan (store, first, TRUE);
  assert_rows_of (f->file, neighbour, first);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HrpPlan) old = make_full_plan (2567);
  g_autoptr(HrpPlan) current = make_other_plan (2568);
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) loaded = NULL;

  hrp_test_save_plan (store, old, FALSE);
  hrp_test_save_plan (store, current, FALSE);

  g_assert_true (hrp_store_delete_plan (store, 2567, &error));
  g_assert_no_error (error);
  g_assert_false (hrp_test_has_plan (store, 2567));
  g_assert_true (hrp_test_has_plan (store, 2568));
  infos = hrp_store_list_plans (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 1);
  g_assert_cmpint (((HrpPlanInfo *) g_ptr_array_index (infos, 0))->fiscal_year, ==, 2568);
  assert_rows_of (f->file, current, NULL);

  g_assert_false (hrp_store_delete_plan (store, 2567, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (current, loaded);
}

static void
test_load_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_other_plan (2568);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  loaded = hrp_store_load_plan (store, 2568, &error);
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND);
  g_assert_null (loaded);
  g_clear_error (&error);

  hrp_test_save_plan (store, plan, FALSE);
  loaded = hrp_store_load_plan (store, 2569, &error);
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2569"));
  g_assert_null (loaded);
}

static void
test_file_ids (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_other_plan (2568);
  g_autofree char *folder = NULL;
  g_autofree char *before = NULL;

  hrp_test_save_plan (store, plan, FALSE);
  g_clear_object (&store);

  g_assert_cmpint (raw_int (f->file, "PRAGMA application_id"), ==, OUR_APPLICATION_ID);
  g_assert_cmpint (raw_int (f->file, "PRAGMA user_version"), ==, SCHEMA_VERSION);
  for (guint t = 0; t < G_N_ELEMENTS (store_tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master"
                                              " WHERE type = 'table' AND name = '%s'",
                                              store_tables[t]);

      g_assert_cmpint (raw_int (f->file, sql), ==, 1);
    }
  /* one self-contained file: rollback journal, nothing beside it */
  folder = hrp_test_folder_names (f->dir);
  g_assert_cmpstr (folder, ==, "plans.db");
  {
    g_autoptr(sqlite3) db = raw_open (f->file);
    g_autoptr(sqlite3_stmt) stmt = NULL;

    int rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);

    g_assert_cmpint (rc, ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
  }

  /* reopening an up-to-date file does not write to it */
  set_past_mtime (f->file);
  {
    g_autoptr(Snapshot) snap = snapshot_take (f->file);

    store = hrp_test_open_store (f->file);
    g_assert_true (hrp_test_has_plan (store, 2568));
    g_clear_object (&store);
    snapshot_assert_same (snap, f->file);
  }

  /* the schema enforces what the model promises */
  before = dump_tables (f->file);
  {
    g_autoptr(sqlite3) db = raw_open (f->file);
    static const char * const refused[] = {
      "UPDATE activity SET budget = -1",
      "UPDATE activity SET budget = 100000000000000",
      "UPDATE activity SET q2 = 2",
      "UPDATE strategy_item SET kind = 3",
      "UPDATE plan SET fiscal_year = 1999",
      "INSERT INTO plan (fiscal_year) VALUES (2568)",
      "INSERT INTO mission (plan_id, position, text) VALUES (12345, 0, 'x')",
    };

    sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      g_assert_cmpint (sqlite3_exec (db, refused[i], NULL, NULL, NULL) & 0xff,
                       ==, SQLITE_CONSTRAINT);
  }
  {
    g_autofree char *after = dump_tables (f->file);

    g_assert_cmpstr (after, ==, before);
  }
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_open_text_file (Fixture       *f,
                     gconstpointer  data)
{
  write_file (f->file, "ชื่อ,งบประมาณ\nโครงการ,200000\n", -1);
  assert_open_refused (f->file, HRP_STORE_ERROR_NOT_OURS);

  /* shorter than an SQLite header, and binary */
  write_file (f->file, "SQLite format 3", 16);
  assert_open_refused (f->file, HRP_STORE_ERROR_NOT_OURS);
}

static void
test_open_foreign_db (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *wal = g_build_filename (f->dir, "wal.db", NULL);

  /* someone else's database: no application id, tables of its own */
  raw_exec (f->file, "CREATE TABLE foo (a, b); INSERT INTO foo VALUES (1, 'x');");
  assert_open_refused (f->file, HRP_STORE_ERROR_NOT_OURS);

  /* another application's id, even without tables */
  raw_exec (other, "PRAGMA application_id = 1234567; PRAGMA user_version = 1;");
  g_assert_cmpint (raw_int (other, "PRAGMA application_id"), ==, 1234567);
  assert_open_refused (other, HRP_STORE_ERROR_NOT_OURS);

  /* a database in WAL mode: reading it must not create -wal or -shm */
  raw_exec (wal, "PRAGMA journal_mode = WAL; CREATE TABLE foo (a);");
  assert_open_refused (wal, HRP_STORE_ERROR_NOT_OURS);
}

static void
test_open_empty_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(HrpPlan) plan = make_other_plan (2568);
  g_autoptr(HrpPlan) loaded = NULL;

  /* a valid SQLite file with no table and no id is taken as new */
  raw_exec (f->file, "VACUUM");
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM sqlite_master"), ==, 0);

  store = hrp_test_open_store (f->file);
  hrp_test_save_plan (store, plan, FALSE);
  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (plan, loaded);
  g_assert_cmpint (raw_int (f->file, "PRAGMA application_id"), ==, OUR_APPLICATION_ID);
}

static void
test_open_too_new (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpStore) refused = NULL;

  hrp_test_save_plan (store, plan, FALSE);
  g_clear_object (&store);

  raw_exec (f->file, "PRAGMA user_version = 99");
  assert_open_refused (f->file, HRP_STORE_ERROR_TOO_NEW);

  refused = hrp_store_open (f->file, &error);
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "99"));
}

static void
overwrite (const char *path,
           gint64      offset,
           guint8      byte,
           gsize       length)
{
  g_autofree guint8 *garbage = g_malloc (length);
  FILE *file = g_fopen (path, "r+b");

  memset (garbage, byte, length);
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (garbage, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
test_open_corrupt (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_big_plan (2568, 20, 50);
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gint64 page_size, page_count;

  hrp_test_save_plan (store, plan, FALSE);
  g_clear_object (&store);

  page_size = raw_int (f->file, "PRAGMA page_size");
  page_count = raw_int (f->file, "PRAGMA page_count");
  g_test_message ("%" G_GINT64_FORMAT " pages of %" G_GINT64_FORMAT " bytes",
                  page_count, page_size);
  g_assert_cmpint (page_count, >=, 10);
  g_assert_true (g_file_get_contents (f->file, &contents, &length, NULL));
  write_file (copy, contents, length);

  /* a page in the middle */
  overwrite (f->file, (page_count / 2) * page_size, 0xA5, page_size);
  assert_open_refused (f->file, HRP_STORE_ERROR_CORRUPT);

  /* the last page, half of it */
  overwrite (copy, (page_count - 1) * page_size + page_size / 2, 0x00, page_size / 2);
  overwrite (copy, (page_count - 1) * page_size, 0x0D, 16);
  assert_open_refused (copy, HRP_STORE_ERROR_CORRUPT);

  /* the header itself: no longer recognisable as a database */
  overwrite (copy, 0, 0x5A, 100);
  assert_open_refused (copy, HRP_STORE_ERROR_NOT_OURS);
}

static void
test_open_empty_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(HrpPlan) loaded = NULL;

  write_file (f->file, "", 0);
  store = hrp_test_open_store (f->file);
  hrp_test_save_plan (store, plan, FALSE);
  g_clear_object (&store);

  store = hrp_test_open_store (f->file);
  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (plan, loaded);
  g_assert_cmpint (raw_int (f->file, "PRAGMA application_id"), ==, OUR_APPLICATION_ID);
}

static void
test_open_missing_folder (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "ข้อมูล", "hrplan", "plans.db", NULL);
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(HrpPlan) plan = make_other_plan (2568);
  g_autoptr(HrpPlan) loaded = NULL;

  store = hrp_test_open_store (path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  hrp_test_save_plan (store, plan, FALSE);
  g_clear_object (&store);

  store = hrp_test_open_store (path);
  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (plan, loaded);
}

/* Two stores on one file (the app and the command line): neither keeps a
 * lock after a call. */
static void
test_two_stores (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HrpStore) a = hrp_test_open_store (f->file);
  g_autoptr(HrpStore) b = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(HrpPlan) other = make_other_plan (2569);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GPtrArray) infos = NULL;
  int newest = 0;

  hrp_test_save_plan (a, plan, FALSE);
  g_assert_true (hrp_test_has_plan (b, 2568));
  g_assert_true (hrp_store_newest_year (a, &newest, NULL));
  infos = hrp_store_list_plans (a, NULL);
  g_assert_cmpuint (infos->len, ==, 1);
  g_clear_object (&plan);
  plan = hrp_test_load_plan (a, 2568);

  g_timer_start (timer);
  hrp_test_save_plan (b, other, FALSE);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 2.0); /* did not wait for a lock */
  g_assert_true (hrp_test_has_plan (a, 2569));
  g_assert_true (hrp_store_delete_plan (a, 2568, NULL));
  g_assert_false (hrp_test_has_plan (b, 2568));
}

/* A save that fails half way leaves the database as it was. */
static void
test_atomic_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) first = make_full_plan (2568);
  g_autoptr(HrpPlan) second = make_big_plan (2568, 10, 10);
  g_autoptr(HrpPlan) next_year = make_big_plan (2569, 10, 10);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autofree char *before = NULL;

  hrp_test_save_plan (store, first, FALSE);
  raw_exec (f->file,
            "CREATE TRIGGER boom BEFORE INSERT ON activity WHEN NEW.name = 'boom'"
            " BEGIN SELECT RAISE (ABORT, 'boom'); END;");
  before = dump_tables (f->file);

  /* the last activity of the last policy fails */
  {
    g_autoptr(HrpPolicy) last = item_at (hrp_plan_get_policies (second), 9);
    g_autoptr(HrpPolicy) last_next = item_at (hrp_plan_get_policies (next_year), 9);

    add_activity (last, "boom", 100, "1...");
    add_activity (last_next, "boom", 100, "1...");
  }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (hrp_store_save_plan (store, i == 0 ? second : next_year, TRUE, &error));
      g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "boom"));
      after = dump_tables (f->file);
      g_assert_cmpstr (after, ==, before);
    }

  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (first, loaded);
  g_assert_false (hrp_test_has_plan (store, 2569));

  /* no transaction left open: the store still saves */
  raw_exec (f->file, "DROP TRIGGER boom");
  hrp_test_save_plan (store, next_year, FALSE);
  g_assert_true (hrp_test_has_plan (store, 2569));
}

/* Links to objects outside the plan are saved as no link. */
static void
test_foreign_links (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_other_plan (2568);
  g_autoptr(HrpPlan) elsewhere = make_full_plan (2567);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(HrpMission) removed = hrp_mission_new ("removed");
  g_autoptr(HrpStrategy) strategy = item_at (hrp_plan_get_strategies (plan), 0);
  g_autoptr(HrpPolicy) policy = item_at (hrp_plan_get_policies (plan), 0);
  g_autoptr(HrpStrategy) foreign = item_at (hrp_plan_get_strategies (elsewhere), 0);
  g_autoptr(HrpStrategy) loaded_strategy = NULL;
  g_autoptr(HrpPolicy) loaded_policy = NULL;

  hrp_strategy_set_mission (strategy, removed);
  hrp_policy_set_strategy (policy, foreign);
  hrp_test_save_plan (store, plan, FALSE);

  loaded = hrp_test_load_plan (store, 2568);
  loaded_strategy = item_at (hrp_plan_get_strategies (loaded), 0);
  loaded_policy = item_at (hrp_plan_get_policies (loaded), 0);
  g_assert_null (hrp_strategy_get_mission (loaded_strategy));
  g_assert_null (hrp_policy_get_strategy (loaded_policy));
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM strategy WHERE mission_id IS NULL"),
                   ==, 1);
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM policy WHERE strategy_id IS NULL"),
                   ==, 1);
}

/* Rows that the schema rules out (written here with its checks off) are
 * reported as damage, not loaded and not a crash. */
static void
test_load_damaged_data (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const damage[] = {
    "UPDATE activity SET budget = -5 WHERE name = 'งบศูนย์'",
    "UPDATE activity SET budget = 100000000000000 WHERE name = 'งบศูนย์'",
    "UPDATE strategy_item SET kind = 7 WHERE text = 'พัฒนาบุคลากร'",
  };
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_full_plan (2568);

  hrp_test_save_plan (store, plan, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA ignore_check_constraints = ON; %s",
                                              damage[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(HrpPlan) loaded = NULL;

      raw_exec (f->file, sql);
      loaded = hrp_store_load_plan (store, 2568, &error);
      g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_CORRUPT);
      g_assert_null (loaded);

      hrp_test_save_plan (store, plan, TRUE); /* the store still works, and repairs */
      g_clear_object (&loaded);
      loaded = hrp_test_load_plan (store, 2568);
      assert_plans_equal (plan, loaded);
    }
}

/* A save cut off by a crash or a power cut leaves a hot journal; opening
 * rolls it back and the plan is there as it was before that save. */
static void
test_recover_cut_off_save (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(HrpPlan) plan = make_big_plan (2568, 20, 50);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autofree char *journal = g_strconcat (f->file, "-journal", NULL);
  g_autofree char *before = NULL;
  g_autoptr(Snapshot) saved = NULL;

  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("HRP_TEST_STORE_PATH");
      sqlite3 *db = raw_open (path);

      /* A small cache makes SQLite write pages into the file before the
       * commit; then the process dies. */
      g_assert_cmpint (sqlite3_exec (db,
                                     "PRAGMA cache_size = 10;"
                                     "BEGIN;"
                                     "UPDATE activity SET name = name || printf ('%.200c', 'x');"
                                     "DELETE FROM policy WHERE id % 2 = 0;",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      hrp_test_remove_tree (f->dir); /* the child's own fixture */
      _Exit (0);
    }

  store = hrp_test_open_store (f->file);
  hrp_test_save_plan (store, plan, FALSE);
  g_clear_object (&store);
  before = dump_tables (f->file);
  saved = snapshot_take (f->file);

  g_setenv ("HRP_TEST_STORE_PATH", f->file, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_unsetenv ("HRP_TEST_STORE_PATH");

  /* the crash really left a half-written file */
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (f->file, &contents, &length, NULL));
    g_assert_false (length == saved->length && memcmp (contents, saved->contents, length) == 0);
  }

  /* Opened for reading only, it cannot be rolled back: refused, the
   * file and its journal left for an opening that can write. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(Snapshot) crashed = snapshot_take (f->file);

    store = hrp_store_open_read_only (f->file, &error);
    g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE);
    g_assert_null (store);
    g_assert_nonnull (strstr (error->message, f->file));
    g_assert_nonnull (strstr (error->message, "“plans.db-journal”"));
    snapshot_assert_same (crashed, f->file);
    g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));
  }

  store = hrp_test_open_store (f->file);
  loaded = hrp_test_load_plan (store, 2568);
  assert_plans_equal (plan, loaded);
  g_clear_object (&store);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  {
    g_autofree char *after = dump_tables (f->file);

    g_assert_cmpstr (after, ==, before);
  }
}

/* Backups: a consistent copy next to the database that opens as ours
 * with the plans; only the last five are kept. */
static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(HrpStore) store = hrp_store_open (f->file, &error);
  g_autofree char *first = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_true (hrp_store_save_plan (store, plan, FALSE, &error));
  first = hrp_store_backup (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (first, f->file));
  {
    g_autoptr(HrpStore) copy = hrp_store_open (first, &error);
    gboolean has = FALSE;

    g_assert_no_error (error);
    g_assert_true (hrp_store_has_plan (copy, 2568, &has, &error));
    g_assert_true (has);
  }

  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *path = hrp_store_backup (store, &error);

      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".backup-") != NULL)
      n++;
  g_assert_cmpuint (n, ==, 5);
  /* The oldest went first. */
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
}

/* A database of the first schema is upgraded, a backup copy made first,
 * its plans kept. */
static void
test_upgrade_makes_backup (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint backups = 0;
  gint64 revision = 99;

  {
    g_autoptr(HrpStore) store = hrp_store_open (f->file, &error);

    g_assert_no_error (error);
    g_assert_true (hrp_store_save_plan (store, plan, FALSE, &error));
  }
  /* Back to schema 1, as an older HR Plan left it. */
  {
    sqlite3 *db = raw_open (f->file);

    g_assert_cmpint (sqlite3_exec (db, BACK_TO_SCHEMA_1,
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  {
    g_autoptr(HrpStore) store = hrp_store_open (f->file, &error);
    g_autoptr(HrpPlan) loaded = NULL;

    g_assert_no_error (error);
    loaded = hrp_store_load_plan (store, 2568, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (hrp_plan_get_title (loaded), ==, hrp_plan_get_title (plan));
    g_assert_true (hrp_store_get_revision (store, 2568, &revision, &error));
    g_assert_cmpint (revision, ==, 0);
  }
  g_assert_cmpint (raw_int (f->file, "PRAGMA user_version"), ==, SCHEMA_VERSION);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".backup-") != NULL)
      {
        g_autofree char *path = g_build_filename (f->dir, name, NULL);

        backups++;
        /* The copy is the database as it was: schema 1. */
        g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, 1);
      }
  g_assert_cmpuint (backups, ==, 1);
}

/* A database of schema 2, before signers, as HR Plan left it until now:
 * opening it adds the signer table, a backup copy made first, and every
 * plan is kept as it was, with no signers; signers are then saved and
 * read back. */
static void
test_upgrade_adds_signers (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(HrpPlan) other = make_other_plan (2569);
  g_autoptr(HrpPlan) expected = make_full_plan (2568);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *backup = NULL;
  const char *name;
  guint backups = 0;

  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->file);

    hrp_test_save_plan (store, plan, FALSE);
    hrp_test_save_plan (store, other, FALSE);
    hrp_test_save_plan (store, plan, TRUE);   /* revision 1 */
  }
  raw_exec (f->file, BACK_TO_SCHEMA_2);
  g_assert_cmpint (raw_int (f->file, "SELECT count(*) FROM sqlite_master WHERE name = 'signer'"), ==, 0);

  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
    g_autoptr(HrpPlan) loaded = hrp_test_load_plan (store, 2568);
    g_autoptr(HrpPlan) loaded_other = hrp_test_load_plan (store, 2569);
    g_autoptr(GError) error = NULL;
    gint64 revision = -1;

    /* What schema 2 held, and no signer; its texts cleaned by migration
     * 4 (the preamble's "\r\n" is a new line). */
    drop_signers (expected);
    g_assert_cmpuint (hrp_plan_sanitize (expected), >, 0);
    assert_plans_equal (expected, loaded);
    assert_plans_equal (other, loaded_other);
    g_assert_true (hrp_store_get_revision (store, 2568, &revision, &error));
    g_assert_no_error (error);
    g_assert_cmpint (revision, ==, 1);
  }
  g_assert_cmpint (raw_int (f->file, "PRAGMA user_version"), ==, SCHEMA_VERSION);
  g_assert_cmpint (count_rows (f->file, "signer"), ==, 0);
  g_assert_cmpint (count_rows (f->file, "plan"), ==, 2);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".backup-") != NULL)
      {
        backups++;
        backup = g_build_filename (f->dir, name, NULL);
      }
  g_assert_cmpuint (backups, ==, 1);
  /* The copy is the database as it was: schema 2, its plans, no signers. */
  g_assert_cmpint (raw_int (backup, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (raw_int (backup, "SELECT count(*) FROM sqlite_master WHERE name = 'signer'"), ==, 0);
  g_assert_cmpint (count_rows (backup, "plan"), ==, 2);
  g_assert_cmpint (count_rows (backup, "activity"), ==,
                   hrp_plan_count_activities (plan) + hrp_plan_count_activities (other));

  /* The upgraded database takes signers. */
  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
    g_autoptr(HrpPlan) loaded = NULL;

    hrp_test_save_plan (store, plan, TRUE);
    loaded = hrp_test_load_plan (store, 2568);
    assert_plans_equal (plan, loaded);
    g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_signers (loaded)), ==, 3);
  }
  assert_rows_of (f->file, plan, other);
}

/* Opened for reading only, a database reads as ever and is never
 * written: not a byte, not its time, nothing beside it. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(HrpPlan) other = make_other_plan (2569);
  g_autoptr(HrpPlan) next = make_other_plan (2570);
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(HrpStore) reader = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(Snapshot) before = NULL;
  g_autoptr(GError) error = NULL;
  gint64 revision = -1;
  int newest = 0;

  hrp_test_save_plan (store, plan, FALSE);
  hrp_test_save_plan (store, other, FALSE);
  g_clear_object (&store);
  set_past_mtime (f->file);
  before = snapshot_take (f->file);

  reader = hrp_store_open_read_only (f->file, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_store_is_read_only (reader));
  g_assert_cmpstr (hrp_store_get_path (reader), ==, f->file);
  infos = hrp_store_list_plans (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (infos->len, ==, 2);
  g_assert_cmpint (((HrpPlanInfo *) g_ptr_array_index (infos, 0))->fiscal_year, ==, 2569);
  g_assert_true (hrp_store_newest_year (reader, &newest, &error));
  g_assert_cmpint (newest, ==, 2569);
  g_assert_true (hrp_test_has_plan (reader, 2568));
  loaded = hrp_test_load_plan (reader, 2568);
  assert_plans_equal (plan, loaded);
  g_assert_true (hrp_store_get_revision (reader, 2568, &revision, &error));
  g_assert_cmpint (revision, >=, 0);

  /* Changes are refused, with the read-only message. */
  g_assert_false (hrp_store_save_plan (reader, next, FALSE, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_false (hrp_store_delete_plan (reader, 2568, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (hrp_test_has_plan (reader, 2568));
  snapshot_assert_same (before, f->file);

  /* It holds no lock: another store saves meanwhile, and it sees that. */
  store = hrp_test_open_store (f->file);
  hrp_test_save_plan (store, next, FALSE);
  g_assert_true (hrp_test_has_plan (reader, 2570));
  g_assert_false (hrp_store_is_read_only (store));
}

/* Opened for reading only: refused as hrp_store_open refuses it, and the
 * file is not touched. */
static void
assert_read_only_refused (const char *path,
                          GQuark      domain,
                          int         code)
{
  g_autoptr(Snapshot) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpStore) store = NULL;

  set_past_mtime (path);
  before = snapshot_take (path);
  store = hrp_store_open_read_only (path, &error);
  g_assert_error (error, domain, code);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, path)); /* names the file */
  g_test_message ("%s", error->message);
  snapshot_assert_same (before, path);
}

/* What an ordinary opening would have to change first, and every file
 * that it refuses, are refused; a missing file is not created. */
static void
test_read_only_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "text.db", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.db", NULL);
  g_autofree char *vacuumed = g_build_filename (f->dir, "vacuumed.db", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *missing_folder = g_build_filename (f->dir, "ข้อมูล", NULL);
  g_autofree char *missing = g_build_filename (missing_folder, "plans.db", NULL);
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(GError) error = NULL;

  drop_signers (plan);   /* taken back to schema 1 below */
  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->file);

    hrp_test_save_plan (store, plan, FALSE);
  }

  /* a database of the first schema, as an older HR Plan left it: it
   * must be brought up to date first, and no backup copy is made */
  raw_exec (f->file, BACK_TO_SCHEMA_1);
  assert_read_only_refused (f->file, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE);
  {
    g_autoptr(HrpStore) store = hrp_store_open_read_only (f->file, &error);

    g_assert_nonnull (strstr (error->message, "must first be updated"));
    g_clear_error (&error);
  }
  g_assert_cmpint (raw_int (f->file, "PRAGMA user_version"), ==, 1);
  /* once opened where it can be changed, it reads */
  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
    g_autoptr(HrpStore) reader = NULL;
    g_autoptr(HrpPlan) loaded = NULL;

    reader = hrp_store_open_read_only (f->file, &error);
    g_assert_no_error (error);
    loaded = hrp_test_load_plan (reader, 2568);
    /* its texts cleaned by migration 4 */
    hrp_plan_sanitize (plan);
    assert_plans_equal (plan, loaded);
  }

  /* newer, not ours, damaged: as hrp_store_open */
  {
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (f->file, &contents, &length, NULL));
    write_file (other, contents, length);
  }
  raw_exec (other, "PRAGMA user_version = 99");
  assert_read_only_refused (other, HRP_STORE_ERROR, HRP_STORE_ERROR_TOO_NEW);
  raw_exec (other, "PRAGMA user_version = 2; PRAGMA application_id = 1234567;");
  assert_read_only_refused (other, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_OURS);
  write_file (text, "ชื่อ,งบประมาณ\nโครงการ,200000\n", -1);
  assert_read_only_refused (text, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_OURS);
  {
    g_autoptr(HrpStore) store = hrp_test_open_store (damaged);
    g_autoptr(HrpPlan) big = make_big_plan (2568, 20, 50);
    gint64 page_size, page_count;

    hrp_test_save_plan (store, big, FALSE);
    g_clear_object (&store);
    page_size = raw_int (damaged, "PRAGMA page_size");
    page_count = raw_int (damaged, "PRAGMA page_count");
    g_assert_cmpint (page_count, >=, 10);
    overwrite (damaged, (page_count / 2) * page_size, 0xA5, page_size);
    assert_read_only_refused (damaged, HRP_STORE_ERROR, HRP_STORE_ERROR_CORRUPT);
  }

  /* a new database (an empty file, an empty SQLite file) has no schema
   * yet: it would have to be set up */
  write_file (empty, "", 0);
  assert_read_only_refused (empty, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE);
  raw_exec (vacuumed, "VACUUM");
  assert_read_only_refused (vacuumed, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE);

  /* a missing file, in a missing folder: neither is created */
  {
    g_autoptr(HrpStore) store = hrp_store_open_read_only (missing, &error);

    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
    g_assert_null (store);
    g_assert_nonnull (strstr (error->message, missing));
    g_clear_error (&error);
    g_assert_false (g_file_test (missing_folder, G_FILE_TEST_EXISTS));
  }
}

/* Real permissions, as a user who lacks them (root ignores them: the
 * tests run as root in CI, so the check runs as nobody there): a
 * read-only file, and a file in a read-only folder, read for reading
 * only; saving through an ordinary opening fails with the read-only
 * message, as does opening an older read-only file; nothing changes. */
static void
test_read_only_permissions (Fixture       *f,
                            gconstpointer  data)
{
#ifdef G_OS_UNIX
  g_autofree char *folder = g_build_filename (f->dir, "shared", NULL);
  g_autofree char *in_folder = g_build_filename (folder, "plans.db", NULL);
  g_autofree char *old = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(HrpPlan) plan = make_full_plan (2568);
  g_autoptr(Snapshot) file_before = NULL;
  g_autoptr(Snapshot) folder_before = NULL;
  g_autoptr(Snapshot) old_before = NULL;

  if (g_test_subprocess ())
    {
      const char * const paths[] = {
        g_getenv ("HRP_TEST_STORE_PATH"), g_getenv ("HRP_TEST_STORE_IN_FOLDER"),
      };

      hrp_test_remove_tree (f->dir); /* the child's own fixture, while it may */
      if (geteuid () == 0)
        {
          g_assert_cmpint (setgroups (0, NULL), ==, 0);
          g_assert_cmpint (setgid (65534), ==, 0);
          g_assert_cmpint (setuid (65534), ==, 0);
        }
      for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(HrpStore) reader = hrp_store_open_read_only (paths[i], &error);
          g_autoptr(HrpStore) writer = NULL;
          g_autoptr(HrpPlan) loaded = NULL;
          g_autoptr(HrpPlan) next = make_other_plan (2569);

          g_assert_no_error (error);
          loaded = hrp_test_load_plan (reader, 2568);
          g_assert_cmpstr (hrp_plan_get_title (loaded), ==, hrp_plan_get_title (plan));

          writer = hrp_store_open (paths[i], &error);
          g_assert_no_error (error);
          g_assert_false (hrp_store_save_plan (writer, next, FALSE, &error));
          g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
          g_assert_nonnull (strstr (error->message, "cannot be changed: the file or its folder is read-only"));
          g_assert_nonnull (strstr (error->message, paths[i]));
        }

      /* An older schema that an ordinary opening cannot bring up to
       * date: said before a backup copy is made beside it. */
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(HrpStore) writer = hrp_store_open (g_getenv ("HRP_TEST_STORE_OLD"), &error);

        g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
        g_assert_nonnull (strstr (error->message, "cannot be changed: the file or its folder is read-only"));
        g_assert_null (writer);
      }
      _Exit (0);
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HrpStore) store = hrp_test_open_store (i == 0 ? f->file : i == 1 ? in_folder : old);

      hrp_test_save_plan (store, plan, FALSE);
    }
  raw_exec (old, BACK_TO_SCHEMA_1);
  /* The file read-only in a folder that may be written; the other file
   * writable in a folder that may not (for its journal). */
  g_assert_cmpint (g_chmod (f->dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (f->file, 0444), ==, 0);
  g_assert_cmpint (g_chmod (old, 0444), ==, 0);
  g_assert_cmpint (g_chmod (in_folder, 0666), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  set_past_mtime (f->file);
  set_past_mtime (in_folder);
  set_past_mtime (old);
  file_before = snapshot_take (f->file);
  folder_before = snapshot_take (in_folder);
  old_before = snapshot_take (old);

  g_setenv ("HRP_TEST_STORE_PATH", f->file, TRUE);
  g_setenv ("HRP_TEST_STORE_IN_FOLDER", in_folder, TRUE);
  g_setenv ("HRP_TEST_STORE_OLD", old, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("HRP_TEST_STORE_PATH");
  g_unsetenv ("HRP_TEST_STORE_IN_FOLDER");
  g_unsetenv ("HRP_TEST_STORE_OLD");
  g_test_trap_assert_passed ();

  snapshot_assert_same (file_before, f->file);
  snapshot_assert_same (folder_before, in_folder);
  snapshot_assert_same (old_before, old); /* and no backup copy beside it */
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
#else
  g_test_skip ("file permissions are POSIX ones");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  hrp_test_database_add ("/store/" name, NULL, func)
  ADD ("round-trip", test_round_trip);
  ADD ("big-round-trip", test_big_round_trip);
  ADD ("years", test_years);
  ADD ("exists", test_exists);
  ADD ("replace", test_replace);
  ADD ("delete", test_delete);
  ADD ("load-missing", test_load_missing);
  ADD ("file-ids", test_file_ids);
  ADD ("foreign-links", test_foreign_links);
  ADD ("open/text-file", test_open_text_file);
  ADD ("open/foreign-db", test_open_foreign_db);
  ADD ("open/empty-sqlite", test_open_empty_sqlite);
  ADD ("open/too-new", test_open_too_new);
  ADD ("open/corrupt", test_open_corrupt);
  ADD ("open/empty-file", test_open_empty_file);
  ADD ("open/missing-folder", test_open_missing_folder);
  ADD ("two-stores", test_two_stores);
  ADD ("atomic-save", test_atomic_save);
  ADD ("load-damaged-data", test_load_damaged_data);
  ADD ("recover-cut-off-save", test_recover_cut_off_save);
  ADD ("backup", test_backup);
  ADD ("upgrade-makes-backup", test_upgrade_makes_backup);
  ADD ("upgrade-adds-signers", test_upgrade_adds_signers);
  ADD ("read-only", test_read_only);
  ADD ("read-only/refused", test_read_only_refused);
  ADD ("read-only/permissions", test_read_only_permissions);
#undef ADD

  return g_test_run ();
}
