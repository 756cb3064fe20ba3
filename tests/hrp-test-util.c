/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-util.c — helpers the test programs share, without GTK (see
 * hrp-test-util.h). */
#include "config.h"

#include "hrp-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hrp-document-import.h"
#include "hrp-library.h"
#include "hrp-thai.h"
#include "hrp-xml.h"

/* Folders and files {{{ */

char *
hrp_test_make_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

void
hrp_test_remove_tree (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_remove (path);
      return;
    }

  g_chmod (path, 0700); /* a folder a test made read-only */
  {
    g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        hrp_test_remove_tree (child);
      }
  }
  g_rmdir (path);
}

char *
hrp_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
hrp_test_folder_names (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

char *
hrp_test_source_root (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", NULL);
}

void
hrp_test_collect_files (const char         *root,
                        const char         *folder,
                        const char * const *suffixes,
                        GPtrArray          *found)
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
        {
          hrp_test_collect_files (root, relative, suffixes, found);
          continue;
        }
      for (guint i = 0; suffixes[i] != NULL; i++)
        if (g_str_has_suffix (name, suffixes[i]))
          {
            g_ptr_array_add (found, g_steal_pointer (&relative));
            break;
          }
    }
}

void
hrp_test_folder_init (HrpTestFolder *folder,
                      const char    *test,
                      const char    *file_name)
{
  g_autofree char *tmpl = g_strdup_printf ("hrplan-%s-XXXXXX", test);

  folder->dir = hrp_test_make_dir (tmpl);
  folder->file = file_name != NULL ? g_build_filename (folder->dir, file_name, NULL) : NULL;
  folder->database_option = file_name != NULL ? g_strconcat ("--database=", folder->file, NULL) : NULL;
}

void
hrp_test_folder_clear (HrpTestFolder *folder)
{
  if (folder->dir != NULL)
    hrp_test_remove_tree (folder->dir);
  g_clear_pointer (&folder->dir, g_free);
  g_clear_pointer (&folder->file, g_free);
  g_clear_pointer (&folder->database_option, g_free);
}

void
hrp_test_database_setup (HrpTestFolder *folder,
                         gconstpointer  data)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  const char *test = g_str_has_prefix (program, "test-") ? program + strlen ("test-") : program;

  hrp_test_folder_init (folder, test, "plans.db");
}

void
hrp_test_database_teardown (HrpTestFolder *folder,
                            gconstpointer  data)
{
  hrp_test_folder_clear (folder);
}

void
hrp_test_database_add (const char    *path,
                       gconstpointer  data,
                       void         (*test) (HrpTestFolder *folder,
                                             gconstpointer  data))
{
  g_test_add (path, HrpTestFolder, data, hrp_test_database_setup, test, hrp_test_database_teardown);
}

void
hrp_test_write_big_plan (const char *path,
                         guint       n_policies,
                         guint       n_activities)
{
  GString *text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<plan xmlns=\"urn:hrplan:plan:1\" format-version=\"1\" fiscal-year=\"2571\">\n"
                                "<organization><name>องค์การบริหารส่วนตำบลทดสอบ</name></organization>\n"
                                "<title>แผน พ.ศ. 2571</title><vision>วิสัยทัศน์</vision><policies>\n");

  for (guint p = 0; p < n_policies; p++)
    {
      g_string_append_printf (text, "<policy id=\"p%u\"><title>นโยบาย %u</title><activities>\n", p, p);
      for (guint a = 0; a < n_activities; a++)
        g_string_append_printf (text, "<activity><name>กิจกรรม %u.%u</name><budget>%u.00</budget></activity>\n",
                                p, a, 1000 + a);
      g_string_append (text, "</activities></policy>\n");
    }
  g_string_append (text, "</policies></plan>\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  g_string_free (text, TRUE);
}

/* }}} */

/* Plans and stores {{{ */

char *
hrp_test_sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "hr-plan-2568.xml", NULL);
}

HrpPlan *
hrp_test_load_sample (void)
{
  g_autoptr(GError) error = NULL;
  HrpPlan *plan = hrp_library_load_sample (&error);

  g_assert_no_error (error);
  return plan;
}

