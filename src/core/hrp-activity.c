/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity.c — HrpActivity, an activity or project under an HR policy */
#include "config.h"

#include "hrp-activity.h"
#include "hrp-model-private.h"

struct _HrpActivity
{
  GObject   parent_instance;
  char     *name;
  gint64    budget;
  gboolean  quarters[4];
};

G_DEFINE_FINAL_TYPE (HrpActivity, hrp_activity, G_TYPE_OBJECT)

enum {
  ACTIVITY_PROP_0,
  ACTIVITY_PROP_NAME,
  ACTIVITY_PROP_BUDGET,
  ACTIVITY_PROP_Q1,
  ACTIVITY_PROP_Q2,
  ACTIVITY_PROP_Q3,
  ACTIVITY_PROP_Q4,
  ACTIVITY_N_PROPS
};
static GParamSpec *activity_properties[ACTIVITY_N_PROPS];

static void
hrp_activity_finalize (GObject *object)
{
  HrpActivity *self = HRP_ACTIVITY (object);

  g_free (self->name);
  G_OBJECT_CLASS (hrp_activity_parent_class)->finalize (object);
}

static void
hrp_activity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HrpActivity *self = HRP_ACTIVITY (object);

  switch (prop_id)
    {
    case ACTIVITY_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case ACTIVITY_PROP_BUDGET:
      g_value_set_int64 (value, self->budget);
      break;
    case ACTIVITY_PROP_Q1:
    case ACTIVITY_PROP_Q2:
    case ACTIVITY_PROP_Q3:
    case ACTIVITY_PROP_Q4:
      g_value_set_boolean (value, self->quarters[prop_id - ACTIVITY_PROP_Q1]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_activity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HrpActivity *self = HRP_ACTIVITY (object);

  switch (prop_id)
    {
    case ACTIVITY_PROP_NAME:
      hrp_activity_set_name (self, g_value_get_string (value));
      break;
    case ACTIVITY_PROP_BUDGET:
      hrp_activity_set_budget (self, g_value_get_int64 (value));
      break;
    case ACTIVITY_PROP_Q1:
    case ACTIVITY_PROP_Q2:
    case ACTIVITY_PROP_Q3:
    case ACTIVITY_PROP_Q4:
      hrp_activity_set_quarter (self, prop_id - ACTIVITY_PROP_Q1 + 1,
                                g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_activity_class_init (HrpActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const quarter_names[] = { "q1", "q2", "q3", "q4" };

  object_class->finalize = hrp_activity_finalize;
  object_class->get_property = hrp_activity_get_property;
  object_class->set_property = hrp_activity_set_property;

  activity_properties[ACTIVITY_PROP_NAME] = HRP_MODEL_STRING_PARAM ("name");
  activity_properties[ACTIVITY_PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL,
                        HRP_BUDGET_NONE, HRP_BUDGET_MAX, HRP_BUDGET_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < 4; i++)
    activity_properties[ACTIVITY_PROP_Q1 + i] =
      g_param_spec_boolean (quarter_names[i], NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ACTIVITY_N_PROPS, activity_properties);
}

static void
hrp_activity_init (HrpActivity *self)
{
  self->name = g_strdup ("");
  self->budget = HRP_BUDGET_NONE;
}

HrpActivity *
hrp_activity_new (const char *name)
{
  return g_object_new (HRP_TYPE_ACTIVITY, "name", name, NULL);
}

const char *
hrp_activity_get_name (HrpActivity *self)
{
  g_return_val_if_fail (HRP_IS_ACTIVITY (self), NULL);
  return self->name;
}

void
hrp_activity_set_name (HrpActivity *self,
                       const char  *name)
{
  g_return_if_fail (HRP_IS_ACTIVITY (self));
  if (_hrp_model_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), activity_properties[ACTIVITY_PROP_NAME]);
}

gint64
hrp_activity_get_budget (HrpActivity *self)
{
  g_return_val_if_fail (HRP_IS_ACTIVITY (self), HRP_BUDGET_NONE);
  return self->budget;
}

void
hrp_activity_set_budget (HrpActivity *self,
                         gint64       satang)
{
  g_return_if_fail (HRP_IS_ACTIVITY (self));
  g_return_if_fail (satang >= HRP_BUDGET_NONE && satang <= HRP_BUDGET_MAX);
  if (self->budget == satang)
    return;
  self->budget = satang;
  g_object_notify_by_pspec (G_OBJECT (self), activity_properties[ACTIVITY_PROP_BUDGET]);
}

gboolean
hrp_activity_get_quarter (HrpActivity *self,
                          guint        quarter)
{
  g_return_val_if_fail (HRP_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, FALSE);
  return self->quarters[quarter - 1];
}

void
hrp_activity_set_quarter (HrpActivity *self,
                          guint        quarter,
                          gboolean     active)
{
  g_return_if_fail (HRP_IS_ACTIVITY (self));
  g_return_if_fail (quarter >= 1 && quarter <= 4);
  active = !!active;
  if (self->quarters[quarter - 1] == active)
    return;
  self->quarters[quarter - 1] = active;
  g_object_notify_by_pspec (G_OBJECT (self), activity_properties[ACTIVITY_PROP_Q1 + quarter - 1]);
}
