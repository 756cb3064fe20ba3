/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-compare-describe.c — a change between two plans in words
 *
 * One line per change (hrp_plan_compare()), naming the item by its place
 * ("Policy 4", "Strategy 2, goal 1"), in either of two languages:
 *
 *  - the program's language, for the compare window: the English msgid
 *    through gettext, the texts concerned quoted in the line;
 *  - the Thai of the printed comparison, whatever the program's language,
 *    as an official document words it: a changed text is not quoted in
 *    the line but printed under it, before and after.
 *
 * Each sentence is written once, as a pair side by side: the msgid and
 * the document's Thai (say()).  Both take the same arguments in the same
 * order, but one may leave out the last ones: the document's Thai leaves
 * out the texts it prints under the line, an English sentence what it
 * does not say (the budget of an activity added without one).
 *
 * A mission, strategy or policy renamed in its place (HrpChange.renamed)
 * is one line in both, "changed from … to …", with both texts in it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-compare.h"
#include "hrp-terms.h"
#include "hrp-thai.h"

/* Words {{{ */

/* The msgid translated, or the document's Thai.  The attributes let the
 * compiler check a call's arguments against both. */
static const char *say (HrpLanguage  language,
                        const char  *msgid,
                        const char  *thai) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

static const char *
say (HrpLanguage  language,
     const char  *msgid,
     const char  *thai)
{
  return language == HRP_LANGUAGE_THAI ? thai : _(msgid);
}

static char *
budget_words (gint64      satang,
              HrpLanguage language)
{
  g_autofree char *money = NULL;

  if (satang == HRP_BUDGET_NONE)
    return g_strdup (say (language, N_("no budget"), HRP_TERM_NO_BUDGET));
  money = hrp_money_format (satang, FALSE);
  /* TRANSLATORS: an amount of money, e.g. "200,000 baht" */
  return g_strdup_printf (say (language, N_("%s baht"), "%s " HRP_TERM_BAHT), money);
}

static char *
quarter_words (guint       mask,
               HrpLanguage language)
{
  g_autoptr(GString) quarters = g_string_new (NULL);

  for (guint q = 1; q <= 4; q++)
    if (mask & (1u << (q - 1)))
      g_string_append_printf (quarters, "%s%u", quarters->len > 0 ? ", " : "", q);
  if (quarters->len == 0)
    /* TRANSLATORS: no quarter of the year is ticked */
    return g_strdup (say (language, N_("none"), HRP_TERM_NO_QUARTER));
  /* The window's sentence says "quarters" itself; the document names
   * them ("ไตรมาส 1, 3"). */
  if (language == HRP_LANGUAGE_THAI)
    return g_strdup_printf (HRP_TERM_QUARTER " %s", quarters->str);
  return g_string_free (g_steal_pointer (&quarters), FALSE);
}

/* An activity's budget or its quarters, whichever changed, before or
 * after the change. */
static char *
activity_field_words (const HrpChange *change,
                      gboolean         after,
                      HrpLanguage      language)
{
  if (change->field == HRP_CHANGE_FIELD_QUARTERS)
    return quarter_words (after ? change->quarters_after : change->quarters_before, language);
  return budget_words (after ? change->budget_after : change->budget_before, language);
}

/* The name of a field of the plan ("" for the fields of items). */
static const char *
field_label (HrpChangeField field,
             HrpLanguage    language)
{
  static const struct {
    const char *msgid;
    const char *thai;
  } labels[] = {
    [HRP_CHANGE_FIELD_ORG_NAME] = { N_("Organization"), HRP_TERM_ORGANIZATION },
    [HRP_CHANGE_FIELD_ORG_DISTRICT] = { N_("District"), HRP_TERM_DISTRICT },
    [HRP_CHANGE_FIELD_ORG_PROVINCE] = { N_("Province"), HRP_TERM_PROVINCE },
    [HRP_CHANGE_FIELD_TITLE] = { N_("Title"), HRP_TERM_TITLE },
    [HRP_CHANGE_FIELD_PREAMBLE] = { N_("Preamble"), HRP_TERM_PREAMBLE },
    [HRP_CHANGE_FIELD_VISION] = { N_("Vision"), HRP_TERM_VISION },
    [HRP_CHANGE_FIELD_POLICY_INTRO] = { N_("Introduction to the policies"), HRP_TERM_POLICY_INTRO },
  };

  if (field >= G_N_ELEMENTS (labels) || labels[field].msgid == NULL)
    return "";
  return say (language, labels[field].msgid, labels[field].thai);
}

