/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-harmless-ui.c — control characters in the window: pasted into a
 * field, stored without them and shown so; counted in the review of an
 * import */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "hrp-field.h"
#include "hrp-import-dialog.h"
#include "hrp-library.h"
#include "hrp-test-ui.h"
#include "hrp-test-util.h"

typedef HrpTestFolder Fixture;   /* .file: the database, hrp_test_database_setup () */

/* Text with ESC sequences, BEL, a bidi override, a C1 control and a
 * carriage return pasted into a one-line field and a text view: what is stored and shown has
 * none of them. */
static void
test_paste (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_test_load_sample ();
  g_autoptr(HrpStore) store = hrp_test_store_new (f->file, plan);
  g_autoptr(HrpDocument) document = hrp_document_new (store, plan);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), view);
  gtk_window_set_child (GTK_WINDOW (window), box);
  hrp_field_bind (entry, document, plan, "title");
  hrp_field_bind (view, document, plan, "vision");
  gtk_window_present (GTK_WINDOW (window));
  hrp_test_drain ();

  gtk_editable_set_text (GTK_EDITABLE (entry), "แผน\x1b]0;pwned\x07 \x1b[31m\xe2\x80\xae" "2569");
  gtk_text_buffer_set_text (buffer, "เมือง\x1b[2Jน่าอยู่\r\nชุมชน\xc2\x9b" "เข้มแข็ง", -1);
  g_assert_true (hrp_field_commit (entry));
  g_assert_true (hrp_field_commit (view));
  hrp_test_drain ();

  g_assert_cmpstr (hrp_plan_get_title (plan), ==, "แผน]0;pwned [31m2569");
  g_assert_cmpstr (hrp_plan_get_vision (plan), ==, "เมือง[2Jน่าอยู่\nชุมชนเข้มแข็ง");
  /* The fields show what is stored. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, hrp_plan_get_title (plan));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, hrp_plan_get_vision (plan));
  }
  /* And the database holds it so. */
  {
    g_autoptr(HrpPlan) stored = hrp_test_stored_plan (f->file, hrp_plan_get_fiscal_year (plan));

    g_assert_cmpstr (hrp_plan_get_title (stored), ==, "แผน]0;pwned [31m2569");
    g_assert_cmpstr (hrp_plan_get_vision (stored), ==, "เมือง[2Jน่าอยู่\nชุมชนเข้มแข็ง");
  }

  /* Only control characters pasted over a clean text: the text stays,
   * and the field shows it again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "แผน]0;pwned [31m2569\x1b\x07");
  g_assert_true (hrp_field_commit (entry));
  hrp_test_drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "แผน]0;pwned [31m2569");

  hrp_field_bind (entry, NULL, NULL, NULL);
  hrp_field_bind (view, NULL, NULL, NULL);
  hrp_test_destroy_window (GTK_WINDOW (window));
}

/* The review of an import that removed control characters says how
 * many, in one line. */
static void
test_import_review (Fixture       *f,
                    gconstpointer  data)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:hrplan:plan:1\" format-version=\"1\" fiscal-year=\"2569\">\n"
    "  <organization><name>อบต.\xc2\x9b" "ทดสอบ</name></organization>\n"
    "  <title>แผน\xe2\x80\xae พ.ศ. 2569</title>\n"
    "  <vision>วิสัยทัศน์\x7f</vision>\n"
    "</plan>\n";
  g_autofree char *path = g_build_filename (f->dir, "other-office.xml", NULL);
  g_autoptr(HrpLibrary) library = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(HrpImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *texts = NULL;
  HrpImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  library = hrp_library_open (f->file, FALSE, &error);
  g_assert_no_error (error);
  plan = hrp_library_read_plan (path, "other-office.xml", HRP_IMPORT_AUTO, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->n_removed_controls, ==, 3);
  g_assert_cmpstr (hrp_plan_get_title (plan), ==, "แผน พ.ศ. 2569");

  dialog = hrp_import_dialog_new (NULL, library, plan, "other-office.xml");
  hrp_import_dialog_set_report (dialog, report);
  gtk_window_present (GTK_WINDOW (dialog));
  hrp_test_drain ();
  texts = hrp_test_texts_of (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (texts, "3 control characters were removed from the texts."));
  hrp_test_destroy_window (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  hrp_test_ui_init (&argc, &argv, HRP_TEST_CRITICALS_FATAL);

  hrp_test_database_add ("/harmless-ui/paste", NULL, test_paste);
  hrp_test_database_add ("/harmless-ui/import-review", NULL, test_import_review);

  return g_test_run ();
}
