/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-application.c — the GtkApplication: the plans of one database (HrpLibrary), its windows
 *
 * The library is opened by main() before the application runs; a database
 * that cannot be opened is reported on the command line and, instead of
 * the plan's window, in a message window (hrp-open-error.c).  Each
 * instance is independent (NON_UNIQUE): two users on one office PC, or a
 * second database given with --database, must not be forwarded to a
 * window that shows another file.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <glib-unix.h>
#include <signal.h>
#endif

#include "hrp-a11y.h"
#include "hrp-application.h"
#include "hrp-open-error.h"
#include "hrp-settings.h"
#include "hrp-thai.h"
#include "hrp-window.h"

struct _HrpApplication
{
  GtkApplication  parent_instance;

  HrpLibrary     *library;

  /* Without a library: why the database could not be opened. */
  char           *open_error_path;
  /* The signals that quit (SIGTERM, SIGINT, SIGHUP), while running. */
  guint           signal_ids[3];
  GError         *open_error;
};

G_DEFINE_FINAL_TYPE (HrpApplication, hrp_application, GTK_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HrpWindow *
hrp_application_get_window (HrpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (hrp_window_new (self, self->library));

  return HRP_WINDOW (window);
}

/* HRPLAN_BENCH=1 (bench/startup.py): print when the first frame is
 * painted, show the whole action plan, print when that is painted, quit. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  int stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "hrp-bench-stage"));

  g_autofree char *status = NULL;
  const char *peak = NULL;

  /* Linux: the peak memory so far, to tell the stages apart. */
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    peak = strstr (status, "VmHWM:");
  if (peak != NULL)
    *strchr (peak, '\n') = '\0';

  if (stage == 0)
    {
      g_print ("first-frame %s\n", peak ? peak : "");
      hrp_window_show_action_plan (HRP_WINDOW (window));
    }
  else if (stage == 1)
    {
      g_print ("action-plan-frame %s\n", peak ? peak : "");
      g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
    }
  g_object_set_data (G_OBJECT (window), "hrp-bench-stage", GINT_TO_POINTER (stage + 1));
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
bench_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), window);
}

/* The message window instead of the plan's; the application ends when it
 * is answered. */
static gboolean
present_open_error (HrpApplication *self)
{
  GtkWindow *dialog;

  if (self->open_error == NULL)
    return FALSE;

  dialog = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (dialog == NULL)
    {
      dialog = hrp_open_error_window_new (self->open_error_path, self->open_error);
      gtk_window_set_application (dialog, GTK_APPLICATION (self));
    }
  gtk_window_present (dialog);
  return TRUE;
}

static void
hrp_application_activate (GApplication *app)
{
  HrpApplication *self = HRP_APPLICATION (app);
  HrpWindow *window;

  if (present_open_error (self))
    return;

  window = hrp_application_get_window (self);

  if (g_getenv ("HRPLAN_BENCH") != NULL && !gtk_widget_get_realized (GTK_WIDGET (window)))
    g_signal_connect (window, "realize", G_CALLBACK (bench_realize_cb), NULL);

  gtk_window_present (GTK_WINDOW (window));
}

static void
hrp_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  HrpApplication *self = HRP_APPLICATION (app);
  HrpWindow *window;

  if (present_open_error (self))
    return;

  window = hrp_application_get_window (self);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    hrp_window_offer_import (window, files[i]);
}

/* The windows' size and the plan shown, kept for the next start. */
static void
save_windows_state (HrpApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (HRP_IS_WINDOW (l->data))
      hrp_window_save_state (l->data);
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  HrpApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Every edit is saved as it is made: closing loses nothing but the
   * windows' state, kept now. */
  save_windows_state (self);
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_destroy (GTK_WINDOW (windows->data));
      windows = next;
    }
}

/* The desktop session ends: the windows' state is kept (the windows then
 * go with the session). */
static void
query_end_cb (GtkApplication *app,
              gpointer        user_data)
{
  save_windows_state (HRP_APPLICATION (app));
}

#ifdef G_OS_UNIX
/* Ended by a signal (the system shutting down, kill, Ctrl+C in a
 * terminal): as Quit does. */