HrpPlan *
hrp_test_load_sample_file (void)
{
  g_autofree char *path = hrp_test_sample_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  HrpPlan *plan;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  plan = hrp_xml_import (bytes, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

HrpStore *
hrp_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  HrpStore *store = hrp_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (HRP_IS_STORE (store));
  return store;
}

HrpStore *
hrp_test_store_new (const char *path,
                    HrpPlan    *plan)
{
  HrpStore *store = hrp_test_open_store (path);

  if (plan != NULL)
    hrp_test_save_plan (store, plan, FALSE);
  return store;
}

void
hrp_test_save_plan (HrpStore *store,
                    HrpPlan  *plan,
                    gboolean  replace)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hrp_store_save_plan (store, plan, replace, &error));
  g_assert_no_error (error);
}

HrpPlan *
hrp_test_load_plan (HrpStore *store,
                    int       year)
{
  g_autoptr(GError) error = NULL;
  HrpPlan *plan = hrp_store_load_plan (store, year, &error);

  g_assert_no_error (error);
  g_assert_true (HRP_IS_PLAN (plan));
  return plan;
}

gboolean
hrp_test_has_plan (HrpStore *store,
                   int       year)
{
  g_autoptr(GError) error = NULL;
  gboolean has = -1;

  g_assert_true (hrp_store_has_plan (store, year, &has, &error));
  g_assert_no_error (error);
  g_assert_true (has == TRUE || has == FALSE);
  return has;
}

HrpPlan *
hrp_test_stored_plan (const char *path,
                      int         year)
{
  g_autoptr(HrpStore) store = hrp_test_open_store (path);

  return hrp_test_load_plan (store, year);
}

gpointer
hrp_test_nth (gpointer list,
              guint    i)
{
  GObject *item = g_list_model_get_item (G_LIST_MODEL (list), i);

  g_object_unref (item); /* the list keeps it alive */
  return item;
}

guint
hrp_test_n_items (gpointer list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* }}} */

/* Texts and tools {{{ */

gboolean
hrp_test_has_line (const char *texts,
                   const char *line)
{
  g_auto(GStrv) lines = g_strsplit (texts, "\n", -1);

  return g_strv_contains ((const char * const *) lines, line);
}

char *
hrp_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The bytes of nothing may be NULL */
static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = g_bytes_get_size (bytes);

  return g_strndup (size > 0 ? g_bytes_get_data (bytes, NULL) : "", size);
}

HrpTestRun
hrp_test_run (const char         *folder,
              GBytes             *input,
              const char         *language,
              const char         *lsan_options,
              const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autofree char *data_home = g_build_filename (folder, "data-home", NULL);
  HrpTestRun r = { 0 };

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* No display: the actions must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  if (lsan_options != NULL)
    g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", lsan_options, TRUE);
  if (language != NULL)
    {
      /* As a user of that language starts it; no language chosen in the
       * settings (the memory backend, inherited), the catalogs of the
       * build tree (HRPLAN_LOCALEDIR, inherited). */
      g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
      g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
      g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
    }
  proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (proc, input != NULL ? input : empty, NULL, &out, &err, &error);
  g_assert_no_error (error);
  r.out = bytes_to_string (out);
  r.err = bytes_to_string (err);
  r.status = g_subprocess_get_exit_status (proc);
  return r;
}

void
hrp_test_run_clear (HrpTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
hrp_test_write_bytes (const char *path,
                      GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_true (g_file_set_contents (path, data, (gssize) size, &error));
}

GBytes *
hrp_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  return g_bytes_new_take (data, size);
}

HrpTestRun
hrp_test_run_hrplan_args (const char *folder,
                          GBytes     *input,
                          const char *language,
                          GPtrArray  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) g_getenv ("HRPLAN_EXE"));
  for (guint i = 0; i < args->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (args, i));
  g_ptr_array_add (argv, NULL);
  return hrp_test_run (folder, input, language, NULL, (const char * const *) argv->pdata);
}

HrpTestRun
hrp_test_run_hrplan (const char *folder,
                     const char *first,
                     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  return hrp_test_run_hrplan_args (folder, NULL, NULL, args);
}

void
hrp_test_assert_import_cancelled (GBytes     *bytes,
                                  const char *name)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;

  g_cancellable_cancel (cancellable);
  plan = hrp_document_import (bytes, name, cancellable, NULL, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (plan);
}

void
hrp_test_progress_cb (guint    done,
                      guint    total,
                      gpointer user_data)
{
  HrpTestProgress *progress = user_data;

  /* One step more each time */
  g_assert_cmpuint (done, ==, progress->done + 1);
  progress->done = done;
  progress->total = total;
  progress->calls++;
}

