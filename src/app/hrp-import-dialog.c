/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-import-dialog.c — what a plan file holds, and how to import it
 *
 * Nothing is written until Import: the dialog shows the file's
 * organization, year, counts and total budget, lets the user import it as
 * it was or as the start of another fiscal year (the year in its title
 * follows), and never replaces a stored plan without being told to.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-a11y.h"
#include "hrp-import-dialog.h"
#include "hrp-thai.h"
#include "hrp-year-widgets.h"

struct _HrpImportDialog
{
  GtkWindow        parent_instance;

  HrpLibrary      *library;
  HrpPlan         *plan;

  GtkLabel        *file_label;
  GtkLabel        *title_label;
  GtkGrid         *summary_grid;
  GtkWidget       *report_box;
  GtkLabel        *notices_label;
  GtkExpander     *unplaced_expander;
  GtkLabel        *unplaced_label;
  GtkCheckButton  *as_was_check;
  GtkCheckButton  *as_next_check;
  GtkSpinButton   *year_spin;
  GtkLabel        *title_note;
  GtkWidget       *conflict_box;
  GtkLabel        *conflict_label;
  GtkCheckButton  *replace_check;
  GtkWidget       *import_button;
};

G_DEFINE_FINAL_TYPE (HrpImportDialog, hrp_import_dialog, GTK_TYPE_WINDOW)

enum {
  IMPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

int
hrp_current_fiscal_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* Fiscal year 2569 runs from 1 October 2568 (2025) to 30 September. */
  return g_date_time_get_year (now) + 543 + (g_date_time_get_month (now) >= 10 ? 1 : 0);
}

int
hrp_import_dialog_get_year (HrpImportDialog *self)
{
  g_return_val_if_fail (HRP_IS_IMPORT_DIALOG (self), 0);

  if (gtk_check_button_get_active (self->as_next_check))
    return gtk_spin_button_get_value_as_int (self->year_spin);
  return hrp_plan_get_fiscal_year (self->plan);
}

gboolean
hrp_import_dialog_get_conflict (HrpImportDialog *self)
{
  g_return_val_if_fail (HRP_IS_IMPORT_DIALOG (self), FALSE);

  return hrp_library_has_plan (self->library, hrp_import_dialog_get_year (self));
}

/* As the start of another year, the title's year follows: say how it
 * will read. */
static void
update_title_note (HrpImportDialog *self)
{
  int year = hrp_import_dialog_get_year (self);
  g_autoptr(HrpPlan) rolled = NULL;
  g_autofree char *note = NULL;

  if (year == hrp_plan_get_fiscal_year (self->plan) || !hrp_library_check_year (year, NULL))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->title_note), FALSE);
      return;
    }
  rolled = hrp_plan_copy (self->plan);
  hrp_plan_roll_over (rolled, year);
  if (g_strcmp0 (hrp_plan_get_title (rolled), hrp_plan_get_title (self->plan)) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->title_note), FALSE);
      return;
    }
  /* TRANSLATORS: %d is the fiscal year, %s the plan's title with it */
  note = g_strdup_printf (_("The title's year becomes %d: “%s”"), year, hrp_plan_get_title (rolled));
  gtk_label_set_label (self->title_note, note);
  gtk_widget_set_visible (GTK_WIDGET (self->title_note), TRUE);
}

static void
update (HrpImportDialog *self)
{
  gboolean conflict = hrp_import_dialog_get_conflict (self);

  update_title_note (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->year_spin), gtk_check_button_get_active (self->as_next_check));
  gtk_widget_set_visible (self->conflict_box, conflict);
  if (conflict)
    {
      g_autofree char *text =
        g_strdup_printf (_("A plan of fiscal year %d is stored already. Choose another year, or replace it."),
                         hrp_import_dialog_get_year (self));

      gtk_label_set_label (self->conflict_label, text);
    }
  gtk_widget_set_sensitive (self->import_button,
                            !conflict || gtk_check_button_get_active (self->replace_check));
}

static void
changed_cb (HrpImportDialog *self)
{
  update (self);
}

