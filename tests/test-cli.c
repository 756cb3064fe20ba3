/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c — the hrplan command line (spec/cli.md), run as a program on
 * real files */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#ifdef G_OS_UNIX
# include <unistd.h>
#endif

#include "hrp-library.h"
#include "hrp-file.h"
#include "hrp-model.h"
#include "hrp-store.h"
#include "hrp-test-util.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  char *db_opt;   /* --database=db */
  char *sample;
  char *exe;            /* hrplan as the unprivileged user runs it */
  char *lsan_options;   /* and its LSAN_OPTIONS, or NULL */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "cli", "plans.db");
  f->db_opt = g_strconcat ("--database=", f->folder.file, NULL);
  f->sample = hrp_test_sample_path ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_folder_clear (&f->folder);
  g_free (f->db_opt);
  g_free (f->sample);
  g_free (f->exe);
  g_free (f->lsan_options);
}

/* Runs argv (NULL-terminated), stdin from input; language, when not
 * NULL, is the LANGUAGE of its messages; unprivileged, with the
 * unprivileged user's LSAN_OPTIONS. */
static HrpTestRun
spawn (Fixture    *f,
       const char *input,
       const char *language,
       gboolean    unprivileged,
       GPtrArray  *argv)
{
  g_autoptr(GBytes) bytes = input != NULL ? g_bytes_new (input, strlen (input)) : NULL;

  return hrp_test_run (f->folder.dir, bytes, language, unprivileged ? f->lsan_options : NULL,
                       (const char * const *) argv->pdata);
}

#ifdef G_OS_UNIX
#define NOBODY "65534" /* the user hrplan runs as when the tests run as root */
#endif

/* Runs hrplan with the arguments (NULL-terminated), stdin from input;
 * language as for spawn ().  When unprivileged, as a user whom the
 * permissions of the test's files bind (see setup_unprivileged ()). */
static HrpTestRun
run_full (Fixture    *f,
          const char *input,
          const char *language,
          gboolean    unprivileged,
          const char *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  const char *arg;
  va_list args;

#ifdef G_OS_UNIX
  if (unprivileged && geteuid () == 0)
    {
      g_ptr_array_add (argv, g_find_program_in_path ("setpriv"));
      g_ptr_array_add (argv, g_strdup ("--reuid=" NOBODY));
      g_ptr_array_add (argv, g_strdup ("--regid=" NOBODY));
      g_ptr_array_add (argv, g_strdup ("--clear-groups"));
      g_ptr_array_add (argv, g_strdup ("--"));
    }
#endif
  g_ptr_array_add (argv, g_strdup (unprivileged && f->exe != NULL ? f->exe : g_getenv ("HRPLAN_EXE")));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);
  return spawn (f, input, language, unprivileged, argv);
}

/* hrplan with the arguments (NULL-terminated): stdin from input; in the
 * language given (LANGUAGE=language, C.UTF-8); as a user whom the
 * permissions of the test's files bind.  run () adds the NULL itself. */
#define run_input(f, input, ...) run_full (f, input, NULL, FALSE, __VA_ARGS__)
#define run_in(f, language, ...) run_full (f, NULL, language, FALSE, __VA_ARGS__)
#define run_unprivileged(f, ...) run_full (f, NULL, NULL, TRUE, __VA_ARGS__)
#define run(f, ...) run_full (f, NULL, NULL, FALSE, __VA_ARGS__, NULL)

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* The failure contract: exit 1, one message line on stderr, nothing on stdout. */
static void
assert_failed (HrpTestRun     *r,
               const char *needle)
{
  if (r->status != 1)
    g_test_message ("stdout: %s\nstderr: %s", r->out, r->err);
  g_assert_cmpint (r->status, ==, 1);
  g_assert_cmpstr (r->out, ==, "");
  g_assert_cmpuint (count_lines (r->err), ==, 1);
  g_assert_true (g_str_has_prefix (r->err, "hrplan: "));
  if (needle != NULL && strstr (r->err, needle) == NULL)
    g_error ("“%s” not in: %s", needle, r->err);
}

static void
assert_ok_and_clear (HrpTestRun r)
{
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);
}

static void
assert_failed_and_clear (HrpTestRun      r,
                         const char *needle)
{
  assert_failed (&r, needle);
  hrp_test_run_clear (&r);
}

/* Runs hrplan with the arguments: it succeeds; it fails as
 * assert_failed () checks, with needle in its message. */
#define run_ok(f, ...) assert_ok_and_clear (run (f, __VA_ARGS__))
#define run_fails(f, needle, ...) assert_failed_and_clear (run (f, __VA_ARGS__), needle)

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  HrpTestRun r = run (f, "--version");

  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "hrplan " PACKAGE_VERSION "\n");
  hrp_test_run_clear (&r);
}

static void
test_import_list_export (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *out_path = g_build_filename (f->folder.dir, "out.xml", NULL);
  g_autofree char *export_opt = g_strconcat ("--export-xml=", out_path, NULL);
  g_autofree char *file_contents = NULL;
  HrpTestRun r;

  /* Listing does not create the database; importing does. */
  run_fails (f, "There is no HR Plan database at", f->db_opt, "--list");
  g_assert_false (g_file_test (f->folder.file, G_FILE_TEST_EXISTS));

  r = run (f, f->db_opt, import_opt);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "2568"));
  g_assert_nonnull (strstr (r.out, "10"));
  hrp_test_run_clear (&r);

  r = run (f, f->db_opt, "--list");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "2568\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568\n");
  hrp_test_run_clear (&r);

  r = run (f, f->db_opt, export_opt);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, out_path));
  hrp_test_run_clear (&r);
  g_assert_true (g_file_get_contents (out_path, &file_contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (file_contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan xmlns=\"urn:hrplan:plan:1\""));

  /* "-" is standard output, the same bytes, and nothing else on it. */
  r = run (f, f->db_opt, "--export-xml=-", "--year=2568");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, file_contents);
  hrp_test_run_clear (&r);
}

static void
test_import_existing_year (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HrpTestRun r;

  run_ok (f, f->db_opt, import_opt);

  before = hrp_test_file_checksum (f->folder.file);
  r = run (f, f->db_opt, import_opt);
  assert_failed (&r, "--replace");
  g_assert_nonnull (strstr (r.err, "2568"));
  hrp_test_run_clear (&r);
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (before, ==, after);

  run_ok (f, f->db_opt, import_opt, "--replace");

  r = run (f, f->db_opt, "--list");
  g_assert_cmpuint (count_lines (r.out), ==, 1);
  hrp_test_run_clear (&r);
}

