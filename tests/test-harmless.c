/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-harmless.c — text that arrives from elsewhere stays harmless: no
 * live formula in the CSV export (read back by LibreOffice Calc where it
 * is installed), no control character stored, and none printed */
#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>

#include "hrp-document.h"
#include "hrp-model.h"
#include "hrp-report.h"
#include "hrp-test-util.h"
#include "hrp-xml.h"

/* What a hostile text holds: a colour and a window title for the
 * terminal (ESC sequences, BEL), a C1 "control sequence introducer", DEL,
 * a bidi override and an isolate, a byte-order mark, and a zero-width
 * space inside a number. */
#define NASTY "\x1b[31m\x1b]0;title\x07 \xc2\x9b" "2J\x7f \xe2\x80\xae" "abc\xe2\x80\xac " \
              "\xe2\x81\xa6x\xe2\x81\xa9 \xef\xbb\xbf" "1\xe2\x80\x8b" "000"
/* The same once cleaned: the visible characters stay. */
#define NASTY_CLEAN "[31m]0;title 2J abc x 1000"
/* The characters NASTY loses. */
#define NASTY_REMOVED 11
/* A zero-width space between two Thai words: kept. */
#define THAI_ZWSP "การพัฒนา\xe2\x80\x8b" "บุคลากร"

typedef HrpTestFolder Fixture;   /* .file: the database, hrp_test_database_setup () */

/* CSV {{{ */

/* The cells of a CSV (RFC 4180; a byte-order mark skipped): an array of
 * rows, each a NULL-terminated array of cells. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = text;
  gboolean quoted = FALSE;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  for (; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (cell, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
        }
      else if (*p == '\n' || (*p == '\r' && p[1] == '\n'))
        {
          if (*p == '\r')
            p++;
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
        }
      else
        g_string_append_c (cell, *p);
    }
  g_assert_false (quoted);
  g_assert_cmpuint (cell->len, ==, 0);   /* the last row ends with a new line */
  return rows;
}

static const char *
cell_at (GPtrArray *rows,
         guint      row,
         guint      column)
{
  char **cells;

  g_assert_cmpuint (row, <, rows->len);
  cells = g_ptr_array_index (rows, row);
  g_assert_cmpuint (column, <, g_strv_length (cells));
  return cells[column];
}

/* The texts a spreadsheet would compute, as activities' names and as
 * policies' titles; and what each becomes in the CSV. */
static const struct {
  const char *text;
  const char *cell;
} formulas[] = {
  { "=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")" },
  { "+1+2", "'+1+2" },
  { "-1+2", "'-1+2" },
  { "@SUM(A1)", "'@SUM(A1)" },
  { "\tX", "'\tX" },
  { "\rX", "'\rX" },
  /* "Nothing", as plans write it: no formula, kept as it is. */
  { "-", "-" },
  /* A negative-looking text stays text: "'-5" reads back as "-5". */
  { "-5", "'-5" },
  { "=", "'=" },
  /* Not at the start: no spreadsheet computes these. */
  { "a=1+2", "a=1+2" },
  { " =1+2", " =1+2" },
};

/* A plan with one policy per text of formulas, titled with it, holding
 * one activity named with it, of budget 1,234.50 baht. */
static HrpPlan *
formula_plan (void)
{
  HrpPlan *plan = hrp_plan_new ();

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_title (plan, "แผน พ.ศ. 2569");
  hrp_plan_set_org_name (plan, "องค์การบริหารส่วนตำบลทดสอบ");
  hrp_plan_set_vision (plan, "วิสัยทัศน์");
  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autoptr(HrpPolicy) policy = hrp_policy_new (formulas[i].text);
      g_autoptr(HrpActivity) activity = hrp_activity_new (formulas[i].text);

      hrp_activity_set_budget (activity, 123450);
      hrp_activity_set_quarter (activity, 1, TRUE);
      hrp_model_list_append (hrp_policy_get_activities (policy), activity);
      hrp_model_list_append (hrp_plan_get_policies (plan), policy);
    }
  return plan;
}

/* The rows of the CSV of formula_plan () (without the texts that start
 * with white space, when the plan went through the exchange format,
 * whose reader trims a text's ends): the policy's number and title (never
 * a formula: it starts with its number), the activity's cell as
 * formulas[] has it, the budget a plain number. */
static guint
assert_formula_rows (GPtrArray *rows,
                     gboolean   trimmed)
{
  guint n = 0;

  g_assert_cmpstr (cell_at (rows, 0, 1), ==, "กิจกรรม/โครงการ");
  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *title = NULL;

      if (trimmed && g_ascii_isspace (formulas[i].text[0]))
        continue;
      n++;
      title = g_strdup_printf ("%u. %s", n, formulas[i].text);
      g_assert_cmpstr (cell_at (rows, n, 0), ==, title);
      g_assert_cmpstr (cell_at (rows, n, 1), ==, formulas[i].cell);
      g_assert_cmpstr (cell_at (rows, n, 2), ==, "1234.50");
      g_assert_cmpstr (cell_at (rows, n, 3), ==, "✓");
    }
  g_assert_cmpuint (rows->len, ==, n + 1);
  return n;
}

