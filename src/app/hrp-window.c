/* hrp-window.c — the main window: one plan of the store, as a tree
 *
 * The header bar chooses the fiscal year; the left pane is the plan's
 * outline (vision → missions → strategies → HR policies) as a
 * GtkTreeListModel in a GtkListView; the right pane shows the selected
 * node: its text, its goals and, for a policy, its activities.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-app-resources.h"
#include "hrp-cli.h"
#include "hrp-outline.h"
#include "hrp-thai.h"
#include "hrp-window.h"
#include "hrp-xml.h"

struct _HrpWindow
{
  GtkApplicationWindow  parent_instance;

  HrpStore             *store;
  HrpPlan              *plan;
  HrpOutline           *outline;
  GtkSingleSelection   *selection;
  GArray               *years;          /* int, as in year_dropdown */
  GObject              *shown_item;     /* item whose details are shown */
  gboolean              filling_years;

  /* Template widgets */
  GtkDropDown          *year_dropdown;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkStack             *main_stack;
  GtkListView          *outline_view;
  GtkBox               *details_box;
  GtkLabel             *empty_label;
};

G_DEFINE_FINAL_TYPE (HrpWindow, hrp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_FISCAL_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void hrp_window_show_details (HrpWindow *self);

/* Error messages {{{ */

static void
show_error (HrpWindow  *self,
            const char *primary,
            const char *secondary)
{
  GtkWidget *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* Outline rows {{{ */

static void
outline_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  GBindingGroup *bindings = g_binding_group_new ();

  gtk_widget_add_css_class (heading, "outline-heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);

  /* The row follows its node's texts while bound to it. */
  g_binding_group_bind (bindings, "heading", heading, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (bindings, "text", text, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (bindings, "text", text, "tooltip-text", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (list_item), "hrp-bindings", bindings, g_object_unref);
}

static void
outline_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GBindingGroup *bindings = g_object_get_data (G_OBJECT (list_item), "hrp-bindings");
  g_autoptr(HrpOutlineNode) node = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  g_binding_group_set_source (bindings, node);
}

static void
outline_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GBindingGroup *bindings = g_object_get_data (G_OBJECT (list_item), "hrp-bindings");

  g_binding_group_set_source (bindings, NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

/* }}} */

/* Details pane {{{ */

static GtkWidget *
details_label (HrpWindow  *self,
               const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (self->details_box, label);

  return label;
}

static void
details_text_list (HrpWindow  *self,
                   const char *section,
                   GListModel *texts)
{
  guint n = g_list_model_get_n_items (texts);

  if (n == 0)
    return;

  details_label (self, section, "details-section");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpText) text = g_list_model_get_item (texts, i);
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, hrp_text_get_text (text));

      details_label (self, line, NULL);
    }
}

static guint
list_index (GListStore *store,
            gpointer    item)
{
  guint position;

  if (item != NULL && g_list_store_find (store, item, &position))
    return position + 1;

  return 0;
}

static void
details_activities (HrpWindow *self,
                    HrpPolicy *policy)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  guint n = g_list_model_get_n_items (activities);
  const char *headers[] = { N_("No."), N_("Activity"), N_("Budget (baht)"),
                            N_("Q1"), N_("Q2"), N_("Q3"), N_("Q4") };
  GtkWidget *grid;
  gint64 total = 0;
  gboolean any_budget = FALSE;

  details_label (self, _("Activities"), "details-section");
  if (n == 0)
    {
      details_label (self, _("No activities yet."), "dim-label");
      return;
    }

  grid = gtk_grid_new ();
  gtk_widget_add_css_class (grid, "activity-table");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_box_append (self->details_box, grid);

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      GtkWidget *label = gtk_label_new (_(headers[c]));

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), c == 1 ? 0 : c == 2 ? 1 : 0.5);
      gtk_grid_attach (GTK_GRID (grid), label, c, 0, 1, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *budget = NULL;
      gint64 satang = hrp_activity_get_budget (activity);
      GtkWidget *label;

      if (satang == HRP_BUDGET_NONE)
        budget = g_strdup ("-");
      else
        {
          budget = hrp_money_format (satang, TRUE);
          total += satang;
          any_budget = TRUE;
        }

      label = gtk_label_new (number);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_grid_attach (GTK_GRID (grid), label, 0, i + 1, 1, 1);

      label = gtk_label_new (hrp_activity_get_name (activity));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (GTK_GRID (grid), label, 1, i + 1, 1, 1);

      label = gtk_label_new (budget);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "budget");
      gtk_grid_attach (GTK_GRID (grid), label, 2, i + 1, 1, 1);

      for (guint q = 1; q <= 4; q++)
        {
          GtkWidget *check = gtk_check_button_new ();
          g_autofree char *name = g_strdup_printf (_("Quarter %u — %s"), q,
                                                   hrp_activity_get_name (activity));

          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       hrp_activity_get_quarter (activity, q));
          /* Read-only here: the editor comes with the activity table. */
          gtk_widget_set_can_target (check, FALSE);
          gtk_widget_set_focusable (check, FALSE);
          gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
          gtk_widget_set_valign (check, GTK_ALIGN_START);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
          gtk_grid_attach (GTK_GRID (grid), check, 2 + q, i + 1, 1, 1);
        }
    }

  if (any_budget)
    {
      g_autofree char *sum = hrp_money_format (total, TRUE);
      GtkWidget *label = gtk_label_new (_("Total"));

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_grid_attach (GTK_GRID (grid), label, 1, n + 1, 1, 1);
      label = gtk_label_new (sum);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (label, "budget");
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_grid_attach (GTK_GRID (grid), label, 2, n + 1, 1, 1);
    }
}

