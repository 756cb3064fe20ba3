/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-new-plan-dialog.c — New Plan (Ctrl+N) */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-a11y.h"
#include "hrp-library.h"
#include "hrp-new-plan-dialog.h"
#include "hrp-year-widgets.h"

struct _HrpNewPlanDialog
{
  GtkWindow      parent_instance;

  GtkSpinButton *year_spin;
  GtkLabel      *year_error;
  GtkDropDown   *source_dropdown;
  GtkWidget     *create_button;

  GArray        *source_years;   /* int, as in source_dropdown; [0] = 0, empty */
};

G_DEFINE_FINAL_TYPE (HrpNewPlanDialog, hrp_new_plan_dialog, GTK_TYPE_WINDOW)

enum {
  CREATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
create_clicked_cb (HrpNewPlanDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  gtk_spin_button_update (self->year_spin);
  /* Not a fiscal year (a Christian Era year, typed by habit): said here,
   * with the year meant, and the year to be typed again. */
  if (!hrp_library_check_year (hrp_new_plan_dialog_get_year (self), &error))
    {
      gtk_label_set_label (self->year_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->year_error), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->year_spin));
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->year_error), FALSE);

  g_signal_emit (self, signals[CREATE], 0,
                 hrp_new_plan_dialog_get_year (self), hrp_new_plan_dialog_get_copy_of (self), &done);
  if (done)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
hrp_new_plan_dialog_finalize (GObject *object)
{
  HrpNewPlanDialog *self = HRP_NEW_PLAN_DIALOG (object);

  g_array_unref (self->source_years);
  G_OBJECT_CLASS (hrp_new_plan_dialog_parent_class)->finalize (object);
}

static void
hrp_new_plan_dialog_class_init (HrpNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hrp_new_plan_dialog_finalize;

  signals[CREATE] = g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, g_signal_accumulator_first_wins, NULL, NULL,
                                  G_TYPE_BOOLEAN, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpNewPlanDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, HrpNewPlanDialog, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrpNewPlanDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, HrpNewPlanDialog, year_error);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hrp_new_plan_dialog_init (HrpNewPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
  hrp_a11y_name_drop_down (self->source_dropdown, _("Start from"));
  self->source_years = g_array_new (FALSE, FALSE, sizeof (int));
  /* Enter in the year creates, as Create does. */
  hrp_year_spin_set_default (self->year_spin, GTK_WINDOW (self), self->create_button,
                             G_CALLBACK (create_clicked_cb));
}

static char *
source_name (int year)
{
  return g_strdup_printf (_("A copy of the plan of fiscal year %d"), year);
}

HrpNewPlanDialog *
hrp_new_plan_dialog_new (GtkWindow  *parent,
                         GListModel *plans,
                         int         year)
{
  HrpNewPlanDialog *self;
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);
  int zero = 0;

  self = g_object_new (HRP_TYPE_NEW_PLAN_DIALOG, "transient-for", parent, NULL);
  g_array_append_val (self->source_years, zero);
  gtk_string_list_append (sources, _("An empty plan"));
  hrp_year_list_append (self->source_years, sources, plans, 0, source_name);
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
  /* Copying last year's plan is what most users do. */
  gtk_drop_down_set_selected (self->source_dropdown, self->source_years->len > 1 ? 1 : 0);
  gtk_spin_button_set_value (self->year_spin, year);
  return self;
}

int
hrp_new_plan_dialog_get_year (HrpNewPlanDialog *self)
{
  g_return_val_if_fail (HRP_IS_NEW_PLAN_DIALOG (self), 0);
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

int
hrp_new_plan_dialog_get_copy_of (HrpNewPlanDialog *self)
{
  guint selected;

  g_return_val_if_fail (HRP_IS_NEW_PLAN_DIALOG (self), 0);

  selected = gtk_drop_down_get_selected (self->source_dropdown);
  return selected < self->source_years->len ? g_array_index (self->source_years, int, selected) : 0;
}