/* The CSV of a plan built in memory: every text cell that starts with
 * "=", "+", "-", "@", a tab or a carriage return has an apostrophe before
 * it; "-" alone and the amounts are as they were. */
static void
test_csv_cells (void)
{
  g_autoptr(HrpPlan) plan = formula_plan ();
  g_autoptr(GBytes) bytes = hrp_report_table_csv (plan);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GPtrArray) rows = parse_csv (text);

  g_assert_cmpuint (assert_formula_rows (rows, FALSE), ==, G_N_ELEMENTS (formulas));
  /* The amount is written bare: a number to a spreadsheet. */
  g_assert_nonnull (strstr (text, ",1234.50,"));
}

/* The plan exchange file of formula_plan () without its tab and carriage
 * return texts (the XML reader trims the ends of a text). */
static char *
formula_xml (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<plan xmlns=\"urn:hrplan:plan:1\" format-version=\"1\" fiscal-year=\"2569\">\n"
                               "  <organization><name>องค์การบริหารส่วนตำบลทดสอบ</name></organization>\n"
                               "  <title>แผน พ.ศ. 2569</title>\n"
                               "  <vision>วิสัยทัศน์</vision>\n"
                               "  <policies>\n");

  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *escaped = NULL;

      if (g_ascii_isspace (formulas[i].text[0]))
        continue;
      escaped = g_markup_escape_text (formulas[i].text, -1);
      g_string_append_printf (xml,
                              "    <policy id=\"p%u\"><title>%s</title><activities>"
                              "<activity><name>%s</name><budget>1234.50</budget>"
                              "<quarters q1=\"true\"/></activity>"
                              "</activities></policy>\n",
                              i + 1, escaped, escaped);
    }
  g_string_append (xml, "  </policies>\n</plan>\n");
  return g_string_free (xml, FALSE);
}

/* Where the test runs LibreOffice Calc, or NULL with the reason the
 * conversion is skipped in *why. */
static char *
find_calc (const char **why)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *real = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *calc = NULL;

  if (soffice == NULL)
    {
      *why = "LibreOffice (soffice) is not installed: the CSV is not read back by Calc "
             "(Debian: apt-get install libreoffice-calc-nogui)";
      return NULL;
    }
  /* soffice is a link into LibreOffice's program folder, where Calc's
   * library is when Calc is installed (Writer alone cannot read CSV). */
  real = g_file_read_link (soffice, NULL);
  if (real == NULL)
    real = g_strdup (soffice);
  else if (!g_path_is_absolute (real))
    {
      g_autofree char *parent = g_path_get_dirname (soffice);
      g_autofree char *target = g_steal_pointer (&real);

      real = g_canonicalize_filename (target, parent);
    }
  dir = g_path_get_dirname (real);
  calc = g_build_filename (dir, "libsclo.so", NULL);
  if (!g_file_test (calc, G_FILE_TEST_EXISTS))
    {
      *why = "LibreOffice Calc is not installed: the CSV is not read back by Calc "
             "(Debian: apt-get install libreoffice-calc-nogui)";
      return NULL;
    }
  return g_steal_pointer (&soffice);
}

/* --import of an exchange file whose policies and activities are named
 * with formulas, then --export-csv: every cell as written, and Calc,
 * which computes what it reads (a row of the test's own shows that it
 * does), shows each cell as text. */