static void
details_clear (HrpWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->details_box))) != NULL)
    gtk_box_remove (self->details_box, child);
}

static void
details_vision (HrpWindow *self)
{
  HrpPlan *plan = self->plan;
  g_autofree char *org = NULL;

  details_label (self, _("Vision"), "details-kind");
  details_label (self, hrp_plan_get_vision (plan), "details-title");

  details_label (self, _("Plan"), "details-section");
  details_label (self, hrp_plan_get_title (plan), NULL);
  org = g_strjoin (" ", hrp_plan_get_org_name (plan),
                   hrp_plan_get_org_district (plan),
                   hrp_plan_get_org_province (plan), NULL);
  details_label (self, g_strstrip (org), NULL);

  details_text_list (self, _("Strategic positions"),
                     G_LIST_MODEL (hrp_plan_get_positions (plan)));

  if (*hrp_plan_get_policy_intro (plan) != '\0')
    {
      details_label (self, _("Introduction to the HR policies"), "details-section");
      details_label (self, hrp_plan_get_policy_intro (plan), NULL);
    }
}

static void
details_mission (HrpWindow  *self,
                 HrpMission *mission)
{
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (self->plan));
  g_autofree char *kind = g_strdup_printf (_("Mission %u"),
                                           list_index (hrp_plan_get_missions (self->plan), mission));
  gboolean any = FALSE;

  details_label (self, kind, "details-kind");
  details_label (self, hrp_mission_get_text (mission), "details-title");

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autofree char *line = NULL;

      if (hrp_strategy_get_mission (strategy) != mission)
        continue;
      if (!any)
        details_label (self, _("Strategies"), "details-section");
      any = TRUE;
      line = g_strdup_printf (_("Strategy %u: %s"), i + 1, hrp_strategy_get_title (strategy));
      details_label (self, line, NULL);
    }
}

static void
details_strategy (HrpWindow   *self,
                  HrpStrategy *strategy)
{
  HrpMission *mission = hrp_strategy_get_mission (strategy);
  g_autofree char *kind = g_strdup_printf (_("Strategy %u"),
                                           list_index (hrp_plan_get_strategies (self->plan), strategy));

  details_label (self, kind, "details-kind");
  details_label (self, hrp_strategy_get_title (strategy), "details-title");
  if (mission != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Mission %u: %s"),
                                               list_index (hrp_plan_get_missions (self->plan), mission),
                                               hrp_mission_get_text (mission));

      details_label (self, line, "dim-label");
    }
  details_text_list (self, _("Goals"), G_LIST_MODEL (hrp_strategy_get_goals (strategy)));
  details_text_list (self, _("Objectives"), G_LIST_MODEL (hrp_strategy_get_objectives (strategy)));
  details_text_list (self, _("Indicators"), G_LIST_MODEL (hrp_strategy_get_indicators (strategy)));
}

