/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-xml.c — the exchange format (spec/xml-format.md), rule by rule:
 * valid files, invalid files, hostile files, encodings, and the export's
 * bytes.  Files are written to a temporary folder and read back from disk
 * the way the command line reads them. */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "hrp-test-util.h"
#include "hrp-thai.h"
#include "hrp-xml.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: none */
} Fixture;

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define PLAN_OPEN "<plan xmlns=\"urn:hrplan:plan:1\" format-version=\"1\" fiscal-year=\"2568\">\n"
#define ORG "  <organization>\n    <name>องค์การบริหารส่วนตำบลหนองแก้ว</name>\n  </organization>\n"
#define TITLE "  <title>แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</title>\n"
#define VISION "  <vision>วิสัยทัศน์</vision>\n"
#define MINIMAL HEAD PLAN_OPEN ORG TITLE VISION "</plan>\n"

/* A whole plan, in the exact bytes the exporter writes. */
static const char full_plan[] =
  HEAD
  "<plan xmlns=\"urn:hrplan:plan:1\" format-version=\"1\" fiscal-year=\"2568\">\n"
  "  <organization>\n"
  "    <name>องค์การบริหารส่วนตำบลหนองแก้ว</name>\n"
  "    <district>อำเภอกันทรารมย์</district>\n"
  "    <province>จังหวัดศรีสะเกษ</province>\n"
  "  </organization>\n"
  "  <title>แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</title>\n"
  "  <preamble>ย่อหน้าแรก\nย่อหน้าที่สอง &amp; &lt;สาม&gt;</preamble>\n"
  "  <vision>ตำบลน่าอยู่ เศรษฐกิจดี</vision>\n"
  "  <missions>\n"
  "    <mission id=\"m1\">ส่งเสริมการพัฒนาเศรษฐกิจในชุมชน</mission>\n"
  "    <mission id=\"m2\">พัฒนาการเมืองและการบริหาร</mission>\n"
  "  </missions>\n"
  "  <strategies>\n"
  "    <strategy id=\"s1\" mission=\"m1\">\n"
  "      <title>ส่งเสริมการพัฒนาด้านเศรษฐกิจ</title>\n"
  "      <goals>\n"
  "        <item>เป้าหมายหนึ่ง</item>\n"
  "        <item>เป้าหมายสอง</item>\n"
  "      </goals>\n"
  "      <indicators>\n"
  "        <item>ตัวชี้วัด</item>\n"
  "      </indicators>\n"
  "    </strategy>\n"
  "    <strategy id=\"s2\" mission=\"m2\">\n"
  "      <title>การพัฒนาด้านการเมืองและการบริหาร</title>\n"
  "      <objectives>\n"
  "        <item>พัฒนาบุคลากร</item>\n"
  "      </objectives>\n"
  "    </strategy>\n"
  "    <strategy id=\"s3\">\n"
  "      <title>ยังไม่ผูกกับพันธกิจ</title>\n"
  "    </strategy>\n"
  "  </strategies>\n"
  "  <positions>\n"
  "    <item>จุดยืนที่หนึ่ง</item>\n"
  "  </positions>\n"
  "  <policies>\n"
  "    <intro>เพื่อให้การบริหารเป็นไปอย่างมีประสิทธิภาพ ดังนี้</intro>\n"
  "    <policy id=\"p1\" strategy=\"s2\">\n"
  "      <title>ด้านอัตรากำลังและการบริหารอัตรากำลัง</title>\n"
  "      <description>คำอธิบาย</description>\n"
  "      <activities>\n"
  "        <activity>\n"
  "          <name>ปรับปรุงแผนอัตรากำลัง 3 ปี</name>\n"
  "          <budget>200000.00</budget>\n"
  "          <quarters q1=\"true\" q2=\"false\" q3=\"false\" q4=\"true\"/>\n"
  "        </activity>\n"
  "        <activity>\n"
  "          <name>ไม่มีงบประมาณ</name>\n"
  "        </activity>\n"
  "        <activity>\n"
  "          <name>งบประมาณศูนย์บาท</name>\n"
  "          <budget>0.00</budget>\n"
  "        </activity>\n"
  "      </activities>\n"
  "    </policy>\n"
  "    <policy id=\"p2\">\n"
  "      <title>ด้านที่ยังไม่ผูก</title>\n"
  "    </policy>\n"
  "  </policies>\n"
  "</plan>\n";

/* The signers of a plan, in the exact bytes the exporter writes after
 * </policies>: one without a role. */
#define SIGNERS \
  "  <signers>\n" \
  "    <signer>\n" \
  "      <name>นางสาวตัวอย่าง ขยันดี</name>\n" \
  "      <position>ปลัดองค์การบริหารส่วนตำบลหนองแก้ว</position>\n" \
  "      <role>ผู้จัดทำ</role>\n" \
  "    </signer>\n" \
  "    <signer>\n" \
  "      <name>นายตัวอย่าง ใจดี &amp; คณะ</name>\n" \
  "      <position>นายกองค์การบริหารส่วนตำบลหนองแก้ว</position>\n" \
  "    </signer>\n" \
  "  </signers>\n"

/* ------------------------------------------------------------- helpers */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "xml", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_folder_clear (&f->folder);
}

