/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-signer.c — HrpSigner, one person who signs the printed plan */
#include "config.h"

#include "hrp-signer.h"
#include "hrp-model-private.h"

struct _HrpSigner
{
  GObject  parent_instance;
  char    *texts[3];   /* indexed by property id - SIGNER_PROP_NAME */
};

G_DEFINE_FINAL_TYPE (HrpSigner, hrp_signer, G_TYPE_OBJECT)

enum {
  SIGNER_PROP_0,
  SIGNER_PROP_NAME,
  SIGNER_PROP_POSITION,
  SIGNER_PROP_ROLE,
  SIGNER_N_PROPS
};
static GParamSpec *signer_properties[SIGNER_N_PROPS];

/* Every property of a signer is one of its texts. */
static gboolean
is_text_property (guint prop_id)
{
  return prop_id >= SIGNER_PROP_NAME && prop_id <= SIGNER_PROP_ROLE;
}

static void
signer_set_text (HrpSigner  *self,
                 guint       prop_id,
                 const char *text)
{
  g_return_if_fail (HRP_IS_SIGNER (self));
  if (_hrp_model_set_string (&self->texts[prop_id - SIGNER_PROP_NAME], text))
    g_object_notify_by_pspec (G_OBJECT (self), signer_properties[prop_id]);
}

static const char *
signer_get_text (HrpSigner *self,
                 guint      prop_id)
{
  g_return_val_if_fail (HRP_IS_SIGNER (self), NULL);
  return self->texts[prop_id - SIGNER_PROP_NAME];
}

static void
hrp_signer_finalize (GObject *object)
{
  HrpSigner *self = HRP_SIGNER (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);
  G_OBJECT_CLASS (hrp_signer_parent_class)->finalize (object);
}

static void
hrp_signer_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  if (is_text_property (prop_id))
    g_value_set_string (value, signer_get_text (HRP_SIGNER (object), prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
hrp_signer_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  if (is_text_property (prop_id))
    signer_set_text (HRP_SIGNER (object), prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
hrp_signer_class_init (HrpSignerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_signer_finalize;
  object_class->get_property = hrp_signer_get_property;
  object_class->set_property = hrp_signer_set_property;

  signer_properties[SIGNER_PROP_NAME] = HRP_MODEL_STRING_PARAM ("name");
  signer_properties[SIGNER_PROP_POSITION] = HRP_MODEL_STRING_PARAM ("position");
  signer_properties[SIGNER_PROP_ROLE] = HRP_MODEL_STRING_PARAM ("role");
  g_object_class_install_properties (object_class, SIGNER_N_PROPS, signer_properties);
}

static void
hrp_signer_init (HrpSigner *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    self->texts[i] = g_strdup ("");
}

HrpSigner *
hrp_signer_new (const char *name,
                const char *position,
                const char *role)
{
  return g_object_new (HRP_TYPE_SIGNER,
                       "name", name,
                       "position", position,
                       "role", role,
                       NULL);
}

#define SIGNER_TEXT_ACCESSORS(field, PROP) \
  const char * \
  hrp_signer_get_##field (HrpSigner *self) \
  { \
    return signer_get_text (self, PROP); \
  } \
  void \
  hrp_signer_set_##field (HrpSigner  *self, \
                          const char *text) \
  { \
    signer_set_text (self, PROP, text); \
  }

SIGNER_TEXT_ACCESSORS (name, SIGNER_PROP_NAME)
SIGNER_TEXT_ACCESSORS (position, SIGNER_PROP_POSITION)
SIGNER_TEXT_ACCESSORS (role, SIGNER_PROP_ROLE)
