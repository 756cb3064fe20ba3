/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-import.c — a plan recognised in the text of a plan document:
 * the real plan's text extracted from its PDF (the seed) against the
 * sample plan corrected by hand, and small documents made up here */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hrp-test-util.h"
#include "hrp-text-import.h"
#include "hrp-thai.h"
#include "hrp-xml.h"

/* The same text but for white space: a line break or a stray space of
 * the PDF's text is not a difference of wording. */
static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *sa = hrp_test_squeeze (a);
  g_autofree char *sb = hrp_test_squeeze (b);

  return strcmp (sa, sb) == 0;
}

static void
assert_same_words (const char *what,
                   const char *imported,
                   const char *sample)
{
  if (!same_words (imported, sample))
    g_error ("%s differs:\n  imported: %s\n  sample:   %s", what, imported, sample);
}

static HrpPlan *
import_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  HrpPlan *plan = hrp_text_import (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static const char *
text_at (GListStore *store,
         guint       i)
{
  g_autoptr(HrpText) item = g_list_model_get_item (G_LIST_MODEL (store), i);

  /* the list holds the item */
  return hrp_text_get_text (item);
}

/* Notes a text that differs from the sample's, in words, under its name. */
static void
note (GPtrArray  *differ,
      const char *name,
      const char *imported,
      const char *sample)
{
  if (!same_words (imported, sample))
    {
      g_test_message ("differs: %s\n  imported: %s\n  sample:   %s", name, imported, sample);
      g_ptr_array_add (differ, g_strdup (name));
    }
}

static void
note_list (GPtrArray  *differ,
           const char *name,
           GListStore *imported,
           GListStore *sample)
{
  g_assert_cmpuint (hrp_test_n_items (imported), ==, hrp_test_n_items (sample));
  for (guint i = 0; i < hrp_test_n_items (sample); i++)
    {
      g_autofree char *label = g_strdup_printf ("%s %u", name, i + 1);

      note (differ, label, text_at (imported, i), text_at (sample, i));
    }
}

/* The seed is the text of the real plan's PDF; the sample is that plan
 * corrected by hand.  The structure is the same, and so are the texts,
 * but for the corrections of the source's own typing errors and missing
 * words that no rule can guess. */
static void
test_seed (void)
{
  const char *seed_dir = g_getenv ("HRPLAN_SEED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *seed = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autoptr(HrpStrategy) hr_strategy = NULL;
  g_autoptr(GPtrArray) differ = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) differ_list = g_string_new (NULL);
  g_autofree char *vision = NULL;
  /* The texts whose words the sample corrected by hand: typing errors of
   * the source document (ชีวิติ, ครอบครุม, เหื่อ, สามามารถ, มีให้, น้ำผล,
   * วิทยะฐาน, ทีบุ่คลากร), words it left out (ตำบล, ระดับ, คัดเลือก,
   * หนัก of ตระหนัก, การปฏิบัติงาน), words it doubled (อื่นอื่น,
   * ตั้งตั้ง, ชั้น for ขั้น) and a sentence of policy 3 that the source
   * printed under policy 2. */
  static const char *expected_differ =
    "preamble, strategy 3 goal 2, strategy 3 objective 1, strategy 5 objective 1, "
    "strategy 9 goal 2, policy 2 description, policy 3 description, "
    "policy 5 description, policy 6 description, policy 8 activity 4, "
    "policy 9 description";
  GListModel *missions, *strategies, *policies;
  GListModel *sample_missions, *sample_strategies, *sample_policies;

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

  plan = import_ok (seed);
  missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  sample_missions = G_LIST_MODEL (hrp_plan_get_missions (sample));
  sample_strategies = G_LIST_MODEL (hrp_plan_get_strategies (sample));
  sample_policies = G_LIST_MODEL (hrp_plan_get_policies (sample));

  /* The same structure */
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2568);
  g_assert_cmpuint (hrp_test_n_items (missions), ==, 9);
  g_assert_cmpuint (hrp_test_n_items (strategies), ==, 9);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_positions (plan)), ==, 5);
  g_assert_cmpuint (hrp_test_n_items (policies), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      g_autoptr(HrpPolicy) expected = g_list_model_get_item (sample_policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
      GListModel *expected_activities = G_LIST_MODEL (hrp_policy_get_activities (expected));

      g_assert_cmpuint (hrp_test_n_items (activities), ==, hrp_test_n_items (expected_activities));
      for (guint j = 0; j < hrp_test_n_items (activities); j++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);
          g_autoptr(HrpActivity) expected_activity = g_list_model_get_item (expected_activities, j);

          g_assert_cmpint (hrp_activity_get_budget (activity), ==,
                           hrp_activity_get_budget (expected_activity));
        }
    }
  g_assert_cmpint (hrp_plan_total_budget (plan), ==, 40000000);
  g_assert_cmpint (hrp_plan_total_budget_once (plan), ==, 20000000);

  /* The links: strategy n serves mission n, the policies strategy 8 */
  hr_strategy = g_list_model_get_item (strategies, 7);
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);

      g_assert_true (hrp_strategy_get_mission (strategy) == mission);
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      g_assert_true (hrp_policy_get_strategy (policy) == hr_strategy);
    }

  /* Exactly: the organization and the title */
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, hrp_plan_get_org_name (sample));
  g_assert_cmpstr (hrp_plan_get_org_district (plan), ==, hrp_plan_get_org_district (sample));
  g_assert_cmpstr (hrp_plan_get_org_province (plan), ==, hrp_plan_get_org_province (sample));
  g_assert_cmpstr (hrp_plan_get_title (plan), ==, hrp_plan_get_title (sample));

  /* In words: the vision, the missions, the strategies' and the policies'
   * titles.  The source document misspells ชุมชน in its vision. */
  vision = g_strdup (hrp_plan_get_vision (plan));
  g_assert_nonnull (strstr (vision, "ชมชุน"));
  memcpy (strstr (vision, "ชมชุน"), "ชุมชน", strlen ("ชุมชน"));
  assert_same_words ("the vision", vision, hrp_plan_get_vision (sample));
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);
      g_autoptr(HrpMission) expected = g_list_model_get_item (sample_missions, i);

      assert_same_words ("a mission", hrp_mission_get_text (mission), hrp_mission_get_text (expected));
    }
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(HrpStrategy) expected = g_list_model_get_item (sample_strategies, i);

      assert_same_words ("a strategy's title", hrp_strategy_get_title (strategy),
                         hrp_strategy_get_title (expected));
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      g_autoptr(HrpPolicy) expected = g_list_model_get_item (sample_policies, i);

      assert_same_words ("a policy's title", hrp_policy_get_title (policy),
                         hrp_policy_get_title (expected));
    }

  /* The other texts: the ones that differ are the ones the sample
   * corrected by hand. */
  note (differ, "preamble", hrp_plan_get_preamble (plan), hrp_plan_get_preamble (sample));
  note (differ, "policy introduction", hrp_plan_get_policy_intro (plan),
        hrp_plan_get_policy_intro (sample));
  note_list (differ, "position", G_LIST_STORE (hrp_plan_get_positions (plan)), G_LIST_STORE (hrp_plan_get_positions (sample)));
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(HrpStrategy) expected = g_list_model_get_item (sample_strategies, i);
      g_autofree char *goal = g_strdup_printf ("strategy %u goal", i + 1);
      g_autofree char *objective = g_strdup_printf ("strategy %u objective", i + 1);
      g_autofree char *indicator = g_strdup_printf ("strategy %u indicator", i + 1);

      note_list (differ, goal, G_LIST_STORE (hrp_strategy_get_goals (strategy)), G_LIST_STORE (hrp_strategy_get_goals (expected)));
      note_list (differ, objective, G_LIST_STORE (hrp_strategy_get_objectives (strategy)),
                 G_LIST_STORE (hrp_strategy_get_objectives (expected)));
      note_list (differ, indicator, G_LIST_STORE (hrp_strategy_get_indicators (strategy)),
                 G_LIST_STORE (hrp_strategy_get_indicators (expected)));
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      g_autoptr(HrpPolicy) expected = g_list_model_get_item (sample_policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
      GListModel *expected_activities = G_LIST_MODEL (hrp_policy_get_activities (expected));
      g_autofree char *description = g_strdup_printf ("policy %u description", i + 1);

      note (differ, description, hrp_policy_get_description (policy),
            hrp_policy_get_description (expected));
      for (guint j = 0; j < hrp_test_n_items (activities); j++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);
          g_autoptr(HrpActivity) expected_activity = g_list_model_get_item (expected_activities, j);
          g_autofree char *name = g_strdup_printf ("policy %u activity %u", i + 1, j + 1);

          note (differ, name, hrp_activity_get_name (activity),
                hrp_activity_get_name (expected_activity));
        }
    }

  for (guint i = 0; i < differ->len; i++)
    g_string_append_printf (differ_list, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (differ, i));
  g_assert_cmpstr (differ_list->str, ==, expected_differ);
}

