/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-document.c — a plan being edited: commands, undo/redo, saving */
#include "config.h"

#include "hrp-document.h"

#include <glib/gi18n-lib.h>

typedef enum {
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_MOVE,
  COMMAND_GROUP,
} CommandKind;

typedef struct {
  CommandKind kind;
  char *label;

  /* COMMAND_SET */
  GObject *object;
  const char *property; /* interned */
  GValue old_value;
  GValue new_value;

  /* COMMAND_INSERT, COMMAND_REMOVE, COMMAND_MOVE */
  GListStore *list;
  GObject *item;
  guint position;
  guint to;

  /* COMMAND_GROUP */
  GPtrArray *children;
} Command;

struct _HrpDocument
{
  GObject parent_instance;

  HrpStore *store;
  HrpPlan *plan;

  GPtrArray *undo; /* of Command, oldest first */
  GPtrArray *redo; /* of Command, next redo last */

  Command *group;  /* open group, or NULL */
  guint group_depth;

  GObject *changed; /* what the last step changed, or NULL */

  /* The stored plan's revision this document's plan is: a save from a
   * copy older than the stored one is refused (HRP_STORE_ERROR_CHANGED). */
  gint64 revision;
  gboolean revision_known;
};

G_DEFINE_FINAL_TYPE (HrpDocument, hrp_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------ commands */

static void
command_free (gpointer data)
{
  Command *command = data;

  g_free (command->label);
  g_clear_object (&command->object);
  if (G_IS_VALUE (&command->old_value))
    g_value_unset (&command->old_value);
  if (G_IS_VALUE (&command->new_value))
    g_value_unset (&command->new_value);
  g_clear_object (&command->list);
  g_clear_object (&command->item);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_free (command);
}

static Command *
command_new (CommandKind  kind,
             const char  *label)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->label = g_strdup (label);
  if (kind == COMMAND_GROUP)
    command->children = g_ptr_array_new_with_free_func (command_free);
  return command;
}

static void
command_apply (Command  *command,
               gboolean  forward)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      g_object_set_property (command->object, command->property,
                             forward ? &command->new_value : &command->old_value);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      if (forward == (command->kind == COMMAND_INSERT))
        g_list_store_insert (command->list, command->position, command->item);
      else
        g_list_store_remove (command->list, command->position);
      break;

    case COMMAND_MOVE:
      {
        guint from = forward ? command->position : command->to;
        guint to = forward ? command->to : command->position;
        g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (command->list), from);

        g_list_store_remove (command->list, from);
        g_list_store_insert (command->list, to, item);
      }
      break;

    case COMMAND_GROUP:
      if (forward)
        for (guint i = 0; i < command->children->len; i++)
          command_apply (g_ptr_array_index (command->children, i), TRUE);
      else
        for (guint i = command->children->len; i > 0; i--)
          command_apply (g_ptr_array_index (command->children, i - 1), FALSE);
      break;

    default:
      g_assert_not_reached ();
    }
}

static const char *
label_for_property (const char *property)
{
  if (g_str_equal (property, "budget"))
    return _("Change budget");
  if (property[0] == 'q' && property[1] >= '1' && property[1] <= '4' && property[2] == '\0')
    return _("Change quarter");
  if (g_str_equal (property, "mission") || g_str_equal (property, "strategy"))
    return _("Change link");
  return _("Edit text");
}

/* The object a command is about: the item inserted, removed or moved,
 * else the object whose property was set; of a group, the item its list
 * edits are about, else the first object it sets. */
static GObject *
command_subject (Command *command)
{
  GObject *subject = NULL;

  switch (command->kind)
    {
    case COMMAND_SET:
      return command->object;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
    case COMMAND_MOVE:
      return command->item;

    case COMMAND_GROUP:
      for (guint i = 0; i < command->children->len; i++)
        {
          Command *child = g_ptr_array_index (command->children, i);

          if (child->kind != COMMAND_SET)
            return command_subject (child);
          if (subject == NULL)
            subject = command_subject (child);
        }
      return subject;

    default:
      g_assert_not_reached ();
    }
}

static void
set_changed (HrpDocument *self,
             Command     *command)
{
  g_set_object (&self->changed, command_subject (command));
}

/* -------------------------------------------------------------- saving */

