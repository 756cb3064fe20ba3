/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-terms.h — the printed document's Thai words, in one place
 *
 * The printed plan, the printed comparison, the Word export and the CSV
 * say each concept with the words below, whatever the program's
 * language; the window says it through the catalog (po/th.po), in the
 * same words.  hrp_terms() pairs each word with the msgid of the same
 * concept, so that a test holds the two together.
 *
 * Literals, not a table, so that the compiler checks the formats of
 * those with numbers.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The headings of the printed plan */
#define HRP_TERM_PREAMBLE        "บทนำ"
#define HRP_TERM_VISION          "วิสัยทัศน์"
#define HRP_TERM_MISSIONS        "พันธกิจ"
#define HRP_TERM_STRATEGIES      "ยุทธศาสตร์การพัฒนา"
#define HRP_TERM_GOALS           "เป้าหมาย"
#define HRP_TERM_OBJECTIVES      "เป้าประสงค์"
#define HRP_TERM_INDICATORS      "ตัวชี้วัด"
#define HRP_TERM_POSITIONS       "จุดยืนทางยุทธศาสตร์"
#define HRP_TERM_POLICIES        "นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล"
#define HRP_TERM_ACTION_PLAN     "แผนการดำเนินงาน"
#define HRP_TERM_SIGNED          "ลงชื่อ"
#define HRP_TERM_PRINTED_ON      "จัดพิมพ์เมื่อวันที่ %s"

/* The action-plan table; the budget's header broken over three lines
 * of its narrow column */
#define HRP_TERM_POLICY          "นโยบาย"
#define HRP_TERM_ACTIVITY        "กิจกรรม/โครงการ"
#define HRP_TERM_BUDGET_HEADER   "งบประมาณ\nที่ได้รับ\nจัดสรร"
#define HRP_TERM_BUDGET_BAHT     "งบประมาณที่ได้รับจัดสรร (บาท)"
#define HRP_TERM_PERIOD          "ระยะเวลาการดำเนินงาน"
#define HRP_TERM_QUARTER         "ไตรมาส"
#define HRP_TERM_TOTAL           "รวม"
#define HRP_TERM_TOTAL_ONCE      "รวม (ไม่นับโครงการซ้ำ)"

/* The comparison: its sections, its budget table, and each item by its
 * place */
#define HRP_TERM_COMPARISON      "เปรียบเทียบแผน ปีงบประมาณ พ.ศ. %d กับ %d"
#define HRP_TERM_N_CHANGES       "รายการที่เปลี่ยนแปลง %u รายการ"
#define HRP_TERM_WAS             "เดิม"
#define HRP_TERM_PLAN_DETAILS    "ข้อมูลทั่วไปของแผน"
#define HRP_TERM_NO_CHANGE       "ไม่มีการเปลี่ยนแปลง"
#define HRP_TERM_BUDGET_BY_POLICY "งบประมาณรายนโยบาย"
#define HRP_TERM_DIFFERENCE      "เพิ่ม/ลด"
#define HRP_TERM_BAHT            "บาท"
#define HRP_TERM_NEW             "ใหม่"
#define HRP_TERM_REMOVED         "ลบ"
#define HRP_TERM_NO_BUDGET       "ไม่มีงบประมาณ"
#define HRP_TERM_NO_QUARTER      "ไม่ระบุไตรมาส"
#define HRP_TERM_NOT_LINKED      "ยังไม่ได้เชื่อมโยง"
#define HRP_TERM_ORGANIZATION    "ชื่อหน่วยงาน"
#define HRP_TERM_DISTRICT        "อำเภอ"
#define HRP_TERM_PROVINCE        "จังหวัด"
#define HRP_TERM_TITLE           "ชื่อแผน"
#define HRP_TERM_POLICY_INTRO    "ข้อความนำนโยบาย"
#define HRP_TERM_MISSION_N       "พันธกิจที่ %u"
#define HRP_TERM_STRATEGY_N      "ยุทธศาสตร์ที่ %u"
#define HRP_TERM_GOAL_N          "ยุทธศาสตร์ที่ %u เป้าหมายที่ %u"
#define HRP_TERM_OBJECTIVE_N     "ยุทธศาสตร์ที่ %u เป้าประสงค์ที่ %u"
#define HRP_TERM_INDICATOR_N     "ยุทธศาสตร์ที่ %u ตัวชี้วัดที่ %u"
#define HRP_TERM_POSITION_N      "จุดยืนทางยุทธศาสตร์ที่ %u"
#define HRP_TERM_POLICY_N        "นโยบายที่ %u"
#define HRP_TERM_ACTIVITY_N      "นโยบายที่ %u กิจกรรม/โครงการที่ %u"
#define HRP_TERM_SIGNER_N        "ผู้ลงนามที่ %u"

typedef struct {
  const char *msgid;  /* the catalog's message for the same concept */
  const char *thai;   /* the printed words (a new line in them is a space) */
} HrpTermPair;

const HrpTermPair *hrp_terms (guint *n_terms);

G_END_DECLS
