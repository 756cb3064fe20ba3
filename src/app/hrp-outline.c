/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-outline.c — the plan as a tree: vision → missions → strategies →
 * HR policies
 *
 * Every node's children live in a GListStore of their own.  When the plan
 * changes (an item added, removed, moved, or re-linked) the whole outline
 * is compared with the plan and each store is spliced only where it
 * differs, so nodes keep their identity and a GtkTreeListModel keeps its
 * rows expanded.  Texts follow their items through notify.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-outline.h"
#include "hrp-take-string.h"

struct _HrpOutlineNode
{
  GObject         parent_instance;

  HrpOutline     *outline;   /* unowned; cleared when the outline goes */
  HrpOutlineKind  kind;
  GObject        *item;
  guint           number;
  char           *heading;
  char           *text;
  GListStore     *children;
};

G_DEFINE_FINAL_TYPE (HrpOutlineNode, hrp_outline_node, G_TYPE_OBJECT)

enum {
  NODE_PROP_0,
  NODE_PROP_KIND,
  NODE_PROP_ITEM,
  NODE_PROP_NUMBER,
  NODE_PROP_HEADING,
  NODE_PROP_TEXT,
  NODE_N_PROPS
};

static GParamSpec *node_properties[NODE_N_PROPS];

struct _HrpOutline
{
  GObject         parent_instance;

  HrpPlan        *plan;
  GListStore     *root;
  HrpOutlineNode *vision;
  HrpOutlineNode *unlinked_strategies;
  HrpOutlineNode *unlinked_policies;
  HrpOutlineNode *details;
  HrpOutlineNode *action_plan;
  GHashTable     *nodes;     /* item → HrpOutlineNode (owned) */
};

G_DEFINE_FINAL_TYPE (HrpOutline, hrp_outline, G_TYPE_OBJECT)

static void hrp_outline_sync (HrpOutline *self);

/* HrpOutlineNode {{{ */

static void
hrp_outline_node_finalize (GObject *object)
{
  HrpOutlineNode *self = HRP_OUTLINE_NODE (object);

  g_clear_object (&self->item);
  g_clear_object (&self->children);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (hrp_outline_node_parent_class)->finalize (object);
}