/* A small plan written as a user might paste it: the parts in order,
 * Thai digits, broken Thai, a heading run into the line before, an item
 * cut by the line, a page number and the table's header again. */
static char *
small_plan_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "plan-text-2569.txt", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_small_plan (void)
{
  g_autofree char *small_plan = small_plan_text ();
  g_autoptr(HrpPlan) plan = import_ok (small_plan);
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  g_autoptr(HrpStrategy) s1 = NULL;
  g_autoptr(HrpStrategy) s2 = NULL;
  g_autoptr(HrpMission) m1 = NULL;
  g_autoptr(HrpMission) m2 = NULL;
  g_autoptr(HrpPolicy) p1 = NULL;
  g_autoptr(HrpPolicy) p2 = NULL;
  g_autoptr(HrpActivity) a = NULL;
  GListStore *activities;

  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2569);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "เทศบาลตำบลทดลอง");
  g_assert_cmpstr (hrp_plan_get_org_district (plan), ==, "อำเภอเมือง");
  g_assert_cmpstr (hrp_plan_get_org_province (plan), ==, "จังหวัดขอนแก่น");
  g_assert_cmpstr (hrp_plan_get_title (plan), ==,
                   "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
  /* An indented line starts a paragraph. */
  g_assert_cmpstr (hrp_plan_get_preamble (plan), ==,
                   "เทศบาลมีหน้าที่ตามกฎหมายและพัฒนาบุคลากร\nย่อหน้าที่สอง");
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "บ้านเมืองน่าอยู่");

  g_assert_cmpuint (hrp_test_n_items (missions), ==, 2);
  m1 = g_list_model_get_item (missions, 0);
  m2 = g_list_model_get_item (missions, 1);
  g_assert_cmpstr (hrp_mission_get_text (m1), ==, "จัดการน้ำให้ทั่วถึง");
  g_assert_cmpstr (hrp_mission_get_text (m2), ==, "พัฒนาการบริหารองค์กร");

  g_assert_cmpuint (hrp_test_n_items (strategies), ==, 2);
  s1 = g_list_model_get_item (strategies, 0);
  s2 = g_list_model_get_item (strategies, 1);
  g_assert_cmpstr (hrp_strategy_get_title (s1), ==, "การพัฒนาแหล่งน้ำ");
  g_assert_true (hrp_strategy_get_mission (s1) == m1);
  g_assert_true (hrp_strategy_get_mission (s2) == m2);
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_goals (s1)), ==, 2);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_goals (s1)), 1), ==, "ซ่อมแซมท่อระบายน้ำ");
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_objectives (s1)), ==, 1);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_objectives (s1)), 0), ==, "มีน้ำใช้ตลอดปี");
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_indicators (s1)), ==, 1);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_indicators (s1)), 0), ==, "ร้อยละ ๘๐");
  g_assert_cmpstr (hrp_strategy_get_title (s2), ==, "การพัฒนาด้านการบริหาร");
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_goals (s2)), 0), ==, "พัฒนาบุคลากร");
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_indicators (s2)), 0), ==, "ร้อยละ ๙๐");

  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_positions (plan)), ==, 2);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_plan_get_positions (plan)), 1), ==, "บุคลากรมีคุณภาพ");
  g_assert_cmpstr (hrp_plan_get_policy_intro (plan), ==,
                   "เพื่อให้การบริหารมีประสิทธิภาพ จึงกำหนดนโยบาย 2 ด้านดังนี้");

  /* The policies serve the strategy whose goals develop the staff. */
  g_assert_cmpuint (hrp_test_n_items (policies), ==, 2);
  p1 = g_list_model_get_item (policies, 0);
  p2 = g_list_model_get_item (policies, 1);
  g_assert_cmpstr (hrp_policy_get_title (p1), ==, "ด้านการสรรหา");
  g_assert_cmpstr (hrp_policy_get_description (p1), ==, "สรรหาอย่างเป็นธรรมโปร่งใส");
  g_assert_true (hrp_policy_get_strategy (p1) == s2);
  g_assert_true (hrp_policy_get_strategy (p2) == s2);

  /* The table: "-" is no budget, Thai digits, a cell cut by the page */
  activities = G_LIST_STORE (hrp_policy_get_activities (p1));
  g_assert_cmpuint (hrp_test_n_items (activities), ==, 2);
  a = g_list_model_get_item (G_LIST_MODEL (activities), 0);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "ประกาศรับสมัครพนักงานจ้างตามภารกิจทุกตำแหน่ง");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, HRP_BUDGET_NONE);
  g_clear_object (&a);
  a = g_list_model_get_item (G_LIST_MODEL (activities), 1);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "สอบคัดเลือก");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 150050);
  g_clear_object (&a);

  activities = G_LIST_STORE (hrp_policy_get_activities (p2));
  g_assert_cmpuint (hrp_test_n_items (activities), ==, 2);
  a = g_list_model_get_item (G_LIST_MODEL (activities), 0);
  g_assert_cmpstr (hrp_activity_get_name (a), ==,
                   "โครงการอบรมเพิ่มพูนความรู้ของพนักงานส่วนตำบล ประจำปีงบประมาณ 2569");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 2000000);
  g_clear_object (&a);
  a = g_list_model_get_item (G_LIST_MODEL (activities), 1);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "กิจกรรมวันท้องถิ่น");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, HRP_BUDGET_NONE);
}

