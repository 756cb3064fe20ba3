/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-search.c — which texts of a plan match a search, and replacing
 * them through the document: every text the user wrote and nothing
 * else, Replace All as one undo step, saved in a real file. */
#include "config.h"

#include <string.h>

#include "hrp-document.h"
#include "hrp-search.h"
#include "hrp-test-util.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  HrpStore      *store;
  HrpPlan       *plan;
  HrpDocument   *doc;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample ();
  g_autoptr(HrpSigner) signer = hrp_signer_new ("นายสมชาย ใจดี", "ปลัดองค์การบริหารส่วนตำบล", "ผู้เสนอแผน");

  hrp_test_folder_init (&f->folder, "search", "plans.db");
  hrp_model_list_append (hrp_plan_get_signers (sample), signer);
  f->store = hrp_test_store_new (f->folder.file, sample);
  f->plan = hrp_test_load_plan (f->store, 2568);
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

static void
test_find (void)
{
  gsize start = 0, end = 0;

  g_assert_true (hrp_search_find ("Training Plan", "plan", 0, &start, &end));
  g_assert_cmpuint (start, ==, 9);
  g_assert_cmpuint (end, ==, 13);
  g_assert_false (hrp_search_find ("Training Plan", "plan", 10, &start, &end));
  g_assert_true (hrp_search_find ("กิจกรรมสร้างขวัญกำลังใจ", "ขวัญ", 0, &start, &end));
  g_assert_cmpuint (start, ==, strlen ("กิจกรรมสร้าง"));
  g_assert_cmpuint (end, ==, strlen ("กิจกรรมสร้างขวัญ"));
  g_assert_false (hrp_search_find ("ขวัญกำลังใจ", "", 0, &start, &end));
  g_assert_false (hrp_search_find (NULL, "ขวัญ", 0, &start, &end));
  g_assert_false (hrp_search_find ("ขวั", "ขวัญ", 0, &start, &end));
}

static gboolean
has_match (GPtrArray  *matches,
           gpointer    owner,
           GType       type,
           const char *property)
{
  for (guint i = 0; i < matches->len; i++)
    {
      HrpSearchMatch *match = g_ptr_array_index (matches, i);

      if (match->owner == owner && G_OBJECT_TYPE (match->object) == type
          && g_str_equal (match->property, property))
        return TRUE;
    }
  return FALSE;
}

/* Every kind of text is searched: titles, the vision, descriptions,
 * goals, positions, activity names, signers. */
static void
test_texts (Fixture       *f,
            gconstpointer  data)
{
  HrpPolicy *policy9 = NULL;
  g_autoptr(GPtrArray) morale = hrp_search_plan (f->plan, "ขวัญกำลังใจ");
  g_autoptr(GPtrArray) year = hrp_search_plan (f->plan, "2568");
  g_autoptr(GPtrArray) signer = hrp_search_plan (f->plan, "สมชาย");
  g_autoptr(GPtrArray) role = hrp_search_plan (f->plan, "ผู้เสนอ");
  g_autoptr(GPtrArray) none = hrp_search_plan (f->plan, "ไม่มีข้อความนี้ในแผน");
  g_autoptr(GPtrArray) empty = hrp_search_plan (f->plan, "");

  /* The activity's name, under its policy. */
  for (guint i = 0; i < morale->len; i++)
    {
      HrpSearchMatch *match = g_ptr_array_index (morale, i);

      if (HRP_IS_ACTIVITY (match->object))
        {
          g_assert_true (HRP_IS_POLICY (match->owner));
          g_assert_cmpstr (hrp_activity_get_name (HRP_ACTIVITY (match->object)), ==, "กิจกรรมสร้างขวัญกำลังใจ");
          policy9 = HRP_POLICY (match->owner);
        }
    }
  g_assert_nonnull (policy9);
  g_assert_cmpint (hrp_test_n_items (hrp_plan_get_policies (f->plan)), >, 0);

  /* The year: the plan's title and policy introduction, activity names;
   * never the fiscal year (a number, not a text). */
  g_assert_true (has_match (year, f->plan, HRP_TYPE_PLAN, "title"));
  g_assert_true (has_match (year, f->plan, HRP_TYPE_PLAN, "policy-intro"));
  {
    gboolean activity = FALSE;

    for (guint i = 0; i < year->len; i++)
      {
        HrpSearchMatch *match = g_ptr_array_index (year, i);
        g_autofree char *text = NULL;

        g_object_get (match->object, match->property, &text, NULL);
        g_assert_true (g_str_equal (match->property, "fiscal-year") == FALSE);
        g_assert_cmpmem (text + match->start, match->end - match->start, "2568", 4);
        activity |= HRP_IS_ACTIVITY (match->object);
      }
    g_assert_true (activity);
  }

  g_assert_cmpuint (signer->len, ==, 1);
  g_assert_true (has_match (signer, f->plan, HRP_TYPE_SIGNER, "name"));
  g_assert_true (has_match (role, f->plan, HRP_TYPE_SIGNER, "role"));
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);

  /* The vision, a goal of a strategy, a position, a mission, a policy's
   * description, each as written in the plan. */
  {
    HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (f->plan), 7);
    HrpText *goal = hrp_test_nth (hrp_strategy_get_goals (strategy), 0);
    HrpMission *mission = hrp_test_nth (hrp_plan_get_missions (f->plan), 2);
    HrpText *position = hrp_test_nth (hrp_plan_get_positions (f->plan), 0);
    HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
    g_autoptr(GPtrArray) by_vision = hrp_search_plan (f->plan, hrp_plan_get_vision (f->plan));
    g_autoptr(GPtrArray) by_goal = hrp_search_plan (f->plan, hrp_text_get_text (goal));
    g_autoptr(GPtrArray) by_mission = hrp_search_plan (f->plan, hrp_mission_get_text (mission));
    g_autoptr(GPtrArray) by_position = hrp_search_plan (f->plan, hrp_text_get_text (position));
    g_autoptr(GPtrArray) by_description = hrp_search_plan (f->plan, hrp_policy_get_description (policy));

    g_assert_true (has_match (by_vision, f->plan, HRP_TYPE_PLAN, "vision"));
    g_assert_true (has_match (by_goal, strategy, HRP_TYPE_TEXT, "text"));
    g_assert_true (has_match (by_mission, mission, HRP_TYPE_MISSION, "text"));
    g_assert_true (has_match (by_position, f->plan, HRP_TYPE_TEXT, "text"));
    g_assert_true (has_match (by_description, policy, HRP_TYPE_POLICY, "description"));
  }
}

