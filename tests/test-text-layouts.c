/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-layouts.c — plans laid out as other local governments lay
 * theirs out (made up here, in tests/data/layout-*.txt), read field by
 * field: every text of the plan, every list item, budget and quarter,
 * what could not be placed (with its line) and the notices.
 *
 * The imported plan and its report are written out as lines, one field
 * a line, and compared with the lines expected: a field that is missing,
 * added or misfiled shows as the first line that differs. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hrp-test-util.h"
#include "hrp-text-import.h"

/* Index of item in list, from 1; 0 when it is not there */
static guint
position_in (GListModel *list,
             gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    if (hrp_test_nth (list, i) == item)
      return i + 1;
  return 0;
}

static void
dump_texts (GString    *out,
            const char *label,
            GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_string_append_printf (out, "  %s %u: %s\n", label, i + 1,
                            hrp_text_get_text (hrp_test_nth (list, i)));
}

static void
dump_activity (GString     *out,
               HrpActivity *activity)
{
  gint64 budget = hrp_activity_get_budget (activity);

  g_string_append_printf (out, "  activity: %s | ", hrp_activity_get_name (activity));
  if (budget == HRP_BUDGET_NONE)
    g_string_append (out, "no budget");
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT ".%02d", budget / 100, (int) (budget % 100));
  g_string_append (out, " | quarters");
  for (guint q = 1; q <= 4; q++)
    if (hrp_activity_get_quarter (activity, q))
      g_string_append_printf (out, " %u", q);
  g_string_append_c (out, '\n');
}

/* The plan and the report, one field a line */
static char *
dump (HrpPlan         *plan,
      HrpImportReport *report)
{
  GString *out = g_string_new (NULL);
  GListModel *missions = hrp_plan_get_missions (plan);
  GListModel *strategies = hrp_plan_get_strategies (plan);
  GListModel *policies = hrp_plan_get_policies (plan);

  g_string_append_printf (out, "title: %s\nyear: %d\n", hrp_plan_get_title (plan), hrp_plan_get_fiscal_year (plan));
  g_string_append_printf (out, "organization: %s | %s | %s\n", hrp_plan_get_org_name (plan),
                          hrp_plan_get_org_district (plan), hrp_plan_get_org_province (plan));
  g_string_append_printf (out, "preamble: %s\nvision: %s\n", hrp_plan_get_preamble (plan), hrp_plan_get_vision (plan));
  for (guint i = 0; i < g_list_model_get_n_items (missions); i++)
    g_string_append_printf (out, "mission %u: %s\n", i + 1, hrp_mission_get_text (hrp_test_nth (missions, i)));
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      HrpStrategy *strategy = hrp_test_nth (strategies, i);

      g_string_append_printf (out, "strategy %u: %s (mission %u)\n", i + 1, hrp_strategy_get_title (strategy),
                              position_in (missions, hrp_strategy_get_mission (strategy)));
      dump_texts (out, "goal", hrp_strategy_get_goals (strategy));
      dump_texts (out, "objective", hrp_strategy_get_objectives (strategy));
      dump_texts (out, "indicator", hrp_strategy_get_indicators (strategy));
    }
  dump_texts (out, "position", hrp_plan_get_positions (plan));
  g_string_append_printf (out, "policy intro: %s\n", hrp_plan_get_policy_intro (plan));
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      HrpPolicy *policy = hrp_test_nth (policies, i);
      GListModel *activities = hrp_policy_get_activities (policy);

      g_string_append_printf (out, "policy %u: %s (strategy %u)\n", i + 1, hrp_policy_get_title (policy),
                              position_in (strategies, hrp_policy_get_strategy (policy)));
      g_string_append_printf (out, "  description: %s\n", hrp_policy_get_description (policy));
      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        dump_activity (out, hrp_test_nth (activities, j));
    }
  for (guint i = 0; i < report->unplaced->len; i++)
    {
      HrpSourceLine *line = g_ptr_array_index (report->unplaced, i);

      g_string_append_printf (out, "unplaced, line %u: %s\n", line->number, line->text);
    }
  for (guint i = 0; i < report->notices->len; i++)
    g_string_append_printf (out, "notice: %s\n", (char *) g_ptr_array_index (report->notices, i));
  g_string_append_printf (out, "repairs: %u\n", report->n_repairs);
  return g_string_free (out, FALSE);
}