static void
notify_history (HrpDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static gboolean
save (HrpDocument  *self,
      GError      **error)
{
  gint64 saved;

  if (self->store == NULL)
    return TRUE;
  if (!self->revision_known)
    {
      /* The revision stored when the document was made. */
      if (!hrp_store_get_revision (self->store, hrp_plan_get_fiscal_year (self->plan),
                                   &self->revision, error))
        return FALSE;
      self->revision_known = TRUE;
    }
  if (!hrp_store_save_plan_revision (self->store, self->plan, self->revision, &saved, error))
    return FALSE;
  self->revision = saved;
  return TRUE;
}

/* Applies a new command: into the open group, or as one undo step that is
 * saved at once (and taken back if saving fails). Takes the command. */
static gboolean
push (HrpDocument  *self,
      Command      *command,
      GError      **error)
{
  command_apply (command, TRUE);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->children, command);
      return TRUE;
    }

  if (!save (self, error))
    {
      command_apply (command, FALSE);
      command_free (command);
      return FALSE;
    }

  g_ptr_array_add (self->undo, command);
  g_ptr_array_set_size (self->redo, 0);
  set_changed (self, command);
  notify_history (self);
  return TRUE;
}

/* ------------------------------------------------------------- the API */

HrpDocument *
hrp_document_new (HrpStore *store,
                  HrpPlan  *plan)
{
  g_return_val_if_fail (store == NULL || HRP_IS_STORE (store), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  HrpDocument *self = g_object_new (HRP_TYPE_DOCUMENT, "store", store, "plan", plan, NULL);

  /* Taken now, when the plan was just loaded: what another program saves
   * after this is then noticed at the first save. */
  if (store != NULL
      && hrp_store_get_revision (store, hrp_plan_get_fiscal_year (plan), &self->revision, NULL))
    self->revision_known = TRUE;

  return self;
}

HrpPlan *
hrp_document_get_plan (HrpDocument *self)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);
  return self->plan;
}

HrpStore *
hrp_document_get_store (HrpDocument *self)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);
  return self->store;
}

gboolean
hrp_document_is_read_only (HrpDocument *self)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  return hrp_store_is_read_only (self->store);
}

gboolean
hrp_document_set_value (HrpDocument   *self,
                        gpointer       object,
                        const char    *property,
                        const GValue  *value,
                        GError       **error)
{
  GParamSpec *pspec;
  Command *command;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL, FALSE);
  g_return_val_if_fail (!g_str_equal (pspec->name, "fiscal-year"), FALSE);

  command = command_new (COMMAND_SET, label_for_property (pspec->name));
  command->object = g_object_ref (object);
  command->property = g_intern_string (pspec->name);
  g_value_init (&command->old_value, pspec->value_type);
  g_value_init (&command->new_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &command->old_value);
  if (!g_value_transform (value, &command->new_value))
    {
      command_free (command);
      g_return_val_if_reached (FALSE);
    }
  g_param_value_validate (pspec, &command->new_value);
  /* Typed or pasted, a text is stored without what a terminal or the
   * bidi algorithm would interpret (hrp_text_sanitize ()). */
  if (pspec->value_type == G_TYPE_STRING)
    {
      char *clean = hrp_text_sanitize (g_value_get_string (&command->new_value),
                                       hrp_text_property_is_multi_line (G_OBJECT_TYPE (object),
                                                                        pspec->name),
                                       NULL);

      g_value_take_string (&command->new_value, clean);
    }

  if (g_param_values_cmp (pspec, &command->old_value, &command->new_value) == 0)
    {
      command_free (command);
      return TRUE;
    }

  return push (self, command, error);
}

gboolean
hrp_document_set_string (HrpDocument  *self,
                         gpointer      object,
                         const char   *property,
                         const char   *value,
                         GError      **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value != NULL ? value : "");
  return hrp_document_set_value (self, object, property, &v, error);
}

gboolean
hrp_document_set_int64 (HrpDocument  *self,
                        gpointer      object,
                        const char   *property,
                        gint64        value,
                        GError      **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  return hrp_document_set_value (self, object, property, &v, error);
}

gboolean
hrp_document_set_boolean (HrpDocument  *self,
                          gpointer      object,
                          const char   *property,
                          gboolean      value,
                          GError      **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  return hrp_document_set_value (self, object, property, &v, error);
}

gboolean
hrp_document_set_object (HrpDocument  *self,
                         gpointer      object,
                         const char   *property,
                         gpointer      value,
                         GError      **error)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL, FALSE);

  g_value_init (&v, pspec->value_type);
  g_value_set_object (&v, value);
  return hrp_document_set_value (self, object, property, &v, error);
}