static void
test_import_as_year (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HrpTestRun r;

  r = run (f, f->db_opt, import_opt);
  hrp_test_run_clear (&r);
  run_ok (f, f->db_opt, import_opt, "--as-year=2569");

  r = run (f, f->db_opt, "--list");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "2569\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569\n"
                   "2568\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568\n");
  hrp_test_run_clear (&r);

  /* A Christian Era year is refused, naming the Buddhist Era one. */
  before = hrp_test_file_checksum (f->folder.file);
  run_fails (f, "2568", f->db_opt, import_opt, "--as-year=2025");
  run_fails (f, "3000", f->db_opt, import_opt, "--as-year=3000");
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import_stdin_and_round_trip (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *db2 = g_build_filename (f->folder.dir, "second.db", NULL);
  g_autofree char *db2_opt = g_strconcat ("--database=", db2, NULL);
  g_autofree char *sample = NULL;
  HrpTestRun r, first, second;

  g_assert_true (g_file_get_contents (f->sample, &sample, NULL, NULL));

  r = run_input (f, sample, f->db_opt, "--import=-", NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);

  first = run (f, f->db_opt, "--export-xml=-");
  g_assert_cmpint (first.status, ==, 0);

  r = run_input (f, first.out, db2_opt, "--import=-", NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);
  second = run (f, db2_opt, "--export-xml=-");
  g_assert_cmpint (second.status, ==, 0);

  /* export → import → export is byte-identical */
  g_assert_cmpstr (first.out, ==, second.out);
  hrp_test_run_clear (&first);
  hrp_test_run_clear (&second);
}

static void
test_bad_input_changes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *bad = g_build_filename (f->folder.dir, "bad.xml", NULL);
  g_autofree char *bad_opt = g_strconcat ("--import=", bad, NULL);
  g_autofree char *missing_opt = g_strconcat ("--import=", f->folder.dir, "/none.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HrpTestRun r;

  r = run (f, f->db_opt, import_opt);
  hrp_test_run_clear (&r);
  before = hrp_test_file_checksum (f->folder.file);

  g_assert_true (g_file_set_contents (bad,
                                      "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:hrplan:plan:1\" "
                                      "format-version=\"1\" fiscal-year=\"2570\">\n<organization>\n",
                                      -1, NULL));
  run_fails (f, "bad.xml", f->db_opt, bad_opt);
  run_fails (f, "none.xml", f->db_opt, missing_opt);

  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (before, ==, after);

  r = run (f, f->db_opt, "--list");
  g_assert_cmpuint (count_lines (r.out), ==, 1);
  hrp_test_run_clear (&r);
}

static gboolean
has_thai (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E01 && c <= 0x0E5B)
        return TRUE;
    }
  return FALSE;
}

/* With LANGUAGE=th the one-line error is Thai; the rest of the failure
 * contract holds. */
static void
test_errors_in_thai (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->folder.dir, "bad.xml", NULL);
  g_autofree char *bad_opt = g_strconcat ("--import=", bad, NULL);
  HrpTestRun r;

  g_assert_true (g_file_set_contents (bad,
                                      "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:hrplan:plan:1\" "
                                      "format-version=\"1\" fiscal-year=\"2570\">\n<organization>\n",
                                      -1, NULL));
  r = run_in (f, "th", f->db_opt, bad_opt, NULL);
  assert_failed (&r, "bad.xml");
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  g_assert_true (g_utf8_validate (r.err, -1, NULL));
  hrp_test_run_clear (&r);

  /* A usage error too. */
  r = run_in (f, "th", f->db_opt, "--replace", NULL);
  assert_failed (&r, "--replace");
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  hrp_test_run_clear (&r);

  /* And without LANGUAGE, English. */
  r = run (f, f->db_opt, bad_opt);
  assert_failed (&r, "bad.xml");
  g_assert_false (has_thai (r.err));
  hrp_test_run_clear (&r);
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  run_fails (f, "--import", f->db_opt, "--as-year=2569");
  run_fails (f, "--import", f->db_opt, "--replace");
  run_fails (f, "--export-xml", f->db_opt, "--year=2568");
  run_fails (f, "--no-such-option", f->db_opt, "--no-such-option");

  /* Exporting from an empty database, or a year it does not hold */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HrpStore) store = hrp_store_open (f->folder.file, &error);

    g_assert_no_error (error);
  }
  run_fails (f, NULL, f->db_opt, "--export-xml=-");
  run_fails (f, "2570", f->db_opt, "--export-xml=-", "--year=2570");
}

static void
test_not_our_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->folder.file, "รายชื่อพนักงาน\nnot a database\n", -1, NULL));
  before = hrp_test_file_checksum (f->folder.file);
  run_fails (f, "plans.db", f->db_opt, "--list");
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (before, ==, after);
}

/* The default database: reading it before it exists is an error naming
 * it, and creates nothing; an import creates it, without the sample plan
 * (which the window's first start adds), so last year's plan of the same
 * year goes in on a new machine. */