/* "Mission 3", "Strategy 2, goal 1": the item where it is now (where it
 * was when removed). */
static char *
item_label (const HrpChange *change,
            HrpLanguage      language)
{
  gboolean removed = change->kind == HRP_CHANGE_REMOVED;
  guint owner = removed ? change->owner_before : change->owner_after;
  guint number = removed ? change->number_before : change->number_after;

  switch (change->subject)
    {
    case HRP_CHANGE_MISSION:
      return g_strdup_printf (say (language, N_("Mission %u"), HRP_TERM_MISSION_N), number);
    case HRP_CHANGE_STRATEGY:
      return g_strdup_printf (say (language, N_("Strategy %u"), HRP_TERM_STRATEGY_N), number);
    case HRP_CHANGE_GOAL:
      return g_strdup_printf (say (language, N_("Strategy %u, goal %u"), HRP_TERM_GOAL_N),
                              owner, number);
    case HRP_CHANGE_OBJECTIVE:
      return g_strdup_printf (say (language, N_("Strategy %u, objective %u"), HRP_TERM_OBJECTIVE_N),
                              owner, number);
    case HRP_CHANGE_INDICATOR:
      return g_strdup_printf (say (language, N_("Strategy %u, indicator %u"), HRP_TERM_INDICATOR_N),
                              owner, number);
    case HRP_CHANGE_POSITION:
      return g_strdup_printf (say (language, N_("Strategic position %u"), HRP_TERM_POSITION_N), number);
    case HRP_CHANGE_POLICY:
      return g_strdup_printf (say (language, N_("Policy %u"), HRP_TERM_POLICY_N), number);
    case HRP_CHANGE_ACTIVITY:
      return g_strdup_printf (say (language, N_("Policy %u, activity %u"), HRP_TERM_ACTIVITY_N),
                              owner, number);
    case HRP_CHANGE_SIGNER:
      /* TRANSLATORS: one of the people who sign the plan, by their place */
      return g_strdup_printf (say (language, N_("Signer %u"), HRP_TERM_SIGNER_N), number);
    case HRP_CHANGE_PLAN:
    default:
      return g_strdup (field_label (change->field, language));
    }
}

/* }}} */

/* The texts under the line {{{ */

/* A linked mission or strategy as the document prints it. */
static char *
link_words (const HrpChange *change,
            guint            link,
            const char      *text)
{
  if (link == 0)
    return g_strdup (HRP_TERM_NOT_LINKED);
  if (change->subject == HRP_CHANGE_STRATEGY)
    return g_strdup_printf (HRP_TERM_MISSION_N " %s", link, text);
  return g_strdup_printf (HRP_TERM_STRATEGY_N " %s", link, text);
}

static char *
text_or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "-");
}

/* What the document prints under the line of a changed text, a changed
 * description or a changed link: the text before and after.  Nothing for
 * other changes. */
static void
texts_under (const HrpChange  *change,
             char            **before,
             char            **after)
{
  if (change->kind != HRP_CHANGE_CHANGED || change->renamed)
    return;

  switch (change->field)
    {
    case HRP_CHANGE_FIELD_BUDGET:
    case HRP_CHANGE_FIELD_QUARTERS:
      return;

    case HRP_CHANGE_FIELD_LINK:
      *before = link_words (change, change->link_before, change->before);
      *after = link_words (change, change->link_after, change->after);
      return;

    case HRP_CHANGE_FIELD_DESCRIPTION:
      *before = g_strdup (change->before);
      *after = g_strdup (change->after);
      return;

    case HRP_CHANGE_FIELD_TEXT:
    default:
      *before = text_or_dash (change->before);
      *after = text_or_dash (change->after);
      return;
    }
}

/* }}} */

/* Sentences {{{ */

static char *
describe_plan_field (const HrpChange *change,
                     HrpLanguage      language)
{
  const char *label = field_label (change->field, language);

  if (change->before == NULL || *change->before == '\0')
    /* TRANSLATORS: a field of the plan, its new text */
    return g_strdup_printf (say (language, N_("%s set: “%s”"), "กำหนด%s"), label, change->after);
  if (change->after == NULL || *change->after == '\0')
    return g_strdup_printf (say (language, N_("%s cleared (was “%s”)"), "ลบ%s"), label, change->before);
  /* TRANSLATORS: a field of the plan, its old text, its new text */
  return g_strdup_printf (say (language, N_("%s changed: “%s” → “%s”"), "แก้ไข%s"),
                          label, change->before, change->after);
}