void
hrp_import_dialog_set_as_next (HrpImportDialog *self,
                               gboolean         as_next,
                               int              year)
{
  g_return_if_fail (HRP_IS_IMPORT_DIALOG (self));

  if (year != 0)
    gtk_spin_button_set_value (self->year_spin, year);
  gtk_check_button_set_active (as_next ? self->as_next_check : self->as_was_check, TRUE);
  update (self);
}

void
hrp_import_dialog_set_replace (HrpImportDialog *self,
                               gboolean         replace)
{
  g_return_if_fail (HRP_IS_IMPORT_DIALOG (self));

  gtk_check_button_set_active (self->replace_check, replace);
  update (self);
}

gboolean
hrp_import_dialog_accept (HrpImportDialog *self)
{
  g_autoptr(HrpPlan) plan = NULL;
  int year;
  gboolean conflict;

  g_return_val_if_fail (HRP_IS_IMPORT_DIALOG (self), FALSE);

  conflict = hrp_import_dialog_get_conflict (self);
  if (conflict && !gtk_check_button_get_active (self->replace_check))
    return FALSE;

  year = hrp_import_dialog_get_year (self);
  plan = hrp_plan_copy (self->plan);
  if (year != hrp_plan_get_fiscal_year (plan))
    hrp_plan_roll_over (plan, year);

  g_object_ref (self);
  g_signal_emit (self, signals[IMPORT], 0, plan, conflict);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
  return TRUE;
}

static void
import_clicked_cb (HrpImportDialog *self)
{
  hrp_import_dialog_accept (self);
}

static void
add_row (HrpImportDialog *self,
         int              row,
         const char      *name,
         const char      *value)
{
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *text = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  /* Copied with the mouse; not a stop of the focus, which would select
   * its whole text as the dialog opens. */
  gtk_widget_set_focusable (text, FALSE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (self->summary_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->summary_grid, text, 1, row, 1, 1);
}

static void
fill (HrpImportDialog *self,
      const char      *name)
{
  HrpPlan *plan = self->plan;
  int year = hrp_plan_get_fiscal_year (plan);
  int next = year + 1;
  g_autofree char *file = g_strdup_printf (_("File: %s"), name);
  g_autofree char *organization = g_strjoin (" ", hrp_plan_get_org_name (plan),
                                             hrp_plan_get_org_district (plan),
                                             hrp_plan_get_org_province (plan), NULL);
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  g_autofree char *counts = g_strdup_printf (_("%u missions, %u strategies, %u HR policies, %u activities"),
                                             g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_missions (plan))),
                                             g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_strategies (plan))),
                                             g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_policies (plan))),
                                             hrp_plan_count_activities (plan));
  /* Both totals, worded as in the action plan and What Changed. */
  g_autofree char *total_text = hrp_plan_format_total (plan);
  g_autofree char *as_was = g_strdup_printf (_("As it was: fiscal year %d"), year);

  gtk_label_set_label (self->file_label, file);
  gtk_label_set_label (self->title_label, hrp_plan_get_title (plan));
  add_row (self, 0, _("Organization"), g_strstrip (organization));
  add_row (self, 1, _("Fiscal year"), year_text);
  add_row (self, 2, _("Contents"), counts);
  add_row (self, 3, _("Budget (baht)"), total_text);

  gtk_check_button_set_label (self->as_was_check, as_was);
  gtk_spin_button_set_range (self->year_spin, HRP_FISCAL_YEAR_MIN, HRP_FISCAL_YEAR_MAX);
  gtk_spin_button_set_increments (self->year_spin, 1, 10);
  gtk_spin_button_set_value (self->year_spin, next);
  /* Last year's plan is this year's starting point. */
  gtk_check_button_set_active (year < hrp_current_fiscal_year () ? self->as_next_check
                                                                 : self->as_was_check, TRUE);
  update (self);
}

