/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-plan.c — HrpPlan, the HR plan of one fiscal year */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-plan.h"
#include "hrp-mission.h"
#include "hrp-model-private.h"
#include "hrp-policy.h"
#include "hrp-signer.h"
#include "hrp-strategy.h"
#include "hrp-text.h"
#include "hrp-thai.h"

struct _HrpPlan
{
  GObject     parent_instance;
  int         fiscal_year;
  char       *texts[7];   /* indexed by property id - PLAN_PROP_ORG_NAME */
  GListStore *missions;
  GListStore *strategies;
  GListStore *positions;
  GListStore *policies;
  GListStore *signers;
};

G_DEFINE_FINAL_TYPE (HrpPlan, hrp_plan, G_TYPE_OBJECT)

enum {
  PLAN_PROP_0,
  PLAN_PROP_FISCAL_YEAR,
  PLAN_PROP_ORG_NAME,
  PLAN_PROP_ORG_DISTRICT,
  PLAN_PROP_ORG_PROVINCE,
  PLAN_PROP_TITLE,
  PLAN_PROP_PREAMBLE,
  PLAN_PROP_VISION,
  PLAN_PROP_POLICY_INTRO,
  PLAN_PROP_MISSIONS,
  PLAN_PROP_STRATEGIES,
  PLAN_PROP_POSITIONS,
  PLAN_PROP_POLICIES,
  PLAN_PROP_SIGNERS,
  PLAN_N_PROPS
};
static GParamSpec *plan_properties[PLAN_N_PROPS];

#define PLAN_TEXT_FIRST PLAN_PROP_ORG_NAME
#define PLAN_TEXT_LAST  PLAN_PROP_POLICY_INTRO

static void
plan_set_text (HrpPlan    *self,
               guint       prop_id,
               const char *text)
{
  g_return_if_fail (HRP_IS_PLAN (self));
  if (_hrp_model_set_string (&self->texts[prop_id - PLAN_TEXT_FIRST], text))
    g_object_notify_by_pspec (G_OBJECT (self), plan_properties[prop_id]);
}

static const char *
plan_get_text (HrpPlan *self,
               guint    prop_id)
{
  g_return_val_if_fail (HRP_IS_PLAN (self), NULL);
  return self->texts[prop_id - PLAN_TEXT_FIRST];
}

static void
hrp_plan_finalize (GObject *object)
{
  HrpPlan *self = HRP_PLAN (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);
  g_clear_object (&self->missions);
  g_clear_object (&self->strategies);
  g_clear_object (&self->positions);
  g_clear_object (&self->policies);
  g_clear_object (&self->signers);
  G_OBJECT_CLASS (hrp_plan_parent_class)->finalize (object);
}