static void
test_default_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *default_db = g_build_filename (f->folder.dir, "data-home", "hrplan", "hrplan.db", NULL);
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *other = g_build_filename (f->folder.dir, "other.db", NULL);
  HrpTestRun r;

  r = run (f, "--list");
  assert_failed (&r, "There is no HR Plan database at");
  g_assert_nonnull (strstr (r.err, default_db));
  hrp_test_run_clear (&r);
  run_fails (f, default_db, "--export-xml=-");
  g_assert_false (g_file_test (default_db, G_FILE_TEST_EXISTS));

  run_ok (f, import_opt);
  r = run (f, "--list");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "2568\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568\n");
  hrp_test_run_clear (&r);

  /* The window's opening: a database it creates gets the sample; once, so
   * that a user who deleted it keeps it deleted. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HrpLibrary) library = hrp_library_open (other, TRUE, &error);
      GListModel *plans;

      g_assert_no_error (error);
      plans = hrp_library_get_plans (library);
      g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 1 - i);
      if (i == 0)
        {
          g_assert_cmpint (hrp_library_newest_year (library), ==, 2568);
          g_assert_true (hrp_library_delete (library, 2568, &error));
          g_assert_no_error (error);
        }
    }
}

static void
test_export_pdf_and_csv (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *pdf = g_build_filename (f->folder.dir, "plan.pdf", NULL);
  g_autofree char *table = g_build_filename (f->folder.dir, "table.pdf", NULL);
  g_autofree char *csv = g_build_filename (f->folder.dir, "table.csv", NULL);
  g_autofree char *pdf_opt = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *table_opt = g_strconcat ("--export-pdf=", table, NULL);
  g_autofree char *csv_opt = g_strconcat ("--export-csv=", csv, NULL);
  g_autofree char *whole = NULL;
  g_autofree char *only = NULL;
  g_autofree char *rows = NULL;
  gsize whole_size = 0, only_size = 0;
  HrpTestRun r;

  run_ok (f, f->db_opt, import_opt);

  r = run (f, f->db_opt, pdf_opt, "--year=2568");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, pdf));
  g_assert_nonnull (strstr (r.out, "pages"));
  hrp_test_run_clear (&r);
  g_assert_true (g_file_get_contents (pdf, &whole, &whole_size, NULL));
  g_assert_true (g_str_has_prefix (whole, "%PDF-"));

  run_ok (f, f->db_opt, table_opt, "--table-only", "--thai-digits");
  g_assert_true (g_file_get_contents (table, &only, &only_size, NULL));
  g_assert_true (g_str_has_prefix (only, "%PDF-"));
  g_assert_cmpuint (only_size, <, whole_size);

  /* The table's pages: landscape A4 by default, portrait when asked;
   * the plan's first page upright either way. */
  {
    g_autofree char *info = hrp_test_pdf_page_info (table, 1);

    g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
    g_free (info);
    info = hrp_test_pdf_page_info (pdf, 1);
    g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
    g_free (info);
    run_ok (f, f->db_opt, table_opt, "--table-only", "--table-orientation=portrait");
    info = hrp_test_pdf_page_info (table, 1);
    g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
    g_free (info);
    run_ok (f, f->db_opt, table_opt, "--table-only", "--table-orientation", "landscape");
    info = hrp_test_pdf_page_info (table, 1);
    g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  }
  r = run (f, f->db_opt, table_opt, "--table-orientation=sideways");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "“sideways”"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  hrp_test_run_clear (&r);
  r = run (f, f->db_opt, csv_opt, "--table-orientation=portrait");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--export-pdf"));
  hrp_test_run_clear (&r);

  run_ok (f, f->db_opt, csv_opt);
  g_assert_true (g_file_get_contents (csv, &rows, NULL, NULL));
  g_assert_true (g_str_has_prefix (rows, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (rows, "200000.00"));

  /* Options that need --export-pdf, and a year with no plan: one
   * message, exit 1, no file. */
  r = run (f, f->db_opt, "--thai-digits");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--export-pdf"));
  hrp_test_run_clear (&r);
  r = run (f, f->db_opt, "--table-only", csv_opt);
  g_assert_cmpint (r.status, ==, 1);
  hrp_test_run_clear (&r);
  g_remove (pdf);
  r = run (f, f->db_opt, pdf_opt, "--year=2570");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  hrp_test_run_clear (&r);
}

/* --replace copies the database before it replaces a plan. */
static void
test_replace_makes_backup (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint backups = 0;

  run_ok (f, f->db_opt, import_opt);
  run_ok (f, f->db_opt, import_opt, "--replace");

  dir = g_dir_open (f->folder.dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "plans.db.backup-") && g_str_has_suffix (name, ".db"))
      backups++;
  g_assert_cmpuint (backups, ==, 1);
}

/* --import-text: a plan from the text of a plan document, its Thai
 * repaired; a text without a plan changes nothing. */
static const char plan_text[] =
  "องค์การบริหารส่วนต าบลทดสอบ อ าเภอเมือง จังหวัดขอนแก่น\n"
  "แผนการบริหารและการพัฒนาทรพัยากรบุคคล ประจ าปีงบประมาณ พ.ศ. ๒๕๗๐\n"
  "วิสัยทัศน์\n"
  "   ชุมชนน่าอยู่ เพ่ือประชาชน\n"
  "พันธกิจ\n"
  "1. พัฒนาคุณภาพชีวิต\n"
  "ยุทธศาสตร์ที่ ๑ การพัฒนาด้านการบริหาร\n"
  "เป้าหมาย\n"
  "- พัฒนาบุคลากร\n"
  "1. ด้านการพัฒนาทรัพยากรบุคคล\n"
  "   ส่งเสริมการเรียนรู้\n"
  "แผนการด าเนินงาน\n"
  "1. การพัฒนาทรัพยากรบุคคล - โครงการฝึกอบรม 15,000\n";

static void
test_import_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->folder.dir, "plan.txt", NULL);
  g_autofree char *import_opt = g_strconcat ("--import-text=", path, NULL);
  g_autofree char *prose = g_build_filename (f->folder.dir, "letter.txt", NULL);
  g_autofree char *prose_opt = g_strconcat ("--import-text=", prose, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HrpTestRun r;

  g_assert_true (g_file_set_contents (path, plan_text, -1, NULL));
  r = run (f, f->db_opt, import_opt);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_nonnull (strstr (r.out, "2570"));
  hrp_test_run_clear (&r);
  /* the summary line of --import */
  r = run (f, f->db_opt, import_opt, "--as-year=2571");
  if (r.status != 0)
    g_test_message ("stderr: %s", r.err);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Imported the plan for fiscal year 2571 (1 missions, "
                                          "1 strategies, 1 HR policies, 1 activities) into "));
  hrp_test_run_clear (&r);

  r = run (f, f->db_opt, "--list");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "2571\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๗๑\n"
                   "2570\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๗๐\n");
  hrp_test_run_clear (&r);

  /* Standard input, and the same year again without --replace */
  r = run_input (f, plan_text, f->db_opt, "--import-text=-", NULL);
  assert_failed (&r, "--replace");
  hrp_test_run_clear (&r);
  r = run_input (f, plan_text, f->db_opt, "--import-text=-", "--replace", NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);

  /* A text without a plan, a file that is not UTF-8, and --import with
   * --import-text: one message, nothing changed */
  before = hrp_test_file_checksum (f->folder.file);
  g_assert_true (g_file_set_contents (prose, "Dear colleagues,\nthe meeting is on Monday.\n", -1, NULL));
  run_fails (f, "letter.txt", f->db_opt, prose_opt);
  g_assert_true (g_file_set_contents (prose, "\xa1\xa2\xa3 TIS-620\n", -1, NULL));
  run_fails (f, "UTF-8", f->db_opt, prose_opt);
  run_fails (f, "--import-text", f->db_opt, import_opt, "--import=-");
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (before, ==, after);

  r = run (f, f->db_opt, "--list");
  g_assert_cmpuint (count_lines (r.out), ==, 2);
  hrp_test_run_clear (&r);
}