/* Writes bytes to a real file, reads it back and imports it. */
static HrpPlan *
import_bytes (Fixture     *f,
              const char  *bytes,
              gsize        len,
              GError     **error)
{
  g_autofree char *path = g_build_filename (f->folder.dir, "plan.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) data = NULL;
  gsize read_len = 0;

  g_assert_true (g_file_set_contents (path, bytes, len, NULL));
  g_assert_true (g_file_get_contents (path, &contents, &read_len, NULL));
  g_assert_cmpuint (read_len, ==, len);
  data = g_bytes_new_take (g_steal_pointer (&contents), read_len);

  return hrp_xml_import (data, "plan.xml", error);
}

static HrpPlan *
import_string (Fixture     *f,
               const char  *xml,
               GError     **error)
{
  return import_bytes (f, xml, strlen (xml), error);
}

static HrpPlan *
import_ok (Fixture    *f,
           const char *xml)
{
  g_autoptr(GError) error = NULL;
  HrpPlan *plan = import_string (f, xml, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* Imports and expects failure with the given code; returns the message. */
static char *
import_fails (Fixture    *f,
              const char *xml,
              int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = import_string (f, xml, &error);

  g_assert_null (plan);
  g_assert_error (error, HRP_XML_ERROR, code);
  /* One line, naming the file. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_prefix (error->message, "plan.xml:"));
  return g_strdup (error->message);
}

/* MINIMAL with `from` replaced by `to` (once). */
static char *
minimal_with (const char *from,
              const char *to)
{
  GString *s = g_string_new (MINIMAL);

  g_assert_nonnull (strstr (s->str, from));
  g_string_replace (s, from, to, 1);
  return g_string_free (s, FALSE);
}

static char *
full_with (const char *from,
           const char *to)
{
  GString *s = g_string_new (full_plan);

  g_assert_nonnull (strstr (s->str, from));
  g_string_replace (s, from, to, 1);
  return g_string_free (s, FALSE);
}

static char *
export_string (HrpPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = hrp_xml_export (plan, &error);
  gsize len;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &len);
  g_assert_cmpuint (strlen (data), <=, len); /* no NUL inside */
  return g_strndup (data, len);
}

/* --------------------------------------------------------------- valid */

static void
test_minimal (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = import_ok (f, MINIMAL);

  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2568);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "องค์การบริหารส่วนตำบลหนองแก้ว");
  g_assert_cmpstr (hrp_plan_get_org_district (plan), ==, "");
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "วิสัยทัศน์");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (plan)), ==, 0);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (plan)), ==, 0);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 0);
}

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = import_ok (f, full_plan);
  HrpStrategy *s1, *s2, *s3;
  HrpPolicy *p1, *p2;
  HrpActivity *a;

  g_assert_cmpstr (hrp_plan_get_org_province (plan), ==, "จังหวัดศรีสะเกษ");
  g_assert_cmpstr (hrp_plan_get_preamble (plan), ==, "ย่อหน้าแรก\nย่อหน้าที่สอง & <สาม>");
  g_assert_cmpstr (hrp_plan_get_policy_intro (plan), ==, "เพื่อให้การบริหารเป็นไปอย่างมีประสิทธิภาพ ดังนี้");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (plan)), ==, 2);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_strategies (plan)), ==, 3);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_positions (plan)), ==, 1);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (plan)), ==, 2);

  s1 = hrp_test_nth (hrp_plan_get_strategies (plan), 0);
  s2 = hrp_test_nth (hrp_plan_get_strategies (plan), 1);
  s3 = hrp_test_nth (hrp_plan_get_strategies (plan), 2);
  g_assert_true (hrp_strategy_get_mission (s1) == hrp_test_nth (hrp_plan_get_missions (plan), 0));
  g_assert_true (hrp_strategy_get_mission (s2) == hrp_test_nth (hrp_plan_get_missions (plan), 1));
  g_assert_null (hrp_strategy_get_mission (s3));
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_goals (s1)), ==, 2);
  g_assert_cmpstr (hrp_text_get_text (hrp_test_nth (hrp_strategy_get_goals (s1), 1)), ==, "เป้าหมายสอง");
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_objectives (s1)), ==, 0);
  g_assert_cmpuint (hrp_test_n_items (hrp_strategy_get_indicators (s1)), ==, 1);
  g_assert_cmpstr (hrp_text_get_text (hrp_test_nth (hrp_strategy_get_objectives (s2), 0)), ==, "พัฒนาบุคลากร");

  p1 = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  p2 = hrp_test_nth (hrp_plan_get_policies (plan), 1);
  g_assert_true (hrp_policy_get_strategy (p1) == s2);
  g_assert_null (hrp_policy_get_strategy (p2));
  g_assert_cmpstr (hrp_policy_get_description (p2), ==, "");
  g_assert_cmpuint (hrp_test_n_items (hrp_policy_get_activities (p1)), ==, 3);

  a = hrp_test_nth (hrp_policy_get_activities (p1), 0);
  g_assert_cmpstr (hrp_activity_get_name (a), ==, "ปรับปรุงแผนอัตรากำลัง 3 ปี");
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 20000000);
  g_assert_true (hrp_activity_get_quarter (a, 1));
  g_assert_false (hrp_activity_get_quarter (a, 2));
  g_assert_false (hrp_activity_get_quarter (a, 3));
  g_assert_true (hrp_activity_get_quarter (a, 4));

  /* Absent budget is "no budget", which differs from 0. */
  a = hrp_test_nth (hrp_policy_get_activities (p1), 1);
  g_assert_cmpint (hrp_activity_get_budget (a), ==, HRP_BUDGET_NONE);
  a = hrp_test_nth (hrp_policy_get_activities (p1), 2);
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 0);
}

static void
test_export_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = import_ok (f, full_plan);
  g_autofree char *first = export_string (plan);
  g_autofree char *second = export_string (plan);
  g_autoptr(HrpPlan) again = NULL;
  g_autofree char *third = NULL;

  /* The writer's layout: exactly the document above. */
  g_assert_cmpstr (first, ==, full_plan);
  /* Deterministic, and export → import → export is byte-identical. */
  g_assert_cmpstr (first, ==, second);
  again = import_ok (f, first);
  third = export_string (again);
  g_assert_cmpstr (third, ==, first);
}

