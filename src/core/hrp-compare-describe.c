/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-compare-describe.c — a change between two plans in words
 *
 * One line per change (hrp_plan_compare()), naming the item by its place
 * ("Policy 4", "Strategy 2, goal 1") and quoting the texts concerned.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-compare.h"
#include "hrp-thai.h"

/* Describing {{{ */

static char *
budget_words (gint64 satang)
{
  g_autofree char *money = NULL;

  if (satang == HRP_BUDGET_NONE)
    return g_strdup (_("no budget"));
  money = hrp_money_format (satang, FALSE);
  /* TRANSLATORS: an amount of money, e.g. "200,000 baht" */
  return g_strdup_printf (_("%s baht"), money);
}

static char *
quarter_words (guint mask)
{
  GString *out = g_string_new (NULL);

  for (guint q = 1; q <= 4; q++)
    if (mask & (1u << (q - 1)))
      g_string_append_printf (out, "%s%u", out->len > 0 ? ", " : "", q);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      /* TRANSLATORS: no quarter of the year is ticked */
      return g_strdup (_("none"));
    }
  return g_string_free (out, FALSE);
}

static const char *
field_label (HrpChangeField field)
{
  switch (field)
    {
    case HRP_CHANGE_FIELD_ORG_NAME:
      return _("Organization");
    case HRP_CHANGE_FIELD_ORG_DISTRICT:
      return _("District");
    case HRP_CHANGE_FIELD_ORG_PROVINCE:
      return _("Province");
    case HRP_CHANGE_FIELD_TITLE:
      return _("Title");
    case HRP_CHANGE_FIELD_PREAMBLE:
      return _("Preamble");
    case HRP_CHANGE_FIELD_VISION:
      return _("Vision");
    case HRP_CHANGE_FIELD_POLICY_INTRO:
      return _("Introduction to the policies");
    case HRP_CHANGE_FIELD_NONE:
    case HRP_CHANGE_FIELD_TEXT:
    case HRP_CHANGE_FIELD_DESCRIPTION:
    case HRP_CHANGE_FIELD_LINK:
    case HRP_CHANGE_FIELD_BUDGET:
    case HRP_CHANGE_FIELD_QUARTERS:
    default:
      return "";
    }
}

/* "Mission 3", "Strategy 2, goal 1": the item where it is now (where it
 * was when removed). */
static char *
item_label (const HrpChange *change)
{
  gboolean removed = change->kind == HRP_CHANGE_REMOVED;
  guint owner = removed ? change->owner_before : change->owner_after;
  guint number = removed ? change->number_before : change->number_after;

  switch (change->subject)
    {
    case HRP_CHANGE_MISSION:
      return g_strdup_printf (_("Mission %u"), number);
    case HRP_CHANGE_STRATEGY:
      return g_strdup_printf (_("Strategy %u"), number);
    case HRP_CHANGE_GOAL:
      return g_strdup_printf (_("Strategy %u, goal %u"), owner, number);
    case HRP_CHANGE_OBJECTIVE:
      return g_strdup_printf (_("Strategy %u, objective %u"), owner, number);
    case HRP_CHANGE_INDICATOR:
      return g_strdup_printf (_("Strategy %u, indicator %u"), owner, number);
    case HRP_CHANGE_POSITION:
      return g_strdup_printf (_("Strategic position %u"), number);
    case HRP_CHANGE_POLICY:
      return g_strdup_printf (_("Policy %u"), number);
    case HRP_CHANGE_ACTIVITY:
      return g_strdup_printf (_("Policy %u, activity %u"), owner, number);
    case HRP_CHANGE_PLAN:
    default:
      return g_strdup (field_label (change->field));
    }
}

static char *
describe_plan_field (const HrpChange *change)
{
  const char *label = field_label (change->field);

  if (change->before == NULL || *change->before == '\0')
    /* TRANSLATORS: a field of the plan, its new text */
    return g_strdup_printf (_("%s set: “%s”"), label, change->after);
  if (change->after == NULL || *change->after == '\0')
    return g_strdup_printf (_("%s cleared (was “%s”)"), label, change->before);
  /* TRANSLATORS: a field of the plan, its old text, its new text */
  return g_strdup_printf (_("%s changed: “%s” → “%s”"), label, change->before, change->after);
}

