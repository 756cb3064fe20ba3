/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-compare.c — what changed between two plans
 *
 * Each list (missions, strategies, a strategy's goals, objectives and
 * indicators, positions, policies, a policy's activities, signers) is
 * matched on its own, by text, never by ids:
 *
 *  1. items whose texts are equal (white space collapsed, Thai digits
 *     read as Arabic ones, the fiscal year ignored), at the same place first, then at the nearest place;
 *  2. of the rest, pairs whose similarity (an edit distance on Unicode
 *     characters: Thai has no spaces between words) reaches
 *     HRP_COMPARE_SIMILAR, the most similar first, then the nearest
 *     places (policies are also similar by their descriptions,
 *     strategies are rated by their titles and goals together, signers
 *     by their names or else by the same position or role);
 *  3. of the missions, strategies and policies left, an item beside one
 *     of its kind at the same place (between the same matched items, as
 *     many items after them) and with the same link (a strategy's
 *     mission, a policy's strategy) is the same item renamed;
 *  4. what is left was removed (older) or added (newer).
 *
 * A matched item that left the longest run of items kept in order is
 * reported as moved; other matched items are compared field by field.
 */
#include "config.h"

#include <string.h>

#include "hrp-compare.h"
#include "hrp-thai.h"

/* Texts {{{ */

/* hrp_text_normalize (); with two fiscal years, the older one written as
 * the newer one. */
static char *
normalize (const char *text,
           int         old_year,
           int         new_year)
{
  char *normalized = hrp_text_normalize (text);
  char *replaced;

  if (old_year == new_year)
    return normalized;
  replaced = hrp_thai_replace_year (normalized, old_year, new_year);
  g_free (normalized);
  return replaced;
}

/* The edit distance (insert, delete, substitute one character), or
 * limit + 1 as soon as it is sure to exceed limit. */
static guint
edit_distance (const gunichar *a,
               guint           la,
               const gunichar *b,
               guint           lb,
               guint           limit)
{
  g_autofree guint *row = NULL;
  guint result;

  if ((la > lb ? la - lb : lb - la) > limit)
    return limit + 1;

  row = g_new (guint, lb + 1);
  for (guint j = 0; j <= lb; j++)
    row[j] = j;
  for (guint i = 1; i <= la; i++)
    {
      guint diagonal = row[0];
      guint smallest;

      row[0] = i;
      smallest = row[0];
      for (guint j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint best = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);

          best = MIN (best, above + 1);
          best = MIN (best, row[j - 1] + 1);
          row[j] = best;
          diagonal = above;
          smallest = MIN (smallest, best);
        }
      if (smallest > limit)
        return limit + 1;
    }
  result = row[lb];
  return result;
}

/* Similarity of two normalized texts; below at_least it may be any value
 * below at_least (the distance is not worked out further). */
static double
similarity (const char *a,
            const char *b,
            double      at_least)
{
  glong la = 0, lb = 0;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &la);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  guint longer = MAX (la, lb);
  guint limit, distance;

  if (longer == 0)
    return 1.0;
  limit = (guint) ((1.0 - at_least) * longer + 1e-9);
  distance = edit_distance (ua, la, ub, lb, limit);
  if (distance > limit)
    return MIN (at_least, 1.0 - (double) distance / longer) - 1e-9;
  return 1.0 - (double) distance / longer;
}

double
hrp_compare_similarity (const char *a,
                        const char *b)
{
  g_autofree char *na = normalize (a, 0, 0);
  g_autofree char *nb = normalize (b, 0, 0);

  return MAX (similarity (na, nb, 0.0), 0.0);
}

/* }}} */

/* Matching a list {{{ */

typedef double (*SimilarityFunc) (guint    i,
                                  guint    j,
                                  gpointer data);
/* Whether older item i and newer item j have the same link. */
typedef gboolean (*SameLinkFunc) (guint    i,
                                  guint    j,
                                  gpointer data);

typedef struct {
  guint     n_older, n_newer;
  int      *older_to_newer;   /* -1: removed */
  int      *newer_to_older;   /* -1: added */
  gboolean *moved;            /* by newer place */
  gboolean *renamed;          /* by newer place: matched by place alone */
} Match;

static void
match_free (Match *match)
{
  g_free (match->older_to_newer);
  g_free (match->newer_to_older);
  g_free (match->moved);
  g_free (match->renamed);
  g_free (match);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Match, match_free)

typedef struct {
  guint  i, j;
  double similarity;
} Candidate;

static int
candidate_compare (gconstpointer pa,
                   gconstpointer pb)
{
  const Candidate *a = pa, *b = pb;
  guint da = a->i > a->j ? a->i - a->j : a->j - a->i;
  guint db = b->i > b->j ? b->i - b->j : b->j - b->i;

  if (a->similarity != b->similarity)
    return a->similarity > b->similarity ? -1 : 1;
  if (da != db)
    return da < db ? -1 : 1;
  if (a->i != b->i)
    return a->i < b->i ? -1 : 1;
  return a->j < b->j ? -1 : (a->j > b->j);
}

