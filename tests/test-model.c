/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model.c — the plan objects: properties, notifications, lists */
#include "config.h"

#include "hrp-model.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_plan_properties (void)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autofree char *title = NULL;
  guint notified = 0;
  int year = 0;

  g_signal_connect (plan, "notify::title", G_CALLBACK (count_notify_cb), &notified);

  hrp_plan_set_title (plan, "แผน พ.ศ. 2568");
  hrp_plan_set_title (plan, "แผน พ.ศ. 2568");  /* same value: no notify */
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (plan, "fiscal-year", 2570, "vision", "เมืองน่าอยู่", NULL);
  g_object_get (plan, "fiscal-year", &year, "title", &title, NULL);
  g_assert_cmpint (year, ==, 2570);
  g_assert_cmpstr (title, ==, "แผน พ.ศ. 2568");
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "เมืองน่าอยู่");
  g_assert_cmpstr (hrp_plan_get_preamble (plan), ==, "");

  hrp_plan_set_org_name (plan, NULL);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "");
}

static void
test_lists_and_links (void)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpMission) mission = hrp_mission_new ("ส่งเสริมเศรษฐกิจ");
  g_autoptr(HrpStrategy) strategy = hrp_strategy_new ("การพัฒนาด้านเศรษฐกิจ");
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านอัตรากำลัง");
  g_autoptr(HrpActivity) activity = hrp_activity_new ("ปรับปรุงแผนอัตรากำลัง 3 ปี");
  g_autoptr(HrpText) goal = hrp_text_new ("เป้าหมาย");
  g_autoptr(HrpStrategy) linked = NULL;
  guint notified = 0;

  hrp_model_list_append (hrp_plan_get_missions (plan), mission);
  hrp_model_list_append (hrp_plan_get_strategies (plan), strategy);
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);
  hrp_model_list_append (hrp_strategy_get_goals (strategy), goal);
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);

  g_signal_connect (strategy, "notify::mission", G_CALLBACK (count_notify_cb), &notified);
  hrp_strategy_set_mission (strategy, mission);
  hrp_strategy_set_mission (strategy, mission);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (hrp_strategy_get_mission (strategy) == mission);

  hrp_policy_set_strategy (policy, strategy);
  g_object_get (policy, "strategy", &linked, NULL);
  g_assert_true (linked == strategy);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_missions (plan))), ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (hrp_plan_get_policies (plan))) == HRP_TYPE_POLICY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hrp_strategy_get_goals (strategy))), ==, 1);

  /* Unlinking */
  hrp_strategy_set_mission (strategy, NULL);
  g_assert_null (hrp_strategy_get_mission (strategy));
}

static void
test_activity (void)
{
  g_autoptr(HrpActivity) activity = hrp_activity_new ("กิจกรรม 5 ส.");
  gboolean q3 = FALSE;
  gint64 budget = 0;
  guint notified = 0;

  g_assert_cmpint (hrp_activity_get_budget (activity), ==, HRP_BUDGET_NONE);
  for (guint q = 1; q <= 4; q++)
    g_assert_false (hrp_activity_get_quarter (activity, q));

  g_signal_connect (activity, "notify::q3", G_CALLBACK (count_notify_cb), &notified);
  hrp_activity_set_quarter (activity, 3, TRUE);
  hrp_activity_set_quarter (activity, 3, 7);  /* any true value is TRUE */
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (activity, "q3", &q3, NULL);
  g_assert_true (q3);
  g_assert_false (hrp_activity_get_quarter (activity, 2));

  g_object_set (activity, "budget", (gint64) 20000000, NULL);
  g_object_get (activity, "budget", &budget, NULL);
  g_assert_cmpint (budget, ==, 20000000);
  hrp_activity_set_budget (activity, 0);
  g_assert_cmpint (hrp_activity_get_budget (activity), ==, 0);
}

static void
test_roll_over (void)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();

  hrp_plan_set_fiscal_year (plan, 2568);
  hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
  hrp_plan_roll_over (plan, 2569);
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2569);
  g_assert_cmpstr (hrp_plan_get_title (plan), ==,
                   "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
}

/* A signer's texts are never NULL; the plan's list is read-only, filled
 * by hrp_model_list_append; a copy (and so "Start Next Year") carries
 * the signers over, in order, as objects of its own. */
