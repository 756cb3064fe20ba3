/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-action-plan.c — the plan's activities as one table, as printed
 *
 * One GtkColumnView over a list of rows built from the plan: a heading,
 * the activities and a subtotal per policy, the total at the end.  The
 * activity rows use the shared activity cells, so they are edited as in
 * the activity table; the other rows show their own text in the name and
 * budget columns.  The total comes last, as printed: as listed, then, when
 * a project is listed under several policies, counted once.  Any change to the policies, their titles, activities,
 * names or budgets rebuilds the rows (in an idle), replacing only the
 * rows that changed so an edit elsewhere in the table is not disturbed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-action-plan.h"
#include "hrp-activity-cells.h"
#include "hrp-columns-layout.h"
#include "hrp-app-resources.h"
#include "hrp-take-string.h"
#include "hrp-thai.h"

/* Rows {{{ */

typedef enum {
  ROW_HEADING,
  ROW_ACTIVITY,
  ROW_SUBTOTAL,
  ROW_TOTAL,
  ROW_TOTAL_ONCE,
} RowKind;

static const char * const row_classes[] = {
  "plan-heading", "plan-activity", "plan-subtotal", "plan-total", "plan-total"
};

#define HRP_TYPE_PLAN_ROW (hrp_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (HrpPlanRow, hrp_plan_row, HRP, PLAN_ROW, GObject)

struct _HrpPlanRow
{
  GObject      parent_instance;

  RowKind      kind;
  HrpPolicy   *policy;
  HrpActivity *activity;
  char        *number;
  char        *label;
  char        *amount;
};

