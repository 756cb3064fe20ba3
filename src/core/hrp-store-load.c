/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store-load.c — loading a plan from the database
 *
 * One read transaction reads the plan's row and then each of its lists,
 * in order; links between the parts (strategy → mission, policy →
 * strategy) are made from the row ids.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-store-private.h"

/* Maps row ids to the objects loaded from them. */
static GHashTable *
id_map_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_map_insert (GHashTable *map,
               gint64      id,
               gpointer    object)
{
  g_hash_table_insert (map, g_memdup2 (&id, sizeof id), object);
}

/* The object of the id in column col, NULL when the column is NULL. */
static gpointer
id_map_lookup_column (GHashTable   *map,
                      sqlite3_stmt *stmt,
                      int           col)
{
  gint64 id;

  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;
  id = sqlite3_column_int64 (stmt, col);
  return g_hash_table_lookup (map, &id);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return (const char *) sqlite3_column_text (stmt, col);
}

static gboolean
load_missions (HrpStore    *self,
               HrpPlan     *plan,
               gint64       plan_id,
               GHashTable  *missions,
               GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_MISSIONS, error);
  GListStore *list = G_LIST_STORE (hrp_plan_get_missions (plan));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HrpMission) mission = hrp_mission_new (column_text (stmt, 1));

      id_map_insert (missions, sqlite3_column_int64 (stmt, 0), mission);
      g_list_store_append (list, mission);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

/* A strategy whose mission is not in its plan (only a damaged file could
 * hold one) is loaded unlinked. */
static gboolean
load_strategies (HrpStore    *self,
                 HrpPlan     *plan,
                 gint64       plan_id,
                 GHashTable  *missions,
                 GHashTable  *strategies,
                 GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_STRATEGIES, error);
  GListStore *list = G_LIST_STORE (hrp_plan_get_strategies (plan));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HrpStrategy) strategy = hrp_strategy_new (column_text (stmt, 1));

      hrp_strategy_set_mission (strategy, id_map_lookup_column (missions, stmt, 2));
      id_map_insert (strategies, sqlite3_column_int64 (stmt, 0), strategy);
      g_list_store_append (list, strategy);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

/* The list of a strategy that holds items of kind. */
static GListStore *
strategy_item_list (HrpStrategy *strategy,
                    int          kind)
{
  switch (kind)
    {
    case ITEM_GOAL:
      return G_LIST_STORE (hrp_strategy_get_goals (strategy));
    case ITEM_OBJECTIVE:
      return G_LIST_STORE (hrp_strategy_get_objectives (strategy));
    case ITEM_INDICATOR:
      return G_LIST_STORE (hrp_strategy_get_indicators (strategy));
    default:
      return NULL;
    }
}

static gboolean
load_strategy_items (HrpStore    *self,
                     gint64       plan_id,
                     GHashTable  *strategies,
                     GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_STRATEGY_ITEMS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HrpStrategy *strategy = id_map_lookup_column (strategies, stmt, 0);
      GListStore *list = NULL;
      g_autoptr(HrpText) text = NULL;

      /* Both are ruled out by the schema; a damaged file could hold them. */
      if (strategy != NULL)
        list = strategy_item_list (strategy, sqlite3_column_int (stmt, 1));
      if (list == NULL)
        return _hrp_store_fail_damaged (self, error);

      text = hrp_text_new (column_text (stmt, 2));
      g_list_store_append (list, text);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
load_positions (HrpStore    *self,
                HrpPlan     *plan,
                gint64       plan_id,
                GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_POSITIONS, error);
  GListStore *list = G_LIST_STORE (hrp_plan_get_positions (plan));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HrpText) text = hrp_text_new (column_text (stmt, 0));

      g_list_store_append (list, text);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

/* As with strategies, a policy whose strategy is not in its plan is
 * loaded unlinked. */
static gboolean
load_policies (HrpStore    *self,
               HrpPlan     *plan,
               gint64       plan_id,
               GHashTable  *strategies,
               GHashTable  *policies,
               GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_POLICIES, error);
  GListStore *list = G_LIST_STORE (hrp_plan_get_policies (plan));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HrpPolicy) policy = hrp_policy_new (column_text (stmt, 1));

      hrp_policy_set_description (policy, column_text (stmt, 2));
      hrp_policy_set_strategy (policy, id_map_lookup_column (strategies, stmt, 3));
      id_map_insert (policies, sqlite3_column_int64 (stmt, 0), policy);
      g_list_store_append (list, policy);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
