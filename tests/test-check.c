/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check.c — Check Plan's list of problems (hrp_plan_check) on real
 * plans: the sample rolled over in a database on disk, edited copies of
 * it, last year's number replaced as one undo step and saved; no
 * display */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hrp-check.h"
#include "hrp-library.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"

#define BAHT(n) ((gint64) (n) * 100)

typedef struct {
  HrpTestFolder  folder;   /* .file: plans.db */
  HrpLibrary    *library;
  HrpPlan       *plan;     /* 2569, made from the sample of 2568 */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  hrp_test_folder_init (&f->folder, "check", "plans.db");
  /* A new database with the sample (2568), then next year's plan made
   * from it as Start Next Year's Plan makes it. */
  f->library = hrp_library_open (f->folder.file, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_library_has_plan (f->library, 2568));
  f->plan = hrp_library_create (f->library, 2569, 2568, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->plan);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->plan);
  g_clear_object (&f->library);
  hrp_test_folder_clear (&f->folder);
}

static char *
lines_of (GPtrArray *problems)
{
  GString *lines = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      HrpProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (lines, "%s\n", problem->line);
      g_test_message ("problem %u: %s", i + 1, problem->line);
    }
  return g_string_free (lines, FALSE);
}

static guint
count_kind (GPtrArray      *problems,
            HrpProblemKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    n += ((HrpProblem *) g_ptr_array_index (problems, i))->kind == kind;
  return n;
}

static HrpProblem *
find_line (GPtrArray  *problems,
           const char *line)
{
  for (guint i = 0; i < problems->len; i++)
    {
      HrpProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->line, line))
        return problem;
    }
  g_error ("no problem “%s”", line);
  return NULL;
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

/* Last year's number in a text, or not: ranges of years and longer
 * numbers are left alone; Thai digits stay Thai. */
static void
test_replace_year (void)
{
  const struct {
    const char *text, *expected;
  } cases[] = {
    { "ประจำปีงบประมาณ 2568", "ประจำปีงบประมาณ 2569" },
    { "พ.ศ. ๒๕๖๘ และ พ.ศ. 2568", "พ.ศ. ๒๕๖๙ และ พ.ศ. 2569" },
    { "แผนอัตรากำลัง 3 ปี (พ.ศ. 2567–2569)", "แผนอัตรากำลัง 3 ปี (พ.ศ. 2567–2569)" },
    { "แผนอัตรากำลัง 3 ปี (พ.ศ. 2568-2570)", "แผนอัตรากำลัง 3 ปี (พ.ศ. 2568-2570)" },
    { "ปี ๒๕๖๖ - ๒๕๖๘ แล้วปี 2568", "ปี ๒๕๖๖ - ๒๕๖๘ แล้วปี 2569" },
    { "เลขที่ 25680 และ 125,680 บาท", "เลขที่ 25680 และ 125,680 บาท" },
    { "2568", "2569" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *replaced = hrp_check_replace_year (cases[i].text, 2568, 2569);

      g_assert_cmpstr (replaced, ==, cases[i].expected);
    }
}

/* The sample rolled over: last year's number in the introduction and in
 * the training project under policies 4 and 7; no quarter ticked for any
 * activity (the seed has none); no signers.  The same project under two
 * policies with the same budget is no problem. */
static void
test_rolled_over (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = hrp_plan_check (f->plan);
  g_autofree char *lines = lines_of (problems);
  HrpProblem *problem;

  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_LAST_YEAR), ==, 3);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_NO_QUARTER), ==, hrp_plan_count_activities (f->plan));
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_NO_SIGNERS), ==, 1);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_BUDGET_DIFFERS), ==, 0);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_WRONG_YEAR), ==, 0);
  g_assert_cmpuint (problems->len, ==, 3 + hrp_plan_count_activities (f->plan) + 1);

  /* In the document's order, named as the tree names them. */
  g_assert_true (g_str_has_prefix (lines, "Plan › introduction to the policies: still says 2568, last year\n"));
  g_assert_true (g_str_has_suffix (lines, "\nPlan: no one signs the plan\n"));

  problem = find_line (problems, "Policy 4 › activity 1: still says 2568, last year");
  g_assert_true (problem->item == G_OBJECT (activity (f->plan, 4, 1)));
  g_assert_true (problem->node == G_OBJECT (policy (f->plan, 4)));
  g_assert_cmpstr (problem->property, ==, "name");
  g_assert_true (g_str_has_suffix (problem->replacement, "ประจำปีงบประมาณ 2569"));
  g_assert_null (strstr (problem->replacement, "2568"));

  problem = find_line (problems, "Policy 2 › activity 1: no quarter ticked");
  g_assert_true (problem->item == G_OBJECT (activity (f->plan, 2, 1)));
  g_assert_true (problem->node == G_OBJECT (policy (f->plan, 2)));
  g_assert_null (problem->replacement);

  /* Policy 7's description has the year of a regulation (พ.ศ. ๒๕๖๔):
   * not last year's. */
  g_assert_nonnull (strstr (hrp_policy_get_description (policy (f->plan, 7)), "๒๕๖๔"));
  g_assert_null (strstr (lines, "Policy 7 › description"));
}

