/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-year-widgets.c — what the widgets choosing a fiscal year share
 *
 * The main window, New Plan and What Changed each offer the library's
 * years in a drop-down, named in their own words; New Plan and the
 * import dialog take a year in a spin button, where Enter means the
 * dialog's main button.
 */
#include "config.h"

#include "hrp-library.h"
#include "hrp-year-widgets.h"

void
hrp_year_list_append (GArray          *years,
                      GtkStringList   *names,
                      GListModel      *plans,
                      int              leave_out,
                      HrpYearNameFunc  name_func)
{
  guint n;

  g_return_if_fail (years != NULL);
  g_return_if_fail (GTK_IS_STRING_LIST (names));
  g_return_if_fail (G_IS_LIST_MODEL (plans));
  g_return_if_fail (name_func != NULL);

  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPlanEntry) entry = g_list_model_get_item (plans, i);
      int year = hrp_plan_entry_get_fiscal_year (entry);
      g_autofree char *name = NULL;

      if (year == leave_out)
        continue;
      name = name_func (year);
      g_array_append_val (years, year);
      gtk_string_list_append (names, name);
    }
}

void
hrp_year_spin_set_default (GtkSpinButton *spin,
                           GtkWindow     *window,
                           GtkWidget     *button,
                           GCallback      clicked)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (button));
  g_return_if_fail (clicked != NULL);

  gtk_window_set_default_widget (window, button);
  /* GTK 4.8's spin button does not activate the default widget; its
   * text says when Enter is pressed. */
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate",
                           clicked, window, G_CONNECT_SWAPPED);
}
