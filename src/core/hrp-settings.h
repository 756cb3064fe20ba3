/* hrp-settings.h — the user's settings, a key file in the user config
 * folder (hrplan/settings.ini): readable before anything else starts
 * (the language must be chosen before gettext is), the same on Linux and
 * Windows, no schema to install */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The path of the settings file; HRPLAN_CONFIG_DIR overrides the folder
 * (tests). */
char     *hrp_settings_get_path     (void);

/* The interface language: "" (the system's), "th" or "en". */
char     *hrp_settings_get_language (void);
gboolean  hrp_settings_set_language (const char  *language,
                                     GError     **error);

/* Applies the language setting to gettext (call after setlocale). */
void      hrp_settings_apply_language (void);

/* The folder of the message catalogs: HRPLAN_LOCALEDIR when set (the
 * build tree), else beside the program on Windows (..\share\locale),
 * else the installed LOCALEDIR. */
char     *hrp_settings_get_locale_dir (void);

G_END_DECLS
