/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sample.c — the sample plan (Nong Kaew SAO, FY 2568) is whole,
 * valid and free of the breakage of text copied out of PDFs */
#include "config.h"

#include "hrp-library.h"
#include "hrp-store.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"
#include "hrp-xml.h"

static void
assert_clean (const char *what,
              const char *text)
{
  if (hrp_thai_has_broken_pattern (text))
    g_error ("%s has broken Thai: %s", what, text);
  if (g_strstr_len (text, -1, "  ") != NULL)
    g_error ("%s has a double space: %s", what, text);
}

static void
assert_clean_list (const char *what,
                   GListStore *store)
{
  for (guint i = 0; i < hrp_test_n_items (store); i++)
    {
      g_autoptr(HrpText) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_cmpstr (hrp_text_get_text (item), !=, "");
      assert_clean (what, hrp_text_get_text (item));
    }
}

static void
test_counts (void)
{
  g_autoptr(HrpPlan) plan = hrp_test_load_sample_file ();
  const guint activities_per_policy[] = { 3, 2, 1, 1, 3, 1, 1, 4, 1, 1 };
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  g_autoptr(HrpStrategy) strategy8 = NULL;
  guint n_budgets = 0;

  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2568);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "องค์การบริหารส่วนตำบลหนองแก้ว");
  g_assert_cmpstr (hrp_plan_get_org_district (plan), ==, "อำเภอกันทรารมย์");
  g_assert_cmpstr (hrp_plan_get_org_province (plan), ==, "จังหวัดศรีสะเกษ");
  g_assert_cmpstr (hrp_plan_get_title (plan), ==,
                   "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568");
  g_assert_cmpstr (hrp_plan_get_preamble (plan), !=, "");
  g_assert_cmpstr (hrp_plan_get_vision (plan), !=, "");
  g_assert_cmpstr (hrp_plan_get_policy_intro (plan), !=, "");

  g_assert_cmpuint (g_list_model_get_n_items (missions), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (strategies), ==, 9);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_positions (plan)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (policies), ==, 10);

  /* Strategy n serves mission n; each has goals, objectives, indicators. */
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);

      g_assert_true (hrp_strategy_get_mission (strategy) == mission);
      g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_goals (strategy)), >=, 1);
      g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_objectives (strategy)), >=, 1);
      g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_indicators (strategy)), >=, 1);
    }
  strategy8 = g_list_model_get_item (strategies, 7);
  g_assert_cmpstr (hrp_strategy_get_title (strategy8), ==, "การพัฒนาด้านการเมืองและการบริหาร");

  /* The ten policies serve strategy 8; activities as in the table. */
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      g_assert_true (hrp_policy_get_strategy (policy) == strategy8);
      g_assert_true (g_str_has_prefix (hrp_policy_get_title (policy), "ด้าน"));
      g_assert_cmpstr (hrp_policy_get_description (policy), !=, "");
      g_assert_cmpuint (g_list_model_get_n_items (activities), ==, activities_per_policy[i]);

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);

          for (guint q = 1; q <= 4; q++)
            g_assert_false (hrp_activity_get_quarter (activity, q));
          if (hrp_activity_get_budget (activity) != HRP_BUDGET_NONE)
            {
              /* Only the training project, under policies 4 and 7 */
              g_assert_cmpint (hrp_activity_get_budget (activity), ==, 20000000);
              g_assert_true (i == 3 || i == 6);
              n_budgets++;
            }
        }
    }
  g_assert_cmpuint (n_budgets, ==, 2);
  g_assert_cmpint (hrp_plan_total_budget (plan), ==, 40000000);
  /* The same training project under policies 4 and 7. */
  g_assert_cmpint (hrp_plan_total_budget_once (plan), ==, 20000000);
}