/* The document names the missions or strategies by their numbers, as
 * "… เปลี่ยนไปสอดคล้องกับพันธกิจที่ 3 (เดิมพันธกิจที่ 2)", their texts
 * printed under the line: its sentences leave out a text between two
 * numbers, so they are not said beside the window's. */
static char *
describe_link_thai (const HrpChange *change,
                    const char      *label)
{
  gboolean strategy = change->subject == HRP_CHANGE_STRATEGY;

  if (change->link_after == 0)
    return g_strdup_printf (strategy ? "%s “%s” ไม่ได้เชื่อมโยงกับพันธกิจใดแล้ว (เดิม" HRP_TERM_MISSION_N ")"
                                     : "%s “%s” ไม่ได้เชื่อมโยงกับยุทธศาสตร์ใดแล้ว (เดิม" HRP_TERM_STRATEGY_N ")",
                            label, change->name, change->link_before);
  if (change->link_before == 0)
    return g_strdup_printf (strategy ? "%s “%s” สอดคล้องกับ" HRP_TERM_MISSION_N
                                     : "%s “%s” สอดคล้องกับ" HRP_TERM_STRATEGY_N,
                            label, change->name, change->link_after);
  return g_strdup_printf (strategy ? "%s “%s” เปลี่ยนไปสอดคล้องกับ" HRP_TERM_MISSION_N " (เดิม" HRP_TERM_MISSION_N ")"
                                   : "%s “%s” เปลี่ยนไปสอดคล้องกับ" HRP_TERM_STRATEGY_N " (เดิม" HRP_TERM_STRATEGY_N ")",
                          label, change->name, change->link_after, change->link_before);
}

static char *
describe_link (const HrpChange *change,
               const char      *label,
               HrpLanguage      language)
{
  gboolean strategy = change->subject == HRP_CHANGE_STRATEGY;

  if (language == HRP_LANGUAGE_THAI)
    return describe_link_thai (change, label);
  if (change->link_after == 0)
    return g_strdup_printf (strategy
                            ? _("%s “%s” no longer serves a mission (was mission %u “%s”)")
                            : _("%s “%s” no longer follows a strategy (was strategy %u “%s”)"),
                            label, change->name, change->link_before, change->before);
  if (change->link_before == 0)
    return g_strdup_printf (strategy
                            ? _("%s “%s” now serves mission %u “%s”")
                            : _("%s “%s” now follows strategy %u “%s”"),
                            label, change->name, change->link_after, change->after);
  return g_strdup_printf (strategy
                          ? _("%s “%s” now serves mission %u “%s” (was mission %u “%s”)")
                          : _("%s “%s” now follows strategy %u “%s” (was strategy %u “%s”)"),
                          label, change->name, change->link_after, change->after,
                          change->link_before, change->before);
}

/* An activity's place or fields: the window names its policy, then the
 * activity by its name; the document names the activity by its place in
 * the policy as well. */