/* kill -9 at random moments of an import, many times: the database is
 * always whole, holding one plan completely (the old one or the new
 * one) and never a mix.  Two files alternate: 50 policies of 100 or of
 * 80 activities. */
static char *
write_big_plan (Fixture *f,
                guint    n_activities)
{
  g_autofree char *name = g_strdup_printf ("big-%u.xml", n_activities);
  char *path = g_build_filename (f->folder.dir, name, NULL);

  hrp_test_write_big_plan (path, 50, n_activities);
  return path;
}

static void
test_killed_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *data_home = g_build_filename (f->folder.dir, "data-home", NULL);
  char *files[2] = { write_big_plan (f, 100), write_big_plan (f, 80) };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2571);
  guint counts[3] = { 0, 0, 0 };   /* no plan, 100s, 80s */
  gint64 start, duration;
  HrpTestRun r;

  /* A database with a plan already; how long an import takes here. */
  {
    g_autofree char *sample_opt = g_strconcat ("--import=", f->sample, NULL);
    g_autofree char *import_opt = g_strconcat ("--import=", files[0], NULL);

    run_ok (f, f->db_opt, sample_opt);
    start = g_get_monotonic_time ();
    r = run (f, f->db_opt, import_opt);
    duration = g_get_monotonic_time () - start;
    g_assert_cmpint (r.status, ==, 0);
    hrp_test_run_clear (&r);
  }

  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                           G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_autofree char *import_opt = g_strconcat ("--import=", files[i % 2 == 0 ? 1 : 0], NULL);
      g_autoptr(GSubprocess) proc = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(HrpStore) store = NULL;
      g_autoptr(HrpPlan) plan = NULL;
      gboolean has = FALSE;
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;
      guint first = 0;

      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
      proc = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("HRPLAN_EXE"),
                                          f->db_opt, import_opt, "--replace", NULL);
      g_assert_no_error (error);
      /* Somewhere within the time an import takes. */
      g_usleep (g_rand_int_range (rand, 0, MAX (duration, 1000)));
      g_subprocess_force_exit (proc);
      g_subprocess_wait (proc, NULL, NULL);

      /* SQLite's own check (opened for writing: a transaction cut off
       * is rolled back on opening, as the program's next start does),
       * then ours: all or nothing. */
      g_assert_cmpint (sqlite3_open_v2 (f->folder.file, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
      sqlite3_finalize (stmt);
      sqlite3_close (db);

      store = hrp_store_open (f->folder.file, &error);
      g_assert_no_error (error);
      g_assert_true (hrp_store_has_plan (store, 2568, &has, &error));
      g_assert_true (has);
      g_assert_true (hrp_store_has_plan (store, 2571, &has, &error));
      if (!has)
        {
          counts[0]++;
          continue;
        }
      plan = hrp_store_load_plan (store, 2571, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_policies (plan))), ==, 50);
      for (guint p = 0; p < 50; p++)
        {
          g_autoptr(HrpPolicy) policy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (plan)), p);
          guint n = g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (policy)));

          if (p == 0)
            first = n;
          g_assert_cmpuint (n, ==, first);   /* never a mix */
        }
      g_assert_true (first == 100 || first == 80);
      counts[first == 100 ? 1 : 2]++;
    }
  g_test_message ("killed imports: %u no plan, %u of the 100-activity file, %u of the 80",
                  counts[0], counts[1], counts[2]);
  /* Some imports were cut off (the old plan stayed), some finished. */
  g_assert_cmpuint (counts[0], ==, 0);
  g_assert_cmpuint (counts[1] + counts[2], ==, 30);
  g_free (files[0]);
  g_free (files[1]);
}

/* A full disk (a file size limit, as `ulimit -f` sets it) while a big plan
 * is imported: one clear message, exit 1, the database as it was. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *big = write_big_plan (f, 100);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  g_autofree char *sample_opt = g_strconcat ("--import=", f->sample, NULL);
  int status = 0;

#ifndef G_OS_UNIX
  g_test_skip ("ulimit is a Unix shell's");
  return;
#endif
  run_ok (f, f->db_opt, sample_opt);
  before = hrp_test_file_checksum (f->folder.file);

  /* SIGXFSZ ignored, so that writing past the limit fails (EFBIG) as it
   * does on a full disk, instead of killing the program. */
  command = g_strdup_printf ("trap '' XFSZ; ulimit -f 300; exec '%s' '%s' '--import=%s' --as-year=2570",
                             g_getenv ("HRPLAN_EXE"), f->db_opt, big);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "/bin/sh", (char *) "-c", command, NULL },
                               NULL, 0, NULL, NULL, NULL, &err, &status, NULL));
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_assert_nonnull (strstr (err, "plans.db"));
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (before, ==, after);
}

/* Read-only databases (a plan on a read-only share or disc, a file the
 * user may not change): the actions that only read work, those that
 * write fail with one message, and the file and its folder stay as they
 * were.  Permissions mean nothing to root, as whom the tests run in CI:
 * hrplan then runs as nobody. */
#ifdef G_OS_UNIX

/* Copies the file at path into folder, readable by all; the copy's path. */
static char *
copy_for_all (const char *path,
              const char *folder,
              int         mode)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (path);
  char *copy = g_build_filename (folder, name, NULL);
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_assert_cmpint (g_chmod (copy, mode), ==, 0);
  return copy;
}

/* Makes the test's folder reachable by the unprivileged user, with a
 * copy of the sample plan and a folder for the exports that it may
 * write.  The build tree may be in a folder that user cannot enter (a
 * clone in a private folder): hrplan, which needs nothing of the build
 * tree, is copied beside them, and so are LeakSanitizer's suppressions.
 * FALSE (test skipped) only where no user can be switched to. */
