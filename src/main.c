/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — hrplan: command-line actions, or the window */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#ifdef G_OS_WIN32
#include <windows.h>
#endif

#include "hrp-application.h"
#include "hrp-cli.h"
#include "hrp-settings.h"

#ifdef G_OS_WIN32
/* The Windows bundle ships Laksaman (and DejaVu Sans for the ticks) in
 * share\fonts: registered for this process only, so printing looks the
 * same as on Linux. */
static void
register_bundled_fonts (void)
{
  g_autofree char *root = g_win32_get_package_installation_directory_of_module (NULL);
  g_autofree char *folder = g_build_filename (root, "share", "fonts", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".otf") || g_str_has_suffix (name, ".ttf"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_autofree gunichar2 *wide = g_utf8_to_utf16 (path, -1, NULL, NULL, NULL);

        if (wide != NULL)
          AddFontResourceExW (wide, FR_PRIVATE, 0);
      }
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HrpLibrary) library = NULL;
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *locale_dir = hrp_settings_get_locale_dir ();
  g_autofree char *path = NULL;
  HrpCliOptions options;
  int status;

#ifdef G_OS_WIN32
  register_bundled_fonts ();
#endif
  setlocale (LC_ALL, "");
  /* The language setting (System, ไทย, English) overrides the system's. */
  hrp_settings_apply_language ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!hrp_cli_parse (&options, &argc, &argv, &error))
    {
      g_printerr ("hrplan: %s\n", error->message);
      hrp_cli_options_clear (&options);
      return 1;
    }

  if (hrp_cli_has_action (&options))
    {
      status = hrp_cli_run (&options);
      hrp_cli_options_clear (&options);
      return status;
    }

  /* Started where there is no display (over SSH, on a server): said in
   * our words before anything is opened or created. */
  if (!gtk_init_check ())
    {
      g_printerr ("hrplan: %s\n",
                  _("The window needs a graphical session, and there is no display here. "
                    "The command-line actions work without one (see “hrplan --help”); "
                    "on a server, start the window with xvfb-run."));
      hrp_cli_options_clear (&options);
      return 1;
    }

  /* A database this user cannot change (a shared folder, a disc) is
   * shown for reading; the window says so. */
  path = options.database != NULL ? g_strdup (options.database) : hrp_library_default_path ();
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !hrp_library_can_change (path))
    library = hrp_library_open_read_only (path, &error);
  else
    library = hrp_library_open (path, options.database == NULL, &error);
  if (library == NULL)
    {
      g_autofree char *message = hrp_cli_printable (error->message, FALSE);

      /* On the terminal, if there is one, and in a window: started from
       * the desktop there is nothing else to read. */
      g_printerr ("hrplan: %s\n", message);
      app = G_APPLICATION (hrp_application_new_for_error (path, error));
      g_application_run (app, 1, argv);
      hrp_cli_options_clear (&options);
      return 1;
    }

  app = G_APPLICATION (hrp_application_new (library));
  {
    /* Files left on the command line (hrplan FILE.xml) are opened. */
    g_autoptr(GPtrArray) app_argv = g_ptr_array_new ();

    g_ptr_array_add (app_argv, argv[0]);
    for (guint i = 0; options.files != NULL && options.files[i] != NULL; i++)
      g_ptr_array_add (app_argv, options.files[i]);
    g_ptr_array_add (app_argv, NULL);

    status = g_application_run (app, app_argv->len - 1, (char **) app_argv->pdata);
  }

  hrp_cli_options_clear (&options);
  return status;
}
