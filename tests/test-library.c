/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-library.c — the plans of a database (HrpLibrary) on real SQLite
 * files: the list, new plans and roll-over, deletion, imports with
 * their backup copy and undo, reading files for import; no display */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hrp-library.h"
#include "hrp-test-util.h"
#include "hrp-xml.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  HrpLibrary *library;
  guint       n_changes;   /* items-changed of the list of plans */
} Fixture;

static void
plans_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  f->n_changes++;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  hrp_test_folder_init (&f->folder, "library", "plans.db");
  f->library = hrp_library_open (f->folder.file, TRUE, &error);
  g_assert_no_error (error);
  g_signal_connect (hrp_library_get_plans (f->library), "items-changed",
                    G_CALLBACK (plans_changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->library);
  hrp_test_folder_clear (&f->folder);
}

/* The fiscal years of the list, newest first, as "2570 2568". */
static char *
years_of (HrpLibrary *library)
{
  GListModel *plans = hrp_library_get_plans (library);
  g_autoptr(GString) years = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(HrpPlanEntry) entry = g_list_model_get_item (plans, i);

      g_string_append_printf (years, "%s%d", i > 0 ? " " : "", hrp_plan_entry_get_fiscal_year (entry));
    }
  return g_string_free (g_steal_pointer (&years), FALSE);
}

static char *
xml_of (HrpPlan *plan)
{
  g_autoptr(GBytes) bytes = hrp_xml_export (plan, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A new database opened for the window has the sample; new plans, empty
 * or rolled over, join the list, newest first; the next free year skips
 * the years taken; a year taken is refused; deleting leaves the list. */
static void
test_create_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) sample = hrp_library_load (f->library, 2568, &error);
  g_autoptr(HrpPlan) empty = NULL;
  g_autoptr(HrpPlan) copy = NULL;
  g_autoptr(HrpPlan) stored = NULL;
  g_autofree char *years = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (hrp_plan_count_activities (sample), ==, 18);   /* 3,2,1,1,3,1,1,4,1,1 */
  years = years_of (f->library);
  g_assert_cmpstr (years, ==, "2568");
  g_assert_cmpint (hrp_library_newest_year (f->library), ==, 2568);
  g_assert_cmpint (hrp_library_next_free_year (f->library, 2568), ==, 2569);
  /* New Plan's year: the coming fiscal year (from 1 October), or the one
   * after the newest plan if that is later. */
  {
    g_autoptr(GDateTime) september = g_date_time_new_local (2026, 9, 30, 12, 0, 0);
    g_autoptr(GDateTime) october = g_date_time_new_local (2026, 10, 1, 12, 0, 0);
    g_autoptr(GDateTime) long_ago = g_date_time_new_local (2020, 12, 2, 12, 0, 0);

    g_assert_cmpint (hrp_library_propose_year (f->library, september), ==, 2569);
    g_assert_cmpint (hrp_library_propose_year (f->library, october), ==, 2570);
    g_assert_cmpint (hrp_library_propose_year (f->library, long_ago), ==, 2569);
  }

  /* Rolled over: the year in the title follows, the content is the same. */
  copy = hrp_library_create (f->library, 2569, 2568, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hrp_plan_get_fiscal_year (copy), ==, 2569);
  g_assert_nonnull (strstr (hrp_plan_get_title (copy), "2569"));
  g_assert_null (strstr (hrp_plan_get_title (copy), "2568"));
  g_assert_cmpuint (hrp_plan_count_activities (copy), ==, hrp_plan_count_activities (sample));
  g_assert_cmpuint (f->n_changes, ==, 1);

  /* Empty, with the organization of the plan shown. */
  empty = hrp_library_create (f->library, 2571, 0, sample, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hrp_plan_get_org_name (empty), ==, hrp_plan_get_org_name (sample));
  g_assert_cmpstr (hrp_plan_get_org_province (empty), ==, hrp_plan_get_org_province (sample));
  g_assert_cmpstr (hrp_plan_get_title (empty), ==,
                   "Human Resource Management and Development Plan, Fiscal Year 2571");
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_missions (empty)), ==, 0);
  g_clear_pointer (&years, g_free);
  years = years_of (f->library);
  g_assert_cmpstr (years, ==, "2571 2569 2568");
  g_assert_cmpint (hrp_library_next_free_year (f->library, 2568), ==, 2570);
  g_assert_cmpint (hrp_library_next_free_year (f->library, 2570), ==, 2572);

  /* Stored through a new connection, as created. */
  stored = hrp_test_stored_plan (f->folder.file, 2569);
  {
    g_autofree char *a = xml_of (stored);
    g_autofree char *b = xml_of (copy);

    g_assert_cmpstr (a, ==, b);
  }

  /* A year taken: refused, nothing changed. */
  g_assert_null (hrp_library_create (f->library, 2569, 0, NULL, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changes, ==, 2);

  g_assert_true (hrp_library_delete (f->library, 2569, &error));
  g_assert_no_error (error);
  g_clear_pointer (&years, g_free);
  years = years_of (f->library);
  g_assert_cmpstr (years, ==, "2571 2568");
  g_assert_false (hrp_library_has_plan (f->library, 2569));
  {
    g_autoptr(HrpStore) store = hrp_test_open_store (f->folder.file);

    g_assert_false (hrp_test_has_plan (store, 2569));
  }
}

