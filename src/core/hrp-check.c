/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-check.c — what is incomplete or suspicious in a plan
 *
 * One walk through the plan in the order of the document, each problem
 * named by its place as the window's tree names it.  Years are found as
 * whole numbers of four digits, Arabic or Thai; last year's number at
 * one end of a range of years ("2567–2569") belongs to the range and is
 * left alone.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hrp-check.h"
#include "hrp-thai.h"

/* Years in a text {{{ */

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014;
}

static gboolean
is_blank (gunichar c)
{
  return c == ' ' || c == 0x00A0 || c == '\t';
}

/* Whether, from p on (forward) or before p (backward), blanks, a dash,
 * blanks and a digit follow: the other end of a range. */
static gboolean
dash_then_digit (const char *text,
                 const char *p,
                 gboolean    forward)
{
  gboolean dash = FALSE;

  for (;;)
    {
      gunichar c;

      if (forward)
        {
          if (*p == '\0')
            return FALSE;
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
        }
      else
        {
          if (p <= text)
            return FALSE;
          p = g_utf8_prev_char (p);
          c = g_utf8_get_char (p);
        }

      if (is_blank (c))
        continue;
      if (is_dash (c) && !dash)
        {
          dash = TRUE;
          continue;
        }
      return dash && hrp_digit_value (c) >= 0;
    }
}

typedef struct {
  const char *start, *end;   /* bytes of the run of digits */
  int         value;         /* -1 when longer than four digits */
  gboolean    thai;          /* written with Thai digits */
  gboolean    in_range;      /* one end of a range of years */
} Number;

/* The runs of digits of text, in order (a GArray of Number). */
static GArray *
numbers_of (const char *text)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (Number));
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      Number number = { p, p, 0, FALSE, FALSE };
      guint n_digits = 0;
      int value;

      if (hrp_digit_value (g_utf8_get_char (p)) < 0)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      number.thai = g_utf8_get_char (p) >= 0x0E50;
      while (*p != '\0' && (value = hrp_digit_value (g_utf8_get_char (p))) >= 0)
        {
          if (n_digits++ < 5)
            number.value = number.value * 10 + value;
          p = g_utf8_next_char (p);
        }
      number.end = p;
      if (n_digits != 4)
        number.value = -1;
      number.in_range = dash_then_digit (text, number.end, TRUE)
                        || dash_then_digit (text, number.start, FALSE);
      g_array_append_val (numbers, number);
    }
  return numbers;
}

/* Whether text holds year as a whole number outside a range. */
static gboolean
has_year (const char *text,
          int         year)
{
  g_autoptr(GArray) numbers = numbers_of (text);

  for (guint i = 0; i < numbers->len; i++)
    {
      Number *number = &g_array_index (numbers, Number, i);

      if (number->value == year && !number->in_range)
        return TRUE;
    }
  return FALSE;
}

