/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-editor.c — the right pane: the editor of the selected node
 *
 * One page per kind of node, from ui/hrp-editor.ui.  Text fields are bound
 * to their property with hrp_field_bind(); links (a strategy's mission, a
 * policy's strategy) are drop-downs whose first entry is "Not linked".
 * Every change goes through the document, so it is saved and undoable.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-a11y.h"
#include "hrp-action-plan.h"
#include "hrp-activity-table.h"
#include "hrp-editor.h"
#include "hrp-field.h"
#include "hrp-message.h"
#include "hrp-signer-list.h"
#include "hrp-text-list.h"

struct _HrpEditor
{
  GtkWidget       parent_instance;

  HrpDocument    *document;
  HrpOutlineNode *node;
  GBindingGroup  *heading_bindings;
  GPtrArray      *link_targets;     /* objects of the link drop-down, [0] = NULL */
  gboolean        updating_links;

  GtkStack       *stack;
  GtkLabel       *details_heading;
  GtkWidget      *org_name_entry;
  GtkWidget      *org_district_entry;
  GtkWidget      *org_province_entry;
  GtkWidget      *plan_title_entry;
  GtkWidget      *preamble_view;
  HrpTextList    *positions_list;
  GtkWidget      *policy_intro_view;
  HrpSignerList  *signers_list;
  GtkLabel       *text_heading;
  GtkWidget      *text_view;
  GtkLabel       *strategy_heading;
  GtkWidget      *strategy_title_entry;
  GtkDropDown    *mission_dropdown;
  HrpTextList    *goals_list;
  HrpTextList    *objectives_list;
  HrpTextList    *indicators_list;
  GtkLabel       *policy_heading;
  GtkWidget      *policy_title_entry;
  GtkDropDown    *strategy_dropdown;
  GtkWidget      *policy_description_view;
  GtkBox         *activities_slot;
  GtkLabel       *group_heading;
  GtkLabel       *group_label;
  GtkBox         *action_plan_slot;
  HrpActivityTable *activity_table;
  HrpActionPlan  *action_plan;
};

G_DEFINE_FINAL_TYPE (HrpEditor, hrp_editor, GTK_TYPE_WIDGET)

enum {
  LINK_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HrpPlan *
editor_plan (HrpEditor *self)
{
  return self->document ? hrp_document_get_plan (self->document) : NULL;
}

static GtkWidget *const *
all_fields (HrpEditor *self,
            guint     *n)
{
  static GtkWidget *fields[9];

  fields[0] = self->org_name_entry;
  fields[1] = self->org_district_entry;
  fields[2] = self->org_province_entry;
  fields[3] = self->plan_title_entry;
  fields[4] = self->preamble_view;
  fields[5] = self->policy_intro_view;
  fields[6] = self->text_view;
  fields[7] = self->strategy_title_entry;
  fields[8] = self->policy_title_entry;
  *n = G_N_ELEMENTS (fields);
  return fields;
}

void
hrp_editor_commit (HrpEditor *self)
{
  GtkWidget *const *fields;
  guint n;

  g_return_if_fail (HRP_IS_EDITOR (self));

  fields = all_fields (self, &n);
  for (guint i = 0; i < n; i++)
    hrp_field_commit (fields[i]);
  hrp_field_commit (self->policy_description_view);
  hrp_signer_list_commit (self->signers_list);
}

/* Links {{{ */

static char *
link_label (const char *heading,
            const char *text)
{
  g_autofree char *short_text = NULL;

  if (g_utf8_strlen (text, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, 60);

      short_text = g_strconcat (cut, "…", NULL);
    }
  else
    short_text = g_strdup (text);

  return g_strdup_printf ("%s: %s", heading, short_text);
}

static gboolean
same_strings (GListModel *a,
              GListModel *b)
{
  guint n;

  if (a == NULL || !GTK_IS_STRING_LIST (a))
    return FALSE;
  n = g_list_model_get_n_items (a);
  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;
  return TRUE;
}

static void
refresh_links (HrpEditor *self)
{
  HrpPlan *plan = editor_plan (self);
  GObject *item = self->node ? hrp_outline_node_get_item (self->node) : NULL;
  g_autoptr(GtkStringList) names = NULL;
  GtkDropDown *dropdown;
  GListModel *targets;
  gpointer current;
  guint selected = 0;

  if (plan == NULL || item == NULL)
    return;

  if (HRP_IS_STRATEGY (item))
    {
      dropdown = self->mission_dropdown;
      targets = G_LIST_MODEL (hrp_plan_get_missions (plan));
      current = hrp_strategy_get_mission (HRP_STRATEGY (item));
    }
  else if (HRP_IS_POLICY (item))
    {
      dropdown = self->strategy_dropdown;
      targets = G_LIST_MODEL (hrp_plan_get_strategies (plan));
      current = hrp_policy_get_strategy (HRP_POLICY (item));
    }
  else
    return;

  names = gtk_string_list_new (NULL);
  g_ptr_array_set_size (self->link_targets, 0);
  gtk_string_list_append (names, _("Not linked"));
  g_ptr_array_add (self->link_targets, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(GObject) target = g_list_model_get_item (targets, i);
      g_autofree char *heading = NULL;
      g_autofree char *label = NULL;

      if (HRP_IS_MISSION (target))
        {
          heading = g_strdup_printf (_("Mission %u"), i + 1);
          label = link_label (heading, hrp_mission_get_text (HRP_MISSION (target)));
        }
      else
        {
          heading = g_strdup_printf (_("Strategy %u"), i + 1);
          label = link_label (heading, hrp_strategy_get_title (HRP_STRATEGY (target)));
        }
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->link_targets, target);
      if (target == current)
        selected = i + 1;
    }

  /* This runs while the drop-down tells that its choice changed (the
   * link is set, the item notifies): a new model would free the
   * selection it is notifying from.  Only what differs is changed. */
  self->updating_links = TRUE;
  if (!same_strings (gtk_drop_down_get_model (dropdown), G_LIST_MODEL (names)))
    gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  if (gtk_drop_down_get_selected (dropdown) != selected)
    gtk_drop_down_set_selected (dropdown, selected);
  self->updating_links = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (dropdown),
                            self->document == NULL || !hrp_document_is_read_only (self->document));
}

