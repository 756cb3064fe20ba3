/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-po.c — translations: POTFILES.in lists every file with
 * translatable strings, the Thai catalog is complete and loads */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "hrp-settings.h"
#include "hrp-test-util.h"

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

/* Appends to found the files below root/folder with translatable
 * strings, relative to root. */
static void
collect (const char *root,
         const char *folder,
         GPtrArray  *found)
{
  static const char * const sources[] = { ".c", ".ui", NULL };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  hrp_test_collect_files (root, folder, sources, files);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *full = g_build_filename (root, g_ptr_array_index (files, i), NULL);

      if (has_translatable (full))
        g_ptr_array_add (found, g_strdup (g_ptr_array_index (files, i)));
    }
}

static void
test_potfiles_complete (void)
{
  g_autofree char *root = hrp_test_source_root ();
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

/* msgfmt accepts po/th.po and counts only translated messages: no
 * fuzzy, no untranslated, no error (formats, header, plurals). */
static void
test_th_complete (void)
{
  g_autofree char *root = hrp_test_source_root ();
  g_autofree char *po = g_build_filename (root, "po", "th.po", NULL);
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  if (msgfmt == NULL)
    g_error ("msgfmt (gettext) is needed to check po/th.po");

  g_assert_true (g_file_get_contents (po, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"Language: th\\n\""));
  g_assert_nonnull (strstr (contents, "\"Content-Type: text/plain; charset=UTF-8\\n\""));
  g_assert_nonnull (strstr (contents, "\"Plural-Forms: nplurals=1; plural=0;\\n\""));

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* msgfmt's own report in English, whatever the tests' language. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  proc = g_subprocess_launcher_spawn (launcher, &error, msgfmt, "--check", "--statistics",
                                      "-o", "/dev/null", po, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  if (g_subprocess_get_exit_status (proc) != 0
      || !g_regex_match_simple ("^[0-9]+ translated messages?\\.\n$", err, 0, 0))
    g_error ("msgfmt --check --statistics po/th.po: exit %d, %s",
             g_subprocess_get_exit_status (proc), err);
}

/* The catalog built in the build tree (HRPLAN_LOCALEDIR) loads, with
 * LANGUAGE=th in the C.UTF-8 locale, as hrplan's main () binds it. */
static void
test_th_loads (void)
{
  g_autofree char *locale_dir = hrp_settings_get_locale_dir ();
  g_autofree char *mo = g_build_filename (locale_dir, "th", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *title = NULL;
  g_autofree char *moved = NULL;

  if (g_getenv ("HRPLAN_LOCALEDIR") == NULL)
    g_error ("HRPLAN_LOCALEDIR must name the build tree's locale folder");
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_error ("no Thai catalog at %s", mo);

  /* LANGUAGE before setlocale (): setlocale () drops gettext's cache. */
  g_setenv ("LANGUAGE", "th", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_assert_cmpstr (_("Vision"), ==, "วิสัยทัศน์");
  g_assert_cmpstr (_("Mission %u"), ==, "พันธกิจที่ %u");
  g_assert_cmpstr (_("_Cancel"), ==, "_ยกเลิก");

  title = g_strdup_printf (_("Human Resource Management and Development Plan, Fiscal Year %d"), 2569);
  g_assert_cmpstr (title, ==, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569");

  /* Thai has one plural form: the same text for 1 and for many. */
  g_assert_cmpstr (ngettext ("Saved “%s” (%u page)", "Saved “%s” (%u pages)", 1),
                   ==, "บันทึก “%s” แล้ว (%u หน้า)");
  g_assert_cmpstr (ngettext ("Saved “%s” (%u page)", "Saved “%s” (%u pages)", 12),
                   ==, "บันทึก “%s” แล้ว (%u หน้า)");

  /* The wordings an officer reads most, as a personnel office says them. */
  g_assert_cmpstr (_("Rename in place"), ==, "เปลี่ยนชื่อ");
  g_assert_cmpstr (_("Replace the stored plan (Undo can bring it back)"), ==,
                   "แทนที่แผนเดิม (เลิกทำเพื่อนำแผนเดิมกลับมาได้)");
  g_assert_cmpstr (_("As the start of fiscal year"), ==, "ใช้เป็นแผนตั้งต้นของปีงบประมาณ");
  g_assert_cmpstr (_("As the System"), ==, "ตามภาษาของระบบ");
  g_assert_cmpstr (_("Budget (baht)"), ==, "งบประมาณที่ได้รับจัดสรร (บาท)");
  g_assert_cmpstr (_("“%s” is not an amount in baht: the budget was not changed. "
                     "Type a number such as 200,000, or - for no budget."), ==,
                   "“%s” ไม่ใช่จำนวนเงิน งบประมาณยังคงเดิม กรุณากรอกตัวเลข เช่น 200,000 หรือกรอก - หากไม่มีงบประมาณ");
  g_assert_cmpstr (ngettext ("Repaired %u broken Thai character", "Repaired %u broken Thai characters", 3),
                   ==, "แก้ไขอักษรไทยที่ผิดเพี้ยน %u ตำแหน่งแล้ว");
  g_assert_cmpstr (ngettext ("%s “%s” now serves mission %u “%s” (was mission %u “%s”)",
                             "%s “%s” now serves mission %u “%s” (was mission %u “%s”)", 1),
                   ==, "%s “%s” เปลี่ยนไปสอดคล้องกับพันธกิจที่ %u “%s” (เดิมพันธกิจที่ %u “%s”)");
  /* A sentence of What Changed in the printed plan's order: its
   * arguments taken by their numbers. */
  moved = g_strdup_printf (_("%s: activity “%s” moved from place %u to %u"), "นโยบายที่ 4", "กิจกรรม 5 ส.", 1, 3);
  g_assert_cmpstr (moved, ==, "ย้ายกิจกรรม/โครงการ “กิจกรรม 5 ส.” ในนโยบายที่ 4 ไปลำดับที่ 3 (เดิมลำดับที่ 1)");
  g_assert_cmpstr (_("schema validation failed"), !=, "schema validation failed");
  g_assert_null (strstr (_("schema validation failed"), "schema"));

  /* A text the catalog does not hold stays as it is. */
  g_assert_cmpstr (_("not a message of hrplan"), ==, "not a message of hrplan");
}

/* Every message of the sources is in po/th.po: a fresh template made
 * from POTFILES.in (as meson's hrplan-pot does) compared with msgcmp. */
static void
test_th_covers_sources (void)
{
  g_autofree char *root = hrp_test_source_root ();
  g_autofree char *po = g_build_filename (root, "po", "th.po", NULL);
  g_autofree char *potfiles = g_build_filename (root, "po", "POTFILES.in", NULL);
  g_autofree char *dir = hrp_test_make_dir ("hrplan-pot-XXXXXX");
  g_autofree char *pot = g_build_filename (dir, "hrplan.pot", NULL);
  g_autofree char *xgettext = g_find_program_in_path ("xgettext");
  g_autofree char *msgcmp = g_find_program_in_path ("msgcmp");
  g_autofree char *err = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  if (xgettext == NULL || msgcmp == NULL)
    g_error ("xgettext and msgcmp (gettext) are needed to check po/th.po");

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  /* The keywords of meson's "glib" preset. */
  proc = g_subprocess_launcher_spawn (launcher, &error, xgettext, "--from-code=UTF-8",
                                      "--directory", root, "--files-from", potfiles,
                                      "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                                      "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2",
                                      "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
                                      "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
                                      "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
                                      "--flag=g_strdup_printf:1:c-format",
                                      "-o", pot, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);
  g_clear_object (&proc);
  g_clear_pointer (&err, g_free);

  proc = g_subprocess_launcher_spawn (launcher, &error, msgcmp, po, pot, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (proc) != 0)
    g_error ("po/th.po lacks messages of the sources (run ninja hrplan-update-po and translate):\n%s", err);

  hrp_test_remove_tree (dir);
}

/* The menu entry and the software centre's page are in Thai too (the
 * files built by i18n.merge_file from po/). */
static void
test_th_desktop_metainfo (void)
{
  g_autofree char *desktop = g_test_build_filename (G_TEST_BUILT, "..", "data", "org.hrplan.HrPlan.desktop", NULL);
  g_autofree char *metainfo = g_test_build_filename (G_TEST_BUILT, "..", "data", "org.hrplan.HrPlan.metainfo.xml", NULL);
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *generic = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *contents = NULL;

  g_key_file_load_from_file (entry, desktop, G_KEY_FILE_KEEP_TRANSLATIONS, &error);
  g_assert_no_error (error);
  comment = g_key_file_get_locale_string (entry, "Desktop Entry", "Comment", "th", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (comment, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล"));
  generic = g_key_file_get_locale_string (entry, "Desktop Entry", "GenericName", "th", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (generic, "ทรัพยากรบุคคล"));

  /* Found by the words an office searches with, in English too. */
  keywords = g_key_file_get_locale_string (entry, "Desktop Entry", "Keywords", "th", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (keywords, "เทศบาล;"));
  g_assert_nonnull (strstr (keywords, "อปท.;"));
  g_assert_nonnull (strstr (keywords, "อบต.;"));
  g_clear_pointer (&keywords, g_free);
  keywords = g_key_file_get_string (entry, "Desktop Entry", "Keywords", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (keywords, "human resources;local government;"));

  g_assert_true (g_file_get_contents (metainfo, &contents, NULL, NULL));
  /* The printed plan is an official document, not a formal letter. */
  g_assert_nonnull (strstr (contents, "เอกสารตามรูปแบบราชการ"));
  g_assert_null (strstr (contents, "หนังสือราชการ"));
  g_assert_nonnull (strstr (contents, "<summary xml:lang=\"th\">"));
  g_assert_nonnull (strstr (contents, "<caption xml:lang=\"th\">"));
  g_assert_nonnull (strstr (contents, "<p xml:lang=\"th\">"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/po/potfiles-complete", test_potfiles_complete);
  g_test_add_func ("/po/th-complete", test_th_complete);
  g_test_add_func ("/po/th-loads", test_th_loads);
  g_test_add_func ("/po/th-covers-sources", test_th_covers_sources);
  g_test_add_func ("/po/th-desktop-metainfo", test_th_desktop_metainfo);
  return g_test_run ();
}