char *
hrp_test_soffice_convert (const char *dir,
                          const char *path,
                          const char *format,
                          const char *extension)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo", dir);
  g_autofree char *out_dir = g_build_filename (dir, "converted", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = g_strndup (base, strrchr (base, '.') - base);
  g_autofree char *name = g_strconcat (stem, ".", extension, NULL);
  const char *argv[] = { soffice, profile, "--headless", "--convert-to", format,
                         "--outdir", out_dir, path, NULL };
  gint64 started = g_get_monotonic_time ();

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed "
                   "(Debian: apt-get install libreoffice-writer-nogui)");
      return NULL;
    }
  g_free (hrp_test_run_tool (argv));
  g_test_message ("LibreOffice converted %s to %s in %.1f s", base, extension,
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return g_build_filename (out_dir, name, NULL);
}

char *
hrp_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

void
hrp_test_write_pdf (HrpReport  *report,
                    const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = hrp_report_to_pdf (report, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

char *
hrp_test_pdf_text (const char *path,
                   int         page,
                   gboolean    strip_spaces)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  /* -raw: in the order drawn.  Sorted by position, pdftotext moves Thai
   * tone marks after the next letter ("ขัน ้ ตอน"). */
  const char *argv_all[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  const char *argv_page[] = { "pdftotext", "-raw", "-enc", "UTF-8", "-f", first, "-l", first, path, "-", NULL };
  g_autofree char *text = hrp_test_run_tool (page > 0 ? argv_page : argv_all);

  if (strip_spaces)
    return hrp_test_squeeze (text);
  return g_steal_pointer (&text);
}

char *
hrp_test_pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };

  return hrp_test_run_tool (argv);
}

char *
hrp_test_pdf_page_info (const char *path,
                        guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", "-f", number, "-l", number, path, NULL };

  return hrp_test_run_tool (argv);
}

char *
hrp_test_strip_page_numbers (const char *text)
{
  g_autoptr(GRegex) numbers = g_regex_new ("-[๐-๙]+-", 0, 0, NULL);

  return g_regex_replace_literal (numbers, text, -1, 0, "", 0, NULL);
}

const char *
hrp_test_find_after (const char *from,
                     const char *text)
{
  g_autofree char *needle = hrp_test_squeeze (text);
  const char *found = strstr (from, needle);

  if (found == NULL)
    g_error ("“%s” is missing from the PDF (or out of order)", text);
  return found + strlen (needle);
}

/* }}} */

/* Plans compared field by field {{{ */

/* The text as compared: Thai digits as Arabic, no white space (a line
 * wrap may add or take a space). */
char *
hrp_test_normal (const char *text)
{
  g_autofree char *arabic = hrp_thai_digits_to_arabic (text);

  return hrp_test_squeeze (arabic);
}

static void
dump_texts (GString    *out,
            const char *what,
            GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrpText) text = g_list_model_get_item (list, i);
      g_autofree char *n = hrp_test_normal (hrp_text_get_text (text));

      g_string_append_printf (out, "%s %u: %s\n", what, i + 1, n);
    }
}


/* Every field an import from a document can bring back, one a line, to
 * be compared whole (a difference shows as the first line that differs). */
