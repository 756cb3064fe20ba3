/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-compare-window.c — what changed between two plans of the library
 *
 * The changes of hrp_plan_compare() as lines (added, removed, changed,
 * moved), then the budget of each policy before and after.  Another year
 * is chosen in the header bar; the same comparison exports as a short
 * PDF document.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-a11y.h"
#include "hrp-compare-window.h"
#include "hrp-compare.h"
#include "hrp-field.h"
#include "hrp-file.h"
#include "hrp-message.h"
#include "hrp-report.h"
#include "hrp-thai.h"
#include "hrp-year-widgets.h"

struct _HrpCompareWindow
{
  GtkWindow     parent_instance;

  HrpLibrary   *library;
  HrpPlan      *plan;
  HrpPlan      *other;
  GArray       *years;     /* int, as in year_dropdown */
  GPtrArray    *lines;     /* char *, as shown */
  gboolean      filling;

  GtkDropDown  *year_dropdown;
  GtkLabel     *summary_label;
  GtkListBox   *changes_list;
  GtkGrid      *budget_grid;
  GtkWidget    *export_button;
};

G_DEFINE_FINAL_TYPE (HrpCompareWindow, hrp_compare_window, GTK_TYPE_WINDOW)

static GtkWidget *
line_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
money (gint64 satang)
{
  return satang == 0 ? g_strdup ("-") : hrp_money_format (satang, FALSE);
}

/* A row of the budget table: name, the amounts before and after, and
 * the difference; a policy's in the budget style, a total as a heading. */
static void
add_budget_row (HrpCompareWindow *self,
                int               row,
                const char       *name,
                gint64            before,
                gint64            after,
                gboolean          policy)
{
  g_autofree char *b_text = money (before);
  g_autofree char *a_text = money (after);
  g_autofree char *d_text = NULL;
  const char *texts[3];
  GtkWidget *label;

  if (after == before)
    d_text = g_strdup ("0");
  else
    {
      g_autofree char *amount = hrp_money_format (ABS (after - before), FALSE);

      d_text = g_strconcat (after > before ? "+" : "−", amount, NULL);
    }
  label = line_label (name, policy ? NULL : "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (self->budget_grid, label, 0, row, 1, 1);
  texts[0] = b_text;
  texts[1] = a_text;
  texts[2] = d_text;
  for (guint c = 0; c < 3; c++)
    {
      label = line_label (texts[c], policy ? "budget" : "heading");
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_grid_attach (self->budget_grid, label, 1 + c, row, 1, 1);
    }
}

static void
show_comparison (HrpCompareWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) budgets = NULL;
  GtkWidget *child;
  gint64 before = 0, after = 0;
  int row = 0;

  g_ptr_array_set_size (self->lines, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->budget_grid))) != NULL)
    gtk_grid_remove (self->budget_grid, child);

  gtk_widget_set_sensitive (self->export_button, self->other != NULL);
  if (self->other == NULL)
    {
      gtk_label_set_label (self->summary_label, _("No other plan is stored to compare with."));
      gtk_widget_set_visible (GTK_WIDGET (self->changes_list), FALSE);
      return;
    }

  changes = hrp_plan_compare (self->other, self->plan);
  for (guint i = 0; i < changes->len; i++)
    {
      char *line = hrp_change_describe (g_ptr_array_index (changes, i), HRP_LANGUAGE_UI, NULL, NULL);

      g_ptr_array_add (self->lines, line);
      gtk_list_box_append (self->changes_list, line_label (line, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->changes_list), changes->len > 0);
  {
    g_autofree char *summary = changes->len == 0
      ? g_strdup_printf (_("Nothing changed since fiscal year %d."), hrp_plan_get_fiscal_year (self->other))
      : g_strdup_printf (ngettext ("%u change since fiscal year %d", "%u changes since fiscal year %d",
                                   changes->len),
                         changes->len, hrp_plan_get_fiscal_year (self->other));

    gtk_label_set_label (self->summary_label, summary);
  }

  /* Budget by policy: before, after, the difference. */
  budgets = hrp_plan_compare_budgets (self->other, self->plan);
  {
    g_autofree char *y1 = g_strdup_printf ("%d", hrp_plan_get_fiscal_year (self->other));
    g_autofree char *y2 = g_strdup_printf ("%d", hrp_plan_get_fiscal_year (self->plan));

    gtk_grid_attach (self->budget_grid, line_label (_("Policy"), "heading"), 0, row, 1, 1);
    gtk_grid_attach (self->budget_grid, line_label (y1, "heading"), 1, row, 1, 1);
    gtk_grid_attach (self->budget_grid, line_label (y2, "heading"), 2, row, 1, 1);
    gtk_grid_attach (self->budget_grid, line_label (_("Difference"), "heading"), 3, row, 1, 1);
    row++;
  }
  for (guint i = 0; i <= budgets->len; i++)
    {
      HrpBudgetDelta *delta = i < budgets->len ? g_ptr_array_index (budgets, i) : NULL;
      gint64 b = delta ? delta->before : before;
      gint64 a = delta ? delta->after : after;
      add_budget_row (self, row, delta ? delta->policy : hrp_plan_total_label (), b, a, delta != NULL);
      row++;
      if (delta != NULL)
        {
          before += delta->before;
          after += delta->after;
        }
    }

  /* The total counted once, labelled as in the action plan, when a
   * project listed under several policies makes it differ. */
  {
    gint64 b = hrp_plan_total_budget_once (self->other);
    gint64 a = hrp_plan_total_budget_once (self->plan);

    if (b != hrp_plan_total_budget (self->other) || a != hrp_plan_total_budget (self->plan))
      add_budget_row (self, row, hrp_plan_total_once_label (), b, a, FALSE);
  }
}