static void
test_csv_cli (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *xml_path = g_build_filename (f->dir, "other-office.xml", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "table.csv", NULL);
  g_autofree char *import_opt = g_strconcat ("--import=", xml_path, NULL);
  g_autofree char *csv_opt = g_strconcat ("--export-csv=", csv_path, NULL);
  g_autofree char *xml = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *soffice = NULL;
  const char *why = NULL;
  guint n_rows;
  HrpTestRun r;

  xml = formula_xml ();
  g_assert_true (g_file_set_contents (xml_path, xml, -1, &error));
  r = hrp_test_run_hrplan (f->dir, f->database_option, import_opt, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);
  r = hrp_test_run_hrplan (f->dir, f->database_option, csv_opt, NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);

  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  rows = parse_csv (csv);
  n_rows = assert_formula_rows (rows, TRUE);

  soffice = find_calc (&why);
  if (soffice == NULL)
    {
      g_test_skip (why);
      return;
    }

  {
    g_autofree char *calc_in = g_build_filename (f->dir, "calc.csv", NULL);
    g_autofree char *out_dir = g_build_filename (f->dir, "calc", NULL);
    g_autofree char *calc_out = g_build_filename (out_dir, "calc.csv", NULL);
    g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo", f->dir);
    g_autofree char *shown = NULL;
    g_autoptr(GPtrArray) calc_rows = NULL;
    g_autoptr(GString) with_canary = g_string_new (csv);
    /* In: comma, quote, UTF-8, from line 1, standard cells, special
     * numbers not detected (Calc's default), formulas evaluated (the 13th
     * token), as a user's Calc may.  Out: the values shown, not the
     * formulas, so that a computed cell shows its result. */
    const char *argv[] = {
      soffice, profile, "--headless",
      "--infilter=Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1,true",
      "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
      "--outdir", out_dir, calc_in, NULL
    };

    /* A row the test adds: proof that this Calc computes what it reads. */
    g_string_append (with_canary, "\"=1+2\",\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\r\n");
    g_assert_true (g_file_set_contents (calc_in, with_canary->str, -1, &error));
    g_free (hrp_test_run_tool (argv));
    g_assert_true (g_file_get_contents (calc_out, &shown, NULL, &error));
    g_test_message ("Calc shows:\n%s", shown);
    calc_rows = parse_csv (shown);
    g_assert_cmpuint (calc_rows->len, ==, n_rows + 2);
    g_assert_cmpstr (cell_at (calc_rows, n_rows + 1, 0), ==, "3");
    g_assert_cmpstr (cell_at (calc_rows, n_rows + 1, 1), ==, "click");
    /* Ours: each cell shown as the text it holds, none computed. */
    for (guint i = 1; i <= n_rows; i++)
      for (guint c = 0; c < 2; c++)
        g_assert_cmpstr (cell_at (calc_rows, i, c), ==, cell_at (rows, i, c));
    /* The amount, a number. */
    g_assert_cmpstr (cell_at (calc_rows, 1, 2), ==, "1234.5");
  }
}

/* }}} */

/* Control characters {{{ */

/* Whether text holds nothing that must not be stored: a C0 control
 * other than tab and new line, DEL, a C1 control, a bidi control, U+FEFF,
 * or a zero-width space that is not between two Thai letters. */
static gboolean
is_clean (const char *text)
{
  gunichar last = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff)
        return FALSE;
      if (c == 0x200b)
        {
          gunichar next = g_utf8_get_char (g_utf8_next_char (p));

          if (!(last >= 0x0e01 && last <= 0x0e4f && next >= 0x0e01 && next <= 0x0e4f))
            return FALSE;
        }
      last = c;
    }
  return TRUE;
}

/* hrp_text_sanitize () of text is expected, with n characters removed or
 * replaced; and the result, sanitized again, is the same. */
static void
assert_sanitized (const char *text,
                  gboolean    multi_line,
                  const char *expected,
                  guint       n)
{
  guint removed = 7;   /* added to, not set */
  g_autofree char *clean = hrp_text_sanitize (text, multi_line, &removed);
  g_autofree char *again = NULL;
  guint removed_again = 0;

  g_assert_cmpstr (clean, ==, expected);
  g_assert_cmpuint (removed, ==, 7 + n);
  g_assert_true (is_clean (clean));
  again = hrp_text_sanitize (clean, multi_line, &removed_again);
  g_assert_cmpstr (again, ==, clean);
  g_assert_cmpuint (removed_again, ==, 0);
}

