/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-compare.c — what changed between two plans: the sample against
 * edited copies of itself, the budgets per policy, the comparison as a
 * PDF read back with pdftotext. */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "hrp-compare.h"
#include "hrp-report.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"

#define BAHT(n) ((gint64) (n) * 100)

typedef struct {
  HrpPlan *older;
  HrpPlan *newer;   /* a copy of older, rolled over to 2569 */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->older = hrp_test_load_sample ();
  f->newer = hrp_plan_copy (f->older);
  hrp_plan_roll_over (f->newer, 2569);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->older);
  g_clear_object (&f->newer);
}

static HrpPolicy *
policy (HrpPlan *plan,
        guint    number)
{
  return hrp_test_nth (hrp_plan_get_policies (plan), number - 1);
}

static HrpActivity *
activity (HrpPlan *plan,
          guint    policy_number,
          guint    number)
{
  return hrp_test_nth (hrp_policy_get_activities (policy (plan, policy_number)), number - 1);
}

static void
print_changes (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = hrp_change_describe (g_ptr_array_index (changes, i), HRP_LANGUAGE_UI, NULL, NULL);

      g_test_message ("change %u: %s", i + 1, line);
    }
}

static gint64
sum (GPtrArray *deltas,
     gboolean   after)
{
  gint64 total = 0;

  for (guint i = 0; i < deltas->len; i++)
    {
      HrpBudgetDelta *delta = g_ptr_array_index (deltas, i);

      total += after ? delta->after : delta->before;
    }
  return total;
}

/* The sample against itself and against a copy: nothing changed. */
static void
test_unchanged (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) self = hrp_plan_compare (f->older, f->older);
  g_autoptr(HrpPlan) copy = hrp_plan_copy (f->older);
  g_autoptr(GPtrArray) changes = hrp_plan_compare (f->older, copy);
  g_autoptr(GPtrArray) deltas = hrp_plan_compare_budgets (f->older, copy);

  print_changes (changes);
  g_assert_cmpuint (self->len, ==, 0);
  g_assert_cmpuint (changes->len, ==, 0);

  g_assert_cmpuint (deltas->len, ==, 10);
  for (guint i = 0; i < deltas->len; i++)
    {
      HrpBudgetDelta *delta = g_ptr_array_index (deltas, i);

      g_assert_cmpuint (delta->number_before, ==, i + 1);
      g_assert_cmpuint (delta->number_after, ==, i + 1);
      g_assert_cmpint (delta->before, ==, delta->after);
      g_assert_cmpstr (delta->policy, ==, hrp_policy_get_title (policy (copy, i + 1)));
    }
  g_assert_cmpint (sum (deltas, FALSE), ==, BAHT (400000));
  g_assert_cmpint (sum (deltas, TRUE), ==, BAHT (400000));
}

/* Only the year changed (the title rolled over, the introduction and an
 * activity edited by hand, in Thai digits too), and white space: nothing
 * to report. */
static void
test_year_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *intro = hrp_thai_replace_year (hrp_plan_get_policy_intro (f->newer), 2568, 2569);
  g_autofree char *spaced = g_strdup_printf ("  %s ", hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (f->newer), 1)));
  HrpActivity *project = activity (f->newer, 4, 1);
  g_autofree char *name = hrp_thai_replace_year (hrp_activity_get_name (project), 2568, 2569);
  g_autofree char *thai_name = hrp_arabic_digits_to_thai (name);

  g_assert_true (strstr (hrp_plan_get_title (f->newer), "พ.ศ. 2569") != NULL);
  g_assert_true (strstr (hrp_plan_get_title (f->older), "พ.ศ. 2568") != NULL);
  g_assert_cmpstr (intro, !=, hrp_plan_get_policy_intro (f->newer));
  hrp_plan_set_policy_intro (f->newer, intro);
  hrp_activity_set_name (project, thai_name);
  hrp_mission_set_text (hrp_test_nth (hrp_plan_get_missions (f->newer), 1), spaced);

  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 0);

  /* A year that is not the plan's is a change. */
  hrp_plan_set_title (f->newer, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2570");
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hrp_plan_compare (f->older, f->newer);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((HrpChange *) changes->pdata[0])->field, ==, HRP_CHANGE_FIELD_TITLE);
}

static HrpChange *
expect (GPtrArray        *changes,
        guint             index,
        HrpChangeKind     kind,
        HrpChangeSubject  subject,
        HrpChangeField    field)
{
  HrpChange *change;

  g_assert_cmpuint (index, <, changes->len);
  change = g_ptr_array_index (changes, index);
  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpint (change->subject, ==, subject);
  g_assert_cmpint (change->field, ==, field);
  return change;
}

static void
expect_line (HrpChange  *change,
             const char *line)
{
  g_autofree char *described = hrp_change_describe (change, HRP_LANGUAGE_UI, NULL, NULL);

  g_assert_cmpstr (described, ==, line);
}

/* The line of the printed comparison, official Thai whatever the
 * program's language, and the texts printed under it (NULL: none). */
static void
expect_thai (HrpChange  *change,
             const char *line,
             const char *before,
             const char *after)
{
  g_autofree char *text_before = NULL;
  g_autofree char *text_after = NULL;
  g_autofree char *described = hrp_change_describe (change, HRP_LANGUAGE_THAI, &text_before, &text_after);

  g_assert_cmpstr (described, ==, line);
  g_assert_cmpstr (text_before, ==, before);
  g_assert_cmpstr (text_after, ==, after);
}