static void
hrp_outline_node_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HrpOutlineNode *self = HRP_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case NODE_PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case NODE_PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case NODE_PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case NODE_PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case NODE_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_outline_node_class_init (HrpOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_outline_node_finalize;
  object_class->get_property = hrp_outline_node_get_property;

  node_properties[NODE_PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      HRP_OUTLINE_VISION, HRP_OUTLINE_ACTION_PLAN, HRP_OUTLINE_VISION,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  node_properties[NODE_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  node_properties[NODE_PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  node_properties[NODE_PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  node_properties[NODE_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, NODE_N_PROPS, node_properties);
}

static void
hrp_outline_node_init (HrpOutlineNode *self)
{
}

/* The text shown in the tree: one line, white space collapsed. */
static char *
one_line (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static const char *
node_item_text (HrpOutlineNode *self)
{
  switch (self->kind)
    {
    case HRP_OUTLINE_VISION:
      return hrp_plan_get_vision (HRP_PLAN (self->item));
    case HRP_OUTLINE_MISSION:
      return hrp_mission_get_text (HRP_MISSION (self->item));
    case HRP_OUTLINE_STRATEGY:
      return hrp_strategy_get_title (HRP_STRATEGY (self->item));
    case HRP_OUTLINE_POLICY:
      return hrp_policy_get_title (HRP_POLICY (self->item));
    case HRP_OUTLINE_DETAILS:
      return hrp_plan_get_title (HRP_PLAN (self->item));
    case HRP_OUTLINE_ACTION_PLAN:
      return _("All policies and their activities");
    case HRP_OUTLINE_UNLINKED:
    default:
      return NULL;
    }
}

static void
node_update_text (HrpOutlineNode *self)
{
  if (self->kind != HRP_OUTLINE_UNLINKED)
    hrp_take_string (G_OBJECT (self), &self->text, one_line (node_item_text (self)), node_properties[NODE_PROP_TEXT]);
}

static void
node_set_number (HrpOutlineNode *self,
                 guint           number)
{
  char *heading = NULL;

  if (self->number != number)
    {
      self->number = number;
      g_object_notify_by_pspec (G_OBJECT (self), node_properties[NODE_PROP_NUMBER]);
    }

  switch (self->kind)
    {
    case HRP_OUTLINE_VISION:
      heading = g_strdup (_("Vision"));
      break;
    case HRP_OUTLINE_MISSION:
      heading = g_strdup_printf (_("Mission %u"), number);
      break;
    case HRP_OUTLINE_STRATEGY:
      heading = g_strdup_printf (_("Strategy %u"), number);
      break;
    case HRP_OUTLINE_POLICY:
      heading = g_strdup_printf (_("Policy %u"), number);
      break;
    case HRP_OUTLINE_DETAILS:
      heading = g_strdup (_("Plan"));
      break;
    case HRP_OUTLINE_ACTION_PLAN:
      heading = g_strdup (_("Action Plan"));
      break;
    case HRP_OUTLINE_UNLINKED:
    default:
      return;
    }
  hrp_take_string (G_OBJECT (self), &self->heading, heading, node_properties[NODE_PROP_HEADING]);
}

static void
node_item_notify_text_cb (GObject        *item,
                          GParamSpec     *pspec,
                          HrpOutlineNode *self)
{
  node_update_text (self);
}

static void
node_item_notify_link_cb (GObject        *item,
                          GParamSpec     *pspec,
                          HrpOutlineNode *self)
{
  if (self->outline != NULL)
    hrp_outline_sync (self->outline);
}

static HrpOutlineNode *
hrp_outline_node_new (HrpOutline     *outline,
                      HrpOutlineKind  kind,
                      GObject        *item)
{
  HrpOutlineNode *self = g_object_new (HRP_TYPE_OUTLINE_NODE, NULL);
  const char *text_property = NULL;
  const char *link_property = NULL;

  self->outline = outline;
  self->kind = kind;
  self->item = item ? g_object_ref (item) : NULL;
  if (kind != HRP_OUTLINE_POLICY && kind != HRP_OUTLINE_DETAILS
      && kind != HRP_OUTLINE_ACTION_PLAN)
    self->children = g_list_store_new (HRP_TYPE_OUTLINE_NODE);

  switch (kind)
    {
    case HRP_OUTLINE_VISION:
      text_property = "notify::vision";
      break;
    case HRP_OUTLINE_DETAILS:
      text_property = "notify::title";
      break;
    case HRP_OUTLINE_MISSION:
      text_property = "notify::text";
      break;
    case HRP_OUTLINE_STRATEGY:
      text_property = "notify::title";
      link_property = "notify::mission";
      break;
    case HRP_OUTLINE_POLICY:
      text_property = "notify::title";
      link_property = "notify::strategy";
      break;
    case HRP_OUTLINE_UNLINKED:
    default:
      break;
    }

  if (text_property != NULL)
    g_signal_connect_object (item, text_property,
                             G_CALLBACK (node_item_notify_text_cb), self, 0);
  if (link_property != NULL)
    g_signal_connect_object (item, link_property,
                             G_CALLBACK (node_item_notify_link_cb), self, 0);

  node_update_text (self);
  node_set_number (self, 0);

  return self;
}

HrpOutlineKind
hrp_outline_node_get_kind (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), HRP_OUTLINE_VISION);
  return self->kind;
}

GObject *
hrp_outline_node_get_item (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), NULL);
  return self->item;
}

guint
hrp_outline_node_get_number (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), 0);
  return self->number;
}

const char *
hrp_outline_node_get_heading (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), NULL);
  return self->heading;
}

const char *
hrp_outline_node_get_text (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), NULL);
  return self->text;
}

const char *
hrp_outline_node_get_text_property (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), NULL);

  if (self->item == NULL)
    return NULL;
  switch (self->kind)
    {
    case HRP_OUTLINE_VISION:
      return "vision";
    case HRP_OUTLINE_MISSION:
      return "text";
    case HRP_OUTLINE_STRATEGY:
    case HRP_OUTLINE_POLICY:
    case HRP_OUTLINE_DETAILS:
      return "title";
    case HRP_OUTLINE_UNLINKED:
    case HRP_OUTLINE_ACTION_PLAN:
    default:
      return NULL;
    }
}

GListModel *
hrp_outline_node_get_children (HrpOutlineNode *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE_NODE (self), NULL);
  return self->children ? G_LIST_MODEL (self->children) : NULL;
}

/* }}} */

/* HrpOutline {{{ */

static void
hrp_outline_dispose (GObject *object)
{
  HrpOutline *self = HRP_OUTLINE (object);
  GHashTableIter iter;
  gpointer node;

  if (self->nodes != NULL)
    {
      g_hash_table_iter_init (&iter, self->nodes);
      while (g_hash_table_iter_next (&iter, NULL, &node))
        ((HrpOutlineNode *) node)->outline = NULL;
    }
  if (self->vision != NULL)
    self->vision->outline = NULL;
  g_clear_pointer (&self->nodes, g_hash_table_unref);
  if (self->details != NULL)
    self->details->outline = NULL;
  g_clear_object (&self->vision);
  g_clear_object (&self->details);
  g_clear_object (&self->action_plan);
  g_clear_object (&self->unlinked_strategies);
  g_clear_object (&self->unlinked_policies);
  g_clear_object (&self->root);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (hrp_outline_parent_class)->dispose (object);
}