char *
hrp_test_dump_plan (HrpPlan           *plan,
                    HrpTestDumpFlags   flags)
{
  gboolean table_only = (flags & HRP_TEST_DUMP_TABLE_ONLY) != 0;
  GString *out = g_string_new (NULL);
  GListModel *policies = hrp_plan_get_policies (plan);

  g_string_append_printf (out, "year: %d\n", hrp_plan_get_fiscal_year (plan));
  if (!table_only)
    {
      GListModel *strategies = hrp_plan_get_strategies (plan);
      g_autofree char *title = hrp_test_normal (hrp_plan_get_title (plan));
      g_autofree char *org = hrp_test_normal (hrp_plan_get_org_name (plan));
      g_autofree char *district = hrp_test_normal (hrp_plan_get_org_district (plan));
      g_autofree char *province = hrp_test_normal (hrp_plan_get_org_province (plan));
      g_autofree char *vision = hrp_test_normal (hrp_plan_get_vision (plan));

      g_string_append_printf (out, "title: %s\norganization: %s\ndistrict: %s\nprovince: %s\nvision: %s\n",
                              title, org, district, province, vision);
      for (guint i = 0; i < g_list_model_get_n_items (hrp_plan_get_missions (plan)); i++)
        {
          g_autofree char *m = hrp_test_normal (hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (plan), i)));

          g_string_append_printf (out, "mission %u: %s\n", i + 1, m);
        }
      for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
        {
          HrpStrategy *strategy = hrp_test_nth (strategies, i);
          g_autofree char *s_title = hrp_test_normal (hrp_strategy_get_title (strategy));
          g_autofree char *goal = g_strdup_printf ("strategy %u goal", i + 1);
          g_autofree char *objective = g_strdup_printf ("strategy %u objective", i + 1);
          g_autofree char *indicator = g_strdup_printf ("strategy %u indicator", i + 1);

          g_string_append_printf (out, "strategy %u: %s\n", i + 1, s_title);
          if ((flags & HRP_TEST_DUMP_LISTS) == 0)
            continue;
          dump_texts (out, goal, hrp_strategy_get_goals (strategy));
          dump_texts (out, objective, hrp_strategy_get_objectives (strategy));
          dump_texts (out, indicator, hrp_strategy_get_indicators (strategy));
        }
      dump_texts (out, "position", hrp_plan_get_positions (plan));
    }
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      HrpPolicy *policy = hrp_test_nth (policies, i);
      GListModel *activities = hrp_policy_get_activities (policy);
      g_autofree char *p_title = hrp_test_normal (hrp_policy_get_title (policy));

      g_string_append_printf (out, "policy %u: %s\n", i + 1, p_title);
      if (!table_only)
        {
          g_autofree char *description = hrp_test_normal (hrp_policy_get_description (policy));

          g_string_append_printf (out, "policy %u description: %s\n", i + 1, description);
        }
      for (guint j = 0; j < g_list_model_get_n_items (activities) && (flags & HRP_TEST_DUMP_NO_ACTIVITIES) == 0; j++)
        {
          HrpActivity *activity = hrp_test_nth (activities, j);
          g_autofree char *name = hrp_test_normal (hrp_activity_get_name (activity));

          g_string_append_printf (out, "policy %u activity %u: %s | %" G_GINT64_FORMAT,
                                  i + 1, j + 1, name, hrp_activity_get_budget (activity));
          if (flags & HRP_TEST_DUMP_QUARTERS)
            g_string_append_printf (out, " | %s%s%s%s",
                                    hrp_activity_get_quarter (activity, 1) ? "1" : "-",
                                    hrp_activity_get_quarter (activity, 2) ? "2" : "-",
                                    hrp_activity_get_quarter (activity, 3) ? "3" : "-",
                                    hrp_activity_get_quarter (activity, 4) ? "4" : "-");
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

/* got is expected; the first line that differs is shown as it reads
 * (g_assert_cmpstr escapes Thai). */
void
hrp_test_assert_same_plan (const char *what,
                           const char *got,
                           const char *expected)
{
  g_auto(GStrv) got_lines = g_strsplit (got, "\n", -1);
  g_auto(GStrv) expected_lines = g_strsplit (expected, "\n", -1);

  for (guint i = 0; got_lines[i] != NULL || expected_lines[i] != NULL; i++)
    if (got_lines[i] == NULL || expected_lines[i] == NULL
        || strcmp (got_lines[i], expected_lines[i]) != 0)
      g_error ("%s, line %u:\n  read:     %s\n  expected: %s", what, i + 1,
               got_lines[i] != NULL ? got_lines[i] : "(nothing)",
               expected_lines[i] != NULL ? expected_lines[i] : "(nothing)");
}

/* The sample with quarters ticked (no two activities alike) and a few
 * more budgets, as an office fills its table in. */
HrpPlan *
hrp_test_ticked_sample (void)
{
  HrpPlan *plan = hrp_test_load_sample_file ();
  GListModel *policies = hrp_plan_get_policies (plan);
  guint k = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      GListModel *activities = hrp_policy_get_activities (hrp_test_nth (policies, i));

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++, k++)
        {
          HrpActivity *activity = hrp_test_nth (activities, j);

          for (guint q = 1; q <= 4; q++)
            hrp_activity_set_quarter (activity, q, ((k + 1) >> (q - 1)) & 1);
          if (k % 3 == 1)
            hrp_activity_set_budget (activity, (gint64) (k + 1) * 1250000);
        }
    }
  return plan;
}

/* }}} */
