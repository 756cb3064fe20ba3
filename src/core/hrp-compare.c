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

/* How alike older and newer, items of the two lists, are (0..1), given
 * how alike their texts are (by_text, see similarity ()); whether they
 * have the same link. */
typedef double (*SimilarityFunc) (gpointer older,
                                  gpointer newer,
                                  double   by_text,
                                  gpointer data);
typedef gboolean (*SameLinkFunc) (gpointer older,
                                  gpointer newer,
                                  gpointer data);

/* One of the two lists matched: its items and their keys (normalized
 * texts). */
typedef struct {
  guint      n;
  GObject  **items;
  char     **keys;
} Side;

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
               const Side   *older,
               const Side   *newer,
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
      if (free_run && match->newer_to_older[j] < 0
          && same_link (older->items[i], newer->items[j], data))
        {
          pair (match, i, j);
          match->renamed[j] = TRUE;
        }
    }
}

/* Matches the items of older with those of newer.  A pair left over is
 * rated by its keys, then by similar (may be NULL); same_link (NULL: no
 * renames) tells an item renamed in its place. */
static Match *
match_lists (const Side     *older,
             const Side     *newer,
             SimilarityFunc  similar,
             SameLinkFunc    same_link,
             gpointer        data)
{
  Match *match = g_new0 (Match, 1);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_older = older->n, n_newer = newer->n;

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
    if (g_str_equal (older->keys[i], newer->keys[i]))
      pair (match, i, i);
  for (guint i = 0; i < n_older; i++)
    {
      int nearest = -1;
      guint distance = G_MAXUINT;

      if (match->older_to_newer[i] >= 0)
        continue;
      for (guint j = 0; j < n_newer; j++)
        if (match->newer_to_older[j] < 0 && g_str_equal (older->keys[i], newer->keys[j])
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
        candidate.similarity = similarity (older->keys[i], newer->keys[j], HRP_COMPARE_SIMILAR);
        if (similar != NULL)
          candidate.similarity = similar (older->items[i], newer->items[j], candidate.similarity, data);
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
    match_renames (match, older, newer, same_link, data);

  find_moves (match);
  return match;
}

/* Calls visit for every item of either list in the newer list's order, a
 * removed item right after the item that came before it in the older
 * list: its older place and item (-1 and NULL when added), its newer
 * place and item (-1 and NULL when removed). */
typedef void (*VisitFunc) (int      i,
                           int      j,
                           gpointer older_item,
                           gpointer newer_item,
                           gpointer data);

static void
visit_places (GListModel *older,
              GListModel *newer,
              int         i,
              int         j,
              VisitFunc   visit,
              gpointer    data)
{
  g_autoptr(GObject) older_item = i >= 0 ? g_list_model_get_item (older, i) : NULL;
  g_autoptr(GObject) newer_item = j >= 0 ? g_list_model_get_item (newer, j) : NULL;

  visit (i, j, older_item, newer_item, data);
}

static void
match_walk (Match      *match,
            GListModel *older,
            GListModel *newer,
            VisitFunc   visit,
            gpointer    data)
{
  for (guint i = 0; i < match->n_older && match->older_to_newer[i] < 0; i++)
    visit_places (older, newer, i, -1, visit, data);
  for (guint j = 0; j < match->n_newer; j++)
    {
      int k = match->newer_to_older[j];

      visit_places (older, newer, k, j, visit, data);
      if (k >= 0)
        for (guint i = k + 1; i < match->n_older && match->older_to_newer[i] < 0; i++)
          visit_places (older, newer, i, -1, visit, data);
    }
}

/* }}} */

/* Comparing {{{ */

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

static void
side_init (Side       *side,
           Compare    *c,
           GListModel *list)
{
  side->n = g_list_model_get_n_items (list);
  side->items = g_new0 (GObject *, side->n + 1);
  side->keys = g_new0 (char *, side->n + 1);
  for (guint i = 0; i < side->n; i++)
    {
      side->items[i] = g_list_model_get_item (list, i);
      side->keys[i] = key (c, item_text (side->items[i]));
    }
}

static void
side_clear (Side *side)
{
  for (guint i = 0; i < side->n; i++)
    g_object_unref (side->items[i]);
  g_free (side->items);
  g_strfreev (side->keys);
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

/* The link of a strategy (its mission) or of a policy (its strategy) in
 * both plans. */
typedef struct {
  GListModel *older_targets, *newer_targets;
  Match      *targets;
  gpointer    older, newer;   /* the targets, NULL where unset */
} Link;

/* FALSE for an item that has no link (a mission). */
static gboolean
get_link (Compare  *c,
          gpointer  older,
          gpointer  newer,
          Link     *link)
{
  if (HRP_IS_STRATEGY (older))
    *link = (Link) { hrp_plan_get_missions (c->older), hrp_plan_get_missions (c->newer), c->missions,
                     hrp_strategy_get_mission (older), hrp_strategy_get_mission (newer) };
  else if (HRP_IS_POLICY (older))
    *link = (Link) { hrp_plan_get_strategies (c->older), hrp_plan_get_strategies (c->newer), c->strategies,
                     hrp_policy_get_strategy (older), hrp_policy_get_strategy (newer) };
  else
    return FALSE;
  return TRUE;
}

/* A link is kept when it is unset in both plans or points to matched
 * items. */
static gboolean
link_kept (const Link *link)
{
  int before = place_in (link->older_targets, link->older);
  int after = place_in (link->newer_targets, link->newer);

  if (before < 0 || after < 0)
    return before < 0 && after < 0;
  return link->targets != NULL && link->targets->older_to_newer[before] == after;
}

/* Whether older and newer have the same link.  Missions have none: any
 * two in the same place are the same mission renamed. */
static gboolean
same_link (gpointer older,
           gpointer newer,
           gpointer data)
{
  Link link;

  return !get_link (data, older, newer, &link) || link_kept (&link);
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

/* One visit of a list, and the item it is at. */
typedef struct {
  Compare          *c;
  HrpChangeSubject  subject;
  guint             owner_before, owner_after;
  Match            *match;
  int               i, j;           /* its places, -1 where absent */
  gpointer          older, newer;   /* the item in each list, NULL where absent */
} Walk;

/* The change of the whole item (ADDED, REMOVED, MOVED) or of a field of
 * the matched item. */
static HrpChange *
item_change (Walk           *walk,
             HrpChangeKind   kind,
             HrpChangeField  field)
{
  HrpChange *change = add_change (walk->c, kind, walk->subject, field);

  change->owner_before = walk->owner_before;
  change->owner_after = walk->owner_after;
  change->number_before = walk->i + 1;
  change->number_after = walk->j + 1;
  change->name = g_strdup (item_text (walk->newer != NULL ? walk->newer : walk->older));
  if (kind == HRP_CHANGE_ADDED)
    change->after = g_strdup (item_text (walk->newer));
  else if (kind == HRP_CHANGE_REMOVED)
    change->before = g_strdup (item_text (walk->older));
  else if (field == HRP_CHANGE_FIELD_TEXT)
    {
      change->before = g_strdup (item_text (walk->older));
      change->after = g_strdup (item_text (walk->newer));
    }
  return change;
}

/* A text field of the plan (walk NULL) or of the matched item walk is
 * at. */
static void
compare_field (Compare        *c,
               Walk           *walk,
               HrpChangeField  field,
               const char     *before,
               const char     *after)
{
  HrpChange *change;

  if (same_text (c, before, after))
    return;
  change = walk != NULL
           ? item_change (walk, HRP_CHANGE_CHANGED, field)
           : add_change (c, HRP_CHANGE_CHANGED, HRP_CHANGE_PLAN, field);
  change->before = g_strdup (before);
  change->after = g_strdup (after);
}

/* Adds ADDED, REMOVED, MOVED and a TEXT change; TRUE when both items are
 * there (to compare further). */
static gboolean
visit_item (Walk *walk)
{
  if (walk->i < 0)
    {
      item_change (walk, HRP_CHANGE_ADDED, HRP_CHANGE_FIELD_NONE);
      return FALSE;
    }
  if (walk->j < 0)
    {
      item_change (walk, HRP_CHANGE_REMOVED, HRP_CHANGE_FIELD_NONE);
      return FALSE;
    }
  if (walk->match->moved[walk->j])
    item_change (walk, HRP_CHANGE_MOVED, HRP_CHANGE_FIELD_NONE);
  if (!same_text (walk->c, item_text (walk->older), item_text (walk->newer)))
    {
      HrpChange *change = item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_TEXT);

      change->renamed = walk->match->renamed[walk->j];
    }
  return TRUE;
}

/* The link of the matched item walk is at: to which mission or
 * strategy. */
static void
compare_link (Walk *walk)
{
  Link link;
  HrpChange *change;
  int before, after;

  if (!get_link (walk->c, walk->older, walk->newer, &link) || link_kept (&link))
    return;
  before = place_in (link.older_targets, link.older);
  after = place_in (link.newer_targets, link.newer);
  change = item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_LINK);
  change->link_before = before + 1;
  change->link_after = after + 1;
  change->before = before >= 0 ? g_strdup (item_text (link.older)) : NULL;
  change->after = after >= 0 ? g_strdup (item_text (link.newer)) : NULL;
}

static Match *compare_list (Compare          *c,
                            HrpChangeSubject  subject,
                            guint             owner_before,
                            guint             owner_after,
                            GListModel       *older,
                            GListModel       *newer);

static void
compare_strategy (Walk *walk)
{
  static const struct {
    HrpChangeSubject subject;
    GListModel *(*get) (HrpStrategy *);
  } lists[] = {
    { HRP_CHANGE_GOAL, hrp_strategy_get_goals },
    { HRP_CHANGE_OBJECTIVE, hrp_strategy_get_objectives },
    { HRP_CHANGE_INDICATOR, hrp_strategy_get_indicators },
  };

  compare_link (walk);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    match_free (compare_list (walk->c, lists[l].subject, walk->i + 1, walk->j + 1,
                              lists[l].get (walk->older), lists[l].get (walk->newer)));
}

static void
compare_policy (Walk *walk)
{
  compare_field (walk->c, walk, HRP_CHANGE_FIELD_DESCRIPTION,
                 hrp_policy_get_description (walk->older), hrp_policy_get_description (walk->newer));
  compare_link (walk);
  match_free (compare_list (walk->c, HRP_CHANGE_ACTIVITY, walk->i + 1, walk->j + 1,
                            hrp_policy_get_activities (walk->older),
                            hrp_policy_get_activities (walk->newer)));
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
compare_activity (Walk *walk)
{
  if (hrp_activity_get_budget (walk->older) != hrp_activity_get_budget (walk->newer))
    item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_BUDGET);
  if (quarters_of (walk->older) != quarters_of (walk->newer))
    item_change (walk, HRP_CHANGE_CHANGED, HRP_CHANGE_FIELD_QUARTERS);
}

/* Every change of an activity tells its budget and quarters. */
static void
tell_activity (Walk      *walk,
               HrpChange *change)
{
  if (walk->older != NULL)
    {
      change->budget_before = hrp_activity_get_budget (walk->older);
      change->quarters_before = quarters_of (walk->older);
    }
  if (walk->newer != NULL)
    {
      change->budget_after = hrp_activity_get_budget (walk->newer);
      change->quarters_after = quarters_of (walk->newer);
    }
}

static void
compare_signer (Walk *walk)
{
  compare_field (walk->c, walk, HRP_CHANGE_FIELD_SIGNER_POSITION,
                 hrp_signer_get_position (walk->older), hrp_signer_get_position (walk->newer));
  compare_field (walk->c, walk, HRP_CHANGE_FIELD_SIGNER_ROLE,
                 hrp_signer_get_role (walk->older), hrp_signer_get_role (walk->newer));
}

/* Every change of a signer tells its position. */
static void
tell_signer (Walk      *walk,
             HrpChange *change)
{
  change->signer_position = g_strdup (hrp_signer_get_position (walk->newer != NULL ? walk->newer
                                                                                   : walk->older));
}

/* Whether text is empty but for white space. */
static gboolean
is_blank (Compare    *c,
          const char *text)
{
  g_autofree char *k = key (c, text);

  return *k == '\0';
}

/* Whether two texts are the same, and not blank. */
static gboolean
same_filled_text (Compare    *c,
                  const char *a,
                  const char *b)
{
  return !is_blank (c, a) && same_text (c, a, b);
}

/* similarity () of two texts as they are compared. */
static double
text_similarity (Compare    *c,
                 const char *a,
                 const char *b,
                 double      at_least)
{
  g_autofree char *ka = key (c, a);
  g_autofree char *kb = key (c, b);

  return similarity (ka, kb, at_least);
}

/* Signers are the same when their names are similar, or else when they
 * sign in the same position or the same role: a new chief executive
 * takes the place of the one before (a changed name), where a similar
 * name alone would not match them. */
static double
signer_similarity (gpointer older,
                   gpointer newer,
                   double   by_name,
                   gpointer data)
{
  Compare *c = data;

  /* Positions are alike by their wording (ปลัด… and นายก… of one
   * organization): only the same position counts, and before the same
   * role. */
  if (same_filled_text (c, hrp_signer_get_position (older), hrp_signer_get_position (newer)))
    return MAX (by_name, 0.9);
  if (same_filled_text (c, hrp_signer_get_role (older), hrp_signer_get_role (newer)))
    return MAX (by_name, 0.8);
  return by_name;
}

/* Policies are the same when their titles or their descriptions are
 * similar: a renamed policy keeps its description. */
static double
policy_similarity (gpointer older,
                   gpointer newer,
                   double   by_title,
                   gpointer data)
{
  Compare *c = data;
  const char *before = hrp_policy_get_description (older);
  const char *after = hrp_policy_get_description (newer);

  if (by_title >= HRP_COMPARE_SIMILAR || is_blank (c, before) || is_blank (c, after))
    return by_title;
  return MAX (by_title, text_similarity (c, before, after, HRP_COMPARE_SIMILAR));
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
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(HrpText) text = g_list_model_get_item (lists[l], i);
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
strategy_similarity (gpointer older,
                     gpointer newer,
                     double   by_title,
                     gpointer data)
{
  Compare *c = data;
  g_autofree char *older_content = strategy_content (c, older);
  g_autofree char *newer_content = strategy_content (c, newer);
  double title, content;

  if (*older_content == '\0' && *newer_content == '\0')
    return by_title;
  /* by_title is exact only from HRP_COMPARE_SIMILAR up: here a lower
   * one counts too. */
  title = text_similarity (c, hrp_strategy_get_title (older), hrp_strategy_get_title (newer), 0.0);
  content = similarity (older_content, newer_content, 0.0);
  return MAX ((title + content) / 2, content);
}

/* How the items of each kind are matched and compared. */
static const struct {
  SimilarityFunc   similar;    /* NULL: by their texts alone */
  gboolean         renames;    /* renamed in their place (step 3) */
  void           (*compare) (Walk      *walk);   /* NULL: nothing beyond their texts */
  void           (*tell)    (Walk      *walk,
                             HrpChange *change); /* NULL: nothing more */
} kinds[] = {
  [HRP_CHANGE_MISSION] = { NULL, TRUE, NULL, NULL },
  [HRP_CHANGE_STRATEGY] = { strategy_similarity, TRUE, compare_strategy, NULL },
  [HRP_CHANGE_GOAL] = { NULL, FALSE, NULL, NULL },
  [HRP_CHANGE_OBJECTIVE] = { NULL, FALSE, NULL, NULL },
  [HRP_CHANGE_INDICATOR] = { NULL, FALSE, NULL, NULL },
  [HRP_CHANGE_POSITION] = { NULL, FALSE, NULL, NULL },
  [HRP_CHANGE_POLICY] = { policy_similarity, TRUE, compare_policy, NULL },
  [HRP_CHANGE_ACTIVITY] = { NULL, FALSE, compare_activity, tell_activity },
  [HRP_CHANGE_SIGNER] = { signer_similarity, FALSE, compare_signer, tell_signer },
};

/* Matches older with newer, lists of items of subject. */
static Match *
match_list (Compare          *c,
            HrpChangeSubject  subject,
            GListModel       *older,
            GListModel       *newer)
{
  Side older_side, newer_side;
  Match *match;

  side_init (&older_side, c, older);
  side_init (&newer_side, c, newer);
  match = match_lists (&older_side, &newer_side, kinds[subject].similar,
                       kinds[subject].renames ? same_link : NULL, c);
  side_clear (&older_side);
  side_clear (&newer_side);
  return match;
}

/* The changes of one item: of the item itself, of what its kind compares
 * beyond its text, each told what its kind tells. */
static void
visit (int      i,
       int      j,
       gpointer older_item,
       gpointer newer_item,
       gpointer data)
{
  Walk *walk = data;
  guint first = walk->c->changes->len;

  walk->i = i;
  walk->j = j;
  walk->older = older_item;
  walk->newer = newer_item;
  if (visit_item (walk) && kinds[walk->subject].compare != NULL)
    kinds[walk->subject].compare (walk);
  if (kinds[walk->subject].tell != NULL)
    for (guint k = first; k < walk->c->changes->len; k++)
      kinds[walk->subject].tell (walk, g_ptr_array_index (walk->c->changes, k));
}

/* Adds the changes from older to newer, lists of items of subject owned
 * by strategy or policy owner_before and owner_after (0: the plan's
 * lists); returns their match. */
static Match *
compare_list (Compare          *c,
              HrpChangeSubject  subject,
              guint             owner_before,
              guint             owner_after,
              GListModel       *older,
              GListModel       *newer)
{
  Walk walk = { c, subject, owner_before, owner_after, NULL };

  walk.match = match_list (c, subject, older, newer);
  match_walk (walk.match, older, newer, visit, &walk);
  return walk.match;
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

GPtrArray *
hrp_plan_compare (HrpPlan *older,
                  HrpPlan *newer)
{
  static const struct {
    HrpChangeField field;
    const char *(*get) (HrpPlan *);
  } fields[] = {
    { HRP_CHANGE_FIELD_ORG_NAME, hrp_plan_get_org_name },
    { HRP_CHANGE_FIELD_ORG_DISTRICT, hrp_plan_get_org_district },
    { HRP_CHANGE_FIELD_ORG_PROVINCE, hrp_plan_get_org_province },
    { HRP_CHANGE_FIELD_TITLE, hrp_plan_get_title },
    { HRP_CHANGE_FIELD_PREAMBLE, hrp_plan_get_preamble },
    { HRP_CHANGE_FIELD_VISION, hrp_plan_get_vision },
  };
  GPtrArray *changes;
  Compare c;

  g_return_val_if_fail (HRP_IS_PLAN (older), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (newer), NULL);

  compare_init (&c, older, newer);

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    compare_field (&c, NULL, fields[f].field, fields[f].get (older), fields[f].get (newer));
  /* Strategies are matched by their missions, policies by their
   * strategies: each match is kept for the lists after it. */
  c.missions = compare_list (&c, HRP_CHANGE_MISSION, 0, 0,
                             hrp_plan_get_missions (older), hrp_plan_get_missions (newer));
  c.strategies = compare_list (&c, HRP_CHANGE_STRATEGY, 0, 0,
                               hrp_plan_get_strategies (older), hrp_plan_get_strategies (newer));
  match_free (compare_list (&c, HRP_CHANGE_POSITION, 0, 0,
                            hrp_plan_get_positions (older), hrp_plan_get_positions (newer)));
  compare_field (&c, NULL, HRP_CHANGE_FIELD_POLICY_INTRO,
                 hrp_plan_get_policy_intro (older), hrp_plan_get_policy_intro (newer));
  c.policies = compare_list (&c, HRP_CHANGE_POLICY, 0, 0,
                             hrp_plan_get_policies (older), hrp_plan_get_policies (newer));
  match_free (compare_list (&c, HRP_CHANGE_SIGNER, 0, 0,
                            hrp_plan_get_signers (older), hrp_plan_get_signers (newer)));

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
  GListModel *activities = hrp_policy_get_activities (policy);
  gint64 sum = 0;

  for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
    {
      g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);

      if (hrp_activity_get_budget (activity) != HRP_BUDGET_NONE)
        sum += hrp_activity_get_budget (activity);
    }
  return sum;
}

static void
visit_budget (int      i,
              int      j,
              gpointer older_policy,
              gpointer newer_policy,
              gpointer data)
{
  GPtrArray *deltas = data;
  HrpBudgetDelta *delta = g_new0 (HrpBudgetDelta, 1);

  delta->policy = g_strdup (hrp_policy_get_title (newer_policy != NULL ? newer_policy : older_policy));
  delta->number_before = i + 1;
  delta->number_after = j + 1;
  delta->before = older_policy != NULL ? policy_budget (older_policy) : 0;
  delta->after = newer_policy != NULL ? policy_budget (newer_policy) : 0;
  g_ptr_array_add (deltas, delta);
}

GPtrArray *
hrp_plan_compare_budgets (HrpPlan *older,
                          HrpPlan *newer)
{
  GPtrArray *deltas;
  Compare c;

  g_return_val_if_fail (HRP_IS_PLAN (older), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (newer), NULL);

  compare_init (&c, older, newer);
  /* Policies are matched by their links too, as hrp_plan_compare () does. */
  c.missions = match_list (&c, HRP_CHANGE_MISSION,
                           hrp_plan_get_missions (older), hrp_plan_get_missions (newer));
  c.strategies = match_list (&c, HRP_CHANGE_STRATEGY,
                             hrp_plan_get_strategies (older), hrp_plan_get_strategies (newer));
  c.policies = match_list (&c, HRP_CHANGE_POLICY,
                           hrp_plan_get_policies (older), hrp_plan_get_policies (newer));
  deltas = g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_budget_delta_free);
  match_walk (c.policies, hrp_plan_get_policies (older), hrp_plan_get_policies (newer),
              visit_budget, deltas);
  compare_clear (&c);
  return deltas;
}

/* }}} */