static void
test_signers (void)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpSigner) officer = hrp_signer_new ("นางสาวตัวอย่าง ขยันดี", "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้จัดทำ");
  g_autoptr(HrpSigner) chief = hrp_signer_new ("นายตัวอย่าง ใจดี", "นายกองค์การบริหารส่วนตำบลหนองแก้ว", NULL);
  g_autoptr(HrpSigner) empty = g_object_new (HRP_TYPE_SIGNER, NULL);
  g_autoptr(HrpPlan) copy = NULL;
  g_autofree char *role = NULL;
  GListModel *signers;
  guint notified = 0;

  g_assert_cmpstr (hrp_signer_get_name (empty), ==, "");
  g_assert_cmpstr (hrp_signer_get_position (empty), ==, "");
  g_assert_cmpstr (hrp_signer_get_role (empty), ==, "");
  g_assert_cmpstr (hrp_signer_get_role (chief), ==, "");

  g_signal_connect (chief, "notify::role", G_CALLBACK (count_notify_cb), &notified);
  hrp_signer_set_role (chief, "ผู้อนุมัติ");
  hrp_signer_set_role (chief, "ผู้อนุมัติ");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (chief, "role", &role, NULL);
  g_assert_cmpstr (role, ==, "ผู้อนุมัติ");
  hrp_signer_set_position (empty, NULL);
  g_assert_cmpstr (hrp_signer_get_position (empty), ==, "");

  signers = hrp_plan_get_signers (plan);
  g_assert_true (g_list_model_get_item_type (signers) == HRP_TYPE_SIGNER);
  hrp_model_list_append (signers, officer);
  hrp_model_list_append (signers, chief);
  hrp_plan_set_fiscal_year (plan, 2568);
  hrp_plan_set_title (plan, "แผน ประจำปีงบประมาณ พ.ศ. 2568");

  copy = hrp_plan_copy (plan);
  hrp_plan_roll_over (copy, 2569);
  g_assert_cmpuint (g_list_model_get_n_items (hrp_plan_get_signers (copy)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HrpSigner) a = g_list_model_get_item (signers, i);
      g_autoptr(HrpSigner) b = g_list_model_get_item (hrp_plan_get_signers (copy), i);

      g_assert_true (a != b);
      g_assert_cmpstr (hrp_signer_get_name (a), ==, hrp_signer_get_name (b));
      g_assert_cmpstr (hrp_signer_get_position (a), ==, hrp_signer_get_position (b));
      g_assert_cmpstr (hrp_signer_get_role (a), ==, hrp_signer_get_role (b));
    }
  {
    g_autoptr(HrpSigner) second = g_list_model_get_item (hrp_plan_get_signers (copy), 1);

    g_assert_cmpstr (hrp_signer_get_name (second), ==, "นายตัวอย่าง ใจดี");
    g_assert_cmpstr (hrp_signer_get_role (second), ==, "ผู้อนุมัติ");
    /* the copy's signers are its own */
    hrp_signer_set_name (second, "นายใหม่ ใจงาม");
    g_assert_cmpstr (hrp_signer_get_name (chief), ==, "นายตัวอย่าง ใจดี");
  }
}

static void
test_total_budget (void)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  const gint64 budgets[] = { 20000000, HRP_BUDGET_NONE, 0, 20000050 };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HrpPolicy) policy = hrp_policy_new ("นโยบาย");

      for (guint j = 0; j < 2; j++)
        {
          g_autoptr(HrpActivity) activity = hrp_activity_new ("กิจกรรม");

          hrp_activity_set_budget (activity, budgets[i * 2 + j]);
          hrp_model_list_append (hrp_policy_get_activities (policy), activity);
        }
      hrp_model_list_append (hrp_plan_get_policies (plan), policy);
    }

  g_assert_cmpint (hrp_plan_total_budget (plan), ==, 40000050);
  /* Different budgets: different projects, nothing counted once. */
  g_assert_cmpint (hrp_plan_total_budget_once (plan), ==, 40000050);
}

/* The seed's training project under two policies, 200,000 each. */
static void
test_repeated_activity (void)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  const char *names[] = { "โครงการฝึกอบรม  สัมมนา", "อื่น", "โครงการฝึกอบรม สัมมนา", "โครงการฝึกอบรม สัมมนา" };
  const gint64 budgets[] = { 20000000, 500, 20000000, 20000000 };
  HrpActivity *activities[4];

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HrpPolicy) policy = hrp_policy_new ("นโยบาย");

      for (guint j = 0; j < 4; j++)
        {
          g_autoptr(HrpActivity) activity = NULL;

          /* policy 0: the project and another; policy 1: the project; policy 2: none */
          if (!((i == 0 && j < 2) || (i == 1 && j == 2)))
            continue;
          activity = hrp_activity_new (names[j]);
          hrp_activity_set_budget (activity, budgets[j]);
          hrp_model_list_append (hrp_policy_get_activities (policy), activity);
          activities[j] = activity;
        }
      hrp_model_list_append (hrp_plan_get_policies (plan), policy);
    }

  g_assert_cmpint (hrp_plan_total_budget (plan), ==, 40000500);
  g_assert_cmpint (hrp_plan_total_budget_once (plan), ==, 20000500);
  g_assert_true (hrp_plan_activity_is_repeated (plan, activities[0]));
  g_assert_false (hrp_plan_activity_is_repeated (plan, activities[1]));
  g_assert_true (hrp_plan_activity_is_repeated (plan, activities[2]));
  {
    g_autoptr(GHashTable) repeated = hrp_plan_repeated_activities (plan);

    /* The set agrees with the question asked one by one. */
    g_assert_cmpuint (g_hash_table_size (repeated), ==, 2);
    g_assert_true (g_hash_table_contains (repeated, activities[0]));
    g_assert_false (g_hash_table_contains (repeated, activities[1]));
    g_assert_true (g_hash_table_contains (repeated, activities[2]));
  }

  /* Another budget makes it another project. */
  hrp_activity_set_budget (activities[2], 10000000);
  g_assert_false (hrp_plan_activity_is_repeated (plan, activities[0]));
  {
    g_autoptr(GHashTable) repeated = hrp_plan_repeated_activities (plan);

    g_assert_cmpuint (g_hash_table_size (repeated), ==, 0);
  }
  g_assert_cmpint (hrp_plan_total_budget_once (plan), ==, 30000500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/plan-properties", test_plan_properties);
  g_test_add_func ("/model/lists-and-links", test_lists_and_links);
  g_test_add_func ("/model/activity", test_activity);
  g_test_add_func ("/model/roll-over", test_roll_over);
  g_test_add_func ("/model/signers", test_signers);
  g_test_add_func ("/model/total-budget", test_total_budget);
  g_test_add_func ("/model/repeated-activity", test_repeated_activity);

  return g_test_run ();
}
