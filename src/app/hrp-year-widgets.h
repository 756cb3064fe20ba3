/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-year-widgets.h — what the widgets choosing a fiscal year share */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The name a drop-down shows for year, newly allocated. */
typedef char *(*HrpYearNameFunc) (int year);

/* Appends the fiscal year of each plan of plans (HrpPlanEntry, in their
 * order) but leave_out (0: none) to years (int), and its name, given by
 * name_func, to names: a drop-down of names then chooses the year at the
 * same position of years. */
void hrp_year_list_append (GArray          *years,
                           GtkStringList   *names,
                           GListModel      *plans,
                           int              leave_out,
                           HrpYearNameFunc  name_func);

/* Makes button the default widget of window, and Enter in spin call
 * clicked on window, as a click of button does. */
void hrp_year_spin_set_default (GtkSpinButton *spin,
                                GtkWindow     *window,
                                GtkWidget     *button,
                                GCallback      clicked);

G_END_DECLS