static void
test_sanitize_rules (void)
{
  g_autofree char *none = hrp_text_sanitize (NULL, FALSE, NULL);

  g_assert_cmpstr (none, ==, "");
  assert_sanitized ("แผน พ.ศ. ๒๕๖๙ – “ok” ✓", FALSE, "แผน พ.ศ. ๒๕๖๙ – “ok” ✓", 0);
  assert_sanitized (NASTY, FALSE, NASTY_CLEAN, NASTY_REMOVED);
  assert_sanitized (NASTY, TRUE, NASTY_CLEAN, NASTY_REMOVED);
  /* C0: ESC, BEL, NUL-less others; tab is kept */
  assert_sanitized ("a\x1b[31mb", FALSE, "a[31mb", 1);
  assert_sanitized ("a\x1b]0;t\x07" "b", FALSE, "a]0;tb", 2);
  assert_sanitized ("a\x01\x08\x0b\x0c\x1f" "b", FALSE, "ab", 5);
  assert_sanitized ("a\tb", FALSE, "a\tb", 0);
  /* DEL and C1 (CSI, NEL) */
  assert_sanitized ("x\x7fy\xc2\x9bz\xc2\x85", FALSE, "xyz", 3);
  /* New lines: kept in a multi-line text, one space in a one-line one;
   * a carriage return goes, or is a new line when alone */
  assert_sanitized ("a\nb", FALSE, "a b", 1);
  assert_sanitized ("a\nb", TRUE, "a\nb", 0);
  assert_sanitized ("a\r\nb", TRUE, "a\nb", 1);
  assert_sanitized ("a\rb", TRUE, "a\nb", 1);
  assert_sanitized ("a\r\nb", FALSE, "a b", 2);
  /* Bidi embeddings, overrides, isolates and marks; the BOM */
  assert_sanitized ("\xe2\x80\xaa" "a\xe2\x80\xab" "b\xe2\x80\xad" "c\xe2\x80\xae" "d\xe2\x80\xac", FALSE, "abcd", 5);
  assert_sanitized ("\xe2\x81\xa6" "a\xe2\x81\xa7" "b\xe2\x81\xa8" "c\xe2\x81\xa9", FALSE, "abc", 4);
  assert_sanitized ("a\xe2\x80\x8e" "b\xe2\x80\x8f" "c\xd8\x9c", FALSE, "abc", 3);
  assert_sanitized ("\xef\xbb\xbfชื่อ\xef\xbb\xbf", FALSE, "ชื่อ", 2);
  /* The zero-width space: kept between Thai words only */
  assert_sanitized (THAI_ZWSP, FALSE, THAI_ZWSP, 0);
  assert_sanitized ("1\xe2\x80\x8b" "000", FALSE, "1000", 1);
  assert_sanitized ("๑\xe2\x80\x8b๐๐๐", FALSE, "๑๐๐๐", 1);
  assert_sanitized ("ก\xe2\x80\x8b" "1", FALSE, "ก1", 1);
  assert_sanitized ("abc\xe2\x80\x8b" "def", FALSE, "abcdef", 1);
  assert_sanitized ("\xe2\x80\x8bก\xe2\x80\x8b", FALSE, "ก", 2);
  assert_sanitized ("ก\xe2\x80\x8b\xe2\x80\x8b" "ข", FALSE, "ก\xe2\x80\x8b" "ข", 1);
  assert_sanitized ("ก\xe2\x80\x8b\xe2\x80\xae" "ข", FALSE, "ก\xe2\x80\x8b" "ข", 1);
  /* Not UTF-8: U+FFFD */
  assert_sanitized ("a\xff" "b", FALSE, "a\xef\xbf\xbd" "b", 1);
}

/* A plan with NASTY in every text, its lists' and their items'. */
static HrpPlan *
nasty_plan (int year)
{
  HrpPlan *plan = hrp_plan_new ();
  g_autoptr(HrpMission) mission = hrp_mission_new ("พันธกิจ\n" NASTY);
  g_autoptr(HrpStrategy) strategy = hrp_strategy_new ("ยุทธศาสตร์ " NASTY);
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนา " NASTY);
  g_autoptr(HrpActivity) activity = hrp_activity_new ("อบรม " NASTY);
  g_autoptr(HrpSigner) signer = hrp_signer_new ("ชื่อ " NASTY, "ตำแหน่ง " NASTY, "บทบาท " NASTY);
  g_autoptr(HrpText) position = hrp_text_new ("จุดยืน " NASTY);
  g_autoptr(HrpText) goal = hrp_text_new ("เป้าหมาย " NASTY);
  g_autoptr(HrpText) objective = hrp_text_new ("เป้าประสงค์ " NASTY);
  g_autoptr(HrpText) indicator = hrp_text_new ("ตัวชี้วัด " THAI_ZWSP " " NASTY);

  hrp_plan_set_fiscal_year (plan, year);
  hrp_plan_set_title (plan, "แผน " NASTY);
  hrp_plan_set_org_name (plan, "อบต. " NASTY);
  hrp_plan_set_org_district (plan, "อำเภอ " NASTY);
  hrp_plan_set_org_province (plan, "จังหวัด " NASTY);
  hrp_plan_set_preamble (plan, "บทนำ\r\n" NASTY);
  hrp_plan_set_vision (plan, "วิสัยทัศน์ " NASTY);
  hrp_plan_set_policy_intro (plan, "นโยบาย " NASTY);
  hrp_policy_set_description (policy, "คำอธิบาย\n" NASTY);
  hrp_model_list_append (hrp_strategy_get_goals (strategy), goal);
  hrp_model_list_append (hrp_strategy_get_objectives (strategy), objective);
  hrp_model_list_append (hrp_strategy_get_indicators (strategy), indicator);
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);
  hrp_model_list_append (hrp_plan_get_missions (plan), mission);
  hrp_model_list_append (hrp_plan_get_strategies (plan), strategy);
  hrp_model_list_append (hrp_plan_get_positions (plan), position);
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);
  hrp_model_list_append (hrp_plan_get_signers (plan), signer);
  return plan;
}

/* The text columns of the database, every one. */
static const char * const text_columns[] = {
  "plan.org_name", "plan.org_district", "plan.org_province", "plan.title",
  "plan.preamble", "plan.vision", "plan.policy_intro", "mission.text",
  "strategy.title", "strategy_item.text", "strategic_position.text",
  "policy.title", "policy.description", "activity.name",
  "signer.name", "signer.position_title", "signer.role",
};