static gboolean
setup_unprivileged (Fixture *f)
{
  g_autofree char *copy = NULL;
  g_autofree char *out = g_build_filename (f->folder.dir, "out", NULL);
  g_autofree char *bin = g_build_filename (f->folder.dir, "bin", NULL);
  const char *options = g_getenv ("LSAN_OPTIONS");
  const char *suppressions;
  HrpTestRun r;

  if (geteuid () == 0)
    {
      g_autofree char *setpriv = g_find_program_in_path ("setpriv");

      if (setpriv == NULL)
        {
          g_test_skip ("running as root, and no setpriv (util-linux) to run hrplan as nobody");
          return FALSE;
        }
    }

  g_assert_cmpint (g_chmod (f->folder.dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (bin, 0755), ==, 0);
  g_assert_cmpint (g_chmod (bin, 0755), ==, 0);
  f->exe = copy_for_all (g_getenv ("HRPLAN_EXE"), bin, 0755);
  if (options != NULL && (suppressions = strstr (options, "suppressions=")) != NULL)
    {
      g_autofree char *path = g_strndup (suppressions + strlen ("suppressions="),
                                         strcspn (suppressions + strlen ("suppressions="), ":"));
      g_autofree char *supp = copy_for_all (path, bin, 0644);
      g_autofree char *before = g_strndup (options, suppressions - options);
      const char *after = suppressions + strlen ("suppressions=") + strlen (path);

      f->lsan_options = g_strconcat (before, "suppressions=", supp, after, NULL);
    }

  copy = copy_for_all (f->sample, f->folder.dir, 0644);
  g_free (f->sample);
  f->sample = g_steal_pointer (&copy);
  g_assert_cmpint (g_mkdir (out, 0777), ==, 0);
  g_assert_cmpint (g_chmod (out, 0777), ==, 0);

  r = run_unprivileged (f, "--version", NULL);
  if (r.status != 0)
    g_error ("hrplan cannot be run as the unprivileged user: %s", r.err);
  hrp_test_run_clear (&r);
  return TRUE;
}

/* The names in the database's folder, one a line: no journal or backup
 * copy may appear beside it. */
static char *
folder_names (const char *db)
{
  g_autofree char *dir = g_path_get_dirname (db);

  return hrp_test_folder_names (dir);
}

/* Lists and exports the plan in db as the unprivileged user, then tries
 * to change it: one message, exit 1, the file's bytes and its folder as
 * they were. */
static void
assert_reads_but_never_writes (Fixture    *f,
                               const char *db)
{
  g_autofree char *db_opt = g_strconcat ("--database=", db, NULL);
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *text = g_build_filename (f->folder.dir, "plan.txt", NULL);
  g_autofree char *text_opt = g_strconcat ("--import-text=", text, NULL);
  g_autofree char *xml = g_build_filename (f->folder.dir, "out", "plan.xml", NULL);
  g_autofree char *xml_opt = g_strconcat ("--export-xml=", xml, NULL);
  g_autofree char *csv = g_build_filename (f->folder.dir, "out", "table.csv", NULL);
  g_autofree char *csv_opt = g_strconcat ("--export-csv=", csv, NULL);
  g_autofree char *pdf = g_build_filename (f->folder.dir, "out", "plan.pdf", NULL);
  g_autofree char *pdf_opt = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *before = NULL;
  g_autofree char *names_before = NULL;
  g_autofree char *contents = NULL;
  const char * const * const writes[] = {
    (const char *[]) { import_opt, "--as-year=2569", NULL },
    (const char *[]) { import_opt, "--replace", NULL },
    (const char *[]) { text_opt, NULL },
  };
  HrpTestRun r;

  g_assert_true (g_file_set_contents (text, plan_text, -1, NULL));
  g_assert_cmpint (g_chmod (text, 0644), ==, 0);
  before = hrp_test_file_checksum (db);
  names_before = folder_names (db);

  r = run_unprivileged (f, db_opt, "--list", NULL);
  if (r.status != 0)
    g_test_message ("stderr: %s", r.err);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpstr (r.out, ==,
                   "2568\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568\n");
  hrp_test_run_clear (&r);

  r = run_unprivileged (f, db_opt, xml_opt, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, xml));
  hrp_test_run_clear (&r);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                             "<plan xmlns=\"urn:hrplan:plan:1\""));
  g_assert_nonnull (strstr (contents, "fiscal-year=\"2568\""));
  g_clear_pointer (&contents, g_free);

  r = run_unprivileged (f, db_opt, csv_opt, "--year=2568", NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "200000.00"));
  g_clear_pointer (&contents, g_free);

  r = run_unprivileged (f, db_opt, pdf_opt, "--table-only", NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  for (guint i = 0; i < G_N_ELEMENTS (writes); i++)
    {
      g_autofree char *after = NULL;
      g_autofree char *names_after = NULL;

      r = run_unprivileged (f, db_opt, writes[i][0], writes[i][1], NULL);
      assert_failed (&r, "cannot be changed: the file or its folder is read-only");
      g_assert_nonnull (strstr (r.err, db));
      hrp_test_run_clear (&r);

      after = hrp_test_file_checksum (db);
      g_assert_cmpstr (after, ==, before);
      names_after = folder_names (db);
      g_assert_cmpstr (names_after, ==, names_before);
    }

  {
    g_autofree char *after = hrp_test_file_checksum (db);
    g_autofree char *names_after = folder_names (db);

    g_assert_cmpstr (after, ==, before);
    g_assert_cmpstr (names_after, ==, names_before);
  }
}
#endif

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
#ifdef G_OS_UNIX
  g_autofree char *import_opt = NULL;

  if (!setup_unprivileged (f))
    return;
  import_opt = g_strconcat ("--import=", f->sample, NULL);
  run_ok (f, f->db_opt, import_opt);
  /* The file alone: its folder may be written (a journal, a copy). */
  g_assert_cmpint (g_chmod (f->folder.file, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->folder.dir, 0777), ==, 0);

  assert_reads_but_never_writes (f, f->folder.file);
#else
  g_test_skip ("file permissions are POSIX ones");
#endif
}

/* A file that could be written, in a folder that cannot: SQLite could
 * not make its journal there. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
#ifdef G_OS_UNIX
  g_autofree char *folder = g_build_filename (f->folder.dir, "shared", NULL);
  g_autofree char *db = g_build_filename (folder, "plans.db", NULL);
  g_autofree char *db_opt = g_strconcat ("--database=", db, NULL);
  g_autofree char *import_opt = NULL;

  if (!setup_unprivileged (f))
    return;
  import_opt = g_strconcat ("--import=", f->sample, NULL);
  run_ok (f, db_opt, import_opt);
  g_assert_cmpint (g_chmod (db, 0666), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  assert_reads_but_never_writes (f, db);
#else
  g_test_skip ("file permissions are POSIX ones");
#endif
}

/* A database of an older schema must be brought up to date before it is
 * read: where it cannot be changed, a message says what to do, and
 * nothing is left beside it; where it can, it is upgraded as before. */