static void
hrp_plan_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HrpPlan *self = HRP_PLAN (object);

  if (prop_id >= PLAN_TEXT_FIRST && prop_id <= PLAN_TEXT_LAST)
    {
      g_value_set_string (value, plan_get_text (self, prop_id));
      return;
    }

  switch (prop_id)
    {
    case PLAN_PROP_FISCAL_YEAR:
      g_value_set_int (value, self->fiscal_year);
      break;
    case PLAN_PROP_MISSIONS:
      g_value_set_object (value, self->missions);
      break;
    case PLAN_PROP_STRATEGIES:
      g_value_set_object (value, self->strategies);
      break;
    case PLAN_PROP_POSITIONS:
      g_value_set_object (value, self->positions);
      break;
    case PLAN_PROP_POLICIES:
      g_value_set_object (value, self->policies);
      break;
    case PLAN_PROP_SIGNERS:
      g_value_set_object (value, self->signers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_plan_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HrpPlan *self = HRP_PLAN (object);

  if (prop_id >= PLAN_TEXT_FIRST && prop_id <= PLAN_TEXT_LAST)
    plan_set_text (self, prop_id, g_value_get_string (value));
  else if (prop_id == PLAN_PROP_FISCAL_YEAR)
    hrp_plan_set_fiscal_year (self, g_value_get_int (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
hrp_plan_class_init (HrpPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_plan_finalize;
  object_class->get_property = hrp_plan_get_property;
  object_class->set_property = hrp_plan_set_property;

  plan_properties[PLAN_PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL,
                      HRP_FISCAL_YEAR_MIN, HRP_FISCAL_YEAR_MAX, 2568,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  plan_properties[PLAN_PROP_ORG_NAME] = HRP_MODEL_STRING_PARAM ("org-name");
  plan_properties[PLAN_PROP_ORG_DISTRICT] = HRP_MODEL_STRING_PARAM ("org-district");
  plan_properties[PLAN_PROP_ORG_PROVINCE] = HRP_MODEL_STRING_PARAM ("org-province");
  plan_properties[PLAN_PROP_TITLE] = HRP_MODEL_STRING_PARAM ("title");
  plan_properties[PLAN_PROP_PREAMBLE] = HRP_MODEL_STRING_PARAM ("preamble");
  plan_properties[PLAN_PROP_VISION] = HRP_MODEL_STRING_PARAM ("vision");
  plan_properties[PLAN_PROP_POLICY_INTRO] = HRP_MODEL_STRING_PARAM ("policy-intro");
  plan_properties[PLAN_PROP_MISSIONS] =
    g_param_spec_object ("missions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  plan_properties[PLAN_PROP_STRATEGIES] =
    g_param_spec_object ("strategies", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  plan_properties[PLAN_PROP_POSITIONS] =
    g_param_spec_object ("positions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  plan_properties[PLAN_PROP_POLICIES] =
    g_param_spec_object ("policies", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  plan_properties[PLAN_PROP_SIGNERS] =
    g_param_spec_object ("signers", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, PLAN_N_PROPS, plan_properties);
}

static void
hrp_plan_init (HrpPlan *self)
{
  self->fiscal_year = 2568;
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    self->texts[i] = g_strdup ("");
  self->missions = g_list_store_new (HRP_TYPE_MISSION);
  self->strategies = g_list_store_new (HRP_TYPE_STRATEGY);
  self->positions = g_list_store_new (HRP_TYPE_TEXT);
  self->policies = g_list_store_new (HRP_TYPE_POLICY);
  self->signers = g_list_store_new (HRP_TYPE_SIGNER);
}

HrpPlan *
hrp_plan_new (void)
{
  return g_object_new (HRP_TYPE_PLAN, NULL);
}

int
hrp_plan_get_fiscal_year (HrpPlan *self)
{
  g_return_val_if_fail (HRP_IS_PLAN (self), 0);
  return self->fiscal_year;
}

void
hrp_plan_set_fiscal_year (HrpPlan *self,
                          int      fiscal_year)
{
  g_return_if_fail (HRP_IS_PLAN (self));
  g_return_if_fail (fiscal_year >= HRP_FISCAL_YEAR_MIN && fiscal_year <= HRP_FISCAL_YEAR_MAX);
  if (self->fiscal_year == fiscal_year)
    return;
  self->fiscal_year = fiscal_year;
  g_object_notify_by_pspec (G_OBJECT (self), plan_properties[PLAN_PROP_FISCAL_YEAR]);
}

#define PLAN_TEXT_ACCESSORS(field, PROP) \
  const char * \
  hrp_plan_get_##field (HrpPlan *self) \
  { \
    return plan_get_text (self, PROP); \
  } \
  void \
  hrp_plan_set_##field (HrpPlan    *self, \
                        const char *text) \
  { \
    plan_set_text (self, PROP, text); \
  }

PLAN_TEXT_ACCESSORS (org_name, PLAN_PROP_ORG_NAME)
PLAN_TEXT_ACCESSORS (org_district, PLAN_PROP_ORG_DISTRICT)
PLAN_TEXT_ACCESSORS (org_province, PLAN_PROP_ORG_PROVINCE)
PLAN_TEXT_ACCESSORS (title, PLAN_PROP_TITLE)
PLAN_TEXT_ACCESSORS (preamble, PLAN_PROP_PREAMBLE)
PLAN_TEXT_ACCESSORS (vision, PLAN_PROP_VISION)
PLAN_TEXT_ACCESSORS (policy_intro, PLAN_PROP_POLICY_INTRO)

/* The lists are handed out read-only: changes go through HrpDocument */
#define PLAN_LIST_GETTER(field) \
  GListModel * \
  hrp_plan_get_##field (HrpPlan *self) \
  { \
    g_return_val_if_fail (HRP_IS_PLAN (self), NULL); \
    return G_LIST_MODEL (self->field); \
  }

PLAN_LIST_GETTER (missions)
PLAN_LIST_GETTER (strategies)
PLAN_LIST_GETTER (positions)
PLAN_LIST_GETTER (policies)
PLAN_LIST_GETTER (signers)

void
hrp_model_list_append (GListModel *list,
                       gpointer    item)
{
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), g_list_model_get_item_type (list)));

  g_list_store_append (G_LIST_STORE (list), item);
}

guint
hrp_plan_count_activities (HrpPlan *self)
{
  GListModel *policies;
  guint n = 0;

  g_return_val_if_fail (HRP_IS_PLAN (self), 0);

  policies = G_LIST_MODEL (hrp_plan_get_policies (self));
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      n += g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (policy)));
    }
  return n;
}

void
hrp_plan_roll_over (HrpPlan *self,
                    int      new_year)
{
  g_autofree char *title = NULL;

  g_return_if_fail (HRP_IS_PLAN (self));

  title = hrp_thai_replace_year (plan_get_text (self, PLAN_PROP_TITLE),
                                 self->fiscal_year, new_year);
  hrp_plan_set_title (self, title);
  hrp_plan_set_fiscal_year (self, new_year);
}

/* Calls func on every activity of the plan, in order, with the position
 * of its policy. */
static void
for_each_activity (HrpPlan *self,
                   void   (*func) (HrpActivity *activity,
                                   guint        policy,
                                   gpointer     data),
                   gpointer data)
{
  GListModel *policies = G_LIST_MODEL (self->policies);

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);

          func (activity, i, data);
        }
    }
}