static void
test_export_built_plan (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpMission) mission = hrp_mission_new ("  พันธกิจ \"หนึ่ง\" & <สอง>  ");
  g_autoptr(HrpStrategy) strategy = hrp_strategy_new ("ยุทธศาสตร์");
  g_autoptr(HrpStrategy) foreign = hrp_strategy_new ("นอกแผน");
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านหนึ่ง");
  g_autoptr(HrpActivity) activity = hrp_activity_new ("กิจกรรม");
  g_autoptr(HrpPlan) back = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *again = NULL;
  HrpActivity *a;

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_org_name (plan, "อบต.ทดสอบ");
  hrp_plan_set_title (plan, "แผน ๒๕๖๙");
  hrp_plan_set_vision (plan, "บรรทัดหนึ่ง\r\nบรรทัดสอง\tแท็บ\x01");
  hrp_model_list_append (hrp_plan_get_missions (plan), mission);
  hrp_strategy_set_mission (strategy, mission);
  hrp_model_list_append (hrp_plan_get_strategies (plan), strategy);
  /* A link to a strategy outside the plan is written as no link. */
  hrp_policy_set_strategy (policy, foreign);
  hrp_activity_set_budget (activity, 12345678901);
  hrp_activity_set_quarter (activity, 3, TRUE);
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);

  xml = export_string (plan);
  g_assert_nonnull (strstr (xml, "<mission id=\"m1\">พันธกิจ &quot;หนึ่ง&quot; &amp; &lt;สอง&gt;</mission>"));
  g_assert_nonnull (strstr (xml, "<strategy id=\"s1\" mission=\"m1\">"));
  g_assert_nonnull (strstr (xml, "<policy id=\"p1\">"));
  g_assert_nonnull (strstr (xml, "<budget>123456789.01</budget>"));
  g_assert_nonnull (strstr (xml, "<quarters q1=\"false\" q2=\"false\" q3=\"true\" q4=\"false\"/>"));
  g_assert_null (strstr (xml, "\x01"));
  g_assert_null (strstr (xml, "<missions/>"));
  g_assert_null (strstr (xml, "<positions>")); /* empty lists are left out */

  back = import_ok (f, xml);
  g_assert_cmpstr (hrp_plan_get_title (back), ==, "แผน ๒๕๖๙");
  g_assert_cmpstr (hrp_plan_get_vision (back), ==, "บรรทัดหนึ่ง\r\nบรรทัดสอง\tแท็บ");
  g_assert_cmpstr (hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (back), 0)), ==,
                   "พันธกิจ \"หนึ่ง\" & <สอง>");
  a = hrp_test_nth (hrp_policy_get_activities (hrp_test_nth (hrp_plan_get_policies (back), 0)), 0);
  g_assert_cmpint (hrp_activity_get_budget (a), ==, 12345678901);
  g_assert_true (hrp_activity_get_quarter (a, 3));
  g_assert_false (hrp_activity_get_quarter (a, 1));
  again = export_string (back);
  g_assert_cmpstr (again, ==, xml);
}

/* <signers>: read in order, written only when the plan has signers (a
 * plan without them is written byte for byte as before), deterministic,
 * and export → import → export is byte-identical. */
static void
test_signers (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *with_signers = full_with ("  </policies>\n", "  </policies>\n" SIGNERS);
  g_autoptr(HrpPlan) plan = import_ok (f, with_signers);
  g_autoptr(HrpPlan) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *without = NULL;
  GListModel *signers = hrp_plan_get_signers (plan);
  HrpSigner *signer;

  g_assert_cmpuint (g_list_model_get_n_items (signers), ==, 2);
  signer = hrp_test_nth (signers, 0);
  g_assert_cmpstr (hrp_signer_get_name (signer), ==, "นางสาวตัวอย่าง ขยันดี");
  g_assert_cmpstr (hrp_signer_get_position (signer), ==, "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว");
  g_assert_cmpstr (hrp_signer_get_role (signer), ==, "ผู้จัดทำ");
  signer = hrp_test_nth (signers, 1);
  g_assert_cmpstr (hrp_signer_get_name (signer), ==, "นายตัวอย่าง ใจดี & คณะ");
  g_assert_cmpstr (hrp_signer_get_position (signer), ==, "นายกองค์การบริหารส่วนตำบลหนองแก้ว");
  g_assert_cmpstr (hrp_signer_get_role (signer), ==, "");
  /* the rest of the plan as without signers */
  g_assert_cmpuint (hrp_plan_count_activities (plan), ==, 3);

  first = export_string (plan);
  second = export_string (plan);
  g_assert_cmpstr (first, ==, with_signers);
  g_assert_cmpstr (second, ==, first);
  again = import_ok (f, first);
  third = export_string (again);
  g_assert_cmpstr (third, ==, first);

  /* Without signers, the file is the one written before there were any. */
  g_list_store_remove_all (G_LIST_STORE (signers));
  without = export_string (plan);
  g_assert_cmpstr (without, ==, full_plan);
  g_assert_null (strstr (without, "signer"));

  /* A signer without a name (a row just added) is not written: the
   * format requires a name.  Only such signers: no <signers> at all. */
  {
    g_autoptr(HrpSigner) unnamed = hrp_signer_new (" \n", "ผู้อำนวยการกองคลัง", "ผู้เห็นชอบ");
    g_autoptr(HrpSigner) named = hrp_signer_new ("นายตัวอย่าง ใจดี", "", " ");
    g_autofree char *only_unnamed = NULL;
    g_autofree char *one = NULL;
    g_autoptr(HrpPlan) back = NULL;

    hrp_model_list_append (signers, unnamed);
    only_unnamed = export_string (plan);
    g_assert_cmpstr (only_unnamed, ==, full_plan);
    hrp_model_list_append (signers, named);
    one = export_string (plan);
    g_assert_nonnull (strstr (one,
                              "  </policies>\n"
                              "  <signers>\n"
                              "    <signer>\n"
                              "      <name>นายตัวอย่าง ใจดี</name>\n"
                              "      <position></position>\n"
                              "    </signer>\n"
                              "  </signers>\n"
                              "</plan>\n"));
    back = import_ok (f, one);
    g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_signers (back)), ==, 1);
    g_assert_cmpstr (hrp_signer_get_position (hrp_test_nth (hrp_plan_get_signers (back), 0)), ==, "");
  }

  /* Alone after the plan's required parts, with extensions. */
  {
    g_autofree char *xml = minimal_with ("</plan>",
                                         "  <signers x:note=\"1\" xmlns:x=\"urn:example:x\">\n"
                                         "    <x:extra/>\n"
                                         "    <signer>\n"
                                         "      <name> นายตัวอย่าง ใจดี </name>\n"
                                         "      <position/>\n"
                                         "      <role>ผู้อนุมัติ</role>\n"
                                         "      <x:seal>ตรา</x:seal>\n"
                                         "    </signer>\n"
                                         "  </signers>\n"
                                         "</plan>");
    g_autoptr(HrpPlan) alone = import_ok (f, xml);

    signer = hrp_test_nth (hrp_plan_get_signers (alone), 0);
    g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_signers (alone)), ==, 1);
    g_assert_cmpstr (hrp_signer_get_name (signer), ==, "นายตัวอย่าง ใจดี");
    g_assert_cmpstr (hrp_signer_get_position (signer), ==, "");
    g_assert_cmpstr (hrp_signer_get_role (signer), ==, "ผู้อนุมัติ");
  }
}