/* Parts may be missing: a plan of a title, a vision and policies; no
 * link where none can be told. */
static void
test_partial_plan (void)
{
  g_autoptr(HrpPlan) plan = import_ok ("แผนพัฒนาบุคลากร พ.ศ. 2570\n"
                                       "วิสัยทัศน์\nคนเก่ง\n"
                                       "พันธกิจ\n1. หนึ่ง\n2. สอง\n"
                                       "ยุทธศาสตร์ที่ 1 เดียว\nเป้าหมาย\n- อื่น\n"
                                       "1. ด้านแรก\nคำอธิบาย\n");
  g_autoptr(HrpStrategy) strategy = NULL;
  g_autoptr(HrpPolicy) policy = NULL;

  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2570);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "");
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "คนเก่ง");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (plan)), ==, 2);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (plan)), ==, 1);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 1);
  strategy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (plan)), 0);
  policy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (plan)), 0);
  /* two missions, one strategy; no goal develops the staff */
  g_assert_null (hrp_strategy_get_mission (strategy));
  g_assert_null (hrp_policy_get_strategy (policy));
  g_assert_cmpstr (hrp_policy_get_description (policy), ==, "คำอธิบาย");
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (policy)), ==, 0);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;

  plan = hrp_text_import ("", &error);
  g_assert_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_PLAN);
  g_assert_null (plan);
  g_clear_error (&error);

  plan = hrp_text_import ("Dear colleagues,\nthe meeting is on Monday.\nถึงทุกท่าน ประชุมวันจันทร์\n", &error);
  g_assert_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_PLAN);
  g_assert_null (plan);
  g_clear_error (&error);

  /* A title alone is not a plan. */
  plan = hrp_text_import ("แผนการบริหาร พ.ศ. 2568\nหน้าว่าง\n", &error);
  g_assert_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_PLAN);
  g_clear_error (&error);

  /* The parts of a plan without its year */
  plan = hrp_text_import ("วิสัยทัศน์\nเมืองน่าอยู่\nพันธกิจ\n1. หนึ่ง\n", &error);
  g_assert_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_YEAR);
  g_assert_null (plan);
  g_clear_error (&error);
  plan = hrp_text_import ("แผนการบริหาร พ.ศ. 3999\nวิสัยทัศน์\nเมืองน่าอยู่\n", &error);
  g_assert_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_NO_YEAR);
  g_clear_error (&error);

  plan = hrp_text_import ("แผน พ.ศ. 2568\n\xa1\xa2 TIS-620\n", &error);
  g_assert_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_INVALID);
  g_assert_null (plan);
}