#define NEW_MISSION  "ส่งเสริมการใช้เทคโนโลยีดิจิทัลในการบริการประชาชน"
#define NEW_VISION   "ตำบลน่าอยู่ ชุมชนเข้มแข็ง อาชีพยั่งยืน ประชาชนมีส่วนร่วม"
#define NEW_TITLE    "ด้านการพัฒนาทรัพยากรมนุษย์"
#define NEW_ACTIVITY "อบรมการใช้เครื่องดับเพลิงเบื้องต้น"

/* The edits every test of a changed plan makes. */
static void
edit (HrpPlan *plan)
{
  g_autoptr(HrpMission) mission = hrp_mission_new (NEW_MISSION);
  g_autoptr(HrpActivity) added = hrp_activity_new (NEW_ACTIVITY);
  HrpStrategy *strategy2 = hrp_test_nth (hrp_plan_get_strategies (plan), 1);
  HrpStrategy *strategy9 = hrp_test_nth (hrp_plan_get_strategies (plan), 8);

  /* Vision, a mission added at the end, strategy 2's first goal removed,
   * strategy 9 now serving mission 8. */
  hrp_plan_set_vision (plan, NEW_VISION);
  hrp_model_list_append (hrp_plan_get_missions (plan), mission);
  g_list_store_remove (G_LIST_STORE (hrp_strategy_get_goals (strategy2)), 0);
  hrp_strategy_set_mission (strategy9, hrp_test_nth (hrp_plan_get_missions (plan), 7));

  /* Quarter 3 ticked for policy 2's first activity; policy 4 retitled
   * ("บุคคล" → "มนุษย์"); policy 7's project 250,000 baht instead of
   * 200,000; policy 8's last activity removed; an activity of 15,000.50
   * baht added to policy 9. */
  hrp_activity_set_quarter (activity (plan, 2, 1), 3, TRUE);
  hrp_policy_set_title (policy (plan, 4), NEW_TITLE);
  hrp_activity_set_budget (activity (plan, 7, 1), BAHT (250000));
  g_list_store_remove (G_LIST_STORE (hrp_policy_get_activities (policy (plan, 8))), 3);
  hrp_activity_set_budget (added, BAHT (15000) + 50);
  hrp_model_list_append (hrp_policy_get_activities (policy (plan, 9)), added);
}

