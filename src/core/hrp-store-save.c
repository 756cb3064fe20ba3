/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store-save.c — saving a plan, and deleting one
 *
 * A save stores the whole plan in one write transaction: the plan of its
 * year, if any, is deleted with all its parts (ON DELETE CASCADE) and the
 * plan inserted again, one row per part, with the next revision.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-store-private.h"

/* Remembers the row id given to an object of the plan being saved. */
static void
row_ids_insert (GHashTable *ids,
                gpointer    object,
                gint64      id)
{
  g_hash_table_insert (ids, object, g_memdup2 (&id, sizeof id));
}

/* Binds the row id of object, or NULL when object is NULL or not part of
 * the plan being saved: a link to a mission or strategy that is not in
 * the plan (e.g. one the user has removed) is saved as no link, as the
 * schema's ON DELETE SET NULL would have it. */
static void
bind_row_id (sqlite3_stmt *stmt,
             int           param,
             GHashTable   *ids,
             gpointer      object)
{
  const gint64 *id = object != NULL ? g_hash_table_lookup (ids, object) : NULL;

  if (id != NULL)
    sqlite3_bind_int64 (stmt, param, *id);
  else
    sqlite3_bind_null (stmt, param);
}

/* Texts are bound SQLITE_STATIC: the objects outlive the statement's
 * step.  A failed bind leaves NULL, which the NOT NULL columns refuse. */
static void
bind_text (sqlite3_stmt *stmt,
           int           param,
           const char   *text)
{
  sqlite3_bind_text (stmt, param, text != NULL ? text : "", -1, SQLITE_STATIC);
}

static gboolean
save_missions (HrpStore    *self,
               HrpPlan     *plan,
               gint64       plan_id,
               GHashTable  *mission_ids,
               GError     **error)
{
  GListModel *list = G_LIST_MODEL (hrp_plan_get_missions (plan));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpMission) mission = g_list_model_get_item (list, i);
      g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_MISSION, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, hrp_mission_get_text (mission));
      if (!_hrp_store_run (self, stmt, error))
        return FALSE;
      row_ids_insert (mission_ids, mission, sqlite3_last_insert_rowid (self->db));
    }
  return TRUE;
}