static gboolean
quit_signal_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}
#endif

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HrpApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *authors[] = { "HR Plan contributors", NULL };

  g_autoptr(GDateTime) released = g_date_time_new_local (2026, 11, 27, 0, 0, 0);
  /* Translators: "thai" shows dates as Thai long dates (27 พฤศจิกายน
   * 2569); anything else as 2026-11-27. */
  gboolean thai = g_str_equal (C_("date style", "iso"), "thai");
  g_autofree char *date = thai ? hrp_thai_long_date (released, FALSE)
                               : g_date_time_format (released, "%Y-%m-%d");
  g_autofree char *version = g_strdup_printf (_("%s, released %s"), PACKAGE_VERSION, date);

  gtk_show_about_dialog (parent,
                         "program-name", _("HR Plan"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", version,
                         "comments", _("The annual human resource management and development plan of a Thai local government"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
language_changed_cb (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       user_data)
{
  HrpApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  /* Every window and message would have to be made again: the language
   * is taken at start, as GNOME applications do. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (hrp_settings_set_language (g_variant_get_string (value, NULL), &error))
    {
      g_simple_action_set_state (action, value);
      dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                       GTK_MESSAGE_INFO, GTK_BUTTONS_OK, "%s",
                                       _("The language changes the next time HR Plan starts"));
    }
  else
    {
      dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                       GTK_MESSAGE_ERROR, GTK_BUTTONS_OK, "%s",
                                       _("The language could not be changed"));
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  hrp_a11y_name_mnemonic_buttons (dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
  { "language", NULL, "s", "\"\"", language_changed_cb },
};

static void
hrp_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr(GtkCssProvider) provider = NULL;

  G_APPLICATION_CLASS (hrp_application_parent_class)->startup (app);

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/hrplan/HrPlan/icons");
  gtk_window_set_default_icon_name (APPLICATION_ID);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/hrplan/HrPlan/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  {
    g_autofree char *language = hrp_settings_get_language ();
    GAction *action = g_action_map_lookup_action (G_ACTION_MAP (app), "language");

    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (language));
  }
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);

  g_signal_connect (app, "query-end", G_CALLBACK (query_end_cb), NULL);
#ifdef G_OS_UNIX
  {
    HrpApplication *self = HRP_APPLICATION (app);

    self->signal_ids[0] = g_unix_signal_add (SIGTERM, quit_signal_cb, app);
    self->signal_ids[1] = g_unix_signal_add (SIGINT, quit_signal_cb, app);
    self->signal_ids[2] = g_unix_signal_add (SIGHUP, quit_signal_cb, app);
  }
#endif
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", shortcuts_accels);
}

static void
hrp_application_shutdown (GApplication *app)
{
  HrpApplication *self = HRP_APPLICATION (app);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_ids); i++)
    g_clear_handle_id (&self->signal_ids[i], g_source_remove);

  G_APPLICATION_CLASS (hrp_application_parent_class)->shutdown (app);
}

static void
hrp_application_finalize (GObject *object)
{
  HrpApplication *self = HRP_APPLICATION (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_ids); i++)
    g_clear_handle_id (&self->signal_ids[i], g_source_remove);

  g_clear_object (&self->library);
  g_clear_pointer (&self->open_error_path, g_free);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (hrp_application_parent_class)->finalize (object);
}

static void
hrp_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HrpApplication *self = HRP_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_application_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HrpApplication *self = HRP_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_application_class_init (HrpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hrp_application_finalize;
  object_class->get_property = hrp_application_get_property;
  object_class->set_property = hrp_application_set_property;

  app_class->startup = hrp_application_startup;
  app_class->shutdown = hrp_application_shutdown;
  app_class->activate = hrp_application_activate;
  app_class->open = hrp_application_open;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         HRP_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hrp_application_init (HrpApplication *self)
{
}

HrpApplication *
hrp_application_new (HrpLibrary *library)
{
  g_return_val_if_fail (HRP_IS_LIBRARY (library), NULL);

  return g_object_new (HRP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       /* query-end when the desktop session ends */
                       "register-session", TRUE,
                       "library", library,
                       NULL);
}

HrpApplication *
hrp_application_new_for_error (const char   *path,
                               const GError *error)
{
  HrpApplication *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (HRP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       /* query-end when the desktop session ends */
                       "register-session", TRUE,
                       NULL);
  self->open_error_path = g_strdup (path);
  self->open_error = g_error_copy (error);
  return self;
}

HrpLibrary *
hrp_application_get_library (HrpApplication *self)
{
  g_return_val_if_fail (HRP_IS_APPLICATION (self), NULL);

  return self->library;
}