/* Whatever the text, the import ends: lines of headings, numbers and
 * bullets in random order. */
static void
test_random_lines (void)
{
  static const char * const pieces[] = {
    "แผนการบริหาร พ.ศ. 2568", "วิสัยทัศน์", "พันธกิจ", "ยุทธศาสตร์ที่ 1", "ยุทธศาสตร์ที่ ๒ ชื่อ",
    "เป้าหมาย", "เป้าประสงค์", "ตัวชี้วัด", "จุดยืนทางยุทธศาสตร์", "1. ด้านหนึ่ง", "2. ด้านสอง",
    "1. ข้อ", "- รายการ", "-", "200,000", "แผนการดำเนินงาน", "นโยบาย กิจกรรม/โครงการ",
    "ไตรมาส 1", "รวม", "-2-", "ข้อความ ธรรมดา", "   ย่อหน้า", "ก าหนด", "", "ด้าน",
  };

  for (guint round = 0; round < 300; round++)
    {
      GString *text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(HrpPlan) plan = NULL;

      for (guint i = g_test_rand_int_range (0, 40); i > 0; i--)
        {
          g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
          g_string_append_c (text, '\n');
        }
      plan = hrp_text_import (text->str, &error);
      g_assert_true ((plan == NULL) != (error == NULL));
      g_string_free (text, TRUE);
    }
}

/* Another office's layout: a wrapped title, "(Vision)" with the vision
 * on its line, a definition sentence, missions numbered (1), strategies
 * "1. ยุทธศาสตร์การพัฒนา ด้าน…" with numbered goals, a page header and a
 * glued page number in the middle of a strategy, "นโยบายด้าน…", and a
 * table with ticks, "บาท" and Thai digits. */
static void
test_layout_bansuan (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "layout-bansuan.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  HrpStrategy *s1, *s3;
  HrpPolicy *p1, *p2;
  HrpActivity *a;
  HrpSourceLine *unplaced;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  plan = hrp_text_import_with_report (text, report, &error);
  g_assert_no_error (error);

  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2569);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "องค์การบริหารส่วนตำบลบ้านสวน");
  g_assert_cmpstr (hrp_plan_get_title (plan), ==,
                   "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
  g_assert_cmpstr (hrp_plan_get_preamble (plan), ==, "องค์การบริหารส่วนตำบลบ้านสวนจัดทำแผนนี้เพื่อพัฒนาบุคลากร");
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "ตำบลน่าอยู่ ประชาชนมีความสุข");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (plan)), ==, 3);
  g_assert_cmpstr (hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (plan), 2)), ==,
                   "บริหารจัดการองค์กรให้มีประสิทธิภาพ");

  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (plan)), ==, 3);
  s1 = hrp_test_nth (hrp_plan_get_strategies (plan), 0);
  s3 = hrp_test_nth (hrp_plan_get_strategies (plan), 2);
  /* "1. ยุทธศาสตร์การพัฒนา ด้านโครงสร้างพื้นฐาน": the phrase joined */
  g_assert_cmpstr (hrp_strategy_get_title (s1), ==, "การพัฒนาด้านโครงสร้างพื้นฐาน");
  g_assert_cmpstr (hrp_strategy_get_title (s3), ==, "การพัฒนาด้านการบริหารจัดการ");
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_goals (s1)), ==, 2);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_goals (s1)), 1), ==, "มีไฟฟ้าส่องสว่างทุกหมู่บ้าน");
  /* after the page header and the page number */
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_indicators (s1)), ==, 1);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_indicators (s1)), 0), ==, "ร้อยละของถนนที่ได้มาตรฐาน");
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_objectives (s3)), ==, 1);
  g_assert_cmpstr (text_at (G_LIST_STORE (hrp_strategy_get_objectives (s3)), 0), ==, "บุคลากรมีความรู้ความสามารถ");

  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 2);
  p1 = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  p2 = hrp_test_nth (hrp_plan_get_policies (plan), 1);
  g_assert_cmpstr (hrp_policy_get_title (p1), ==, "ด้านการสรรหา");
  g_assert_cmpstr (hrp_policy_get_description (p1), ==, "สรรหาบุคลากรอย่างโปร่งใส");
  g_assert_true (hrp_policy_get_strategy (p2) == s3);
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (p1)), ==, 2);
  a = hrp_test_nth (hrp_policy_get_activities (p1), 0);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "สอบคัดเลือกพนักงานจ้าง");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 2000000);
  g_assert_true (hrp_activity_get_quarter (a, 1) && hrp_activity_get_quarter (a, 2));
  g_assert_false (hrp_activity_get_quarter (a, 3) || hrp_activity_get_quarter (a, 4));
  a = hrp_test_nth (hrp_policy_get_activities (p1), 1);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "ประกาศรับโอน");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, HRP_BUDGET_NONE);
  g_assert_true (hrp_activity_get_quarter (a, 2));
  g_assert_false (hrp_activity_get_quarter (a, 1) || hrp_activity_get_quarter (a, 3) || hrp_activity_get_quarter (a, 4));
  a = hrp_test_nth (hrp_policy_get_activities (p2), 0);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "อบรมพนักงาน");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 2000000);
  for (guint q = 1; q <= 4; q++)
    g_assert_true (hrp_activity_get_quarter (a, q));

  /* Only the definition sentence was not placed, with its line number. */
  g_assert_cmpuint (report->unplaced->len, ==, 1);
  unplaced = g_ptr_array_index (report->unplaced, 0);
  g_assert_cmpuint (unplaced->number, ==, 7);
  g_assert_true (g_str_has_prefix (unplaced->text, "พันธกิจ (Mission) หมายถึง"));
  g_assert_cmpuint (report->notices->len, ==, 0);
}

