/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document-import.c — last year's plan from its PDF, read directly:
 * our own PDFs, another program's, and the documents to refuse */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hrp-document-import.h"
#include "hrp-library.h"
#include "hrp-model.h"
#include "hrp-pdf.h"
#include "hrp-thai.h"
#include "hrp-test-util.h"

typedef HrpTestFolder Fixture;   /* .file: the database, hrp_test_database_setup () */

/* Exports plan with hrplan (the options, NULL-terminated) to name in the
 * fixture's folder; returns its path. */
static char *
export_pdf (Fixture    *f,
            HrpPlan    *plan,
            const char *name,
            const char *option1,
            const char *option2)
{
  g_autofree char *db = g_build_filename (f->dir, "exported.db", NULL);
  g_autofree char *db_opt = g_strconcat ("--database=", db, NULL);
  char *pdf = g_build_filename (f->dir, name, NULL);
  g_autofree char *pdf_opt = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autoptr(HrpStore) store = NULL;
  HrpTestRun r;

  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    store = hrp_test_store_new (db, plan);
  r = hrp_test_run_hrplan (f->dir, db_opt, pdf_opt, option1, option2, NULL);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);
  return pdf;
}

/* Imports path with --import-document; returns the plan stored. */
static HrpPlan *
import_document (Fixture    *f,
                 const char *path,
                 int         year,
                 char      **err)
{
  g_autofree char *imported = g_strdup_printf ("Imported the plan for fiscal year %d ", year);
  g_autofree char *opt = g_strconcat ("--import-document=", path, NULL);
  HrpTestRun r;

  r = hrp_test_run_hrplan (f->dir, f->database_option, opt, "--replace", NULL);
  if (r.status != 0)
    g_test_message ("hrplan said: %s", r.err);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, imported));
  if (err != NULL)
    *err = g_steal_pointer (&r.err);
  hrp_test_run_clear (&r);
  return hrp_test_stored_plan (f->file, year);
}

/* The action-plan table as the PDF reader gives it, in its rows' cells,
 * dumped as hrp_test_dump_plan () does with HRP_TEST_DUMP_TABLE_ONLY | HRP_TEST_DUMP_QUARTERS. */
static char *
dump_rows (const char *pdf)
{
  g_autofree char *bytes = NULL;
  gsize size = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPdfDocument) doc = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  GString *out = g_string_new ("year: 2568\n");
  guint n_policies = 0, n_activities = 0;

  g_assert_true (g_file_get_contents (pdf, &bytes, &size, &error));
  doc = hrp_pdf_read (bytes, size, pdf, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  lines = hrp_document_pdf_lines (doc, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      HrpSourceLine *line = g_ptr_array_index (lines, i);
      g_autofree char *activity = NULL;
      gint64 budget = HRP_BUDGET_NONE;

      if (line->cells == NULL)
        continue;
      g_assert_cmpuint (g_strv_length (line->cells), ==, 7);
      if (*line->cells[0] != '\0')
        {
          g_autofree char *policy = hrp_test_normal (line->cells[0]);
          const char *title = policy;

          /* "1." before the title */
          while (g_ascii_isdigit (*title))
            title++;
          if (*title == '.')
            title++;
          g_string_append_printf (out, "policy %u: %s\n", ++n_policies, title);
          n_activities = 0;
        }
      activity = hrp_test_normal (line->cells[1]);
      if (strcmp (line->cells[2], "-") != 0 && !hrp_money_parse (line->cells[2], &budget, &error))
        g_error ("%s: the budget “%s” of “%s”: %s", pdf, line->cells[2], line->cells[1], error->message);
      g_string_append_printf (out, "policy %u activity %u: %s | %" G_GINT64_FORMAT " | %s%s%s%s\n",
                              n_policies, ++n_activities, activity, budget,
                              *line->cells[3] != '\0' ? "1" : "-", *line->cells[4] != '\0' ? "2" : "-",
                              *line->cells[5] != '\0' ? "3" : "-", *line->cells[6] != '\0' ? "4" : "-");
      /* A tick is "✓", however the PDF drew it */
      for (guint q = 3; q < 7; q++)
        g_assert_true (*line->cells[q] == '\0' || strcmp (line->cells[q], "✓") == 0);
    }
  return g_string_free (out, FALSE);
}

