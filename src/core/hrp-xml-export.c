/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-xml-export.c — the plan in the exchange format (urn:hrplan:plan:1)
 *
 * Written by hand into a GString so that the bytes are fully determined
 * by the plan: same plan, same bytes.  Reading it back: hrp-xml.c.  A
 * plan that leaves empty a text the format requires is refused, named
 * as Check Plan names it, so that no file is written that the import
 * would refuse.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hrp-check.h"
#include "hrp-thai.h"
#include "hrp-xml.h"
#include "hrp-xml-private.h"

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/* Appends text escaped for element content or an attribute value.
 * Characters XML cannot carry are dropped; CR is kept as a reference so
 * that it survives the parser's end-of-line handling. */
static void
append_escaped (GString    *out,
                const char *text,
                gssize      len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++; /* not UTF-8: drop the byte */
          continue;
        }

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:
          if (is_xml_char (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
      p = g_utf8_next_char (p);
    }
}

static gboolean
is_blank (const char *text)
{
  const char *s;
  gssize len;

  _hrp_xml_trimmed (text, &s, &len);
  return len == 0;
}

/* Appends format, indented by depth levels: a line of the file, or its
 * start. */
static void G_GNUC_PRINTF (3, 4)
append_indented (GString    *out,
                 guint       depth,
                 const char *format,
                 ...)
{
  va_list args;

  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
}

/* The start tag of the item numbered number of a list, its id that number
 * after prefix, with a link to the item numbered link of another list
 * when link is not 0: <strategy id="s2" mission="m1"> */
static void
start_item_tag (GString    *out,
                guint       depth,
                const char *name,
                char        prefix,
                guint       number,
                const char *link_name,
                char        link_prefix,
                guint       link)
{
  append_indented (out, depth, "<%s id=\"%c%u\"", name, prefix, number);
  if (link > 0)
    g_string_append_printf (out, " %s=\"%c%u\"", link_name, link_prefix, link);
  g_string_append (out, ">\n");
}

static void
text_element (GString    *out,
              guint       depth,
              const char *name,
              const char *text)
{
  const char *s;
  gssize len;

  _hrp_xml_trimmed (text, &s, &len);
  append_indented (out, depth, "<%s>", name);
  append_escaped (out, s, len);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
optional_text_element (GString    *out,
                       guint       depth,
                       const char *name,
                       const char *text)
{
  if (!is_blank (text))
    text_element (out, depth, name, text);
}

static void export_item (GString    *out,
                         guint       depth,
                         GObject    *item,
                         guint       number,
                         GListModel *links);

/* The element name holding one element per item of list (export_item ()),
 * nothing when the list is empty.  links: the list its items link to. */
static void
list_element (GString    *out,
              guint       depth,
              const char *name,
              GListModel *list,
              GListModel *links)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;

  append_indented (out, depth, "<%s>\n", name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      export_item (out, depth + 1, item, i + 1, links);
    }
  append_indented (out, depth, "</%s>\n", name);
}

static guint
position_of (GListModel *list,
             gpointer    object)
{
  guint n = g_list_model_get_n_items (list);

  if (object == NULL)
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      if ((gpointer) item == object)
        return i + 1;
    }
  return 0;
}

static void
export_mission (GString    *out,
                guint       depth,
                HrpMission *mission,
                guint       number)
{
  const char *s;
  gssize len;

  _hrp_xml_trimmed (hrp_mission_get_text (mission), &s, &len);
  append_indented (out, depth, "<mission id=\"m%u\">", number);
  append_escaped (out, s, len);
  g_string_append (out, "</mission>\n");
}

