/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-store-schema.c — the database's schema and its numbered migrations
 *
 * The schema is built by numbered migrations: PRAGMA user_version counts
 * the migrations applied, PRAGMA application_id marks the file as ours.
 */
#include "config.h"

#include "hrp-store-private.h"
#include "hrp-text.h"

/* A table of the texts of a plan, in order: the missions, the strategic
 * positions.  Part of migration 1: never edit it either. */
#define PLAN_TEXT_LIST_TABLE(name) \
  "CREATE TABLE " name " (" \
  "  id       INTEGER PRIMARY KEY," \
  "  plan_id  INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL CHECK (position >= 0)," \
  "  text     TEXT NOT NULL DEFAULT ''," \
  "  UNIQUE (plan_id, position)" \
  ");"

/* Migration i brings user_version from i to i + 1; it runs in one
 * transaction together with that bump.  Never edit a migration that has
 * been released: add one, and count it in STORE_SCHEMA_VERSION. */
static const char * const migrations[] = {
  /* 1: the first schema */
  "PRAGMA application_id = " G_STRINGIFY (STORE_APPLICATION_ID) ";"
  "CREATE TABLE plan ("
  "  id           INTEGER PRIMARY KEY,"
  "  fiscal_year  INTEGER NOT NULL UNIQUE CHECK (fiscal_year BETWEEN 2400 AND 2800),"
  "  org_name     TEXT NOT NULL DEFAULT '',"
  "  org_district TEXT NOT NULL DEFAULT '',"
  "  org_province TEXT NOT NULL DEFAULT '',"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  preamble     TEXT NOT NULL DEFAULT '',"
  "  vision       TEXT NOT NULL DEFAULT '',"
  "  policy_intro TEXT NOT NULL DEFAULT ''"
  ");"
  PLAN_TEXT_LIST_TABLE ("mission")
  "CREATE TABLE strategy ("
  "  id         INTEGER PRIMARY KEY,"
  "  plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL CHECK (position >= 0),"
  "  title      TEXT NOT NULL DEFAULT '',"
  "  mission_id INTEGER REFERENCES mission (id) ON DELETE SET NULL,"
  "  UNIQUE (plan_id, position)"
  ");"
  "CREATE INDEX strategy_mission ON strategy (mission_id);"
  "CREATE TABLE strategy_item ("
  "  id          INTEGER PRIMARY KEY,"
  "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,"
  "  kind        INTEGER NOT NULL CHECK (kind IN (0, 1, 2))," /* goal, objective, indicator */
  "  position    INTEGER NOT NULL CHECK (position >= 0),"
  "  text        TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (strategy_id, kind, position)"
  ");"
  PLAN_TEXT_LIST_TABLE ("strategic_position")
  "CREATE TABLE policy ("
  "  id          INTEGER PRIMARY KEY,"
  "  plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL CHECK (position >= 0),"
  "  title       TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  strategy_id INTEGER REFERENCES strategy (id) ON DELETE SET NULL,"
  "  UNIQUE (plan_id, position)"
  ");"
  "CREATE INDEX policy_strategy ON policy (strategy_id);"
  /* budget in satang, NULL when the activity has no budget ("-") */
  "CREATE TABLE activity ("
  "  id        INTEGER PRIMARY KEY,"
  "  policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,"
  "  position  INTEGER NOT NULL CHECK (position >= 0),"
  "  name      TEXT NOT NULL DEFAULT '',"
  "  budget    INTEGER CHECK (budget BETWEEN 0 AND 99999999999999),"
  "  q1        INTEGER NOT NULL DEFAULT 0 CHECK (q1 IN (0, 1)),"
  "  q2        INTEGER NOT NULL DEFAULT 0 CHECK (q2 IN (0, 1)),"
  "  q3        INTEGER NOT NULL DEFAULT 0 CHECK (q3 IN (0, 1)),"
  "  q4        INTEGER NOT NULL DEFAULT 0 CHECK (q4 IN (0, 1)),"
  "  UNIQUE (policy_id, position)"
  ");",
  /* The UNIQUE (owner, position) indexes serve the foreign keys to the
   * owner; strategy.mission_id and policy.strategy_id have their own. */

  /* 2: a plan's revision, counted up by every save, so that a save made
   * from an older copy (another window, another program) is refused
   * rather than losing what was saved meanwhile. */
  "ALTER TABLE plan ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;",

  /* 3: who signs the printed plan, in order: a name, the signer's
   * position (position_title: position is the place in the list, as in
   * the other tables) and the role in which they sign, which may be
   * empty. */
  "CREATE TABLE signer ("
  "  id             INTEGER PRIMARY KEY,"
  "  plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  position       INTEGER NOT NULL CHECK (position >= 0),"
  "  name           TEXT NOT NULL DEFAULT '',"
  "  position_title TEXT NOT NULL DEFAULT '',"
  "  role           TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (plan_id, position)"
  ");",

  /* 4: texts stored before control, bidi and invisible characters were
   * kept out (hrp_text_sanitize ()), cleaned.  hrp_sanitize (text,
   * multi_line) is registered on the connection that migrates; the
   * multi-line texts are those of hrp_text_property_is_multi_line (). */
  "UPDATE plan SET"
  "  org_name = hrp_sanitize (org_name, 0),"
  "  org_district = hrp_sanitize (org_district, 0),"
  "  org_province = hrp_sanitize (org_province, 0),"
  "  title = hrp_sanitize (title, 0),"
  "  preamble = hrp_sanitize (preamble, 1),"
  "  vision = hrp_sanitize (vision, 1),"
  "  policy_intro = hrp_sanitize (policy_intro, 1);"
  "UPDATE mission SET text = hrp_sanitize (text, 1);"
  "UPDATE strategy SET title = hrp_sanitize (title, 0);"
  "UPDATE strategy_item SET text = hrp_sanitize (text, 0);"
  "UPDATE strategic_position SET text = hrp_sanitize (text, 0);"
  "UPDATE policy SET title = hrp_sanitize (title, 0), description = hrp_sanitize (description, 1);"
  "UPDATE activity SET name = hrp_sanitize (name, 0);"
  "UPDATE signer SET"
  "  name = hrp_sanitize (name, 0),"
  "  position_title = hrp_sanitize (position_title, 0),"
  "  role = hrp_sanitize (role, 0);",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == STORE_SCHEMA_VERSION);

