/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-harmless.c — text that arrives from elsewhere stays harmless: no
 * live formula in the CSV export (read back by LibreOffice Calc where it
 * is installed), no control character stored, and none printed */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "hrp-model.h"
#include "hrp-report.h"
#include "hrp-test-util.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  char          *db_opt;   /* --database=… */
} Fixture;

typedef struct {
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "harmless", "plans.db");
  f->db_opt = g_strconcat ("--database=", f->folder.file, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_folder_clear (&f->folder);
  g_free (f->db_opt);
}

/* Runs hrplan with the arguments (NULL-terminated). */
static Result
run (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_build_filename (f->folder.dir, "data-home", NULL);
  Result r = { 0 };
  va_list args;

  g_ptr_array_add (argv, g_strdup (g_getenv ("HRPLAN_EXE")));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  /* Not as UTF-8: the output's bytes are what is checked. */
  {
    g_autoptr(GBytes) out = NULL;
    g_autoptr(GBytes) err = NULL;

    g_subprocess_communicate (proc, NULL, NULL, &out, &err, &error);
    g_assert_no_error (error);
    /* g_bytes_get_data () of no bytes may be NULL */
    r.out = g_strndup (g_bytes_get_size (out) > 0 ? g_bytes_get_data (out, NULL) : "",
                       g_bytes_get_size (out));
    r.err = g_strndup (g_bytes_get_size (err) > 0 ? g_bytes_get_data (err, NULL) : "",
                       g_bytes_get_size (err));
  }
  r.status = g_subprocess_get_exit_status (proc);
  return r;
}

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
  g_autofree char *xml_path = g_build_filename (f->folder.dir, "other-office.xml", NULL);
  g_autofree char *csv_path = g_build_filename (f->folder.dir, "table.csv", NULL);
  g_autofree char *import_opt = g_strconcat ("--import=", xml_path, NULL);
  g_autofree char *csv_opt = g_strconcat ("--export-csv=", csv_path, NULL);
  g_autofree char *xml = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *soffice = NULL;
  const char *why = NULL;
  guint n_rows;
  Result r;

  xml = formula_xml ();
  g_assert_true (g_file_set_contents (xml_path, xml, -1, &error));
  r = run (f, f->db_opt, import_opt, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  r = run (f, f->db_opt, csv_opt, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

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
    g_autofree char *calc_in = g_build_filename (f->folder.dir, "calc.csv", NULL);
    g_autofree char *out_dir = g_build_filename (f->folder.dir, "calc", NULL);
    g_autofree char *calc_out = g_build_filename (out_dir, "calc.csv", NULL);
    g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo", f->folder.dir);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/harmless/csv/cells", test_csv_cells);
  ADD ("/harmless/csv/cli", test_csv_cli);

  return g_test_run ();
}