/* Imports tests/data/name and compares the plan, field by field, with
 * the lines expected. */
static void
check_layout (const char         *name,
              const char * const *expected)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autofree char *got = NULL;
  g_autofree char *joined = g_strjoinv ("\n", (char **) expected);
  g_autofree char *want = g_strconcat (joined, "\n", NULL);
  g_auto(GStrv) got_lines = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  plan = hrp_text_import_with_report (text, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  got = dump (plan, report);
  g_test_message ("%s, as imported:\n%s", name, got);
  got_lines = g_strsplit (got, "\n", -1);
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_assert_nonnull (got_lines[i]);
      g_assert_cmpstr (got_lines[i], ==, expected[i]);
    }
  g_assert_cmpstr (got, ==, want);
}

/* A เทศบาลตำบล: the organization over two lines, the title over three,
 * text after the headings on their line ("วิสัยทัศน์ : …", "พันธกิจ :
 * 1. …"), goals numbered "1)" and indicators bulleted "•", a goal on its
 * heading's line, positions bulleted "๏", policies "1. ด้าน…", a heading
 * the reader does not know ("ส่วนที่ ๓ …") with its paragraph between the
 * policies and the table, and a table whose rows start with the policy's
 * cell, with budgets "20,000" and "-" and the quarters ticked "/" and
 * "X" among "-". */
static void
test_nongbua (void)
{
  static const char * const expected[] = {
    "title: แผนการบริหารและการพัฒนาทรัพยากรบุคคลของเทศบาลตำบลหนองบัว ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    "year: 2569",
    "organization: เทศบาลตำบลหนองบัว | อำเภอหนองบัว | จังหวัดนครสวรรค์",
    "preamble: เทศบาลตำบลหนองบัวเห็นความสำคัญของการพัฒนาบุคลากรจึงจัดทำแผนฉบับนี้ขึ้น",
    "vision: เมืองน่าอยู่ เศรษฐกิจมั่นคง ประชาชนมีคุณภาพชีวิตที่ดี",
    "mission 1: พัฒนาระบบสาธารณูปโภคให้ทั่วถึง",
    "mission 2: ส่งเสริมอาชีพและรายได้ของประชาชน",
    "mission 3: พัฒนาการบริหารจัดการองค์กรตามหลักธรรมาภิบาล",
    "strategy 1: การพัฒนาโครงสร้างพื้นฐาน (mission 1)",
    "  goal 1: ถนนทุกสายได้มาตรฐาน",
    "  goal 2: ประชาชนมีน้ำประปาใช้ทุกครัวเรือน",
    "  indicator 1: ร้อยละของถนนที่ได้รับการซ่อมแซม",
    "  indicator 2: จำนวนครัวเรือนที่มีน้ำประปาใช้",
    "strategy 2: การพัฒนาเศรษฐกิจชุมชน (mission 2)",
    "  goal 1: กลุ่มอาชีพมีรายได้เพิ่มขึ้น",
    "strategy 3: การพัฒนาองค์กร (mission 3)",
    "  goal 1: พัฒนาบุคลากรให้มีความรู้ความสามารถ",
    "  objective 1: บุคลากรปฏิบัติงานอย่างมีประสิทธิภาพ",
    "  objective 2: ประชาชนพึงพอใจในการให้บริการ",
    "  position 1: องค์กรแห่งการเรียนรู้",
    "  position 2: บริการประชาชนด้วยใจ",
    "policy intro: เพื่อให้การบริหารงานบุคคลเป็นไปตามยุทธศาสตร์ เทศบาลจึงกำหนดนโยบายไว้ดังนี้",
    "policy 1: ด้านการวางแผนอัตรากำลัง (strategy 3)",
    "  description: จัดทำแผนอัตรากำลังให้สอดคล้องกับภารกิจ",
    "  activity: ทบทวนแผนอัตรากำลัง 3 ปี | no budget | quarters 1",
    "policy 2: ด้านการพัฒนาบุคลากร (strategy 3)",
    "  description: ส่งเสริมให้บุคลากรได้รับการฝึกอบรมอย่างน้อยปีละหนึ่งครั้ง",
    "  activity: อบรมคุณธรรมจริยธรรม | 20000.00 | quarters 1 2",
    "  activity: ศึกษาดูงานนอกสถานที่ | 150000.00 | quarters 3 4",
    "unplaced, line 37: ส่วนที่ ๓ การติดตามและประเมินผล",
    "unplaced, line 38: คณะกรรมการติดตามและประเมินผลจะรายงานผลต่อนายกเทศมนตรีปีละสองครั้ง",
    "repairs: 0",
    NULL
  };

  check_layout ("layout-nongbua.txt", expected);
}