static void
add_budget (HrpActivity *activity,
            guint        policy,
            gpointer     data)
{
  gint64 budget = hrp_activity_get_budget (activity);

  if (budget != HRP_BUDGET_NONE)
    *(gint64 *) data += budget;
}

gint64
hrp_plan_total_budget (HrpPlan *self)
{
  gint64 total = 0;

  g_return_val_if_fail (HRP_IS_PLAN (self), 0);

  for_each_activity (self, add_budget, &total);
  return total;
}

/* The key under which an activity counts as "the same project": its name
 * with white space collapsed, and its budget. */
static char *
activity_key (HrpActivity *activity)
{
  const char *name = hrp_activity_get_name (activity);
  g_auto(GStrv) words = g_strsplit_set (name != NULL ? name : "", " \t\r\n", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (key->len > 0)
          g_string_append_c (key, ' ');
        g_string_append (key, words[i]);
      }
  g_string_append_printf (key, "\x1f%" G_GINT64_FORMAT, hrp_activity_get_budget (activity));
  return g_string_free (key, FALSE);
}

typedef struct {
  GHashTable *counts;    /* key → number of distinct policies listing it */
  GHashTable *seen;      /* keys of the policy being walked */
  guint       policy;
  GHashTable *counted;   /* keys whose budget is in total */
  gint64      total;
} Repeats;

static void
count_repeat (HrpActivity *activity,
              guint        policy,
              gpointer     data)
{
  Repeats *repeats = data;
  char *key = activity_key (activity);

  if (policy != repeats->policy)
    {
      g_hash_table_remove_all (repeats->seen);
      repeats->policy = policy;
    }
  if (!g_hash_table_add (repeats->seen, key))
    return; /* twice under one policy: one listing */
  g_hash_table_insert (repeats->counts, g_strdup (key),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (repeats->counts, key)) + 1));
}