static void
hrp_outline_class_init (HrpOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hrp_outline_dispose;
}

static void
hrp_outline_init (HrpOutline *self)
{
  self->root = g_list_store_new (HRP_TYPE_OUTLINE_NODE);
  self->nodes = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

static HrpOutlineNode *
lookup_node (HrpOutline     *self,
             GHashTable     *seen,
             HrpOutlineKind  kind,
             gpointer        item)
{
  HrpOutlineNode *node = g_hash_table_lookup (self->nodes, item);

  if (node == NULL)
    {
      node = hrp_outline_node_new (self, kind, item);
      g_hash_table_insert (self->nodes, item, node);
    }
  g_hash_table_add (seen, item);

  return node;
}

/* Makes store hold exactly the nodes of wanted, touching only the range
 * where they differ. */
static void
update_store (GListStore *store,
              GPtrArray  *wanted)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n && prefix < wanted->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }

  while (suffix < n - prefix && suffix < wanted->len - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n - 1 - suffix);

      if (item != g_ptr_array_index (wanted, wanted->len - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix == n && n == wanted->len)
    return;

  g_list_store_splice (store, prefix, n - prefix - suffix,
                       wanted->pdata + prefix, wanted->len - prefix - suffix);
}

/* Sets node's children; notes in changed a node whose list went from
 * empty to not empty or back. */
static void
update_children (HrpOutlineNode *node,
                 GPtrArray      *wanted,
                 GHashTable     *changed)
{
  gboolean had = g_list_model_get_n_items (G_LIST_MODEL (node->children)) > 0;

  update_store (node->children, wanted);
  if (had != (wanted->len > 0))
    g_hash_table_add (changed, node);
}

/* Puts the changed nodes of store back in place (items-changed 1/1). */
static void
renew_changed (GListStore *store,
               GHashTable *changed)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (g_hash_table_size (changed) == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpOutlineNode) node = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_hash_table_contains (changed, node))
        g_list_store_splice (store, i, 1, (gpointer *) &node, 1);
    }
}

static GPtrArray *
bucket_for (GHashTable *buckets,
            gpointer    key)
{
  GPtrArray *bucket = g_hash_table_lookup (buckets, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (buckets, key, bucket);
    }

  return bucket;
}

/* Adds to nodes the node of each item of list, numbered from 1 in the
 * list's order, and the item to in_plan. */
static void
number_nodes (HrpOutline     *self,
              GHashTable     *seen,
              HrpOutlineKind  kind,
              GListModel     *list,
              GHashTable     *in_plan,
              GPtrArray      *nodes)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      HrpOutlineNode *node = lookup_node (self, seen, kind, item);

      node_set_number (node, i + 1);
      g_ptr_array_add (nodes, node);
      g_hash_table_add (in_plan, item);
    }
}

/* Adds node to the children of parent in buckets: under "Not linked"
 * (NULL) when it has none or when parent is no longer in the plan. */
static void
add_to_parent (GHashTable     *buckets,
               GHashTable     *in_plan,
               gpointer        parent,
               HrpOutlineNode *node)
{
  if (parent != NULL && !g_hash_table_contains (in_plan, parent))
    parent = NULL;
  g_ptr_array_add (bucket_for (buckets, parent), node);
}