/* Every text the database at path holds is clean; returns them, one a
 * line, to be looked into. */
static char *
assert_database_clean (const char *path)
{
  sqlite3 *db = NULL;
  GString *texts = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      g_auto(GStrv) parts = g_strsplit (text_columns[i], ".", 2);
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s", parts[1], parts[0]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, 0);

          if (!is_clean (text) || (int) strlen (text) != sqlite3_column_bytes (stmt, 0))
            g_error ("%s holds a control character: “%s”", text_columns[i], text);
          g_string_append_printf (texts, "%s\n", text);
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (texts, FALSE);
}

/* nasty_plan () cleaned: each text kept what can be seen. */
static void
assert_plan_cleaned (HrpPlan *plan)
{
  HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (plan), 0);
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  HrpSigner *signer = hrp_test_nth (hrp_plan_get_signers (plan), 0);

  g_assert_cmpstr (hrp_plan_get_title (plan), ==, "แผน " NASTY_CLEAN);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "อบต. " NASTY_CLEAN);
  g_assert_cmpstr (hrp_plan_get_org_district (plan), ==, "อำเภอ " NASTY_CLEAN);
  g_assert_cmpstr (hrp_plan_get_org_province (plan), ==, "จังหวัด " NASTY_CLEAN);
  g_assert_cmpstr (hrp_plan_get_preamble (plan), ==, "บทนำ\n" NASTY_CLEAN);
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "วิสัยทัศน์ " NASTY_CLEAN);
  g_assert_cmpstr (hrp_plan_get_policy_intro (plan), ==, "นโยบาย " NASTY_CLEAN);
  g_assert_cmpstr (hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (plan), 0)), ==,
                   "พันธกิจ\n" NASTY_CLEAN);
  g_assert_cmpstr (hrp_strategy_get_title (strategy), ==, "ยุทธศาสตร์ " NASTY_CLEAN);
  g_assert_cmpstr (hrp_text_get_text (hrp_test_nth (hrp_strategy_get_goals (strategy), 0)), ==,
                   "เป้าหมาย " NASTY_CLEAN);
  g_assert_cmpstr (hrp_text_get_text (hrp_test_nth (hrp_strategy_get_objectives (strategy), 0)), ==,
                   "เป้าประสงค์ " NASTY_CLEAN);
  g_assert_cmpstr (hrp_text_get_text (hrp_test_nth (hrp_strategy_get_indicators (strategy), 0)), ==,
                   "ตัวชี้วัด " THAI_ZWSP " " NASTY_CLEAN);
  g_assert_cmpstr (hrp_text_get_text (hrp_test_nth (hrp_plan_get_positions (plan), 0)), ==,
                   "จุดยืน " NASTY_CLEAN);
  g_assert_cmpstr (hrp_policy_get_title (policy), ==, "ด้านการพัฒนา " NASTY_CLEAN);
  g_assert_cmpstr (hrp_policy_get_description (policy), ==, "คำอธิบาย\n" NASTY_CLEAN);
  g_assert_cmpstr (hrp_activity_get_name (hrp_test_nth (hrp_policy_get_activities (policy), 0)), ==,
                   "อบรม " NASTY_CLEAN);
  g_assert_cmpstr (hrp_signer_get_name (signer), ==, "ชื่อ " NASTY_CLEAN);
  g_assert_cmpstr (hrp_signer_get_position (signer), ==, "ตำแหน่ง " NASTY_CLEAN);
  g_assert_cmpstr (hrp_signer_get_role (signer), ==, "บทบาท " NASTY_CLEAN);
}

/* hrp_plan_sanitize (): every text of the plan, the count of all. */
static void
test_sanitize_plan (void)
{
  g_autoptr(HrpPlan) plan = nasty_plan (2569);

  /* 19 texts, and the preamble's carriage return */
  g_assert_cmpuint (hrp_plan_sanitize (plan), ==, 19 * NASTY_REMOVED + 1);
  assert_plan_cleaned (plan);
  g_assert_cmpuint (hrp_plan_sanitize (plan), ==, 0);
}

/* Typed or pasted into an open plan: stored clean, in the plan and in
 * the database. */