static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) deltas = NULL;
  HrpChange *change;
  guint i = 0;

  edit (f->newer);
  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 9);

  /* In the document's order. */
  change = expect (changes, i++, HRP_CHANGE_CHANGED, HRP_CHANGE_PLAN, HRP_CHANGE_FIELD_VISION);
  g_assert_cmpstr (change->before, ==, hrp_plan_get_vision (f->older));
  g_assert_cmpstr (change->after, ==, NEW_VISION);
  expect_thai (change, "แก้ไขวิสัยทัศน์", hrp_plan_get_vision (f->older), NEW_VISION);

  change = expect (changes, i++, HRP_CHANGE_ADDED, HRP_CHANGE_MISSION, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpuint (change->number_before, ==, 0);
  g_assert_cmpuint (change->number_after, ==, 10);
  g_assert_null (change->before);
  g_assert_cmpstr (change->after, ==, NEW_MISSION);
  expect_line (change, "Mission 10 added: “" NEW_MISSION "”");
  expect_thai (change, "เพิ่มพันธกิจที่ 10 “" NEW_MISSION "”", NULL, NULL);

  change = expect (changes, i++, HRP_CHANGE_REMOVED, HRP_CHANGE_GOAL, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpuint (change->owner_before, ==, 2);
  g_assert_cmpuint (change->owner_after, ==, 2);
  g_assert_cmpuint (change->number_before, ==, 1);
  g_assert_cmpuint (change->number_after, ==, 0);
  g_assert_cmpstr (change->before, ==, "รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอย และสิ่งปฏิกูล");
  g_assert_null (change->after);

  change = expect (changes, i++, HRP_CHANGE_CHANGED, HRP_CHANGE_STRATEGY, HRP_CHANGE_FIELD_LINK);
  g_assert_cmpuint (change->number_before, ==, 9);
  g_assert_cmpuint (change->number_after, ==, 9);
  g_assert_cmpuint (change->link_before, ==, 9);
  g_assert_cmpuint (change->link_after, ==, 8);
  g_assert_cmpstr (change->name, ==, "การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม");
  g_assert_cmpstr (change->before, ==, "คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม");
  g_assert_cmpstr (change->after, ==, "ส่งเสริมการพัฒนาด้านการเมืองและการบริหารขององค์การบริหารส่วนตำบล");
  expect_thai (change, "ยุทธศาสตร์ที่ 9 “การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม” เปลี่ยนไปสอดคล้องกับพันธกิจที่ 8 (เดิมพันธกิจที่ 9)",
               "พันธกิจที่ 9 คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม",
               "พันธกิจที่ 8 ส่งเสริมการพัฒนาด้านการเมืองและการบริหารขององค์การบริหารส่วนตำบล");

  change = expect (changes, i++, HRP_CHANGE_CHANGED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_QUARTERS);
  g_assert_cmpuint (change->owner_after, ==, 2);
  g_assert_cmpuint (change->number_after, ==, 1);
  g_assert_cmpstr (change->name, ==, "การสอบพนักงานจ้าง");
  g_assert_cmpuint (change->quarters_before, ==, 0);
  g_assert_cmpuint (change->quarters_after, ==, 1 << 2);
  expect_line (change, "Policy 2: quarters of activity “การสอบพนักงานจ้าง” changed from none to 3");
  expect_thai (change, "แก้ไขระยะเวลาการดำเนินงานของนโยบายที่ 2 กิจกรรม/โครงการที่ 1 “การสอบพนักงานจ้าง” จาก ไม่ระบุไตรมาส เป็น ไตรมาส 3",
               NULL, NULL);

  /* A few characters of a title: changed, not removed and added. */
  change = expect (changes, i++, HRP_CHANGE_CHANGED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_TEXT);
  g_assert_cmpuint (change->number_before, ==, 4);
  g_assert_cmpuint (change->number_after, ==, 4);
  g_assert_cmpstr (change->before, ==, "ด้านการพัฒนาทรัพยากรบุคคล");
  g_assert_cmpstr (change->after, ==, NEW_TITLE);
  expect_line (change, "Policy 4 changed: “ด้านการพัฒนาทรัพยากรบุคคล” → “" NEW_TITLE "”");

  change = expect (changes, i++, HRP_CHANGE_CHANGED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_BUDGET);
  g_assert_cmpuint (change->owner_after, ==, 7);
  g_assert_cmpint (change->budget_before, ==, BAHT (200000));
  g_assert_cmpint (change->budget_after, ==, BAHT (250000));
  g_assert_true (g_str_has_prefix (change->name, "โครงการฝึกอบรมสัมมนา"));
  {
    g_autofree char *line = hrp_change_describe (change, HRP_LANGUAGE_UI, NULL, NULL);

    g_assert_true (g_str_has_prefix (line, "Policy 7: budget of activity “โครงการฝึกอบรมสัมมนา"));
    g_assert_true (g_str_has_suffix (line, "” changed from 200,000 baht to 250,000 baht"));
  }

  change = expect (changes, i++, HRP_CHANGE_REMOVED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpuint (change->owner_before, ==, 8);
  g_assert_cmpuint (change->number_before, ==, 4);
  g_assert_cmpstr (change->before, ==, "การเลื่อนวิทยฐานะพนักงานครู");
  g_assert_cmpint (change->budget_before, ==, HRP_BUDGET_NONE);
  expect_line (change, "Policy 8: activity “การเลื่อนวิทยฐานะพนักงานครู” removed");

  change = expect (changes, i++, HRP_CHANGE_ADDED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpuint (change->owner_after, ==, 9);
  g_assert_cmpuint (change->number_after, ==, 2);
  g_assert_cmpstr (change->after, ==, NEW_ACTIVITY);
  g_assert_cmpint (change->budget_after, ==, BAHT (15000) + 50);
  expect_line (change, "Policy 9: activity “" NEW_ACTIVITY "” added (15,000.50 baht)");
  expect_thai (change, "เพิ่มกิจกรรม/โครงการ “" NEW_ACTIVITY "” ในนโยบายที่ 9 (15,000.50 บาท)", NULL, NULL);

  /* Budgets: policies 7 and 9 changed, the total too. */
  deltas = hrp_plan_compare_budgets (f->older, f->newer);
  g_assert_cmpuint (deltas->len, ==, 10);
  for (guint p = 0; p < deltas->len; p++)
    {
      HrpBudgetDelta *delta = g_ptr_array_index (deltas, p);
      gint64 difference = delta->after - delta->before;

      g_assert_cmpuint (delta->number_before, ==, p + 1);
      g_assert_cmpuint (delta->number_after, ==, p + 1);
      g_assert_cmpint (difference, ==, p + 1 == 7 ? BAHT (50000) : p + 1 == 9 ? BAHT (15000) + 50 : 0);
    }
  g_assert_cmpstr (((HrpBudgetDelta *) deltas->pdata[3])->policy, ==, NEW_TITLE);
  g_assert_cmpint (sum (deltas, FALSE), ==, BAHT (400000));
  g_assert_cmpint (sum (deltas, TRUE), ==, BAHT (465000) + 50);
  g_assert_cmpint (sum (deltas, TRUE), ==, hrp_plan_total_budget (f->newer));

  /* The other way round: the opposite changes. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hrp_plan_compare (f->newer, f->older);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 9);
  expect (changes, 1, HRP_CHANGE_REMOVED, HRP_CHANGE_MISSION, HRP_CHANGE_FIELD_NONE);
  expect (changes, 2, HRP_CHANGE_ADDED, HRP_CHANGE_GOAL, HRP_CHANGE_FIELD_NONE);
  expect (changes, 7, HRP_CHANGE_ADDED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_NONE);
  expect (changes, 8, HRP_CHANGE_REMOVED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_NONE);
}

/* Two policies swapped: moved, neither removed nor added, budgets kept. */
static void
test_reordered (Fixture       *f,
                gconstpointer  data)
{
  GListStore *policies = G_LIST_STORE (hrp_plan_get_policies (f->newer));
  g_autoptr(HrpPolicy) second = g_object_ref (policy (f->newer, 2));
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) deltas = NULL;
  HrpChange *change;

  g_list_store_remove (policies, 1);
  g_list_store_insert (policies, 2, second);
  g_assert_cmpstr (hrp_policy_get_title (policy (f->newer, 3)), ==, "ด้านการสรรหาและเลือกสรรบุคคล");

  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 1);
  change = expect (changes, 0, HRP_CHANGE_MOVED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpuint (change->number_before + change->number_after, ==, 5);
  g_assert_cmpuint (change->number_before, !=, change->number_after);

  deltas = hrp_plan_compare_budgets (f->older, f->newer);
  g_assert_cmpuint (deltas->len, ==, 10);
  for (guint p = 0; p < deltas->len; p++)
    {
      HrpBudgetDelta *delta = g_ptr_array_index (deltas, p);

      g_assert_cmpuint (delta->number_after, ==, p + 1);
      g_assert_cmpint (delta->before, ==, delta->after);
    }
  g_assert_cmpuint (((HrpBudgetDelta *) deltas->pdata[1])->number_before, ==, 3);
  g_assert_cmpuint (((HrpBudgetDelta *) deltas->pdata[2])->number_before, ==, 2);

  /* Swapped goals and a mission moved to the end: moves only. */
  {
    HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (f->newer), 4);
    GListStore *goals = G_LIST_STORE (hrp_strategy_get_goals (strategy));
    g_autoptr(HrpText) goal = g_object_ref (hrp_test_nth (goals, 0));
    g_autoptr(HrpMission) mission = g_object_ref (hrp_test_nth (hrp_plan_get_missions (f->newer), 0));

    g_list_store_remove (goals, 0);
    g_list_store_append (goals, goal);
    g_list_store_remove (G_LIST_STORE (hrp_plan_get_missions (f->newer)), 0);
    hrp_model_list_append (hrp_plan_get_missions (f->newer), mission);
  }
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  for (guint c = 0; c < changes->len; c++)
    g_assert_cmpint (((HrpChange *) changes->pdata[c])->kind, ==, HRP_CHANGE_MOVED);
  g_assert_cmpuint (changes->len, ==, 3);
}

/* An item replaced by a different one is removed and added; a policy
 * renamed entirely but with its description is changed. */
static void
test_replaced (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;

  hrp_activity_set_name (activity (f->newer, 10, 1), "การตรวจสุขภาพประจำปี");
  hrp_policy_set_title (policy (f->newer, 6), "ด้านค่าตอบแทนและสิทธิประโยชน์");
  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 3);
  expect (changes, 0, HRP_CHANGE_CHANGED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_TEXT);
  expect (changes, 1, HRP_CHANGE_REMOVED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_NONE);
  expect (changes, 2, HRP_CHANGE_ADDED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_NONE);

  /* A slightly renamed activity is renamed. */
  hrp_activity_set_name (activity (f->newer, 10, 1), "กิจกรรมสร้างขวัญและกำลังใจ");
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hrp_plan_compare (f->older, f->newer);
  g_assert_cmpuint (changes->len, ==, 2);
  expect_line (expect (changes, 1, HRP_CHANGE_CHANGED, HRP_CHANGE_ACTIVITY, HRP_CHANGE_FIELD_TEXT),
               "Policy 10: activity “กิจกรรมสร้างขวัญกำลังใจ” renamed “กิจกรรมสร้างขวัญและกำลังใจ”");
}

/* Strategy titles look alike ("การพัฒนาด้าน…"): a strategy replaced by
 * another of a similar title but other goals, serving another mission,
 * is removed and added; one slightly retitled with the same goals is
 * changed.  Serving the same mission in the same place, the new one is
 * the old one renamed. */
static void
test_strategies (Fixture       *f,
                 gconstpointer  data)
{
  GListStore *strategies = G_LIST_STORE (hrp_plan_get_strategies (f->newer));
  g_autoptr(HrpStrategy) social = hrp_strategy_new ("การพัฒนาด้านสังคม");
  g_autoptr(HrpText) goal = hrp_text_new ("ส่งเสริมสวัสดิการผู้สูงอายุและผู้พิการ");
  g_autoptr(GPtrArray) changes = NULL;
  HrpChange *change;

  g_assert_cmpfloat (hrp_compare_similarity ("การพัฒนาด้านคมนาคม", "การพัฒนาด้านสังคม"), >=, HRP_COMPARE_SIMILAR);
  hrp_model_list_append (hrp_strategy_get_goals (social), goal);
  hrp_strategy_set_mission (social, hrp_test_nth (hrp_plan_get_missions (f->newer), 5));
  g_list_store_remove (strategies, 1);
  g_list_store_insert (strategies, 1, social);
  hrp_strategy_set_title (hrp_test_nth (strategies, 2), "การพัฒนาด้านสาธารณูปโภค");

  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 3);
  change = expect (changes, 0, HRP_CHANGE_REMOVED, HRP_CHANGE_STRATEGY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpstr (change->before, ==, "การพัฒนาด้านคมนาคม");
  change = expect (changes, 1, HRP_CHANGE_ADDED, HRP_CHANGE_STRATEGY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpstr (change->after, ==, "การพัฒนาด้านสังคม");
  change = expect (changes, 2, HRP_CHANGE_CHANGED, HRP_CHANGE_STRATEGY, HRP_CHANGE_FIELD_TEXT);
  g_assert_cmpuint (change->number_after, ==, 3);
  g_assert_cmpstr (change->after, ==, "การพัฒนาด้านสาธารณูปโภค");
  g_assert_false (change->renamed);

  /* Serving mission 2 as the one it replaced did: renamed. */
  hrp_strategy_set_mission (social, hrp_test_nth (hrp_plan_get_missions (f->newer), 1));
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 7);
  change = expect (changes, 0, HRP_CHANGE_CHANGED, HRP_CHANGE_STRATEGY, HRP_CHANGE_FIELD_TEXT);
  g_assert_true (change->renamed);
  g_assert_cmpuint (change->number_before, ==, 2);
  g_assert_cmpuint (change->number_after, ==, 2);
  expect_line (change, "Strategy 2 changed from “การพัฒนาด้านคมนาคม” to “การพัฒนาด้านสังคม”");
  /* its lists: the old goals, objective and indicator removed, the new
   * goal added */
  expect (changes, 1, HRP_CHANGE_REMOVED, HRP_CHANGE_GOAL, HRP_CHANGE_FIELD_NONE);
  expect (changes, 2, HRP_CHANGE_REMOVED, HRP_CHANGE_GOAL, HRP_CHANGE_FIELD_NONE);
  expect (changes, 3, HRP_CHANGE_ADDED, HRP_CHANGE_GOAL, HRP_CHANGE_FIELD_NONE);
  expect (changes, 4, HRP_CHANGE_REMOVED, HRP_CHANGE_OBJECTIVE, HRP_CHANGE_FIELD_NONE);
  expect (changes, 5, HRP_CHANGE_REMOVED, HRP_CHANGE_INDICATOR, HRP_CHANGE_FIELD_NONE);
  change = expect (changes, 6, HRP_CHANGE_CHANGED, HRP_CHANGE_STRATEGY, HRP_CHANGE_FIELD_TEXT);
  g_assert_false (change->renamed);
}

#define RENAMED_POLICY  "ด้านการบริหารความเสี่ยงและการควบคุมภายใน"
#define RENAMED_MISSION "ส่งเสริมการท่องเที่ยวเชิงเกษตรของชุมชน"

/* A mission and a policy given a wholly new text in their place, with
 * the same link: changed from one to the other, not removed and added,
 * even with a mission added before them; in the window's words and the
 * printed Thai.  A policy renamed under another strategy is another
 * policy. */
static void
test_renamed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HrpMission) first = hrp_mission_new (NEW_MISSION);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) deltas = NULL;
  HrpPolicy *sixth = policy (f->newer, 6);
  g_autofree char *old_mission = g_strdup (hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (f->older), 2)));
  g_autofree char *old_title = g_strdup (hrp_policy_get_title (sixth));
  g_autofree char *thai = NULL;
  HrpChange *change;

  g_list_store_insert (G_LIST_STORE (hrp_plan_get_missions (f->newer)), 0, first);
  hrp_mission_set_text (hrp_test_nth (hrp_plan_get_missions (f->newer), 3), RENAMED_MISSION);
  g_assert_cmpfloat (hrp_compare_similarity (old_mission, RENAMED_MISSION), <, HRP_COMPARE_SIMILAR);
  hrp_policy_set_title (sixth, RENAMED_POLICY);
  hrp_policy_set_description (sixth, "จัดให้มีระบบการควบคุมภายในและการบริหารความเสี่ยงทุกกอง");
  g_assert_cmpfloat (hrp_compare_similarity (old_title, RENAMED_POLICY), <, HRP_COMPARE_SIMILAR);

  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 4);
  expect (changes, 0, HRP_CHANGE_ADDED, HRP_CHANGE_MISSION, HRP_CHANGE_FIELD_NONE);

  change = expect (changes, 1, HRP_CHANGE_CHANGED, HRP_CHANGE_MISSION, HRP_CHANGE_FIELD_TEXT);
  g_assert_true (change->renamed);
  g_assert_cmpuint (change->number_before, ==, 3);
  g_assert_cmpuint (change->number_after, ==, 4);
  g_assert_cmpstr (change->before, ==, old_mission);
  g_assert_cmpstr (change->after, ==, RENAMED_MISSION);
  thai = g_strdup_printf ("แก้ไขพันธกิจที่ 4 จาก “%s” เป็น “%s”", old_mission, RENAMED_MISSION);
  expect_thai (change, thai, NULL, NULL);

  change = expect (changes, 2, HRP_CHANGE_CHANGED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_TEXT);
  g_assert_true (change->renamed);
  g_assert_cmpuint (change->number_before, ==, 6);
  g_assert_cmpuint (change->number_after, ==, 6);
  expect_line (change, "Policy 6 changed from “ด้านสวัสดิการและค่าตอบแทน” to “" RENAMED_POLICY "”");
  expect_thai (change, "แก้ไขนโยบายที่ 6 จาก “ด้านสวัสดิการและค่าตอบแทน” เป็น “" RENAMED_POLICY "”",
               NULL, NULL);
  expect (changes, 3, HRP_CHANGE_CHANGED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_DESCRIPTION);

  /* The budgets match it too. */
  deltas = hrp_plan_compare_budgets (f->older, f->newer);
  g_assert_cmpuint (deltas->len, ==, 10);
  g_assert_cmpuint (((HrpBudgetDelta *) deltas->pdata[5])->number_before, ==, 6);
  g_assert_cmpuint (((HrpBudgetDelta *) deltas->pdata[5])->number_after, ==, 6);
  g_assert_cmpstr (((HrpBudgetDelta *) deltas->pdata[5])->policy, ==, RENAMED_POLICY);
  g_clear_pointer (&deltas, g_ptr_array_unref);

  /* Under another strategy: another policy, removed and added. */
  hrp_policy_set_strategy (sixth, hrp_test_nth (hrp_plan_get_strategies (f->newer), 0));
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 4);
  change = expect (changes, 2, HRP_CHANGE_REMOVED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpstr (change->before, ==, old_title);
  change = expect (changes, 3, HRP_CHANGE_ADDED, HRP_CHANGE_POLICY, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpstr (change->after, ==, RENAMED_POLICY);
  deltas = hrp_plan_compare_budgets (f->older, f->newer);
  g_assert_cmpuint (deltas->len, ==, 11);
}

static void
test_similarity (void)
{
  g_assert_cmpfloat (hrp_compare_similarity ("", ""), ==, 1.0);
  g_assert_cmpfloat (hrp_compare_similarity ("กิจกรรม 5 ส.", " กิจกรรม  5 ส. "), ==, 1.0);
  g_assert_cmpfloat (hrp_compare_similarity ("abc", ""), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (hrp_compare_similarity ("kitten", "sitting"), 1.0 - 3.0 / 7, 1e-9);
  /* Thai, on characters: "บุคคล" → "มนุษย์" in a title of 25. */
  g_assert_cmpfloat (hrp_compare_similarity ("ด้านการพัฒนาทรัพยากรบุคคล", NEW_TITLE), >=, HRP_COMPARE_SIMILAR);
  g_assert_cmpfloat (hrp_compare_similarity ("ด้านการพัฒนาทรัพยากรบุคคล", "ด้านการพัฒนาคุณภาพชีวิต"), <, HRP_COMPARE_SIMILAR);
  g_assert_cmpfloat (hrp_compare_similarity ("กิจกรรมสร้างขวัญกำลังใจ", "การตรวจสุขภาพประจำปี"), <, HRP_COMPARE_SIMILAR);
}

/* The comparison as a PDF {{{ */

/* The comparison's text as pdftotext reads it (in the order drawn,
 * without white space nor page numbers); its pdfinfo in *info. */
static char *
comparison_text (HrpPlan                *older,
                 HrpPlan                *newer,
                 const HrpReportOptions *options,
                 char                  **info)
{
  g_autofree char *dir = hrp_test_make_dir ("hrplan-compare-XXXXXX");
  g_autofree char *pdf = g_build_filename (dir, "compare.pdf", NULL);
  g_autoptr(HrpReport) report = hrp_report_new_comparison (older, newer, options);
  g_autofree char *text = NULL;

  hrp_test_write_pdf (report, pdf);
  g_assert_cmpuint (hrp_report_get_n_pages (report), >=, 1);
  text = hrp_test_pdf_text (pdf, 0, TRUE);
  *info = hrp_test_pdf_info (pdf);
  hrp_test_remove_tree (dir);

  return hrp_test_strip_page_numbers (text);
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  const char *at;

  /* Nothing changed. */
  text = comparison_text (f->older, f->newer, NULL, &info);
  at = hrp_test_find_after (text, "เปรียบเทียบแผน ปีงบประมาณ พ.ศ. 2568 กับ 2569");
  at = hrp_test_find_after (at, "ไม่มีการเปลี่ยนแปลง");
  at = hrp_test_find_after (at, "งบประมาณรายนโยบาย");
  at = hrp_test_find_after (at, "รวม 400,000 400,000 -");
  g_assert_nonnull (strstr (info, "เปรียบเทียบแผน ปีงบประมาณ พ.ศ. 2568 กับ 2569"));
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&info, g_free);

  /* The edits, by kind of item, then the budgets. */
  edit (f->newer);
  text = comparison_text (f->older, f->newer, NULL, &info);
  at = hrp_test_find_after (text, "เปรียบเทียบแผน ปีงบประมาณ พ.ศ. 2568 กับ 2569");
  at = hrp_test_find_after (at, "องค์การบริหารส่วนตำบลหนองแก้ว");
  at = hrp_test_find_after (at, "รายการที่เปลี่ยนแปลง 9 รายการ");
  at = hrp_test_find_after (at, "ข้อมูลทั่วไปของแผน");
  at = hrp_test_find_after (at, "1. แก้ไขวิสัยทัศน์");
  at = hrp_test_find_after (at, "เดิม: เมืองน่าอยู่");
  at = hrp_test_find_after (at, "ใหม่: " NEW_VISION);
  at = hrp_test_find_after (at, "พันธกิจ");
  at = hrp_test_find_after (at, "1. เพิ่มพันธกิจที่ 10 “" NEW_MISSION "”");
  at = hrp_test_find_after (at, "ยุทธศาสตร์การพัฒนา");
  at = hrp_test_find_after (at, "1. ลบยุทธศาสตร์ที่ 2 เป้าหมายที่ 1 “รักษาความสะอาดของถนน");
  at = hrp_test_find_after (at, "2. ยุทธศาสตร์ที่ 9 “การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม” เปลี่ยนไปสอดคล้องกับพันธกิจที่ 8 (เดิมพันธกิจที่ 9)");
  at = hrp_test_find_after (at, "เดิม: พันธกิจที่ 9 คุ้มครอง");
  at = hrp_test_find_after (at, "ใหม่: พันธกิจที่ 8 ส่งเสริมการพัฒนาด้านการเมือง");
  at = hrp_test_find_after (at, "นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล");
  at = hrp_test_find_after (at, "1. แก้ไขนโยบายที่ 4");
  at = hrp_test_find_after (at, "เดิม: ด้านการพัฒนาทรัพยากรบุคคล");
  at = hrp_test_find_after (at, "ใหม่: " NEW_TITLE);
  at = hrp_test_find_after (at, "กิจกรรม/โครงการ");
  at = hrp_test_find_after (at, "1. แก้ไขระยะเวลาการดำเนินงานของนโยบายที่ 2 กิจกรรม/โครงการที่ 1 “การสอบพนักงานจ้าง” จาก ไม่ระบุไตรมาส เป็น ไตรมาส 3");
  at = hrp_test_find_after (at, "2. แก้ไขงบประมาณของนโยบายที่ 7 กิจกรรม/โครงการที่ 1 “โครงการฝึกอบรม");
  at = hrp_test_find_after (at, "จาก 200,000 บาท เป็น 250,000 บาท");
  at = hrp_test_find_after (at, "3. ลบกิจกรรม/โครงการ “การเลื่อนวิทยฐานะพนักงานครู” ในนโยบายที่ 8 (ไม่มีงบประมาณ)");
  at = hrp_test_find_after (at, "4. เพิ่มกิจกรรม/โครงการ “" NEW_ACTIVITY "” ในนโยบายที่ 9 (15,000.50 บาท)");
  at = hrp_test_find_after (at, "งบประมาณรายนโยบาย");
  at = hrp_test_find_after (at, "นโยบาย ปี 2568 (บาท) ปี 2569 (บาท) เพิ่ม/ลด (บาท)");
  at = hrp_test_find_after (at, "4. " NEW_TITLE " 200,000 200,000 -");
  at = hrp_test_find_after (at, "7. ด้านการส่งเสริมคุณธรรมจริยธรรมและรักษาวินัย 200,000 250,000 +50,000");
  at = hrp_test_find_after (at, "9. ด้านความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน - 15,000.50 +15,000.50");
  at = hrp_test_find_after (at, "รวม 400,000 465,000.50 +65,000.50");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&info, g_free);

  /* The other way round, in Thai digits: less money. */
  {
    HrpReportOptions options = { .thai_digits = TRUE };

    text = comparison_text (f->newer, f->older, &options, &info);
    at = hrp_test_find_after (text, "เปรียบเทียบแผน ปีงบประมาณ พ.ศ. ๒๕๖๙ กับ ๒๕๖๘");
    at = hrp_test_find_after (at, "รวม ๔๖๕,๐๐๐.๕๐ ๔๐๐,๐๐๐ -๖๕,๐๐๐.๕๐");
    for (const char *p = text; *p != '\0'; p++)
      g_assert_false (g_ascii_isdigit (*p));
  }
}