static void
export_activity (GString     *out,
                 guint        depth,
                 HrpActivity *activity)
{
  gint64 budget = hrp_activity_get_budget (activity);
  gboolean any_quarter = FALSE;

  append_indented (out, depth, "<activity>\n");
  text_element (out, depth + 1, "name", hrp_activity_get_name (activity));
  if (budget != HRP_BUDGET_NONE)
    {
      g_autofree char *decimal = hrp_money_to_decimal (budget);
      text_element (out, depth + 1, "budget", decimal);
    }
  for (guint q = 1; q <= 4; q++)
    any_quarter |= hrp_activity_get_quarter (activity, q);
  if (any_quarter)
    {
      append_indented (out, depth + 1, "<quarters");
      for (guint q = 1; q <= 4; q++)
        g_string_append_printf (out, " q%u=\"%s\"", q,
                                hrp_activity_get_quarter (activity, q) ? "true" : "false");
      g_string_append (out, "/>\n");
    }
  append_indented (out, depth, "</activity>\n");
}

/* The element of item, one object of a plan's list, numbered number in
 * it.  links: the list that a strategy's mission or a policy's strategy
 * is in. */
static void
export_item (GString    *out,
             guint       depth,
             GObject    *item,
             guint       number,
             GListModel *links)
{
  if (HRP_IS_TEXT (item))
    {
      text_element (out, depth, "item", hrp_text_get_text (HRP_TEXT (item)));
    }
  else if (HRP_IS_MISSION (item))
    {
      export_mission (out, depth, HRP_MISSION (item), number);
    }
  else if (HRP_IS_STRATEGY (item))
    {
      HrpStrategy *strategy = HRP_STRATEGY (item);

      start_item_tag (out, depth, "strategy", 's', number,
                      "mission", 'm', position_of (links, hrp_strategy_get_mission (strategy)));
      text_element (out, depth + 1, "title", hrp_strategy_get_title (strategy));
      list_element (out, depth + 1, "goals", hrp_strategy_get_goals (strategy), NULL);
      list_element (out, depth + 1, "objectives", hrp_strategy_get_objectives (strategy), NULL);
      list_element (out, depth + 1, "indicators", hrp_strategy_get_indicators (strategy), NULL);
      append_indented (out, depth, "</strategy>\n");
    }
  else if (HRP_IS_POLICY (item))
    {
      HrpPolicy *policy = HRP_POLICY (item);

      start_item_tag (out, depth, "policy", 'p', number,
                      "strategy", 's', position_of (links, hrp_policy_get_strategy (policy)));
      text_element (out, depth + 1, "title", hrp_policy_get_title (policy));
      optional_text_element (out, depth + 1, "description", hrp_policy_get_description (policy));
      list_element (out, depth + 1, "activities", hrp_policy_get_activities (policy), NULL);
      append_indented (out, depth, "</policy>\n");
    }
  else
    {
      export_activity (out, depth, HRP_ACTIVITY (item));
    }
}

/* <signers>, only when the plan has one to write: a plan without signers
 * is written as it was before the format had them.  A signer without a
 * name (a row just added in the editor) is not written, as the format
 * requires a name: the file stays one that imports. */
static void
export_signers (GString    *out,
                GListModel *signers)
{
  guint n = g_list_model_get_n_items (signers);
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpSigner) signer = g_list_model_get_item (signers, i);

      if (is_blank (hrp_signer_get_name (signer)))
        continue;
      if (!any)
        {
          append_indented (out, 1, "<signers>\n");
          any = TRUE;
        }
      append_indented (out, 2, "<signer>\n");
      text_element (out, 3, "name", hrp_signer_get_name (signer));
      text_element (out, 3, "position", hrp_signer_get_position (signer));
      optional_text_element (out, 3, "role", hrp_signer_get_role (signer));
      append_indented (out, 2, "</signer>\n");
    }
  if (any)
    append_indented (out, 1, "</signers>\n");
}

/* What the user is told when problem, a problem Check Plan found, is an
 * empty text that the format requires; NULL when it is not one (an
 * empty mission may be written). */