gboolean
hrp_compare_window_set_other_year (HrpCompareWindow *self,
                                   int               year)
{
  g_autoptr(HrpPlan) other = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HRP_IS_COMPARE_WINDOW (self), FALSE);

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      {
        other = hrp_library_load (self->library, year, &error);
        if (other == NULL)
          {
            hrp_show_error (GTK_WIDGET (self), _("Could not open the plan to compare with"), error->message);
            return FALSE;
          }
        g_set_object (&self->other, other);
        self->filling = TRUE;
        gtk_drop_down_set_selected (self->year_dropdown, i);
        self->filling = FALSE;
        show_comparison (self);
        return TRUE;
      }

  return FALSE;
}

int
hrp_compare_window_get_other_year (HrpCompareWindow *self)
{
  g_return_val_if_fail (HRP_IS_COMPARE_WINDOW (self), 0);
  return self->other ? hrp_plan_get_fiscal_year (self->other) : 0;
}

guint
hrp_compare_window_get_n_changes (HrpCompareWindow *self)
{
  g_return_val_if_fail (HRP_IS_COMPARE_WINDOW (self), 0);
  return self->lines->len;
}

const char *
hrp_compare_window_get_change (HrpCompareWindow *self,
                               guint             i)
{
  g_return_val_if_fail (HRP_IS_COMPARE_WINDOW (self), NULL);
  g_return_val_if_fail (i < self->lines->len, NULL);
  return g_ptr_array_index (self->lines, i);
}

gboolean
hrp_compare_window_export_pdf (HrpCompareWindow  *self,
                               GFile             *file,
                               GError           **error)
{
  g_autoptr(HrpReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HRP_IS_COMPARE_WINDOW (self), FALSE);

  if (self->other == NULL)
    return TRUE;
  report = hrp_report_new_comparison (self->other, self->plan, NULL);
  bytes = hrp_report_to_pdf (report, NULL, error);
  return bytes != NULL
         && hrp_file_replace (file, bytes, NULL, error);
}

static void
export_response_cb (GtkNativeDialog  *chooser,
                    int               response,
                    HrpCompareWindow *self)
{
  g_autoptr(GFile) file = hrp_chooser_get_chosen (chooser, response);
  g_autoptr(GError) error = NULL;

  if (file != NULL && !hrp_compare_window_export_pdf (self, file, &error))
    hrp_show_error (GTK_WIDGET (self), _("Could not export the comparison"), error->message);
  g_object_unref (chooser);
}

static void
export_clicked_cb (HrpCompareWindow *self)
{
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->other == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (_("Export the Comparison as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("compare-%d-%d.pdf", hrp_plan_get_fiscal_year (self->other),
                          hrp_plan_get_fiscal_year (self->plan));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
year_selected_cb (HrpCompareWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (!self->filling && selected < self->years->len)
    hrp_compare_window_set_other_year (self, g_array_index (self->years, int, selected));
}

static void
hrp_compare_window_dispose (GObject *object)
{
  HrpCompareWindow *self = HRP_COMPARE_WINDOW (object);

  g_clear_object (&self->other);
  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_COMPARE_WINDOW);

  G_OBJECT_CLASS (hrp_compare_window_parent_class)->dispose (object);
}

static void
hrp_compare_window_class_init (HrpCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_compare_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpCompareWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrpCompareWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HrpCompareWindow, changes_list);
  gtk_widget_class_bind_template_child (widget_class, HrpCompareWindow, budget_grid);
  gtk_widget_class_bind_template_child (widget_class, HrpCompareWindow, export_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hrp_compare_window_init (HrpCompareWindow *self)
{
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->lines = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
  hrp_a11y_name_drop_down (self->year_dropdown, _("Compared with"));
  g_signal_connect_swapped (self->year_dropdown, "notify::selected",
                            G_CALLBACK (year_selected_cb), self);
}

static char *
other_year_name (int year)
{
  return g_strdup_printf (_("Compared with fiscal year %d"), year);
}

HrpCompareWindow *
hrp_compare_window_new (GtkWindow *parent,
                        HrpLibrary *library,
                        HrpPlan   *plan)
{
  HrpCompareWindow *self;
  GListModel *plans = hrp_library_get_plans (library);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  int year, previous = 0, older = 0, any = 0, chosen;

  g_return_val_if_fail (HRP_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  self = g_object_new (HRP_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  self->library = g_object_ref (library);
  self->plan = g_object_ref (plan);
  year = hrp_plan_get_fiscal_year (plan);

  hrp_year_list_append (self->years, names, plans, year, other_year_name);
  for (guint i = 0; i < self->years->len; i++)
    {
      int other = g_array_index (self->years, int, i);

      if (other == year - 1)
        previous = other;
      if (other < year && other > older)
        older = other;
      if (any == 0)
        any = other;
    }
  /* The year before, else the newest older one, else the newest. */
  chosen = previous != 0 ? previous : older != 0 ? older : any;
  self->filling = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (names));
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), self->years->len > 0);

  if (chosen == 0 || !hrp_compare_window_set_other_year (self, chosen))
    show_comparison (self);

  return self;
}
