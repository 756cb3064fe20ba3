/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-word-import.c — last year's plan from its .docx or .odt: our own
 * Word export read back, LibreOffice's .docx and .odt, Word's quirks in
 * a document written here, and the hostile files to refuse */
#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "hrp-docx.h"
#include "hrp-odt.h"
#include "hrp-document-import.h"
#include "hrp-model.h"
#include "hrp-test-package.h"
#include "hrp-test-util.h"
#include "hrp-word-import.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

typedef HrpTestFolder Fixture;   /* .file: the database, hrp_test_database_setup () */

/* Files {{{ */

static char *
in_folder (Fixture    *f,
           const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Writes a zip at path of the parts, name then content, NULL-terminated;
 * a content of NULL is a part of 1 GiB of zeros (a zip bomb) */
static void
write_zip (const char *path,
           const char *first,
           ...)
{
  int zip_error = 0;
  zip_t *archive = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &zip_error);
  g_autofree char *zeros = NULL;
  va_list args;

  g_assert_nonnull (archive);
  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      zip_source_t *source;

      if (content == NULL)
        {
          /* A sparse file: 1 GiB that costs no disk */
          int fd;

          zeros = g_strconcat (path, ".zeros", NULL);
          fd = g_open (zeros, O_CREAT | O_WRONLY | O_TRUNC, 0600);
          g_assert_cmpint (fd, >=, 0);
          g_assert_cmpint (ftruncate (fd, (off_t) 1 << 30), ==, 0);
          close (fd);
          source = zip_source_file (archive, zeros, 0, -1);
        }
      else
        source = zip_source_buffer (archive, content, strlen (content), 0);
      g_assert_nonnull (source);
      g_assert_cmpint (zip_file_add (archive, name, source, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  va_end (args);
  g_assert_cmpint (zip_close (archive), ==, 0);
  if (zeros != NULL)
    g_remove (zeros);
}

/* The plan read from bytes named name; the report's notices asserted
 * to hold nothing unplaced when all_placed */
static HrpPlan *
import (GBytes     *bytes,
        const char *name,
        gboolean    all_placed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  HrpPlan *plan = hrp_document_import (bytes, name, NULL, NULL, NULL, report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  if (all_placed)
    for (guint i = 0; i < report->unplaced->len; i++)
      g_error ("%s: not placed: %s", name, ((HrpSourceLine *) g_ptr_array_index (report->unplaced, i))->text);
  return plan;
}

/* }}} */

/* Our own .docx or .odt (data) comes back as the same plan: Arabic and
 * Thai digits, the table landscape and portrait, and the table alone. */
static void
test_own_export (Fixture       *f,
               gconstpointer  data)
{
  gboolean odt = g_str_equal (data, "odt");
  g_autoptr(HrpPlan) sample = hrp_test_ticked_sample ();
  g_autofree char *expected = hrp_test_dump_plan (sample, HRP_TEST_DUMP_LISTS | HRP_TEST_DUMP_QUARTERS);
  g_autofree char *expected_table = hrp_test_dump_plan (sample, HRP_TEST_DUMP_TABLE_ONLY | HRP_TEST_DUMP_QUARTERS);
  const struct {
    const char       *name;
    HrpReportOptions  options;
  } variants[] = {
    { "arabic", { FALSE, FALSE, HRP_TABLE_LANDSCAPE } },
    { "thai", { FALSE, TRUE, HRP_TABLE_LANDSCAPE } },
    { "portrait", { FALSE, FALSE, HRP_TABLE_PORTRAIT } },
    { "thai-portrait", { FALSE, TRUE, HRP_TABLE_PORTRAIT } },
    { "table", { TRUE, FALSE, HRP_TABLE_LANDSCAPE } },
    { "thai-table", { TRUE, TRUE, HRP_TABLE_PORTRAIT } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *name = odt ? g_strconcat (variants[i].name, ".odt", NULL) : g_strconcat (variants[i].name, ".docx", NULL);
      g_autoptr(GBytes) docx = hrp_test_format_export (odt ? &hrp_test_odt : &hrp_test_docx, sample,
                                                       &variants[i].options);
      g_autoptr(HrpPlan) plan = import (docx, name, !variants[i].options.table_only);
      g_autofree char *got = hrp_test_dump_plan (plan, (variants[i].options.table_only ? HRP_TEST_DUMP_TABLE_ONLY
                                                        : HRP_TEST_DUMP_LISTS) | HRP_TEST_DUMP_QUARTERS);

      hrp_test_assert_same_plan (name, got,
                                 variants[i].options.table_only ? expected_table : expected);
    }
}

/* The hand-written plan document (tests/data) as LibreOffice saves it
 * as .docx and as .odt: recognised as its PDF is */
static void
test_other_program (Fixture       *f,
                    gconstpointer  data)
{
  const char *format = data;
  g_autofree char *root = hrp_test_source_root ();
  g_autofree char *fodt = g_build_filename (root, "tests", "data", "plan-landscape-table.fodt", NULL);
  g_autofree char *expected_path = g_build_filename (root, "tests", "data", "plan-landscape-table.expected", NULL);
  g_autofree char *name = g_strconcat ("plan-landscape-table.", format, NULL);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  path = hrp_test_soffice_convert (f->dir, fodt, format, format);
  if (path == NULL)
    return;
  bytes = hrp_test_read_bytes (path);
  g_assert_cmpint (hrp_document_kind_of (bytes), ==, HRP_DOCUMENT_ZIP);
  plan = import (bytes, name, FALSE);
  got = hrp_test_dump_plan (plan, HRP_TEST_DUMP_LISTS | HRP_TEST_DUMP_QUARTERS);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  hrp_test_assert_same_plan (name, got, expected);
}

/* Our .docx made an .odt by LibreOffice: OpenDocument from another
 * program, the same plan */
static void
test_odt_of_our_docx (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_ticked_sample ();
  g_autofree char *expected = hrp_test_dump_plan (sample, HRP_TEST_DUMP_LISTS | HRP_TEST_DUMP_QUARTERS);
  g_autofree char *docx = in_folder (f, "ours.docx");
  g_autofree char *odt = NULL;
  g_autoptr(GBytes) bytes = hrp_test_format_export (&hrp_test_docx, sample, &(HrpReportOptions) { FALSE, TRUE, HRP_TABLE_LANDSCAPE });
  g_autoptr(GBytes) odt_bytes = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autofree char *got = NULL;

  hrp_test_write_bytes (docx, bytes);
  odt = hrp_test_soffice_convert (f->dir, docx, "odt", "odt");
  if (odt == NULL)
    return;
  odt_bytes = hrp_test_read_bytes (odt);
  plan = import (odt_bytes, "ours.odt", TRUE);
  got = hrp_test_dump_plan (plan, HRP_TEST_DUMP_LISTS | HRP_TEST_DUMP_QUARTERS);
  hrp_test_assert_same_plan ("ours.odt", got, expected);
}

/* Word's quirks {{{ */

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Override PartName=\"/word/main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
  "</Types>";

/* The document part under a name of its own, found by the relationship */
static const char package_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/main.xml\"/>"
  "</Relationships>";

static const char document_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"look.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"lists.xml\"/>"
  "</Relationships>";

/* A heading style of the office's own, based on Heading 1 */
static const char styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " W_NS ">"
  "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"PlanHead\"><w:name w:val=\"Plan Head\"/><w:basedOn w:val=\"Heading1\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
  "</w:styles>";

/* Thai numbers "๑." for lists 1 and 2; list 2 starts again */
static const char numbering[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " W_NS ">"
  "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"thaiNumbers\"/>"
  "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
  "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
  "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
  "</w:numbering>";

#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define STYLED(style, runs) "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr>" runs "</w:p>"
#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define NUMBERED(list, text) "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" list "\"/></w:numPr></w:pPr>" R (text) "</w:p>"
#define TAB "<w:r><w:tab/></w:r>"
#define TICK "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"
#define BOX_TICK "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/></w:r>"
#define TC(props, runs) "<w:tc><w:tcPr>" props "</w:tcPr><w:p>" runs "</w:p></w:tc>"
#define MERGE_START "<w:vMerge w:val=\"restart\"/>"
#define MERGED "<w:vMerge/>"
#define SPAN(n) "<w:gridSpan w:val=\"" #n "\"/>"

static const char quirks_document[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
  "<w:document " W_NS " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
  " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
  /* A title split in runs mid-word, the organization with a field */
  STYLED ("Title", R ("แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประ") R ("มาณ พ.ศ. ๒๕๖๙"))
  "<w:p>" R ("องค์การบริหารส่วนตำบล")
  "<w:fldSimple w:instr=\" DOCPROPERTY Company \">" R ("หนองบัว") "</w:fldSimple></w:p>"
  P ("อำเภอเมืองขอนแก่น จังหวัดขอนแก่น")
  /* Tracked changes, a field with its instruction, hidden text */
  STYLED ("PlanHead", R ("วิสัยทัศน์"))
  "<w:p>" R ("ตำบลน่า")
  "<w:ins w:id=\"1\" w:author=\"ปลัด\">" R ("อยู่") "</w:ins>"
  "<w:del w:id=\"2\" w:author=\"ปลัด\"><w:r><w:delText>ลบทิ้ง</w:delText></w:r></w:del>"
  "<w:moveFrom w:id=\"3\" w:author=\"ปลัด\">" R ("ย้ายออก") "</w:moveFrom>"
  "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ซ่อนไว้</w:t></w:r>"
  "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD คำขวัญ </w:instrText></w:r>"
  "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" R (" ประชาชนมีสุข") "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
  /* A text box: the page's furniture */
  "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" P ("กล่องข้อความ")
  "</w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
  "</w:p>"
  /* Numbered lists, Thai numbers, the second list started again */
  STYLED ("Heading1", R ("พันธกิจ"))
  NUMBERED ("1", "พัฒนาโครงสร้างพื้นฐาน")
  NUMBERED ("1", "ส่งเสริมอาชีพ")
  STYLED ("Heading1", R ("ยุทธศาสตร์การพัฒนา"))
  "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>" R ("ยุทธศาสตร์ที่ ๑") TAB R ("การพัฒนาด้านการบริหารจัดการ") "</w:p>"
  "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>เป้าหมาย</w:t></w:r></w:p>"
  NUMBERED ("2", "พัฒนาบุคลากรให้มีความรู้")
  STYLED ("Heading1", R ("นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล"))
  /* Tabs as columns after a number */
  "<w:p>" R ("1.") TAB R ("ด้านการสรรหา") "</w:p>"
  P ("สรรหาบุคคลที่มีความรู้ความสามารถ")
  "<w:p>" R ("2.") TAB R ("ด้านการพัฒนาบุคลากร") "</w:p>"
  P ("พัฒนาความรู้ของบุคลากร")
  /* The action plan: two header rows, the quarters under one cell
   * spanning them, a policy merged over two rows, Wingdings ticks, a
   * line break in a cell, the total over two columns */
  "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
  "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
  TC (MERGE_START, R ("นโยบาย")) TC (MERGE_START, R ("กิจกรรม/โครงการ"))
  TC (MERGE_START, R ("งบประมาณ") "<w:r><w:br/></w:r>" R ("(บาท)")) TC (SPAN (4), R ("ระยะเวลาการดำเนินงาน")) "</w:tr>"
  "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
  TC (MERGED, "") TC (MERGED, "") TC (MERGED, "") TC ("", R ("๑")) TC ("", R ("๒")) TC ("", R ("๓")) TC ("", R ("๔")) "</w:tr>"
  "<w:tr>" TC (MERGE_START, R ("1. ด้านการสรรหา")) TC ("", R ("การสอบแข่ง") R ("ขันพนักงานจ้าง"))
  TC ("", R ("20,000")) TC ("", TICK) TC ("", "") TC ("", "") TC ("", "") "</w:tr>"
  "<w:tr>" TC (MERGED, "") TC ("", R ("การรับโอน") "<w:r><w:br/></w:r>" R ("พนักงานส่วนตำบล"))
  TC ("", R ("-")) TC ("", "") TC ("", BOX_TICK) TC ("", "") TC ("", "") "</w:tr>"
  "<w:tr>" TC ("", R ("2. ด้านการพัฒนาบุคลากร")) TC ("", R ("การอบรมทักษะดิจิทัล"))
  TC ("", R ("35,500")) TC ("", "") TC ("", "") TC ("", R ("✓")) TC ("", TICK) "</w:tr>"
  "<w:tr>" TC (SPAN (2), R ("รวม")) TC ("", R ("55,500")) TC (SPAN (4), "") "</w:tr>"
  "</w:tbl>"
  P ("ลงชื่อ ผู้จัดทำแผน")
  "<w:sectPr/></w:body></w:document>";

static GBytes *
quirks_docx (Fixture *f)
{
  g_autofree char *path = in_folder (f, "quirks.docx");

  write_zip (path, "[Content_Types].xml", content_types, "_rels/.rels", package_rels,
             "word/_rels/main.xml.rels", document_rels, "word/main.xml", quirks_document,
             "word/look.xml", styles, "word/lists.xml", numbering, NULL);
  return hrp_test_read_bytes (path);
}

/* The lines the reader gives, one a line: "# " before a heading, a
 * row's cells joined by " | " */
static char *
dump_lines (GPtrArray *lines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      HrpSourceLine *line = g_ptr_array_index (lines, i);
      g_autofree char *cells = line->cells != NULL ? g_strjoinv (" | ", line->cells) : NULL;

      if (cells != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (cells, "\n", -1);
          g_autofree char *flat = g_strjoinv ("/", parts);

          g_string_append_printf (out, "[%s]\n", flat);
        }
      else
        g_string_append_printf (out, "%s%s\n", line->heading ? "# " : "", line->text);
    }
  return g_string_free (out, FALSE);
}

static void
test_quirks (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) docx = quirks_docx (f);
  g_autoptr(GError) error = NULL;
  HrpImportJob job = { "quirks.docx" };
  g_autoptr(GPtrArray) lines = _hrp_word_import_lines (docx, &job, &error);
  g_autofree char *got = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  GListModel *policies;
  const char *expected =
    "# แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n"
    "องค์การบริหารส่วนตำบลหนองบัว\n"
    "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n"
    "# วิสัยทัศน์\n"
    "ตำบลน่าอยู่ ประชาชนมีสุข\n"
    "# พันธกิจ\n"
    "๑. พัฒนาโครงสร้างพื้นฐาน\n"
    "๒. ส่งเสริมอาชีพ\n"
    "# ยุทธศาสตร์การพัฒนา\n"
    "# ยุทธศาสตร์ที่ ๑ การพัฒนาด้านการบริหารจัดการ\n"
    "# เป้าหมาย\n"
    "๑. พัฒนาบุคลากรให้มีความรู้\n"
    "# นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล\n"
    "1. ด้านการสรรหา\n"
    "สรรหาบุคคลที่มีความรู้ความสามารถ\n"
    "2. ด้านการพัฒนาบุคลากร\n"
    "พัฒนาความรู้ของบุคลากร\n"
    "# " HRP_DOCUMENT_TABLE_HEADER "\n"
    "[1. ด้านการสรรหา | การสอบแข่งขันพนักงานจ้าง | 20,000 | ✓ |  |  | ]\n"
    "[ | การรับโอน/พนักงานส่วนตำบล | - |  | ✓ |  | ]\n"
    "[2. ด้านการพัฒนาบุคลากร | การอบรมทักษะดิจิทัล | 35,500 |  |  | ✓ | ✓]\n"
    "[รวม |  | 55,500 |  |  |  | ]\n"
    "ลงชื่อ ผู้จัดทำแผน\n";

  g_assert_no_error (error);
  got = dump_lines (lines);
  hrp_test_assert_same_plan ("quirks.docx", got, expected);

  /* And the plan recognised in them */
  plan = import (docx, "quirks.docx", FALSE);
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2569);
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "ตำบลน่าอยู่ ประชาชนมีสุข");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (plan)), ==, 2);
  policies = hrp_plan_get_policies (plan);
  g_assert_cmpuint (hrp_test_n_items (policies), ==, 2);
  {
    HrpPolicy *first = hrp_test_nth (policies, 0);
    HrpPolicy *second = hrp_test_nth (policies, 1);
    HrpActivity *exam = hrp_test_nth (hrp_policy_get_activities (first), 0);
    HrpActivity *transfer = hrp_test_nth (hrp_policy_get_activities (first), 1);
    HrpActivity *digital = hrp_test_nth (hrp_policy_get_activities (second), 0);

    g_assert_cmpstr (hrp_policy_get_description (first), ==, "สรรหาบุคคลที่มีความรู้ความสามารถ");
    g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (first)), ==, 2);
    g_assert_cmpstr (hrp_activity_get_name (exam), ==, "การสอบแข่งขันพนักงานจ้าง");
    g_assert_cmpint (hrp_activity_get_budget (exam), ==, 2000000);
    g_assert_true (hrp_activity_get_quarter (exam, 1) && !hrp_activity_get_quarter (exam, 2));
    g_assert_cmpstr (hrp_activity_get_name (transfer), ==, "การรับโอนพนักงานส่วนตำบล");
    g_assert_cmpint (hrp_activity_get_budget (transfer), ==, HRP_BUDGET_NONE);
    g_assert_true (!hrp_activity_get_quarter (transfer, 1) && hrp_activity_get_quarter (transfer, 2));
    g_assert_cmpstr (hrp_activity_get_name (digital), ==, "การอบรมทักษะดิจิทัล");
    g_assert_cmpint (hrp_activity_get_budget (digital), ==, 3550000);
    g_assert_true (hrp_activity_get_quarter (digital, 3) && hrp_activity_get_quarter (digital, 4));
  }
}