/* What removing item takes with it: links to it from the plan's lists. */
static void
unlink_references (HrpDocument *self,
                   GObject     *item)
{
  GListModel *list = NULL;
  const char *property = NULL;
  guint n;

  if (HRP_IS_MISSION (item))
    {
      list = G_LIST_MODEL (hrp_plan_get_strategies (self->plan));
      property = "mission";
    }
  else if (HRP_IS_STRATEGY (item))
    {
      list = G_LIST_MODEL (hrp_plan_get_policies (self->plan));
      property = "strategy";
    }
  else
    return;

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (list, i);
      g_autoptr(GObject) target = NULL;

      g_object_get (other, property, &target, NULL);
      if (target == item)
        hrp_document_set_object (self, other, property, NULL, NULL);
    }
}

gboolean
hrp_document_insert (HrpDocument  *self,
                     GListModel   *model,
                     guint         position,
                     gpointer      item,
                     GError      **error)
{
  GListStore *list = G_IS_LIST_STORE (model) ? G_LIST_STORE (model) : NULL;
  Command *command;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);
  g_return_val_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (list)), FALSE);

  command = command_new (COMMAND_INSERT, _("Add"));
  command->list = g_object_ref (list);
  command->item = g_object_ref (item);
  command->position = position;
  return push (self, command, error);
}

gboolean
hrp_document_remove (HrpDocument  *self,
                     GListModel   *model,
                     guint         position,
                     GError      **error)
{
  GListStore *list = G_IS_LIST_STORE (model) ? G_LIST_STORE (model) : NULL;
  Command *command;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (list)), FALSE);

  item = g_list_model_get_item (G_LIST_MODEL (list), position);

  hrp_document_begin_group (self, _("Delete"));
  unlink_references (self, item);
  command = command_new (COMMAND_REMOVE, _("Delete"));
  command->list = g_object_ref (list);
  command->item = g_object_ref (item);
  command->position = position;
  push (self, command, NULL); /* inside the group: cannot fail */
  return hrp_document_end_group (self, error);
}

gboolean
hrp_document_move (HrpDocument  *self,
                   GListModel   *model,
                   guint         from,
                   guint         to,
                   GError      **error)
{
  GListStore *list = G_IS_LIST_STORE (model) ? G_LIST_STORE (model) : NULL;
  Command *command;
  guint n;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_return_val_if_fail (from < n && to < n, FALSE);

  if (from == to)
    return TRUE;

  command = command_new (COMMAND_MOVE, _("Move"));
  command->list = g_object_ref (list);
  command->item = g_list_model_get_item (G_LIST_MODEL (list), from);
  command->position = from;
  command->to = to;
  return push (self, command, error);
}

/* Structure {{{ */

/* The plan's list that holds item, or NULL. */
static GListStore *
list_of (HrpPlan  *plan,
         gpointer  item)
{
  if (HRP_IS_MISSION (item))
    return G_LIST_STORE (hrp_plan_get_missions (plan));
  if (HRP_IS_STRATEGY (item))
    return G_LIST_STORE (hrp_plan_get_strategies (plan));
  if (HRP_IS_POLICY (item))
    return G_LIST_STORE (hrp_plan_get_policies (plan));
  return NULL;
}

static guint
index_in (GListStore *list,
          gpointer    item)
{
  guint position = 0;

  if (!g_list_store_find (list, item, &position))
    return g_list_model_get_n_items (G_LIST_MODEL (list));
  return position;
}

/* The property that links items of type to their parent, or NULL. */
static const char *
link_of_type (GType type)
{
  if (type == HRP_TYPE_STRATEGY)
    return "mission";
  if (type == HRP_TYPE_POLICY)
    return "strategy";
  return NULL;
}

static gpointer
parent_of (gpointer item)
{
  if (HRP_IS_STRATEGY (item))
    return hrp_strategy_get_mission (item);
  if (HRP_IS_POLICY (item))
    return hrp_policy_get_strategy (item);
  return NULL;
}

static gpointer
new_item (GType type)
{
  if (type == HRP_TYPE_MISSION)
    return hrp_mission_new (_("New mission"));
  if (type == HRP_TYPE_STRATEGY)
    return hrp_strategy_new (_("New strategy"));
  return hrp_policy_new (_("New policy"));
}