static void
test_read_only_old_database (Fixture       *f,
                             gconstpointer  data)
{
#ifdef G_OS_UNIX
  g_autofree char *import_opt = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *names_before = NULL;
  g_autofree char *names_after = NULL;
  sqlite3 *db = NULL;
  HrpTestRun r;

  if (!setup_unprivileged (f))
    return;
  import_opt = g_strconcat ("--import=", f->sample, NULL);
  run_ok (f, f->db_opt, import_opt);
  /* Back to schema 1, as an older HR Plan left it. */
  g_assert_cmpint (sqlite3_open_v2 (f->folder.file, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE signer; ALTER TABLE plan DROP COLUMN revision;"
                                 " PRAGMA user_version = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (f->folder.file, 0444), ==, 0);
  before = hrp_test_file_checksum (f->folder.file);
  names_before = folder_names (f->folder.file);

  r = run_unprivileged (f, f->db_opt, "--list", NULL);
  assert_failed (&r, "must first be updated for this version of HR Plan");
  g_assert_nonnull (strstr (r.err, f->folder.file));
  hrp_test_run_clear (&r);
  r = run_unprivileged (f, f->db_opt, "--export-xml=-", NULL);
  assert_failed (&r, "must first be updated");
  hrp_test_run_clear (&r);
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (after, ==, before);
  names_after = folder_names (f->folder.file);
  g_assert_cmpstr (names_after, ==, names_before);

  /* The file alone writable: its folder is not, for the journal. */
  g_assert_cmpint (g_chmod (f->folder.file, 0666), ==, 0);
  g_assert_cmpint (g_chmod (f->folder.dir, 0555), ==, 0);
  r = run_unprivileged (f, f->db_opt, "--list", NULL);
  assert_failed (&r, "must first be updated");
  hrp_test_run_clear (&r);
  g_clear_pointer (&after, g_free);
  after = hrp_test_file_checksum (f->folder.file);
  g_assert_cmpstr (after, ==, before);

  /* Where it can be changed: upgraded, a backup copy made first. */
  g_assert_cmpint (g_chmod (f->folder.dir, 0777), ==, 0);
  r = run_unprivileged (f, f->db_opt, "--list", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (count_lines (r.out), ==, 1);
  hrp_test_run_clear (&r);
  g_clear_pointer (&names_after, g_free);
  names_after = folder_names (f->folder.file);
  g_assert_nonnull (strstr (names_after, "plans.db.backup-"));
  g_assert_cmpint (sqlite3_open_v2 (f->folder.file, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), >, 1);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
#else
  g_test_skip ("file permissions are POSIX ones");
#endif
}

/* Reading a database that is not there does not create it: one line
 * names it, exit 1.  One with no plans says so on stderr, exit 0. */
static void
test_read_missing_database (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->folder.dir, "none", "plans.db", NULL);
  g_autofree char *db_opt = g_strconcat ("--database=", missing, NULL);
  g_autofree char *none = g_build_filename (f->folder.dir, "none", NULL);
  HrpTestRun r;

  r = run (f, db_opt, "--list");
  assert_failed (&r, "There is no HR Plan database at");
  g_assert_nonnull (strstr (r.err, missing));
  hrp_test_run_clear (&r);

  r = run (f, db_opt, "--export-xml=-");
  assert_failed (&r, "There is no HR Plan database at");
  g_assert_nonnull (strstr (r.err, missing));
  hrp_test_run_clear (&r);
  run_fails (f, "plans.db", db_opt, "--list", "--export-csv=-");

  r = run_in (f, "th", db_opt, "--list", NULL);
  assert_failed (&r, missing);
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  hrp_test_run_clear (&r);

  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));

  /* A database with no plans. */
  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->folder.file);
  }
  r = run (f, f->db_opt, "--list");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  g_assert_nonnull (strstr (r.err, "holds no plans"));
  g_assert_nonnull (strstr (r.err, f->folder.file));
  hrp_test_run_clear (&r);
}

/* --check: the problems of a plan rolled over from the sample, one a
 * line, exit 0; "no problems" for a plan without any; a missing database
 * is one line, exit 1, and nothing is created. */