static void
pair (Match *match,
      guint  i,
      guint  j)
{
  match->older_to_newer[i] = j;
  match->newer_to_older[j] = i;
}

/* Marks as moved the matched items outside the longest run kept in
 * order (the longest increasing run of newer places, in older order). */
static void
find_moves (Match *match)
{
  g_autofree guint *length = g_new0 (guint, match->n_older + 1);
  g_autofree int *previous = g_new (int, match->n_older + 1);
  g_autofree gboolean *kept = g_new0 (gboolean, match->n_older + 1);
  int best = -1;

  for (guint i = 0; i < match->n_older; i++)
    {
      previous[i] = -1;
      if (match->older_to_newer[i] < 0)
        continue;
      length[i] = 1;
      for (guint k = 0; k < i; k++)
        if (match->older_to_newer[k] >= 0
            && match->older_to_newer[k] < match->older_to_newer[i]
            && length[k] + 1 > length[i])
          {
            length[i] = length[k] + 1;
            previous[i] = k;
          }
      if (best < 0 || length[i] > length[best])
        best = i;
    }
  for (int i = best; i >= 0; i = previous[i])
    kept[i] = TRUE;
  for (guint i = 0; i < match->n_older; i++)
    if (match->older_to_newer[i] >= 0 && !kept[i])
      match->moved[match->older_to_newer[i]] = TRUE;
}

/* Step 3: pairs an item left over in older with the one left over in
 * newer at its place: after the newer partner of the matched item before
 * it (the start of the list when there is none), as many places after
 * it, with no matched item in between, and with the same link. */
static void
match_renames (Match        *match,
               SameLinkFunc  same_link,
               gpointer      data)
{
  int before = -1;   /* the newer partner of the last matched older item */
  guint offset = 0;  /* older items left over since then */

  for (guint i = 0; i < match->n_older; i++)
    {
      guint j;
      gboolean free_run = TRUE;

      if (match->older_to_newer[i] >= 0 && !match->renamed[match->older_to_newer[i]])
        {
          before = match->older_to_newer[i];
          offset = 0;
          continue;
        }
      j = (guint) (before + 1) + offset++;
      if (j >= match->n_newer)
        continue;
      for (guint k = (guint) (before + 1); k <= j && free_run; k++)
        free_run = match->newer_to_older[k] < 0 || match->renamed[k];
      if (free_run && match->newer_to_older[j] < 0 && same_link (i, j, data))
        {
          pair (match, i, j);
          match->renamed[j] = TRUE;
        }
    }
}

/* Matches older_keys[] with newer_keys[] (normalized texts).
 * similar (may be NULL: the keys' similarity) rates a pair left over;
 * same_link (NULL: no renames) tells an item renamed in its place. */
static Match *
match_lists (char           **older_keys,
             guint            n_older,
             char           **newer_keys,
             guint            n_newer,
             SimilarityFunc   similar,
             SameLinkFunc     same_link,
             gpointer         data)
{
  Match *match = g_new0 (Match, 1);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  match->n_older = n_older;
  match->n_newer = n_newer;
  match->older_to_newer = g_new (int, MAX (n_older, 1));
  match->newer_to_older = g_new (int, MAX (n_newer, 1));
  match->moved = g_new0 (gboolean, MAX (n_newer, 1));
  match->renamed = g_new0 (gboolean, MAX (n_newer, 1));
  for (guint i = 0; i < n_older; i++)
    match->older_to_newer[i] = -1;
  for (guint j = 0; j < n_newer; j++)
    match->newer_to_older[j] = -1;

  /* 1. Equal texts: at the same place, then at the nearest place. */
  for (guint i = 0; i < MIN (n_older, n_newer); i++)
    if (g_str_equal (older_keys[i], newer_keys[i]))
      pair (match, i, i);
  for (guint i = 0; i < n_older; i++)
    {
      int nearest = -1;
      guint distance = G_MAXUINT;

      if (match->older_to_newer[i] >= 0)
        continue;
      for (guint j = 0; j < n_newer; j++)
        if (match->newer_to_older[j] < 0 && g_str_equal (older_keys[i], newer_keys[j])
            && (i > j ? i - j : j - i) < distance)
          {
            nearest = j;
            distance = i > j ? i - j : j - i;
          }
      if (nearest >= 0)
        pair (match, i, nearest);
    }

  /* 2. Similar texts: the most similar first, then the nearest. */
  for (guint i = 0; i < n_older; i++)
    for (guint j = 0; j < n_newer && match->older_to_newer[i] < 0; j++)
      {
        Candidate candidate = { i, j, 0 };

        if (match->newer_to_older[j] >= 0)
          continue;
        candidate.similarity = similar != NULL
                               ? similar (i, j, data)
                               : similarity (older_keys[i], newer_keys[j], HRP_COMPARE_SIMILAR);
        if (candidate.similarity >= HRP_COMPARE_SIMILAR)
          g_array_append_val (candidates, candidate);
      }
  g_array_sort (candidates, candidate_compare);
  for (guint c = 0; c < candidates->len; c++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, c);

      if (match->older_to_newer[candidate->i] < 0 && match->newer_to_older[candidate->j] < 0)
        pair (match, candidate->i, candidate->j);
    }

  /* 3. Renamed in their place. */
  if (same_link != NULL)
    match_renames (match, same_link, data);

  find_moves (match);
  return match;
}