static char *
describe_activity (const HrpChange *change,
                   HrpLanguage      language)
{
  gboolean removed = change->kind == HRP_CHANGE_REMOVED;
  guint policy = removed ? change->owner_before : change->owner_after;
  g_autofree char *place = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  switch (change->kind)
    {
    case HRP_CHANGE_ADDED:
      after = budget_words (change->budget_after, language);
      return g_strdup_printf (change->budget_after == HRP_BUDGET_NONE
                              ? say (language, N_("Policy %u: activity “%s” added"),
                                     "เพิ่มกิจกรรม/โครงการ “%2$s” ในนโยบายที่ %1$u (%3$s)")
                              /* TRANSLATORS: the policy's number, the activity, its budget ("200,000 baht") */
                              : say (language, N_("Policy %u: activity “%s” added (%s)"),
                                     "เพิ่มกิจกรรม/โครงการ “%2$s” ในนโยบายที่ %1$u (%3$s)"),
                              policy, change->after, after);

    case HRP_CHANGE_REMOVED:
      before = budget_words (change->budget_before, language);
      return g_strdup_printf (change->budget_before == HRP_BUDGET_NONE
                              ? say (language, N_("Policy %u: activity “%s” removed"),
                                     "ลบกิจกรรม/โครงการ “%2$s” ในนโยบายที่ %1$u (%3$s)")
                              : say (language, N_("Policy %u: activity “%s” removed (%s)"),
                                     "ลบกิจกรรม/โครงการ “%2$s” ในนโยบายที่ %1$u (%3$s)"),
                              policy, change->before, before);

    case HRP_CHANGE_MOVED:
    case HRP_CHANGE_CHANGED:
    default:
      break;
    }

  /* TRANSLATORS: an activity's policy, as in "Policy 4: budget of activity “…” changed…" */
  place = g_strdup_printf (say (language, N_("Policy %u"), HRP_TERM_ACTIVITY_N), policy, change->number_after);

  if (change->kind == HRP_CHANGE_MOVED)
    /* TRANSLATORS: the policy ("Policy 4"), the activity, its place before and now */
    return g_strdup_printf (say (language, N_("%s: activity “%s” moved from place %u to %u"), "ย้าย%s “%s” (เดิมลำดับที่ %u)"),
                            place, change->name, change->number_before, change->number_after);

  switch (change->field)
    {
    case HRP_CHANGE_FIELD_BUDGET:
    case HRP_CHANGE_FIELD_QUARTERS:
      before = activity_field_words (change, FALSE, language);
      after = activity_field_words (change, TRUE, language);
      return g_strdup_printf (change->field == HRP_CHANGE_FIELD_BUDGET
                              /* TRANSLATORS: the policy ("Policy 4"), the activity, its budget before and now */
                              ? say (language, N_("%s: budget of activity “%s” changed from %s to %s"),
                                     "แก้ไขงบประมาณของ%s “%s” จาก %s เป็น %s")
                              /* TRANSLATORS: the policy ("Policy 4"), the activity, its quarters before and now ("1, 3") */
                              : say (language, N_("%s: quarters of activity “%s” changed from %s to %s"),
                                     "แก้ไข" HRP_TERM_PERIOD "ของ%s “%s” จาก %s เป็น %s"),
                              place, change->name, before, after);
    case HRP_CHANGE_FIELD_TEXT:
    default:
      /* TRANSLATORS: the policy ("Policy 4"), the activity's old name, its new name */
      return g_strdup_printf (say (language, N_("%s: activity “%s” renamed “%s”"), "แก้ไขชื่อ%s"),
                              place, change->before, change->after);
    }
}

/* A signer added or removed, named with their position; a change of a
 * signer's name, position or role (a move is said as of any item).  The
 * document prints the texts before and after under the line. */
static char *
describe_signer (const HrpChange *change,
                 const char      *label,
                 HrpLanguage      language)
{
  gboolean removed = change->kind == HRP_CHANGE_REMOVED;
  guint number = removed ? change->number_before : change->number_after;
  const char *position = change->signer_position != NULL ? change->signer_position : "";
  const char *before = change->before != NULL ? change->before : "";
  const char *after = change->after != NULL ? change->after : "";

  switch (change->kind)
    {
    case HRP_CHANGE_ADDED:
      if (*position == '\0')
        return g_strdup_printf (say (language, N_("Signer %u added: “%s”"), "เพิ่มผู้ลงนามที่ %u %s"),
                                number, after);
      /* TRANSLATORS: the signer's place, their name, their position */
      return g_strdup_printf (say (language, N_("Signer %u added: “%s”, %s"), "เพิ่มผู้ลงนามที่ %u %s ตำแหน่ง %s"),
                              number, after, position);
    case HRP_CHANGE_REMOVED:
      if (*position == '\0')
        return g_strdup_printf (say (language, N_("Signer %u removed: “%s”"), "ลบผู้ลงนามที่ %u %s"),
                                number, before);
      /* TRANSLATORS: the signer's place, their name, their position */
      return g_strdup_printf (say (language, N_("Signer %u removed: “%s”, %s"), "ลบผู้ลงนามที่ %u %s ตำแหน่ง %s"),
                              number, before, position);
    case HRP_CHANGE_MOVED:
    case HRP_CHANGE_CHANGED:
    default:
      break;
    }

  switch (change->field)
    {
    case HRP_CHANGE_FIELD_SIGNER_POSITION:
      if (*before == '\0')
        /* TRANSLATORS: e.g. "Signer 2", their name, their new position */
        return g_strdup_printf (say (language, N_("%s “%s”: position set: “%s”"), "กำหนดตำแหน่งของ%s “%s”"),
                                label, change->name, after);
      if (*after == '\0')
        return g_strdup_printf (say (language, N_("%s “%s”: position cleared (was “%s”)"), "ลบตำแหน่งของ%s “%s”"),
                                label, change->name, before);
      /* TRANSLATORS: e.g. "Signer 2", their name, their old position, their new one */
      return g_strdup_printf (say (language, N_("%s “%s”: position changed: “%s” → “%s”"), "แก้ไขตำแหน่งของ%s “%s”"),
                              label, change->name, before, after);
    case HRP_CHANGE_FIELD_SIGNER_ROLE:
      if (*before == '\0')
        /* TRANSLATORS: e.g. "Signer 2", their name, the role in which they sign ("ผู้อนุมัติ") */
        return g_strdup_printf (say (language, N_("%s “%s”: role set: “%s”"), "กำหนดบทบาทของ%s “%s”"),
                                label, change->name, after);
      if (*after == '\0')
        return g_strdup_printf (say (language, N_("%s “%s”: role cleared (was “%s”)"), "ลบบทบาทของ%s “%s”"),
                                label, change->name, before);
      return g_strdup_printf (say (language, N_("%s “%s”: role changed: “%s” → “%s”"), "แก้ไขบทบาทของ%s “%s”"),
                              label, change->name, before, after);
    case HRP_CHANGE_FIELD_TEXT:
    default:
      /* TRANSLATORS: e.g. "Signer 2", their old name, their new name */
      return g_strdup_printf (say (language, N_("%s: name changed: “%s” → “%s”"), "แก้ไขชื่อ%s"),
                              label, before, after);
    }
}

