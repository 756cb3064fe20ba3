/* hrp-settings.c — the user's settings in a key file */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "hrp-settings.h"

#define GROUP "General"

char *
hrp_settings_get_path (void)
{
  const char *dir = g_getenv ("HRPLAN_CONFIG_DIR");

  if (dir != NULL && *dir != '\0')
    return g_build_filename (dir, "settings.ini", NULL);
  return g_build_filename (g_get_user_config_dir (), "hrplan", "settings.ini", NULL);
}

static GKeyFile *
load (void)
{
  g_autofree char *path = hrp_settings_get_path ();
  GKeyFile *file = g_key_file_new ();

  /* A missing or damaged file is the defaults. */
  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  return file;
}

char *
hrp_settings_get_language (void)
{
  g_autoptr(GKeyFile) file = load ();
  g_autofree char *value = g_key_file_get_string (file, GROUP, "language", NULL);

  if (g_strcmp0 (value, "th") == 0 || g_strcmp0 (value, "en") == 0)
    return g_steal_pointer (&value);
  return g_strdup ("");
}

gboolean
hrp_settings_set_language (const char  *language,
                           GError     **error)
{
  g_autoptr(GKeyFile) file = load ();
  g_autofree char *path = hrp_settings_get_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_return_val_if_fail (language != NULL, FALSE);

  g_key_file_set_string (file, GROUP, "language", language);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not make the folder “%s”"), dir);
      return FALSE;
    }
  return g_key_file_save_to_file (file, path, error);
}

void
hrp_settings_apply_language (void)
{
  g_autofree char *language = hrp_settings_get_language ();

  const char *messages;

  if (*language == '\0')
    return;

  /* LANGUAGE chooses the catalog whatever the locale's language, but
   * gettext ignores it in the C locale: that becomes C.UTF-8 (Thai
   * needs UTF-8 anyway). */
  g_setenv ("LANGUAGE", language, TRUE);
#ifdef LC_MESSAGES
  messages = setlocale (LC_MESSAGES, NULL);
#else
  messages = setlocale (LC_ALL, NULL);
#endif
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");
}

char *
hrp_settings_get_locale_dir (void)
{
  const char *dir = g_getenv ("HRPLAN_LOCALEDIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);

#ifdef G_OS_WIN32
  {
    /* MSYS2 install tree: bin\hrplan.exe and share\locale. */
    g_autofree char *root = g_win32_get_package_installation_directory_of_module (NULL);

    return g_build_filename (root, "share", "locale", NULL);
  }
#else
  return g_strdup (LOCALEDIR);
#endif
}