G_DEFINE_FINAL_TYPE (HrpPlanRow, hrp_plan_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_KIND,
  ROW_PROP_NUMBER,
  ROW_PROP_LABEL,
  ROW_PROP_AMOUNT,
  ROW_PROP_CSS_CLASS,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
hrp_plan_row_finalize (GObject *object)
{
  HrpPlanRow *self = HRP_PLAN_ROW (object);

  g_clear_object (&self->policy);
  g_clear_object (&self->activity);
  g_free (self->number);
  g_free (self->label);
  g_free (self->amount);

  G_OBJECT_CLASS (hrp_plan_row_parent_class)->finalize (object);
}

static void
hrp_plan_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HrpPlanRow *self = HRP_PLAN_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case ROW_PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case ROW_PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case ROW_PROP_AMOUNT:
      g_value_set_string (value, self->amount);
      break;
    case ROW_PROP_CSS_CLASS:
      g_value_set_string (value, row_classes[self->kind]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_plan_row_class_init (HrpPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hrp_plan_row_finalize;
  object_class->get_property = hrp_plan_row_get_property;

  row_properties[ROW_PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      ROW_HEADING, ROW_TOTAL_ONCE, ROW_HEADING,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  row_properties[ROW_PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  row_properties[ROW_PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  row_properties[ROW_PROP_AMOUNT] =
    g_param_spec_string ("amount", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  row_properties[ROW_PROP_CSS_CLASS] =
    g_param_spec_string ("css-class", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
hrp_plan_row_init (HrpPlanRow *self)
{
}

static HrpPlanRow *
plan_row_new (RowKind      kind,
              HrpPolicy   *policy,
              HrpActivity *activity)
{
  HrpPlanRow *self = g_object_new (HRP_TYPE_PLAN_ROW, NULL);

  self->kind = kind;
  g_set_object (&self->policy, policy);
  g_set_object (&self->activity, activity);

  return self;
}

/* Same place in the table: the same kind of row for the same objects. */
static gboolean
plan_row_same (HrpPlanRow *a,
               HrpPlanRow *b)
{
  return a->kind == b->kind && a->policy == b->policy && a->activity == b->activity;
}

/* Takes the texts of other. */
static void
plan_row_update (HrpPlanRow *self,
                 HrpPlanRow *other)
{
  hrp_take_string (G_OBJECT (self), &self->number, g_steal_pointer (&other->number), row_properties[ROW_PROP_NUMBER]);
  hrp_take_string (G_OBJECT (self), &self->label, g_steal_pointer (&other->label), row_properties[ROW_PROP_LABEL]);
  hrp_take_string (G_OBJECT (self), &self->amount, g_steal_pointer (&other->amount), row_properties[ROW_PROP_AMOUNT]);
}

static HrpActivity *
plan_row_get_activity (gpointer item)
{
  HrpPlanRow *row = item;

  return HRP_IS_PLAN_ROW (row) && row->kind == ROW_ACTIVITY ? row->activity : NULL;
}

/* }}} */

struct _HrpActionPlan
{
  GtkWidget         parent_instance;

  GtkWidget        *main_box;   /* the template's one child, laid out by HrpColumnsLayout */
  HrpDocument      *document;
  GListStore       *rows;             /* HrpPlanRow */
  GPtrArray        *watched;          /* GObject * */
  HrpActivityCells *cells;
  guint             refresh_id;
  gboolean          stale;        /* rows not built while unmapped */

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkColumnView    *column_view;
  GtkRevealer      *message_revealer;
  GtkLabel         *message_label;
};

G_DEFINE_FINAL_TYPE (HrpActionPlan, hrp_action_plan, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void hrp_action_plan_refresh (HrpActionPlan *self);

/* Messages {{{ */

static void
cells_message_cb (HrpActionPlan *self,
                  const char    *message)
{
  gtk_label_set_label (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void
message_close_cb (HrpActionPlan *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* A valid entry after a refused one: the message is done with. */
static void
cells_committed_cb (HrpActionPlan *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* }}} */

/* Building the rows {{{ */

static char *
amount_text (gint64   satang,
             gboolean any)
{
  return any ? hrp_money_format (satang, FALSE) : g_strdup ("-");
}

static gboolean
refresh_idle_cb (gpointer data)
{
  HrpActionPlan *self = data;

  self->refresh_id = 0;
  hrp_action_plan_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
plan_changed_cb (HrpActionPlan *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
unwatch (HrpActionPlan *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch (HrpActionPlan *self,
       gpointer       object,
       const char    *signal)
{
  g_signal_connect_swapped (object, signal, G_CALLBACK (plan_changed_cb), self);
  g_ptr_array_add (self->watched, g_object_ref (object));
}

/* The rows the plan gives now, watching what they are made of. */
static GPtrArray *
build_rows (HrpActionPlan *self,
            HrpPlan       *plan)
{
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_policies = g_list_model_get_n_items (policies);
  gboolean any_budget = FALSE;
  HrpPlanRow *row;
  gint64 listed, once;

  watch (self, policies, "items-changed");
  watch (self, self->document, "changed");

  for (guint p = 0; p < n_policies; p++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, p);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
      guint n_activities = g_list_model_get_n_items (activities);
      gboolean any = FALSE;
      gint64 subtotal = 0;

      watch (self, policy, "notify::title");
      watch (self, activities, "items-changed");

      row = plan_row_new (ROW_HEADING, policy, NULL);
      row->label = g_strdup_printf (_("Policy %u: %s"), p + 1, hrp_policy_get_title (policy));
      g_ptr_array_add (rows, row);

      for (guint a = 0; a < n_activities; a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);
          gint64 budget = hrp_activity_get_budget (activity);

          /* Names and budgets change through the document: its
           * "changed" signal stands for 20,000 handlers here. */

          row = plan_row_new (ROW_ACTIVITY, policy, activity);
          row->number = g_strdup_printf ("%u", a + 1);
          g_ptr_array_add (rows, row);

          if (budget != HRP_BUDGET_NONE)
            {
              subtotal += budget;
              any = TRUE;
            }
        }

      row = plan_row_new (ROW_SUBTOTAL, policy, NULL);
      row->label = g_strdup (_("Subtotal"));
      row->amount = amount_text (subtotal, any);
      g_ptr_array_add (rows, row);
      any_budget |= any;
    }

  /* The total as listed, then, as printed, with a project listed under
   * several policies counted once: each amount in the budget column, its
   * words in the name column (labelled as everywhere else). */
  listed = hrp_plan_total_budget (plan);
  once = hrp_plan_total_budget_once (plan);
  row = plan_row_new (ROW_TOTAL, NULL, NULL);
  row->label = g_strdup (hrp_plan_total_label ());
  row->amount = amount_text (listed, any_budget);
  g_ptr_array_add (rows, row);
  if (any_budget && once != listed)
    {
      row = plan_row_new (ROW_TOTAL_ONCE, NULL, NULL);
      row->label = g_strdup (hrp_plan_total_once_label ());
      row->amount = amount_text (once, TRUE);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static void
hrp_action_plan_refresh (HrpActionPlan *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  HrpPlan *plan = self->document != NULL ? hrp_document_get_plan (self->document) : NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_new, prefix = 0, suffix = 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  unwatch (self);

  /* Not shown: built when it is (a big plan's table costs time and
   * memory that a user who never opens it should not pay). */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  rows = plan != NULL ? build_rows (self, plan) : g_ptr_array_new_with_free_func (g_object_unref);
  n_new = rows->len;

  /* Keep the rows that did not move, with their widgets; take their new
   * texts.  Replace the ones in between. */
  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(HrpPlanRow) old = g_list_model_get_item (G_LIST_MODEL (self->rows), prefix);

      if (!plan_row_same (old, g_ptr_array_index (rows, prefix)))
        break;
      plan_row_update (old, g_ptr_array_index (rows, prefix));
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(HrpPlanRow) old = g_list_model_get_item (G_LIST_MODEL (self->rows), n_old - 1 - suffix);

      if (!plan_row_same (old, g_ptr_array_index (rows, n_new - 1 - suffix)))
        break;
      plan_row_update (old, g_ptr_array_index (rows, n_new - 1 - suffix));
      suffix++;
    }

  if (prefix + suffix < n_old || prefix + suffix < n_new)
    g_list_store_splice (self->rows, prefix, n_old - prefix - suffix,
                         rows->pdata + prefix, n_new - prefix - suffix);

  hrp_activity_cells_update_repeated (self->cells);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
hrp_action_plan_new (HrpDocument *document)
{
  g_return_val_if_fail (document == NULL || HRP_IS_DOCUMENT (document), NULL);

  return g_object_new (HRP_TYPE_ACTION_PLAN, "document", document, NULL);
}

HrpDocument *
hrp_action_plan_get_document (HrpActionPlan *self)
{
  g_return_val_if_fail (HRP_IS_ACTION_PLAN (self), NULL);

  return self->document;
}

void
hrp_action_plan_set_document (HrpActionPlan *self,
                              HrpDocument   *document)
{
  g_return_if_fail (HRP_IS_ACTION_PLAN (self));
  g_return_if_fail (document == NULL || HRP_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  /* Another plan: none of the rows stays. */
  g_list_store_remove_all (self->rows);
  hrp_activity_cells_set_document (self->cells, document);
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
  hrp_action_plan_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* }}} */

/* GObject {{{ */

static void
hrp_action_plan_map (GtkWidget *widget)
{
  HrpActionPlan *self = HRP_ACTION_PLAN (widget);

  GTK_WIDGET_CLASS (hrp_action_plan_parent_class)->map (widget);

  if (self->stale)
    hrp_action_plan_refresh (self);
}

static void
hrp_action_plan_dispose (GObject *object)
{
  HrpActionPlan *self = HRP_ACTION_PLAN (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  unwatch (self);
  if (self->cells != NULL)
    g_signal_handlers_disconnect_by_data (self->cells, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_ACTION_PLAN);

  g_clear_object (&self->cells);
  g_clear_object (&self->rows);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hrp_action_plan_parent_class)->dispose (object);
}

static void
hrp_action_plan_finalize (GObject *object)
{
  HrpActionPlan *self = HRP_ACTION_PLAN (object);

  g_ptr_array_unref (self->watched);

  G_OBJECT_CLASS (hrp_action_plan_parent_class)->finalize (object);
}

static void
hrp_action_plan_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HrpActionPlan *self = HRP_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_action_plan_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HrpActionPlan *self = HRP_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hrp_action_plan_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_action_plan_class_init (HrpActionPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_action_plan_dispose;
  widget_class->map = hrp_action_plan_map;
  object_class->finalize = hrp_action_plan_finalize;
  object_class->get_property = hrp_action_plan_get_property;
  object_class->set_property = hrp_action_plan_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HRP_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource bundle links it in from the static library;
   * the number column's template looks up HrpPlanRow by name. */
  g_assert (hrp_app_get_resource () != NULL);
  g_type_ensure (HRP_TYPE_PLAN_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-action-plan.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpActionPlan, main_box);
  gtk_widget_class_bind_template_child (widget_class, HrpActionPlan, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HrpActionPlan, column_view);
  gtk_widget_class_bind_template_child (widget_class, HrpActionPlan, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, HrpActionPlan, message_label);
  gtk_widget_class_bind_template_callback (widget_class, message_close_cb);

  gtk_widget_class_set_css_name (widget_class, "actionplan");
}

static void
hrp_action_plan_init (HrpActionPlan *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_list_store_new (HRP_TYPE_PLAN_ROW);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The name column fits the width before the rows are measured. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), hrp_columns_layout_new (self->column_view, self->scrolled_window));

  self->cells = hrp_activity_cells_new (NULL, plan_row_get_activity);
  hrp_activity_cells_set_other_property (self->cells, HRP_ACTIVITY_CELL_NAME, "label");
  hrp_activity_cells_set_other_property (self->cells, HRP_ACTIVITY_CELL_BUDGET, "amount");
  hrp_activity_cells_set_show_repeated (self->cells, TRUE);
  g_signal_connect_swapped (self->cells, "message", G_CALLBACK (cells_message_cb), self);
  g_signal_connect_swapped (self->cells, "committed", G_CALLBACK (cells_committed_cb), self);

  /* Columns (their factories) before the model, or the cells stay empty;
   * the number column is the template's. */
  hrp_activity_cells_append_columns (self->cells, self->column_view);

  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/* }}} */