static char *
describe (const HrpChange *change,
          HrpLanguage      language)
{
  g_autofree char *label = NULL;

  if (change->subject == HRP_CHANGE_PLAN)
    return describe_plan_field (change, language);
  if (change->subject == HRP_CHANGE_ACTIVITY)
    return describe_activity (change, language);

  label = item_label (change, language);
  if (change->kind == HRP_CHANGE_MOVED)
    /* TRANSLATORS: e.g. "Policy 5" or "Signer 1", its title or name, its
     * place before */
    return g_strdup_printf (say (language, N_("%s “%s” moved from place %u"), "ย้าย%s “%s” (เดิมลำดับที่ %u)"),
                            label, change->name, change->number_before);
  if (change->subject == HRP_CHANGE_SIGNER)
    return describe_signer (change, label, language);

  switch (change->kind)
    {
    case HRP_CHANGE_ADDED:
      /* TRANSLATORS: e.g. "Mission 10", its text */
      return g_strdup_printf (say (language, N_("%s added: “%s”"), "เพิ่ม%s “%s”"), label, change->after);
    case HRP_CHANGE_REMOVED:
      return g_strdup_printf (say (language, N_("%s removed: “%s”"), "ลบ%s “%s”"), label, change->before);
    case HRP_CHANGE_MOVED:
    case HRP_CHANGE_CHANGED:
    default:
      break;
    }

  switch (change->field)
    {
    case HRP_CHANGE_FIELD_DESCRIPTION:
      return g_strdup_printf (say (language, N_("%s “%s”: description changed: “%s” → “%s”"), "แก้ไขรายละเอียดของ%s “%s”"),
                              label, change->name, change->before, change->after);
    case HRP_CHANGE_FIELD_LINK:
      return describe_link (change, label, language);
    case HRP_CHANGE_FIELD_TEXT:
    default:
      if (change->renamed)
        /* TRANSLATORS: e.g. "Policy 6", its old title, its new title: the
         * same item in its place, renamed */
        return g_strdup_printf (say (language, N_("%s changed from “%s” to “%s”"),
                                     "แก้ไข%s จาก “%s” เป็น “%s”"),
                                label, change->before, change->after);
      /* TRANSLATORS: e.g. "Mission 3", its old text, its new text */
      return g_strdup_printf (say (language, N_("%s changed: “%s” → “%s”"), "แก้ไข%s"),
                              label, change->before, change->after);
    }
}

char *
hrp_change_describe (const HrpChange  *change,
                     HrpLanguage       language,
                     char            **before,
                     char            **after)
{
  g_autofree char *text_before = NULL;
  g_autofree char *text_after = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  if (language == HRP_LANGUAGE_THAI)
    texts_under (change, &text_before, &text_after);
  if (before != NULL)
    *before = g_steal_pointer (&text_before);
  if (after != NULL)
    *after = g_steal_pointer (&text_after);

  return describe (change, language);
}

/* }}} */