/* Replace one, then all: only the texts, one undo step, in the file. */
static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) before = hrp_search_plan (f->plan, "2568");
  g_autofree char *title = g_strdup (hrp_plan_get_title (f->plan));
  g_autoptr(GError) error = NULL;
  HrpSearchMatch *first;
  guint n = 0;

  g_assert_cmpuint (before->len, >, 3);

  /* One: the plan's title is the first match. */
  first = g_ptr_array_index (before, 0);
  g_assert_true (first->object == G_OBJECT (f->plan));
  g_assert_cmpstr (first->property, ==, "title");
  g_assert_true (hrp_search_replace (f->doc, first, "2569", &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (hrp_plan_get_title (f->plan), "2569"));
  {
    g_autoptr(GPtrArray) after = hrp_search_plan (f->plan, "2568");

    g_assert_cmpuint (after->len, ==, before->len - 1);
  }
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_cmpstr (hrp_plan_get_title (f->plan), ==, title);

  /* All: one step. */
  g_assert_true (hrp_search_replace_all (f->doc, "2568", "2569", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, before->len);
  g_assert_cmpstr (hrp_document_get_undo_label (f->doc), ==, "Replace All");
  {
    g_autoptr(GPtrArray) after = hrp_search_plan (f->plan, "2568");
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
    g_autoptr(GPtrArray) stored_after = hrp_search_plan (stored, "2568");
    g_autoptr(GPtrArray) stored_new = hrp_search_plan (stored, "2569");

    g_assert_cmpuint (after->len, ==, 0);
    g_assert_cmpuint (stored_after->len, ==, 0);
    g_assert_cmpuint (stored_new->len, >=, before->len);
    /* Numbers are not texts: the fiscal year stays. */
    g_assert_cmpint (hrp_plan_get_fiscal_year (stored), ==, 2568);
  }

  g_assert_true (hrp_document_undo (f->doc, &error));
  {
    g_autoptr(GPtrArray) again = hrp_search_plan (f->plan, "2568");
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
    g_autoptr(GPtrArray) stored_again = hrp_search_plan (stored, "2568");

    g_assert_cmpuint (again->len, ==, before->len);
    g_assert_cmpuint (stored_again->len, ==, before->len);
  }
  g_assert_false (hrp_document_get_can_undo (f->doc));

  /* Nothing to replace: no undo step. */
  g_assert_true (hrp_search_replace_all (f->doc, "ไม่มีข้อความนี้ในแผน", "x", &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (hrp_document_get_can_undo (f->doc));
}

/* What an undo or redo was about: the item moved, re-linked, added. */
static void
test_changed_object (Fixture       *f,
                     gconstpointer  data)
{
  HrpPolicy *policy2 = hrp_test_nth (hrp_plan_get_policies (f->plan), 1);
  HrpPolicy *policy5 = hrp_test_nth (hrp_plan_get_policies (f->plan), 4);
  HrpStrategy *strategy1 = hrp_test_nth (hrp_plan_get_strategies (f->plan), 0);
  g_autoptr(GError) error = NULL;

  g_assert_null (hrp_document_get_changed_object (f->doc));
  g_assert_true (hrp_document_move_item (f->doc, policy5, policy2, &error));
  g_assert_true (hrp_document_get_changed_object (f->doc) == G_OBJECT (policy5));
  g_assert_true (hrp_document_set_object (f->doc, policy2, "strategy", strategy1, &error));
  g_assert_true (hrp_document_get_changed_object (f->doc) == G_OBJECT (policy2));
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_document_get_changed_object (f->doc) == G_OBJECT (policy2));
  g_assert_true (hrp_document_undo (f->doc, &error));
  g_assert_true (hrp_document_get_changed_object (f->doc) == G_OBJECT (policy5));
  /* A deletion unlinks the policies first; it is about the item
   * deleted, and so is its undo. */
  {
    g_autoptr(HrpStrategy) strategy8 = g_object_ref (hrp_test_nth (hrp_plan_get_strategies (f->plan), 7));

    g_assert_true (hrp_document_delete_item (f->doc, strategy8, &error));
    g_assert_null (hrp_policy_get_strategy (policy2));
    g_assert_true (hrp_document_get_changed_object (f->doc) == G_OBJECT (strategy8));
    g_assert_true (hrp_document_undo (f->doc, &error));
    g_assert_true (hrp_document_get_changed_object (f->doc) == G_OBJECT (strategy8));
  }
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/find", test_find);
  g_test_add ("/search/texts", Fixture, NULL, fixture_setup, test_texts, fixture_teardown);
  g_test_add ("/search/replace", Fixture, NULL, fixture_setup, test_replace, fixture_teardown);
  g_test_add ("/search/changed-object", Fixture, NULL, fixture_setup, test_changed_object, fixture_teardown);

  return g_test_run ();
}
