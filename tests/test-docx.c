/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-docx.c — the plan as a Word document: its parts read back with
 * libzip and libxml2, the command line, and LibreOffice reading it */
#include "config.h"

#include <string.h>

#include "hrp-library.h"
#include "hrp-test-package.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef HrpTestPackage Fixture;   /* .folder.file: plan.docx */

/* Reading it back {{{ */

static const char * const ns[] = { "w", NS_W, NULL };

#define xpath_values(part, xpath) hrp_test_xpath_values (part, xpath, ns)
#define xpath_count(part, xpath) hrp_test_xpath_count (part, xpath, ns)

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
  g_autoptr(GBytes) docx = hrp_test_package_export (f, NULL);
  static const char *parts[] = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
    "word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels",
    "word/numbering.xml", "word/header1.xml", "word/header2.xml",
  };
  g_autofree char *types = hrp_test_package_part (docx, "[Content_Types].xml");
  g_autofree char *styles = hrp_test_package_part (docx, "word/styles.xml");
  g_autofree char *settings = hrp_test_package_part (docx, "word/settings.xml");
  g_autofree char *fonts = hrp_test_package_part (docx, "word/fontTable.xml");
  g_autofree char *rels = hrp_test_package_part (docx, "word/_rels/document.xml.rels");
  g_autofree char *value = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = hrp_test_package_part (docx, parts[i]);

      g_assert_nonnull (part);
      g_assert_true (g_str_has_prefix (part, "<?xml version=\"1.0\" encoding=\"UTF-8\""));
    }
  g_assert_nonnull (strstr (types, "document.main+xml"));
  g_assert_nonnull (strstr (types, "numbering+xml"));
  g_assert_nonnull (strstr (types, "header+xml"));
  g_assert_cmpuint (xpath_count (rels, "//*[@Target='styles.xml' or @Target='settings.xml' or @Target='fontTable.xml'"
                                       " or @Target='numbering.xml' or @Target='header1.xml' or @Target='header2.xml']"), ==, 6);

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
  value = xpath_values (styles, "//w:style[@w:styleId='TableHeading']/w:rPr/w:sz/@w:val");
  g_assert_cmpstr (value, ==, "28\n");
  g_clear_pointer (&value, g_free);

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
  g_autoptr(GBytes) docx = hrp_test_package_export (f, NULL);
  g_autofree char *document = hrp_test_package_part (docx, "word/document.xml");
  g_autofree char *runs = xpath_values (document, "//w:t");
  g_autofree char *squeezed = hrp_test_squeeze (runs);
  g_autofree char *sizes = NULL;
  g_autofree char *ticks = NULL;
  guint n_rows;

  hrp_test_assert_plan_texts (f->plan, squeezed);
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

  docx = hrp_test_package_export (f, &options);
  document = hrp_test_package_part (docx, "word/document.xml");
  sizes = xpath_values (document, "//w:pgSz/@w:w | //w:pgSz/@w:h | //w:pgSz/@w:orient");
  runs = xpath_values (document, "//w:t");
  budgets = xpath_values (document, "//w:tr/w:tc[3]/w:p");

  /* The table alone, on portrait pages. */
  g_assert_cmpstr (sizes, ==, "11906\n16838\n");
  g_assert_cmpuint (xpath_count (document, "//w:pStyle[@w:val != 'TableHeading']"), ==, 0);
  /* The header rows' cells in the table's heading style, 14 pt. */
  g_assert_cmpuint (xpath_count (document, "//w:tr[w:trPr/w:tblHeader]/w:tc[not(w:p/w:pPr/w:pStyle[@w:val = 'TableHeading'])]"), ==, 0);
  g_assert_null (strstr (runs, hrp_plan_get_vision (f->plan)));
  g_assert_nonnull (strstr (runs, "ไตรมาส ๑"));
  /* Every digit Thai: the budgets and the year in the title. */
  g_assert_null (strpbrk (runs, "0123456789"));
  g_assert_nonnull (strstr (runs, "๒๕๖๘"));
  g_assert_true (hrp_test_has_line (budgets, budget));
}

/* The page number in the header from the second page: the first page's
 * header is empty (w:titlePg), the number in Thai digits. */