static void
add_budget_once (HrpActivity *activity,
                 guint        policy,
                 gpointer     data)
{
  Repeats *repeats = data;
  gint64 budget = hrp_activity_get_budget (activity);
  char *key;

  if (budget == HRP_BUDGET_NONE)
    return;
  key = activity_key (activity);
  if (GPOINTER_TO_UINT (g_hash_table_lookup (repeats->counts, key)) <= 1)
    g_free (key);
  else if (!g_hash_table_add (repeats->counted, key))   /* takes key */
    return;   /* counted already */
  repeats->total += budget;
}

/* key → number of distinct policies listing it */
static GHashTable *
count_repeats (HrpPlan *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Repeats repeats = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), seen, 0, NULL, 0 };

  for_each_activity (self, count_repeat, &repeats);
  return repeats.counts;
}

gint64
hrp_plan_total_budget_once (HrpPlan *self)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Repeats repeats = { NULL, NULL, 0, counted, 0 };

  g_return_val_if_fail (HRP_IS_PLAN (self), 0);

  counts = count_repeats (self);
  repeats.counts = counts;
  for_each_activity (self, add_budget_once, &repeats);
  return repeats.total;
}

const char *
hrp_plan_total_label (void)
{
  return _("Total");
}

const char *
hrp_plan_total_once_label (void)
{
  /* As the printed table says it: "รวม (โครงการที่ซ้ำกันหลายนโยบายนับครั้งเดียว)". */
  return _("Total (a project listed under several policies counts once)");
}

static void
note_budget (HrpActivity *activity,
             guint        policy,
             gpointer     data)
{
  if (hrp_activity_get_budget (activity) != HRP_BUDGET_NONE)
    *(gboolean *) data = TRUE;
}

/* Whether any activity of the plan has a budget. */
static gboolean
plan_has_budget (HrpPlan *self)
{
  gboolean any = FALSE;

  for_each_activity (self, note_budget, &any);
  return any;
}

char *
hrp_plan_format_total (HrpPlan *self)
{
  g_autofree char *listed_text = NULL;
  gint64 listed, once;

  g_return_val_if_fail (HRP_IS_PLAN (self), NULL);

  if (!plan_has_budget (self))
    /* TRANSLATORS: the plan's total, its label then its amount. */
    return g_strdup_printf (C_("total", "%s %s"), hrp_plan_total_label (), "-");

  listed = hrp_plan_total_budget (self);
  once = hrp_plan_total_budget_once (self);
  listed_text = hrp_money_format (listed, FALSE);
  if (once == listed)
    return g_strdup_printf (C_("total", "%s %s"), hrp_plan_total_label (), listed_text);

  {
    g_autofree char *once_text = hrp_money_format (once, FALSE);

    /* TRANSLATORS: the total as listed, then the total with a project
     * listed under several policies counted once, each label then its
     * amount. */
    return g_strdup_printf (C_("total", "%s %s · %s %s"),
                            hrp_plan_total_label (), listed_text,
                            hrp_plan_total_once_label (), once_text);
  }
}

gboolean
hrp_plan_activity_is_repeated (HrpPlan     *self,
                               HrpActivity *activity)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autofree char *key = NULL;
  gint64 budget;

  g_return_val_if_fail (HRP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (HRP_IS_ACTIVITY (activity), FALSE);

  budget = hrp_activity_get_budget (activity);
  if (budget == HRP_BUDGET_NONE || budget == 0)
    return FALSE;

  counts = count_repeats (self);
  key = activity_key (activity);
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) > 1;
}

typedef struct {
  GHashTable *counts;
  GHashTable *repeated;   /* HrpActivity * */
} Repeated;

static void
add_if_repeated (HrpActivity *activity,
                 guint        policy,
                 gpointer     data)
{
  Repeated *repeated = data;
  gint64 budget = hrp_activity_get_budget (activity);
  g_autofree char *key = NULL;

  if (budget == HRP_BUDGET_NONE || budget == 0)
    return;
  key = activity_key (activity);
  if (GPOINTER_TO_UINT (g_hash_table_lookup (repeated->counts, key)) > 1)
    g_hash_table_add (repeated->repeated, activity);
}