/* A signer needs a name and a position, in that order, and <signers>
 * comes after <policies>: anything else is refused, with one message. */
static void
test_invalid_signers (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const cases[][2] = {
    { "      <name>นางสาวตัวอย่าง ขยันดี</name>\n", "" },
    { "      <name>นางสาวตัวอย่าง ขยันดี</name>\n", "      <name> \t </name>\n" },
    { "      <position>นายกองค์การบริหารส่วนตำบลหนองแก้ว</position>\n", "" },
    { "      <position>ปลัดองค์การบริหารส่วนตำบลหนองแก้ว</position>\n"
      "      <role>ผู้จัดทำ</role>\n",
      "      <role>ผู้จัดทำ</role>\n"
      "      <position>ปลัดองค์การบริหารส่วนตำบลหนองแก้ว</position>\n" },
    { "      <role>ผู้จัดทำ</role>\n",
      "      <role>ผู้จัดทำ</role>\n      <role>ผู้อนุมัติ</role>\n" },
    { "  </signers>\n", "    <person/>\n  </signers>\n" },
  };
  g_autofree char *with_signers = full_with ("  </policies>\n", "  </policies>\n" SIGNERS);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GString *xml = g_string_new (with_signers);
      g_autofree char *message = NULL;

      g_assert_nonnull (strstr (xml->str, cases[i][0]));
      g_string_replace (xml, cases[i][0], cases[i][1], 1);
      message = import_fails (f, xml->str, HRP_XML_ERROR_INVALID);
      g_test_message ("case %u: %s", i, message);
      g_string_free (xml, TRUE);
    }

  /* before <policies> */
  {
    g_autofree char *moved = full_with ("  <policies>\n", SIGNERS "  <policies>\n");
    g_autofree char *message = import_fails (f, moved, HRP_XML_ERROR_INVALID);

    g_test_message ("before <policies>: %s", message);
    g_assert_nonnull (strstr (message, "policies"));
  }
}

static void
test_white_space (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *xml = minimal_with ("<vision>วิสัยทัศน์</vision>",
                                       "<vision>\n    บรรทัดแรก\n    บรรทัดสอง  \n  </vision>");
  g_autoptr(HrpPlan) plan = import_ok (f, xml);

  /* Leading and trailing white space goes; the line break inside stays. */
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "บรรทัดแรก\n    บรรทัดสอง");
}

static void
test_budgets (Fixture       *f,
              gconstpointer  data)
{
  static const struct {
    const char *text;
    gint64      satang;
  } good[] = {
    { "200000", 20000000 },
    { "200000.5", 20000050 },
    { " 1.25 ", 125 },
    { "0", 0 },
    { "+3", 300 },
    { "007.10", 710 },
    { "999999999999.99", HRP_BUDGET_MAX },
  };
  static const char * const bad[] = {
    "-1", "1.234", "1,000", "1000000000000", "12baht", "", "๑๐๐", "1e3", "NaN",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *budget = g_strdup_printf ("<budget>%s</budget>", good[i].text);
      g_autofree char *xml = full_with ("<budget>200000.00</budget>", budget);
      g_autoptr(HrpPlan) plan = import_ok (f, xml);
      HrpActivity *a = hrp_test_nth (hrp_policy_get_activities (hrp_test_nth (hrp_plan_get_policies (plan), 0)), 0);

      g_assert_cmpint (hrp_activity_get_budget (a), ==, good[i].satang);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *budget = g_strdup_printf ("<budget>%s</budget>", bad[i]);
      g_autofree char *xml = full_with ("<budget>200000.00</budget>", budget);
      g_autofree char *message = import_fails (f, xml, HRP_XML_ERROR_INVALID);

      g_test_message ("%s → %s", bad[i], message);
      /* The line of the budget element is named. */
      g_assert_true (g_str_has_prefix (message, "plan.xml:48:"));
    }
}

static void
test_quarters (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *xml = full_with ("<quarters q1=\"true\" q2=\"false\" q3=\"false\" q4=\"true\"/>",
                                    "<quarters q2=\" 1 \" q3=\"true\"/>");
  g_autoptr(HrpPlan) plan = import_ok (f, xml);
  HrpActivity *a = hrp_test_nth (hrp_policy_get_activities (hrp_test_nth (hrp_plan_get_policies (plan), 0)), 0);
  g_autofree char *bad = full_with ("q4=\"true\"", "q4=\"yes\"");
  g_autofree char *message = NULL;

  g_assert_false (hrp_activity_get_quarter (a, 1));
  g_assert_true (hrp_activity_get_quarter (a, 2));
  g_assert_true (hrp_activity_get_quarter (a, 3));
  g_assert_false (hrp_activity_get_quarter (a, 4));

  message = import_fails (f, bad, HRP_XML_ERROR_INVALID);
  g_assert_nonnull (strstr (message, "q4"));
}