/* Calls visit for every item of either list in the newer list's order, a
 * removed item right after the item that came before it in the older
 * list: (older place or -1, newer place or -1). */
typedef void (*VisitFunc) (int      i,
                           int      j,
                           gpointer data);

static void
match_walk (Match     *match,
            VisitFunc  visit,
            gpointer   data)
{
  for (guint i = 0; i < match->n_older && match->older_to_newer[i] < 0; i++)
    visit (i, -1, data);
  for (guint j = 0; j < match->n_newer; j++)
    {
      int k = match->newer_to_older[j];

      visit (k, j, data);
      if (k >= 0)
        for (guint i = k + 1; i < match->n_older && match->older_to_newer[i] < 0; i++)
          visit (i, -1, data);
    }
}

/* }}} */

/* Comparing {{{ */

typedef const char *(*TextFunc) (gpointer item);

typedef struct {
  HrpPlan   *older, *newer;
  int        old_year, new_year;
  GPtrArray *changes;
  Match     *missions;
  Match     *strategies;
  Match     *policies;
} Compare;

static void
compare_clear (Compare *c)
{
  g_clear_pointer (&c->missions, match_free);
  g_clear_pointer (&c->strategies, match_free);
  g_clear_pointer (&c->policies, match_free);
  g_clear_pointer (&c->changes, g_ptr_array_unref);
}

static char *
key (Compare    *c,
     const char *text)
{
  return normalize (text, c->old_year, c->new_year);
}

static gboolean
same_text (Compare    *c,
           const char *a,
           const char *b)
{
  g_autofree char *ka = key (c, a);
  g_autofree char *kb = key (c, b);

  return g_str_equal (ka, kb);
}

static char **
list_keys (Compare    *c,
           GListModel *list,
           TextFunc    text)
{
  guint n = g_list_model_get_n_items (list);
  char **keys = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      keys[i] = key (c, text (item));
    }
  return keys;
}

static Match *
match_models (Compare        *c,
              GListModel     *older,
              GListModel     *newer,
              TextFunc        text,
              SimilarityFunc  similar,
              SameLinkFunc    same_link,
              gpointer        data)
{
  g_auto(GStrv) older_keys = list_keys (c, older, text);
  g_auto(GStrv) newer_keys = list_keys (c, newer, text);

  return match_lists (older_keys, g_list_model_get_n_items (older),
                      newer_keys, g_list_model_get_n_items (newer), similar, same_link, data);
}

/* The place of item in list, or -1 (NULL or not in it). */
static int
place_in (GListModel *list,
          gpointer    item)
{
  guint position;

  if (item == NULL || !g_list_store_find (G_LIST_STORE (list), item, &position))
    return -1;
  return position;
}

/* Two links are the same when both are unset or they point to matched
 * items. */
static gboolean
same_target (Match      *targets,
             GListModel *older_targets,
             GListModel *newer_targets,
             gpointer    older_target,
             gpointer    newer_target)
{
  int before = place_in (older_targets, older_target);
  int after = place_in (newer_targets, newer_target);

  if (before < 0 || after < 0)
    return before < 0 && after < 0;
  return targets != NULL && targets->older_to_newer[before] == after;
}

/* Missions have no link: any two in the same place. */
static gboolean
mission_same_link (guint    i,
                   guint    j,
                   gpointer data)
{
  return TRUE;
}

static gboolean
strategy_same_link (guint    i,
                    guint    j,
                    gpointer data)
{
  Compare *c = data;
  g_autoptr(HrpStrategy) older = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (c->older)), i);
  g_autoptr(HrpStrategy) newer = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (c->newer)), j);

  return same_target (c->missions,
                      G_LIST_MODEL (hrp_plan_get_missions (c->older)),
                      G_LIST_MODEL (hrp_plan_get_missions (c->newer)),
                      hrp_strategy_get_mission (older), hrp_strategy_get_mission (newer));
}

