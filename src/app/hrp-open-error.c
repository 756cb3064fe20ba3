/* SPDX-License-Identifier: GPL-3.0-or-later */
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

#include "hrp-a11y.h"
#include "hrp-open-error.h"
#include "hrp-library.h"

char *
hrp_open_error_advice (const char   *path,
                       const GError *error)
{
  g_autofree char *backup = NULL;
  g_autofree char *backup_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != HRP_STORE_ERROR)
    return g_strdup (_("The file has not been changed."));

  switch (error->code)
    {
    case HRP_STORE_ERROR_CORRUPT:
      backup = hrp_library_newest_backup (path);
      if (backup == NULL)
        return g_strdup (_("Copy a saved copy of it back over it, or start HR Plan "
                           "with another database file (hrplan --database=FILE)."));
      backup_name = g_filename_display_basename (backup);
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

struct _HrpOpenErrorWindow
{
  GtkWindow  parent_instance;

  GtkLabel  *message_label;
  GtkButton *quit_button;
  char      *folder_uri;
};

G_DEFINE_FINAL_TYPE (HrpOpenErrorWindow, hrp_open_error_window, GTK_TYPE_WINDOW)

/* Show Folder: the file manager (Explorer on Windows); the window stays
 * for Quit. */
static void
show_folder_cb (HrpOpenErrorWindow *self)
{
  gtk_show_uri (GTK_WINDOW (self), self->folder_uri, GDK_CURRENT_TIME);
}

static void
hrp_open_error_window_finalize (GObject *object)
{
  HrpOpenErrorWindow *self = HRP_OPEN_ERROR_WINDOW (object);

  g_free (self->folder_uri);
  G_OBJECT_CLASS (hrp_open_error_window_parent_class)->finalize (object);
}

static void
hrp_open_error_window_class_init (HrpOpenErrorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hrp_open_error_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-open-error.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpOpenErrorWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, HrpOpenErrorWindow, quit_button);
  gtk_widget_class_bind_template_callback (widget_class, show_folder_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hrp_open_error_window_init (HrpOpenErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->quit_button));
}

GtkWindow *
hrp_open_error_window_new (const char   *path,
                           const GError *error)
{
  g_autofree char *advice = hrp_open_error_advice (path, error);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *message = g_strdup_printf ("%s\n\n%s", error->message, advice);
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  HrpOpenErrorWindow *self = g_object_new (HRP_TYPE_OPEN_ERROR_WINDOW, NULL);

  gtk_label_set_label (self->message_label, message);
  self->folder_uri = g_file_get_uri (file);
  return GTK_WINDOW (self);
}