char *
hrp_check_replace_year (const char *text,
                        int         old_year,
                        int         new_year)
{
  g_autoptr(GArray) numbers = numbers_of (text);
  g_autofree char *arabic = g_strdup_printf ("%d", new_year);
  g_autofree char *thai = hrp_arabic_digits_to_thai (arabic);
  GString *out = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  for (guint i = 0; i < numbers->len; i++)
    {
      Number *number = &g_array_index (numbers, Number, i);

      if (number->value != old_year || number->in_range)
        continue;
      g_string_append_len (out, p, number->start - p);
      g_string_append (out, number->thai ? thai : arabic);
      p = number->end;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

/* }}} */

/* Problems {{{ */

void
hrp_problem_free (HrpProblem *problem)
{
  if (problem == NULL)
    return;
  g_clear_object (&problem->item);
  g_clear_object (&problem->node);
  g_free (problem->place);
  g_free (problem->message);
  g_free (problem->line);
  g_free (problem->replacement);
  g_free (problem);
}

typedef struct {
  HrpPlan    *plan;
  int         year;
  GPtrArray  *problems;
  GHashTable *projects;   /* a project's name as compared → its Project */
} Check;

/* Adds a problem; takes place and message. */
static HrpProblem *
add (Check          *check,
     HrpProblemKind  kind,
     gpointer        item,
     const char     *property,
     gpointer        node,
     char           *place,
     char           *message)
{
  HrpProblem *problem = g_new0 (HrpProblem, 1);

  problem->kind = kind;
  problem->item = g_object_ref (item);
  problem->property = g_intern_string (property);
  problem->node = g_object_ref (node);
  problem->place = place;
  problem->message = message;
  /* TRANSLATORS: a problem of the plan: where it is ("Policy 4 ›
   * activity 1"), what it is ("no quarter ticked") */
  problem->line = g_strdup_printf (_("%s: %s"), place, message);
  g_ptr_array_add (check->problems, problem);
  return problem;
}

static char *
get_text (gpointer    item,
          const char *property)
{
  char *text = NULL;

  g_object_get (item, property, &text, NULL);
  return text;
}

/* A text of item that still holds last year's number. */
static void
check_last_year (Check      *check,
                 gpointer    item,
                 const char *property,
                 gpointer    node,
                 const char *place)
{
  g_autofree char *text = get_text (item, property);
  HrpProblem *problem;

  if (!has_year (text, check->year - 1))
    return;
  problem = add (check, HRP_PROBLEM_LAST_YEAR, item, property, node, g_strdup (place),
                 /* TRANSLATORS: a text of the plan still holds last
                  * year's number, e.g. "still says 2568, last year" */
                 g_strdup_printf (_("still says %d, last year"), check->year - 1));
  problem->replacement = hrp_check_replace_year (text, check->year - 1, check->year);
}

/* A title or text that must not be empty; then last year's number. */
static void
check_title (Check      *check,
             gpointer    item,
             const char *property,
             gpointer    node,
             const char *place,
             const char *empty_message)
{
  g_autofree char *text = get_text (item, property);

  if (text == NULL || *g_strstrip (text) == '\0')
    add (check, HRP_PROBLEM_EMPTY_TITLE, item, property, node, g_strdup (place), g_strdup (empty_message));
  else
    check_last_year (check, item, property, node, place);
}

static void
check_plan_fields (Check *check)
{
  HrpPlan *plan = check->plan;
  const char *title = hrp_plan_get_title (plan);
  const char *place = _("Plan");
  /* Each field, and what is said when it is empty (NULL: it may be): the
   * exchange format requires the organization's name and the vision. */
  struct {
    const char *property;
    const char *place;
    const char *empty_message;
  } fields[] = {
    { "org-name", N_("Plan › organization"), N_("no name") },
    { "org-district", N_("Plan › district"), NULL },
    { "org-province", N_("Plan › province"), NULL },
    { "preamble", N_("Plan › preamble"), NULL },
    { "vision", N_("Vision"), N_("no text") },
  };

  check_title (check, plan, "title", plan, place, _("no title"));

  /* A title that names a fiscal year, but not the plan's (last year's is
   * said above). */
  if (title != NULL && !has_year (title, check->year) && !has_year (title, check->year - 1))
    {
      g_autoptr(GArray) numbers = numbers_of (title);

      for (guint i = 0; i < numbers->len; i++)
        {
          Number *number = &g_array_index (numbers, Number, i);

          if (number->value >= HRP_FISCAL_YEAR_MIN && number->value <= HRP_FISCAL_YEAR_MAX
              && !number->in_range)
            {
              add (check, HRP_PROBLEM_WRONG_YEAR, plan, "title", plan, g_strdup (place),
                   /* TRANSLATORS: the year the plan's title names, the plan's fiscal year */
                   g_strdup_printf (_("the title says fiscal year %d, but the plan is for %d"),
                                    number->value, check->year));
              break;
            }
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i].empty_message != NULL)
        check_title (check, plan, fields[i].property, plan, _(fields[i].place), _(fields[i].empty_message));
      else
        check_last_year (check, plan, fields[i].property, plan, _(fields[i].place));
    }
}

/* The plan's lists. */
typedef enum {
  LIST_MISSIONS,
  LIST_STRATEGIES,
  LIST_GOALS,
  LIST_OBJECTIVES,
  LIST_INDICATORS,
  LIST_POSITIONS,
  LIST_POLICIES,
  LIST_ACTIVITIES,
} List;

/* The text of each item of a list, and what is said when it is empty
 * (NULL: it may be). */
static const struct {
  const char *property;
  const char *empty_message;
} list_texts[] = {
  [LIST_MISSIONS] = { "text", N_("no text") },
  [LIST_STRATEGIES] = { "title", N_("no title") },
  [LIST_GOALS] = { "text", NULL },
  [LIST_OBJECTIVES] = { "text", NULL },
  [LIST_INDICATORS] = { "text", NULL },
  [LIST_POSITIONS] = { "text", NULL },
  [LIST_POLICIES] = { "title", N_("no title") },
  [LIST_ACTIVITIES] = { "name", N_("no name") },
};

/* The place of the entry number of a list, as the window's tree names
 * it; owner is the number of its strategy or policy. */
static char *
item_place (List  list,
            guint owner,
            guint number)
{
  switch (list)
    {
    case LIST_MISSIONS:
      return g_strdup_printf (_("Mission %u"), number);
    case LIST_STRATEGIES:
      return g_strdup_printf (_("Strategy %u"), number);
    case LIST_GOALS:
      return g_strdup_printf (_("Strategy %u › goal %u"), owner, number);
    case LIST_OBJECTIVES:
      return g_strdup_printf (_("Strategy %u › objective %u"), owner, number);
    case LIST_INDICATORS:
      return g_strdup_printf (_("Strategy %u › indicator %u"), owner, number);
    case LIST_POSITIONS:
      return g_strdup_printf (_("Plan › strategic position %u"), number);
    case LIST_POLICIES:
      return g_strdup_printf (_("Policy %u"), number);
    case LIST_ACTIVITIES:
    default:
      return g_strdup_printf (_("Policy %u › activity %u"), owner, number);
    }
}

/* An entry of a list, as check_list () hands it on. */
typedef struct {
  gpointer    object;
  gpointer    node;     /* the tree node its problems select */
  guint       owner;    /* the number of its strategy or policy, or 0 */
  guint       number;   /* its place in the list, from 1 */
  const char *place;
} Item;

typedef void (*CheckItemFunc) (Check      *check,
                               const Item *item);

/* Each entry of a list: its text, then what check_item (may be NULL)
 * checks besides.  Its problems select node, or the entry itself when
 * node is NULL. */
static void
check_list (Check         *check,
            GListModel    *items,
            List           list,
            guint          owner,
            gpointer       node,
            CheckItemFunc  check_item)
{
  const char *property = list_texts[list].property;
  const char *empty_message = list_texts[list].empty_message;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (items, i);
      g_autofree char *place = item_place (list, owner, i + 1);
      Item item = { object, node != NULL ? node : object, owner, i + 1, place };

      if (empty_message != NULL)
        check_title (check, object, property, item.node, place, _(empty_message));
      else
        check_last_year (check, object, property, item.node, place);
      if (check_item != NULL)
        check_item (check, &item);
    }
}