static void
link_selected_cb (HrpEditor  *self,
                  GParamSpec *pspec,
                  GtkDropDown *dropdown)
{
  GObject *item = self->node ? hrp_outline_node_get_item (self->node) : NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;
  gpointer target;

  if (self->updating_links || item == NULL || selected >= self->link_targets->len)
    return;

  target = g_ptr_array_index (self->link_targets, selected);
  if (HRP_IS_STRATEGY (item) && dropdown == self->mission_dropdown)
    hrp_document_set_object (self->document, item, "mission", target, &error);
  else if (HRP_IS_POLICY (item) && dropdown == self->strategy_dropdown)
    hrp_document_set_object (self->document, item, "strategy", target, &error);

  if (error != NULL)
    {
      hrp_show_error (GTK_WIDGET (self), _("The change could not be saved"), error->message);
      refresh_links (self);
      return;
    }
  g_signal_emit (self, signals[LINK_CHANGED], 0, item);
}

/* }}} */

static void
item_notify_cb (HrpEditor  *self,
                GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "mission") || g_str_equal (pspec->name, "strategy"))
    refresh_links (self);
}

static void
plan_lists_changed_cb (HrpEditor *self)
{
  refresh_links (self);
}

static void
unbind_all (HrpEditor *self)
{
  GtkWidget *const *fields;
  guint n;

  if (self->node != NULL)
    {
      GObject *item = hrp_outline_node_get_item (self->node);

      if (item != NULL)
        g_signal_handlers_disconnect_by_data (item, self);
    }
  fields = all_fields (self, &n);
  for (guint i = 0; i < n; i++)
    hrp_field_bind (fields[i], NULL, NULL, NULL);
  hrp_field_bind (self->policy_description_view, NULL, NULL, NULL);
  hrp_text_list_set_list (self->positions_list, NULL, NULL);
  hrp_text_list_set_list (self->goals_list, NULL, NULL);
  hrp_text_list_set_list (self->objectives_list, NULL, NULL);
  hrp_text_list_set_list (self->indicators_list, NULL, NULL);
  hrp_signer_list_set_list (self->signers_list, NULL, NULL);
  g_binding_group_set_source (self->heading_bindings, NULL);
  hrp_activity_table_set_policy (self->activity_table, NULL);
  g_clear_object (&self->node);
}