static void
test_header (Fixture       *f,
             gconstpointer  data)
{
  HrpReportOptions table_only = { .table_only = TRUE };
  g_autoptr(GBytes) docx = hrp_test_package_export (f, NULL);
  g_autoptr(GBytes) table = hrp_test_package_export (f, &table_only);
  g_autofree char *document = hrp_test_package_part (docx, "word/document.xml");
  g_autofree char *header = hrp_test_package_part (docx, "word/header1.xml");
  g_autofree char *first = hrp_test_package_part (docx, "word/header2.xml");
  g_autofree char *rels = hrp_test_package_part (docx, "word/_rels/document.xml.rels");
  g_autofree char *table_document = hrp_test_package_part (table, "word/document.xml");
  g_autofree char *value = NULL;

  /* The text's section: the first page's header and the others'; the
   * table's: the others' (it never holds the first page). */
  g_assert_cmpuint (xpath_count (document, "//w:sectPr"), ==, 2);
  g_assert_cmpuint (xpath_count (document, "(//w:sectPr)[1][w:titlePg]/w:headerReference[@w:type='first']"), ==, 1);
  g_assert_cmpuint (xpath_count (document, "(//w:sectPr)[1]/w:headerReference[@w:type='default']"), ==, 1);
  g_assert_cmpuint (xpath_count (document, "(//w:sectPr)[2][not(w:titlePg)]/w:headerReference[@w:type='default']"), ==, 1);
  g_assert_cmpuint (xpath_count (document, "//w:sectPr/w:pgNumType[@w:fmt='thaiNumbers']"), ==, 2);
  /* The table alone: one section, its first page unnumbered. */
  g_assert_cmpuint (xpath_count (table_document, "//w:sectPr[w:titlePg]/w:headerReference"), ==, 2);

  value = xpath_values (rels, "//*[@Target='header1.xml']/@Id | //*[@Target='header2.xml']/@Id");
  g_assert_cmpstr (value, ==, "rId4\nrId5\n");
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (document, "//w:headerReference[@w:type='default'][@*[local-name()='id']='rId4']"), ==, 2);
  g_assert_cmpuint (xpath_count (document, "//w:headerReference[@w:type='first'][@*[local-name()='id']='rId5']"), ==, 1);

  /* "-๒-": the page number is the one field, our own. */
  value = xpath_values (header, "//w:p");
  g_assert_cmpstr (value, ==, "-๒-\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (header, "//w:fldSimple/@w:instr");
  g_assert_cmpstr (value, ==, " PAGE \n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (header, "//w:p/w:pPr/w:jc/@w:val");
  g_assert_cmpstr (value, ==, "center\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (first, "//w:p");
  g_assert_cmpstr (value, ==, "\n");
}

/* The count of the items of the plan's numbered lists. */
static guint
list_items (HrpPlan *plan)
{
  GListModel *strategies = hrp_plan_get_strategies (plan);
  guint n = g_list_model_get_n_items (hrp_plan_get_missions (plan))
            + g_list_model_get_n_items (hrp_plan_get_positions (plan));

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      HrpStrategy *strategy = hrp_test_nth (strategies, i);

      n += g_list_model_get_n_items (hrp_strategy_get_goals (strategy))
           + g_list_model_get_n_items (hrp_strategy_get_objectives (strategy))
           + g_list_model_get_n_items (hrp_strategy_get_indicators (strategy));
    }
  return n;
}

/* Missions, goals, objectives, indicators and positions as Word's own
 * numbered lists, each starting at 1, the number not in the text. */
static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  HrpReportOptions thai = { .thai_digits = TRUE };
  g_autoptr(GBytes) docx = hrp_test_package_export (f, NULL);
  g_autoptr(GBytes) thai_docx = hrp_test_package_export (f, &thai);
  g_autofree char *document = hrp_test_package_part (docx, "word/document.xml");
  g_autofree char *numbering = hrp_test_package_part (docx, "word/numbering.xml");
  g_autofree char *thai_numbering = hrp_test_package_part (thai_docx, "word/numbering.xml");
  g_autofree char *missions = xpath_values (document, "//w:p[w:pPr/w:numPr/w:numId/@w:val='1']");
  g_autofree char *first = NULL;
  g_autofree char *formats = NULL;
  GListModel *plan_missions = hrp_plan_get_missions (f->plan);
  guint n_nums = xpath_count (numbering, "//w:num");

  g_assert_cmpuint (xpath_count (document, "//w:p[w:pPr/w:numPr]"), ==, list_items (f->plan));
  g_assert_cmpuint (n_nums, >=, 3);
  /* Every list its own w:num, restarting at 1; every w:num used. */
  g_assert_cmpuint (xpath_count (numbering, "//w:num/w:lvlOverride[@w:ilvl='0']/w:startOverride[@w:val='1']"), ==, n_nums);
  for (guint i = 1; i <= n_nums; i++)
    {
      g_autofree char *used = g_strdup_printf ("//w:numPr/w:numId[@w:val='%u']", i);

      g_assert_cmpuint (xpath_count (document, used), >, 0);
    }
  /* The missions first, as written: the number is Word's. */
  first = g_strdup_printf ("%s\n", hrp_mission_get_text (hrp_test_nth (plan_missions, 0)));
  g_assert_true (g_str_has_prefix (missions, first));
  g_assert_cmpuint (xpath_count (document, "//w:p[w:pPr/w:numPr/w:numId/@w:val='1']"), ==,
                    g_list_model_get_n_items (plan_missions));
  g_assert_cmpuint (xpath_count (document, "//w:p[w:pPr/w:numPr][starts-with(., '1. ')]"), ==, 0);
  /* The strategies' lists under their headings: level 1. */
  g_assert_cmpuint (xpath_count (document, "//w:numPr[w:ilvl/@w:val='1']"), >, 0);

  formats = xpath_values (numbering, "//w:lvl/w:numFmt/@w:val");
  g_assert_cmpstr (formats, ==, "decimal\ndecimal\n");
  g_clear_pointer (&formats, g_free);
  formats = xpath_values (thai_numbering, "//w:lvl/w:numFmt/@w:val");
  g_assert_cmpstr (formats, ==, "thaiNumbers\nthaiNumbers\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) hrp_test_package_add (path, &hrp_test_docx, func)
  ADD ("/docx/parts", test_parts);
  ADD ("/docx/document", test_document);
  ADD ("/docx/options", test_options);
  ADD ("/docx/header", test_header);
  ADD ("/docx/numbering", test_numbering);
  ADD ("/docx/deterministic", hrp_test_package_deterministic);
  ADD ("/docx/cli", hrp_test_package_cli);
  ADD ("/docx/libreoffice", hrp_test_package_libreoffice);
#undef ADD

  return g_test_run ();
}
