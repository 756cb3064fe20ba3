/* test-print.c — printing: the print operation exporting real PDFs that
 * are read back with pdfinfo and pdftotext, and the print preview in a
 * real (virtual) display. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "hrp-cli.h"
#include "hrp-print-operation.h"
#include "hrp-report.h"
#include "hrp-thai.h"

typedef struct {
  char    *dir;
  char    *pdf;
  HrpPlan *plan;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hrplan-print-XXXXXX", &error);
  g_assert_no_error (error);
  f->pdf = g_build_filename (f->dir, "plan.pdf", NULL);
  f->plan = hrp_cli_load_sample (&error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->pdf);
  g_clear_object (&f->plan);
}

/* The pages of the plan laid out directly, on A4. */
static guint
report_pages (HrpPlan                *plan,
              const HrpReportOptions *options)
{
  g_autoptr(HrpReport) report = hrp_report_new (plan, options);
  g_autoptr(GError) error = NULL;

  g_assert_true (hrp_report_paginate (report, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return hrp_report_get_n_pages (report);
}

/* Tools {{{ */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext puts spaces inside Thai clusters: compare without white
 * space. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static char *
pdf_text (Fixture *f)
{
  /* -raw: in the order drawn, which keeps Thai marks in place. */
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", f->pdf, "-", NULL };
  g_autofree char *text = run_tool (argv);

  return squeeze (text);
}

static char *
pdf_info (Fixture *f)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", f->pdf, NULL };

  return run_tool (argv);
}

static void
assert_contains (const char *haystack,
                 const char *text)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is missing from the PDF", text);
}

static void
assert_pages (const char *info,
              guint       n_pages)
{
  g_autofree char *line = g_strdup_printf ("Pages:           %u\n", n_pages);

  if (strstr (info, line) == NULL)
    g_error ("not %u pages:\n%s", n_pages, info);
}

/* }}} */

/* The print operation {{{ */

static void
export_pdf (Fixture                *f,
            const HrpReportOptions *options)
{
  g_autoptr(HrpPrintOperation) operation = hrp_print_operation_new (f->plan, options);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_remove (f->pdf);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), f->pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (f->pdf, G_FILE_TEST_IS_REGULAR));
}

static void
test_operation_export (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  guint n_pages = report_pages (f->plan, NULL);

  export_pdf (f, NULL);

  /* As many A4 pages as the report has. */
  info = pdf_info (f);
  assert_pages (info, n_pages);
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));

  text = pdf_text (f);
  assert_contains (text, hrp_plan_get_title (f->plan));
  assert_contains (text, hrp_plan_get_vision (f->plan));
  assert_contains (text, "กิจกรรม/โครงการ");
  assert_contains (text, "200,000");
  g_assert_null (strstr (text, "๒๐๐,๐๐๐"));
}

static void
test_operation_options (Fixture       *f,
                        gconstpointer  data)
{
  HrpReportOptions options = { .thai_digits = TRUE };
  HrpReportOptions got = { 0 };
  g_autoptr(HrpPrintOperation) operation = hrp_print_operation_new (f->plan, NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = hrp_arabic_digits_to_thai (hrp_plan_get_title (f->plan));
  gboolean landscape = TRUE;
  GtkPageSetup *setup;

  /* The options, as properties too; landscape turns the default page. */
  hrp_print_operation_get_options (operation, &got);
  g_assert_false (got.thai_digits || got.table_only || got.landscape);
  setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, GTK_PAPER_NAME_A4);

  hrp_print_operation_set_options (operation, &(HrpReportOptions) { .table_only = TRUE, .landscape = TRUE });
  hrp_print_operation_get_options (operation, &got);
  g_assert_true (got.table_only && got.landscape && !got.thai_digits);
  setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_object_set (operation, "landscape", FALSE, NULL);
  g_object_get (operation, "landscape", &landscape, NULL);
  g_assert_false (landscape);
  g_assert_true (hrp_print_operation_get_plan (operation) == f->plan);

  /* Thai digits: the budgets in ๐–๙. */
  export_pdf (f, &options);
  info = pdf_info (f);
  assert_pages (info, report_pages (f->plan, &options));
  text = pdf_text (f);
  assert_contains (text, title);
  assert_contains (text, "กิจกรรม/โครงการ");
  assert_contains (text, "๒๐๐,๐๐๐");
  /* No Arabic digit is left. */
  for (const char *p = text; *p != '\0'; p++)
    g_assert_false (g_ascii_isdigit (*p));
}

static void
test_operation_table_landscape (Fixture       *f,
                                gconstpointer  data)
{
  HrpReportOptions options = { .table_only = TRUE, .landscape = TRUE };
  g_autoptr(HrpReport) report = hrp_report_new (f->plan, &options);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *vision = squeeze (hrp_plan_get_vision (f->plan));

  g_assert_true (hrp_report_paginate (report, NULL, NULL, NULL, NULL));

  /* The table alone, on A4 turned. */
  export_pdf (f, &options);
  info = pdf_info (f);
  assert_pages (info, hrp_report_get_n_pages (report));
  g_assert_cmpuint (hrp_report_get_n_pages (report), <, report_pages (f->plan, NULL));
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));

  text = pdf_text (f);
  assert_contains (text, "กิจกรรม/โครงการ");
  g_assert_null (strstr (text, vision));
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  if (!gtk_init_check ())
    {
      /* These tests need a display: run them under xvfb-run. */
      g_printerr ("test-print: cannot open a display\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/print/operation/export", test_operation_export);
  ADD ("/print/operation/options", test_operation_options);
  ADD ("/print/operation/table-landscape", test_operation_table_landscape);

  return g_test_run ();
}