#define OFFICER  "นางสาวตัวอย่าง ขยันดี"
#define CHIEF    "นายตัวอย่าง ใจดี"
#define NEW_CHIEF "นายใหม่ ใจงาม"
#define TREASURER "นางการเงิน รอบคอบ"
#define PALAD    "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว"
#define NAYOK    "นายกองค์การบริหารส่วนตำบลหนองแก้ว"

static void
add_signer (HrpPlan    *plan,
            guint       position,
            const char *name,
            const char *title,
            const char *role)
{
  g_autoptr(HrpSigner) signer = hrp_signer_new (name, title, role);

  g_list_store_insert (G_LIST_STORE (hrp_plan_get_signers (plan)), position, signer);
}

/* Signers: a changed position and role, one added between, a new chief
 * executive in the same position and role (a changed name, not one
 * signer removed and another added); then one removed, and two
 * swapped.  In the window's words and the printed Thai. */
static void
test_signers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(HrpPlan) newer = NULL;
  HrpSigner *officer;
  HrpChange *change;

  add_signer (f->older, 0, OFFICER, PALAD, "ผู้จัดทำ");
  add_signer (f->older, 1, CHIEF, NAYOK, "ผู้อนุมัติ");
  g_clear_object (&f->newer);
  f->newer = hrp_plan_copy (f->older);
  hrp_plan_roll_over (f->newer, 2569);
  changes = hrp_plan_compare (f->older, f->newer);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  officer = hrp_test_nth (hrp_plan_get_signers (f->newer), 0);
  hrp_signer_set_position (officer, "รองปลัดองค์การบริหารส่วนตำบลหนองแก้ว รักษาราชการแทน");
  hrp_signer_set_role (officer, "");
  hrp_signer_set_name (hrp_test_nth (hrp_plan_get_signers (f->newer), 1), NEW_CHIEF);
  add_signer (f->newer, 1, TREASURER, "ผู้อำนวยการกองคลัง", "ผู้เห็นชอบ");

  changes = hrp_plan_compare (f->older, f->newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 4);

  change = expect (changes, 0, HRP_CHANGE_CHANGED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_SIGNER_POSITION);
  g_assert_cmpuint (change->number_before, ==, 1);
  g_assert_cmpuint (change->number_after, ==, 1);
  expect_line (change, "Signer 1 “" OFFICER "”: position changed: “" PALAD "” → "
                       "“รองปลัดองค์การบริหารส่วนตำบลหนองแก้ว รักษาราชการแทน”");
  expect_thai (change, "แก้ไขตำแหน่งของผู้ลงนามที่ 1 “" OFFICER "”",
               PALAD, "รองปลัดองค์การบริหารส่วนตำบลหนองแก้ว รักษาราชการแทน");

  change = expect (changes, 1, HRP_CHANGE_CHANGED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_SIGNER_ROLE);
  expect_line (change, "Signer 1 “" OFFICER "”: role cleared (was “ผู้จัดทำ”)");
  expect_thai (change, "ลบบทบาทของผู้ลงนามที่ 1 “" OFFICER "”", "ผู้จัดทำ", "-");

  change = expect (changes, 2, HRP_CHANGE_ADDED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_NONE);
  g_assert_cmpuint (change->number_before, ==, 0);
  g_assert_cmpuint (change->number_after, ==, 2);
  expect_line (change, "Signer 2 added: “" TREASURER "”, ผู้อำนวยการกองคลัง");
  expect_thai (change, "เพิ่มผู้ลงนามที่ 2 " TREASURER " ตำแหน่ง ผู้อำนวยการกองคลัง", NULL, NULL);

  /* the same position and role: the chief executive's name changed */
  change = expect (changes, 3, HRP_CHANGE_CHANGED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_TEXT);
  g_assert_cmpuint (change->number_before, ==, 2);
  g_assert_cmpuint (change->number_after, ==, 3);
  expect_line (change, "Signer 3: name changed: “" CHIEF "” → “" NEW_CHIEF "”");
  expect_thai (change, "แก้ไขชื่อผู้ลงนามที่ 3", CHIEF, NEW_CHIEF);

  /* the printed comparison lists them */
  {
    g_autofree char *info = NULL;
    g_autofree char *text = comparison_text (f->older, f->newer, NULL, &info);
    const char *at = hrp_test_find_after (text, "รายการที่เปลี่ยนแปลง 4 รายการ");

    at = hrp_test_find_after (at, "แก้ไขตำแหน่งของผู้ลงนามที่ 1 “" OFFICER "”");
    at = hrp_test_find_after (at, "เดิม: " PALAD);
    at = hrp_test_find_after (at, "เพิ่มผู้ลงนามที่ 2 " TREASURER);
    at = hrp_test_find_after (at, "แก้ไขชื่อผู้ลงนามที่ 3");
    at = hrp_test_find_after (at, "ใหม่: " NEW_CHIEF);
  }
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* The officer removed; a role set. */
  newer = hrp_plan_copy (f->older);
  g_list_store_remove (G_LIST_STORE (hrp_plan_get_signers (newer)), 0);
  changes = hrp_plan_compare (f->older, newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 1);
  change = expect (changes, 0, HRP_CHANGE_REMOVED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_NONE);
  expect_line (change, "Signer 1 removed: “" OFFICER "”, " PALAD);
  expect_thai (change, "ลบผู้ลงนามที่ 1 " OFFICER " ตำแหน่ง " PALAD, NULL, NULL);
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_clear_object (&newer);

  /* Swapped: one of them moved. */
  newer = hrp_plan_copy (f->older);
  {
    g_autoptr(HrpSigner) chief = g_list_model_get_item (hrp_plan_get_signers (newer), 1);

    g_list_store_remove (G_LIST_STORE (hrp_plan_get_signers (newer)), 1);
    g_list_store_insert (G_LIST_STORE (hrp_plan_get_signers (newer)), 0, chief);
    hrp_signer_set_role (hrp_test_nth (hrp_plan_get_signers (f->older), 1), "");
  }
  changes = hrp_plan_compare (f->older, newer);
  print_changes (changes);
  g_assert_cmpuint (changes->len, ==, 2);
  change = expect (changes, 0, HRP_CHANGE_MOVED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_NONE);
  expect_line (change, "Signer 1 “" CHIEF "” moved from place 2");
  expect_thai (change, "ย้ายผู้ลงนามที่ 1 “" CHIEF "” (เดิมลำดับที่ 2)", NULL, NULL);
  change = expect (changes, 1, HRP_CHANGE_CHANGED, HRP_CHANGE_SIGNER, HRP_CHANGE_FIELD_SIGNER_ROLE);
  expect_line (change, "Signer 1 “" CHIEF "”: role set: “ผู้อนุมัติ”");
  expect_thai (change, "กำหนดบทบาทของผู้ลงนามที่ 1 “" CHIEF "”", "-", "ผู้อนุมัติ");
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  /* The descriptions are checked in English. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/similarity", test_similarity);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/compare/unchanged", test_unchanged);
  ADD ("/compare/year-only", test_year_only);
  ADD ("/compare/changes", test_changes);
  ADD ("/compare/reordered", test_reordered);
  ADD ("/compare/replaced", test_replaced);
  ADD ("/compare/strategies", test_strategies);
  ADD ("/compare/renamed", test_renamed);
  ADD ("/compare/report", test_report);
  ADD ("/compare/signers", test_signers);
#undef ADD

  return g_test_run ();
}