static void
test_document_set (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpPlan) source = nasty_plan (2569);
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(HrpDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *texts = NULL;
  GPtrArray *objects = g_ptr_array_new ();

  /* The same plan, with its texts empty, then set one by one. */
  hrp_plan_set_fiscal_year (plan, 2569);
  {
    HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (source), 0);
    HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (source), 0);
    g_autoptr(HrpMission) mission = hrp_mission_new ("");
    g_autoptr(HrpStrategy) s = hrp_strategy_new ("");
    g_autoptr(HrpPolicy) p = hrp_policy_new ("");
    g_autoptr(HrpActivity) a = hrp_activity_new ("");
    g_autoptr(HrpSigner) signer = hrp_signer_new ("", "", "");
    g_autoptr(HrpText) position = hrp_text_new ("");
    g_autoptr(HrpText) goal = hrp_text_new ("");
    g_autoptr(HrpText) objective = hrp_text_new ("");
    g_autoptr(HrpText) indicator = hrp_text_new ("");

    hrp_model_list_append (hrp_strategy_get_goals (s), goal);
    hrp_model_list_append (hrp_strategy_get_objectives (s), objective);
    hrp_model_list_append (hrp_strategy_get_indicators (s), indicator);
    hrp_model_list_append (hrp_policy_get_activities (p), a);
    hrp_model_list_append (hrp_plan_get_missions (plan), mission);
    hrp_model_list_append (hrp_plan_get_strategies (plan), s);
    hrp_model_list_append (hrp_plan_get_positions (plan), position);
    hrp_model_list_append (hrp_plan_get_policies (plan), p);
    hrp_model_list_append (hrp_plan_get_signers (plan), signer);
    /* pairs: the object to set, the one of source to take the texts from */
    g_ptr_array_add (objects, plan);
    g_ptr_array_add (objects, source);
    g_ptr_array_add (objects, mission);
    g_ptr_array_add (objects, hrp_test_nth (hrp_plan_get_missions (source), 0));
    g_ptr_array_add (objects, s);
    g_ptr_array_add (objects, strategy);
    g_ptr_array_add (objects, goal);
    g_ptr_array_add (objects, hrp_test_nth (hrp_strategy_get_goals (strategy), 0));
    g_ptr_array_add (objects, objective);
    g_ptr_array_add (objects, hrp_test_nth (hrp_strategy_get_objectives (strategy), 0));
    g_ptr_array_add (objects, indicator);
    g_ptr_array_add (objects, hrp_test_nth (hrp_strategy_get_indicators (strategy), 0));
    g_ptr_array_add (objects, position);
    g_ptr_array_add (objects, hrp_test_nth (hrp_plan_get_positions (source), 0));
    g_ptr_array_add (objects, p);
    g_ptr_array_add (objects, policy);
    g_ptr_array_add (objects, a);
    g_ptr_array_add (objects, hrp_test_nth (hrp_policy_get_activities (policy), 0));
    g_ptr_array_add (objects, signer);
    g_ptr_array_add (objects, hrp_test_nth (hrp_plan_get_signers (source), 0));

    store = hrp_test_store_new (f->file, plan);
    document = hrp_document_new (store, plan);
    for (guint i = 0; i < objects->len; i += 2)
      {
        GObject *object = g_ptr_array_index (objects, i);
        g_autofree GParamSpec **pspecs = NULL;
        guint n_pspecs = 0;

        pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
        for (guint k = 0; k < n_pspecs; k++)
          {
            g_autofree char *text = NULL;

            if (pspecs[k]->value_type != G_TYPE_STRING || !(pspecs[k]->flags & G_PARAM_WRITABLE))
              continue;
            g_object_get (g_ptr_array_index (objects, i + 1), pspecs[k]->name, &text, NULL);
            g_assert_true (hrp_document_set_string (document, object, pspecs[k]->name, text, &error));
            g_assert_no_error (error);
          }
      }
  }
  g_ptr_array_unref (objects);
  assert_plan_cleaned (plan);
  {
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->file, 2569);

    assert_plan_cleaned (stored);
  }
  texts = assert_database_clean (f->file);
  g_assert_nonnull (strstr (texts, "อบรม " NASTY_CLEAN "\n"));
}

/* A database written before texts were cleaned (schema 3): the
 * migration cleans every text, and the plan is otherwise as it was. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = nasty_plan (2569);
  sqlite3 *db = NULL;

  /* The store keeps what it is given: as an older HR Plan stored it. */
  g_object_unref (hrp_test_store_new (f->file, plan));
  g_assert_cmpint (sqlite3_open_v2 (f->file, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 3;"
                                     "UPDATE activity SET name = name || char (0) || 'x';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->file);
    g_autoptr(HrpPlan) loaded = hrp_test_load_plan (store, 2569);
    HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (loaded), 0);
    HrpActivity *activity = hrp_test_nth (hrp_policy_get_activities (policy), 0);

    /* The NUL that SQLite held went, and what followed it stayed. */
    g_assert_cmpstr (hrp_activity_get_name (activity), ==, "อบรม " NASTY_CLEAN "x");
    hrp_activity_set_name (activity, "อบรม " NASTY_CLEAN);
    assert_plan_cleaned (loaded);
  }
  g_free (assert_database_clean (f->file));
}

/* The exchange format: XML 1.0 lets in C1 controls, DEL, the bidi and
 * invisible characters and a carriage return (&#13;), in every text. */