/* Our own PDF comes back as the same plan: Arabic and Thai digits, the
 * table landscape and portrait, and the table alone.  The rows of its
 * table are read whole (every activity with its budget and ticks); the
 * plan recognised from them holds every text. */
static void
test_own_pdf (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_ticked_sample ();
  g_autofree char *expected = hrp_test_dump_plan (sample, HRP_TEST_DUMP_LISTS | HRP_TEST_DUMP_QUARTERS);
  g_autofree char *expected_table = hrp_test_dump_plan (sample, HRP_TEST_DUMP_TABLE_ONLY | HRP_TEST_DUMP_QUARTERS);
  g_autofree char *expected_rows = hrp_test_dump_plan (sample, HRP_TEST_DUMP_TABLE_ONLY | HRP_TEST_DUMP_QUARTERS);
  const struct {
    const char *name, *option1, *option2;
    gboolean    table_only;
  } variants[] = {
    { "arabic.pdf", NULL, NULL, FALSE },
    { "thai.pdf", "--thai-digits", NULL, FALSE },
    { "portrait.pdf", "--table-orientation=portrait", NULL, FALSE },
    { "thai-portrait.pdf", "--thai-digits", "--table-orientation=portrait", FALSE },
    { "table.pdf", "--table-only", NULL, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *pdf = export_pdf (f, sample, variants[i].name, variants[i].option1, variants[i].option2);
      g_autofree char *rows = dump_rows (pdf);
      g_autofree char *err = NULL;
      g_autoptr(HrpPlan) plan = import_document (f, pdf, 2568, &err);
      g_autofree char *got = hrp_test_dump_plan (plan, (variants[i].table_only ? HRP_TEST_DUMP_TABLE_ONLY : HRP_TEST_DUMP_LISTS)
                                               | HRP_TEST_DUMP_QUARTERS);

      hrp_test_assert_same_plan (variants[i].name, rows, expected_rows);
      hrp_test_assert_same_plan (variants[i].name, got, variants[i].table_only ? expected_table : expected);
      /* The report: what was found, on standard error */
      if (variants[i].table_only)
        {
          g_assert_nonnull (strstr (err, "Found: 0 missions, 0 strategies"));
          g_assert_nonnull (strstr (err, "Notice: "));
          continue;
        }
      g_assert_nonnull (strstr (err, "Found: 9 missions, 9 strategies (24 goals, 10 objectives, 9 indicators)"));
      /* Every line of our own document has its place */
      if (strstr (err, "Not placed") != NULL)
        g_error ("%s: %s", variants[i].name, err);
    }
}

static guint
count_char (const char *text,
            gunichar    c)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) == c;
  return n;
}

/* Every Thai mark of a page survives poppler's reading: each text of the
 * plan printed on the first page is found whole in what was read, and
 * the marks of the page read raw, box by box, are as many as in the
 * lines built from them.  Every other text of the plan is read whole, in
 * its order. */