load_activities (HrpStore    *self,
                 gint64       plan_id,
                 GHashTable  *policies,
                 GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_ACTIVITIES, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HrpPolicy *policy = id_map_lookup_column (policies, stmt, 0);
      g_autoptr(HrpActivity) activity = NULL;

      /* ruled out by the schema (JOIN, CHECK); a damaged file could hold it */
      if (policy == NULL)
        return _hrp_store_fail_damaged (self, error);
      activity = hrp_activity_new (column_text (stmt, 1));
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          gint64 budget = sqlite3_column_int64 (stmt, 2);

          if (budget < 0 || budget > HRP_BUDGET_MAX)
            return _hrp_store_fail_damaged (self, error);
          hrp_activity_set_budget (activity, budget);
        }
      for (guint q = 1; q <= 4; q++)
        hrp_activity_set_quarter (activity, q, sqlite3_column_int (stmt, 2 + q) != 0);
      hrp_model_list_append (hrp_policy_get_activities (policy), activity);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
load_signers (HrpStore    *self,
              HrpPlan     *plan,
              gint64       plan_id,
              GError     **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_SIGNERS, error);
  GListStore *list = G_LIST_STORE (hrp_plan_get_signers (plan));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HrpSigner) signer = hrp_signer_new (column_text (stmt, 0),
                                                    column_text (stmt, 1),
                                                    column_text (stmt, 2));

      g_list_store_append (list, signer);
    }
  if (rc != SQLITE_DONE)
    return _hrp_store_fail (self, rc, error);
  return TRUE;
}

static HrpPlan *
load_plan (HrpStore  *self,
           int        fiscal_year,
           GError   **error)
{
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GHashTable) missions = id_map_new ();
  g_autoptr(GHashTable) strategies = id_map_new ();
  g_autoptr(GHashTable) policies = id_map_new ();
  gint64 plan_id;

  {
    g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_LOAD_PLAN, error);
    int rc;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int (stmt, 1, fiscal_year);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND,
                     _("“%s” holds no plan for fiscal year %d"), self->display_name, fiscal_year);
        return NULL;
      }
    if (rc != SQLITE_ROW)
      {
        _hrp_store_fail (self, rc, error);
        return NULL;
      }

    plan_id = sqlite3_column_int64 (stmt, 0);
    plan = hrp_plan_new ();
    hrp_plan_set_fiscal_year (plan, fiscal_year);
    hrp_plan_set_org_name (plan, column_text (stmt, 1));
    hrp_plan_set_org_district (plan, column_text (stmt, 2));
    hrp_plan_set_org_province (plan, column_text (stmt, 3));
    hrp_plan_set_title (plan, column_text (stmt, 4));
    hrp_plan_set_preamble (plan, column_text (stmt, 5));
    hrp_plan_set_vision (plan, column_text (stmt, 6));
    hrp_plan_set_policy_intro (plan, column_text (stmt, 7));
  }

  if (!load_missions (self, plan, plan_id, missions, error) ||
      !load_strategies (self, plan, plan_id, missions, strategies, error) ||
      !load_strategy_items (self, plan_id, strategies, error) ||
      !load_positions (self, plan, plan_id, error) ||
      !load_policies (self, plan, plan_id, strategies, policies, error) ||
      !load_activities (self, plan_id, policies, error) ||
      !load_signers (self, plan, plan_id, error))
    return NULL;

  return g_steal_pointer (&plan);
}

HrpPlan *
hrp_store_load_plan (HrpStore  *self,
                     int        fiscal_year,
                     GError   **error)
{
  g_autoptr(HrpPlan) plan = NULL;

  g_return_val_if_fail (HRP_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One read transaction: all the parts come from the same save. */
  if (!_hrp_store_begin (self, FALSE, error))
    return NULL;
  plan = load_plan (self, fiscal_year, error);
  if (plan == NULL)
    {
      _hrp_store_rollback (self);
      return NULL;
    }
  if (!_hrp_store_commit (self, error))
    return NULL;

  return g_steal_pointer (&plan);
}
