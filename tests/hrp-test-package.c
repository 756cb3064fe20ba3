/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-package.c — the Word and OpenDocument exports read back */
#include "config.h"

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <zip.h>

#include "hrp-docx.h"
#include "hrp-test-package.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"

HrpPlan *
hrp_test_package_sample (void)
{
  HrpPlan *plan = hrp_test_load_sample ();
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  HrpActivity *activity = hrp_test_nth (hrp_policy_get_activities (policy), 0);
  g_autoptr(HrpSigner) signer = hrp_signer_new ("นายสมชาย ใจดี", "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้เสนอ");

  hrp_activity_set_quarter (activity, 2, TRUE);
  hrp_model_list_append (hrp_plan_get_signers (plan), signer);
  return plan;
}

GBytes *
hrp_test_run_stdout (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  GBytes *out = NULL;

  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return out;
}

char *
hrp_test_package_part (GBytes     *zip,
                       const char *name)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (zip, &size);
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *archive;
  zip_file_t *file;
  GString *text = g_string_new (NULL);
  char buffer[8192];
  zip_int64_t got;

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (data, size, 0, &zip_error);
  g_assert_nonnull (source);
  archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
  g_assert_nonnull (archive);
  zip_error_fini (&zip_error);
  file = zip_fopen (archive, name, 0);
  if (file == NULL)
    {
      zip_close (archive);
      return g_string_free (text, TRUE);
    }
  while ((got = zip_fread (file, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, got);
  g_assert_cmpint (got, ==, 0);
  zip_fclose (file);
  zip_close (archive);
  return g_string_free (text, FALSE);
}

char *
hrp_test_xpath_values (const char         *part,
                       const char         *xpath,
                       const char * const *namespaces)
{
  xmlDocPtr doc = xmlReadMemory (part, strlen (part), "part.xml", NULL, XML_PARSE_NONET);
  xmlXPathContextPtr context;
  xmlXPathObjectPtr result;
  GString *values = g_string_new (NULL);

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  for (guint i = 0; namespaces[i] != NULL; i += 2)
    xmlXPathRegisterNs (context, BAD_CAST namespaces[i], BAD_CAST namespaces[i + 1]);
  result = xmlXPathEvalExpression (BAD_CAST xpath, context);
  g_assert_nonnull (result);
  if (result->nodesetval != NULL)
    for (int i = 0; i < result->nodesetval->nodeNr; i++)
      {
        xmlChar *value = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

        g_string_append_printf (values, "%s\n", (const char *) value);
        xmlFree (value);
      }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
  return g_string_free (values, FALSE);
}

guint
hrp_test_xpath_count (const char         *part,
                      const char         *xpath,
                      const char * const *namespaces)
{
  g_autofree char *values = hrp_test_xpath_values (part, xpath, namespaces);
  guint n = 0;

  for (const char *p = values; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
add_lines (GPtrArray  *texts,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (texts, g_strdup (lines[i]));
}

static void
add_list (GPtrArray  *texts,
          GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    add_lines (texts, hrp_text_get_text (hrp_test_nth (list, i)));
}

/* Every text of the plan the printed plan shows, line by line. */
static GPtrArray *
plan_texts (HrpPlan *plan)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GListModel *missions = hrp_plan_get_missions (plan);
  GListModel *strategies = hrp_plan_get_strategies (plan);
  GListModel *policies = hrp_plan_get_policies (plan);
  GListModel *signers = hrp_plan_get_signers (plan);

  add_lines (texts, hrp_plan_get_title (plan));
  add_lines (texts, hrp_plan_get_org_name (plan));
  add_lines (texts, hrp_plan_get_preamble (plan));
  add_lines (texts, hrp_plan_get_vision (plan));
  for (guint i = 0; i < g_list_model_get_n_items (missions); i++)
    add_lines (texts, hrp_mission_get_text (hrp_test_nth (missions, i)));
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      HrpStrategy *strategy = hrp_test_nth (strategies, i);

      add_lines (texts, hrp_strategy_get_title (strategy));
      add_list (texts, hrp_strategy_get_goals (strategy));
      add_list (texts, hrp_strategy_get_objectives (strategy));
      add_list (texts, hrp_strategy_get_indicators (strategy));
    }
  add_list (texts, hrp_plan_get_positions (plan));
  add_lines (texts, hrp_plan_get_policy_intro (plan));
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      HrpPolicy *policy = hrp_test_nth (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      add_lines (texts, hrp_policy_get_title (policy));
      add_lines (texts, hrp_policy_get_description (policy));
      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        add_lines (texts, hrp_activity_get_name (hrp_test_nth (activities, a)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (signers); i++)
    {
      HrpSigner *signer = hrp_test_nth (signers, i);

      add_lines (texts, hrp_signer_get_name (signer));
      add_lines (texts, hrp_signer_get_position (signer));
      add_lines (texts, hrp_signer_get_role (signer));
    }
  g_assert_cmpuint (texts->len, >, 50);
  return texts;
}

void
hrp_test_assert_plan_texts (HrpPlan    *plan,
                            const char *squeezed)
{
  g_autoptr(GPtrArray) texts = plan_texts (plan);

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *text = hrp_test_squeeze (g_ptr_array_index (texts, i));

      if (strstr (squeezed, text) == NULL)
        g_error ("not in the document: %s", (const char *) g_ptr_array_index (texts, i));
    }
}

/* "Page    N size: W x H pts": W and H. */
static void
page_size (const char *pdf,
           guint       page,
           double     *width,
           double     *height)
{
  g_autofree char *info = hrp_test_pdf_page_info (pdf, page);
  const char *size = strstr (info, " size: ");

  g_assert_nonnull (size);
  *width = g_ascii_strtod (size + strlen (" size: "), NULL);
  size = strstr (size, " x ");
  g_assert_nonnull (size);
  *height = g_ascii_strtod (size + 3, NULL);
}

guint
hrp_test_assert_pdf_pages (const char *pdf,
                           gboolean    text_first)
{
  g_autofree char *info = hrp_test_pdf_info (pdf);
  const char *pages_line = strstr (info, "Pages:");
  guint n_pages, n_table = 0;

  g_assert_nonnull (pages_line);
  n_pages = (guint) g_ascii_strtoull (pages_line + strlen ("Pages:") + strspn (pages_line + 6, " "), NULL, 10);
  g_assert_cmpuint (n_pages, >, 0);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = hrp_test_pdf_text (pdf, page, TRUE);
      g_autofree char *number = g_strdup_printf ("-%u-", page);
      g_autofree char *thai = hrp_arabic_digits_to_thai (number);
      gboolean table = strstr (text, "ระยะเวลาการดำเนินงาน") != NULL;
      double width, height;

      page_size (pdf, page, &width, &height);
      if (table)
        {
          g_assert_cmpfloat_with_epsilon (width, 841.89, 1.0);
          g_assert_cmpfloat_with_epsilon (height, 595.276, 1.0);
          n_table++;
        }
      else if (n_table == 0)
        {
          g_assert_cmpfloat_with_epsilon (width, 595.276, 1.0);
          g_assert_cmpfloat_with_epsilon (height, 841.89, 1.0);
        }
      /* The page number from the second page on, at the top. */
      if (page == 1)
        g_assert_true (strstr (text, number) == NULL && strstr (text, thai) == NULL);
      else
        g_assert_true (g_str_has_prefix (text, number) || g_str_has_prefix (text, thai));
    }
  g_assert_cmpuint (n_table, >, 0);
  if (text_first)
    g_assert_cmpuint (n_table, <, n_pages);
  return n_table;
}

/* The two formats and the tests they share {{{ */

const HrpTestFormat hrp_test_docx = {
  .name = "docx",
  .export = hrp_docx_export,
  .cli_option = "--table-orientation=portrait",
  .cli_options = { .table_orientation = HRP_TABLE_PORTRAIT },
  .misused_export = "--export-xml=-",
  .misused_option = "--thai-digits",
  .pdf_formats = { &hrp_test_docx, NULL },
};

/* Its PDF test reads LibreOffice's PDF of our .docx too. */
const HrpTestFormat hrp_test_odt = {
  .name = "odt",
  .export = hrp_odt_export,
  .cli_option = "--thai-digits",
  .cli_options = { .thai_digits = TRUE },
  .misused_export = "--export-csv=-",
  .misused_option = "--table-only",
  .pdf_formats = { &hrp_test_odt, &hrp_test_docx, NULL },
};

void
hrp_test_package_setup (HrpTestPackage *f,
                        gconstpointer   format)
{
  g_autofree char *file = NULL;

  f->format = format;
  file = g_strconcat ("plan.", f->format->name, NULL);
  hrp_test_folder_init (&f->folder, f->format->name, file);
  f->plan = hrp_test_package_sample ();
}

void
hrp_test_package_teardown (HrpTestPackage *f,
                           gconstpointer   format)
{
  g_clear_object (&f->plan);
  hrp_test_folder_clear (&f->folder);
}

GBytes *
hrp_test_format_export (const HrpTestFormat    *format,
                        HrpPlan                *plan,
                        const HrpReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = format->export (plan, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

GBytes *
hrp_test_package_export (HrpTestPackage         *f,
                         const HrpReportOptions *options)
{
  return hrp_test_format_export (f->format, f->plan, options);
}

void
hrp_test_package_add (const char          *path,
                      const HrpTestFormat *format,
                      void               (*test) (HrpTestPackage *f,
                                                  gconstpointer   format))
{
  g_test_add (path, HrpTestPackage, format, hrp_test_package_setup, test, hrp_test_package_teardown);
}

/* Same plan, same bytes, even when made in a different second (DOS
 * times have two-second steps). */
void
hrp_test_package_deterministic (HrpTestPackage *f,
                                gconstpointer   format)
{
  g_autoptr(GBytes) first = hrp_test_package_export (f, NULL);
  g_autoptr(GBytes) second = NULL;

  g_usleep (2100 * G_TIME_SPAN_MILLISECOND);
  second = hrp_test_package_export (f, NULL);
  g_assert_true (g_bytes_equal (first, second));
}

void
hrp_test_package_cli (HrpTestPackage *f,
                      gconstpointer   data)
{
  g_autofree char *db = g_build_filename (f->folder.dir, "plans.db", NULL);
  g_autofree char *db_opt = g_strconcat ("--database=", db, NULL);
  g_autofree char *out_opt = g_strdup_printf ("--export-%s=%s", f->format->name, f->folder.file);
  g_autofree char *stdout_opt = g_strdup_printf ("--export-%s=-", f->format->name);
  g_autofree char *bad_path = g_strdup_printf ("/nonexistent/folder/plan.%s", f->format->name);
  g_autofree char *bad_opt = g_strdup_printf ("--export-%s=%s", f->format->name, bad_path);
  const HrpTestFormat *format = f->format;
  g_autofree char *misuse = g_strdup_printf ("%s goes with --export-pdf, --export-docx or --export-odt\n",
                                             format->misused_option);
  g_autoptr(HrpStore) store = hrp_test_store_new (db, f->plan);
  g_autoptr(GBytes) expected = hrp_test_package_export (f, &format->cli_options);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  gsize length;
  const char *to_file[] = { g_getenv ("HRPLAN_EXE"), db_opt, out_opt, format->cli_option, NULL };
  const char *to_stdout[] = { g_getenv ("HRPLAN_EXE"), db_opt, stdout_opt, format->cli_option, NULL };
  const char *misused[] = { g_getenv ("HRPLAN_EXE"), db_opt, format->misused_export, format->misused_option, NULL };
  const char *bad_folder[] = { g_getenv ("HRPLAN_EXE"), db_opt, bad_opt, NULL };
  HrpTestRun run = hrp_test_run (f->folder.dir, NULL, NULL, NULL, to_file);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Exported the plan for fiscal year 2568 to "));
  g_assert_true (g_file_get_contents (f->folder.file, &written, &length, &error));
  g_assert_true (length == g_bytes_get_size (expected)
                 && memcmp (written, g_bytes_get_data (expected, NULL), length) == 0);
  hrp_test_run_clear (&run);

  /* Standard output holds the document alone, byte for byte (which
   * hrp_test_run () does not keep). */
  {
    g_autoptr(GBytes) out = hrp_test_run_stdout (to_stdout);

    g_assert_true (g_bytes_equal (out, expected));
  }

  run = hrp_test_run (f->folder.dir, NULL, NULL, NULL, misused);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, misuse));
  hrp_test_run_clear (&run);

  /* The error names the user's file, not a temporary one. */
  run = hrp_test_run (f->folder.dir, NULL, NULL, NULL, bad_folder);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, bad_path));
  hrp_test_run_clear (&run);

  /* In Thai too. */
  run = hrp_test_run (f->folder.dir, NULL, "th", NULL, misused);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--export-odt"));
  g_assert_null (strstr (run.err, "goes with"));
  hrp_test_run_clear (&run);
}

