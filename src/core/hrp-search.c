/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-search.c — which texts of a plan match, and replacing them */
#include "config.h"

#include "hrp-search.h"

#include <glib/gi18n-lib.h>
#include <string.h>

void
hrp_search_match_free (HrpSearchMatch *match)
{
  if (match == NULL)
    return;
  g_clear_object (&match->owner);
  g_clear_object (&match->object);
  g_free (match);
}

/* Whether query is at p, comparing letters in lower case; the end of the
 * text there in *end. */
static gboolean
match_at (const char  *p,
          const char  *query,
          const char **end)
{
  const char *q = query;

  while (*q != '\0')
    {
      if (*p == '\0'
          || g_unichar_tolower (g_utf8_get_char (p)) != g_unichar_tolower (g_utf8_get_char (q)))
        return FALSE;
      p = g_utf8_next_char (p);
      q = g_utf8_next_char (q);
    }
  *end = p;
  return TRUE;
}

gboolean
hrp_search_find (const char *text,
                 const char *query,
                 gsize       from,
                 gsize      *start,
                 gsize      *end)
{
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (text == NULL || query == NULL || *query == '\0' || from > strlen (text))
    return FALSE;

  for (const char *p = text + from; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *match_end;

      if (match_at (p, query, &match_end))
        {
          *start = p - text;
          *end = match_end - text;
          return TRUE;
        }
    }
  return FALSE;
}

/* The texts of a plan {{{ */

typedef void (*TextFunc) (GObject    *owner,
                          GObject    *object,
                          const char *property,
                          gpointer    data);

static void
each_text_of_list (GObject    *owner,
                   GListModel *list,
                   const char *property,
                   TextFunc    func,
                   gpointer    data)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);

      func (owner, object, property, data);
    }
}

/* Calls func for every text the user wrote in plan, in the printed
 * plan's order. */
static void
each_text (HrpPlan  *plan,
           TextFunc  func,
           gpointer  data)
{
  static const char * const plan_texts[] = {
    "org-name", "org-district", "org-province", "title", "preamble",
  };
  GListModel *missions = hrp_plan_get_missions (plan);
  GListModel *strategies = hrp_plan_get_strategies (plan);
  GListModel *policies = hrp_plan_get_policies (plan);
  GListModel *signers = hrp_plan_get_signers (plan);

  for (guint i = 0; i < G_N_ELEMENTS (plan_texts); i++)
    func (G_OBJECT (plan), G_OBJECT (plan), plan_texts[i], data);
  each_text_of_list (G_OBJECT (plan), hrp_plan_get_positions (plan), "text", func, data);
  func (G_OBJECT (plan), G_OBJECT (plan), "policy-intro", data);
  for (guint i = 0; i < g_list_model_get_n_items (signers); i++)
    {
      g_autoptr(GObject) signer = g_list_model_get_item (signers, i);

      func (G_OBJECT (plan), signer, "name", data);
      func (G_OBJECT (plan), signer, "position", data);
      func (G_OBJECT (plan), signer, "role", data);
    }
  func (G_OBJECT (plan), G_OBJECT (plan), "vision", data);

  each_text_of_list (NULL, missions, "text", func, data);

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);

      func (G_OBJECT (strategy), G_OBJECT (strategy), "title", data);
      each_text_of_list (G_OBJECT (strategy), hrp_strategy_get_goals (strategy), "text", func, data);
      each_text_of_list (G_OBJECT (strategy), hrp_strategy_get_objectives (strategy), "text", func, data);
      each_text_of_list (G_OBJECT (strategy), hrp_strategy_get_indicators (strategy), "text", func, data);
    }

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      func (G_OBJECT (policy), G_OBJECT (policy), "title", data);
      func (G_OBJECT (policy), G_OBJECT (policy), "description", data);
      each_text_of_list (G_OBJECT (policy), hrp_policy_get_activities (policy), "name", func, data);
    }
}

/* }}} */

typedef struct {
  const char *query;
  GPtrArray  *matches;
} Search;

static void
search_text (GObject    *owner,
             GObject    *object,
             const char *property,
             gpointer    data)
{
  Search *search = data;
  g_autofree char *text = NULL;
  gsize from = 0, start, end;

  g_object_get (object, property, &text, NULL);
  while (hrp_search_find (text, search->query, from, &start, &end))
    {
      HrpSearchMatch *match = g_new0 (HrpSearchMatch, 1);

      /* A mission is its own owner. */
      match->owner = g_object_ref (owner != NULL ? owner : object);
      match->object = g_object_ref (object);
      match->property = g_intern_string (property);
      match->start = start;
      match->end = end;
      g_ptr_array_add (search->matches, match);
      from = end;
    }
}

GPtrArray *
hrp_search_plan (HrpPlan    *plan,
                 const char *query)
{
  Search search = { query, g_ptr_array_new_with_free_func ((GDestroyNotify) hrp_search_match_free) };

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  if (query != NULL && *query != '\0')
    each_text (plan, search_text, &search);
  return search.matches;
}

gboolean
hrp_search_replace (HrpDocument     *document,
                    HrpSearchMatch  *match,
                    const char      *replacement,
                    GError         **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) replaced = NULL;

  g_return_val_if_fail (HRP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (match != NULL, FALSE);

  g_object_get (match->object, match->property, &text, NULL);
  g_return_val_if_fail (text != NULL && match->end <= strlen (text), FALSE);

  replaced = g_string_new_len (text, match->start);
  g_string_append (replaced, replacement != NULL ? replacement : "");
  g_string_append (replaced, text + match->end);
  return hrp_document_set_string (document, match->object, match->property, replaced->str, error);
}

/* text with every match of query replaced; the number in *n. */
static char *
replace_in (const char *text,
            const char *query,
            const char *replacement,
            guint      *n)
{
  GString *out = g_string_new (NULL);
  gsize from = 0, start, end;

  while (hrp_search_find (text, query, from, &start, &end))
    {
      g_string_append_len (out, text + from, start - from);
      g_string_append (out, replacement);
      from = end;
      (*n)++;
    }
  g_string_append (out, text + from);
  return g_string_free (out, FALSE);
}

gboolean
hrp_search_replace_all (HrpDocument  *document,
                        const char   *query,
                        const char   *replacement,
                        guint        *n_replaced,
                        GError      **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  GError *local_error = NULL;
  guint n = 0;

  g_return_val_if_fail (HRP_IS_DOCUMENT (document), FALSE);

  if (replacement == NULL)
    replacement = "";
  matches = hrp_search_plan (hrp_document_get_plan (document), query);

  hrp_document_begin_group (document, _("Replace All"));
  for (guint i = 0; i < matches->len && local_error == NULL; i++)
    {
      HrpSearchMatch *match = g_ptr_array_index (matches, i);
      g_autofree char *text = NULL;
      g_autofree char *replaced = NULL;

      /* Each text once, at its first match. */
      if (i > 0)
        {
          HrpSearchMatch *before = g_ptr_array_index (matches, i - 1);

          if (before->object == match->object && before->property == match->property)
            continue;
        }
      g_object_get (match->object, match->property, &text, NULL);
      replaced = replace_in (text, query, replacement, &n);
      hrp_document_set_string (document, match->object, match->property, replaced, &local_error);
    }
  if (!hrp_document_end_group (document, local_error != NULL ? NULL : &local_error) || local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (n_replaced != NULL)
    *n_replaced = n;
  return TRUE;
}
