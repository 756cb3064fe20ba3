/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-settings.h — the user's settings (GSettings, schema org.hrplan.HrPlan:
 * dconf on Linux, the registry on Windows) and the catalogs' folder */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The settings, or NULL when the schema is not installed (a program run
 * from its build tree outside `meson devenv`): then nothing is kept. */
GSettings *hrp_settings_new            (void);

/* The interface language: "" (the system's), "th" or "en". */
char      *hrp_settings_get_language   (void);
gboolean   hrp_settings_set_language   (const char  *language,
                                        GError     **error);

/* Applies the language setting to gettext (call after setlocale, before
 * any message is translated). */
void       hrp_settings_apply_language (void);

/* The folder of the message catalogs: HRPLAN_LOCALEDIR when set (the
 * build tree), else beside the program on Windows (..\share\locale),
 * else the installed LOCALEDIR. */
char      *hrp_settings_get_locale_dir (void);

G_END_DECLS