static void
check_strategy (Check      *check,
                const Item *item)
{
  HrpStrategy *strategy = item->object;

  if (hrp_strategy_get_mission (strategy) == NULL)
    add (check, HRP_PROBLEM_NOT_LINKED, strategy, NULL, strategy, g_strdup (item->place),
         g_strdup (_("not linked to a mission")));
  check_list (check, hrp_strategy_get_goals (strategy), LIST_GOALS, item->number, strategy, NULL);
  check_list (check, hrp_strategy_get_objectives (strategy), LIST_OBJECTIVES, item->number, strategy, NULL);
  check_list (check, hrp_strategy_get_indicators (strategy), LIST_INDICATORS, item->number, strategy, NULL);
}

static char *
budget_words (gint64 satang)
{
  g_autofree char *money = NULL;

  if (satang == HRP_BUDGET_NONE)
    return g_strdup (_("no budget"));
  money = hrp_money_format (satang, FALSE);
  return g_strdup_printf (_("%s baht"), money);
}

/* The first place of each project: its policy, its place, its budget. */
typedef struct {
  guint  policy, number;
  gint64 budget;
} Project;

/* An activity's quarters, and its budget against the same project's
 * under another policy. */
static void
check_activity (Check      *check,
                const Item *item)
{
  HrpActivity *activity = item->object;
  /* A project's name as it is compared. */
  g_autofree char *key = hrp_text_normalize (hrp_activity_get_name (activity));
  gboolean ticked = FALSE;
  Project *first;

  for (guint q = 1; q <= 4; q++)
    ticked |= hrp_activity_get_quarter (activity, q);
  if (!ticked)
    add (check, HRP_PROBLEM_NO_QUARTER, activity, NULL, item->node, g_strdup (item->place),
         g_strdup (_("no quarter ticked")));

  if (*key == '\0')
    return;
  first = g_hash_table_lookup (check->projects, key);
  if (first == NULL)
    {
      first = g_new (Project, 1);
      *first = (Project) { item->owner, item->number, hrp_activity_get_budget (activity) };
      g_hash_table_insert (check->projects, g_steal_pointer (&key), first);
    }
  else if (first->policy != item->owner && first->budget != hrp_activity_get_budget (activity))
    {
      g_autofree char *budget = budget_words (hrp_activity_get_budget (activity));
      g_autofree char *other = budget_words (first->budget);

      add (check, HRP_PROBLEM_BUDGET_DIFFERS, activity, "budget", item->node, g_strdup (item->place),
           /* TRANSLATORS: the same project listed under two policies:
            * its budget here, the other policy, its place there, its
            * budget there */
           g_strdup_printf (_("budget %s, but the same project under policy %u › activity %u has %s"),
                            budget, first->policy, first->number, other));
    }
}

