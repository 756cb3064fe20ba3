/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-portability.c — the sources run on Windows too: no POSIX-only
 * headers or calls outside GLib, no hard-coded Unix paths; and every
 * source file says its license */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "hrp-test-util.h"

/* What must not appear in src/, and why. */
static const struct {
  const char *pattern;
  const char *why;
} forbidden[] = {
  { "<unistd.h>", "POSIX only: use GLib (g_unlink, g_get_tmp_dir…)" },
  { "<sys/", "POSIX only: use GLib or GIO" },
  { "<pwd.h>", "POSIX only: g_get_home_dir ()" },
  { "fork (", "POSIX only: GSubprocess" },
  { "fork(", "POSIX only: GSubprocess" },
  { "getuid", "POSIX only" },
  { "\"/tmp", "a Unix path: g_get_tmp_dir ()" },
  { "\"/home", "a Unix path: g_get_home_dir ()" },
  { "\"/usr", "a Unix path: relocate at run time" },
  { "\"/etc", "a Unix path" },
  { "\"/dev/", "a Unix device" },
  { "realpath (", "POSIX only: g_canonicalize_filename ()" },
};

/* Lines allowed on purpose, as "file: text". */
static const char *allowed[] = {
  /* The window benchmark reads its peak memory where Linux has it;
   * elsewhere the read fails and the line says nothing. */
  "src/app/hrp-application.c: \"/proc/self/status\"",
};

/* Appends to problems those of the file at relative (below root). */
static void
scan (const char *root,
      const char *relative,
      GString    *problems)
{
  g_autofree char *full = g_build_filename (root, relative, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (full, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
        if (strstr (lines[l], forbidden[i].pattern) != NULL)
          g_string_append_printf (problems, "%s:%u: %s — %s\n", relative, l + 1,
                                  forbidden[i].pattern, forbidden[i].why);

      /* Any other absolute Unix path in a string. */
      if (strstr (lines[l], "\"/proc") != NULL)
        {
          gboolean ok = FALSE;

          for (guint a = 0; a < G_N_ELEMENTS (allowed); a++)
            {
              const char *colon = strchr (allowed[a], ':');

              ok |= strncmp (allowed[a], relative, colon - allowed[a]) == 0
                    && strstr (lines[l], colon + 2) != NULL;
            }
          if (!ok)
            g_string_append_printf (problems, "%s:%u: a Linux path\n", relative, l + 1);
        }
    }
}

static void
test_sources (void)
{
  static const char * const sources[] = { ".c", ".h", NULL };
  g_autofree char *root = hrp_test_source_root ();
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  hrp_test_collect_files (root, "src", sources, files);
  /* A moved tree finds nothing, and would pass. */
  g_assert_cmpuint (files->len, >, 20);
  for (guint i = 0; i < files->len; i++)
    scan (root, g_ptr_array_index (files, i), problems);
  if (problems->len > 0)
    g_error ("Not portable to Windows:\n%s", problems->str);
}

/* Every source, build and script file says its license in its first
 * lines: code, templates, build files, scripts, the schemas and the
 * desktop files (not the data: the sample plan, test inputs). */
static void
test_license (void)
{
  static const char * const suffixes[] = {
    ".c", ".h", ".ui", ".css", "meson.build", ".sh", ".py", ".supp", ".xsd",
    ".gresource.xml", ".gschema.xml", ".desktop.in", ".metainfo.xml.in", NULL
  };
  static const char * const folders[] = { "src", "tests", "ui", "data", "build-aux", "bench" };
  static const char * const data_folders[] = { "tests/fuzz/corpus", "tests/data", "data/sample" };
  static const char * const top[] = { "meson.build", "meson_options.txt", ".ci/run" };
  g_autofree char *root = hrp_test_source_root ();
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    hrp_test_collect_files (root, folders[i], suffixes, files);
  for (guint i = 0; i < G_N_ELEMENTS (top); i++)
    g_ptr_array_add (files, g_strdup (top[i]));
  g_assert_cmpuint (files->len, >, 100);

  for (guint i = 0; i < files->len; i++)
    {
      const char *relative = g_ptr_array_index (files, i);
      g_autofree char *full = g_build_filename (root, relative, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      gboolean data = FALSE, found = FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (data_folders); d++)
        data |= g_str_has_prefix (relative, data_folders[d]);
      if (data)
        continue;
      g_assert_true (g_file_get_contents (full, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", 4);
      for (guint l = 0; lines[l] != NULL && l < 3; l++)
        found |= strstr (lines[l], "SPDX-License-Identifier: GPL-3.0-or-later") != NULL;
      if (!found)
        g_string_append_printf (missing, "%s\n", relative);
    }
  if (missing->len > 0)
    g_error ("No “SPDX-License-Identifier: GPL-3.0-or-later” in the first lines of:\n%s", missing->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/portability/sources", test_sources);
  g_test_add_func ("/portability/license", test_license);
  return g_test_run ();
}