/* An อบต. of another province: the title first, over two lines, then the
 * organization over three; "วิสัยทัศน์ (Vision)" and "พันธกิจ (Mission)"
 * alone on their lines, missions numbered "๑.", strategies
 * "ยุทธศาสตร์การพัฒนาด้าน…" without number, goals bulleted "-",
 * objectives numbered "๑." and indicators "(1)", policies "นโยบายด้าน…",
 * and a table with a budget in Thai digits, ticks "✓" and the Wingdings
 * tick (U+F0FC) after "-" for the quarters not ticked; the table has no
 * totals, and a part the reader does not know follows it. */
static void
test_khoksung (void)
{
  static const char * const expected[] = {
    "title: แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2569",
    "year: 2569",
    "organization: องค์การบริหารส่วนตำบลโคกสูง | อำเภอเมืองนครราชสีมา | จังหวัดนครราชสีมา",
    "preamble: ",
    "vision: “โคกสูงน่าอยู่ เกษตรก้าวหน้า การศึกษาดี มีธรรมาภิบาล”",
    "mission 1: ส่งเสริมการเกษตรตามหลักปรัชญาของเศรษฐกิจพอเพียง",
    "mission 2: ส่งเสริมการศึกษาและการเรียนรู้ตลอดชีวิต",
    "strategy 1: การพัฒนาด้านการเกษตร (mission 1)",
    "  goal 1: เกษตรกรมีรายได้เพิ่มขึ้น",
    "  goal 2: ลดต้นทุนการผลิต",
    "  objective 1: เกษตรกรใช้ปุ๋ยอินทรีย์",
    "  objective 2: มีตลาดรองรับผลผลิต",
    "  indicator 1: รายได้เฉลี่ยของเกษตรกร",
    "  indicator 2: จำนวนกลุ่มเกษตรกรที่จัดตั้งขึ้นใหม่",
    "strategy 2: การพัฒนาด้านการศึกษาและการบริหาร (mission 2)",
    "  goal 1: พัฒนาบุคลากรให้มีสมรรถนะสูง",
    "  indicator 1: ร้อยละของบุคลากรที่ผ่านการฝึกอบรม",
    "policy intro: ",
    "policy 1: ด้านการสรรหาและเลือกสรร (strategy 2)",
    "  description: สรรหาบุคลากรตามหลักคุณธรรม",
    "  activity: สรรหาพนักงานจ้างตามภารกิจ | 20000.00 | quarters 1 2",
    "policy 2: ด้านสวัสดิการและค่าตอบแทน (strategy 2)",
    "  description: จัดสวัสดิการให้บุคลากรอย่างเป็นธรรม",
    "  activity: ตรวจสุขภาพประจำปี | 35000.00 | quarters 3 4",
    "  activity: มอบเกียรติบัตรพนักงานดีเด่น | no budget | quarters 4",
    "unplaced, line 35: ส่วนที่ ๔ ภาคผนวก",
    "unplaced, line 36: ประกาศองค์การบริหารส่วนตำบลโคกสูง เรื่อง นโยบายการบริหารทรัพยากรบุคคล",
    "repairs: 0",
    NULL
  };

  check_layout ("layout-khoksung.txt", expected);
}