/* A text of the action-plan table alone: its policies and activities,
 * with a notice */
static void
test_table_only (void)
{
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = hrp_text_import_with_report (
    "แผนการดำเนินงานตามแผนการบริหารและการพัฒนาทรัพยากรบุคคล\n"
    "ประจำปีงบประมาณ พ.ศ. 2570\n"
    "นโยบาย กิจกรรม/โครงการ งบประมาณ ไตรมาส 1 ไตรมาส 2 ไตรมาส 3 ไตรมาส 4\n"
    "1. ด้านการสรรหา - สอบคัดเลือก 5,000 ✓\n"
    "2. ด้านสวัสดิการ - ตรวจสุขภาพประจำปี - \xef\x83\xbc \xef\x83\xbc \xef\x83\xbc \xef\x83\xbc\n"
    "รวม 5,000\n", report, &error);
  HrpActivity *a;

  g_assert_no_error (error);
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2570);
  g_assert_cmpstr (hrp_plan_get_title (plan), ==, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2570");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 2);
  a = hrp_test_nth (hrp_policy_get_activities (hrp_test_nth (hrp_plan_get_policies (plan), 1)), 0);
  /* the Wingdings ticks are quarters, not a part of the name */
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "ตรวจสุขภาพประจำปี");
  g_assert_true (hrp_activity_get_quarter (a, 4));
  g_assert_cmpuint (report->notices->len, ==, 1);
  g_assert_cmpuint (report->unplaced->len, ==, 0);
}

/* ---- our own PDF, read back through pdftotext ---- */

/* A text as compared with the sample's: Thai digits as Arabic ones, no
 * white space (a line wrap of the PDF is no difference). */
static char *
comparable (const char *text)
{
  g_autofree char *arabic = hrp_thai_digits_to_arabic (text != NULL ? text : "");

  return hrp_test_squeeze (arabic);
}

static void
compare_text (GString    *differ,
              const char *name,
              const char *imported,
              const char *sample)
{
  g_autofree char *a = comparable (imported);
  g_autofree char *b = comparable (sample);

  if (strcmp (a, b) != 0)
    g_string_append_printf (differ, "%s:\n  imported: %s\n  sample:   %s\n", name, imported, sample);
}

static void
compare_texts (GString    *differ,
               const char *name,
               GListModel *imported,
               GListModel *sample)
{
  guint n = g_list_model_get_n_items (imported);

  if (n != g_list_model_get_n_items (sample))
    {
      g_string_append_printf (differ, "%s: %u items, the sample %u\n", name, n,
                              g_list_model_get_n_items (sample));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s %u", name, i + 1);

      compare_text (differ, label, text_at (G_LIST_STORE (imported), i), text_at (G_LIST_STORE (sample), i));
    }
}

/* Every part of plan that differs from the sample's, one a line ("" when
 * they are the same). */