GHashTable *
hrp_plan_repeated_activities (HrpPlan *self)
{
  g_autoptr(GHashTable) counts = NULL;
  Repeated repeated;

  g_return_val_if_fail (HRP_IS_PLAN (self), NULL);

  counts = count_repeats (self);
  repeated = (Repeated) { counts, g_hash_table_new (NULL, NULL) };
  for_each_activity (self, add_if_repeated, &repeated);
  return repeated.repeated;
}

static void copy_list (GListModel *from,
                       GListModel *to,
                       GHashTable *copies);

/* A copy of item, one object of the plan, with the lists it holds; its
 * link goes to the copy of what it points to, found in copies. */
static GObject *
copy_item (GObject    *item,
           GHashTable *copies)
{
  if (HRP_IS_TEXT (item))
    return G_OBJECT (hrp_text_new (hrp_text_get_text (HRP_TEXT (item))));

  if (HRP_IS_MISSION (item))
    return G_OBJECT (hrp_mission_new (hrp_mission_get_text (HRP_MISSION (item))));

  if (HRP_IS_STRATEGY (item))
    {
      HrpStrategy *strategy = HRP_STRATEGY (item);
      HrpStrategy *copy = hrp_strategy_new (hrp_strategy_get_title (strategy));

      hrp_strategy_set_mission (copy, g_hash_table_lookup (copies, hrp_strategy_get_mission (strategy)));
      copy_list (hrp_strategy_get_goals (strategy), hrp_strategy_get_goals (copy), copies);
      copy_list (hrp_strategy_get_objectives (strategy), hrp_strategy_get_objectives (copy), copies);
      copy_list (hrp_strategy_get_indicators (strategy), hrp_strategy_get_indicators (copy), copies);
      return G_OBJECT (copy);
    }

  if (HRP_IS_POLICY (item))
    {
      HrpPolicy *policy = HRP_POLICY (item);
      HrpPolicy *copy = hrp_policy_new (hrp_policy_get_title (policy));

      hrp_policy_set_description (copy, hrp_policy_get_description (policy));
      hrp_policy_set_strategy (copy, g_hash_table_lookup (copies, hrp_policy_get_strategy (policy)));
      copy_list (hrp_policy_get_activities (policy), hrp_policy_get_activities (copy), copies);
      return G_OBJECT (copy);
    }

  if (HRP_IS_ACTIVITY (item))
    {
      HrpActivity *activity = HRP_ACTIVITY (item);
      HrpActivity *copy = hrp_activity_new (hrp_activity_get_name (activity));

      hrp_activity_set_budget (copy, hrp_activity_get_budget (activity));
      for (guint q = 1; q <= 4; q++)
        hrp_activity_set_quarter (copy, q, hrp_activity_get_quarter (activity, q));
      return G_OBJECT (copy);
    }

  g_assert (HRP_IS_SIGNER (item));
  return G_OBJECT (hrp_signer_new (hrp_signer_get_name (HRP_SIGNER (item)),
                                   hrp_signer_get_position (HRP_SIGNER (item)),
                                   hrp_signer_get_role (HRP_SIGNER (item))));
}

/* Appends a copy of each item of from to to, and notes in copies which
 * copy is whose, for the links made afterwards. */
static void
copy_list (GListModel *from,
           GListModel *to,
           GHashTable *copies)
{
  for (guint i = 0; i < g_list_model_get_n_items (from); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (from, i);
      g_autoptr(GObject) copy = copy_item (item, copies);

      g_hash_table_insert (copies, item, copy);
      hrp_model_list_append (to, copy);
    }
}