static char *
required_text_message (const HrpProblem *problem)
{
  if (problem->kind != HRP_PROBLEM_EMPTY_TITLE)
    return NULL;

  if (HRP_IS_PLAN (problem->item))
    {
      if (g_strcmp0 (problem->property, "org-name") == 0)
        return g_strdup (_("The plan has no organization name: fill in the organization’s name before exporting it."));
      if (g_strcmp0 (problem->property, "vision") == 0)
        return g_strdup (_("The plan has no vision: fill in its vision before exporting it."));
      return g_strdup (_("The plan has no title: fill in its title before exporting it."));
    }
  if (HRP_IS_STRATEGY (problem->item) || HRP_IS_POLICY (problem->item))
    /* TRANSLATORS: the place of a strategy or policy as Check Plan
     * names it ("Policy 6") */
    return g_strdup_printf (_("%s has no title: fill in its title before exporting the plan."),
                            problem->place);
  if (HRP_IS_ACTIVITY (problem->item))
    /* TRANSLATORS: the place of an activity as Check Plan names it
     * ("Policy 4 › activity 1") */
    return g_strdup_printf (_("%s has no name: fill in its name before exporting the plan."),
                            problem->place);
  return NULL;
}

gboolean
hrp_xml_can_export (HrpPlan  *plan,
                    GError  **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *first = NULL;
  guint more = 0;

  g_return_val_if_fail (HRP_IS_PLAN (plan), FALSE);

  problems = hrp_plan_check (plan);
  for (guint i = 0; i < problems->len; i++)
    {
      char *message = required_text_message (g_ptr_array_index (problems, i));

      if (message == NULL)
        continue;
      if (first == NULL)
        first = message;
      else
        {
          more++;
          g_free (message);
        }
    }
  if (first == NULL)
    return TRUE;

  if (more == 0)
    g_set_error_literal (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY, first);
  else
    {
      g_autofree char *others = g_strdup_printf (ngettext ("%u more text must be filled in too: Check Plan lists it.",
                                                           "%u more texts must be filled in too: Check Plan lists them.",
                                                           more),
                                                 more);

      g_set_error (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY, "%s %s", first, others);
    }
  return FALSE;
}

GBytes *
hrp_xml_export (HrpPlan  *plan,
                GError  **error)
{
  GString *out;
  GListModel *missions;
  GListModel *strategies;
  GListModel *policies;

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hrp_xml_can_export (plan, error))
    return NULL;

  missions = hrp_plan_get_missions (plan);
  strategies = hrp_plan_get_strategies (plan);
  policies = hrp_plan_get_policies (plan);

  out = g_string_sized_new (4096);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out, "<plan xmlns=\"%s\" format-version=\"%d\" fiscal-year=\"%d\">\n",
                          HRP_XML_NAMESPACE, HRP_XML_FORMAT_VERSION,
                          hrp_plan_get_fiscal_year (plan));

  append_indented (out, 1, "<organization>\n");
  text_element (out, 2, "name", hrp_plan_get_org_name (plan));
  optional_text_element (out, 2, "district", hrp_plan_get_org_district (plan));
  optional_text_element (out, 2, "province", hrp_plan_get_org_province (plan));
  append_indented (out, 1, "</organization>\n");

  text_element (out, 1, "title", hrp_plan_get_title (plan));
  optional_text_element (out, 1, "preamble", hrp_plan_get_preamble (plan));
  text_element (out, 1, "vision", hrp_plan_get_vision (plan));
  list_element (out, 1, "missions", missions, NULL);
  list_element (out, 1, "strategies", strategies, missions);
  list_element (out, 1, "positions", hrp_plan_get_positions (plan), NULL);

  /* <policies> holds the introduction too: written when either is there */
  if (g_list_model_get_n_items (policies) > 0 || !is_blank (hrp_plan_get_policy_intro (plan)))
    {
      append_indented (out, 1, "<policies>\n");
      optional_text_element (out, 2, "intro", hrp_plan_get_policy_intro (plan));
      for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
        {
          g_autoptr(GObject) policy = g_list_model_get_item (policies, i);

          export_item (out, 2, policy, i + 1, strategies);
        }
      append_indented (out, 1, "</policies>\n");
    }

  export_signers (out, hrp_plan_get_signers (plan));

  g_string_append (out, "</plan>\n");

  return g_string_free_to_bytes (out);
}