void
hrp_test_package_libreoffice_text (HrpTestPackage *f,
                                   gconstpointer   format)
{
  g_autoptr(GBytes) bytes = hrp_test_package_export (f, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *txt = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  hrp_test_write_bytes (f->folder.file, bytes);
  txt = hrp_test_soffice_convert (f->folder.dir, f->folder.file, "txt:Text (encoded):UTF8", "txt");
  if (txt == NULL)
    return;
  g_assert_true (g_file_get_contents (txt, &text, NULL, &error));
  squeezed = hrp_test_squeeze (text);
  hrp_test_assert_plan_texts (f->plan, squeezed);
  g_assert_nonnull (strstr (squeezed, "ไตรมาส๔"));
  g_assert_nonnull (strstr (squeezed, "✓"));
  /* The format's own numbers on the lists. */
  g_assert_nonnull (strstr (squeezed, "1."));
}

void
hrp_test_package_libreoffice_pdf (HrpTestPackage *f,
                                  gconstpointer   data)
{
  for (guint i = 0; f->format->pdf_formats[i] != NULL; i++)
    {
      const HrpTestFormat *format = f->format->pdf_formats[i];
      g_autoptr(GBytes) bytes = hrp_test_format_export (format, f->plan, NULL);
      g_autofree char *name = g_strdup_printf ("pdf-of-%s.%s", format->name, format->name);
      g_autofree char *path = g_build_filename (f->folder.dir, name, NULL);
      g_autofree char *pdf = NULL;

      hrp_test_write_bytes (path, bytes);
      pdf = hrp_test_soffice_convert (f->folder.dir, path, "pdf", "pdf");
      if (pdf == NULL)
        return;
      g_test_message ("table pages (.%s): %u", format->name, hrp_test_assert_pdf_pages (pdf, TRUE));
    }
}

void
hrp_test_package_libreoffice (HrpTestPackage *f,
                              gconstpointer   format)
{
  hrp_test_package_libreoffice_text (f, format);
  hrp_test_package_libreoffice_pdf (f, format);
}

/* }}} */
