/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-a11y.c — what a screen reader says, where GTK 4.8 leaves it unsaid
 *
 * A screen reader reads the accessibility tree: each button needs a name
 * of its own.  Icon-only buttons get theirs in the .ui files (the
 * tooltip's words); this file covers the buttons GTK makes inside its
 * own widgets.
 */
#include "config.h"

#include "hrp-a11y.h"

void
hrp_a11y_name_drop_down (GtkDropDown *dropdown,
                         const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
hrp_a11y_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root))
      && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (root))))
    {
      /* The text shown, without the underscore. */
      const char *text = gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (root))));

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hrp_a11y_name_mnemonic_buttons (child);
}
