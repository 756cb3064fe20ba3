/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-docx.c — the plan as a Word document: its parts read back with
 * libzip and libxml2, the command line, and LibreOffice reading it */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <zip.h>

#include "hrp-docx.h"
#include "hrp-library.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef struct {
  HrpTestFolder  folder;   /* .file: plan.docx */
  HrpPlan       *plan;
} Fixture;

/* The sample, with a quarter ticked and a signer: the sample has
 * neither, and both are written in a way of their own. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPolicy) policy = NULL;
  g_autoptr(HrpActivity) activity = NULL;

  hrp_test_folder_init (&f->folder, "docx", "plan.docx");
  f->plan = hrp_library_load_sample (&error);
  g_assert_no_error (error);
  policy = g_list_model_get_item (hrp_plan_get_policies (f->plan), 0);
  activity = g_list_model_get_item (G_LIST_MODEL (hrp_policy_get_activities (policy)), 0);
  hrp_activity_set_quarter (activity, 2, TRUE);
  hrp_model_list_append (hrp_plan_get_signers (f->plan),
                         hrp_signer_new ("นายสมชาย ใจดี", "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้เสนอ"));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->plan);
  hrp_test_folder_clear (&f->folder);
}

/* Reading it back {{{ */

static GBytes *
export (HrpPlan                *plan,
        const HrpReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = hrp_docx_export (plan, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The part name of the zip docx, or NULL when it has none. */
static char *
read_part (GBytes     *docx,
           const char *name)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (docx, &size);
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

/* The values of xpath (w: is Word's namespace) in part, one a line. */
static char *
xpath_values (const char *part,
              const char *xpath)
{
  xmlDocPtr doc = xmlReadMemory (part, strlen (part), "part.xml", NULL, XML_PARSE_NONET);
  xmlXPathContextPtr context;
  xmlXPathObjectPtr result;
  GString *values = g_string_new (NULL);

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (context, BAD_CAST "w", BAD_CAST NS_W);
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

static guint
xpath_count (const char *part,
             const char *xpath)
{
  g_autofree char *values = xpath_values (part, xpath);
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

/* Each text of the plan, without white space, is in squeezed. */
static void
assert_has_texts (HrpPlan    *plan,
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

static guint
activity_rows (HrpPlan *plan)
{
  GListModel *policies = hrp_plan_get_policies (plan);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    n += MAX (1, g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (hrp_test_nth (policies, i)))));
  return n;
}

static gint64
listed_total (HrpPlan *plan)
{
  GListModel *policies = hrp_plan_get_policies (plan);
  gint64 total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (hrp_test_nth (policies, i)));

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        total += MAX (0, hrp_activity_get_budget (hrp_test_nth (activities, a)));
    }
  return total;
}

/* }}} */

static void
test_parts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) docx = export (f->plan, NULL);
  static const char *parts[] = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
    "word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels",
  };
  g_autofree char *types = read_part (docx, "[Content_Types].xml");
  g_autofree char *styles = read_part (docx, "word/styles.xml");
  g_autofree char *settings = read_part (docx, "word/settings.xml");
  g_autofree char *fonts = read_part (docx, "word/fontTable.xml");
  g_autofree char *rels = read_part (docx, "word/_rels/document.xml.rels");
  g_autofree char *value = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = read_part (docx, parts[i]);

      g_assert_nonnull (part);
      g_assert_true (g_str_has_prefix (part, "<?xml version=\"1.0\" encoding=\"UTF-8\""));
    }
  g_assert_null (read_part (docx, "word/numbering.xml"));
  g_assert_nonnull (strstr (types, "document.main+xml"));
  g_assert_cmpuint (xpath_count (rels, "//*[@Target='styles.xml' or @Target='settings.xml' or @Target='fontTable.xml']"), ==, 3);

  /* The Thai font in the complex-script slot too, 16 pt, Thai text. */
  value = xpath_values (styles, "//w:style[@w:styleId='Normal']/w:rPr/w:rFonts/@w:cs");
  g_assert_cmpstr (value, ==, "TH Sarabun New\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//w:style[@w:styleId='Normal']/w:rPr/w:rFonts/@w:ascii");
  g_assert_cmpstr (value, ==, "TH Sarabun New\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//w:style[@w:styleId='Normal']/w:rPr/w:sz/@w:val");
  g_assert_cmpstr (value, ==, "32\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//w:style[@w:styleId='Normal']/w:rPr/w:lang/@w:bidi");
  g_assert_cmpstr (value, ==, "th-TH\n");
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (styles, "//w:style[@w:styleId='Heading1' or @w:styleId='Heading2']/w:pPr/w:outlineLvl"), ==, 2);

  value = xpath_values (settings, "//w:compatSetting[@w:name='compatibilityMode']/@w:val");
  g_assert_cmpstr (value, ==, "15\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (fonts, "//w:font[@w:name='TH Sarabun New']/w:altName/@w:val");
  g_assert_cmpstr (value, ==, "TH SarabunPSK\n");
}

