/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-odt.c — the plan as an OpenDocument text: the zip's raw bytes,
 * its parts read back with libzip and libxml2, the command line, and
 * LibreOffice reading it (and our .docx) as text and as PDF */
#include "config.h"

#include <string.h>

#include "hrp-test-package.h"
#include "hrp-test-util.h"

static const char * const ns[] = {
  "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  "manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
  "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
  "dc", "http://purl.org/dc/elements/1.1/",
  NULL,
};

#define MIMETYPE "application/vnd.oasis.opendocument.text"

typedef HrpTestPackage Fixture;   /* .folder.file: plan.odt */

#define xpath_values(part, xpath) hrp_test_xpath_values (part, xpath, ns)
#define xpath_count(part, xpath) hrp_test_xpath_count (part, xpath, ns)

static guint16
le16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

/* The mimetype first in the zip, stored, with no extra field: its name
 * at offset 30, its type right after, as ODF asks. */
static void
test_mimetype (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) odt = hrp_test_package_export (f, NULL);
  gsize size;
  const guint8 *bytes = g_bytes_get_data (odt, &size);

  g_assert_cmpuint (size, >, 30 + 8 + strlen (MIMETYPE));
  g_assert_cmpmem (bytes, 4, "PK\3\4", 4);
  g_assert_cmpuint (le16 (bytes + 8), ==, 0);     /* method: stored */
  g_assert_cmpuint (le16 (bytes + 26), ==, 8);    /* the name's length */
  g_assert_cmpuint (le16 (bytes + 28), ==, 0);    /* no extra field */
  g_assert_cmpmem (bytes + 30, 8, "mimetype", 8);
  g_assert_cmpmem (bytes + 38, strlen (MIMETYPE), MIMETYPE, strlen (MIMETYPE));
}

static void
test_parts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) odt = hrp_test_package_export (f, NULL);
  static const char *parts[] = { "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml" };
  g_autofree char *manifest = hrp_test_package_part (odt, "META-INF/manifest.xml");
  g_autofree char *styles = hrp_test_package_part (odt, "styles.xml");
  g_autofree char *meta = hrp_test_package_part (odt, "meta.xml");
  g_autofree char *title = g_strdup_printf ("%s\n", hrp_plan_get_title (f->plan));
  g_autofree char *value = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = hrp_test_package_part (odt, parts[i]);

      g_assert_nonnull (part);
      g_assert_true (g_str_has_prefix (part, "<?xml version=\"1.0\" encoding=\"UTF-8\""));
    }
  value = hrp_test_package_part (odt, "mimetype");
  g_assert_cmpstr (value, ==, MIMETYPE);
  g_clear_pointer (&value, g_free);
  value = xpath_values (manifest, "//manifest:file-entry/@manifest:full-path");
  g_assert_cmpstr (value, ==, "/\ncontent.xml\nstyles.xml\nmeta.xml\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (manifest, "//manifest:file-entry[@manifest:full-path='/']/@manifest:media-type");
  g_assert_cmpstr (value, ==, MIMETYPE "\n");
  g_clear_pointer (&value, g_free);

  /* Fixed values: no date. */
  g_assert_null (strstr (meta, "date"));
  value = xpath_values (meta, "//dc:title");
  g_assert_cmpstr (value, ==, title);
  g_clear_pointer (&value, g_free);

  /* TH Sarabun New, 16 pt, in the complex-script slot too, Thai. */
  value = xpath_values (styles, "//style:default-style[@style:family='paragraph']/style:text-properties/@style:font-name-complex");
  g_assert_cmpstr (value, ==, "TH Sarabun New\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//style:default-style/style:text-properties/@fo:font-size"
                                " | //style:default-style/style:text-properties/@style:font-size-complex"
                                " | //style:default-style/style:text-properties/@fo:language"
                                " | //style:default-style/style:text-properties/@style:language-complex"
                                " | //style:default-style/style:text-properties/@style:country-complex");
  g_assert_cmpstr (value, ==, "16pt\n16pt\nth\nth\nTH\n");
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (styles, "//style:font-face[@style:name='TH Sarabun New']"), ==, 1);
  g_assert_cmpuint (xpath_count (styles, "//style:style[@style:name='Heading_20_1' and @style:default-outline-level='1']"), ==, 1);
  g_assert_cmpuint (xpath_count (styles, "//style:style[@style:name='Heading_20_2' and @style:default-outline-level='2']"), ==, 1);
}