/* After the last item of list linked to parent through link; at the end
 * when there is none. */
static guint
after_last_child (GListStore *list,
                  const char *link,
                  gpointer    parent)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint after = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GObject) linked = NULL;

      g_object_get (item, link, &linked, NULL);
      if (linked == parent)
        after = i + 1;
    }

  return after;
}

/* Inserts a new item of type at position of its list, linked to parent
 * (when not NULL), as one undo step. */
static gpointer
add_item (HrpDocument  *self,
          GType         type,
          guint         position,
          gpointer      parent,
          GError      **error)
{
  g_autoptr(GObject) item = new_item (type);
  GListStore *list = list_of (self->plan, item);
  GError *local_error = NULL;

  hrp_document_begin_group (self, _("Add"));
  if (parent != NULL)
    g_object_set (item, link_of_type (type), parent, NULL);  /* not yet in the plan */
  hrp_document_insert (self, G_LIST_MODEL (list), position, item, &local_error);
  if (!hrp_document_end_group (self, local_error != NULL ? NULL : &local_error) || local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return item;   /* the plan's list holds it */
}

gpointer
hrp_document_add_after (HrpDocument  *self,
                        gpointer      item,
                        GError      **error)
{
  GListStore *list;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);
  list = list_of (self->plan, item);
  g_return_val_if_fail (list != NULL, NULL);

  return add_item (self, G_OBJECT_TYPE (item), index_in (list, item) + 1, parent_of (item), error);
}

gpointer
hrp_document_add_child (HrpDocument  *self,
                        gpointer      parent,
                        GType         child_type,
                        GError      **error)
{
  GListStore *list;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);

  if (HRP_IS_PLAN (parent))
    child_type = HRP_TYPE_MISSION;
  else if (HRP_IS_MISSION (parent))
    child_type = HRP_TYPE_STRATEGY;
  else if (HRP_IS_STRATEGY (parent))
    child_type = HRP_TYPE_POLICY;
  else
    g_return_val_if_fail (parent == NULL && (child_type == HRP_TYPE_STRATEGY
                                             || child_type == HRP_TYPE_POLICY), NULL);

  list = G_LIST_STORE (child_type == HRP_TYPE_MISSION ? hrp_plan_get_missions (self->plan)
                       : child_type == HRP_TYPE_STRATEGY ? hrp_plan_get_strategies (self->plan)
                       : hrp_plan_get_policies (self->plan));
  if (parent == NULL || HRP_IS_PLAN (parent))
    return add_item (self, child_type, g_list_model_get_n_items (G_LIST_MODEL (list)), NULL, error);
  return add_item (self, child_type, after_last_child (list, link_of_type (child_type), parent),
                   parent, error);
}

gboolean
hrp_document_delete_item (HrpDocument  *self,
                          gpointer      item,
                          GError      **error)
{
  GListStore *list;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  list = list_of (self->plan, item);
  g_return_val_if_fail (list != NULL, FALSE);

  return hrp_document_remove (self, G_LIST_MODEL (list), index_in (list, item), error);
}

gboolean
hrp_document_move_item (HrpDocument  *self,
                        gpointer      item,
                        gpointer      other,
                        GError      **error)
{
  GListStore *list;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  list = list_of (self->plan, item);
  g_return_val_if_fail (list != NULL && list == list_of (self->plan, other), FALSE);

  return hrp_document_move (self, G_LIST_MODEL (list), index_in (list, item), index_in (list, other), error);
}

gboolean
hrp_document_can_drop (HrpDocument *self,
                       gpointer     item,
                       gpointer     target)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);

  if (item == NULL || item == target)
    return FALSE;
  if (HRP_IS_STRATEGY (item))
    return target == NULL || HRP_IS_MISSION (target) || HRP_IS_STRATEGY (target);
  if (HRP_IS_POLICY (item))
    return target == NULL || HRP_IS_STRATEGY (target) || HRP_IS_POLICY (target);
  if (HRP_IS_MISSION (item))
    return HRP_IS_MISSION (target);
  return FALSE;
}