static gboolean
policy_same_link (guint    i,
                  guint    j,
                  gpointer data)
{
  Compare *c = data;
  g_autoptr(HrpPolicy) older = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (c->older)), i);
  g_autoptr(HrpPolicy) newer = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (c->newer)), j);

  return same_target (c->strategies,
                      G_LIST_MODEL (hrp_plan_get_strategies (c->older)),
                      G_LIST_MODEL (hrp_plan_get_strategies (c->newer)),
                      hrp_policy_get_strategy (older), hrp_policy_get_strategy (newer));
}

/* The text an item is matched by: its title, name or text */
static const char *
item_text (gpointer item)
{
  if (HRP_IS_TEXT (item))
    return hrp_text_get_text (item);
  if (HRP_IS_MISSION (item))
    return hrp_mission_get_text (item);
  if (HRP_IS_STRATEGY (item))
    return hrp_strategy_get_title (item);
  if (HRP_IS_POLICY (item))
    return hrp_policy_get_title (item);
  if (HRP_IS_SIGNER (item))
    return hrp_signer_get_name (item);
  return hrp_activity_get_name (item);
}

static HrpChange *
add_change (Compare          *c,
            HrpChangeKind     kind,
            HrpChangeSubject  subject,
            HrpChangeField    field)
{
  HrpChange *change = g_new0 (HrpChange, 1);

  change->kind = kind;
  change->subject = subject;
  change->field = field;
  change->budget_before = HRP_BUDGET_NONE;
  change->budget_after = HRP_BUDGET_NONE;
  g_ptr_array_add (c->changes, change);
  return change;
}

static void
compare_plan_field (Compare        *c,
                    HrpChangeField  field,
                    const char     *before,
                    const char     *after)
{
  HrpChange *change;

  if (same_text (c, before, after))
    return;
  change = add_change (c, HRP_CHANGE_CHANGED, HRP_CHANGE_PLAN, field);
  change->before = g_strdup (before);
  change->after = g_strdup (after);
}

/* One visit of a list: what the visitors need. */
typedef struct {
  Compare          *c;
  HrpChangeSubject  subject;
  guint             owner_before, owner_after;
  GListModel       *older, *newer;
  Match            *match;
  TextFunc          text;
} Walk;

/* The change of a whole item (ADDED, REMOVED, MOVED) or of a field of a
 * matched item; NULL items and text where absent. */
static HrpChange *
item_change (Walk           *walk,
             HrpChangeKind   kind,
             HrpChangeField  field,
             int             i,
             int             j,
             gpointer        older_item,
             gpointer        newer_item)
{
  HrpChange *change = add_change (walk->c, kind, walk->subject, field);

  change->owner_before = walk->owner_before;
  change->owner_after = walk->owner_after;
  change->number_before = i + 1;
  change->number_after = j + 1;
  change->name = g_strdup (walk->text (newer_item != NULL ? newer_item : older_item));
  if (kind == HRP_CHANGE_ADDED)
    change->after = g_strdup (walk->text (newer_item));
  else if (kind == HRP_CHANGE_REMOVED)
    change->before = g_strdup (walk->text (older_item));
  else if (field == HRP_CHANGE_FIELD_TEXT)
    {
      change->before = g_strdup (walk->text (older_item));
      change->after = g_strdup (walk->text (newer_item));
    }
  return change;
}

/* Adds ADDED, REMOVED, MOVED and a TEXT change; TRUE when both items are
 * there (to compare further). */
static gboolean
visit_item (Walk     *walk,
            int       i,
            int       j,
            gpointer  older_item,
            gpointer  newer_item)
{
  if (i < 0)
    {
      item_change (walk, HRP_CHANGE_ADDED, HRP_CHANGE_FIELD_NONE, i, j, NULL, newer_item);
      return FALSE;
    }
  if (j < 0)
    {
      item_change (walk, HRP_CHANGE_REMOVED, HRP_CHANGE_FIELD_NONE, i, j, older_item, NULL);
      return FALSE;
    }
  if (walk->match->moved[j])
    item_change (walk, HRP_CHANGE_MOVED, HRP_CHANGE_FIELD_NONE, i, j, older_item, newer_item);
  if (!same_text (walk->c, walk->text (older_item), walk->text (newer_item)))
    {
      HrpChange *change = item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_TEXT,
                                       i, j, older_item, newer_item);

      change->renamed = walk->match->renamed[j];
    }
  return TRUE;
}

static void
visit_text (int      i,
            int      j,
            gpointer data)
{
  Walk *walk = data;
  g_autoptr(GObject) older_item = i >= 0 ? g_list_model_get_item (walk->older, i) : NULL;
  g_autoptr(GObject) newer_item = j >= 0 ? g_list_model_get_item (walk->newer, j) : NULL;

  visit_item (walk, i, j, older_item, newer_item);
}