static void
test_no_broken_thai (void)
{
  g_autoptr(HrpPlan) plan = hrp_test_load_sample_file ();
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  const char *plan_texts[] = {
    hrp_plan_get_org_name (plan), hrp_plan_get_org_district (plan),
    hrp_plan_get_org_province (plan), hrp_plan_get_title (plan),
    hrp_plan_get_preamble (plan), hrp_plan_get_vision (plan),
    hrp_plan_get_policy_intro (plan),
  };

  for (guint i = 0; i < G_N_ELEMENTS (plan_texts); i++)
    assert_clean ("plan", plan_texts[i]);
  for (guint i = 0; i < g_list_model_get_n_items (missions); i++)
    {
      g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);

      assert_clean ("mission", hrp_mission_get_text (mission));
    }
  assert_clean_list ("position", G_LIST_STORE (hrp_plan_get_positions (plan)));
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);

      assert_clean ("strategy", hrp_strategy_get_title (strategy));
      assert_clean_list ("goal", G_LIST_STORE (hrp_strategy_get_goals (strategy)));
      assert_clean_list ("objective", G_LIST_STORE (hrp_strategy_get_objectives (strategy)));
      assert_clean_list ("indicator", G_LIST_STORE (hrp_strategy_get_indicators (strategy)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      assert_clean ("policy", hrp_policy_get_title (policy));
      assert_clean ("policy", hrp_policy_get_description (policy));
      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);

          assert_clean ("activity", hrp_activity_get_name (activity));
        }
    }
}

static void
test_seed_is_broken (void)
{
  const char *seed_dir = g_getenv ("HRPLAN_SEED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *seed = NULL;

  /* The detector finds the breakage in the real source document. */
  if (seed_dir == NULL)
    {
      g_test_skip ("HRPLAN_SEED_DIR not set");
      return;
    }
  path = g_build_filename (seed_dir, "000_118bff92f18f2949.txt", NULL);
  if (!g_file_get_contents (path, &seed, NULL, NULL))
    {
      g_test_skip ("the seed document is not beside the project");
      return;
    }
  g_assert_true (hrp_thai_has_broken_pattern (seed));
}

static void
test_compiled_in_sample (void)
{
  g_autoptr(HrpPlan) from_file = hrp_test_load_sample_file ();
  g_autoptr(HrpPlan) compiled = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GError) error = NULL;

  /* The program's own copy is this file, and it stores. */
  compiled = hrp_library_load_sample (&error);
  g_assert_no_error (error);
  a = hrp_xml_export (from_file, NULL);
  b = hrp_xml_export (compiled, NULL);
  g_assert_true (g_bytes_equal (a, b));
}

static void
test_sample_stores (void)
{
  g_autofree char *dir = hrp_test_make_dir ("hrplan-sample-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "plans.db", NULL);
  g_autoptr(HrpPlan) plan = hrp_test_load_sample_file ();
  g_autoptr(HrpPlan) loaded = NULL;
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;

  store = hrp_test_store_new (db, plan);
  loaded = hrp_test_load_plan (store, 2568);
  a = hrp_xml_export (plan, NULL);
  b = hrp_xml_export (loaded, NULL);
  g_assert_true (g_bytes_equal (a, b));

  g_clear_object (&store);
  hrp_test_remove_tree (dir);
}

/* A copy is the same plan (the same export, byte for byte) made of other
 * objects, its links inside itself; an unfinished plan copies too. */
static void
test_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = hrp_library_load_sample (&error);
  g_autoptr(HrpPlan) copy = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(HrpStrategy) strategy = NULL;
  g_autoptr(HrpMission) mission = NULL;
  g_autoptr(HrpPlan) unfinished = hrp_plan_new ();
  g_autoptr(HrpPlan) unfinished_copy = NULL;
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("");

  g_assert_no_error (error);
  copy = hrp_plan_copy (plan);
  a = hrp_xml_export (plan, NULL);
  b = hrp_xml_export (copy, NULL);
  g_assert_true (g_bytes_equal (a, b));

  strategy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (copy)), 0);
  mission = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_missions (copy)), 0);
  g_assert_true (hrp_strategy_get_mission (strategy) == mission);
  hrp_plan_set_vision (copy, "อื่น");
  g_assert_cmpstr (hrp_plan_get_vision (plan), !=, "อื่น");

  hrp_model_list_append (hrp_plan_get_policies (unfinished), policy);
  unfinished_copy = hrp_plan_copy (unfinished);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_policies (unfinished_copy))), ==, 1);
  g_assert_cmpstr (hrp_plan_get_vision (unfinished_copy), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample/counts", test_counts);
  g_test_add_func ("/sample/no-broken-thai", test_no_broken_thai);
  g_test_add_func ("/sample/seed-is-broken", test_seed_is_broken);
  g_test_add_func ("/sample/compiled-in", test_compiled_in_sample);
  g_test_add_func ("/sample/stores", test_sample_stores);
  g_test_add_func ("/sample/copy", test_copy);

  return g_test_run ();
}