/* Each kind of problem, made in a copy of the plan; then all mended:
 * no problems. */
static void
test_problems (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_plan_copy (f->plan);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *thai_name = NULL;
  HrpStrategy *strategy3 = hrp_test_nth (hrp_plan_get_strategies (plan), 2);
  HrpActivity *project7 = activity (plan, 7, 1);
  HrpProblem *problem;

  /* The training project under policy 7 written with Thai digits and
   * more spaces, and another budget. */
  thai_name = hrp_arabic_digits_to_thai (hrp_activity_get_name (project7));
  {
    g_autoptr(GString) spaced = g_string_new (thai_name);

    g_string_replace (spaced, " ", "   ", 1);
    hrp_activity_set_name (project7, spaced->str);
  }
  hrp_activity_set_budget (project7, BAHT (250000));
  hrp_strategy_set_mission (strategy3, NULL);
  hrp_policy_set_strategy (policy (plan, 5), NULL);
  hrp_policy_set_title (policy (plan, 6), "  ");
  g_list_store_remove_all (G_LIST_STORE (hrp_policy_get_activities (policy (plan, 9))));
  hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2570");
  hrp_mission_set_text (hrp_test_nth (hrp_plan_get_missions (plan), 1), "");
  /* A range of years is not last year's number. */
  hrp_plan_set_vision (plan, "ตำบลน่าอยู่ตามแผนพัฒนาท้องถิ่น พ.ศ. 2566–2570");

  problems = hrp_plan_check (plan);
  lines = lines_of (problems);

  problem = find_line (problems, "Plan: the title says fiscal year 2570, but the plan is for 2569");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_WRONG_YEAR);
  g_assert_true (problem->node == G_OBJECT (plan));
  problem = find_line (problems, "Mission 2: no text");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_EMPTY_TITLE);
  problem = find_line (problems, "Strategy 3: not linked to a mission");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_NOT_LINKED);
  g_assert_true (problem->node == G_OBJECT (strategy3));
  problem = find_line (problems, "Policy 5: not linked to a strategy");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_NOT_LINKED);
  problem = find_line (problems, "Policy 6: no title");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_EMPTY_TITLE);
  problem = find_line (problems, "Policy 9: no activities");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_NO_ACTIVITIES);
  problem = find_line (problems, "Policy 7 › activity 1: budget 250,000 baht, but the same project "
                                 "under policy 4 › activity 1 has 200,000 baht");
  g_assert_cmpint (problem->kind, ==, HRP_PROBLEM_BUDGET_DIFFERS);
  g_assert_true (problem->item == G_OBJECT (project7));
  /* Its Thai digits still say last year. */
  problem = find_line (problems, "Policy 7 › activity 1: still says 2568, last year");
  g_assert_true (g_str_has_suffix (problem->replacement, "๒๕๖๙"));
  g_assert_null (strstr (lines, "Vision"));
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_BUDGET_DIFFERS), ==, 1);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_NOT_LINKED), ==, 2);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_EMPTY_TITLE), ==, 2);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Mended: no problems at all. */
  hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569");
  hrp_plan_set_policy_intro (plan, "นโยบายประจำปีงบประมาณ พ.ศ. 2569");
  hrp_mission_set_text (hrp_test_nth (hrp_plan_get_missions (plan), 1), "ส่งเสริมการศึกษา");
  hrp_strategy_set_mission (strategy3, hrp_test_nth (hrp_plan_get_missions (plan), 2));
  hrp_policy_set_strategy (policy (plan, 5), hrp_test_nth (hrp_plan_get_strategies (plan), 7));
  hrp_policy_set_title (policy (plan, 6), "ด้านสวัสดิการและค่าตอบแทน");
  {
    g_autoptr(HrpActivity) added = hrp_activity_new ("การตรวจสุขภาพประจำปี");
    g_autoptr(HrpSigner) signer = hrp_signer_new ("นางสาวสมศรี ใจดี", "นักทรัพยากรบุคคล", "ผู้จัดทำ");

    hrp_model_list_append (hrp_policy_get_activities (policy (plan, 9)), added);
    hrp_model_list_append (hrp_plan_get_signers (plan), signer);
  }
  for (guint p = 1; p <= 10; p++)
    for (guint a = 1; a <= hrp_test_n_items (hrp_policy_get_activities (policy (plan, p))); a++)
      {
        HrpActivity *each = activity (plan, p, a);
        g_autofree char *name = hrp_check_replace_year (hrp_activity_get_name (each), 2568, 2569);

        hrp_activity_set_name (each, name);
        hrp_activity_set_quarter (each, 1 + (a % 4), TRUE);
      }
  hrp_activity_set_budget (project7, BAHT (200000));

  problems = hrp_plan_check (plan);
  g_free (lines);
  lines = lines_of (problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Every text the exchange format requires, left empty (white space is
 * empty too): each listed where the tree shows it, in the document's
 * order, so that it is seen before the plan is exported. */
static void
test_required_texts (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_plan_copy (f->plan);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *lines = NULL;
  HrpStrategy *strategy2 = hrp_test_nth (hrp_plan_get_strategies (plan), 1);
  HrpProblem *problem;
  const char *expected[] = {
    "Plan: no title",
    "Plan › organization: no name",
    "Vision: no text",
    "Strategy 2: no title",
    "Policy 3: no title",
    "Policy 4 › activity 1: no name",
  };
  guint n = 0;

  hrp_plan_set_title (plan, "");
  hrp_plan_set_org_name (plan, " \n");
  hrp_plan_set_vision (plan, "");
  hrp_strategy_set_title (strategy2, "\t");
  hrp_policy_set_title (policy (plan, 3), "");
  hrp_activity_set_name (activity (plan, 4, 1), "  ");

  problems = hrp_plan_check (plan);
  lines = lines_of (problems);
  for (guint i = 0; i < problems->len; i++)
    {
      problem = g_ptr_array_index (problems, i);
      if (problem->kind != HRP_PROBLEM_EMPTY_TITLE)
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (problem->line, ==, expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  problem = find_line (problems, "Plan › organization: no name");
  g_assert_true (problem->item == G_OBJECT (plan));
  g_assert_true (problem->node == G_OBJECT (plan));
  g_assert_cmpstr (problem->property, ==, "org-name");
  problem = find_line (problems, "Vision: no text");
  g_assert_true (problem->node == G_OBJECT (plan));
  g_assert_cmpstr (problem->property, ==, "vision");
  problem = find_line (problems, "Strategy 2: no title");
  g_assert_true (problem->node == G_OBJECT (strategy2));
  problem = find_line (problems, "Policy 4 › activity 1: no name");
  g_assert_true (problem->item == G_OBJECT (activity (plan, 4, 1)));
  g_assert_true (problem->node == G_OBJECT (policy (plan, 4)));
  g_assert_cmpstr (problem->property, ==, "name");

  /* The texts the format leaves optional are no problem when empty. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569");
  hrp_plan_set_org_name (plan, "องค์การบริหารส่วนตำบลหนองแก้ว");
  hrp_plan_set_vision (plan, "ตำบลน่าอยู่");
  hrp_strategy_set_title (strategy2, "การพัฒนาด้านการเมืองและการบริหาร");
  hrp_policy_set_title (policy (plan, 3), "ด้านการพัฒนาบุคลากร");
  hrp_activity_set_name (activity (plan, 4, 1), "การฝึกอบรม");
  hrp_plan_set_org_district (plan, "");
  hrp_plan_set_org_province (plan, "");
  hrp_plan_set_preamble (plan, "");
  hrp_policy_set_description (policy (plan, 2), "");
  problems = hrp_plan_check (plan);
  g_free (lines);
  lines = lines_of (problems);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_EMPTY_TITLE), ==, 0);
}

/* Last year's number replaced in the texts chosen, as one undo step
 * saved in the database; undone in one step, saved again. */
static void
test_replace_years (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpDocument) document = hrp_library_open_document (f->library, f->plan);
  g_autoptr(GPtrArray) problems = hrp_plan_check (f->plan);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(HrpPlan) stored = NULL;
  g_autofree char *intro = g_strdup (hrp_plan_get_policy_intro (f->plan));
  g_autofree char *name4 = g_strdup (hrp_activity_get_name (activity (f->plan, 4, 1)));
  g_autofree char *name7 = g_strdup (hrp_activity_get_name (activity (f->plan, 7, 1)));
  int changed;

  /* All but policy 7's: ticked off by the user. */
  for (guint i = 0; i < problems->len; i++)
    {
      HrpProblem *problem = g_ptr_array_index (problems, i);

      if (!g_str_has_prefix (problem->line, "Policy 7"))
        g_ptr_array_add (chosen, problem);
    }
  changed = hrp_check_replace_years (document, chosen, &error);
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 2);
  g_assert_true (hrp_document_get_can_undo (document));
  g_assert_cmpstr (hrp_document_get_undo_label (document), ==, "Replace 2568 with 2569");

  stored = hrp_test_stored_plan (f->folder.file, 2569);
  g_assert_null (strstr (hrp_plan_get_policy_intro (stored), "2568"));
  g_assert_nonnull (strstr (hrp_plan_get_policy_intro (stored), "พ.ศ. 2569"));
  g_assert_nonnull (strstr (hrp_activity_get_name (activity (stored, 4, 1)), "ประจำปีงบประมาณ 2569"));
  g_assert_cmpstr (hrp_activity_get_name (activity (stored, 7, 1)), ==, name7);
  g_clear_object (&stored);

  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = hrp_plan_check (f->plan);
  g_assert_cmpuint (count_kind (problems, HRP_PROBLEM_LAST_YEAR), ==, 1);

  /* One step back: all of it, saved. */
  g_assert_true (hrp_document_undo (document, &error));
  g_assert_no_error (error);
  g_assert_false (hrp_document_get_can_undo (document));
  stored = hrp_test_stored_plan (f->folder.file, 2569);
  g_assert_cmpstr (hrp_plan_get_policy_intro (stored), ==, intro);
  g_assert_cmpstr (hrp_activity_get_name (activity (stored, 4, 1)), ==, name4);
  g_assert_cmpstr (hrp_plan_get_policy_intro (f->plan), ==, intro);
}

int
main (int   argc,
      char *argv[])
{
  /* The lines are checked in English. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/replace-year", test_replace_year);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/check/rolled-over", test_rolled_over);
  ADD ("/check/problems", test_problems);
  ADD ("/check/required-texts", test_required_texts);
  ADD ("/check/replace-years", test_replace_years);
#undef ADD

  return g_test_run ();
}