/* A list of texts: missions, positions, a strategy's lists. */
static void
compare_texts (Compare          *c,
               HrpChangeSubject  subject,
               guint             owner_before,
               guint             owner_after,
               GListModel       *older,
               GListModel       *newer,
               TextFunc          text,
               SameLinkFunc      same_link,
               Match           **match_out)
{
  Walk walk = { c, subject, owner_before, owner_after, older, newer, NULL, text };

  walk.match = match_models (c, older, newer, text, NULL, same_link, c);
  match_walk (walk.match, visit_text, &walk);
  if (match_out != NULL)
    *match_out = walk.match;
  else
    match_free (walk.match);
}

/* A link from a matched item to a mission or strategy. */
static void
compare_link (Walk       *walk,
              int         i,
              int         j,
              gpointer    older_item,
              gpointer    newer_item,
              GListModel *older_targets,
              GListModel *newer_targets,
              Match      *targets,
              gpointer    older_target,
              gpointer    newer_target,
              TextFunc    target_text)
{
  int before = place_in (older_targets, older_target);
  int after = place_in (newer_targets, newer_target);
  HrpChange *change;

  if (before < 0 && after < 0)
    return;
  if (before >= 0 && after >= 0 && targets->older_to_newer[before] == after)
    return;
  change = item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_LINK, i, j, older_item, newer_item);
  change->link_before = before + 1;
  change->link_after = after + 1;
  change->before = before >= 0 ? g_strdup (target_text (older_target)) : NULL;
  change->after = after >= 0 ? g_strdup (target_text (newer_target)) : NULL;
}

static void
visit_strategy (int      i,
                int      j,
                gpointer data)
{
  Walk *walk = data;
  Compare *c = walk->c;
  g_autoptr(HrpStrategy) older = i >= 0 ? g_list_model_get_item (walk->older, i) : NULL;
  g_autoptr(HrpStrategy) newer = j >= 0 ? g_list_model_get_item (walk->newer, j) : NULL;
  struct {
    HrpChangeSubject subject;
    GListModel *(*get) (HrpStrategy *);
  } lists[] = {
    { HRP_CHANGE_GOAL, hrp_strategy_get_goals },
    { HRP_CHANGE_OBJECTIVE, hrp_strategy_get_objectives },
    { HRP_CHANGE_INDICATOR, hrp_strategy_get_indicators },
  };

  if (!visit_item (walk, i, j, older, newer))
    return;

  compare_link (walk, i, j, older, newer,
                G_LIST_MODEL (hrp_plan_get_missions (c->older)),
                G_LIST_MODEL (hrp_plan_get_missions (c->newer)), c->missions,
                hrp_strategy_get_mission (older), hrp_strategy_get_mission (newer),
                item_text);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    compare_texts (c, lists[l].subject, i + 1, j + 1,
                   G_LIST_MODEL (lists[l].get (older)), G_LIST_MODEL (lists[l].get (newer)),
                   item_text, NULL, NULL);
}

static guint
quarters_of (HrpActivity *activity)
{
  guint mask = 0;

  for (guint q = 1; q <= 4; q++)
    if (hrp_activity_get_quarter (activity, q))
      mask |= 1u << (q - 1);
  return mask;
}

static void
set_activity (HrpChange   *change,
              HrpActivity *older,
              HrpActivity *newer)
{
  if (older != NULL)
    {
      change->budget_before = hrp_activity_get_budget (older);
      change->quarters_before = quarters_of (older);
    }
  if (newer != NULL)
    {
      change->budget_after = hrp_activity_get_budget (newer);
      change->quarters_after = quarters_of (newer);
    }
}

static void
visit_activity (int      i,
                int      j,
                gpointer data)
{
  Walk *walk = data;
  Compare *c = walk->c;
  g_autoptr(HrpActivity) older = i >= 0 ? g_list_model_get_item (walk->older, i) : NULL;
  g_autoptr(HrpActivity) newer = j >= 0 ? g_list_model_get_item (walk->newer, j) : NULL;
  guint first = c->changes->len;

  if (visit_item (walk, i, j, older, newer))
    {
      if (hrp_activity_get_budget (older) != hrp_activity_get_budget (newer))
        item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_BUDGET, i, j, older, newer);
      if (quarters_of (older) != quarters_of (newer))
        item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_QUARTERS, i, j, older, newer);
    }
  /* Every change of an activity tells its budget and quarters. */
  for (guint k = first; k < c->changes->len; k++)
    set_activity (g_ptr_array_index (c->changes, k), older, newer);
}