/* Start Next Year: signers entered in this year's plan (through its
 * document, saved) are in next year's plan, as created and as stored. */
static void
test_next_year_keeps_signers (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = hrp_library_load (f->library, 2568, &error);
  g_autoptr(HrpDocument) document = NULL;
  g_autoptr(HrpSigner) officer = hrp_signer_new ("นางสาวตัวอย่าง ขยันดี",
                                                 "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้จัดทำ");
  g_autoptr(HrpSigner) chief = hrp_signer_new ("นายตัวอย่าง ใจดี",
                                               "นายกองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้อนุมัติ");
  g_autoptr(HrpPlan) next = NULL;
  g_autoptr(HrpPlan) stored = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (hrp_test_n_items (hrp_plan_get_signers (plan)), ==, 0);   /* the sample has none */
  document = hrp_library_open_document (f->library, plan);
  g_assert_true (hrp_document_insert (document, hrp_plan_get_signers (plan), 0, officer, &error));
  g_assert_true (hrp_document_insert (document, hrp_plan_get_signers (plan), 1, chief, &error));
  g_assert_no_error (error);

  next = hrp_library_create (f->library, 2569, 2568, NULL, &error);
  g_assert_no_error (error);
  stored = hrp_test_stored_plan (f->folder.file, 2569);
  for (guint p = 0; p < 2; p++)
    {
      GListModel *signers = hrp_plan_get_signers (p == 0 ? next : stored);

      g_assert_cmpuint (g_list_model_get_n_items (signers), ==, 2);
      for (guint i = 0; i < 2; i++)
        {
          HrpSigner *expected = i == 0 ? officer : chief;
          HrpSigner *signer = hrp_test_nth (signers, i);

          g_assert_true (signer != expected);
          g_assert_cmpstr (hrp_signer_get_name (signer), ==, hrp_signer_get_name (expected));
          g_assert_cmpstr (hrp_signer_get_position (signer), ==, hrp_signer_get_position (expected));
          g_assert_cmpstr (hrp_signer_get_role (signer), ==, hrp_signer_get_role (expected));
        }
    }
  {
    g_autofree char *a = xml_of (stored);
    g_autofree char *b = xml_of (next);

    g_assert_cmpstr (a, ==, b);
  }
}

/* Import: a new year goes in; the same year is refused unless replaced;
 * replacing copies the database first and hands back the plan replaced,
 * which undo puts back whole. */
static void
test_import_replace_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) original = hrp_library_load (f->library, 2568, &error);
  g_autoptr(HrpPlan) incoming = hrp_test_load_sample ();
  g_autoptr(HrpPlan) replaced = NULL;
  g_autoptr(HrpPlan) next = hrp_test_load_sample ();
  g_autofree char *original_xml = xml_of (original);
  g_autofree char *backup = NULL;

  g_assert_no_error (error);
  hrp_plan_roll_over (next, 2569);
  g_assert_true (hrp_library_import (f->library, next, FALSE, &replaced, &error));
  g_assert_no_error (error);
  g_assert_null (replaced);
  g_assert_true (hrp_library_has_plan (f->library, 2569));
  g_assert_null (hrp_library_newest_backup (f->folder.file));   /* nothing replaced */

  hrp_plan_set_title (incoming, "แผนที่นำเข้าแทนแผนเดิม");
  g_assert_false (hrp_library_import (f->library, incoming, FALSE, &replaced, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  {
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
    g_autofree char *xml = xml_of (stored);

    g_assert_cmpstr (xml, ==, original_xml);
  }

  g_assert_true (hrp_library_import (f->library, incoming, TRUE, &replaced, &error));
  g_assert_no_error (error);
  g_assert_nonnull (replaced);
  {
    g_autofree char *xml = xml_of (replaced);
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);

    g_assert_cmpstr (xml, ==, original_xml);
    g_assert_cmpstr (hrp_plan_get_title (stored), ==, "แผนที่นำเข้าแทนแผนเดิม");
  }
  /* The copy made first holds the plan as it was. */
  backup = hrp_library_newest_backup (f->folder.file);
  g_assert_nonnull (backup);
  {
    g_autoptr(HrpPlan) in_backup = hrp_test_stored_plan (backup, 2568);
    g_autofree char *xml = xml_of (in_backup);

    g_assert_cmpstr (xml, ==, original_xml);
  }

  g_assert_true (hrp_library_undo_import (f->library, replaced, &error));
  g_assert_no_error (error);
  {
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->folder.file, 2568);
    g_autofree char *xml = xml_of (stored);

    g_assert_cmpstr (xml, ==, original_xml);
  }
}