static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) docx = export (f->plan, NULL);
  g_autofree char *document = read_part (docx, "word/document.xml");
  g_autofree char *runs = xpath_values (document, "//w:t");
  g_autofree char *squeezed = hrp_test_squeeze (runs);
  g_autofree char *sizes = NULL;
  g_autofree char *ticks = NULL;
  guint n_rows;

  assert_has_texts (f->plan, squeezed);
  /* The printed plan's headings, the budget as it prints. */
  g_assert_nonnull (strstr (squeezed, "วิสัยทัศน์"));
  g_assert_nonnull (strstr (squeezed, "ยุทธศาสตร์ที่1"));
  g_assert_nonnull (strstr (squeezed, "ระยะเวลาการดำเนินงาน"));
  g_assert_cmpuint (xpath_count (document, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']"), >=, 5);

  /* The text portrait, the table landscape, both A4. */
  sizes = xpath_values (document, "//w:sectPr/w:pgSz/@w:w | //w:sectPr/w:pgSz/@w:h | //w:sectPr/w:pgSz/@w:orient");
  g_assert_cmpstr (sizes, ==, "11906\n16838\n16838\n11906\nlandscape\n");
  g_assert_cmpuint (xpath_count (document, "/w:document/w:body/w:sectPr"), ==, 1);
  g_assert_cmpuint (xpath_count (document, "//w:pgMar[@w:left='1701' and @w:right='1134' and @w:top='1417' and @w:bottom='1134']"), ==, 2);

  /* One table: the two header rows repeat, no row splits. */
  g_assert_cmpuint (xpath_count (document, "//w:tbl"), ==, 1);
  n_rows = xpath_count (document, "//w:tr");
  g_assert_cmpuint (xpath_count (document, "//w:tr[w:trPr/w:tblHeader]"), ==, 2);
  g_assert_cmpuint (xpath_count (document, "//w:tr[position() <= 2][w:trPr/w:tblHeader]"), ==, 2);
  g_assert_cmpuint (xpath_count (document, "//w:tr[w:trPr/w:cantSplit]"), ==, n_rows);
  g_assert_cmpuint (xpath_count (document, "//w:tc[w:tcPr/w:gridSpan/@w:val='4']"), >=, 1);
  /* Two header rows, a row per activity (one for a policy without),
   * the totals: the one listed, and the one counting a project listed
   * under several policies once, when they differ. */
  g_assert_cmpuint (n_rows, ==, 2 + activity_rows (f->plan) + xpath_count (document, "//w:tr[starts-with(w:tc[1], 'รวม')]"));
  g_assert_cmpuint (xpath_count (document, "//w:tr[starts-with(w:tc[1], 'รวม')]"), ==,
                    hrp_plan_total_budget_once (f->plan) != listed_total (f->plan) ? 2 : 1);
  /* The one ticked quarter: the first activity's second. */
  ticks = xpath_values (document, "//w:tr[3]/w:tc/w:p");
  g_assert_true (g_str_has_suffix (ticks, "\n\n✓\n\n\n"));
  g_assert_cmpuint (xpath_count (document, "//w:t[.='✓']"), ==, 1);

  /* Plain runs only: nothing of the plan is ever made a field. */
  g_assert_cmpuint (xpath_count (document, "//w:fldSimple | //w:instrText | //w:fldChar"), ==, 0);
}

static void
test_options (Fixture       *f,
              gconstpointer  data)
{
  HrpReportOptions options = { .table_only = TRUE, .thai_digits = TRUE,
                               .table_orientation = HRP_TABLE_PORTRAIT };
  HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
  HrpActivity *activity = hrp_test_nth (hrp_policy_get_activities (policy), 0);
  g_autoptr(GBytes) docx = NULL;
  g_autofree char *document = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *budgets = NULL;
  g_autofree char *arabic = NULL;
  g_autofree char *budget = NULL;

  /* Satang, to see the decimals as the report formats them. */
  hrp_activity_set_budget (activity, 1234567);
  arabic = hrp_money_format (1234567, FALSE);
  budget = hrp_arabic_digits_to_thai (arabic);
  g_assert_cmpstr (budget, ==, "๑๒,๓๔๕.๖๗");

  docx = export (f->plan, &options);
  document = read_part (docx, "word/document.xml");
  sizes = xpath_values (document, "//w:pgSz/@w:w | //w:pgSz/@w:h | //w:pgSz/@w:orient");
  runs = xpath_values (document, "//w:t");
  budgets = xpath_values (document, "//w:tr/w:tc[3]/w:p");

  /* The table alone, on portrait pages. */
  g_assert_cmpstr (sizes, ==, "11906\n16838\n");
  g_assert_cmpuint (xpath_count (document, "//w:pStyle"), ==, 0);
  g_assert_null (strstr (runs, hrp_plan_get_vision (f->plan)));
  g_assert_nonnull (strstr (runs, "ไตรมาส ๑"));
  /* Every digit Thai: the budgets and the year in the title. */
  g_assert_null (strpbrk (runs, "0123456789"));
  g_assert_nonnull (strstr (runs, "๒๕๖๘"));
  g_assert_true (hrp_test_has_line (budgets, budget));
}

/* Same plan, same bytes, even when made in a different second (DOS
 * times have two-second steps). */
static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) first = export (f->plan, NULL);
  g_autoptr(GBytes) second = NULL;

  g_usleep (2100 * G_TIME_SPAN_MILLISECOND);
  second = export (f->plan, NULL);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->folder.dir, "plans.db", NULL);
  g_autofree char *db_opt = g_strconcat ("--database=", db, NULL);
  g_autofree char *out_opt = g_strconcat ("--export-docx=", f->folder.file, NULL);
  g_autoptr(HrpStore) store = hrp_test_store_new (db, f->plan);
  HrpReportOptions portrait = { .table_orientation = HRP_TABLE_PORTRAIT };
  g_autoptr(GBytes) expected = export (f->plan, &portrait);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  gsize length;
  const char *to_file[] = { g_getenv ("HRPLAN_EXE"), db_opt, out_opt, "--table-orientation=portrait", NULL };
  const char *to_stdout[] = { g_getenv ("HRPLAN_EXE"), db_opt, "--export-docx=-", "--table-orientation=portrait", NULL };
  const char *misused[] = { g_getenv ("HRPLAN_EXE"), db_opt, "--export-xml=-", "--thai-digits", NULL };
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
    g_autoptr(GSubprocess) process = g_subprocess_newv (to_stdout, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
    g_autoptr(GBytes) out = NULL;

    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_subprocess_get_if_exited (process));
    g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
    g_assert_true (g_bytes_equal (out, expected));
  }

  run = hrp_test_run (f->folder.dir, NULL, NULL, NULL, misused);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--thai-digits goes with --export-pdf or --export-docx\n"));
  hrp_test_run_clear (&run);
}