/* A4 portrait with the print margins, A4 landscape for the table; the
 * first page's master without a number, the others' "-N-". */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) odt = hrp_test_package_export (f, NULL);
  g_autofree char *styles = hrp_test_package_part (odt, "styles.xml");
  g_autofree char *content = hrp_test_package_part (odt, "content.xml");
  g_autofree char *value = NULL;

  value = xpath_values (styles, "//style:page-layout[@style:name='Portrait']/style:page-layout-properties/@fo:page-width"
                                " | //style:page-layout[@style:name='Portrait']/style:page-layout-properties/@fo:page-height"
                                " | //style:page-layout[@style:name='Portrait']/style:page-layout-properties/@style:print-orientation");
  g_assert_cmpstr (value, ==, "21cm\n29.7cm\nportrait\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//style:page-layout[@style:name='Landscape']/style:page-layout-properties/@fo:page-width"
                                " | //style:page-layout[@style:name='Landscape']/style:page-layout-properties/@fo:page-height"
                                " | //style:page-layout[@style:name='Landscape']/style:page-layout-properties/@style:print-orientation");
  g_assert_cmpstr (value, ==, "29.7cm\n21cm\nlandscape\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//style:page-layout[@style:name='Portrait']/style:page-layout-properties/@fo:margin-left"
                                " | //style:page-layout[@style:name='Portrait']/style:page-layout-properties/@fo:margin-right"
                                " | //style:page-layout[@style:name='Portrait']/style:page-layout-properties/@fo:margin-bottom");
  g_assert_cmpstr (value, ==, "2.000cm\n3.000cm\n2.000cm\n");
  g_clear_pointer (&value, g_free);

  /* The document starts on the first page's master, then Standard; the
   * table on Table's, landscape; both numbered in their header. */
  value = xpath_values (styles, "//style:master-page[@style:name='First_20_Page']/@style:next-style-name");
  g_assert_cmpstr (value, ==, "Standard\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//style:master-page[@style:name='First_20_Page']/style:header");
  g_assert_cmpstr (value, ==, "\n");
  g_clear_pointer (&value, g_free);
  value = xpath_values (styles, "//style:master-page[@style:name='Standard' or @style:name='Table']/style:header/text:p");
  g_assert_cmpstr (value, ==, "-2-\n-2-\n");
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (styles, "//style:master-page[@style:name='Table' and @style:page-layout-name='Landscape']"
                                         "/style:header/text:p/text:page-number[@text:select-page='current']"), ==, 1);
  value = xpath_values (content, "//style:style[@style:name=(//office:text/*)[1]/@text:style-name]/@style:master-page-name"
                                 " | //style:style[@style:name='P_Table']/@style:master-page-name");
  g_assert_cmpstr (value, ==, "First_20_Page\nTable\n");
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (content, "//text:p[@text:style-name='P_Table']"), ==, 1);
}

/* Every text of the plan in content.xml; headings, lists and the table
 * as ODF's own. */