/* activity.budget's CHECK */
G_STATIC_ASSERT (HRP_BUDGET_MAX == G_GINT64_CONSTANT (99999999999999));

/* hrp_sanitize (text, multi_line) in SQL: hrp_text_sanitize (); NULL
 * stays NULL.  The columns are TEXT, but SQLite would let a BLOB in: its
 * bytes are taken as text. */
static void
sql_sanitize (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const unsigned char *text;
  g_autofree char *copy = NULL;
  int n_bytes;
  int length = 0;
  char *clean;

  g_assert (argc == 2);
  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  text = sqlite3_value_text (argv[0]);
  if (text == NULL)
    {
      sqlite3_result_error_nomem (context);
      return;
    }
  n_bytes = sqlite3_value_bytes (argv[0]);
  /* A text of SQLite may hold a NUL, a C string may not: it goes too. */
  copy = g_malloc (n_bytes + 1);
  for (int i = 0; i < n_bytes; i++)
    if (text[i] != '\0')
      copy[length++] = (char) text[i];
  copy[length] = '\0';
  clean = hrp_text_sanitize (copy, sqlite3_value_int (argv[1]) != 0, NULL);
  sqlite3_result_text (context, clean, -1, g_free);
}

/* Brings the schema up to date, one migration per transaction.  The ids
 * are read again under the write lock: another program may have created
 * or changed the file since it was checked. */
gboolean
_hrp_store_migrate (HrpStore  *self,
                    GError   **error)
{
  gint64 application_id;
  gint64 version;

  if (!_hrp_store_query_int (self, STMT_APPLICATION_ID, &application_id, error) ||
      !_hrp_store_query_int (self, STMT_USER_VERSION, &version, error))
    return FALSE;
  /* Up to date: nothing to do.  Anything else is decided under the write
   * lock below. */
  if (_hrp_store_check_ids (application_id, version, 0, self->display_name,
                            NULL) == STORE_FILE_CURRENT)
    return TRUE;

  /* A file that SQLite could only open for reading (its permissions, a
   * read-only disk): said before a backup copy is left beside it. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    return _hrp_store_fail (self, SQLITE_READONLY, error);

  /* What the migrations call, besides SQL's own functions. */
  if (sqlite3_create_function_v2 (self->db, "hrp_sanitize", 2,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                  NULL, sql_sanitize, NULL, NULL, NULL) != SQLITE_OK)
    return _hrp_store_fail (self, sqlite3_errcode (self->db), error);

  /* An upgrade of a database that holds plans: a copy first. */
  if (application_id == STORE_APPLICATION_ID && version > 0)
    {
      g_autofree char *backup = hrp_store_backup (self, error);

      if (backup == NULL)
        return FALSE;
    }

  for (;;)
    {
      g_autofree char *bump = NULL;
      gint64 n_schema = 0;
      StoreFileState state;
      int rc;

      if (!_hrp_store_begin (self, TRUE, error))
        return FALSE;

      if (!_hrp_store_query_int (self, STMT_APPLICATION_ID, &application_id, error) ||
          !_hrp_store_query_int (self, STMT_USER_VERSION, &version, error) ||
          !_hrp_store_query_int (self, STMT_COUNT_SCHEMA, &n_schema, error))
        {
          _hrp_store_rollback (self);
          return FALSE;
        }

      state = _hrp_store_check_ids (application_id, version, n_schema, self->display_name,
                                    error);
      if (state == STORE_FILE_REFUSED)
        {
          _hrp_store_rollback (self);
          return FALSE;
        }
      if (state == STORE_FILE_CURRENT)
        return _hrp_store_commit (self, error);

      bump = g_strdup_printf ("PRAGMA user_version = %d", (int) version + 1);
      rc = _hrp_store_exec_sql (self->db, migrations[version]);
      if (rc == SQLITE_OK)
        rc = _hrp_store_exec_sql (self->db, bump);
      if (rc != SQLITE_OK)
        {
          _hrp_store_fail (self, rc, error);
          _hrp_store_rollback (self);
          return FALSE;
        }
      if (!_hrp_store_commit (self, error))
        return FALSE;
    }
}