static char *
plan_differences (HrpPlan *plan,
                  HrpPlan *sample)
{
  GString *differ = g_string_new (NULL);
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  GListModel *sample_strategies = G_LIST_MODEL (hrp_plan_get_strategies (sample));
  GListModel *sample_policies = G_LIST_MODEL (hrp_plan_get_policies (sample));
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  GListModel *sample_missions = G_LIST_MODEL (hrp_plan_get_missions (sample));

  if (hrp_plan_get_fiscal_year (plan) != hrp_plan_get_fiscal_year (sample))
    g_string_append_printf (differ, "fiscal year %d\n", hrp_plan_get_fiscal_year (plan));
  compare_text (differ, "organization", hrp_plan_get_org_name (plan), hrp_plan_get_org_name (sample));
  compare_text (differ, "district", hrp_plan_get_org_district (plan), hrp_plan_get_org_district (sample));
  compare_text (differ, "province", hrp_plan_get_org_province (plan), hrp_plan_get_org_province (sample));
  compare_text (differ, "title", hrp_plan_get_title (plan), hrp_plan_get_title (sample));
  compare_text (differ, "preamble", hrp_plan_get_preamble (plan), hrp_plan_get_preamble (sample));
  compare_text (differ, "vision", hrp_plan_get_vision (plan), hrp_plan_get_vision (sample));
  if (g_list_model_get_n_items (missions) != g_list_model_get_n_items (sample_missions))
    g_string_append_printf (differ, "missions: %u\n", g_list_model_get_n_items (missions));
  else
    for (guint i = 0; i < g_list_model_get_n_items (missions); i++)
      {
        g_autoptr(HrpMission) a = g_list_model_get_item (missions, i);
        g_autoptr(HrpMission) b = g_list_model_get_item (sample_missions, i);
        g_autofree char *label = g_strdup_printf ("mission %u", i + 1);

        compare_text (differ, label, hrp_mission_get_text (a), hrp_mission_get_text (b));
      }
  if (g_list_model_get_n_items (strategies) != g_list_model_get_n_items (sample_strategies))
    g_string_append_printf (differ, "strategies: %u\n", g_list_model_get_n_items (strategies));
  else
    for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
      {
        g_autoptr(HrpStrategy) a = g_list_model_get_item (strategies, i);
        g_autoptr(HrpStrategy) b = g_list_model_get_item (sample_strategies, i);
        g_autofree char *title = g_strdup_printf ("strategy %u", i + 1);
        g_autofree char *goals = g_strdup_printf ("strategy %u goal", i + 1);
        g_autofree char *objectives = g_strdup_printf ("strategy %u objective", i + 1);
        g_autofree char *indicators = g_strdup_printf ("strategy %u indicator", i + 1);

        compare_text (differ, title, hrp_strategy_get_title (a), hrp_strategy_get_title (b));
        compare_texts (differ, goals, G_LIST_MODEL (hrp_strategy_get_goals (a)), G_LIST_MODEL (hrp_strategy_get_goals (b)));
        compare_texts (differ, objectives, G_LIST_MODEL (hrp_strategy_get_objectives (a)),
                       G_LIST_MODEL (hrp_strategy_get_objectives (b)));
        compare_texts (differ, indicators, G_LIST_MODEL (hrp_strategy_get_indicators (a)),
                       G_LIST_MODEL (hrp_strategy_get_indicators (b)));
      }
  compare_texts (differ, "position", G_LIST_MODEL (hrp_plan_get_positions (plan)),
                 G_LIST_MODEL (hrp_plan_get_positions (sample)));
  compare_text (differ, "policy introduction", hrp_plan_get_policy_intro (plan),
                hrp_plan_get_policy_intro (sample));
  if (g_list_model_get_n_items (policies) != g_list_model_get_n_items (sample_policies))
    g_string_append_printf (differ, "policies: %u\n", g_list_model_get_n_items (policies));
  else
    for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
      {
        g_autoptr(HrpPolicy) a = g_list_model_get_item (policies, i);
        g_autoptr(HrpPolicy) b = g_list_model_get_item (sample_policies, i);
        GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (a));
        GListModel *sample_activities = G_LIST_MODEL (hrp_policy_get_activities (b));
        g_autofree char *title = g_strdup_printf ("policy %u", i + 1);
        g_autofree char *description = g_strdup_printf ("policy %u description", i + 1);

        compare_text (differ, title, hrp_policy_get_title (a), hrp_policy_get_title (b));
        compare_text (differ, description, hrp_policy_get_description (a), hrp_policy_get_description (b));
        if (g_list_model_get_n_items (activities) != g_list_model_get_n_items (sample_activities))
          {
            g_string_append_printf (differ, "policy %u: %u activities\n", i + 1,
                                    g_list_model_get_n_items (activities));
            continue;
          }
        for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
          {
            g_autoptr(HrpActivity) x = g_list_model_get_item (activities, j);
            g_autoptr(HrpActivity) y = g_list_model_get_item (sample_activities, j);
            g_autofree char *name = g_strdup_printf ("policy %u activity %u", i + 1, j + 1);

            compare_text (differ, name, hrp_activity_get_name (x), hrp_activity_get_name (y));
            if (hrp_activity_get_budget (x) != hrp_activity_get_budget (y))
              g_string_append_printf (differ, "%s: budget %" G_GINT64_FORMAT "\n", name,
                                      hrp_activity_get_budget (x));
            for (guint q = 1; q <= 4; q++)
              if (hrp_activity_get_quarter (x, q) != hrp_activity_get_quarter (y, q))
                g_string_append_printf (differ, "%s: quarter %u %s\n", name, q,
                                        hrp_activity_get_quarter (x, q) ? "ticked" : "not ticked");
          }
      }
  return g_string_free (differ, FALSE);
}

/* The sample with quarters ticked, as varied as the table can show them:
 * one, two, all or the last, in turn; written in dir */
static HrpPlan *
ticked_sample (const char *dir)
{
  HrpPlan *plan = hrp_test_load_sample_file ();
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  static const char * const patterns[] = { "x---", "-xx-", "xxxx", "---x" };
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (dir, "ticked.xml", NULL);
  guint k = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (plan), i);

      for (guint j = 0; j < hrp_test_n_items (hrp_policy_get_activities (policy)); j++, k++)
        {
          HrpActivity *activity = hrp_test_nth (hrp_policy_get_activities (policy), j);

          /* every fifth activity has none */
          for (guint q = 1; q <= 4; q++)
            hrp_activity_set_quarter (activity, q, k % 5 != 4 && patterns[k % 4][q - 1] == 'x');
        }
    }
  bytes = hrp_xml_export (plan, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return plan;
}

/* The plan of sample printed by hrplan with options, as pdftotext reads
 * it with mode ("-raw" or "-layout"). */
static char *
own_pdf_text (const char *dir,
              const char *sample,
              const char *options,
              const char *mode)
{
  g_autofree char *exe = g_strdup (g_getenv ("HRPLAN_EXE"));
  g_autofree char *base = g_path_get_basename (sample);
  g_autofree char *db_name = g_strconcat (base, ".db", NULL);
  g_autofree char *db = g_build_filename (dir, db_name, NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *db_opt = g_strconcat ("--database=", db, NULL);
  g_autofree char *import_opt = NULL;
  g_autofree char *pdf_opt = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) extra = g_strsplit (options, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", mode, pdf, "-", NULL };

  import_opt = g_strconcat ("--import=", sample, NULL);
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      const char *import_argv[] = { exe, db_opt, import_opt, NULL };

      g_free (hrp_test_run_tool (import_argv));
    }
  g_ptr_array_add (argv, exe);
  g_ptr_array_add (argv, db_opt);
  g_ptr_array_add (argv, pdf_opt);
  for (guint i = 0; extra[i] != NULL; i++)
    if (*extra[i] != '\0')
      g_ptr_array_add (argv, extra[i]);
  g_ptr_array_add (argv, NULL);
  g_free (hrp_test_run_tool ((const char * const *) argv->pdata));
  return hrp_test_run_tool (text_argv);
}