/* LibreOffice reads it: its text holds every text of the plan. */
static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo", f->folder.dir);
  g_autofree char *out_dir = g_build_filename (f->folder.dir, "txt", NULL);
  g_autofree char *txt = g_build_filename (out_dir, "plan.txt", NULL);
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  gint64 started;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  docx = export (f->plan, NULL);
  g_assert_true (g_file_set_contents (f->folder.file, g_bytes_get_data (docx, NULL),
                                      g_bytes_get_size (docx), &error));
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                           "--outdir", out_dir, f->folder.file, NULL };

    started = g_get_monotonic_time ();
    g_free (hrp_test_run_tool (argv));
    g_test_message ("LibreOffice converted the .docx in %.1f s",
                    (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  }
  g_assert_true (g_file_get_contents (txt, &text, NULL, &error));
  squeezed = hrp_test_squeeze (text);
  assert_has_texts (f->plan, squeezed);
  g_assert_nonnull (strstr (squeezed, "ไตรมาส๔"));
  g_assert_nonnull (strstr (squeezed, "✓"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/docx/parts", test_parts);
  ADD ("/docx/document", test_document);
  ADD ("/docx/options", test_options);
  ADD ("/docx/deterministic", test_deterministic);
  ADD ("/docx/cli", test_cli);
  ADD ("/docx/libreoffice", test_libreoffice);
#undef ADD

  return g_test_run ();
}