/* An action-plan table typed with tabs, one paragraph a row, in a .docx
 * and in an .odt; tabs elsewhere are spaces */

static const char tabs_document[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
  "<w:document " W_NS "><w:body>"
  STYLED ("Title", R ("แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"))
  STYLED ("Heading1", R ("นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล"))
  "<w:p>" R ("1.") TAB R ("ด้านการสรรหา") "</w:p>"
  P ("สรรหาบุคคลที่มีความรู้ความสามารถ")
  "<w:p>" R ("2.") TAB R ("ด้านการพัฒนาบุคลากร") "</w:p>"
  P ("พัฒนาความรู้ของบุคลากร")
  /* The header, bold, then a row each: ticks drawn with Wingdings, a
   * row without its policy, empty fields between tabs, a trailing tab,
   * the header typed again at the top of a page, a row after a line
   * break */
#define TAB_HEADER "<w:r><w:rPr><w:b/></w:rPr><w:t>นโยบาย</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>" \
  "<w:r><w:rPr><w:b/></w:rPr><w:t>กิจกรรม/โครงการ</w:t></w:r>" TAB R ("งบประมาณ (บาท)") \
  TAB R ("ไตรมาส 1") TAB R ("ไตรมาส 2") TAB R ("ไตรมาส 3") TAB R ("ไตรมาส 4")
  "<w:p>" TAB_HEADER "</w:p>"
  "<w:p>" R ("1. ด้านการสรรหา") TAB R ("โครงการอบรมคุณธรรม") TAB R ("20,000") TAB TICK TAB TAB TICK TAB "</w:p>"
  "<w:p><w:pPr><w:pageBreakBefore/></w:pPr>" TAB_HEADER "</w:p>"
  "<w:p>" TAB R ("การรับโอน") R ("พนักงานส่วนตำบล") TAB R ("-") TAB TAB BOX_TICK TAB TAB "</w:p>"
  "<w:p>" R ("2. ด้านการพัฒนาบุคลากร") TAB R ("การอบรมทักษะดิจิทัล") TAB R ("35,500") TAB TAB TAB R ("✓") TAB R ("✓")
  "<w:r><w:br/></w:r>" R ("รวม") TAB TAB R ("55,500") TAB TAB TAB TAB "</w:p>"
  P ("ลงชื่อ ผู้จัดทำแผน")
  "<w:p>" R ("หมายเหตุ") TAB R ("งบประมาณจากเงินรายได้") "</w:p>"
  "<w:sectPr/></w:body></w:document>";

#define ODT_TAB "<text:tab/>"
#define ODT_P(content) "<text:p>" content "</text:p>"
#define ODT_H(content) "<text:h text:outline-level=\"1\">" content "</text:h>"

/* The same plan, the header on two lines: the quarters under ระยะเวลา */
static const char tabs_content[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
  "<office:body><office:text>"
  ODT_H ("แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
  ODT_H ("นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล")
  ODT_P ("1." ODT_TAB "ด้านการสรรหา")
  ODT_P ("สรรหาบุคคลที่มีความรู้ความสามารถ")
  ODT_P ("2.\tด้านการพัฒนา<text:span>บุคลากร</text:span>")
  ODT_P ("พัฒนาความรู้ของบุคลากร")
  ODT_P ("นโยบาย" ODT_TAB "กิจกรรม/โครงการ" ODT_TAB "งบประมาณ (บาท)" ODT_TAB "ระยะเวลาดำเนินการ")
  ODT_P (ODT_TAB ODT_TAB ODT_TAB "๑" ODT_TAB "๒" ODT_TAB "๓" ODT_TAB "๔")
  ODT_P ("1. ด้านการสรรหา" ODT_TAB "โครงการอบรมคุณธรรม" ODT_TAB "20,000" ODT_TAB "✓" ODT_TAB ODT_TAB "✓" ODT_TAB)
  ODT_P (ODT_TAB "การรับโอนพนักงานส่วนตำบล" ODT_TAB "-" ODT_TAB ODT_TAB "✓" ODT_TAB ODT_TAB)
  ODT_P ("2. ด้านการพัฒนาบุคลากร" ODT_TAB "การอบรมทักษะดิจิทัล" ODT_TAB "35,500" ODT_TAB ODT_TAB ODT_TAB "✓" ODT_TAB "✓")
  ODT_P ("รวม" ODT_TAB ODT_TAB "55,500" ODT_TAB ODT_TAB ODT_TAB ODT_TAB)
  ODT_P ("ลงชื่อ ผู้จัดทำแผน")
  ODT_P ("หมายเหตุ" ODT_TAB "งบประมาณจากเงินรายได้")
  "</office:text></office:body></office:document-content>";

static void
test_tabs (Fixture       *f,
           gconstpointer  data)
{
  gboolean odt = g_str_equal (data, "odt");
  const char *name = odt ? "tabs.odt" : "tabs.docx";
  HrpImportJob job = { name };
  g_autofree char *path = in_folder (f, name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *got = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  GListModel *policies;
  const char *expected =
    "# แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n"
    "# นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล\n"
    "1. ด้านการสรรหา\n"
    "สรรหาบุคคลที่มีความรู้ความสามารถ\n"
    "2. ด้านการพัฒนาบุคลากร\n"
    "พัฒนาความรู้ของบุคลากร\n"
    "# " HRP_DOCUMENT_TABLE_HEADER "\n"
    "[1. ด้านการสรรหา | โครงการอบรมคุณธรรม | 20,000 | ✓ |  | ✓ | ]\n"
    "[ | การรับโอนพนักงานส่วนตำบล | - |  | ✓ |  | ]\n"
    "[2. ด้านการพัฒนาบุคลากร | การอบรมทักษะดิจิทัล | 35,500 |  |  | ✓ | ✓]\n"
    "[รวม |  | 55,500 |  |  |  | ]\n"
    "ลงชื่อ ผู้จัดทำแผน\n"
    "หมายเหตุ งบประมาณจากเงินรายได้\n";

  if (odt)
    write_zip (path, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", tabs_content, NULL);
  else
    write_zip (path, "[Content_Types].xml", content_types, "_rels/.rels", package_rels,
               "word/_rels/main.xml.rels", document_rels, "word/main.xml", tabs_document,
               "word/look.xml", styles, "word/lists.xml", numbering, NULL);
  bytes = hrp_test_read_bytes (path);
  lines = _hrp_word_import_lines (bytes, &job, &error);
  g_assert_no_error (error);
  got = dump_lines (lines);
  hrp_test_assert_same_plan (name, got, expected);

  /* The plan recognised in them, nothing of the table left unplaced */
  plan = hrp_document_import (bytes, name, NULL, NULL, NULL, report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->unplaced->len, ==, 2);
  g_assert_cmpstr (((HrpSourceLine *) g_ptr_array_index (report->unplaced, 0))->text, ==, "ลงชื่อ ผู้จัดทำแผน");
  g_assert_cmpstr (((HrpSourceLine *) g_ptr_array_index (report->unplaced, 1))->text, ==,
                   "หมายเหตุ งบประมาณจากเงินรายได้");
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2569);
  policies = hrp_plan_get_policies (plan);
  g_assert_cmpuint (hrp_test_n_items (policies), ==, 2);
  {
    HrpPolicy *first = hrp_test_nth (policies, 0);
    HrpPolicy *second = hrp_test_nth (policies, 1);
    HrpActivity *ethics, *transfer, *digital;

    g_assert_cmpstr (hrp_policy_get_title (first), ==, "ด้านการสรรหา");
    g_assert_cmpstr (hrp_policy_get_description (first), ==, "สรรหาบุคคลที่มีความรู้ความสามารถ");
    g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (first)), ==, 2);
    g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (second)), ==, 1);
    ethics = hrp_test_nth (hrp_policy_get_activities (first), 0);
    transfer = hrp_test_nth (hrp_policy_get_activities (first), 1);
    digital = hrp_test_nth (hrp_policy_get_activities (second), 0);
    g_assert_cmpstr (hrp_activity_get_name (ethics), ==, "โครงการอบรมคุณธรรม");
    g_assert_cmpint (hrp_activity_get_budget (ethics), ==, 2000000);
    g_assert_true (hrp_activity_get_quarter (ethics, 1) && !hrp_activity_get_quarter (ethics, 2)
                   && hrp_activity_get_quarter (ethics, 3) && !hrp_activity_get_quarter (ethics, 4));
    g_assert_cmpstr (hrp_activity_get_name (transfer), ==, "การรับโอนพนักงานส่วนตำบล");
    g_assert_cmpint (hrp_activity_get_budget (transfer), ==, HRP_BUDGET_NONE);
    g_assert_true (!hrp_activity_get_quarter (transfer, 1) && hrp_activity_get_quarter (transfer, 2)
                   && !hrp_activity_get_quarter (transfer, 3) && !hrp_activity_get_quarter (transfer, 4));
    g_assert_cmpstr (hrp_policy_get_title (second), ==, "ด้านการพัฒนาบุคลากร");
    g_assert_cmpstr (hrp_activity_get_name (digital), ==, "การอบรมทักษะดิจิทัล");
    g_assert_cmpint (hrp_activity_get_budget (digital), ==, 3550000);
    g_assert_true (!hrp_activity_get_quarter (digital, 1) && !hrp_activity_get_quarter (digital, 2)
                   && hrp_activity_get_quarter (digital, 3) && hrp_activity_get_quarter (digital, 4));
  }
}

