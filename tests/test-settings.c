/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-settings.c — the language setting, kept with GSettings (the
 * memory backend here, as in every test), and applied to gettext */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hrp-settings.h"
#include "hrp-test-util.h"

static void
test_language (void)
{
  g_autoptr(GSettings) settings = hrp_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  /* The schema of the build tree (GSETTINGS_SCHEMA_DIR). */
  g_assert_nonnull (settings);

  /* Nothing chosen: the system's language, and gettext left alone. */
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "");
  g_clear_pointer (&value, g_free);
  g_unsetenv ("LANGUAGE");
  hrp_settings_apply_language ();
  g_assert_null (g_getenv ("LANGUAGE"));

  g_assert_true (hrp_settings_set_language ("th", &error));
  g_assert_no_error (error);
  value = g_settings_get_string (settings, "language");
  g_assert_cmpstr (value, ==, "th");
  g_clear_pointer (&value, g_free);
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "th");
  g_clear_pointer (&value, g_free);

  /* Applied: gettext looks at LANGUAGE, and not in the C locale. */
  setlocale (LC_ALL, "C");
  hrp_settings_apply_language ();
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "th");
  g_assert_cmpstr (setlocale (LC_ALL, NULL), !=, "C");

  /* A language HR Plan does not have is refused; the choice stays. */
  g_assert_false (hrp_settings_set_language ("klingon", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "th");
  g_clear_pointer (&value, g_free);

  g_assert_true (hrp_settings_set_language ("en", &error));
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "en");
  g_clear_pointer (&value, g_free);
  g_assert_true (hrp_settings_set_language ("", &error));
  value = hrp_settings_get_language ();
  g_assert_cmpstr (value, ==, "");
}

/* A program run where the schema is not installed keeps nothing, and
 * says so, rather than aborting as g_settings_new() would. */
/* The orientation of the action-plan table's pages, kept for printing
 * and PDF export: landscape unless portrait was chosen, nothing else. */
static void
test_table_orientation (void)
{
  g_autoptr(GSettings) settings = hrp_settings_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) portrait = g_variant_ref_sink (g_variant_new_string ("portrait"));
  g_autoptr(GVariant) upside_down = g_variant_ref_sink (g_variant_new_string ("upside-down"));
  g_autofree char *value = NULL;

  g_assert_nonnull (settings);
  value = g_settings_get_string (settings, "table-orientation");
  g_assert_cmpstr (value, ==, "landscape");

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "table-orientation");
  g_assert_true (g_settings_schema_key_range_check (key, portrait));
  g_assert_false (g_settings_schema_key_range_check (key, upside_down));
}

static void
test_no_schema (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *value = NULL;

      /* No schema anywhere (read first here, in the child). */
      g_unsetenv ("GSETTINGS_SCHEMA_DIR");
      g_setenv ("XDG_DATA_DIRS", "/nonexistent", TRUE);
      g_setenv ("XDG_DATA_HOME", "/nonexistent", TRUE);
      g_assert_null (hrp_settings_new ());
      value = hrp_settings_get_language ();
      g_assert_cmpstr (value, ==, "");
      g_assert_false (hrp_settings_set_language ("th", &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The language chosen is the one of the next start: a real settings
 * file (GLib's keyfile backend, in a temporary folder) read by a new
 * hrplan process, which answers in that language. */
static char *
run_hrplan_stderr (void)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  char *err = NULL;

  /* A misuse answered before any file is touched. */
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  proc = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("HRPLAN_EXE"), "--as-year=2570", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 1);
  return err;
}

static void
test_next_start (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = hrp_test_make_dir ("hrplan-settings-XXXXXX");
      g_autofree char *file = NULL;
      g_autofree char *out = NULL;

      g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
      g_setenv ("XDG_CONFIG_HOME", dir, TRUE);

      out = run_hrplan_stderr ();
      g_assert_nonnull (strstr (out, "--as-year"));
      g_assert_nonnull (strstr (out, "goes with --import"));
      g_clear_pointer (&out, g_free);

      g_assert_true (hrp_settings_set_language ("th", &error));
      g_assert_no_error (error);
      file = g_build_filename (dir, "glib-2.0", "settings", "keyfile", NULL);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
      out = run_hrplan_stderr ();
      g_assert_nonnull (strstr (out, "ต้องใช้คู่กับ"));
      g_clear_pointer (&out, g_free);

      g_assert_true (hrp_settings_set_language ("en", &error));
      out = run_hrplan_stderr ();
      g_assert_nonnull (strstr (out, "goes with --import"));

      hrp_test_remove_tree (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/settings/language", test_language);
  g_test_add_func ("/settings/table-orientation", test_table_orientation);
  g_test_add_func ("/settings/no-schema", test_no_schema);
  g_test_add_func ("/settings/next-start", test_next_start);
  return g_test_run ();
}