void
hrp_import_dialog_set_report (HrpImportDialog       *self,
                              const HrpImportReport *report)
{
  g_autoptr(GString) notices = g_string_new (NULL);
  g_autoptr(GString) unplaced = g_string_new (NULL);

  g_return_if_fail (HRP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (report != NULL);

  for (guint i = 0; report->notices != NULL && i < report->notices->len; i++)
    {
      if (notices->len > 0)
        g_string_append_c (notices, '\n');
      g_string_append (notices, g_ptr_array_index (report->notices, i));
    }
  if (report->n_repairs > 0)
    {
      if (notices->len > 0)
        g_string_append_c (notices, '\n');
      g_string_append_printf (notices, ngettext ("Broken Thai was repaired in %u place.",
                                                 "Broken Thai was repaired in %u places.",
                                                 report->n_repairs),
                              report->n_repairs);
    }
  if (report->n_removed_controls > 0)
    {
      if (notices->len > 0)
        g_string_append_c (notices, '\n');
      g_string_append_printf (notices,
                              ngettext ("%u control character was removed from the texts.",
                                        "%u control characters were removed from the texts.",
                                        report->n_removed_controls),
                              report->n_removed_controls);
    }

  /* What no part of the plan took, where the document has it: nothing
   * is dropped without the user seeing it. */
  for (guint i = 0; report->unplaced != NULL && i < report->unplaced->len; i++)
    {
      const HrpSourceLine *line = g_ptr_array_index (report->unplaced, i);
      g_autofree char *where = NULL;

      if (line->page > 0)
        where = g_strdup_printf (_("Page %u"), line->page);
      else
        where = g_strdup_printf (_("Line %u"), line->number);
      if (unplaced->len > 0)
        g_string_append_c (unplaced, '\n');
      g_string_append_printf (unplaced, "%s: %s", where, line->text);
    }

  gtk_label_set_label (self->notices_label, notices->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notices_label), notices->len > 0);
  gtk_label_set_label (self->unplaced_label, unplaced->str);
  if (report->unplaced != NULL && report->unplaced->len > 0)
    {
      g_autofree char *label = g_strdup_printf (ngettext ("%u passage could not be placed in the plan",
                                                          "%u passages could not be placed in the plan",
                                                          report->unplaced->len),
                                                report->unplaced->len);

      gtk_expander_set_label (self->unplaced_expander, label);
      gtk_widget_set_visible (GTK_WIDGET (self->unplaced_expander), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->unplaced_expander), FALSE);
  gtk_widget_set_visible (self->report_box,
                          gtk_widget_get_visible (GTK_WIDGET (self->notices_label))
                          || gtk_widget_get_visible (GTK_WIDGET (self->unplaced_expander)));
}

static void
hrp_import_dialog_dispose (GObject *object)
{
  HrpImportDialog *self = HRP_IMPORT_DIALOG (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (hrp_import_dialog_parent_class)->dispose (object);
}

static void
hrp_import_dialog_class_init (HrpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_import_dialog_dispose;

  /* ::import (plan, replace) */
  signals[IMPORT] = g_signal_new ("import",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, HRP_TYPE_PLAN, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, report_box);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, notices_label);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, unplaced_expander);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, unplaced_label);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, as_was_check);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, as_next_check);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, title_note);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, conflict_box);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, conflict_label);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, replace_check);
  gtk_widget_class_bind_template_child (widget_class, HrpImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hrp_import_dialog_init (HrpImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));

  g_signal_connect_swapped (self->as_next_check, "toggled", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->replace_check, "toggled", G_CALLBACK (changed_cb), self);

  /* Enter imports, from the year too. */
  hrp_year_spin_set_default (self->year_spin, GTK_WINDOW (self), self->import_button,
                             G_CALLBACK (import_clicked_cb));
}


HrpImportDialog *
hrp_import_dialog_new (GtkWindow  *parent,
                       HrpLibrary *library,
                       HrpPlan    *plan,
                       const char *name)
{
  HrpImportDialog *self;

  g_return_val_if_fail (HRP_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  self = g_object_new (HRP_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->library = g_object_ref (library);
  self->plan = g_object_ref (plan);
  fill (self, name);

  return self;
}