HrpPlan *
hrp_plan_copy (HrpPlan *self)
{
  g_autoptr(GHashTable) copies = NULL;  /* original → copy, for the links */
  HrpPlan *plan;

  g_return_val_if_fail (HRP_IS_PLAN (self), NULL);

  copies = g_hash_table_new (NULL, NULL);
  plan = hrp_plan_new ();
  hrp_plan_set_fiscal_year (plan, hrp_plan_get_fiscal_year (self));
  hrp_plan_set_org_name (plan, hrp_plan_get_org_name (self));
  hrp_plan_set_org_district (plan, hrp_plan_get_org_district (self));
  hrp_plan_set_org_province (plan, hrp_plan_get_org_province (self));
  hrp_plan_set_title (plan, hrp_plan_get_title (self));
  hrp_plan_set_preamble (plan, hrp_plan_get_preamble (self));
  hrp_plan_set_vision (plan, hrp_plan_get_vision (self));
  hrp_plan_set_policy_intro (plan, hrp_plan_get_policy_intro (self));

  /* Missions before strategies, strategies before policies: a link is
   * made to the copy of what it points to. */
  copy_list (G_LIST_MODEL (self->positions), G_LIST_MODEL (plan->positions), copies);
  copy_list (G_LIST_MODEL (self->missions), G_LIST_MODEL (plan->missions), copies);
  copy_list (G_LIST_MODEL (self->strategies), G_LIST_MODEL (plan->strategies), copies);
  copy_list (G_LIST_MODEL (self->policies), G_LIST_MODEL (plan->policies), copies);
  copy_list (G_LIST_MODEL (self->signers), G_LIST_MODEL (plan->signers), copies);

  return plan;
}

/* Sanitizes the string properties of object that can be written, once
 * per object (visited): an activity may be listed twice. */
static guint
sanitize_object (gpointer    object,
                 GHashTable *visited)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;
  guint removed = 0;

  if (!g_hash_table_add (visited, object))
    return 0;
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *clean = NULL;
      guint n = 0;

      if (pspecs[i]->value_type != G_TYPE_STRING
          || (pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
          || (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_object_get (object, pspecs[i]->name, &text, NULL);
      clean = hrp_text_sanitize (text,
                                 hrp_text_property_is_multi_line (G_OBJECT_TYPE (object),
                                                                  pspecs[i]->name),
                                 &n);
      if (n > 0)
        {
          g_object_set (object, pspecs[i]->name, clean, NULL);
          removed += n;
        }
    }
  return removed;
}

static guint
sanitize_list (GListModel *list,
               GHashTable *visited)
{
  guint removed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      removed += sanitize_object (item, visited);
      if (HRP_IS_STRATEGY (item))
        {
          removed += sanitize_list (hrp_strategy_get_goals (HRP_STRATEGY (item)), visited);
          removed += sanitize_list (hrp_strategy_get_objectives (HRP_STRATEGY (item)), visited);
          removed += sanitize_list (hrp_strategy_get_indicators (HRP_STRATEGY (item)), visited);
        }
      else if (HRP_IS_POLICY (item))
        removed += sanitize_list (hrp_policy_get_activities (HRP_POLICY (item)), visited);
    }
  return removed;
}

guint
hrp_plan_sanitize (HrpPlan *self)
{
  g_autoptr(GHashTable) visited = NULL;
  guint removed;

  g_return_val_if_fail (HRP_IS_PLAN (self), 0);

  visited = g_hash_table_new (NULL, NULL);
  removed = sanitize_object (self, visited);
  removed += sanitize_list (hrp_plan_get_missions (self), visited);
  removed += sanitize_list (hrp_plan_get_strategies (self), visited);
  removed += sanitize_list (hrp_plan_get_positions (self), visited);
  removed += sanitize_list (hrp_plan_get_policies (self), visited);
  removed += sanitize_list (hrp_plan_get_signers (self), visited);
  return removed;
}

const char *
hrp_plan_list_item_text (gpointer item)
{
  return HRP_IS_MISSION (item) ? hrp_mission_get_text (HRP_MISSION (item)) : hrp_text_get_text (HRP_TEXT (item));
}

char **
hrp_plan_numbered_lines (GListModel *items)
{
  guint n = g_list_model_get_n_items (items);
  char **lines = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      lines[i] = g_strdup_printf ("%u. %s", i + 1, hrp_plan_list_item_text (item));
    }
  return lines;
}
