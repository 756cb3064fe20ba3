/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-check-window.c — Check Plan
 *
 * The problems of hrp_plan_check (), one a line, shown again whenever
 * the document changes.  Activating a line selects its node in the main
 * window's tree.  Last year's number left behind by a roll-over is
 * offered as one replacement, each text with a tick box, applied as one
 * undo step (hrp_check_replace_years ()).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-a11y.h"
#include "hrp-check-window.h"
#include "hrp-check.h"
#include "hrp-message.h"

struct _HrpCheckWindow
{
  GtkWindow     parent_instance;

  HrpWindow    *main_window;   /* weak: the transient parent */
  HrpDocument  *document;
  GPtrArray    *problems;      /* of HrpProblem */
  GPtrArray    *fixes;         /* HrpProblem of problems, LAST_YEAR */
  GPtrArray    *ticks;         /* GtkCheckButton, one a fix */

  GtkLabel     *summary_label;
  GtkWidget    *years_box;
  GtkLabel     *years_label;
  GtkListBox   *years_list;
  GtkWidget    *replace_button;
  GtkListBox   *problems_list;
};

G_DEFINE_FINAL_TYPE (HrpCheckWindow, hrp_check_window, GTK_TYPE_WINDOW)

static GtkWidget *
line_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 5);
  gtk_widget_set_margin_bottom (label, 5);
  return label;
}

static void
update_replace_button (HrpCheckWindow *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->ticks->len; i++)
    any |= gtk_check_button_get_active (g_ptr_array_index (self->ticks, i));
  gtk_widget_set_sensitive (self->replace_button, any && !hrp_document_is_read_only (self->document));
}

static void
show_problems (HrpCheckWindow *self)
{
  HrpPlan *plan = hrp_document_get_plan (self->document);
  int year = hrp_plan_get_fiscal_year (plan);
  GtkWidget *child;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_ptr_array_set_size (self->fixes, 0);
  g_ptr_array_set_size (self->ticks, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->years_list))) != NULL)
    gtk_list_box_remove (self->years_list, child);

  self->problems = hrp_plan_check (plan);
  for (guint i = 0; i < self->problems->len; i++)
    {
      HrpProblem *problem = g_ptr_array_index (self->problems, i);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line_label (problem->line));
      gtk_widget_set_tooltip_text (row, _("Show it in the plan"));
      gtk_list_box_append (self->problems_list, row);

      if (problem->kind == HRP_PROBLEM_LAST_YEAR)
        {
          /* TRANSLATORS: where a text is ("Policy 4 › activity 1"), the
           * text as it will read */
          g_autofree char *label = g_strdup_printf (_("%s: “%s”"), problem->place, problem->replacement);
          GtkWidget *tick = gtk_check_button_new_with_label (label);
          GtkWidget *label_widget = gtk_widget_get_last_child (tick);

          /* Two lines at most, the whole text in the tooltip: the list
           * stays compact. */
          if (GTK_IS_LABEL (label_widget))
            {
              gtk_label_set_wrap (GTK_LABEL (label_widget), TRUE);
              gtk_label_set_wrap_mode (GTK_LABEL (label_widget), PANGO_WRAP_WORD_CHAR);
              gtk_label_set_lines (GTK_LABEL (label_widget), 2);
              gtk_label_set_ellipsize (GTK_LABEL (label_widget), PANGO_ELLIPSIZE_END);
              /* Measured at about the list's width, not on one line: the
               * list's scrolled height counts both lines. */
              gtk_label_set_max_width_chars (GTK_LABEL (label_widget), 70);
            }
          gtk_widget_set_tooltip_text (tick, label);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (tick), TRUE);
          gtk_widget_set_margin_start (tick, 6);
          gtk_widget_set_margin_end (tick, 6);
          g_signal_connect_swapped (tick, "toggled", G_CALLBACK (update_replace_button), self);
          gtk_list_box_append (self->years_list, tick);
          g_ptr_array_add (self->fixes, problem);
          g_ptr_array_add (self->ticks, tick);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), self->problems->len > 0);

  if (self->problems->len == 0)
    gtk_label_set_label (self->summary_label, _("No problems: the plan is ready to print."));
  else
    {
      g_autofree char *summary = g_strdup_printf (ngettext ("%u problem in the plan of fiscal year %d",
                                                            "%u problems in the plan of fiscal year %d",
                                                            self->problems->len),
                                                  self->problems->len, year);

      gtk_label_set_label (self->summary_label, summary);
    }

  gtk_widget_set_visible (self->years_box, self->fixes->len > 0);
  if (self->fixes->len > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Last year’s number, %d, is still in these texts:"), year - 1);
      /* TRANSLATORS: last year's number, this year's */
      g_autofree char *button = g_strdup_printf (_("_Replace %d with %d"), year - 1, year);

      gtk_label_set_label (self->years_label, heading);
      gtk_button_set_label (GTK_BUTTON (self->replace_button), button);
      hrp_a11y_name_mnemonic_buttons (self->replace_button);
      update_replace_button (self);
    }
}