static void
test_extensions (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *a = full_with ("<plan xmlns=\"urn:hrplan:plan:1\"",
                                  "<plan xmlns:x=\"urn:example:ext\" x:origin=\"province\" xmlns=\"urn:hrplan:plan:1\"");
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(HrpPlan) reference = import_ok (f, full_plan);
  g_autofree char *expected = export_string (reference);
  g_autofree char *got = NULL;
  GString *s = g_string_new (a);

  /* Foreign elements between, inside and after ours; foreign attributes;
   * comments and processing instructions. */
  g_string_replace (s, "  <vision>", "  <x:note>ignored <x:deep>deeper</x:deep></x:note>\n  <vision>", 1);
  g_string_replace (s, "<title>ส่งเสริม", "<x:tag/><title x:lang=\"th\">ส่งเสริม", 1);
  g_string_replace (s, "<name>ไม่มีงบประมาณ</name>", "<name>ไม่มี<!-- comment -->งบประมาณ</name><x:code>42</x:code>", 1);
  g_string_replace (s, "</plan>", "<x:signature>…</x:signature>\n<?processing instruction?>\n</plan>", 1);
  b = g_string_free (s, FALSE);

  plan = import_ok (f, b);
  got = export_string (plan);
  g_assert_cmpstr (got, ==, expected);

  /* XInclude is an extension like any other: never processed. */
  c = minimal_with ("<vision>วิสัยทัศน์</vision>",
                    "<vision>วิสัยทัศน์<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                    "href=\"/etc/passwd\" parse=\"text\"/></vision>");
  g_clear_object (&plan);
  plan = import_ok (f, c);
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "วิสัยทัศน์");

  /* An unknown element of our own namespace, or an unqualified unknown
   * attribute, is not an extension. */
  d = minimal_with ("  <vision>", "  <colour>red</colour>\n  <vision>");
  g_free (import_fails (f, d, HRP_XML_ERROR_INVALID));
  g_free (d);
  d = minimal_with ("fiscal-year=\"2568\"", "fiscal-year=\"2568\" colour=\"red\"");
  g_free (import_fails (f, d, HRP_XML_ERROR_INVALID));
}

/* ------------------------------------------------------------- invalid */

static void
test_not_a_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *m1 = NULL;
  g_autofree char *wrong_ns = minimal_with ("urn:hrplan:plan:1", "urn:hrplan:plan:9");
  g_autofree char *no_ns = minimal_with (" xmlns=\"urn:hrplan:plan:1\"", "");

  m1 = import_fails (f, HEAD "<html><body/></html>\n", HRP_XML_ERROR_INVALID);
  g_assert_nonnull (strstr (m1, "urn:hrplan:plan:1"));
  g_free (import_fails (f, wrong_ns, HRP_XML_ERROR_INVALID));
  g_free (import_fails (f, no_ns, HRP_XML_ERROR_INVALID));
  g_free (import_fails (f, "", HRP_XML_ERROR_MALFORMED));
  {
    /* White space is an empty file; text is not an XML file (libxml2
     * calls both "document empty"). */
    g_autofree char *blank = import_fails (f, "  \n\t\n", HRP_XML_ERROR_MALFORMED);
    g_autofree char *text = import_fails (f, "import os\nprint (1)\n", HRP_XML_ERROR_MALFORMED);

    g_assert_nonnull (strstr (blank, "empty"));
    g_assert_nonnull (strstr (text, "not an XML file"));
  }
  g_free (import_fails (f, "just some text", HRP_XML_ERROR_MALFORMED));
  g_free (import_fails (f, "\x89PNG\r\n\x1a\n", HRP_XML_ERROR_MALFORMED));
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *truncated = g_strndup (full_plan, sizeof full_plan / 2);
  g_autofree char *m1 = NULL;
  g_autofree char *m2 = NULL;
  g_autofree char *unclosed = minimal_with ("<vision>วิสัยทัศน์</vision>", "<vision>วิสัยทัศน์</visio>");

  m1 = import_fails (f, truncated, HRP_XML_ERROR_MALFORMED);
  m2 = import_fails (f, unclosed, HRP_XML_ERROR_MALFORMED);
  /* The line of the mismatched end tag (line 7 of MINIMAL). */
  g_assert_true (g_str_has_prefix (m2, "plan.xml:7:"));

  /* From the XML conformance suite (oasis p39fail4, p27fail1, ibm04n02):
   * the first error is the one to show.  libxml2 goes on after it and
   * its last error, "Start tag expected", was taken for a file that is
   * not XML at all. */
  {
    g_autofree char *declaration =
      import_fails (f, "<?xml version=\"1.0\">\n" PLAN_OPEN ORG TITLE VISION "</plan>\n",
                    HRP_XML_ERROR_MALFORMED);
    g_autofree char *before_root =
      import_fails (f, HEAD "&#32;\n" PLAN_OPEN ORG TITLE VISION "</plan>\n",
                    HRP_XML_ERROR_MALFORMED);
    g_autofree char *doctype_name =
      import_fails (f, "<!DOCTYPE \xCC\xB3plan>\n<plan/>\n", HRP_XML_ERROR_MALFORMED);

    g_assert_true (g_str_has_prefix (declaration, "plan.xml:1: The file is not well-formed XML: "));
    g_assert_nonnull (strstr (declaration, "Blank needed"));
    g_assert_true (g_str_has_prefix (before_root, "plan.xml:2: The file is not well-formed XML: "));
    g_assert_true (g_str_has_prefix (doctype_name, "plan.xml:1: The file is not well-formed XML: "));
  }
}

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  /* A newer file may not match our schema at all: the version speaks first. */
  g_autofree char *newer = minimal_with ("format-version=\"1\" fiscal-year=\"2568\">\n",
                                         "format-version=\"2\" fiscal-year=\"2568\">\n  <future/>\n");
  g_autofree char *message = import_fails (f, newer, HRP_XML_ERROR_VERSION);
  g_autofree char *zero = minimal_with ("format-version=\"1\"", "format-version=\"0\"");
  g_autofree char *text = minimal_with ("format-version=\"1\"", "format-version=\"one\"");
  g_autofree char *missing = minimal_with (" format-version=\"1\"", "");

  g_assert_nonnull (strstr (message, "2"));
  g_assert_nonnull (strstr (message, "1"));
  g_assert_true (g_str_has_prefix (message, "plan.xml:2:"));
  g_free (import_fails (f, zero, HRP_XML_ERROR_INVALID));
  g_free (import_fails (f, text, HRP_XML_ERROR_INVALID));
  g_free (import_fails (f, missing, HRP_XML_ERROR_INVALID));
}