/* Our own PDF, in either digits and either orientation of its table,
 * read by pdftotext either way: the same plan as the sample. */
static void
test_own_pdf (void)
{
  static const char * const options[] = { "", "--thai-digits", "--table-orientation=portrait" };
  static const char * const modes[] = { "-raw", "-layout" };
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autoptr(HrpPlan) ticked = NULL;
  g_autofree char *sample_path = hrp_test_sample_path ();
  g_autofree char *ticked_path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (g_getenv ("HRPLAN_EXE") == NULL)
    {
      g_test_skip ("HRPLAN_EXE not set");
      return;
    }
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  dir = hrp_test_make_dir ("hrplan-own-pdf-XXXXXX");
  ticked = ticked_sample (dir);
  ticked_path = g_build_filename (dir, "ticked.xml", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    for (guint j = 0; j < G_N_ELEMENTS (modes); j++)
      {
        /* The columns of -layout place the ticks in their quarters; -raw
         * leaves a row's ticks in a run, which says how many but not
         * which quarters: its table is compared without them. */
        g_autofree char *text = own_pdf_text (dir, j == 0 ? sample_path : ticked_path, options[i], modes[j]);
        g_autoptr(GError) error = NULL;
        g_autoptr(HrpPlan) plan = hrp_text_import (text, &error);
        g_autofree char *differ = NULL;

        if (plan == NULL)
          {
            g_string_append_printf (all, "[%s %s] refused: %s\n", options[i], modes[j], error->message);
            continue;
          }
        /* Every part, field by field: -raw against the sample, -layout
         * against the ticked sample (its quarters too) */
        differ = plan_differences (plan, j == 0 ? sample : ticked);
        if (*differ != '\0')
          g_string_append_printf (all, "[%s %s]\n%s", options[i], modes[j], differ);
      }
  hrp_test_remove_tree (dir);
  if (all->len > 0)
    g_error ("our own PDF's text differs from the sample:\n%s", all->str);
}

/* A plan from lines a document reader built: the same as from the text */
static void
test_lines (void)
{
  static const char * const texts[] = {
    "แผนพัฒนาบุคลากร พ.ศ. 2570", "วิสัยทัศน์", "คนเก่ง", "พันธกิจ", "1. หนึ่ง", "2. สอง",
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free);
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (lines, hrp_source_line_new (texts[i], 1, 0));
  plan = hrp_text_import_lines (lines, report, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2570);
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "คนเก่ง");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (plan)), ==, 2);
}

/* ---- rows of the table given as cells ---- */

static void
add_line (GPtrArray  *lines,
          const char *text,
          guint       page)
{
  g_ptr_array_add (lines, hrp_source_line_new (text, page, 0));
}

/* A row as a PDF reader builds it: its cells, and its text the cells
 * joined by spaces */
static void
add_row (GPtrArray  *lines,
         guint       page,
         const char *policy,
         const char *activity,
         const char *budget,
         const char *q1,
         const char *q2,
         const char *q3,
         const char *q4)
{
  const char *cells[] = { policy, activity, budget, q1, q2, q3, q4, NULL };
  g_autofree char *joined = g_strjoinv (" ", (char **) cells);
  g_auto(GStrv) parts = g_strsplit (joined, "\n", -1);
  g_autofree char *text = g_strjoinv (" ", parts);
  HrpSourceLine *line = hrp_source_line_new (text, page, 0);

  line->cells = g_strdupv ((char **) cells);
  g_ptr_array_add (lines, line);
}

static void
assert_activity (HrpPolicy  *policy,
                 guint       i,
                 const char *name,
                 gint64      budget,
                 const char *quarters)
{
  HrpActivity *a = hrp_test_nth (hrp_policy_get_activities (policy), i);

  g_assert_cmpstr (hrp_activity_get_name (a), ==, name);
  g_assert_cmpint (hrp_activity_get_budget (a), ==, budget);
  for (guint q = 1; q <= 4; q++)
    if (hrp_activity_get_quarter (a, q) != (quarters[q - 1] == 'x'))
      g_error ("%s: quarter %u is %s", name, q, hrp_activity_get_quarter (a, q) ? "ticked" : "not ticked");
}

/* A table alone, as cells: the policies the cells name, activities as
 * bulleted or numbered lines of one cell or a wrapped name, budgets and
 * ticks of every form, the header, a policy repeated over a page and the
 * totals */