static void
details_policy (HrpWindow *self,
                HrpPolicy *policy)
{
  HrpStrategy *strategy = hrp_policy_get_strategy (policy);
  g_autofree char *kind = g_strdup_printf (_("Policy %u"),
                                           list_index (hrp_plan_get_policies (self->plan), policy));

  details_label (self, kind, "details-kind");
  details_label (self, hrp_policy_get_title (policy), "details-title");
  if (strategy != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Strategy %u: %s"),
                                               list_index (hrp_plan_get_strategies (self->plan), strategy),
                                               hrp_strategy_get_title (strategy));

      details_label (self, line, "dim-label");
    }
  if (*hrp_policy_get_description (policy) != '\0')
    details_label (self, hrp_policy_get_description (policy), NULL);
  details_activities (self, policy);
}

static void
details_unlinked (HrpWindow      *self,
                  HrpOutlineNode *node)
{
  GListModel *children = hrp_outline_node_get_children (node);
  g_autofree char *count = g_strdup_printf (ngettext ("%u item", "%u items",
                                                      g_list_model_get_n_items (children)),
                                            g_list_model_get_n_items (children));

  details_label (self, hrp_outline_node_get_heading (node), "details-kind");
  details_label (self, hrp_outline_node_get_text (node), "details-title");
  details_label (self, count, NULL);
}

static void
shown_item_changed_cb (HrpWindow *self)
{
  hrp_window_show_details (self);
}

static void
hrp_window_set_shown_item (HrpWindow *self,
                           GObject   *item)
{
  if (self->shown_item == item)
    return;

  if (self->shown_item != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->shown_item, self);
      if (HRP_IS_POLICY (self->shown_item))
        g_signal_handlers_disconnect_by_data (hrp_policy_get_activities (HRP_POLICY (self->shown_item)), self);
    }
  g_set_object (&self->shown_item, item);
  if (item != NULL)
    {
      g_signal_connect_object (item, "notify", G_CALLBACK (shown_item_changed_cb),
                               self, G_CONNECT_SWAPPED);
      if (HRP_IS_POLICY (item))
        g_signal_connect_object (hrp_policy_get_activities (HRP_POLICY (item)), "items-changed",
                                 G_CALLBACK (shown_item_changed_cb), self, G_CONNECT_SWAPPED);
    }
}

static void
hrp_window_show_details (HrpWindow *self)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(HrpOutlineNode) node = NULL;

  details_clear (self);

  if (self->selection != NULL)
    row = g_object_ref (gtk_single_selection_get_selected_item (self->selection));
  if (row == NULL)
    {
      hrp_window_set_shown_item (self, NULL);
      return;
    }

  node = gtk_tree_list_row_get_item (row);
  hrp_window_set_shown_item (self, hrp_outline_node_get_item (node));

  switch (hrp_outline_node_get_kind (node))
    {
    case HRP_OUTLINE_VISION:
      details_vision (self);
      break;
    case HRP_OUTLINE_MISSION:
      details_mission (self, HRP_MISSION (hrp_outline_node_get_item (node)));
      break;
    case HRP_OUTLINE_STRATEGY:
      details_strategy (self, HRP_STRATEGY (hrp_outline_node_get_item (node)));
      break;
    case HRP_OUTLINE_POLICY:
      details_policy (self, HRP_POLICY (hrp_outline_node_get_item (node)));
      break;
    case HRP_OUTLINE_UNLINKED:
    default:
      details_unlinked (self, node);
      break;
    }
}

static void
selection_changed_cb (HrpWindow *self)
{
  hrp_window_show_details (self);
}

/* }}} */

