/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-message.c — messages to the user */
#include "config.h"

#include "hrp-a11y.h"
#include "hrp-message.h"

void
hrp_show_error (GtkWidget  *widget,
                const char *primary,
                const char *secondary)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;
  GtkWidget *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  G_GNUC_END_IGNORE_DEPRECATIONS
  hrp_a11y_name_mnemonic_buttons (dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

GFile *
hrp_chooser_get_chosen (GtkNativeDialog *chooser,
                        int              response)
{
  GFile *file;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  /* GtkFileChooser is deprecated from GTK 4.10 on, but its replacement
   * is not in GTK 4.8. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  G_GNUC_END_IGNORE_DEPRECATIONS
  return file;
}