static void
test_cells_table (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free);
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  HrpPolicy *p1, *p2;

  add_line (lines, "แผนการดำเนินงานตามแผนการบริหารและการพัฒนาทรัพยากรบุคคล", 1);
  add_line (lines, "ประจำปีงบประมาณ พ.ศ. 2570", 1);
  add_row (lines, 1, "นโยบาย", "กิจกรรม/โครงการ", "งบประมาณ", "ระยะเวลาดำเนินการ", "", "", "");
  add_row (lines, 1, "", "", "", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4");
  /* the policy's title over two lines; three lines of the activities'
   * cell for two activities (the second wrapped); a tick for all in
   * quarter 1, one beside the second activity in quarter 2 */
  add_row (lines, 1, "1. ด้านการสรรหา\nและคัดเลือก", "- สอบคัดเลือกพนักงานจ้าง\n- ประกาศรับโอน\nย้ายพนักงาน",
           "20,000\n-", "✓", "\n✔", "", "");
  /* the policy's cell spans from above; no bullet: one wrapped name */
  add_row (lines, 1, "", "โครงการอบรมคุณธรรม\nจริยธรรมพนักงาน", "๒๕,๐๐๐", "", "", "/", "X");
  /* the header and the policy again at the top of the next page */
  add_row (lines, 2, "นโยบาย", "กิจกรรม/โครงการ", "งบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4");
  add_row (lines, 2, "1. ด้านการสรรหา\nและคัดเลือก", "• ตรวจสุขภาพประจำปี", "15,000 บาท", "*",
           "\xef\x83\xbc", "", "");
  /* numbered activities, an amount and a tick beside each */
  add_row (lines, 2, "2. นโยบายด้านสวัสดิการ", "1. มอบเครื่องแบบ\n2. จัดงานวันท้องถิ่น", "10,000\n5,000 บาท",
           "", "", "", "✓\n✓");
  add_row (lines, 2, "รวม", "", "75,000", "", "", "", "");

  plan = hrp_text_import_lines (lines, report, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2570);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 2);
  p1 = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  p2 = hrp_test_nth (hrp_plan_get_policies (plan), 1);
  g_assert_cmpstr (hrp_policy_get_title (p1), ==, "ด้านการสรรหาและคัดเลือก");
  g_assert_cmpstr (hrp_policy_get_title (p2), ==, "ด้านสวัสดิการ");
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (p1)), ==, 4);
  assert_activity (p1, 0, "สอบคัดเลือกพนักงานจ้าง", 2000000, "x---");
  assert_activity (p1, 1, "ประกาศรับโอนย้ายพนักงาน", HRP_BUDGET_NONE, "xx--");
  assert_activity (p1, 2, "โครงการอบรมคุณธรรมจริยธรรมพนักงาน", 2500000, "--xx");
  assert_activity (p1, 3, "ตรวจสุขภาพประจำปี", 1500000, "xx--");
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (p2)), ==, 2);
  assert_activity (p2, 0, "มอบเครื่องแบบ", 1000000, "---x");
  assert_activity (p2, 1, "จัดงานวันท้องถิ่น", 500000, "---x");
  g_assert_cmpuint (report->unplaced->len, ==, 0);
  g_assert_cmpuint (report->notices->len, ==, 1);
}

/* Rows given as cells under policies that the text described: the
 * policies by their number or their title, a row before any policy and
 * text after the table reported */
static void
test_cells_described (void)
{
  static const char * const texts[] = {
    "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2570", "วิสัยทัศน์", "บุคลากรมีคุณภาพ",
    "นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล", "1. ด้านการสรรหา", "สรรหาอย่างโปร่งใส",
    "2. ด้านการพัฒนา", "พัฒนาบุคลากรทุกคน", "แผนการดำเนินงาน",
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_source_line_free);
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  HrpPolicy *p1, *p2;
  HrpSourceLine *unplaced;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    add_line (lines, texts[i], 1);
  add_row (lines, 2, "", "- กิจกรรมก่อนนโยบาย", "1,000", "", "", "", "");
  /* the policy's cell that names it differently from the text, and one
   * that names it by its title alone */
  add_row (lines, 2, "1. การสรรหาบุคลากร", "- สอบคัดเลือก", "-", "✓", "", "", "");
  add_row (lines, 2, "การพัฒนา", "- อบรมพนักงานใหม่", "30,000", "", "✓", "", "");
  add_row (lines, 2, "", "- ศึกษาดูงาน", "40,000", "", "", "✔", "");
  add_row (lines, 2, "", "", "รวม 70,000", "", "", "", "");
  add_line (lines, "หมายเหตุ ปรับได้ตามความเหมาะสม", 2);

  plan = hrp_text_import_lines (lines, report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 2);
  p1 = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  p2 = hrp_test_nth (hrp_plan_get_policies (plan), 1);
  g_assert_cmpstr (hrp_policy_get_title (p1), ==, "ด้านการสรรหา");
  g_assert_cmpstr (hrp_policy_get_description (p1), ==, "สรรหาอย่างโปร่งใส");
  g_assert_cmpstr (hrp_policy_get_description (p2), ==, "พัฒนาบุคลากรทุกคน");
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (p1)), ==, 1);
  assert_activity (p1, 0, "สอบคัดเลือก", HRP_BUDGET_NONE, "x---");
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (p2)), ==, 2);
  assert_activity (p2, 0, "อบรมพนักงานใหม่", 3000000, "-x--");
  assert_activity (p2, 1, "ศึกษาดูงาน", 4000000, "--x-");

  g_assert_cmpuint (report->unplaced->len, ==, 2);
  unplaced = g_ptr_array_index (report->unplaced, 0);
  g_assert_cmpuint (unplaced->page, ==, 2);
  g_assert_cmpstr (unplaced->text, ==, "- กิจกรรมก่อนนโยบาย 1,000");
  unplaced = g_ptr_array_index (report->unplaced, 1);
  g_assert_cmpstr (unplaced->text, ==, "หมายเหตุ ปรับได้ตามความเหมาะสม");
  g_assert_cmpuint (report->notices->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-import/seed", test_seed);
  g_test_add_func ("/text-import/small-plan", test_small_plan);
  g_test_add_func ("/text-import/partial-plan", test_partial_plan);
  g_test_add_func ("/text-import/errors", test_errors);
  g_test_add_func ("/text-import/random-lines", test_random_lines);
  g_test_add_func ("/text-import/lines", test_lines);
  g_test_add_func ("/text-import/own-pdf", test_own_pdf);
  g_test_add_func ("/text-import/layout-bansuan", test_layout_bansuan);
  g_test_add_func ("/text-import/table-only", test_table_only);
  g_test_add_func ("/text-import/cells-table", test_cells_table);
  g_test_add_func ("/text-import/cells-described", test_cells_described);

  return g_test_run ();
}