static void
test_marks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autofree char *pdf = export_pdf (f, sample, "marks.pdf", NULL, NULL);
  g_autofree char *bytes = NULL;
  gsize size = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPdfDocument) doc = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(GString) read = g_string_new (NULL);
  g_autofree char *squeezed = NULL;
  const char *texts[] = {
    hrp_plan_get_title (sample), hrp_plan_get_org_name (sample),
    hrp_plan_get_preamble (sample), hrp_plan_get_vision (sample),
  };
  guint n_mai_tho = 0;

  g_assert_true (g_file_get_contents (pdf, &bytes, &size, &error));
  doc = hrp_pdf_read (bytes, size, "marks.pdf", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doc->n_pages, >, 10);

  /* Page 1: the title, the organization, the preamble, the vision */
  for (guint i = 0; i < doc->pages[0].n_boxes; i++)
    g_string_append (raw, doc->pages[0].boxes[i].text);
  {
    HrpPdfDocument first = { doc->pages, 1 };

    lines = hrp_document_pdf_lines (&first, NULL);
  }
  for (guint i = 0; i < lines->len; i++)
    g_string_append (read, ((HrpSourceLine *) g_ptr_array_index (lines, i))->text);
  squeezed = hrp_test_squeeze (read->str);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = hrp_test_squeeze (texts[i]);

      if (strstr (squeezed, text) == NULL)
        g_error ("“%s” not read whole from page 1: %s", text, squeezed);
      n_mai_tho += count_char (text, 0x0E49);
    }
  /* Every other text of the plan, read whole and in its order: the
   * strategies' goals, objectives and indicators among them */
  {
    g_autoptr(GPtrArray) all = hrp_document_pdf_lines (doc, NULL);
    g_autoptr(GString) document = g_string_new (NULL);
    g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
    g_autofree char *squeezed_all = NULL;
    GListModel *strategies = hrp_plan_get_strategies (sample);
    GListModel *policies = hrp_plan_get_policies (sample);
    const char *from;

    for (guint i = 0; i < all->len; i++)
      g_string_append (document, ((HrpSourceLine *) g_ptr_array_index (all, i))->text);
    squeezed_all = hrp_test_squeeze (document->str);
    for (guint i = 0; i < hrp_test_n_items (hrp_plan_get_missions (sample)); i++)
      g_ptr_array_add (wanted, (gpointer) hrp_mission_get_text (hrp_test_nth (hrp_plan_get_missions (sample), i)));
    for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
      {
        HrpStrategy *strategy = hrp_test_nth (strategies, i);
        GListModel *lists[] = { hrp_strategy_get_goals (strategy), hrp_strategy_get_objectives (strategy),
                                hrp_strategy_get_indicators (strategy) };

        g_ptr_array_add (wanted, (gpointer) hrp_strategy_get_title (strategy));
        for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
          for (guint j = 0; j < g_list_model_get_n_items (lists[l]); j++)
            g_ptr_array_add (wanted, (gpointer) hrp_text_get_text (hrp_test_nth (lists[l], j)));
      }
    for (guint i = 0; i < hrp_test_n_items (hrp_plan_get_positions (sample)); i++)
      g_ptr_array_add (wanted, (gpointer) hrp_text_get_text (hrp_test_nth (hrp_plan_get_positions (sample), i)));
    g_ptr_array_add (wanted, (gpointer) hrp_plan_get_policy_intro (sample));
    for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
      {
        g_ptr_array_add (wanted, (gpointer) hrp_policy_get_title (hrp_test_nth (policies, i)));
        g_ptr_array_add (wanted, (gpointer) hrp_policy_get_description (hrp_test_nth (policies, i)));
      }
    from = squeezed_all;
    for (guint i = 0; i < wanted->len; i++)
      {
        g_autofree char *text = hrp_test_squeeze (g_ptr_array_index (wanted, i));
        const char *found = strstr (from, text);

        if (found == NULL)
          g_error ("“%s” not read whole, or not in its order", text);
        from = found + strlen (text);
      }
  }

  /* The page holds at least the mai tho of these texts (the probe page
   * of the issue had 21, of which poppler-glib kept 15). */
  g_assert_cmpuint (n_mai_tho, >=, 21);
  for (gunichar mark = 0x0E31; mark <= 0x0E4E; mark++)
    {
      if (!g_unichar_ismark (mark))
        continue;
      g_assert_cmpuint (count_char (raw->str, mark), ==, count_char (read->str, mark));
    }
}

/* A plan document laid out by another program: written by hand as flat
 * OpenDocument, made a PDF by LibreOffice. */
static void
test_other_layout (Fixture       *f,
                   gconstpointer  data)
{
  const char *name = data;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *root = hrp_test_source_root ();
  g_autofree char *fodt = g_strdup_printf ("%s/tests/data/%s.fodt", root, name);
  g_autofree char *expected_path = g_strdup_printf ("%s/tests/data/%s.expected", root, name);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo", f->dir);
  g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", f->dir, name);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *err = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: no PDF of another program to read "
                   "(Debian: apt-get install libreoffice-writer-nogui)");
      return;
    }
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf",
                           "--outdir", f->dir, fodt, NULL };
    g_autofree char *out = hrp_test_run_tool (argv);
  }
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));

  plan = import_document (f, pdf, 2569, &err);
  g_test_message ("%s", err);
  got = hrp_test_dump_plan (plan, HRP_TEST_DUMP_LISTS | HRP_TEST_DUMP_QUARTERS);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  hrp_test_assert_same_plan (name, got, expected);
}