/* }}} */

/* Hostile files {{{ */

/* hrplan --import-document refuses path with a message holding words,
 * and the database, with a plan in it, is the same to the byte */
static void
assert_refused (Fixture    *f,
                const char *path,
                const char *words)
{
  g_autofree char *opt = g_strconcat ("--import-document=", path, NULL);
  g_autofree char *before = hrp_test_file_checksum (f->file);
  g_autofree char *after = NULL;
  HrpTestRun r = hrp_test_run_hrplan (f->dir, f->database_option, opt, "--replace", NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  if (strstr (r.err, words) == NULL)
    g_error ("“%s” not in: %s", words, r.err);
  after = hrp_test_file_checksum (f->file);
  g_assert_cmpstr (after, ==, before);
  hrp_test_run_clear (&r);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autoptr(HrpStore) store = hrp_test_store_new (f->file, sample);
  g_autofree char *path = in_folder (f, "hostile.docx");
  static const char good_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>";
  static const char document[] = "<w:document " W_NS "><w:body>" P ("แผน พ.ศ. ๒๕๖๙") "</w:body></w:document>";
  static const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0 an old Word file";
  static const char empty_zip[22] = "PK\x05\x06";
  static const char garbage[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00 garbage after the signature \xff\xfe\x01";
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);   /* closed: hrplan opens it */

  /* A zip bomb: 1 GiB of zeros as the document, about 1 MB zipped */
  write_zip (path, "_rels/.rels", good_rels, "word/document.xml", NULL, NULL);
  assert_refused (f, path, "unpacks to more than 64 MB");

  /* Part names out of the package */
  write_zip (path, "word/document.xml", document, "../../evil.xml", document, NULL);
  assert_refused (f, path, "holds a part named “../../evil.xml”, outside the document");
  write_zip (path, "word/document.xml", document, "/etc/evil.xml", document, NULL);
  assert_refused (f, path, "holds a part named “/etc/evil.xml”, outside the document");
  /* A link out of it */
  write_zip (path, "_rels/.rels",
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"../../../etc/passwd\"/>"
             "</Relationships>", "word/document.xml", document, NULL);
  assert_refused (f, path, "links to “../../../etc/passwd”, outside the document");

  /* No document.xml */
  write_zip (path, "[Content_Types].xml", content_types, "_rels/.rels", good_rels, NULL);
  assert_refused (f, path, "has no document part (word/document.xml)");

  /* Not well-formed, and a DOCTYPE with an entity */
  write_zip (path, "_rels/.rels", good_rels, "word/document.xml", "<w:document " W_NS "><w:body><w:p>", NULL);
  assert_refused (f, path, "hostile.docx (word/document.xml)");
  assert_refused (f, path, "not well-formed XML");
  write_zip (path, "_rels/.rels", good_rels, "word/document.xml",
             "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x \"ยาว\">]>"
             "<w:document " W_NS "><w:body>" P ("&x;") "</w:body></w:document>", NULL);
  assert_refused (f, path, "document type declaration");
  /* in the styles too */
  write_zip (path, "_rels/.rels", good_rels, "word/document.xml", document,
             "word/styles.xml", "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>", NULL);
  assert_refused (f, path, "hostile.docx (word/styles.xml)");

  /* An old .doc (or a .docx with a password) */
  g_assert_true (g_file_set_contents (path, ole, sizeof ole - 1, &error));
  assert_refused (f, path, "save it as .docx in Word or LibreOffice");

  /* An empty zip, garbage after a zip's signature, another zip */
  g_assert_true (g_file_set_contents (path, empty_zip, sizeof empty_zip, &error));
  assert_refused (f, path, "holds neither a Word document (.docx) nor an OpenDocument text (.odt)");
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage - 1, &error));
  assert_refused (f, path, "is a damaged zip file");
  write_zip (path, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>", NULL);
  assert_refused (f, path, "not a text document");
  write_zip (path, "mimetype", "application/vnd.oasis.opendocument.text", NULL);
  assert_refused (f, path, "has no part “content.xml”");
}