void
hrp_editor_show_node (HrpEditor      *self,
                      HrpOutlineNode *node)
{
  HrpDocument *doc;
  GObject *item;
  const char *page = "empty";

  g_return_if_fail (HRP_IS_EDITOR (self));

  if (node == self->node)
    return;

  unbind_all (self);
  if (node == NULL || self->document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  doc = self->document;
  self->node = g_object_ref (node);
  item = hrp_outline_node_get_item (node);
  g_binding_group_set_source (self->heading_bindings, node);

  switch (hrp_outline_node_get_kind (node))
    {
    case HRP_OUTLINE_DETAILS:
      page = "details";
      gtk_label_set_label (self->details_heading, _("Plan Details"));
      hrp_field_bind (self->org_name_entry, doc, item, "org-name");
      hrp_field_bind (self->org_district_entry, doc, item, "org-district");
      hrp_field_bind (self->org_province_entry, doc, item, "org-province");
      hrp_field_bind (self->plan_title_entry, doc, item, "title");
      hrp_field_bind (self->preamble_view, doc, item, "preamble");
      hrp_text_list_set_list (self->positions_list, doc, hrp_plan_get_positions (HRP_PLAN (item)));
      hrp_field_bind (self->policy_intro_view, doc, item, "policy-intro");
      hrp_signer_list_set_list (self->signers_list, doc, hrp_plan_get_signers (HRP_PLAN (item)));
      break;

    case HRP_OUTLINE_VISION:
      page = "text";
      hrp_field_bind (self->text_view, doc, item, "vision");
      break;

    case HRP_OUTLINE_MISSION:
      page = "text";
      hrp_field_bind (self->text_view, doc, item, "text");
      break;

    case HRP_OUTLINE_STRATEGY:
      page = "strategy";
      hrp_field_bind (self->strategy_title_entry, doc, item, "title");
      hrp_text_list_set_list (self->goals_list, doc, hrp_strategy_get_goals (HRP_STRATEGY (item)));
      hrp_text_list_set_list (self->objectives_list, doc, hrp_strategy_get_objectives (HRP_STRATEGY (item)));
      hrp_text_list_set_list (self->indicators_list, doc, hrp_strategy_get_indicators (HRP_STRATEGY (item)));
      break;

    case HRP_OUTLINE_POLICY:
      page = "policy";
      hrp_field_bind (self->policy_title_entry, doc, item, "title");
      hrp_field_bind (self->policy_description_view, doc, item, "description");
      hrp_activity_table_set_policy (self->activity_table, HRP_POLICY (item));
      break;

    case HRP_OUTLINE_ACTION_PLAN:
      page = "action-plan";
      break;

    case HRP_OUTLINE_UNLINKED:
    default:
      page = "group";
      gtk_label_set_label (self->group_label, hrp_outline_node_get_text (node));
      break;
    }

  if (item != NULL && (HRP_IS_STRATEGY (item) || HRP_IS_POLICY (item)))
    {
      g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), self, G_CONNECT_SWAPPED);
      refresh_links (self);
    }

  gtk_stack_set_visible_child_name (self->stack, page);
}

