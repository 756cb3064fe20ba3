/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-policy.c — HrpPolicy, an HR policy of the plan */
#include "config.h"

#include "hrp-policy.h"
#include "hrp-model-private.h"

struct _HrpPolicy
{
  GObject      parent_instance;
  char        *title;
  char        *description;
  HrpStrategy *strategy;
  GListStore  *activities;
};

G_DEFINE_FINAL_TYPE (HrpPolicy, hrp_policy, G_TYPE_OBJECT)

enum {
  POLICY_PROP_0,
  POLICY_PROP_TITLE,
  POLICY_PROP_DESCRIPTION,
  POLICY_PROP_STRATEGY,
  POLICY_PROP_ACTIVITIES,
  POLICY_N_PROPS
};
static GParamSpec *policy_properties[POLICY_N_PROPS];

static void
hrp_policy_dispose (GObject *object)
{
  HrpPolicy *self = HRP_POLICY (object);

  g_clear_object (&self->strategy);
  G_OBJECT_CLASS (hrp_policy_parent_class)->dispose (object);
}

static void
hrp_policy_finalize (GObject *object)
{
  HrpPolicy *self = HRP_POLICY (object);

  g_free (self->title);
  g_free (self->description);
  g_clear_object (&self->activities);
  G_OBJECT_CLASS (hrp_policy_parent_class)->finalize (object);
}

static void
hrp_policy_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HrpPolicy *self = HRP_POLICY (object);

  switch (prop_id)
    {
    case POLICY_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case POLICY_PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case POLICY_PROP_STRATEGY:
      g_value_set_object (value, self->strategy);
      break;
    case POLICY_PROP_ACTIVITIES:
      g_value_set_object (value, self->activities);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_policy_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HrpPolicy *self = HRP_POLICY (object);

  switch (prop_id)
    {
    case POLICY_PROP_TITLE:
      hrp_policy_set_title (self, g_value_get_string (value));
      break;
    case POLICY_PROP_DESCRIPTION:
      hrp_policy_set_description (self, g_value_get_string (value));
      break;
    case POLICY_PROP_STRATEGY:
      hrp_policy_set_strategy (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_policy_class_init (HrpPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hrp_policy_dispose;
  object_class->finalize = hrp_policy_finalize;
  object_class->get_property = hrp_policy_get_property;
  object_class->set_property = hrp_policy_set_property;

  policy_properties[POLICY_PROP_TITLE] = HRP_MODEL_STRING_PARAM ("title");
  policy_properties[POLICY_PROP_DESCRIPTION] = HRP_MODEL_STRING_PARAM ("description");
  policy_properties[POLICY_PROP_STRATEGY] =
    g_param_spec_object ("strategy", NULL, NULL, HRP_TYPE_STRATEGY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  policy_properties[POLICY_PROP_ACTIVITIES] =
    g_param_spec_object ("activities", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, POLICY_N_PROPS, policy_properties);
}

static void
hrp_policy_init (HrpPolicy *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->activities = g_list_store_new (HRP_TYPE_ACTIVITY);
}

HrpPolicy *
hrp_policy_new (const char *title)
{
  return g_object_new (HRP_TYPE_POLICY, "title", title, NULL);
}

const char *
hrp_policy_get_title (HrpPolicy *self)
{
  g_return_val_if_fail (HRP_IS_POLICY (self), NULL);
  return self->title;
}

void
hrp_policy_set_title (HrpPolicy  *self,
                      const char *title)
{
  g_return_if_fail (HRP_IS_POLICY (self));
  if (_hrp_model_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), policy_properties[POLICY_PROP_TITLE]);
}

const char *
hrp_policy_get_description (HrpPolicy *self)
{
  g_return_val_if_fail (HRP_IS_POLICY (self), NULL);
  return self->description;
}

void
hrp_policy_set_description (HrpPolicy  *self,
                            const char *description)
{
  g_return_if_fail (HRP_IS_POLICY (self));
  if (_hrp_model_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), policy_properties[POLICY_PROP_DESCRIPTION]);
}

HrpStrategy *
hrp_policy_get_strategy (HrpPolicy *self)
{
  g_return_val_if_fail (HRP_IS_POLICY (self), NULL);
  return self->strategy;
}

void
hrp_policy_set_strategy (HrpPolicy   *self,
                         HrpStrategy *strategy)
{
  g_return_if_fail (HRP_IS_POLICY (self));
  g_return_if_fail (strategy == NULL || HRP_IS_STRATEGY (strategy));
  if (g_set_object (&self->strategy, strategy))
    g_object_notify_by_pspec (G_OBJECT (self), policy_properties[POLICY_PROP_STRATEGY]);
}

GListModel *
hrp_policy_get_activities (HrpPolicy *self)
{
  g_return_val_if_fail (HRP_IS_POLICY (self), NULL);
  return G_LIST_MODEL (self->activities);
}
