/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-strategy.c — HrpStrategy, a strategy of the plan */
#include "config.h"

#include "hrp-strategy.h"
#include "hrp-model-private.h"
#include "hrp-text.h"

struct _HrpStrategy
{
  GObject     parent_instance;
  char       *title;
  HrpMission *mission;
  GListStore *goals;
  GListStore *objectives;
  GListStore *indicators;
};

G_DEFINE_FINAL_TYPE (HrpStrategy, hrp_strategy, G_TYPE_OBJECT)

enum {
  STRATEGY_PROP_0,
  STRATEGY_PROP_TITLE,
  STRATEGY_PROP_MISSION,
  STRATEGY_PROP_GOALS,
  STRATEGY_PROP_OBJECTIVES,
  STRATEGY_PROP_INDICATORS,
  STRATEGY_N_PROPS
};
static GParamSpec *strategy_properties[STRATEGY_N_PROPS];

static void
hrp_strategy_dispose (GObject *object)
{
  HrpStrategy *self = HRP_STRATEGY (object);

  g_clear_object (&self->mission);
  G_OBJECT_CLASS (hrp_strategy_parent_class)->dispose (object);
}

static void
hrp_strategy_finalize (GObject *object)
{
  HrpStrategy *self = HRP_STRATEGY (object);

  g_free (self->title);
  g_clear_object (&self->goals);
  g_clear_object (&self->objectives);
  g_clear_object (&self->indicators);
  G_OBJECT_CLASS (hrp_strategy_parent_class)->finalize (object);
}

static void
hrp_strategy_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HrpStrategy *self = HRP_STRATEGY (object);

  switch (prop_id)
    {
    case STRATEGY_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case STRATEGY_PROP_MISSION:
      g_value_set_object (value, self->mission);
      break;
    case STRATEGY_PROP_GOALS:
      g_value_set_object (value, self->goals);
      break;
    case STRATEGY_PROP_OBJECTIVES:
      g_value_set_object (value, self->objectives);
      break;
    case STRATEGY_PROP_INDICATORS:
      g_value_set_object (value, self->indicators);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_strategy_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HrpStrategy *self = HRP_STRATEGY (object);

  switch (prop_id)
    {
    case STRATEGY_PROP_TITLE:
      hrp_strategy_set_title (self, g_value_get_string (value));
      break;
    case STRATEGY_PROP_MISSION:
      hrp_strategy_set_mission (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_strategy_class_init (HrpStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hrp_strategy_dispose;
  object_class->finalize = hrp_strategy_finalize;
  object_class->get_property = hrp_strategy_get_property;
  object_class->set_property = hrp_strategy_set_property;

  strategy_properties[STRATEGY_PROP_TITLE] = HRP_MODEL_STRING_PARAM ("title");
  strategy_properties[STRATEGY_PROP_MISSION] =
    g_param_spec_object ("mission", NULL, NULL, HRP_TYPE_MISSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  strategy_properties[STRATEGY_PROP_GOALS] =
    g_param_spec_object ("goals", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  strategy_properties[STRATEGY_PROP_OBJECTIVES] =
    g_param_spec_object ("objectives", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  strategy_properties[STRATEGY_PROP_INDICATORS] =
    g_param_spec_object ("indicators", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, STRATEGY_N_PROPS, strategy_properties);
}

static void
hrp_strategy_init (HrpStrategy *self)
{
  self->title = g_strdup ("");
  self->goals = g_list_store_new (HRP_TYPE_TEXT);
  self->objectives = g_list_store_new (HRP_TYPE_TEXT);
  self->indicators = g_list_store_new (HRP_TYPE_TEXT);
}

HrpStrategy *
hrp_strategy_new (const char *title)
{
  return g_object_new (HRP_TYPE_STRATEGY, "title", title, NULL);
}

const char *
hrp_strategy_get_title (HrpStrategy *self)
{
  g_return_val_if_fail (HRP_IS_STRATEGY (self), NULL);
  return self->title;
}

void
hrp_strategy_set_title (HrpStrategy *self,
                        const char  *title)
{
  g_return_if_fail (HRP_IS_STRATEGY (self));
  if (_hrp_model_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), strategy_properties[STRATEGY_PROP_TITLE]);
}

HrpMission *
hrp_strategy_get_mission (HrpStrategy *self)
{
  g_return_val_if_fail (HRP_IS_STRATEGY (self), NULL);
  return self->mission;
}

void
hrp_strategy_set_mission (HrpStrategy *self,
                          HrpMission  *mission)
{
  g_return_if_fail (HRP_IS_STRATEGY (self));
  g_return_if_fail (mission == NULL || HRP_IS_MISSION (mission));
  if (g_set_object (&self->mission, mission))
    g_object_notify_by_pspec (G_OBJECT (self), strategy_properties[STRATEGY_PROP_MISSION]);
}

GListModel *
hrp_strategy_get_goals (HrpStrategy *self)
{
  g_return_val_if_fail (HRP_IS_STRATEGY (self), NULL);
  return G_LIST_MODEL (self->goals);
}

GListModel *
hrp_strategy_get_objectives (HrpStrategy *self)
{
  g_return_val_if_fail (HRP_IS_STRATEGY (self), NULL);
  return G_LIST_MODEL (self->objectives);
}

GListModel *
hrp_strategy_get_indicators (HrpStrategy *self)
{
  g_return_val_if_fail (HRP_IS_STRATEGY (self), NULL);
  return G_LIST_MODEL (self->indicators);
}
