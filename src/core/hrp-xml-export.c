/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-xml-export.c — the plan in the exchange format (urn:hrplan:plan:1)
 *
 * Written by hand into a GString so that the bytes are fully determined
 * by the plan: same plan, same bytes.  Reading it back: hrp-xml.c.
 */
#include "config.h"

#include <string.h>

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

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
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
  indent (out, depth);
  g_string_append_printf (out, "<%s>", name);
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

static void
text_list (GString    *out,
           guint       depth,
           const char *name,
           GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;

  indent (out, depth);
  g_string_append_printf (out, "<%s>\n", name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) item = g_list_model_get_item (list, i);
      text_element (out, depth + 1, "item", hrp_text_get_text (item));
    }
  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", name);
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
export_activity (GString     *out,
                 HrpActivity *activity)
{
  gint64 budget = hrp_activity_get_budget (activity);
  gboolean any_quarter = FALSE;

  indent (out, 4);
  g_string_append (out, "<activity>\n");
  text_element (out, 5, "name", hrp_activity_get_name (activity));
  if (budget != HRP_BUDGET_NONE)
    {
      g_autofree char *decimal = hrp_money_to_decimal (budget);
      text_element (out, 5, "budget", decimal);
    }
  for (guint q = 1; q <= 4; q++)
    any_quarter |= hrp_activity_get_quarter (activity, q);
  if (any_quarter)
    {
      indent (out, 5);
      g_string_append (out, "<quarters");
      for (guint q = 1; q <= 4; q++)
        g_string_append_printf (out, " q%u=\"%s\"", q,
                                hrp_activity_get_quarter (activity, q) ? "true" : "false");
      g_string_append (out, "/>\n");
    }
  indent (out, 4);
  g_string_append (out, "</activity>\n");
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
          indent (out, 1);
          g_string_append (out, "<signers>\n");
          any = TRUE;
        }
      indent (out, 2);
      g_string_append (out, "<signer>\n");
      text_element (out, 3, "name", hrp_signer_get_name (signer));
      text_element (out, 3, "position", hrp_signer_get_position (signer));
      optional_text_element (out, 3, "role", hrp_signer_get_role (signer));
      indent (out, 2);
      g_string_append (out, "</signer>\n");
    }
  if (any)
    {
      indent (out, 1);
      g_string_append (out, "</signers>\n");
    }
}

GBytes *
hrp_xml_export (HrpPlan *plan)
{
  GString *out;
  GListModel *missions;
  GListModel *strategies;
  GListModel *policies;
  guint n_missions, n_strategies, n_policies;

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  missions = G_LIST_MODEL (hrp_plan_get_missions (plan));
  strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  n_missions = g_list_model_get_n_items (missions);
  n_strategies = g_list_model_get_n_items (strategies);
  n_policies = g_list_model_get_n_items (policies);

  out = g_string_sized_new (4096);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out, "<plan xmlns=\"%s\" format-version=\"%d\" fiscal-year=\"%d\">\n",
                          HRP_XML_NAMESPACE, HRP_XML_FORMAT_VERSION,
                          hrp_plan_get_fiscal_year (plan));

  indent (out, 1);
  g_string_append (out, "<organization>\n");
  text_element (out, 2, "name", hrp_plan_get_org_name (plan));
  optional_text_element (out, 2, "district", hrp_plan_get_org_district (plan));
  optional_text_element (out, 2, "province", hrp_plan_get_org_province (plan));
  indent (out, 1);
  g_string_append (out, "</organization>\n");

  text_element (out, 1, "title", hrp_plan_get_title (plan));
  optional_text_element (out, 1, "preamble", hrp_plan_get_preamble (plan));
  text_element (out, 1, "vision", hrp_plan_get_vision (plan));

  if (n_missions > 0)
    {
      indent (out, 1);
      g_string_append (out, "<missions>\n");
      for (guint i = 0; i < n_missions; i++)
        {
          g_autoptr(HrpMission) mission = g_list_model_get_item (missions, i);
          const char *s;
          gssize len;

          _hrp_xml_trimmed (hrp_mission_get_text (mission), &s, &len);
          indent (out, 2);
          g_string_append_printf (out, "<mission id=\"m%u\">", i + 1);
          append_escaped (out, s, len);
          g_string_append (out, "</mission>\n");
        }
      indent (out, 1);
      g_string_append (out, "</missions>\n");
    }

  if (n_strategies > 0)
    {
      indent (out, 1);
      g_string_append (out, "<strategies>\n");
      for (guint i = 0; i < n_strategies; i++)
        {
          g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
          guint mission = position_of (missions, hrp_strategy_get_mission (strategy));

          indent (out, 2);
          g_string_append_printf (out, "<strategy id=\"s%u\"", i + 1);
          if (mission > 0)
            g_string_append_printf (out, " mission=\"m%u\"", mission);
          g_string_append (out, ">\n");
          text_element (out, 3, "title", hrp_strategy_get_title (strategy));
          text_list (out, 3, "goals", G_LIST_MODEL (hrp_strategy_get_goals (strategy)));
          text_list (out, 3, "objectives", G_LIST_MODEL (hrp_strategy_get_objectives (strategy)));
          text_list (out, 3, "indicators", G_LIST_MODEL (hrp_strategy_get_indicators (strategy)));
          indent (out, 2);
          g_string_append (out, "</strategy>\n");
        }
      indent (out, 1);
      g_string_append (out, "</strategies>\n");
    }

  text_list (out, 1, "positions", G_LIST_MODEL (hrp_plan_get_positions (plan)));

  if (n_policies > 0 || !is_blank (hrp_plan_get_policy_intro (plan)))
    {
      indent (out, 1);
      g_string_append (out, "<policies>\n");
      optional_text_element (out, 2, "intro", hrp_plan_get_policy_intro (plan));
      for (guint i = 0; i < n_policies; i++)
        {
          g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
          GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
          guint strategy = position_of (strategies, hrp_policy_get_strategy (policy));
          guint n_activities = g_list_model_get_n_items (activities);

          indent (out, 2);
          g_string_append_printf (out, "<policy id=\"p%u\"", i + 1);
          if (strategy > 0)
            g_string_append_printf (out, " strategy=\"s%u\"", strategy);
          g_string_append (out, ">\n");
          text_element (out, 3, "title", hrp_policy_get_title (policy));
          optional_text_element (out, 3, "description", hrp_policy_get_description (policy));
          if (n_activities > 0)
            {
              indent (out, 3);
              g_string_append (out, "<activities>\n");
              for (guint j = 0; j < n_activities; j++)
                {
                  g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);
                  export_activity (out, activity);
                }
              indent (out, 3);
              g_string_append (out, "</activities>\n");
            }
          indent (out, 2);
          g_string_append (out, "</policy>\n");
        }
      indent (out, 1);
      g_string_append (out, "</policies>\n");
    }

  export_signers (out, hrp_plan_get_signers (plan));

  g_string_append (out, "</plan>\n");

  return g_string_free_to_bytes (out);
}