static void
visit_policy (int      i,
              int      j,
              gpointer data)
{
  Walk *walk = data;
  Compare *c = walk->c;
  g_autoptr(HrpPolicy) older = i >= 0 ? g_list_model_get_item (walk->older, i) : NULL;
  g_autoptr(HrpPolicy) newer = j >= 0 ? g_list_model_get_item (walk->newer, j) : NULL;
  GListModel *older_activities, *newer_activities;
  Walk activities;

  if (!visit_item (walk, i, j, older, newer))
    return;

  if (!same_text (c, hrp_policy_get_description (older), hrp_policy_get_description (newer)))
    {
      HrpChange *change = item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_DESCRIPTION,
                                       i, j, older, newer);

      change->before = g_strdup (hrp_policy_get_description (older));
      change->after = g_strdup (hrp_policy_get_description (newer));
    }
  compare_link (walk, i, j, older, newer,
                G_LIST_MODEL (hrp_plan_get_strategies (c->older)),
                G_LIST_MODEL (hrp_plan_get_strategies (c->newer)), c->strategies,
                hrp_policy_get_strategy (older), hrp_policy_get_strategy (newer),
                item_text);

  older_activities = G_LIST_MODEL (hrp_policy_get_activities (older));
  newer_activities = G_LIST_MODEL (hrp_policy_get_activities (newer));
  activities = (Walk) { c, HRP_CHANGE_ACTIVITY, i + 1, j + 1, older_activities, newer_activities,
                        NULL, item_text };
  activities.match = match_models (c, older_activities, newer_activities, item_text, NULL, NULL, NULL);
  match_walk (activities.match, visit_activity, &activities);
  match_free (activities.match);
}

/* A field of matched signers (position, role). */
static void
compare_signer_field (Walk           *walk,
                      HrpChangeField  field,
                      int             i,
                      int             j,
                      HrpSigner      *older,
                      HrpSigner      *newer,
                      const char     *before,
                      const char     *after)
{
  HrpChange *change;

  if (same_text (walk->c, before, after))
    return;
  change = item_change (walk, HRP_CHANGE_CHANGED, field, i, j, older, newer);
  change->before = g_strdup (before);
  change->after = g_strdup (after);
}

static void
visit_signer (int      i,
              int      j,
              gpointer data)
{
  Walk *walk = data;
  Compare *c = walk->c;
  g_autoptr(HrpSigner) older = i >= 0 ? g_list_model_get_item (walk->older, i) : NULL;
  g_autoptr(HrpSigner) newer = j >= 0 ? g_list_model_get_item (walk->newer, j) : NULL;
  guint first = c->changes->len;

  if (visit_item (walk, i, j, older, newer))
    {
      compare_signer_field (walk, HRP_CHANGE_FIELD_SIGNER_POSITION, i, j, older, newer,
                            hrp_signer_get_position (older), hrp_signer_get_position (newer));
      compare_signer_field (walk, HRP_CHANGE_FIELD_SIGNER_ROLE, i, j, older, newer,
                            hrp_signer_get_role (older), hrp_signer_get_role (newer));
    }
  /* Every change of a signer tells its position. */
  for (guint k = first; k < c->changes->len; k++)
    {
      HrpChange *change = g_ptr_array_index (c->changes, k);

      change->signer_position = g_strdup (hrp_signer_get_position (newer != NULL ? newer : older));
    }
}

/* Signers are the same when their names are similar, or else when they
 * sign in the same position or the same role: a new chief executive
 * takes the place of the one before (a changed name), where a similar
 * name alone would not match them. */
static double
signer_similarity (guint    i,
                   guint    j,
                   gpointer data)
{
  Compare *c = data;
  g_autoptr(HrpSigner) older = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_signers (c->older)), i);
  g_autoptr(HrpSigner) newer = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_signers (c->newer)), j);
  g_autofree char *older_name = key (c, hrp_signer_get_name (older));
  g_autofree char *newer_name = key (c, hrp_signer_get_name (newer));
  g_autofree char *older_position = key (c, hrp_signer_get_position (older));
  g_autofree char *newer_position = key (c, hrp_signer_get_position (newer));
  g_autofree char *older_role = key (c, hrp_signer_get_role (older));
  g_autofree char *newer_role = key (c, hrp_signer_get_role (newer));
  double best = similarity (older_name, newer_name, HRP_COMPARE_SIMILAR);

  /* Positions are alike by their wording (ปลัด… and นายก… of one
   * organization): only the same position counts, and before the same
   * role. */
  if (*older_position != '\0' && g_str_equal (older_position, newer_position))
    best = MAX (best, 0.9);
  else if (*older_role != '\0' && g_str_equal (older_role, newer_role))
    best = MAX (best, 0.8);
  return best;
}

/* Policies are the same when their titles or their descriptions are
 * similar: a renamed policy keeps its description. */