/* }}} */

/* --import-document takes a .docx, then --list shows it; an old .doc
 * is refused in the user's language */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autoptr(GBytes) docx = hrp_test_format_export (&hrp_test_docx, sample, NULL);
  g_autofree char *path = in_folder (f, "last-year.docx");
  g_autofree char *opt = g_strconcat ("--import-document=", path, NULL);
  HrpTestRun r;

  hrp_test_write_bytes (path, docx);
  r = hrp_test_run_hrplan (f->dir, f->database_option, opt, "--as-year=2569", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Imported the plan for fiscal year 2569 (9 missions, 9 strategies, 10 HR policies, 18 activities)"));
  hrp_test_run_clear (&r);

  r = hrp_test_run_hrplan (f->dir, f->database_option, "--list", NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* The year imported as, its title rolled over with it */
  g_assert_true (hrp_test_has_line (r.out, "2569\tแผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569"));
  hrp_test_run_clear (&r);

  /* An old .doc refused in Thai */
  {
    static const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 an old Word file";
    g_autofree char *doc = in_folder (f, "old.doc");
    g_autofree char *doc_opt = g_strconcat ("--import-document=", doc, NULL);
    const char *argv[] = { g_getenv ("HRPLAN_EXE"), f->database_option, doc_opt, NULL };

    g_assert_true (g_file_set_contents (doc, ole, sizeof ole - 1, NULL));
    r = hrp_test_run (f->dir, NULL, "th", NULL, argv);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "เป็นเอกสาร Word รุ่นเก่า (.doc)"));
    g_assert_nonnull (strstr (r.err, "บันทึกเป็น .docx"));
    hrp_test_run_clear (&r);
  }
}