gboolean
hrp_document_drop (HrpDocument  *self,
                   gpointer      item,
                   gpointer      target,
                   GError      **error)
{
  const char *link = link_of_type (G_OBJECT_TYPE (item));
  gboolean same_kind = target != NULL && G_OBJECT_TYPE (target) == G_OBJECT_TYPE (item);
  GError *local_error = NULL;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (hrp_document_can_drop (self, item, target), FALSE);

  hrp_document_begin_group (self, _("Move"));
  /* Onto a parent: linked to it; onto one of its kind: linked as that one
   * is, and placed there; onto the "not linked" group: unlinked. */
  if (link != NULL)
    hrp_document_set_object (self, item, link, same_kind ? parent_of (target) : target, &local_error);
  if (same_kind && local_error == NULL)
    hrp_document_move_item (self, item, target, &local_error);
  if (!hrp_document_end_group (self, local_error != NULL ? NULL : &local_error) || local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* }}} */

void
hrp_document_begin_group (HrpDocument *self,
                          const char  *label)
{
  g_return_if_fail (HRP_IS_DOCUMENT (self));

  if (self->group_depth++ == 0)
    self->group = command_new (COMMAND_GROUP, label);
}

gboolean
hrp_document_end_group (HrpDocument  *self,
                        GError      **error)
{
  Command *group;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->group_depth > 0, FALSE);

  if (--self->group_depth > 0)
    return TRUE;

  group = g_steal_pointer (&self->group);
  if (group->children->len == 0)
    {
      command_free (group);
      return TRUE;
    }

  if (!save (self, error))
    {
      command_apply (group, FALSE);
      command_free (group);
      return FALSE;
    }

  g_ptr_array_add (self->undo, group);
  g_ptr_array_set_size (self->redo, 0);
  set_changed (self, group);
  notify_history (self);
  return TRUE;
}

GObject *
hrp_document_get_changed_object (HrpDocument *self)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);
  return self->changed;
}

gboolean
hrp_document_get_can_undo (HrpDocument *self)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  return self->undo->len > 0;
}

gboolean
hrp_document_get_can_redo (HrpDocument *self)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  return self->redo->len > 0;
}

const char *
hrp_document_get_undo_label (HrpDocument *self)
{
  Command *command;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  command = g_ptr_array_index (self->undo, self->undo->len - 1);
  return command->label;
}

const char *
hrp_document_get_redo_label (HrpDocument *self)
{
  Command *command;

  g_return_val_if_fail (HRP_IS_DOCUMENT (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  command = g_ptr_array_index (self->redo, self->redo->len - 1);
  return command->label;
}

/* Moves the last command of from to to, applying it (forward for redo);
 * taken back if saving fails. */
static gboolean
step (HrpDocument  *self,
      GPtrArray    *from,
      GPtrArray    *to,
      gboolean      forward,
      GError      **error)
{
  Command *command;

  g_return_val_if_fail (self->group == NULL, FALSE);

  if (from->len == 0)
    return TRUE;

  command = g_ptr_array_steal_index (from, from->len - 1);
  command_apply (command, forward);
  if (!save (self, error))
    {
      command_apply (command, !forward);
      g_ptr_array_add (from, command);
      return FALSE;
    }
  g_ptr_array_add (to, command);
  set_changed (self, command);
  notify_history (self);
  return TRUE;
}

gboolean
hrp_document_undo (HrpDocument  *self,
                   GError      **error)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  return step (self, self->undo, self->redo, FALSE, error);
}

gboolean
hrp_document_redo (HrpDocument  *self,
                   GError      **error)
{
  g_return_val_if_fail (HRP_IS_DOCUMENT (self), FALSE);
  return step (self, self->redo, self->undo, TRUE, error);
}

/* ------------------------------------------------------------- GObject */

static void
hrp_document_finalize (GObject *object)
{
  HrpDocument *self = HRP_DOCUMENT (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, command_free);
  g_clear_object (&self->changed);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (hrp_document_parent_class)->finalize (object);
}

static void
hrp_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HrpDocument *self = HRP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hrp_document_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hrp_document_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, hrp_document_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, hrp_document_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_document_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HrpDocument *self = HRP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_document_class_init (HrpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_document_finalize;

  /* After every step that changed the plan: a command, a group, an undo
   * or a redo.  Views of the whole plan listen here rather than to
   * every object in it. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  object_class->get_property = hrp_document_get_property;
  object_class->set_property = hrp_document_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HRP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HRP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hrp_document_init (HrpDocument *self)
{
  self->undo = g_ptr_array_new_with_free_func (command_free);
  self->redo = g_ptr_array_new_with_free_func (command_free);
}