static double
policy_similarity (guint    i,
                   guint    j,
                   gpointer data)
{
  Compare *c = data;
  g_autoptr(HrpPolicy) older = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (c->older)), i);
  g_autoptr(HrpPolicy) newer = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (c->newer)), j);
  g_autofree char *older_title = key (c, hrp_policy_get_title (older));
  g_autofree char *newer_title = key (c, hrp_policy_get_title (newer));
  g_autofree char *older_description = NULL;
  g_autofree char *newer_description = NULL;
  double best = similarity (older_title, newer_title, HRP_COMPARE_SIMILAR);

  if (best >= HRP_COMPARE_SIMILAR)
    return best;
  older_description = key (c, hrp_policy_get_description (older));
  newer_description = key (c, hrp_policy_get_description (newer));
  if (*older_description == '\0' || *newer_description == '\0')
    return best;
  return MAX (best, similarity (older_description, newer_description, HRP_COMPARE_SIMILAR));
}

/* A strategy's goals, objectives and indicators as one text. */
static char *
strategy_content (Compare     *c,
                  HrpStrategy *strategy)
{
  GListModel *lists[] = {
    hrp_strategy_get_goals (strategy),
    hrp_strategy_get_objectives (strategy),
    hrp_strategy_get_indicators (strategy),
  };
  GString *out = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (lists[l])); i++)
      {
        g_autoptr(HrpText) text = g_list_model_get_item (G_LIST_MODEL (lists[l]), i);
        g_autofree char *normalized = key (c, hrp_text_get_text (text));

        g_string_append (out, normalized);
        g_string_append_c (out, '\n');
      }
  return g_string_free (out, FALSE);
}

/* Strategy titles are formulaic ("การพัฒนาด้าน…"): two different
 * strategies' titles are often similar.  So a strategy is rated by its
 * title and its content together, or by its content alone (a renamed
 * strategy keeps its goals). */
static double
strategy_similarity (guint    i,
                     guint    j,
                     gpointer data)
{
  Compare *c = data;
  g_autoptr(HrpStrategy) older = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (c->older)), i);
  g_autoptr(HrpStrategy) newer = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (c->newer)), j);
  g_autofree char *older_title = key (c, hrp_strategy_get_title (older));
  g_autofree char *newer_title = key (c, hrp_strategy_get_title (newer));
  g_autofree char *older_content = strategy_content (c, older);
  g_autofree char *newer_content = strategy_content (c, newer);
  double title, content;

  if (*older_content == '\0' && *newer_content == '\0')
    return similarity (older_title, newer_title, HRP_COMPARE_SIMILAR);
  title = similarity (older_title, newer_title, 0.0);
  content = similarity (older_content, newer_content, 0.0);
  return MAX ((title + content) / 2, content);
}

static void
compare_init (Compare *c,
              HrpPlan *older,
              HrpPlan *newer)
{
  memset (c, 0, sizeof *c);
  c->older = older;
  c->newer = newer;
  c->old_year = hrp_plan_get_fiscal_year (older);
  c->new_year = hrp_plan_get_fiscal_year (newer);
  c->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_change_free);
}

static Match *
match_policies (Compare *c)
{
  return match_models (c, G_LIST_MODEL (hrp_plan_get_policies (c->older)),
                       G_LIST_MODEL (hrp_plan_get_policies (c->newer)),
                       item_text, policy_similarity, policy_same_link, c);
}

static Match *
match_strategies (Compare *c)
{
  return match_models (c, G_LIST_MODEL (hrp_plan_get_strategies (c->older)),
                       G_LIST_MODEL (hrp_plan_get_strategies (c->newer)),
                       item_text, strategy_similarity, strategy_same_link, c);
}