static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *missing = g_build_filename (f->folder.dir, "none", "plans.db", NULL);
  g_autofree char *missing_opt = g_strconcat ("--database=", missing, NULL);
  g_autofree char *checksum = NULL;
  g_auto(GStrv) lines = NULL;
  HrpTestRun r;

  r = run (f, missing_opt, "--check");
  assert_failed (&r, "There is no HR Plan database at");
  g_assert_nonnull (strstr (r.err, missing));
  hrp_test_run_clear (&r);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  run_fails (f, "There is no HR Plan database at", f->db_opt, "--check", "--year=2569");
  g_assert_false (g_file_test (f->folder.file, G_FILE_TEST_EXISTS));

  run_ok (f, f->db_opt, import_opt, "--as-year=2569");
  run_ok (f, f->db_opt, import_opt);
  checksum = hrp_test_file_checksum (f->folder.file);

  /* The newest plan: 2569. */
  r = run (f, f->db_opt, "--check");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3 + 18 + 1 + 1);
  g_assert_cmpstr (lines[0], ==, "Plan › introduction to the policies: still says 2568, last year");
  g_assert_true (g_strv_contains ((const char * const *) lines, "Policy 4 › activity 1: still says 2568, last year"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Policy 7 › activity 1: still says 2568, last year"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "Policy 2 › activity 1: no quarter ticked"));
  g_assert_cmpstr (lines[21], ==, "Plan: no one signs the plan");
  g_assert_cmpstr (lines[22], ==, "");
  hrp_test_run_clear (&r);

  /* The same lines in Thai, named as the Thai tree names them. */
  r = run_in (f, "th", f->db_opt, "--check", "--year=2569", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpuint (count_lines (r.out), ==, 3 + 18 + 1);
  g_assert_true (hrp_test_has_line (r.out, "นโยบายที่ 4 › กิจกรรม/โครงการที่ 1: ยังระบุปี 2568 ซึ่งเป็นปีงบประมาณที่แล้ว"));
  g_assert_true (hrp_test_has_line (r.out, "นโยบายที่ 2 › กิจกรรม/โครงการที่ 1: ไม่ระบุไตรมาส"));
  g_assert_true (g_str_has_suffix (r.out, "\nแผน: ยังไม่ได้ระบุผู้ลงนาม\n"));
  hrp_test_run_clear (&r);

  /* The year asked for: 2568 has no year left behind. */
  r = run (f, f->db_opt, "--check", "--year=2568");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strstr (r.out, "last year"));
  g_assert_nonnull (strstr (r.out, "Policy 10 › activity 1: no quarter ticked\n"));
  hrp_test_run_clear (&r);
  run_fails (f, "2570", f->db_opt, "--check", "--year=2570");
  /* Only read. */
  {
    g_autofree char *after = hrp_test_file_checksum (f->folder.file);

    g_assert_cmpstr (after, ==, checksum);
  }

  /* A plan without problems. */
  {
    g_autoptr(HrpPlan) plan = hrp_test_load_sample ();
    g_autoptr(HrpSigner) signer = hrp_signer_new ("นางสาวสมศรี ใจดี", "นักทรัพยากรบุคคล", "ผู้จัดทำ");
    g_autoptr(HrpStore) store = NULL;
    GListModel *policies = hrp_plan_get_policies (plan);

    hrp_plan_set_fiscal_year (plan, 2571);
    hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2571");
    hrp_model_list_append (hrp_plan_get_signers (plan), signer);
    for (guint p = 0; p < g_list_model_get_n_items (policies); p++)
      {
        GListModel *activities = hrp_policy_get_activities (hrp_test_nth (policies, p));

        for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
          hrp_activity_set_quarter (hrp_test_nth (activities, a), 2, TRUE);
      }
    store = hrp_test_open_store (f->folder.file);
    hrp_test_save_plan (store, plan, FALSE);
  }
  r = run (f, f->db_opt, "--check", "--year=2571");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "no problems\n");
  g_assert_cmpstr (r.err, ==, "");
  hrp_test_run_clear (&r);
  r = run_in (f, "th", f->db_opt, "--check", "--year=2571", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "ไม่พบปัญหา\n");
  hrp_test_run_clear (&r);
}

/* A plan read from a document without a vision: --check lists it, and
 * --export-xml refuses it in one line naming what to fill in, exit 1,
 * nothing written (a file already there left as it was, nothing on
 * standard output), as the import would refuse the file. */
static void
test_export_incomplete (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->folder.dir, "no-vision.txt", NULL);
  g_autofree char *text_opt = g_strconcat ("--import-text=", text, NULL);
  g_autofree char *xml = g_build_filename (f->folder.dir, "plan.xml", NULL);
  g_autofree char *xml_opt = g_strconcat ("--export-xml=", xml, NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;
  HrpTestRun r;

  /* plan_text without its vision. */
  {
    g_autoptr(GString) no_vision = g_string_new (plan_text);

    g_assert_cmpuint (g_string_replace (no_vision, "วิสัยทัศน์\n   ชุมชนน่าอยู่ เพ่ือประชาชน\n", "", 1), ==, 1);
    g_assert_true (g_file_set_contents (text, no_vision->str, -1, NULL));
  }
  run_ok (f, f->db_opt, text_opt);

  r = run (f, f->db_opt, "--check");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (hrp_test_has_line (r.out, "Vision: no text"));
  hrp_test_run_clear (&r);

  g_assert_true (g_file_set_contents (xml, "last year's file", -1, NULL));
  run_fails (f, "hrplan: The plan has no vision: fill in its vision before exporting it.\n",
             f->db_opt, xml_opt);
  g_assert_true (g_file_get_contents (xml, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "last year's file");
  run_fails (f, "no vision", f->db_opt, "--export-xml=-");

  r = run_in (f, "th", f->db_opt, xml_opt, NULL);
  assert_failed (&r, "วิสัยทัศน์");
  g_assert_nonnull (strstr (r.err, "ไม่สามารถส่งออกแผนได้ เนื่องจาก"));
  hrp_test_run_clear (&r);

  /* Nothing else written beside it. */
  dir = g_dir_open (f->folder.dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("%s", name);
      g_assert_true (g_str_equal (name, "no-vision.txt") || g_str_equal (name, "plan.xml")
                     || g_str_has_prefix (name, "plans.db"));
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 3);
}

/* Every export names the file the user gave, never the temporary file
 * written beside it, in the user's language: a folder that is not there,
 * a folder given as the file, a file that cannot be read. */
static void
assert_names_file (HrpTestRun     *r,
                   const char *path)
{
  g_autofree char *quoted = g_strdup_printf ("“%s”", path);

  assert_failed (r, quoted);
}

static void
test_file_errors_name_the_file (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  g_autofree char *missing_dir = g_build_filename (f->folder.dir, "missing", "dir", NULL);
  g_autofree char *missing_xml = g_build_filename (f->folder.dir, "missing.xml", NULL);
  g_autofree char *missing_opt = g_strconcat ("--import=", missing_xml, NULL);
  g_autofree char *missing_text_opt = g_strconcat ("--import-text=", missing_xml, NULL);
  g_autofree char *folder_opt = g_strconcat ("--import=", f->folder.dir, NULL);
  const char * const exports[] = { "--export-pdf", "--export-xml", "--export-csv" };
  const char * const endings[] = { "plan.pdf", "plan.xml", "table.csv" };
  HrpTestRun r;

  run_ok (f, f->db_opt, import_opt);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = g_build_filename (missing_dir, endings[i], NULL);
      g_autofree char *opt = g_strdup_printf ("%s=%s", exports[i], path);
      g_autofree char *folder = g_strdup_printf ("%s=%s", exports[i], f->folder.dir);

      r = run (f, f->db_opt, opt);
      assert_names_file (&r, path);
      g_assert_nonnull (strstr (r.err, "there is no folder"));
      hrp_test_run_clear (&r);

      r = run_in (f, "th", f->db_opt, opt, NULL);
      assert_names_file (&r, path);
      if (!has_thai (r.err))
        g_error ("not Thai: %s", r.err);
      hrp_test_run_clear (&r);

      r = run (f, f->db_opt, folder);
      assert_names_file (&r, f->folder.dir);
      g_assert_nonnull (strstr (r.err, "is a folder"));
      hrp_test_run_clear (&r);
    }
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));

  /* Reading: a file that is not there, and a folder. */
  r = run (f, f->db_opt, missing_opt);
  assert_names_file (&r, missing_xml);
  g_assert_nonnull (strstr (r.err, "There is no file"));
  hrp_test_run_clear (&r);
  r = run_in (f, "th", f->db_opt, missing_text_opt, NULL);
  assert_names_file (&r, missing_xml);
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  hrp_test_run_clear (&r);
  r = run (f, f->db_opt, folder_opt);
  assert_names_file (&r, f->folder.dir);
  hrp_test_run_clear (&r);
}