/* A database opened for reading only: replacing is refused before any
 * copy is left beside it; a missing one is not created. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpLibrary) reader = NULL;
  g_autoptr(HrpPlan) incoming = hrp_test_load_sample ();
  g_autofree char *missing = g_build_filename (f->folder.dir, "none", "plans.db", NULL);
  g_autofree char *names_before = NULL;
  g_autofree char *names_after = NULL;
  g_autofree char *years = NULL;

  g_clear_object (&f->library);
  names_before = hrp_test_folder_names (f->folder.dir);
  reader = hrp_library_open_read_only (f->folder.file, &error);
  g_assert_no_error (error);
  g_assert_true (hrp_library_is_read_only (reader));
  years = years_of (reader);
  g_assert_cmpstr (years, ==, "2568");

  g_assert_false (hrp_library_import (reader, incoming, TRUE, NULL, &error));
  g_assert_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_clear_object (&reader);
  names_after = hrp_test_folder_names (f->folder.dir);
  g_assert_cmpstr (names_after, ==, names_before);

  g_assert_null (hrp_library_open_read_only (missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "There is no HR Plan database at"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  HrpPlan **plan = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (G_IS_FILE (source));
  *plan = hrp_library_read_plan_finish (result, &error);
  g_assert_no_error (error);
}

/* Files for import: the kind told by the content (XML, after a byte order
 * mark, whatever the file's name; or the text of a plan), text that is
 * not UTF-8 refused by name, a missing file named; and off the thread. */
static void
test_read_plan (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample_path = hrp_test_sample_path ();
  g_autofree char *sample = NULL;
  g_autofree char *with_bom = g_build_filename (f->folder.dir, "plan.txt", NULL);
  g_autofree char *text_path = g_test_build_filename (G_TEST_DIST, "data", "plan-text-2569.txt", NULL);
  g_autofree char *latin = g_build_filename (f->folder.dir, "latin.txt", NULL);
  g_autofree char *missing = g_build_filename (f->folder.dir, "missing.xml", NULL);
  g_autoptr(GFile) text_file = g_file_new_for_path (text_path);
  g_autoptr(HrpPlan) async_plan = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (sample_path, &sample, &length, NULL));
  {
    g_autofree char *bom = g_strconcat ("\xef\xbb\xbf", sample, NULL);

    g_assert_true (g_file_set_contents (with_bom, bom, -1, NULL));
  }
  {
    g_autoptr(HrpPlan) plan = hrp_library_read_plan (with_bom, "plan.txt", HRP_IMPORT_AUTO, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2568);
  }
  {
    g_autoptr(HrpPlan) plan = hrp_library_read_plan (text_path, "plan-text-2569.txt", HRP_IMPORT_AUTO, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (hrp_plan_get_fiscal_year (plan), ==, 2569);
  }
  /* Told it is XML, text is refused as XML. */
  g_assert_null (hrp_library_read_plan (text_path, "plan-text-2569.txt", HRP_IMPORT_XML, NULL, &error));
  g_assert_error (error, HRP_XML_ERROR, HRP_XML_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (latin, "\xe1\xc1\xbc\xb9 2569\n", -1, NULL));
  g_assert_null (hrp_library_read_plan (latin, "latin.txt", HRP_IMPORT_AUTO, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "“latin.txt” is not UTF-8 text"));
  g_clear_error (&error);

  g_assert_null (hrp_library_read_plan (missing, "missing.xml", HRP_IMPORT_AUTO, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  hrp_library_read_plan_async (text_file, HRP_IMPORT_AUTO, NULL, read_done_cb, &async_plan);
  while (async_plan == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (hrp_plan_get_fiscal_year (async_plan), ==, 2569);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/library/create-and-delete", test_create_and_delete);
  ADD ("/library/next-year-keeps-signers", test_next_year_keeps_signers);
  ADD ("/library/import-replace-undo", test_import_replace_undo);
  ADD ("/library/read-only", test_read_only);
  ADD ("/library/read-plan", test_read_plan);
#undef ADD

  return g_test_run ();
}