/* The plan shown {{{ */

static void
hrp_window_set_plan (HrpWindow *self,
                     HrpPlan   *plan)
{
  GtkTreeListModel *tree;

  if (self->plan == plan && plan != NULL)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  hrp_window_set_shown_item (self, NULL);
  gtk_list_view_set_model (self->outline_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->outline);
  g_set_object (&self->plan, plan);

  if (plan != NULL)
    {
      g_autofree char *org = g_strjoin (" ", hrp_plan_get_org_name (plan),
                                        hrp_plan_get_org_district (plan),
                                        hrp_plan_get_org_province (plan), NULL);

      self->outline = hrp_outline_new (plan);
      tree = hrp_outline_create_tree_model (self->outline, TRUE);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->outline_view, GTK_SELECTION_MODEL (self->selection));

      gtk_label_set_label (self->subtitle_label, g_strstrip (org));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *org != '\0');
      gtk_stack_set_visible_child_name (self->main_stack, "plan");
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
    }

  hrp_window_show_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FISCAL_YEAR]);
}

static void
year_selected_cb (HrpWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  if (self->filling_years || selected == GTK_INVALID_LIST_POSITION
      || selected >= self->years->len)
    return;

  year = g_array_index (self->years, int, selected);
  if (self->plan != NULL && hrp_plan_get_fiscal_year (self->plan) == year)
    return;

  plan = hrp_store_load_plan (self->store, year, &error);
  if (plan == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open the plan of fiscal year %d"), year);

      show_error (self, primary, error->message);
      return;
    }

  hrp_window_set_plan (self, plan);
}

void
hrp_window_reload (HrpWindow *self)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  int current = hrp_window_get_fiscal_year (self);
  guint select = 0;

  g_return_if_fail (HRP_IS_WINDOW (self));

  g_array_set_size (self->years, 0);
  plans = hrp_store_list_plans (self->store, &error);
  if (plans == NULL)
    {
      show_error (self, _("Could not read the list of plans"), error->message);
      plans = g_ptr_array_new ();
    }

  for (guint i = 0; i < plans->len; i++)
    {
      HrpPlanInfo *info = g_ptr_array_index (plans, i);
      g_autofree char *name = g_strdup_printf (_("Fiscal Year %d"), info->fiscal_year);

      g_array_append_val (self->years, info->fiscal_year);
      gtk_string_list_append (names, name);
      if (info->fiscal_year == current)
        select = i;
    }

  self->filling_years = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->year_dropdown, plans->len > 0 ? select : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), plans->len > 0);
  self->filling_years = FALSE;

  if (plans->len == 0)
    {
      hrp_window_set_plan (self, NULL);
      return;
    }

  /* Load again: the stored plan may have been replaced. */
  if (self->plan != NULL && hrp_plan_get_fiscal_year (self->plan) == g_array_index (self->years, int, select))
    hrp_window_set_plan (self, NULL);
  year_selected_cb (self);
}

gboolean
hrp_window_set_fiscal_year (HrpWindow *self,
                            int        fiscal_year)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == fiscal_year)
      {
        gtk_drop_down_set_selected (self->year_dropdown, i);
        return hrp_window_get_fiscal_year (self) == fiscal_year;
      }

  return FALSE;
}

/* }}} */

/* Importing a file given on the command line {{{ */

typedef struct {
  HrpWindow *self;
  HrpPlan   *plan;
  char      *name;
  gboolean   replace;
} ImportOffer;

static void
import_offer_free (ImportOffer *offer)
{
  g_object_unref (offer->self);
  g_object_unref (offer->plan);
  g_free (offer->name);
  g_free (offer);
}

static void
import_response_cb (GtkDialog   *dialog,
                    int          response,
                    ImportOffer *offer)
{
  HrpWindow *self = offer->self;
  g_autoptr(GError) error = NULL;
  int year = hrp_plan_get_fiscal_year (offer->plan);

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (hrp_store_save_plan (self->store, offer->plan, offer->replace, &error))
        {
          hrp_window_reload (self);
          hrp_window_set_fiscal_year (self, year);
        }
      else
        {
          g_autofree char *primary = g_strdup_printf (_("Could not import “%s”"), offer->name);

          show_error (self, primary, error->message);
        }
    }

  import_offer_free (offer);
}