static char *
describe_link (const HrpChange *change,
               const char      *label)
{
  gboolean strategy = change->subject == HRP_CHANGE_STRATEGY;

  if (change->link_after == 0)
    return strategy
           ? g_strdup_printf (_("%s “%s” no longer serves a mission (was mission %u “%s”)"),
                              label, change->name, change->link_before, change->before)
           : g_strdup_printf (_("%s “%s” no longer follows a strategy (was strategy %u “%s”)"),
                              label, change->name, change->link_before, change->before);
  if (change->link_before == 0)
    return strategy
           ? g_strdup_printf (_("%s “%s” now serves mission %u “%s”"),
                              label, change->name, change->link_after, change->after)
           : g_strdup_printf (_("%s “%s” now follows strategy %u “%s”"),
                              label, change->name, change->link_after, change->after);
  return strategy
         ? g_strdup_printf (_("%s “%s” now serves mission %u “%s” (was mission %u “%s”)"),
                            label, change->name, change->link_after, change->after,
                            change->link_before, change->before)
         : g_strdup_printf (_("%s “%s” now follows strategy %u “%s” (was strategy %u “%s”)"),
                            label, change->name, change->link_after, change->after,
                            change->link_before, change->before);
}

static char *
describe_activity (const HrpChange *change)
{
  gboolean removed = change->kind == HRP_CHANGE_REMOVED;
  guint policy = removed ? change->owner_before : change->owner_after;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  switch (change->kind)
    {
    case HRP_CHANGE_ADDED:
      if (change->budget_after == HRP_BUDGET_NONE)
        return g_strdup_printf (_("Policy %u: activity “%s” added"), policy, change->after);
      after = budget_words (change->budget_after);
      /* TRANSLATORS: the policy's number, the activity, its budget ("200,000 baht") */
      return g_strdup_printf (_("Policy %u: activity “%s” added (%s)"), policy, change->after, after);

    case HRP_CHANGE_REMOVED:
      if (change->budget_before == HRP_BUDGET_NONE)
        return g_strdup_printf (_("Policy %u: activity “%s” removed"), policy, change->before);
      before = budget_words (change->budget_before);
      return g_strdup_printf (_("Policy %u: activity “%s” removed (%s)"), policy, change->before, before);

    case HRP_CHANGE_MOVED:
      return g_strdup_printf (_("Policy %u: activity “%s” moved from place %u to %u"),
                              policy, change->name, change->number_before, change->number_after);

    case HRP_CHANGE_CHANGED:
    default:
      break;
    }

  switch (change->field)
    {
    case HRP_CHANGE_FIELD_BUDGET:
      before = budget_words (change->budget_before);
      after = budget_words (change->budget_after);
      return g_strdup_printf (_("Policy %u: budget of activity “%s” changed from %s to %s"),
                              policy, change->name, before, after);
    case HRP_CHANGE_FIELD_QUARTERS:
      before = quarter_words (change->quarters_before);
      after = quarter_words (change->quarters_after);
      return g_strdup_printf (_("Policy %u: quarters of activity “%s” changed from %s to %s"),
                              policy, change->name, before, after);
    case HRP_CHANGE_FIELD_TEXT:
    default:
      return g_strdup_printf (_("Policy %u: activity “%s” renamed “%s”"),
                              policy, change->before, change->after);
    }
}

char *
hrp_change_describe (const HrpChange *change)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  if (change->subject == HRP_CHANGE_PLAN)
    return describe_plan_field (change);
  if (change->subject == HRP_CHANGE_ACTIVITY)
    return describe_activity (change);

  label = item_label (change);
  switch (change->kind)
    {
    case HRP_CHANGE_ADDED:
      /* TRANSLATORS: e.g. "Mission 10", its text */
      return g_strdup_printf (_("%s added: “%s”"), label, change->after);
    case HRP_CHANGE_REMOVED:
      return g_strdup_printf (_("%s removed: “%s”"), label, change->before);
    case HRP_CHANGE_MOVED:
      /* TRANSLATORS: e.g. "Policy 5", its title, its place before */
      return g_strdup_printf (_("%s “%s” moved from place %u"), label, change->name,
                              change->number_before);
    case HRP_CHANGE_CHANGED:
    default:
      break;
    }

  switch (change->field)
    {
    case HRP_CHANGE_FIELD_DESCRIPTION:
      return g_strdup_printf (_("%s “%s”: description changed: “%s” → “%s”"),
                              label, change->name, change->before, change->after);
    case HRP_CHANGE_FIELD_LINK:
      return describe_link (change, label);
    case HRP_CHANGE_FIELD_TEXT:
    default:
      /* TRANSLATORS: e.g. "Mission 3", its old text, its new text */
      return g_strdup_printf (_("%s changed: “%s” → “%s”"), label, change->before, change->after);
    }
}

/* }}} */