static void
replace_clicked_cb (HrpCheckWindow *self)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->fixes->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->ticks, i)))
      g_ptr_array_add (chosen, g_ptr_array_index (self->fixes, i));
  if (chosen->len == 0)
    return;

  /* The document's "changed" shows the problems again. */
  if (hrp_check_replace_years (self->document, chosen, &error) < 0)
    hrp_show_error (GTK_WIDGET (self), _("The change could not be saved"), error->message);
}

static void
problem_activated_cb (HrpCheckWindow *self,
                      GtkListBoxRow  *row)
{
  int index = gtk_list_box_row_get_index (row);
  HrpProblem *problem;

  if (self->main_window == NULL || index < 0 || (guint) index >= self->problems->len
      || hrp_window_get_document (self->main_window) != self->document)
    return;

  problem = g_ptr_array_index (self->problems, index);
  /* The plan's own fields are in Plan Details, but for its vision. */
  if (HRP_IS_PLAN (problem->node) && g_strcmp0 (problem->property, "vision") != 0)
    hrp_window_show_details (self->main_window);
  else
    hrp_window_select_item (self->main_window, problem->node);
}

static void
hrp_check_window_dispose (GObject *object)
{
  HrpCheckWindow *self = HRP_CHECK_WINDOW (object);

  g_clear_weak_pointer (&self->main_window);
  g_clear_object (&self->document);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->fixes, g_ptr_array_unref);
  g_clear_pointer (&self->ticks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HRP_TYPE_CHECK_WINDOW);

  G_OBJECT_CLASS (hrp_check_window_parent_class)->dispose (object);
}

static void
hrp_check_window_class_init (HrpCheckWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hrp_check_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-check-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpCheckWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HrpCheckWindow, years_box);
  gtk_widget_class_bind_template_child (widget_class, HrpCheckWindow, years_label);
  gtk_widget_class_bind_template_child (widget_class, HrpCheckWindow, years_list);
  gtk_widget_class_bind_template_child (widget_class, HrpCheckWindow, replace_button);
  gtk_widget_class_bind_template_child (widget_class, HrpCheckWindow, problems_list);
  gtk_widget_class_bind_template_callback (widget_class, replace_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, problem_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hrp_check_window_init (HrpCheckWindow *self)
{
  self->fixes = g_ptr_array_new ();
  self->ticks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
}

HrpCheckWindow *
hrp_check_window_new (HrpWindow   *parent,
                      HrpDocument *document)
{
  HrpCheckWindow *self;

  g_return_val_if_fail (HRP_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HRP_IS_DOCUMENT (document), NULL);

  self = g_object_new (HRP_TYPE_CHECK_WINDOW, "transient-for", parent, NULL);
  g_set_weak_pointer (&self->main_window, parent);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (show_problems), self, G_CONNECT_SWAPPED);
  show_problems (self);
  return self;
}

HrpDocument *
hrp_check_window_get_document (HrpCheckWindow *self)
{
  g_return_val_if_fail (HRP_IS_CHECK_WINDOW (self), NULL);
  return self->document;
}

guint
hrp_check_window_get_n_problems (HrpCheckWindow *self)
{
  g_return_val_if_fail (HRP_IS_CHECK_WINDOW (self), 0);
  return self->problems->len;
}

const char *
hrp_check_window_get_problem (HrpCheckWindow *self,
                              guint           i)
{
  g_return_val_if_fail (HRP_IS_CHECK_WINDOW (self), NULL);
  g_return_val_if_fail (i < self->problems->len, NULL);
  return ((HrpProblem *) g_ptr_array_index (self->problems, i))->line;
}