/* Progress by parts, in order; cancelled, nothing read */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autoptr(GBytes) docx = hrp_test_format_export (&hrp_test_docx, sample, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  HrpTestProgress progress = { 0 };

  plan = hrp_document_import (docx, "p.docx", cancellable, hrp_test_progress_cb, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (progress.total, ==, 3);
  g_assert_cmpuint (progress.calls, ==, 3);
  hrp_test_assert_import_cancelled (docx, "p.docx");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) hrp_test_database_add (path, data, func)
  ADD ("/word-import/own-docx", "docx", test_own_export);
  ADD ("/word-import/own-odt", "odt", test_own_export);
  ADD ("/word-import/quirks", NULL, test_quirks);
  ADD ("/word-import/tabs/docx", "docx", test_tabs);
  ADD ("/word-import/tabs/odt", "odt", test_tabs);
  ADD ("/word-import/refused", NULL, test_refused);
  ADD ("/word-import/command-line", NULL, test_command_line);
  ADD ("/word-import/progress", NULL, test_progress);
  ADD ("/word-import/other-program/docx", "docx", test_other_program);
  ADD ("/word-import/other-program/odt", "odt", test_other_program);
  ADD ("/word-import/odt-of-our-docx", NULL, test_odt_of_our_docx);
#undef ADD

  return g_test_run ();
}