GPtrArray *
hrp_plan_compare (HrpPlan *older,
                  HrpPlan *newer)
{
  GPtrArray *changes;
  Compare c;
  Walk walk;

  g_return_val_if_fail (HRP_IS_PLAN (older), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (newer), NULL);

  compare_init (&c, older, newer);

  compare_plan_field (&c, HRP_CHANGE_FIELD_ORG_NAME,
                      hrp_plan_get_org_name (older), hrp_plan_get_org_name (newer));
  compare_plan_field (&c, HRP_CHANGE_FIELD_ORG_DISTRICT,
                      hrp_plan_get_org_district (older), hrp_plan_get_org_district (newer));
  compare_plan_field (&c, HRP_CHANGE_FIELD_ORG_PROVINCE,
                      hrp_plan_get_org_province (older), hrp_plan_get_org_province (newer));
  compare_plan_field (&c, HRP_CHANGE_FIELD_TITLE,
                      hrp_plan_get_title (older), hrp_plan_get_title (newer));
  compare_plan_field (&c, HRP_CHANGE_FIELD_PREAMBLE,
                      hrp_plan_get_preamble (older), hrp_plan_get_preamble (newer));
  compare_plan_field (&c, HRP_CHANGE_FIELD_VISION,
                      hrp_plan_get_vision (older), hrp_plan_get_vision (newer));

  compare_texts (&c, HRP_CHANGE_MISSION, 0, 0,
                 G_LIST_MODEL (hrp_plan_get_missions (older)),
                 G_LIST_MODEL (hrp_plan_get_missions (newer)),
                 item_text, mission_same_link, &c.missions);

  walk = (Walk) { &c, HRP_CHANGE_STRATEGY, 0, 0,
                  G_LIST_MODEL (hrp_plan_get_strategies (older)),
                  G_LIST_MODEL (hrp_plan_get_strategies (newer)), NULL, item_text };
  c.strategies = match_strategies (&c);
  walk.match = c.strategies;
  match_walk (walk.match, visit_strategy, &walk);

  compare_texts (&c, HRP_CHANGE_POSITION, 0, 0,
                 G_LIST_MODEL (hrp_plan_get_positions (older)),
                 G_LIST_MODEL (hrp_plan_get_positions (newer)),
                 item_text, NULL, NULL);

  compare_plan_field (&c, HRP_CHANGE_FIELD_POLICY_INTRO,
                      hrp_plan_get_policy_intro (older), hrp_plan_get_policy_intro (newer));

  walk = (Walk) { &c, HRP_CHANGE_POLICY, 0, 0,
                  G_LIST_MODEL (hrp_plan_get_policies (older)),
                  G_LIST_MODEL (hrp_plan_get_policies (newer)), NULL, item_text };
  c.policies = match_policies (&c);
  walk.match = c.policies;
  match_walk (walk.match, visit_policy, &walk);

  walk = (Walk) { &c, HRP_CHANGE_SIGNER, 0, 0,
                  G_LIST_MODEL (hrp_plan_get_signers (older)),
                  G_LIST_MODEL (hrp_plan_get_signers (newer)), NULL, item_text };
  walk.match = match_models (&c, walk.older, walk.newer, item_text, signer_similarity, NULL, &c);
  match_walk (walk.match, visit_signer, &walk);
  match_free (walk.match);

  changes = g_steal_pointer (&c.changes);
  compare_clear (&c);
  return changes;
}

void
hrp_change_free (HrpChange *change)
{
  if (change == NULL)
    return;
  g_free (change->name);
  g_free (change->before);
  g_free (change->after);
  g_free (change->signer_position);
  g_free (change);
}

/* }}} */

/* Budgets {{{ */

void
hrp_budget_delta_free (HrpBudgetDelta *delta)
{
  if (delta == NULL)
    return;
  g_free (delta->policy);
  g_free (delta);
}

static gint64
policy_budget (HrpPolicy *policy)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  gint64 sum = 0;

  for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
    {
      g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);

      if (hrp_activity_get_budget (activity) != HRP_BUDGET_NONE)
        sum += hrp_activity_get_budget (activity);
    }
  return sum;
}

typedef struct {
  Compare   *c;
  GPtrArray *deltas;
} BudgetWalk;

static void
visit_budget (int      i,
              int      j,
              gpointer data)
{
  BudgetWalk *walk = data;
  g_autoptr(HrpPolicy) older = i >= 0 ? g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (walk->c->older)), i) : NULL;
  g_autoptr(HrpPolicy) newer = j >= 0 ? g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (walk->c->newer)), j) : NULL;
  HrpBudgetDelta *delta = g_new0 (HrpBudgetDelta, 1);

  delta->policy = g_strdup (hrp_policy_get_title (newer != NULL ? newer : older));
  delta->number_before = i + 1;
  delta->number_after = j + 1;
  delta->before = older != NULL ? policy_budget (older) : 0;
  delta->after = newer != NULL ? policy_budget (newer) : 0;
  g_ptr_array_add (walk->deltas, delta);
}

GPtrArray *
hrp_plan_compare_budgets (HrpPlan *older,
                          HrpPlan *newer)
{
  Compare c;
  BudgetWalk walk;

  g_return_val_if_fail (HRP_IS_PLAN (older), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (newer), NULL);

  compare_init (&c, older, newer);
  /* Policies are matched by their links too, as hrp_plan_compare () does. */
  c.missions = match_models (&c, G_LIST_MODEL (hrp_plan_get_missions (older)),
                             G_LIST_MODEL (hrp_plan_get_missions (newer)),
                             item_text, NULL, mission_same_link, &c);
  c.strategies = match_strategies (&c);
  c.policies = match_policies (&c);
  walk.c = &c;
  walk.deltas = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_budget_delta_free);
  match_walk (c.policies, visit_budget, &walk);
  compare_clear (&c);
  return walk.deltas;
}

/* }}} */
