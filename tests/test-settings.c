/* test-settings.c — the settings file: defaults, a value kept, a damaged
 * file read as the defaults */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "hrp-settings.h"

static void
test_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hrplan-settings-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *value = NULL;

  g_assert_no_error (error);
  g_setenv ("HRPLAN_CONFIG_DIR", dir, TRUE);
  path = hrp_settings_get_path ();
  g_assert_true (g_str_has_prefix (path, dir));

  /* No file: the system's language. */
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "");
  g_clear_pointer (&value, g_free);

  g_assert_true (hrp_settings_set_language ("th", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "th");
  g_clear_pointer (&value, g_free);

  /* Applied: gettext looks at LANGUAGE, and not in the C locale. */
  setlocale (LC_ALL, "C");
  hrp_settings_apply_language ();
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "th");
  g_assert_cmpstr (setlocale (LC_ALL, NULL), !=, "C");

  /* A value we do not know, and a damaged file, are the defaults. */
  g_assert_true (g_file_set_contents (path, "[General]\nlanguage=klingon\n", -1, NULL));
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "");
  g_clear_pointer (&value, g_free);
  g_assert_true (g_file_set_contents (path, "\xff\xfe not a key file [[[", -1, NULL));
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "");
  g_clear_pointer (&value, g_free);
  /* Setting it again replaces the damaged file. */
  g_assert_true (hrp_settings_set_language ("en", &error));
  g_assert_no_error (error);
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "en");

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/settings/language", test_language);
  return g_test_run ();
}