static void
test_import_xml (Fixture       *f,
                 gconstpointer  data)
{
  /* NASTY without what XML 1.0 cannot hold (ESC, BEL). */
#define XML_NASTY "\xc2\x9b" "2J\x7f&#13;\xe2\x80\xae" "abc\xe2\x80\xac \xef\xbb\xbf" "1\xe2\x80\x8b" "000"
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:hrplan:plan:1\" format-version=\"1\" fiscal-year=\"2569\">\n"
    "  <organization><name>อบต. " XML_NASTY "</name><district>อ. " XML_NASTY "</district>"
    "<province>จ. " XML_NASTY "</province></organization>\n"
    "  <title>แผน " XML_NASTY "</title>\n"
    "  <preamble>บทนำ " XML_NASTY "</preamble>\n"
    "  <vision>วิสัยทัศน์ " XML_NASTY "</vision>\n"
    "  <missions><mission id=\"m1\">พันธกิจ " XML_NASTY "</mission></missions>\n"
    "  <strategies><strategy id=\"s1\" mission=\"m1\"><title>ยุทธศาสตร์ " XML_NASTY "</title>"
    "<goals><item>เป้าหมาย " XML_NASTY "</item></goals>"
    "<objectives><item>เป้าประสงค์ " XML_NASTY "</item></objectives>"
    "<indicators><item>ตัวชี้วัด " XML_NASTY "</item></indicators></strategy></strategies>\n"
    "  <positions><item>จุดยืน " XML_NASTY "</item></positions>\n"
    "  <policies><intro>นโยบาย " XML_NASTY "</intro><policy id=\"p1\" strategy=\"s1\">"
    "<title>ด้าน " XML_NASTY "</title><description>คำอธิบาย " XML_NASTY "</description>"
    "<activities><activity><name>อบรม " XML_NASTY "</name></activity></activities></policy></policies>\n"
    "  <signers><signer><name>ชื่อ " XML_NASTY "</name><position>ตำแหน่ง " XML_NASTY "</position>"
    "<role>บทบาท " XML_NASTY "</role></signer></signers>\n"
    "</plan>\n";
  g_autofree char *path = g_build_filename (f->dir, "other-office.xml", NULL);
  g_autofree char *opt = g_strconcat ("--import=", path, NULL);
  g_autofree char *texts = NULL;
  g_autoptr(GError) error = NULL;
  HrpTestRun r;

  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  r = hrp_test_run_hrplan (f->dir, f->database_option, opt, NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* 19 texts of 7 each (C1, DEL, CR, two bidi, BOM, the zero-width
   * space in the number); the CR of the multi-line texts (preamble,
   * vision, policies' introduction, mission, description) a new line,
   * still counted */
  g_assert_cmpstr (r.err, ==, "Removed 133 control characters\n");
  hrp_test_run_clear (&r);
  texts = assert_database_clean (f->file);
  g_assert_true (hrp_test_has_line (texts, "อบรม 2J abc 1000"));
  g_assert_true (hrp_test_has_line (texts, "แผน 2J abc 1000"));
  g_assert_nonnull (strstr (texts, "บทนำ 2J\nabc 1000\n"));
#undef XML_NASTY
}

/* The text of a plan document, with ESC sequences, BEL, C1 controls and
 * bidi overrides on its lines: none reaches the database, and the report
 * says how many went. */
static void
test_import_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *root = hrp_test_source_root ();
  g_autofree char *source = g_build_filename (root, "tests", "data", "plan-text-2569.txt", NULL);
  g_autofree char *path = g_build_filename (f->dir, "plan.txt", NULL);
  g_autofree char *opt = g_strconcat ("--import-text=", path, NULL);
  g_autofree char *doc_opt = g_strconcat ("--import-document=", path, NULL);
  g_autofree char *text = NULL;
  g_autofree char *texts = NULL;
  g_autoptr(GString) nasty = NULL;
  g_autoptr(GError) error = NULL;
  HrpTestRun r;

  g_assert_true (g_file_get_contents (source, &text, NULL, &error));
  nasty = g_string_new (text);
  g_assert_cmpuint (g_string_replace (nasty, "บ้านเมืองน่าอยู่", "บ้านเมือง\x1b[31mน่า\x1b]0;pwned\x07อยู่", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (nasty, "ด้านการสรรหา", "ด้านการ\xe2\x80\xaeสรรหา\xe2\x80\xac", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (nasty, "สอบคัดเลือก", "สอบ\xc2\x9b" "2Jคัดเลือก\x1b[0m", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (nasty, "ขุดลอกคลอง", "ขุดลอก\x7f\x08คลอง", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, nasty->str, -1, &error));

  r = hrp_test_run_hrplan (f->dir, f->database_option, opt, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "Removed 9 control characters\n"));
  hrp_test_run_clear (&r);
  texts = assert_database_clean (f->file);
  g_assert_nonnull (strstr (texts, "บ้านเมือง[31mน่า]0;pwnedอยู่"));
  g_assert_nonnull (strstr (texts, "ด้านการสรรหา"));
  g_assert_nonnull (strstr (texts, "สอบ2Jคัดเลือก[0m"));
  g_assert_nonnull (strstr (texts, "ขุดลอกคลอง"));
  g_free (g_steal_pointer (&texts));

  /* --import-document, which tells the text by its content: the same */
  r = hrp_test_run_hrplan (f->dir, f->database_option, doc_opt, "--replace", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "Removed 9 control characters\n"));
  hrp_test_run_clear (&r);
  g_free (assert_database_clean (f->file));
}


/* The exchange format written from a plan built in memory, which no
 * import or document cleaned: still well-formed XML of the schema (the
 * C0 controls XML cannot carry are left out, a carriage return is a
 * reference), read back to the same texts once sanitized as an import
 * sanitizes them. */
static void
test_xml_export (void)
{
  g_autoptr(HrpPlan) plan = nasty_plan (2569);
  g_autoptr(GBytes) bytes = hrp_xml_export (plan, NULL);
  g_autoptr(HrpPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  const guchar *data = g_bytes_get_data (bytes, &n);

  for (gsize i = 0; i < n; i++)
    if (data[i] < 0x20 && data[i] != '\t' && data[i] != '\n')
      g_error ("the export holds byte 0x%02x at %" G_GSIZE_FORMAT, data[i], i);
  g_assert_nonnull (g_strstr_len ((const char *) data, n, "บทนำ&#13;\n"));
  back = hrp_xml_import (bytes, "export.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  /* What XML can carry came through: the DEL, the C1 control, the bidi
   * controls, the BOM, the zero-width space; and goes now. */
  g_assert_cmpuint (hrp_plan_sanitize (back), ==, 19 * (NASTY_REMOVED - 3) + 1);
  assert_plan_cleaned (back);
}

/* }}} */

/* What the command line prints {{{ */

/* Whether text holds a byte below 0x20 other than tab and new line, or
 * DEL, or a C1 control. */
static void
assert_printable (const char *what,
                  const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7f
        || (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f))
      g_error ("%s prints byte 0x%02x: “%s”", what, *p, text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* A plan stored as an older HR Plan stored it, its texts full of what a
 * terminal interprets: --list and --check print none of it. */
static void
test_cli_prints (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = nasty_plan (2569);
  g_autofree char *bad_name = g_build_filename (f->dir, "plan\x1b]0;x\x07.xml", NULL);
  g_autofree char *bad_opt = g_strconcat ("--import=", bad_name, NULL);
  HrpTestRun r;

  /* Also a title with a tab and a new line, which would break the lines
   * of --list. */
  hrp_plan_set_title (plan, "แผน\t\n" NASTY "\x9b");
  g_object_unref (hrp_test_store_new (f->file, plan));

  r = hrp_test_run_hrplan (f->dir, f->database_option, "--list", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_printable ("--list", r.out);
  g_assert_cmpstr (r.out, ==,
                   "2569\tแผน\\x09\\x0a\\x1b[31m\\x1b]0;title\\x07 \\u009b2J\\x7f \\u202eabc\\u202c "
                   "\\u2066x\\u2069 \\ufeff1\\u200b000\xef\xbf\xbd\n");
  hrp_test_run_clear (&r);

  r = hrp_test_run_hrplan (f->dir, f->database_option, "--check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_printable ("--check", r.out);
  assert_printable ("--check", r.err);
  /* Its lines name places, not texts, today; printed as the rest if
   * they ever quote one. */
  g_assert_true (hrp_test_has_line (r.out, "Policy 1: not linked to a strategy"));
  hrp_test_run_clear (&r);

  /* A message naming a file */
  r = hrp_test_run_hrplan (f->dir, f->database_option, bad_opt, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_printable ("a message naming a file", r.err);
  g_assert_nonnull (strstr (r.err, "plan\\x1b]0;x\\x07.xml"));
  hrp_test_run_clear (&r);

  /* An unknown option, quoted in the message */
  r = hrp_test_run_hrplan (f->dir, "--\x1b[2J", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_printable ("an unknown option", r.err);
  g_assert_nonnull (strstr (r.err, "--\\x1b[2J"));
  hrp_test_run_clear (&r);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) hrp_test_database_add (name, NULL, func)

  g_test_add_func ("/harmless/csv/cells", test_csv_cells);
  ADD ("/harmless/csv/cli", test_csv_cli);
  g_test_add_func ("/harmless/sanitize/rules", test_sanitize_rules);
  g_test_add_func ("/harmless/sanitize/plan", test_sanitize_plan);
  ADD ("/harmless/document/set", test_document_set);
  ADD ("/harmless/store/migration", test_migration);
  ADD ("/harmless/import/xml", test_import_xml);
  ADD ("/harmless/import/text", test_import_text);
  g_test_add_func ("/harmless/xml/export", test_xml_export);
  ADD ("/harmless/cli/prints", test_cli_prints);

  return g_test_run ();
}