static void
test_fiscal_year (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *ce = minimal_with ("fiscal-year=\"2568\"", "fiscal-year=\"2025\"");
  g_autofree char *low = minimal_with ("fiscal-year=\"2568\"", "fiscal-year=\"2399\"");
  g_autofree char *high = minimal_with ("fiscal-year=\"2568\"", "fiscal-year=\"2801\"");
  g_autofree char *edge = minimal_with ("fiscal-year=\"2568\"", "fiscal-year=\"2800\"");
  g_autofree char *word = minimal_with ("fiscal-year=\"2568\"", "fiscal-year=\"๒๕๖๘\"");
  g_autofree char *message = import_fails (f, ce, HRP_XML_ERROR_YEAR);
  g_autofree char *low_message = import_fails (f, low, HRP_XML_ERROR_YEAR);
  g_autoptr(HrpPlan) plan = NULL;

  /* Names the Buddhist Era year the user meant. */
  g_assert_nonnull (strstr (message, "2025"));
  g_assert_nonnull (strstr (message, "2568"));
  g_assert_nonnull (strstr (low_message, "2399"));
  g_free (import_fails (f, high, HRP_XML_ERROR_YEAR));
  g_free (import_fails (f, word, HRP_XML_ERROR_INVALID));

  plan = import_ok (f, edge);
  g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2800);
}

static void
test_required_texts (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const cases[][2] = {
    { "<name>องค์การบริหารส่วนตำบลหนองแก้ว</name>", "<name>  </name>" },
    { "<title>แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</title>", "<title/>" },
    { "<vision>ตำบลน่าอยู่ เศรษฐกิจดี</vision>", "<vision>\n\t</vision>" },
    { "<title>ส่งเสริมการพัฒนาด้านเศรษฐกิจ</title>", "<title></title>" },
    { "<title>ด้านที่ยังไม่ผูก</title>", "<title> </title>" },
    { "<name>ไม่มีงบประมาณ</name>", "<name></name>" },
    /* missing required parts */
    { "    <name>องค์การบริหารส่วนตำบลหนองแก้ว</name>\n", "" },
    { "  <vision>ตำบลน่าอยู่ เศรษฐกิจดี</vision>\n", "" },
    { "<mission id=\"m1\">", "<mission>" },
    /* order as in the spec */
    { "  <title>แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</title>\n"
      "  <preamble>ย่อหน้าแรก\nย่อหน้าที่สอง &amp; &lt;สาม&gt;</preamble>\n",
      "  <preamble>ย่อหน้าแรก</preamble>\n"
      "  <title>แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</title>\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = full_with (cases[i][0], cases[i][1]);
      g_autofree char *message = import_fails (f, xml, HRP_XML_ERROR_INVALID);

      g_test_message ("case %u: %s", i, message);
    }
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *to_nothing = full_with ("mission=\"m2\"", "mission=\"m7\"");
  g_autofree char *wrong_kind = full_with ("strategy=\"s2\"", "strategy=\"m1\"");
  g_autofree char *mission_to_policy = full_with ("mission=\"m1\"", "mission=\"p1\"");
  g_autofree char *duplicate = full_with ("<strategy id=\"s3\">", "<strategy id=\"m2\">");
  g_autofree char *m1 = import_fails (f, to_nothing, HRP_XML_ERROR_LINK);
  g_autofree char *m2 = import_fails (f, wrong_kind, HRP_XML_ERROR_LINK);
  g_autofree char *m3 = NULL;
  g_autofree char *m4 = NULL;

  /* Schema or our own check: either way one clear message, with a line. */
  g_assert_true (strstr (m1, "m7") != NULL);
  g_assert_true (g_str_has_prefix (m1, "plan.xml:27:"));
  g_assert_true (strstr (m2, "m1") != NULL);
  m3 = import_fails (f, mission_to_policy, HRP_XML_ERROR_LINK);
  g_assert_true (strstr (m3, "p1") != NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HrpPlan) plan = import_string (f, duplicate, &error);

    g_assert_null (plan);
    g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_INVALID);
    m4 = g_strdup (error->message);
  }
  g_assert_true (strstr (m4, "m2") != NULL);
}

/* ------------------------------------------------------------- hostile */

static void
test_doctype (Fixture       *f,
              gconstpointer  data)
{
  static const char * const prologs[] = {
    "<!DOCTYPE plan>\n",
    "<!DOCTYPE plan SYSTEM \"http://127.0.0.1:1/plan.dtd\">\n",
    /* external entity that would read a local file */
    "<!DOCTYPE plan [ <!ENTITY leak SYSTEM \"file:///etc/passwd\"> ]>\n",
    /* billion laughs */
    "<!DOCTYPE plan [\n"
    " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
    " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
    " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
    "]>\n",
    /* parameter entities */
    "<!DOCTYPE plan [ <!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p; ]>\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prologs); i++)
    {
      g_autofree char *vision = g_strdup_printf ("<vision>%s</vision>", i >= 2 ? "&leak;&g;" : "ok");
      GString *s = g_string_new (HEAD);
      g_autofree char *xml = NULL;
      g_autofree char *message = NULL;

      g_string_append (s, prologs[i]);
      g_string_append (s, PLAN_OPEN ORG TITLE);
      g_string_append_printf (s, "  %s\n</plan>\n", vision);
      xml = g_string_free (s, FALSE);

      message = import_fails (f, xml, HRP_XML_ERROR_DOCTYPE);
      g_assert_nonnull (strstr (message, "DOCTYPE"));
      g_assert_true (g_str_has_prefix (message, "plan.xml:2:"));
    }

  /* An entity reference without a declaration is simply an error. */
  {
    g_autofree char *xml = minimal_with ("<vision>วิสัยทัศน์</vision>", "<vision>&leak;</vision>");
    g_free (import_fails (f, xml, HRP_XML_ERROR_MALFORMED));
  }
}

static void
test_deep_nesting (Fixture       *f,
                   gconstpointer  data)
{
  GString *s = g_string_new (HEAD PLAN_OPEN ORG TITLE "  <vision>");
  g_autofree char *xml = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<x:d xmlns:x=\"urn:x\">");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "</x:d>");
  g_string_append (s, "</vision>\n</plan>\n");
  xml = g_string_free (s, FALSE);

  g_free (import_fails (f, xml, HRP_XML_ERROR_MALFORMED));
}

static void
check_huge_text (gsize huge)
{
  const char *head = HEAD PLAN_OPEN ORG "  <title>";
  const char *tail = "</title>\n" VISION "</plan>\n";
  gsize head_len = strlen (head);
  gsize tail_len = strlen (tail);
  char *buffer = g_malloc (head_len + huge + tail_len);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;

  memcpy (buffer, head, head_len);
  memset (buffer + head_len, 'a', huge);
  memcpy (buffer + head_len + huge, tail, tail_len);
  bytes = g_bytes_new_take (buffer, head_len + huge + tail_len);

  plan = hrp_xml_import (bytes, "huge.xml", &error);
  g_assert_null (plan);
  g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "huge.xml:"));
  g_test_message ("%s", error->message);
}

