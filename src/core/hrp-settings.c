/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-settings.c — the user's settings
 *
 * GSettings keeps them where each system keeps settings: dconf on Linux,
 * HKEY_CURRENT_USER\Software\GSettings on Windows (GLib's registry
 * backend is the default there).  The language is read in main() before
 * gettext is set up, which GSettings allows: it needs GIO, not GTK.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hrp-settings.h"

GSettings *
hrp_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

char *
hrp_settings_get_language (void)
{
  g_autoptr(GSettings) settings = hrp_settings_new ();

  if (settings == NULL)
    return g_strdup ("");
  return g_settings_get_string (settings, "language");
}

gboolean
hrp_settings_set_language (const char  *language,
                           GError     **error)
{
  g_autoptr(GSettings) settings = hrp_settings_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;

  g_return_val_if_fail (language != NULL, FALSE);

  if (settings == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The settings of HR Plan are not installed: the language cannot be kept"));
      return FALSE;
    }
  /* The schema lists the languages: "", "th", "en". */
  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "language");
  value = g_variant_ref_sink (g_variant_new_string (language));
  if (!g_settings_schema_key_range_check (key, value))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("HR Plan has no language “%s”"), language);
      return FALSE;
    }
  g_settings_set_string (settings, "language", language);
  /* Written now: a language is chosen to be seen at the next start. */
  g_settings_sync ();
  return TRUE;
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
