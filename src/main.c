/* main.c — hrplan: command-line actions, or the window */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hrp-application.h"
#include "hrp-cli.h"
#include "hrp-settings.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *locale_dir = hrp_settings_get_locale_dir ();
  HrpCliOptions options;
  int status;

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

  store = hrp_cli_open_store (options.database, &error);
  if (store == NULL)
    {
      g_printerr ("hrplan: %s\n", error->message);
      hrp_cli_options_clear (&options);
      return 1;
    }

  app = G_APPLICATION (hrp_application_new (store));
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