static gboolean
save_strategy_items (HrpStore    *self,
                     gint64       strategy_id,
                     int          kind,
                     GListModel  *list,
                     GError     **error)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) text = g_list_model_get_item (list, i);
      g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_STRATEGY_ITEM, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, strategy_id);
      sqlite3_bind_int (stmt, 2, kind);
      sqlite3_bind_int (stmt, 3, i);
      bind_text (stmt, 4, hrp_text_get_text (text));
      if (!_hrp_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_strategies (HrpStore    *self,
                 HrpPlan     *plan,
                 gint64       plan_id,
                 GHashTable  *mission_ids,
                 GHashTable  *strategy_ids,
                 GError     **error)
{
  GListModel *list = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (list, i);
      gint64 strategy_id;

      {
        g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_STRATEGY, error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, plan_id);
        sqlite3_bind_int (stmt, 2, i);
        bind_text (stmt, 3, hrp_strategy_get_title (strategy));
        bind_row_id (stmt, 4, mission_ids, hrp_strategy_get_mission (strategy));
        if (!_hrp_store_run (self, stmt, error))
          return FALSE;
        strategy_id = sqlite3_last_insert_rowid (self->db);
        row_ids_insert (strategy_ids, strategy, strategy_id);
      }

      if (!save_strategy_items (self, strategy_id, ITEM_GOAL,
                                G_LIST_MODEL (hrp_strategy_get_goals (strategy)), error) ||
          !save_strategy_items (self, strategy_id, ITEM_OBJECTIVE,
                                G_LIST_MODEL (hrp_strategy_get_objectives (strategy)), error) ||
          !save_strategy_items (self, strategy_id, ITEM_INDICATOR,
                                G_LIST_MODEL (hrp_strategy_get_indicators (strategy)), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_positions (HrpStore    *self,
                HrpPlan     *plan,
                gint64       plan_id,
                GError     **error)
{
  GListModel *list = G_LIST_MODEL (hrp_plan_get_positions (plan));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) text = g_list_model_get_item (list, i);
      g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_POSITION, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, hrp_text_get_text (text));
      if (!_hrp_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_activities (HrpStore    *self,
                 HrpPolicy   *policy,
                 gint64       policy_id,
                 GError     **error)
{
  GListModel *list = G_LIST_MODEL (hrp_policy_get_activities (policy));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpActivity) activity = g_list_model_get_item (list, i);
      g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_ACTIVITY, error);
      gint64 budget = hrp_activity_get_budget (activity);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, policy_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, hrp_activity_get_name (activity));
      if (budget == HRP_BUDGET_NONE)
        sqlite3_bind_null (stmt, 4);
      else
        sqlite3_bind_int64 (stmt, 4, budget);
      for (guint q = 1; q <= 4; q++)
        sqlite3_bind_int (stmt, 4 + q, hrp_activity_get_quarter (activity, q) ? 1 : 0);
      if (!_hrp_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_policies (HrpStore    *self,
               HrpPlan     *plan,
               gint64       plan_id,
               GHashTable  *strategy_ids,
               GError     **error)
{
  GListModel *list = G_LIST_MODEL (hrp_plan_get_policies (plan));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (list, i);
      gint64 policy_id;

      {
        g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_POLICY, error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, plan_id);
        sqlite3_bind_int (stmt, 2, i);
        bind_text (stmt, 3, hrp_policy_get_title (policy));
        bind_text (stmt, 4, hrp_policy_get_description (policy));
        bind_row_id (stmt, 5, strategy_ids, hrp_policy_get_strategy (policy));
        if (!_hrp_store_run (self, stmt, error))
          return FALSE;
        policy_id = sqlite3_last_insert_rowid (self->db);
      }

      if (!save_activities (self, policy, policy_id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_signers (HrpStore    *self,
              HrpPlan     *plan,
              gint64       plan_id,
              GError     **error)
{
  GListModel *list = G_LIST_MODEL (hrp_plan_get_signers (plan));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpSigner) signer = g_list_model_get_item (list, i);
      g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_SIGNER, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, hrp_signer_get_name (signer));
      bind_text (stmt, 4, hrp_signer_get_position (signer));
      bind_text (stmt, 5, hrp_signer_get_role (signer));
      if (!_hrp_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Deletes the plan of fiscal_year with all its parts (ON DELETE CASCADE). */
static gboolean
delete_plan (HrpStore  *self,
             int        fiscal_year,
             gboolean  *deleted,
             GError   **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_DELETE_PLAN, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, fiscal_year);
  if (!_hrp_store_run (self, stmt, error))
    return FALSE;
  if (deleted != NULL)
    *deleted = sqlite3_changes (self->db) > 0;
  return TRUE;
}

/* The plan's revision, or -1 when there is no plan of that year. */
static gboolean
plan_revision (HrpStore  *self,
               int        fiscal_year,
               gint64    *revision,
               GError   **error)
{
  g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_PLAN_REVISION, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, fiscal_year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *revision = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    *revision = -1;
  else
    {
      _hrp_store_set_sqlite_error (error, self->db, rc, self->display_name);
      return FALSE;
    }
  return TRUE;
}

/* expected: the revision the plan was loaded at (-1: any).  The saved
 * plan gets the next revision, returned in *saved. */
static gboolean
save_plan (HrpStore  *self,
           HrpPlan   *plan,
           gboolean   replace,
           gint64     expected,
           gint64    *saved,
           GError   **error)
{
  gint64 current = -1;
  g_autoptr(GHashTable) mission_ids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) strategy_ids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  int fiscal_year = hrp_plan_get_fiscal_year (plan);
  gint64 plan_id;

  if (!replace)
    {
      gboolean exists = FALSE;

      if (!hrp_store_has_plan (self, fiscal_year, &exists, error))
        return FALSE;
      if (exists)
        {
          g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS,
                       _("“%s” already holds a plan for fiscal year %d"),
                       self->display_name, fiscal_year);
          return FALSE;
        }
    }
  else
    {
      if (!plan_revision (self, fiscal_year, &current, error))
        return FALSE;
      if (expected >= 0 && current != expected)
        {
          g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_CHANGED,
                       _("The plan of fiscal year %d was changed meanwhile in another window or "
                         "program, so this change was not saved. Close the plan and open it again "
                         "to see the other changes, then make yours."),
                       fiscal_year);
          return FALSE;
        }
      if (!delete_plan (self, fiscal_year, NULL, error))
        return FALSE;
    }

  {
    g_autoptr(HrpCachedStmt) stmt = _hrp_store_stmt (self, STMT_INSERT_PLAN, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int (stmt, 1, fiscal_year);
    bind_text (stmt, 2, hrp_plan_get_org_name (plan));
    bind_text (stmt, 3, hrp_plan_get_org_district (plan));
    bind_text (stmt, 4, hrp_plan_get_org_province (plan));
    bind_text (stmt, 5, hrp_plan_get_title (plan));
    bind_text (stmt, 6, hrp_plan_get_preamble (plan));
    bind_text (stmt, 7, hrp_plan_get_vision (plan));
    bind_text (stmt, 8, hrp_plan_get_policy_intro (plan));
    sqlite3_bind_int64 (stmt, 9, current + 1);
    if (!_hrp_store_run (self, stmt, error))
      return FALSE;
    plan_id = sqlite3_last_insert_rowid (self->db);
    if (saved != NULL)
      *saved = current + 1;
  }

  return save_missions (self, plan, plan_id, mission_ids, error) &&
         save_strategies (self, plan, plan_id, mission_ids, strategy_ids, error) &&
         save_positions (self, plan, plan_id, error) &&
         save_policies (self, plan, plan_id, strategy_ids, error) &&
         save_signers (self, plan, plan_id, error);
}

gboolean
hrp_store_save_plan (HrpStore  *self,
                     HrpPlan   *plan,
                     gboolean   replace,
                     GError   **error)
{
  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (HRP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hrp_store_begin (self, TRUE, error))
    return FALSE;
  if (!save_plan (self, plan, replace, -1, NULL, error))
    {
      _hrp_store_rollback (self);
      return FALSE;
    }
  return _hrp_store_commit (self, error);
}

gboolean
hrp_store_save_plan_revision (HrpStore  *self,
                              HrpPlan   *plan,
                              gint64     expected,
                              gint64    *saved,
                              GError   **error)
{
  gint64 revision = -1;

  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (HRP_IS_PLAN (plan), FALSE);

  if (!_hrp_store_begin (self, TRUE, error))
    return FALSE;
  if (!save_plan (self, plan, TRUE, expected, &revision, error))
    {
      _hrp_store_rollback (self);
      return FALSE;
    }
  if (!_hrp_store_commit (self, error))
    return FALSE;
  if (saved != NULL)
    *saved = revision;
  return TRUE;
}

gboolean
hrp_store_get_revision (HrpStore  *self,
                        int        fiscal_year,
                        gint64    *revision,
                        GError   **error)
{
  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);
  g_return_val_if_fail (revision != NULL, FALSE);

  return plan_revision (self, fiscal_year, revision, error);
}

gboolean
hrp_store_delete_plan (HrpStore  *self,
                       int        fiscal_year,
                       GError   **error)
{
  gboolean deleted = FALSE;

  g_return_val_if_fail (HRP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (!_hrp_store_begin (self, TRUE, error))
    return FALSE;
  if (!delete_plan (self, fiscal_year, &deleted, error))
    {
      _hrp_store_rollback (self);
      return FALSE;
    }
  if (!deleted)
    {
      _hrp_store_rollback (self);
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND,
                   _("“%s” holds no plan for fiscal year %d"), self->display_name, fiscal_year);
      return FALSE;
    }
  return _hrp_store_commit (self, error);
}