/* Text copied out of a PDF: a running title at the top of every page
 * (in the middle of the missions' list and of a strategy's objectives
 * too), page numbers "- 2 -", "๓" and "-๔" glued to the line after it;
 * definition sentences after "วิสัยทัศน์ (Vision)" and "พันธกิจ
 * (Mission)", six missions numbered "(1)"…"(6)", strategies "1.
 * ยุทธศาสตร์การพัฒนา ด้าน…" with goals, objectives and indicators
 * numbered, policies "1. นโยบายด้าน…", a table with "20,000 บาท" and
 * the quarters ticked "*" and "✔", and after it a heading the reader does
 * not know with its paragraph. */
static void
test_thakham (void)
{
  static const char * const expected[] = {
    "title: แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    "year: 2569",
    "organization: องค์การบริหารส่วนตำบลท่าข้าม | อำเภอพุนพิน | จังหวัดสุราษฎร์ธานี",
    "preamble: องค์การบริหารส่วนตำบลท่าข้ามมีหน้าที่จัดบริการสาธารณะให้แก่ประชาชนในเขตพื้นที่ จึงต้องมีบุคลากรที่มีความรู้ความสามารถ",
    "vision: ท่าข้ามเมืองน่าอยู่ เศรษฐกิจดี สังคมเข้มแข็ง",
    "mission 1: พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน",
    "mission 2: ส่งเสริมเศรษฐกิจชุมชน",
    "mission 3: ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม",
    "mission 4: ดูแลสุขภาพและคุณภาพชีวิตของประชาชน",
    "mission 5: อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    "mission 6: พัฒนาการบริหารจัดการองค์กร",
    "strategy 1: การพัฒนาด้านโครงสร้างพื้นฐาน (mission 0)",
    "  goal 1: ถนนในตำบลได้มาตรฐาน",
    "  goal 2: ระบบระบายน้ำไม่ติดขัด",
    "  objective 1: ประชาชนสัญจรได้สะดวก",
    "  objective 2: ไม่มีน้ำท่วมขังในฤดูฝน",
    "  indicator 1: ความยาวของถนนที่ปรับปรุง",
    "  indicator 2: จำนวนจุดที่น้ำท่วมขัง",
    "strategy 2: การพัฒนาด้านการบริหารจัดการองค์กร (mission 0)",
    "  goal 1: พัฒนาบุคลากรทุกระดับ",
    "  indicator 1: ร้อยละของบุคลากรที่ได้รับการพัฒนา",
    "policy intro: เนื่องจากบุคลากรเป็นกลไกสำคัญในการขับเคลื่อนภารกิจ องค์การบริหารส่วนตำบลจึงกำหนดนโยบายไว้ดังนี้",
    "policy 1: ด้านการสรรหา (strategy 2)",
    "  description: สรรหาผู้มีความรู้ความสามารถเข้ารับราชการ",
    "  activity: สอบแข่งขันพนักงานจ้าง | 20000.00 | quarters 1 2",
    "policy 2: ด้านการพัฒนาบุคลากร (strategy 2)",
    "  description: พัฒนาบุคลากรให้มีสมรรถนะตามตำแหน่ง",
    "  activity: อบรมพนักงานใหม่ | 30000.00 | quarters 1 2 3 4",
    "  activity: อบรมการใช้คอมพิวเตอร์ | 10000.00 | quarters 2 4",
    "unplaced, line 7: วิสัยทัศน์ (Vision) หมายถึง สภาพที่องค์กรต้องการจะเป็นในอนาคต",
    "unplaced, line 9: พันธกิจ (Mission) หมายถึง ภารกิจที่องค์กรต้องทำเพื่อให้บรรลุวิสัยทัศน์",
    "unplaced, line 50: ส่วนที่ ๔ การติดตามและประเมินผล",
    "unplaced, line 51: ปลัดองค์การบริหารส่วนตำบลรายงานผลการดำเนินงานทุกสิ้นปีงบประมาณ",
    "repairs: 0",
    NULL
  };

  check_layout ("layout-thakham.txt", expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-layouts/nongbua", test_nongbua);
  g_test_add_func ("/text-layouts/khoksung", test_khoksung);
  g_test_add_func ("/text-layouts/thakham", test_thakham);

  return g_test_run ();
}