/* The words for each kind of file error, in English and in Thai: a disk
 * that is full cannot be had in a test, so its words are checked here. */
static void
test_file_error_words (Fixture       *f,
                       gconstpointer  data)
{
  const struct {
    HrpFileAction action;
    int           errno_value;
    const char   *words;
  } cases[] = {
    { HRP_FILE_READING, ENOENT, "There is no file" },
    { HRP_FILE_READING, EACCES, "permission to read" },
    { HRP_FILE_READING, EISDIR, "is a folder" },
    { HRP_FILE_WRITING, ENOENT, "there is no folder" },
    { HRP_FILE_WRITING, EACCES, "permission to write" },
    { HRP_FILE_WRITING, ENOSPC, "the disk is full" },
    { HRP_FILE_WRITING, EROFS, "the disk is read-only" },
    { HRP_FILE_WRITING, EISDIR, "is a folder" },
  };
  const char *path = "/home/somchai/แผน/plan.pdf";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) io_error = g_error_new_literal (G_IO_ERROR,
                                                        g_io_error_from_errno (cases[i].errno_value),
                                                        "Error opening file “/home/somchai/แผน/plan.pdf.X1Y2Z3”");

      hrp_file_set_error (&error, cases[i].action, cases[i].errno_value, path);
      g_assert_error (error, G_FILE_ERROR, (int) g_file_error_from_errno (cases[i].errno_value));
      g_assert_nonnull (strstr (error->message, "“/home/somchai/แผน/plan.pdf”"));
      if (strstr (error->message, cases[i].words) == NULL)
        g_error ("“%s” not in: %s", cases[i].words, error->message);

      /* GIO's errors (the window's exports) get the same words. */
      hrp_file_restate_error (io_error, cases[i].action, path);
      g_assert_cmpstr (io_error->message, ==, error->message);
    }

  /* A cancellation is not restated. */
  {
    g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Operation was cancelled");

    hrp_file_restate_error (error, HRP_FILE_WRITING, path);
    g_assert_cmpstr (error->message, ==, "Operation was cancelled");
  }
}

/* Options that are not ours, and values that are not years, are said in
 * our words, with the pointer to --help. */
static void
test_usage_words (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *import_opt = g_strconcat ("--import=", f->sample, NULL);
  HrpTestRun r;

  r = run (f, "--bogus");
  assert_failed (&r, "Unknown option --bogus");
  g_assert_nonnull (strstr (r.err, "hrplan --help"));
  hrp_test_run_clear (&r);

  r = run_in (f, "th", "--bogus", NULL);
  assert_failed (&r, "--bogus");
  g_assert_nonnull (strstr (r.err, "hrplan --help"));
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  hrp_test_run_clear (&r);

  run_fails (f, "hrplan --help", f->db_opt, "--export-xml");
  run_fails (f, "“abc”", f->db_opt, "--export-xml=-", "--year=abc");
  r = run_in (f, "th", f->db_opt, "--export-xml=-", "--year=abc", NULL);
  assert_failed (&r, "--year");
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  hrp_test_run_clear (&r);

  /* A value given as the next argument: "-" (standard output) is not an
   * option; a year may be in Thai digits. */
  run_ok (f, f->db_opt, import_opt);
  r = run (f, f->db_opt, "--export-xml", "-", "--year", "๒๕๖๘");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "<?xml"));
  hrp_test_run_clear (&r);
}

/* Started with no display (over SSH, on a server): one line of ours says
 * what to do, exit 1, and no database is created. */
static void
test_no_display (Fixture       *f,
                 gconstpointer  data)
{
  HrpTestRun r;

  r = run (f, f->db_opt);
  if (r.status != 1)
    g_test_message ("stdout: %s\nstderr: %s", r.out, r.err);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, "hrplan: The window needs a graphical session"));
  g_assert_nonnull (strstr (r.err, "hrplan --help"));
  g_assert_nonnull (strstr (r.err, "xvfb-run"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  hrp_test_run_clear (&r);
  g_assert_false (g_file_test (f->folder.file, G_FILE_TEST_EXISTS));

  r = run_in (f, "th", f->db_opt, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "xvfb-run"));
  if (!has_thai (r.err))
    g_error ("not Thai: %s", r.err);
  hrp_test_run_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("HRPLAN_EXE") == NULL)
    g_error ("HRPLAN_EXE must name the hrplan program");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli/version", test_version);
  ADD ("/cli/import-list-export", test_import_list_export);
  ADD ("/cli/import-existing-year", test_import_existing_year);
  ADD ("/cli/import-as-year", test_import_as_year);
  ADD ("/cli/import-text", test_import_text);
  ADD ("/cli/stdin-and-round-trip", test_import_stdin_and_round_trip);
  ADD ("/cli/bad-input-changes-nothing", test_bad_input_changes_nothing);
  ADD ("/cli/errors-in-thai", test_errors_in_thai);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/export-pdf-and-csv", test_export_pdf_and_csv);
  ADD ("/cli/replace-makes-backup", test_replace_makes_backup);
  ADD ("/cli/killed-import", test_killed_import);
  ADD ("/cli/disk-full", test_disk_full);
  ADD ("/cli/not-our-database", test_not_our_database);
  ADD ("/cli/default-database", test_default_database);
  ADD ("/cli/read-only-file", test_read_only_file);
  ADD ("/cli/read-only-folder", test_read_only_folder);
  ADD ("/cli/read-only-old-database", test_read_only_old_database);
  ADD ("/cli/read-missing-database", test_read_missing_database);
  ADD ("/cli/file-errors-name-the-file", test_file_errors_name_the_file);
  ADD ("/cli/file-error-words", test_file_error_words);
  ADD ("/cli/usage-words", test_usage_words);
  ADD ("/cli/no-display", test_no_display);
  ADD ("/cli/check", test_check);
  ADD ("/cli/export-incomplete", test_export_incomplete);
#undef ADD

  return g_test_run ();
}
