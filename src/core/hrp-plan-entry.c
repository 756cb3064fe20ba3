/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-plan-entry.c — one plan in the library's list: its fiscal year and
 * title, what the year drop-down and the command line's --list show */
#include "config.h"

#include "hrp-library.h"
#include "hrp-plan-entry-private.h"

struct _HrpPlanEntry
{
  GObject  parent_instance;

  int      fiscal_year;
  char    *title;
};

G_DEFINE_FINAL_TYPE (HrpPlanEntry, hrp_plan_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FISCAL_YEAR,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hrp_plan_entry_finalize (GObject *object)
{
  HrpPlanEntry *self = HRP_PLAN_ENTRY (object);

  g_free (self->title);
  G_OBJECT_CLASS (hrp_plan_entry_parent_class)->finalize (object);
}

static void
hrp_plan_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HrpPlanEntry *self = HRP_PLAN_ENTRY (object);

  switch (prop_id)
    {
    case PROP_FISCAL_YEAR:
      g_value_set_int (value, self->fiscal_year);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_plan_entry_class_init (HrpPlanEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_plan_entry_finalize;
  object_class->get_property = hrp_plan_entry_get_property;

  properties[PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hrp_plan_entry_init (HrpPlanEntry *self)
{
}

HrpPlanEntry *
hrp_plan_entry_new (int         fiscal_year,
                    const char *title)
{
  HrpPlanEntry *self = g_object_new (HRP_TYPE_PLAN_ENTRY, NULL);

  self->fiscal_year = fiscal_year;
  self->title = g_strdup (title);
  return self;
}

int
hrp_plan_entry_get_fiscal_year (HrpPlanEntry *self)
{
  g_return_val_if_fail (HRP_IS_PLAN_ENTRY (self), 0);
  return self->fiscal_year;
}

const char *
hrp_plan_entry_get_title (HrpPlanEntry *self)
{
  g_return_val_if_fail (HRP_IS_PLAN_ENTRY (self), NULL);
  return self->title;
}