static void
hrp_outline_sync (HrpOutline *self)
{
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (self->plan));
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (self->plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (self->plan));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) in_plan = g_hash_table_new (NULL, NULL);
  /* parent item (NULL: unlinked) → GPtrArray of child nodes */
  g_autoptr(GHashTable) strategy_buckets =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) policy_buckets =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) mission_nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) strategy_nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) policy_nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) root = g_ptr_array_new ();
  static GPtrArray empty = { 0 };
  g_autoptr(GHashTable) changed = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  number_nodes (self, seen, HRP_OUTLINE_MISSION, missions, in_plan, mission_nodes);
  number_nodes (self, seen, HRP_OUTLINE_STRATEGY, strategies, in_plan, strategy_nodes);
  number_nodes (self, seen, HRP_OUTLINE_POLICY, policies, in_plan, policy_nodes);
  for (guint i = 0; i < strategy_nodes->len; i++)
    {
      HrpOutlineNode *node = g_ptr_array_index (strategy_nodes, i);

      add_to_parent (strategy_buckets, in_plan,
                     hrp_strategy_get_mission (HRP_STRATEGY (node->item)), node);
    }
  for (guint i = 0; i < policy_nodes->len; i++)
    {
      HrpOutlineNode *node = g_ptr_array_index (policy_nodes, i);

      add_to_parent (policy_buckets, in_plan,
                     hrp_policy_get_strategy (HRP_POLICY (node->item)), node);
    }

  /* Forget the nodes of items that left the plan. */
  g_hash_table_iter_init (&iter, self->nodes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (seen, key))
      {
        ((HrpOutlineNode *) value)->outline = NULL;
        g_hash_table_iter_remove (&iter);
      }

  /* Children first, then their parents: a node that gains its first
   * child or loses its last is put back in its parent's list so that a
   * tree list model asks again whether it can expand. */
  for (guint i = 0; i < strategy_nodes->len; i++)
    {
      HrpOutlineNode *node = g_ptr_array_index (strategy_nodes, i);
      GPtrArray *bucket = g_hash_table_lookup (policy_buckets, node->item);

      update_children (node, bucket ? bucket : &empty, changed);
    }
  for (guint i = 0; i < mission_nodes->len; i++)
    {
      HrpOutlineNode *node = g_ptr_array_index (mission_nodes, i);
      GPtrArray *bucket = g_hash_table_lookup (strategy_buckets, node->item);

      update_children (node, bucket ? bucket : &empty, changed);
      renew_changed (node->children, changed);
    }
  update_children (self->vision, mission_nodes, changed);
  renew_changed (self->vision->children, changed);

  g_ptr_array_add (root, self->details);
  g_ptr_array_add (root, self->vision);
  if (g_hash_table_contains (strategy_buckets, NULL))
    {
      update_children (self->unlinked_strategies,
                       g_hash_table_lookup (strategy_buckets, NULL), changed);
      renew_changed (self->unlinked_strategies->children, changed);
      g_ptr_array_add (root, self->unlinked_strategies);
    }
  if (g_hash_table_contains (policy_buckets, NULL))
    {
      update_children (self->unlinked_policies,
                       g_hash_table_lookup (policy_buckets, NULL), changed);
      g_ptr_array_add (root, self->unlinked_policies);
    }
  g_ptr_array_add (root, self->action_plan);
  update_store (self->root, root);
  renew_changed (self->root, changed);
}

static void
plan_items_changed_cb (HrpOutline *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *list)
{
  hrp_outline_sync (self);
}

HrpOutline *
hrp_outline_new (HrpPlan *plan)
{
  HrpOutline *self;
  GListModel *lists[3];

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  self = g_object_new (HRP_TYPE_OUTLINE, NULL);
  self->plan = g_object_ref (plan);
  self->vision = hrp_outline_node_new (self, HRP_OUTLINE_VISION, G_OBJECT (plan));
  self->details = hrp_outline_node_new (self, HRP_OUTLINE_DETAILS, G_OBJECT (plan));
  self->action_plan = hrp_outline_node_new (self, HRP_OUTLINE_ACTION_PLAN, G_OBJECT (plan));

  self->unlinked_strategies = hrp_outline_node_new (self, HRP_OUTLINE_UNLINKED, NULL);
  self->unlinked_strategies->heading = g_strdup (_("Not linked"));
  self->unlinked_strategies->text = g_strdup (_("Strategies without a mission"));
  self->unlinked_policies = hrp_outline_node_new (self, HRP_OUTLINE_UNLINKED, NULL);
  self->unlinked_policies->heading = g_strdup (_("Not linked"));
  self->unlinked_policies->text = g_strdup (_("Policies without a strategy"));

  lists[0] = hrp_plan_get_missions (plan);
  lists[1] = hrp_plan_get_strategies (plan);
  lists[2] = hrp_plan_get_policies (plan);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_signal_connect_object (lists[i], "items-changed",
                             G_CALLBACK (plan_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  hrp_outline_sync (self);

  return self;
}

HrpPlan *
hrp_outline_get_plan (HrpOutline *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE (self), NULL);
  return self->plan;
}

GListModel *
hrp_outline_get_root (HrpOutline *self)
{
  g_return_val_if_fail (HRP_IS_OUTLINE (self), NULL);
  return G_LIST_MODEL (self->root);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *children = hrp_outline_node_get_children (item);

  /* A node without children shows no expander; it is renewed in its
   * parent's list when it gets some. */
  if (children == NULL || g_list_model_get_n_items (children) == 0)
    return NULL;

  return g_object_ref (children);
}

GtkTreeListModel *
hrp_outline_create_tree_model (HrpOutline *self,
                               gboolean    autoexpand)
{
  g_return_val_if_fail (HRP_IS_OUTLINE (self), NULL);

  return gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->root)),
                                  FALSE, autoexpand,
                                  create_children_cb, NULL, NULL);
}

/* }}} */