static void
check_policy (Check      *check,
              const Item *item)
{
  HrpPolicy *policy = item->object;
  g_autofree char *description = g_strdup_printf (_("Policy %u › description"), item->number);

  check_last_year (check, policy, "description", policy, description);
  if (hrp_policy_get_strategy (policy) == NULL)
    add (check, HRP_PROBLEM_NOT_LINKED, policy, NULL, policy, g_strdup (item->place),
         g_strdup (_("not linked to a strategy")));
  if (g_list_model_get_n_items (hrp_policy_get_activities (policy)) == 0)
    add (check, HRP_PROBLEM_NO_ACTIVITIES, policy, NULL, policy, g_strdup (item->place),
         g_strdup (_("no activities")));
  check_list (check, hrp_policy_get_activities (policy), LIST_ACTIVITIES, item->number, policy,
              check_activity);
}

GPtrArray *
hrp_plan_check (HrpPlan *plan)
{
  Check check = { plan, 0, NULL, NULL };

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  check.year = hrp_plan_get_fiscal_year (plan);
  check.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_problem_free);
  check.projects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  check_plan_fields (&check);
  check_list (&check, hrp_plan_get_missions (plan), LIST_MISSIONS, 0, NULL, NULL);
  check_list (&check, hrp_plan_get_strategies (plan), LIST_STRATEGIES, 0, NULL, check_strategy);
  check_list (&check, hrp_plan_get_positions (plan), LIST_POSITIONS, 0, plan, NULL);
  check_last_year (&check, plan, "policy-intro", plan, _("Plan › introduction to the policies"));
  check_list (&check, hrp_plan_get_policies (plan), LIST_POLICIES, 0, NULL, check_policy);
  if (g_list_model_get_n_items (hrp_plan_get_signers (plan)) == 0)
    add (&check, HRP_PROBLEM_NO_SIGNERS, plan, NULL, plan, g_strdup (_("Plan")),
         g_strdup (_("no one signs the plan")));

  g_hash_table_unref (check.projects);
  return check.problems;
}

/* }}} */

int
hrp_check_replace_years (HrpDocument  *document,
                         GPtrArray    *problems,
                         GError      **error)
{
  HrpPlan *plan;
  g_autofree char *label = NULL;
  GError *local_error = NULL;
  int changed = 0;

  g_return_val_if_fail (HRP_IS_DOCUMENT (document), -1);
  g_return_val_if_fail (problems != NULL, -1);

  plan = hrp_document_get_plan (document);
  /* TRANSLATORS: the name of an undo step: last year's number, this year's */
  label = g_strdup_printf (_("Replace %d with %d"), hrp_plan_get_fiscal_year (plan) - 1,
                           hrp_plan_get_fiscal_year (plan));
  hrp_document_begin_group (document, label);
  for (guint i = 0; i < problems->len && local_error == NULL; i++)
    {
      HrpProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind != HRP_PROBLEM_LAST_YEAR || problem->replacement == NULL)
        continue;
      if (hrp_document_set_string (document, problem->item, problem->property,
                                   problem->replacement, &local_error))
        changed++;
    }
  if (!hrp_document_end_group (document, local_error != NULL ? NULL : &local_error)
      || local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return -1;
    }
  return changed;
}