static void
test_huge_text (Fixture       *f,
                gconstpointer  data)
{
  /* Refused before parsing. */
  check_huge_text (300 * 1024 * 1024);
  /* Parsed, then refused: no text of a plan is this long. */
  check_huge_text (40 * 1024 * 1024);
}

static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *xml = minimal_with ("วิสัยทัศน์", "วิสัย\xff\xfeทัศน์");
  g_autofree char *message = import_fails (f, xml, HRP_XML_ERROR_MALFORMED);
  g_autofree char *nul = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;

  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "plan.xml:7:"));
  g_assert_nonnull (strstr (message, "UTF-8"));

  /* A NUL byte in the middle of the file. */
  nul = g_strdup (MINIMAL);
  nul[strlen (HEAD PLAN_OPEN) + 5] = '\0';
  plan = import_bytes (f, nul, strlen (MINIMAL), &error);
  g_assert_null (plan);
  g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_MALFORMED);

  /* Control characters are not XML. */
  g_free (xml);
  xml = minimal_with ("วิสัยทัศน์", "a&#1;b");
  g_free (import_fails (f, xml, HRP_XML_ERROR_MALFORMED));
}

/* ----------------------------------------------------------- encodings */

static void
test_bom (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *xml = g_strconcat ("\xef\xbb\xbf", full_plan, NULL);
  g_autoptr(HrpPlan) plan = import_ok (f, xml);
  g_autofree char *out = export_string (plan);

  g_assert_cmpstr (out, ==, full_plan);
}

static void
check_converted (Fixture    *f,
                 const char *encoding,
                 const char *bom,
                 gsize       bom_len)
{
  g_autoptr(GError) error = NULL;
  GString *s = g_string_new (full_plan);
  g_autofree char *utf8 = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *with_bom = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autofree char *out = NULL;
  gsize len = 0;

  g_string_replace (s, "encoding=\"UTF-8\"", "", 1);
  {
    g_autofree char *decl = g_strdup_printf ("encoding=\"%s\"", encoding);
    g_string_replace (s, "<?xml version=\"1.0\" ?>", "", 1);
    g_string_replace (s, "<?xml version=\"1.0\" ", "", 1);
    g_string_replace (s, "?>", "", 1);
    g_string_prepend (s, "?>");
    g_string_prepend (s, decl);
    g_string_prepend (s, "<?xml version=\"1.0\" ");
  }
  utf8 = g_string_free (s, FALSE);
  g_assert_true (g_str_has_prefix (utf8, "<?xml version=\"1.0\" encoding=\""));

  converted = g_convert (utf8, -1, encoding, "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (bom_len + len);
  memcpy (with_bom, bom, bom_len);
  memcpy (with_bom + bom_len, converted, len);

  plan = import_bytes (f, with_bom, bom_len + len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_plan_get_org_name (plan), ==, "องค์การบริหารส่วนตำบลหนองแก้ว");
  out = export_string (plan);
  /* The export is UTF-8 again, and the same plan. */
  g_assert_cmpstr (out, ==, full_plan);
}

static void
test_utf16 (Fixture       *f,
            gconstpointer  data)
{
  check_converted (f, "UTF-16LE", "\xff\xfe", 2);
  check_converted (f, "UTF-16BE", "\xfe\xff", 2);
}

static void
test_thai_encodings (Fixture       *f,
                     gconstpointer  data)
{
  /* Old Thai Windows PCs write TIS-620 / windows-874. */
  check_converted (f, "TIS-620", "", 0);
  check_converted (f, "WINDOWS-874", "", 0);
}

static void
test_wrong_declared_encoding (Fixture       *f,
                              gconstpointer  data)
{
  /* UTF-8 bytes under a TIS-620 declaration decode to other Thai letters
   * or to bytes TIS-620 does not have: either way not a silent success
   * with the right text. */
  GString *s = g_string_new (full_plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autofree char *xml = NULL;

  g_string_replace (s, "encoding=\"UTF-8\"", "encoding=\"TIS-620\"", 1);
  xml = g_string_free (s, FALSE);
  plan = import_string (f, xml, &error);
  if (plan != NULL)
    g_assert_cmpstr (hrp_plan_get_org_name (plan), !=, "องค์การบริหารส่วนตำบลหนองแก้ว");
  else
    g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_MALFORMED);

  /* An encoding nobody knows. */
  g_clear_error (&error);
  {
    g_autofree char *unknown = full_with ("encoding=\"UTF-8\"", "encoding=\"x-no-such-encoding\"");
    g_autofree char *message = import_fails (f, unknown, HRP_XML_ERROR_MALFORMED);
    g_test_message ("%s", message);
  }
}

/* ----------------------------------------------------------------- sizes */

static void
test_large_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = import_ok (f, full_plan);
  g_autoptr(HrpPlan) back = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *again = NULL;
  HrpStrategy *strategy = hrp_test_nth (hrp_plan_get_strategies (plan), 0);

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *title = g_strdup_printf ("ด้านที่ %u", i + 1);
      g_autoptr(HrpPolicy) policy = hrp_policy_new (title);

      hrp_policy_set_strategy (policy, strategy);
      for (guint j = 0; j < 100; j++)
        {
          g_autofree char *name = g_strdup_printf ("กิจกรรม %u.%u", i + 1, j + 1);
          g_autoptr(HrpActivity) activity = hrp_activity_new (name);

          hrp_activity_set_budget (activity, (gint64) (i * 100 + j) * 101);
          hrp_activity_set_quarter (activity, 1 + j % 4, TRUE);
          hrp_model_list_append (hrp_policy_get_activities (policy), activity);
        }
      hrp_model_list_append (hrp_plan_get_policies (plan), policy);
    }

  xml = export_string (plan);
  back = import_ok (f, xml);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_policies (back)), ==, 102);
  g_assert_cmpint (hrp_plan_total_budget (back), ==, hrp_plan_total_budget (plan));
  again = export_string (back);
  g_assert_cmpstr (again, ==, xml);
}