static void
test_content (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GBytes) odt = hrp_test_package_export (f, NULL);
  g_autofree char *content = hrp_test_package_part (odt, "content.xml");
  g_autofree char *body = xpath_values (content, "//office:text");
  g_autofree char *squeezed = hrp_test_squeeze (body);
  g_autofree char *value = NULL;
  HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (f->plan), 0);
  GListModel *missions = hrp_plan_get_missions (f->plan);
  guint n_rows, n_policies = g_list_model_get_n_items (hrp_plan_get_policies (f->plan));

  hrp_test_assert_plan_texts (f->plan, squeezed);
  g_assert_nonnull (strstr (squeezed, "ระยะเวลาการดำเนินงาน"));

  /* Headings with their levels. */
  g_assert_cmpuint (xpath_count (content, "//text:h[@text:outline-level='1']"), >=, 5);
  value = xpath_values (content, "(//text:h[@text:outline-level='2'])[1]");
  g_assert_true (g_str_has_prefix (value, "ยุทธศาสตร์ที่ 1"));
  g_assert_nonnull (strstr (value, hrp_strategy_get_title (strategy)));
  g_clear_pointer (&value, g_free);

  /* The missions a list of their own, numbered by ODF, not in the text. */
  value = xpath_values (content, "(//text:list)[1]/text:list-item");
  g_assert_cmpuint (xpath_count (content, "(//text:list)[1]/text:list-item"), ==, g_list_model_get_n_items (missions));
  g_assert_true (g_str_has_prefix (value, hrp_mission_get_text (hrp_test_nth (missions, 0))));
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (content, "//text:list-item[starts-with(., '1. ')]"), ==, 0);
  g_assert_cmpuint (xpath_count (content, "//text:list[@text:style-name='Numbering_20_2']"), >=, 3);

  /* One table, two header rows, a row per activity (one for a policy
   * without) and the totals; the period over the four quarters. */
  g_assert_cmpuint (xpath_count (content, "//table:table"), ==, 1);
  g_assert_cmpuint (xpath_count (content, "//table:table/table:table-column"), ==, 7);
  g_assert_cmpuint (xpath_count (content, "//table:table-header-rows/table:table-row"), ==, 2);
  value = xpath_values (content, "//table:table-header-rows/table:table-row[1]/table:table-cell[@table:number-columns-spanned='4']");
  g_assert_cmpstr (value, ==, "ระยะเวลาการดำเนินงาน\n");
  g_clear_pointer (&value, g_free);
  g_assert_cmpuint (xpath_count (content, "//table:table-header-rows/table:table-row[1]/table:table-cell[@table:number-rows-spanned='2']"), ==, 3);
  g_assert_cmpuint (xpath_count (content, "//table:table-header-rows/table:table-row[2]/table:covered-table-cell"), ==, 3);
  n_rows = xpath_count (content, "//table:table/table:table-row");
  g_assert_cmpuint (n_rows, >, n_policies);
  /* Each row seven cells, covered or not. */
  g_assert_cmpuint (xpath_count (content, "//table:table-row[count(table:table-cell | table:covered-table-cell) != 7]"), ==, 0);
  /* A policy's cell spans its activities, covering the cells below. */
  for (guint i = 0; i < n_policies; i++)
    {
      HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), i);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (policy)));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));
      g_autofree char *xpath = g_strdup_printf ("//table:table-cell[.='%s']/@table:number-rows-spanned", title);
      g_autofree char *spanned = xpath_values (content, xpath);
      g_autofree char *expected = n > 1 ? g_strdup_printf ("%u\n", n) : g_strdup ("");

      g_assert_cmpstr (spanned, ==, expected);
    }
  g_assert_cmpuint (xpath_count (content, "//table:table/table:table-row/table:covered-table-cell[1][count(preceding-sibling::*) = 0]"),
                    ==, n_rows - n_policies - xpath_count (content, "//table:table-row[starts-with(table:table-cell[1], 'รวม')]"));
  /* Rows kept together. */
  g_assert_cmpuint (xpath_count (content, "//style:style[@style:name='Row']/style:table-row-properties[@fo:keep-together='always']"), ==, 1);
  g_assert_cmpuint (xpath_count (content, "//table:table-row[@table:style-name!='Row']"), ==, 0);
  /* The one tick, the totals, the signer. */
  g_assert_cmpuint (xpath_count (content, "//table:table-cell[.='✓']"), ==, 1);
  g_assert_cmpuint (xpath_count (content, "//table:table-row[starts-with(table:table-cell[1], 'รวม')]"), >=, 1);
  g_assert_cmpuint (xpath_count (content, "//text:p[@text:style-name='Signature' and .='(นายสมชาย ใจดี)']"), ==, 1);

  /* Plan text in text nodes only: no field but the header's page number. */
  g_assert_cmpuint (xpath_count (content, "//text:page-number | //text:text-input | //text:user-field-get"
                                          " | //text:variable-get | //text:expression | //text:database-display"
                                          " | //text:hidden-text | //text:conditional-text | //text:script"), ==, 0);
  g_assert_cmpuint (xpath_count (content, "//office:script | //office:scripts | //text:a"), ==, 0);
}

static void
test_options (Fixture       *f,
              gconstpointer  data)
{
  HrpReportOptions options = { .table_only = TRUE, .thai_digits = TRUE,
                               .table_orientation = HRP_TABLE_PORTRAIT };
  g_autoptr(GBytes) odt = hrp_test_package_export (f, &options);
  g_autofree char *content = hrp_test_package_part (odt, "content.xml");
  g_autofree char *text = xpath_values (content, "//office:text");
  g_autofree char *value = NULL;

  /* The table alone, starting on the first page's portrait master. */
  g_assert_cmpuint (xpath_count (content, "//text:h | //text:list"), ==, 0);
  g_assert_null (strstr (text, hrp_plan_get_vision (f->plan)));
  value = xpath_values (content, "//style:style[@style:name='P_Table']/@style:master-page-name");
  g_assert_cmpstr (value, ==, "First_20_Page\n");
  g_clear_pointer (&value, g_free);
  /* Every digit Thai. */
  g_assert_null (strpbrk (text, "0123456789"));
  g_assert_nonnull (strstr (text, "๒๕๖๘"));
  g_assert_nonnull (strstr (text, "ไตรมาส ๑"));

  /* Landscape alone: its own first master, then Table's. */
  options.table_orientation = HRP_TABLE_LANDSCAPE;
  g_clear_pointer (&content, g_free);
  g_bytes_unref (odt);
  odt = hrp_test_package_export (f, &options);
  content = hrp_test_package_part (odt, "content.xml");
  value = xpath_values (content, "//style:style[@style:name='P_Table']/@style:master-page-name");
  g_assert_cmpstr (value, ==, "First_20_Table\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) hrp_test_package_add (path, &hrp_test_odt, func)
  ADD ("/odt/mimetype", test_mimetype);
  ADD ("/odt/parts", test_parts);
  ADD ("/odt/pages", test_pages);
  ADD ("/odt/content", test_content);
  ADD ("/odt/options", test_options);
  ADD ("/odt/deterministic", hrp_test_package_deterministic);
  ADD ("/odt/cli", hrp_test_package_cli);
  ADD ("/odt/libreoffice-text", hrp_test_package_libreoffice_text);
  ADD ("/odt/libreoffice-pdf", hrp_test_package_libreoffice_pdf);
#undef ADD

  return g_test_run ();
}
