/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-mission.c — HrpMission, one mission of the plan */
#include "config.h"

#include "hrp-mission.h"
#include "hrp-model-private.h"

struct _HrpMission
{
  GObject  parent_instance;
  char    *text;
};

G_DEFINE_FINAL_TYPE (HrpMission, hrp_mission, G_TYPE_OBJECT)

enum { MISSION_PROP_0, MISSION_PROP_TEXT, MISSION_N_PROPS };
static GParamSpec *mission_properties[MISSION_N_PROPS];

static void
hrp_mission_finalize (GObject *object)
{
  HrpMission *self = HRP_MISSION (object);

  g_free (self->text);
  G_OBJECT_CLASS (hrp_mission_parent_class)->finalize (object);
}

static void
hrp_mission_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HrpMission *self = HRP_MISSION (object);

  switch (prop_id)
    {
    case MISSION_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_mission_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HrpMission *self = HRP_MISSION (object);

  switch (prop_id)
    {
    case MISSION_PROP_TEXT:
      hrp_mission_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_mission_class_init (HrpMissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_mission_finalize;
  object_class->get_property = hrp_mission_get_property;
  object_class->set_property = hrp_mission_set_property;

  mission_properties[MISSION_PROP_TEXT] = HRP_MODEL_STRING_PARAM ("text");
  g_object_class_install_properties (object_class, MISSION_N_PROPS, mission_properties);
}

static void
hrp_mission_init (HrpMission *self)
{
  self->text = g_strdup ("");
}

HrpMission *
hrp_mission_new (const char *text)
{
  return g_object_new (HRP_TYPE_MISSION, "text", text, NULL);
}

const char *
hrp_mission_get_text (HrpMission *self)
{
  g_return_val_if_fail (HRP_IS_MISSION (self), NULL);
  return self->text;
}

void
hrp_mission_set_text (HrpMission *self,
                      const char *text)
{
  g_return_if_fail (HRP_IS_MISSION (self));
  if (_hrp_model_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), mission_properties[MISSION_PROP_TEXT]);
}