/* A plan that leaves empty a text the format requires (as a plan read
 * from a document without a vision, or a new plan, may) is refused by
 * the export with a message that names it as Check Plan does: no file
 * the import would refuse.  An empty mission or optional text is
 * written, and imports back. */
static void
test_export_required_texts (Fixture       *f,
                            gconstpointer  data)
{
  static const struct {
    const char *field;
    const char *message;
  } cases[] = {
    { "organization", "The plan has no organization name: fill in the organization’s name before exporting it." },
    { "title", "The plan has no title: fill in its title before exporting it." },
    { "vision", "The plan has no vision: fill in its vision before exporting it." },
    { "strategy", "Strategy 2 has no title: fill in its title before exporting the plan." },
    { "policy", "Policy 2 has no title: fill in its title before exporting the plan." },
    { "activity", "Policy 1 › activity 3 has no name: fill in its name before exporting the plan." },
  };
  static const char * const empty[] = { "", "  ", "\n\t \r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HrpPlan) plan = import_ok (f, full_plan);
      HrpPolicy *policy1 = hrp_test_nth (hrp_plan_get_policies (plan), 0);
      const char *text = empty[i % G_N_ELEMENTS (empty)];
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error_again = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (g_str_equal (cases[i].field, "organization"))
        hrp_plan_set_org_name (plan, text);
      else if (g_str_equal (cases[i].field, "title"))
        hrp_plan_set_title (plan, text);
      else if (g_str_equal (cases[i].field, "vision"))
        hrp_plan_set_vision (plan, text);
      else if (g_str_equal (cases[i].field, "strategy"))
        hrp_strategy_set_title (hrp_test_nth (hrp_plan_get_strategies (plan), 1), text);
      else if (g_str_equal (cases[i].field, "policy"))
        hrp_policy_set_title (hrp_test_nth (hrp_plan_get_policies (plan), 1), text);
      else
        hrp_activity_set_name (hrp_test_nth (hrp_policy_get_activities (policy1), 2), text);

      bytes = hrp_xml_export (plan, &error);
      g_test_message ("%s: %s", cases[i].field, error != NULL ? error->message : "written");
      g_assert_null (bytes);
      g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_false (hrp_xml_can_export (plan, &error_again));
      g_assert_cmpstr (error_again->message, ==, cases[i].message);
    }

  /* Several: the first in the document's order, and how many more. */
  {
    g_autoptr(HrpPlan) plan = import_ok (f, full_plan);
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = NULL;

    hrp_plan_set_vision (plan, "");
    hrp_plan_set_org_name (plan, "");
    hrp_policy_set_title (hrp_test_nth (hrp_plan_get_policies (plan), 1), "");
    bytes = hrp_xml_export (plan, &error);
    g_assert_null (bytes);
    g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY);
    g_assert_cmpstr (error->message, ==,
                     "The plan has no organization name: fill in the organization’s name before exporting it. "
                     "2 more texts must be filled in too: Check Plan lists them.");
    g_clear_error (&error);
    hrp_plan_set_vision (plan, "ตำบลน่าอยู่");
    hrp_plan_set_org_name (plan, "องค์การบริหารส่วนตำบลหนองแก้ว");
    g_assert_false (hrp_xml_can_export (plan, &error));
    g_assert_cmpstr (error->message, ==, "Policy 2 has no title: fill in its title before exporting the plan.");
  }

  /* What the format leaves optional may be empty: written, and read
   * back the same. */
  {
    g_autoptr(HrpPlan) plan = import_ok (f, full_plan);
    g_autoptr(HrpPlan) back = NULL;
    g_autofree char *xml = NULL;
    g_autofree char *again = NULL;

    hrp_mission_set_text (hrp_test_nth (hrp_plan_get_missions (plan), 0), "");
    hrp_text_set_text (hrp_test_nth (hrp_strategy_get_goals (hrp_test_nth (hrp_plan_get_strategies (plan), 0)), 0), " ");
    hrp_plan_set_org_district (plan, "");
    hrp_plan_set_preamble (plan, "");
    g_assert_true (hrp_xml_can_export (plan, NULL));
    xml = export_string (plan);
    g_assert_nonnull (strstr (xml, "<mission id=\"m1\"></mission>\n"));
    back = import_ok (f, xml);
    again = export_string (back);
    g_assert_cmpstr (again, ==, xml);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/xml/valid/minimal", test_minimal);
  ADD ("/xml/valid/full", test_full);
  ADD ("/xml/valid/white-space", test_white_space);
  ADD ("/xml/valid/budgets", test_budgets);
  ADD ("/xml/valid/quarters", test_quarters);
  ADD ("/xml/valid/extensions", test_extensions);
  ADD ("/xml/valid/signers", test_signers);
  ADD ("/xml/export/bytes", test_export_bytes);
  ADD ("/xml/export/built-plan", test_export_built_plan);
  ADD ("/xml/export/large-plan", test_large_plan);
  ADD ("/xml/export/required-texts", test_export_required_texts);
  ADD ("/xml/invalid/not-a-plan", test_not_a_plan);
  ADD ("/xml/invalid/malformed", test_malformed);
  ADD ("/xml/invalid/version", test_version);
  ADD ("/xml/invalid/fiscal-year", test_fiscal_year);
  ADD ("/xml/invalid/required-texts", test_required_texts);
  ADD ("/xml/invalid/links", test_links);
  ADD ("/xml/invalid/signers", test_invalid_signers);
  ADD ("/xml/hostile/doctype", test_doctype);
  ADD ("/xml/hostile/deep-nesting", test_deep_nesting);
  ADD ("/xml/hostile/huge-text", test_huge_text);
  ADD ("/xml/hostile/invalid-utf8", test_invalid_utf8);
  ADD ("/xml/encoding/bom", test_bom);
  ADD ("/xml/encoding/utf16", test_utf16);
  ADD ("/xml/encoding/thai", test_thai_encodings);
  ADD ("/xml/encoding/wrong-declaration", test_wrong_declared_encoding);

#undef ADD

  return g_test_run ();
}