/* hrplan --import-document refuses file with a message holding words */
static void
assert_refused (Fixture    *f,
                const char *file,
                const char *words)
{
  g_autofree char *opt = g_strconcat ("--import-document=", file, NULL);
  HrpTestRun r = hrp_test_run_hrplan (f->dir, f->database_option, opt, NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  if (strstr (r.err, words) == NULL)
    g_error ("“%s” not in: %s", words, r.err);
  /* One message, one line, and no database made */
  g_assert_cmpuint (count_char (r.err, '\n'), ==, 1);
  g_assert_false (g_file_test (f->file, G_FILE_TEST_EXISTS));
  hrp_test_run_clear (&r);
}

/* A PDF of one page with only a painted rectangle: a scan has no text. */
static void
write_image_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_rectangle (cr, 50, 50, 400, 600);
  cairo_fill (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* A PDF that opens only with a password: the standard security handler
 * (RC4, revision 2) whose check of the empty password fails. */
static void
write_locked_pdf (const char *path)
{
  GString *pdf = g_string_new ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  gsize offsets[5];
  g_autoptr(GError) error = NULL;
  const char *objects[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    "<< /Filter /Standard /V 1 /R 2 /P -44 "
    "/O <6b0b4b0ad3c9a4de8b7d5f7a2f3c6e9a1b2c3d4e5f60718293a4b5c6d7e8f901> "
    "/U <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> >>",
  };
  gsize xref;

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      offsets[i] = pdf->len;
      g_string_append_printf (pdf, "%u 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", (guint) G_N_ELEMENTS (objects) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R /Encrypt 4 0 R "
                          "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n"
                          "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          (guint) G_N_ELEMENTS (objects) + 1, xref);
  g_assert_true (g_file_set_contents (path, pdf->str, pdf->len, &error));
  g_string_free (pdf, TRUE);
}

/* Documents that hold no plan to read are refused, each with its
 * reason, and never crash the reader. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *image = g_build_filename (f->dir, "scan.pdf", NULL);
  g_autofree char *locked = g_build_filename (f->dir, "locked.pdf", NULL);
  g_autofree char *zip = g_build_filename (f->dir, "plan.docx", NULL);
  g_autofree char *cut = g_build_filename (f->dir, "cut.pdf", NULL);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.pdf", NULL);
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autofree char *whole = export_pdf (f, sample, "whole.pdf", NULL, NULL);
  g_autofree char *bytes = NULL;
  gsize size = 0;
  g_autoptr(GError) error = NULL;
  static const char zip_bytes[] = "PK\x03\x04\x14\x00\x06\x00 rest of a zip";

  write_image_pdf (image);
  assert_refused (f, image, "holds only images");

  write_locked_pdf (locked);
  assert_refused (f, locked, "protected by a password");

  /* A .docx starts as every zip does */
  g_assert_true (g_file_set_contents (zip, zip_bytes, sizeof zip_bytes - 1, &error));
  assert_refused (f, zip, "is a damaged zip file");

  /* Our PDF cut in the middle, and a PDF header over garbage */
  g_assert_true (g_file_get_contents (whole, &bytes, &size, &error));
  g_assert_true (g_file_set_contents (cut, bytes, size / 3, &error));
  assert_refused (f, cut, "cut.pdf");
  g_assert_true (g_file_set_contents (garbage, "%PDF-1.7\n\x01\x02garbage\xff\xfe obj << >> trailer", -1, &error));
  assert_refused (f, garbage, "not a PDF that can be read");
}

/* --import-document as cli.md has it: "-" is standard input, --as-year
 * and --replace go with it, the usage mistakes said in English and
 * Thai. */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autofree char *pdf = export_pdf (f, sample, "stdin.pdf", "--table-only", NULL);
  g_autofree char *image = g_build_filename (f->dir, "scan.pdf", NULL);
  g_autofree char *image_opt = g_strconcat ("--import-document=", image, NULL);
  g_autofree char *contents = NULL;
  gsize size = 0;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(HrpPlan) stored = NULL;
  HrpTestRun r;

  g_assert_true (g_file_get_contents (pdf, &contents, &size, NULL));
  input = g_bytes_new_take (g_steal_pointer (&contents), size);

  /* A PDF on standard input, as another year */
  g_ptr_array_add (args, f->database_option);
  g_ptr_array_add (args, "--import-document=-");
  g_ptr_array_add (args, "--as-year=2569");
  r = hrp_test_run_hrplan_args (f->dir, input, NULL, args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Imported the plan for fiscal year 2569"));
  hrp_test_run_clear (&r);
  stored = hrp_test_stored_plan (f->file, 2569);
  g_assert_cmpuint (hrp_plan_count_activities (stored), ==, 18);

  /* The same year again: refused without --replace, replaced with it */
  r = hrp_test_run_hrplan_args (f->dir, input, NULL, args);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--replace"));
  hrp_test_run_clear (&r);
  g_ptr_array_add (args, "--replace");
  r = hrp_test_run_hrplan_args (f->dir, input, NULL, args);
  g_assert_cmpint (r.status, ==, 0);
  hrp_test_run_clear (&r);

  /* Usage mistakes */
  r = hrp_test_run_hrplan (f->dir, f->database_option, "--import-document=a.pdf", "--import-text=a.txt", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--import-document import one plan each"));
  hrp_test_run_clear (&r);
  r = hrp_test_run_hrplan (f->dir, f->database_option, "--list", "--as-year=2569", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--as-year goes with --import, --import-text or --import-document"));
  hrp_test_run_clear (&r);

  /* In Thai: a usage mistake, and a document refused */
  g_ptr_array_set_size (args, 0);
  g_ptr_array_add (args, f->database_option);
  g_ptr_array_add (args, "--replace");
  r = hrp_test_run_hrplan_args (f->dir, NULL, "th", args);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--replace ต้องใช้คู่กับ --import, --import-text หรือ --import-document"));
  hrp_test_run_clear (&r);
  write_image_pdf (image);
  g_ptr_array_set_size (args, 0);
  g_ptr_array_add (args, f->database_option);
  g_ptr_array_add (args, image_opt);
  r = hrp_test_run_hrplan_args (f->dir, NULL, "th", args);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "เอกสารที่สแกน"));
  hrp_test_run_clear (&r);
}

/* The reader itself: kinds told by content, progress, cancelling */
static void
test_reader (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample_file ();
  g_autofree char *pdf = export_pdf (f, sample, "reader.pdf", "--table-only", NULL);
  g_autofree char *contents = NULL;
  gsize size = 0;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) text = g_bytes_new_static ("แผน", strlen ("แผน"));
  g_autoptr(GBytes) zip = g_bytes_new_static ("PK\x03\x04", 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpImportReport) report = hrp_import_report_new ();
  g_autoptr(HrpPlan) plan = NULL;
  HrpTestProgress progress = { 0 };

  g_assert_true (g_file_get_contents (pdf, &contents, &size, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
  g_assert_cmpint (hrp_document_kind_of (bytes), ==, HRP_DOCUMENT_PDF);
  g_assert_cmpint (hrp_document_kind_of (text), ==, HRP_DOCUMENT_TEXT);
  g_assert_cmpint (hrp_document_kind_of (zip), ==, HRP_DOCUMENT_ZIP);

  /* Progress: every page, in order */
  plan = hrp_document_import (bytes, "reader.pdf", NULL, hrp_test_progress_cb, &progress, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (progress.total, >=, 3);
  g_assert_cmpuint (progress.calls, ==, progress.total);
  g_assert_cmpuint (progress.done, ==, progress.total);
  g_assert_cmpuint (g_list_model_get_n_items (hrp_plan_get_policies (plan)), ==, 10);

  /* Cancelled: nothing read */
  hrp_test_assert_import_cancelled (bytes, "reader.pdf");
}

int
main (int   argc,
      char *argv[])
{
  /* Messages in UTF-8, as the C.UTF-8 of the tests says */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) hrp_test_database_add (path, NULL, func)
  ADD ("/document-import/own-pdf", test_own_pdf);
  ADD ("/document-import/marks-and-texts", test_marks);
  ADD ("/document-import/refused", test_refused);
  ADD ("/document-import/reader", test_reader);
  ADD ("/document-import/command-line", test_command_line);
#undef ADD
  hrp_test_database_add ("/document-import/other-layout/landscape-table", "plan-landscape-table", test_other_layout);

  return g_test_run ();
}
