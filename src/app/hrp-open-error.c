/* hrp-open-error.c — the window shown when the database cannot be opened
 *
 * Started from the desktop, HR Plan has no terminal to print to: a file
 * that is damaged, not ours, made by a newer version, read-only, on a
 * full disk or in use is explained in a window, with what to do next.
 * Opening never changes such a file (hrp-store.c), and the window says
 * so: the user's plan is still there.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-open-error.h"
#include "hrp-store.h"

char *
hrp_open_error_advice (const char   *path,
                       const GError *error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != HRP_STORE_ERROR)
    return g_strdup (_("The file has not been changed."));

  switch (error->code)
    {
    case HRP_STORE_ERROR_CORRUPT:
      backups = hrp_store_list_backups (path);
      if (backups->len == 0)
        return g_strdup (_("Copy a saved copy of it back over it, or start HR Plan "
                           "with another database file (hrplan --database=FILE)."));
      backup_name = g_filename_display_basename (g_ptr_array_index (backups, backups->len - 1));
      return g_strdup_printf (_("HR Plan keeps copies beside it; "
                                "the newest is “%s”. Close HR Plan, keep the damaged file under "
                                "another name, and give the copy the damaged file’s name."),
                              backup_name);

    case HRP_STORE_ERROR_TOO_NEW:
      return g_strdup (_("Install the newest version of HR Plan to open it."));

    case HRP_STORE_ERROR_NOT_OURS:
      return g_strdup (_("If it is yours, move it to another folder; "
                         "HR Plan then starts with a new database."));

    default:
      /* Read-only, a full disk, in use: the message says which. */
      return g_strdup (_("The file has not been changed."));
    }
}

static void
response_cb (GtkDialog *dialog,
             int        response)
{
  const char *folder_uri = g_object_get_data (G_OBJECT (dialog), "hrp-folder-uri");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      /* Show Folder: the file manager (Explorer on Windows); the window
       * stays for Quit. */
      gtk_show_uri (GTK_WINDOW (dialog), folder_uri, GDK_CURRENT_TIME);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

GtkWindow *
hrp_open_error_dialog_new (const char   *path,
                           const GError *error)
{
  g_autofree char *advice = hrp_open_error_advice (path, error);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  GtkWidget *dialog;
  GtkWidget *area;
  GtkWidget *child;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (NULL, 0, GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE, "%s",
                                   _("HR Plan cannot open its database"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                            error->message, advice);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("Show _Folder"), GTK_RESPONSE_ACCEPT,
                          _("_Quit"), GTK_RESPONSE_CLOSE,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  /* The file's path can be selected and copied (to a colleague, to IT). */
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  for (child = gtk_widget_get_first_child (area); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      gtk_label_set_selectable (GTK_LABEL (child), TRUE);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_window_set_title (GTK_WINDOW (dialog), _("HR Plan"));
  g_object_set_data_full (G_OBJECT (dialog), "hrp-folder-uri", g_file_get_uri (file), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  return GTK_WINDOW (dialog);
}