void
hrp_window_offer_import (HrpWindow *self,
                         GFile     *file)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean exists = FALSE;
  ImportOffer *offer;
  GtkWidget *dialog;
  GtkWidget *button;
  int year;

  g_return_if_fail (HRP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only files on this computer can be imported"));
    }
  else if ((bytes = hrp_cli_read_input (path, &error)) != NULL)
    {
      plan = hrp_xml_import (bytes, name, &error);
      if (plan != NULL)
        hrp_store_has_plan (self->store, hrp_plan_get_fiscal_year (plan), &exists, &error);
    }

  if (error != NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not import “%s”"), name);

      show_error (self, primary, error->message);
      return;
    }

  year = hrp_plan_get_fiscal_year (plan);
  offer = g_new0 (ImportOffer, 1);
  offer->self = g_object_ref (self);
  offer->plan = g_steal_pointer (&plan);
  offer->name = g_steal_pointer (&name);
  offer->replace = exists;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   exists ? _("Replace the Plan of Fiscal Year %d?")
                                          : _("Import the Plan of Fiscal Year %d?"),
                                   year);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            exists ? _("“%s” holds the plan “%s”. The plan of that year stored now will be replaced by it.")
                                                   : _("“%s” holds the plan “%s”."),
                                            offer->name, hrp_plan_get_title (offer->plan));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog),
                                  exists ? _("_Replace") : _("_Import"),
                                  GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, exists ? "destructive-action" : "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog),
                                   exists ? GTK_RESPONSE_CANCEL : GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* GObject {{{ */

static void
hrp_window_constructed (GObject *object)
{
  HrpWindow *self = HRP_WINDOW (object);

  G_OBJECT_CLASS (hrp_window_parent_class)->constructed (object);

  hrp_window_reload (self);
}

static void
hrp_window_dispose (GObject *object)
{
  HrpWindow *self = HRP_WINDOW (object);

  hrp_window_set_shown_item (self, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->outline_view != NULL)
    gtk_list_view_set_model (self->outline_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->outline);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (hrp_window_parent_class)->dispose (object);
}

static void
hrp_window_finalize (GObject *object)
{
  HrpWindow *self = HRP_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (hrp_window_parent_class)->finalize (object);
}

static void
hrp_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HrpWindow *self = HRP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_FISCAL_YEAR:
      g_value_set_int (value, hrp_window_get_fiscal_year (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HrpWindow *self = HRP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FISCAL_YEAR:
      hrp_window_set_fiscal_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_window_class_init (HrpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hrp_window_constructed;
  object_class->dispose = hrp_window_dispose;
  object_class->finalize = hrp_window_finalize;
  object_class->get_property = hrp_window_get_property;
  object_class->set_property = hrp_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HRP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         HRP_TYPE_PLAN,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_int ("fiscal-year", NULL, NULL,
                      0, HRP_FISCAL_YEAR_MAX, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource bundle links it in from the static library
   * (its constructor registers it). */
  g_assert (hrp_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, outline_view);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, details_box);
  gtk_widget_class_bind_template_child (widget_class, HrpWindow, empty_label);
}

static void
hrp_window_init (HrpWindow *self)
{
  GtkListItemFactory *factory;

  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Factory before model, or the rows stay empty. */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (outline_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (outline_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (outline_unbind_cb), self);
  gtk_list_view_set_factory (self->outline_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);
}

/* }}} */

HrpWindow *
hrp_window_new (HrpApplication *application,
                HrpStore       *store)
{
  return g_object_new (HRP_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

HrpStore *
hrp_window_get_store (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), NULL);
  return self->store;
}

HrpPlan *
hrp_window_get_plan (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), NULL);
  return self->plan;
}

int
hrp_window_get_fiscal_year (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), 0);
  return self->plan ? hrp_plan_get_fiscal_year (self->plan) : 0;
}