void
hrp_editor_set_document (HrpEditor   *self,
                         HrpDocument *document)
{
  HrpPlan *plan;

  g_return_if_fail (HRP_IS_EDITOR (self));

  if (self->document == document)
    return;

  hrp_editor_commit (self);
  unbind_all (self);
  if (self->document != NULL)
    {
      plan = editor_plan (self);
      g_signal_handlers_disconnect_by_data (hrp_plan_get_missions (plan), self);
      g_signal_handlers_disconnect_by_data (hrp_plan_get_strategies (plan), self);
    }
  g_set_object (&self->document, document);
  hrp_activity_table_set_document (self->activity_table, document);
  hrp_action_plan_set_document (self->action_plan, document);
  if (document != NULL)
    {
      plan = editor_plan (self);
      g_signal_connect_object (hrp_plan_get_missions (plan), "items-changed",
                               G_CALLBACK (plan_lists_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (hrp_plan_get_strategies (plan), "items-changed",
                               G_CALLBACK (plan_lists_changed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

const char *
hrp_editor_get_page (HrpEditor *self)
{
  g_return_val_if_fail (HRP_IS_EDITOR (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
hrp_editor_focus (HrpEditor *self)
{
  const char *page = hrp_editor_get_page (self);
  GtkWidget *field = NULL;

  if (g_str_equal (page, "details"))
    field = self->plan_title_entry;
  else if (g_str_equal (page, "text"))
    field = self->text_view;
  else if (g_str_equal (page, "strategy"))
    field = self->strategy_title_entry;
  else if (g_str_equal (page, "policy"))
    field = self->policy_title_entry;

  if (field == NULL)
    return;

  gtk_widget_grab_focus (field);
  if (GTK_IS_EDITABLE (field))
    gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
}

void
hrp_editor_show_activity (HrpEditor   *self,
                          HrpActivity *activity)
{
  g_return_if_fail (HRP_IS_EDITOR (self));

  if (hrp_activity_table_get_policy (self->activity_table) != NULL)
    hrp_activity_table_focus_activity (self->activity_table, activity);
}

static void
hrp_editor_dispose (GObject *object)
{
  HrpEditor *self = HRP_EDITOR (object);

  if (self->stack != NULL)
    hrp_editor_set_document (self, NULL);
  g_clear_object (&self->heading_bindings);
  g_clear_pointer (&self->link_targets, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_EDITOR);

  G_OBJECT_CLASS (hrp_editor_parent_class)->dispose (object);
}

static void
hrp_editor_class_init (HrpEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_editor_dispose;

  g_type_ensure (HRP_TYPE_TEXT_LIST);
  g_type_ensure (HRP_TYPE_SIGNER_LIST);

  /* A strategy's mission or a policy's strategy was chosen in its
   * drop-down (and saved): the item moved in the outline. */
  signals[LINK_CHANGED] =
    g_signal_new ("link-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, HrpEditor, name)
  BIND (stack);
  BIND (details_heading);
  BIND (org_name_entry);
  BIND (org_district_entry);
  BIND (org_province_entry);
  BIND (plan_title_entry);
  BIND (preamble_view);
  BIND (positions_list);
  BIND (policy_intro_view);
  BIND (signers_list);
  BIND (text_heading);
  BIND (text_view);
  BIND (strategy_heading);
  BIND (strategy_title_entry);
  BIND (mission_dropdown);
  BIND (goals_list);
  BIND (objectives_list);
  BIND (indicators_list);
  BIND (policy_heading);
  BIND (policy_title_entry);
  BIND (strategy_dropdown);
  BIND (policy_description_view);
  BIND (activities_slot);
  BIND (group_heading);
  BIND (group_label);
  BIND (action_plan_slot);
#undef BIND
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hrp_editor_init (HrpEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_drop_down (self->mission_dropdown, _("Mission"));
  hrp_a11y_name_drop_down (self->strategy_dropdown, _("Strategy"));

  self->link_targets = g_ptr_array_new ();

  self->activity_table = HRP_ACTIVITY_TABLE (hrp_activity_table_new (NULL, NULL));
  gtk_widget_set_vexpand (GTK_WIDGET (self->activity_table), TRUE);
  gtk_box_append (self->activities_slot, GTK_WIDGET (self->activity_table));
  self->action_plan = HRP_ACTION_PLAN (hrp_action_plan_new (NULL));
  gtk_widget_set_vexpand (GTK_WIDGET (self->action_plan), TRUE);
  gtk_box_append (self->action_plan_slot, GTK_WIDGET (self->action_plan));
  self->heading_bindings = g_binding_group_new ();
  g_binding_group_bind (self->heading_bindings, "heading", self->text_heading, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->heading_bindings, "heading", self->strategy_heading, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->heading_bindings, "heading", self->policy_heading, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->heading_bindings, "heading", self->group_heading, "label", G_BINDING_SYNC_CREATE);

  g_signal_connect_swapped (self->mission_dropdown, "notify::selected",
                            G_CALLBACK (link_selected_cb), self);
  g_signal_connect_swapped (self->strategy_dropdown, "notify::selected",
                            G_CALLBACK (link_selected_cb), self);
}

GtkWidget *
hrp_editor_new (void)
{
  return g_object_new (HRP_TYPE_EDITOR, NULL);
}
