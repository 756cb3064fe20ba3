/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report.c — the plan as a printed document: real PDFs written to a
 * temporary folder and read back with pdftotext and pdfinfo, and the CSV
 * of the action-plan table. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hrp-report.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"
#include "hrp-xml.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plan.pdf */
  HrpPlan *plan;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "report", "plan.pdf");
  f->plan = hrp_test_load_sample ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_folder_clear (&f->folder);
  g_clear_object (&f->plan);
}

/* Renders plan to f->folder.file; returns the number of pages. */
static guint
write_pdf (Fixture                *f,
           HrpPlan                *plan,
           const HrpReportOptions *options)
{
  g_autoptr(HrpReport) report = hrp_report_new (plan, options);

  hrp_test_write_pdf (report, f->folder.file);
  return hrp_report_get_n_pages (report);
}

/* The PDF's text (page 0: all of it) without white space. */
static char *
pdf_text (Fixture *f,
          int      page)
{
  g_autofree char *text = hrp_test_pdf_text (f->folder.file, page, TRUE);

  /* The whole text: without the page numbers that a paragraph running on
   * to the next page has in its middle. */
  if (page == 0)
    return hrp_test_strip_page_numbers (text);
  return g_steal_pointer (&text);
}

static void
test_whole_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages_line = NULL;
  const char *at;
  guint n_pages;
  guint table_page = 0;
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (f->plan));

  n_pages = write_pdf (f, f->plan, NULL);
  g_assert_cmpuint (n_pages, >=, 5);

  /* A4, the page count, title and author. */
  info = hrp_test_pdf_info (f->folder.file);
  pages_line = g_strdup_printf ("Pages:           %u\n", n_pages);
  g_assert_nonnull (strstr (info, pages_line));
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568"));
  g_assert_nonnull (strstr (info, "องค์การบริหารส่วนตำบลหนองแก้ว"));

  /* Every part of the plan, in the document's order. */
  text = pdf_text (f, 0);
  at = hrp_test_find_after (text, hrp_plan_get_title (f->plan));
  at = hrp_test_find_after (at, hrp_plan_get_vision (f->plan));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_missions (f->plan))); i++)
    {
      g_autoptr(HrpMission) mission = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_missions (f->plan)), i);

      at = hrp_test_find_after (at, hrp_mission_get_text (mission));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_strategies (f->plan))); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (f->plan)), i);
      GListModel *goals = G_LIST_MODEL (hrp_strategy_get_goals (strategy));

      at = hrp_test_find_after (at, hrp_strategy_get_title (strategy));
      for (guint g = 0; g < g_list_model_get_n_items (goals); g++)
        {
          g_autoptr(HrpText) goal = g_list_model_get_item (goals, g);

          at = hrp_test_find_after (at, hrp_text_get_text (goal));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      at = hrp_test_find_after (at, hrp_policy_get_title (policy));
      at = hrp_test_find_after (at, hrp_policy_get_description (policy));
    }
  /* Then the table: each policy and its activities, the budget, the
   * total as listed and counted once. */
  at = hrp_test_find_after (at, "กิจกรรม/โครงการ");
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      at = hrp_test_find_after (at, hrp_policy_get_title (policy));
      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);

          at = hrp_test_find_after (at, hrp_activity_get_name (activity));
        }
    }
  at = hrp_test_find_after (at, "รวม");
  at = hrp_test_find_after (at, "400,000");
  at = hrp_test_find_after (at, "200,000");
  /* The date it was printed, a long Thai date. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *date = hrp_thai_long_date (now, FALSE);
    g_autofree char *line = g_strdup_printf ("จัดพิมพ์เมื่อวันที่ %s", date);

    at = hrp_test_find_after (at, line);
  }
  g_assert_nonnull (strstr (text, "200,000"));

  /* Page numbers from page 2, in Thai digits, none on page 1. */
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *page = pdf_text (f, p);
      g_autofree char *number = g_strdup_printf ("-%u-", p);
      g_autofree char *thai = hrp_arabic_digits_to_thai (number);

      if (p == 1)
        g_assert_null (strstr (page, "-๑-"));
      else
        g_assert_true (g_str_has_prefix (page, thai));  /* drawn first */
      if (table_page == 0 && strstr (page, "แผนการดำเนินงานตาม") != NULL)
        table_page = p;
      /* The header row on every page of the table. */
      if (table_page != 0)
        g_assert_nonnull (strstr (page, "กิจกรรม/โครงการ"));
    }
  g_assert_cmpuint (table_page, >, 1);
  g_assert_cmpuint (table_page, <, n_pages);
}

static void
test_thai_digits (Fixture       *f,
                  gconstpointer  data)
{
  HrpReportOptions options = { .thai_digits = TRUE };
  g_autofree char *text = NULL;

  write_pdf (f, f->plan, &options);
  text = pdf_text (f, 0);
  g_assert_nonnull (strstr (text, "๒๐๐,๐๐๐"));
  g_assert_nonnull (strstr (text, "๔๐๐,๐๐๐"));
  g_assert_nonnull (strstr (text, "พ.ศ.๒๕๖๘"));
  /* No Arabic digit is left. */
  for (const char *p = text; *p != '\0'; p++)
    g_assert_false (g_ascii_isdigit (*p));
}

static void
test_table_only (Fixture       *f,
                 gconstpointer  data)
{
  HrpReportOptions options = { .table_only = TRUE };
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  guint n_pages;

  n_pages = write_pdf (f, f->plan, &options);
  text = pdf_text (f, 0);
  first = pdf_text (f, 1);
  g_assert_nonnull (strstr (first, "กิจกรรม/โครงการ"));
  {
    g_autofree char *vision = hrp_test_squeeze (hrp_plan_get_vision (f->plan));
    g_autofree char *preamble = hrp_test_squeeze (hrp_plan_get_preamble (f->plan));

    g_assert_null (strstr (text, vision));
    g_assert_null (strstr (text, preamble));
  }
  g_assert_nonnull (strstr (text, "400,000"));
  /* 18 activities at 16 pt on landscape pages. */
  g_assert_cmpuint (n_pages, <=, 5);

  /* The table's pages are landscape A4 by default. */
  {
    g_autofree char *info = hrp_test_pdf_info (f->folder.file);

    g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  }

  /* Portrait when asked: the page turns, the header still repeats. */
  options.table_orientation = HRP_TABLE_PORTRAIT;
  n_pages = write_pdf (f, f->plan, &options);
  {
    g_autofree char *info = hrp_test_pdf_info (f->folder.file);

    g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  }
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *page = pdf_text (f, p);

      g_assert_nonnull (strstr (page, "กิจกรรม/โครงการ"));
    }
}

/* A long table: every row whole on one page, the header on each page,
 * a policy without activities still has its row, quarters ticked. */
static void
test_long_table (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนาบุคลากร");
  g_autoptr(HrpPolicy) empty = hrp_policy_new ("ด้านที่ยังไม่มีกิจกรรม");
  HrpReportOptions options = { .table_only = TRUE };
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = NULL;
  guint n_pages;

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_title (plan, "แผนทดสอบ ประจำปีงบประมาณ พ.ศ. 2569");
  for (guint i = 0; i < 80; i++)
    {
      /* Some names long enough to wrap over several lines. */
      g_autofree char *name = g_strdup_printf (i % 7 == 3
                                               ? "กิจกรรมที่%uโครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่ของคณะผู้บริหาร ประธานสภา สมาชิกสภา พนักงานส่วนตำบล และพนักงานจ้าง"
                                               : "กิจกรรมที่%uการประชุมคณะกรรมการ",
                                               i + 1);
      g_autoptr(HrpActivity) activity = hrp_activity_new (name);

      hrp_activity_set_budget (activity, (i + 1) * 100000);
      hrp_activity_set_quarter (activity, 1 + i % 4, TRUE);
      hrp_model_list_append (hrp_policy_get_activities (policy), activity);
    }
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);
  hrp_model_list_append (hrp_plan_get_policies (plan), empty);

  n_pages = write_pdf (f, plan, &options);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 1; p <= n_pages; p++)
    {
      char *page = pdf_text (f, p);

      g_assert_nonnull (strstr (page, "กิจกรรม/โครงการ"));
      g_ptr_array_add (pages, page);
    }

  /* Each activity's whole name on exactly one page (no row split). */
  all = pdf_text (f, 0);
  for (guint i = 0; i < 80; i++)
    {
      g_autoptr(HrpActivity) activity = g_list_model_get_item (G_LIST_MODEL (hrp_policy_get_activities (policy)), i);
      g_autofree char *name = hrp_test_squeeze (hrp_activity_get_name (activity));
      g_autofree char *budget = hrp_money_format (hrp_activity_get_budget (activity), FALSE);
      guint found = 0;

      for (guint p = 0; p < pages->len; p++)
        if (strstr (pages->pdata[p], name) != NULL)
          found++;
      g_assert_cmpuint (found, ==, 1);
      g_assert_nonnull (strstr (all, budget));
    }
  /* The empty policy's row, with "-". */
  g_assert_nonnull (strstr (all, "ด้านที่ยังไม่มีกิจกรรม"));
  /* 1,000 baht × (1 + … + 80) = 3,240,000 */
  g_assert_nonnull (strstr (pages->pdata[pages->len - 1], "3,240,000"));
}

/* A tick is seen on the page, not only in its text (the report's Thai
 * font has no "✓": another font draws it): ticking quarter 4 changes the
 * rendered page, in the last column only. */
static void
test_ticks_drawn (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนาบุคลากร");
  g_autoptr(HrpActivity) activity = hrp_activity_new ("การสอบพนักงานจ้าง");
  HrpReportOptions options = { .table_only = TRUE };
  cairo_surface_t *surfaces[2];
  int changed = 0, left = G_MAXINT;
  double page_width = 0, page_height = 0;
  int width, height;

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_title (plan, "แผนทดสอบ");
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(HrpReport) report = NULL;
      cairo_t *cr;

      hrp_activity_set_quarter (activity, 4, run == 1);
      report = hrp_report_new (plan, &options);
      g_assert_true (hrp_report_paginate (report, NULL, NULL, NULL, NULL));
      /* The table's page is landscape A4. */
      hrp_report_get_page_size (report, 0, &page_width, &page_height);
      g_assert_cmpfloat_with_epsilon (page_width, HRP_REPORT_A4_HEIGHT, 0.01);
      g_assert_cmpfloat_with_epsilon (page_height, HRP_REPORT_A4_WIDTH, 0.01);
      surfaces[run] = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) page_width, (int) page_height);
      cr = cairo_create (surfaces[run]);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      hrp_report_draw_page (report, cr, 0);
      cairo_destroy (cr);
      cairo_surface_flush (surfaces[run]);
    }

  width = (int) page_width;
  height = (int) page_height;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        int stride = cairo_image_surface_get_stride (surfaces[0]);
        guint32 a = *(guint32 *) (cairo_image_surface_get_data (surfaces[0]) + y * stride + 4 * x);
        guint32 b = *(guint32 *) (cairo_image_surface_get_data (surfaces[1]) + y * stride + 4 * x);

        if (a != b)
          {
            changed++;
            left = MIN (left, x);
          }
      }
  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);

  /* A mark of some pixels, in the last column: the body ends 2 cm from
   * the page's right edge, and the last quarter column is at least as
   * wide as the mark (8 pt). */
  g_assert_cmpint (changed, >, 10);
  g_assert_cmpint (left, >, width - 2 * 72 / 2.54 - 60);
}

/* The first page and a table page rendered as images by poppler (as a
 * reader sees them): ink where text and rules are, white margins. */
static void
test_rendered_pages (Fixture       *f,
                     gconstpointer  data)
{
  guint n_pages = write_pdf (f, f->plan, NULL);
  guint pages[2] = { 1, n_pages - 1 };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", pages[i]);
      g_autofree char *prefix = g_build_filename (f->folder.dir, "page", NULL);
      g_autofree char *png = g_strconcat (prefix, ".png", NULL);
      const char *argv[] = { "pdftoppm", "-png", "-r", "50", "-singlefile",
                             "-f", number, "-l", number, f->folder.file, prefix, NULL };
      g_autofree char *out = hrp_test_run_tool (argv);
      cairo_surface_t *image = cairo_image_surface_create_from_png (png);
      int width = cairo_image_surface_get_width (image);
      int height = cairo_image_surface_get_height (image);
      int stride = cairo_image_surface_get_stride (image);
      unsigned char *pixels = cairo_image_surface_get_data (image);
      guint dark = 0, dark_in_margin = 0;

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      /* A4 at 50 dpi (rounded up): the plan's first page upright, the
       * table's turned, its binding margin still on the left. */
      g_assert_cmpint (ABS (MIN (width, height) - 413), <=, 1);
      g_assert_cmpint (ABS (MAX (width, height) - 585), <=, 1);
      g_assert_true (i == 0 ? width < height : width > height);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guint32 pixel = *(guint32 *) (pixels + y * stride + 4 * x);

            if ((pixel & 0xff) < 100)
              {
                dark++;
                /* The left margin (3 cm, less a point) stays white. */
                if (x < 3.0 / 2.54 * 50 - 2)
                  dark_in_margin++;
              }
          }
      g_assert_cmpuint (dark, >, 2000);
      g_assert_cmpuint (dark_in_margin, ==, 0);
      cairo_surface_destroy (image);
      g_remove (png);
    }
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HrpReport) report = hrp_report_new (f->plan, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (hrp_report_paginate (report, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (hrp_report_get_n_pages (report), ==, 0);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  HrpPolicy *policy4;
  g_autoptr(HrpActivity) odd = hrp_activity_new ("ชื่อมี \"เครื่องหมายคำพูด\", และจุลภาค");

  policy4 = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (f->plan)), 3);
  hrp_activity_set_quarter (odd, 2, TRUE);
  hrp_model_list_append (hrp_policy_get_activities (policy4), odd);
  g_object_unref (policy4);

  bytes = hrp_report_table_csv (f->plan);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF\"นโยบาย\",\"กิจกรรม/โครงการ\""));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  /* header + 18 activities + the one added + the empty end */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 18 + 1 + 1);
  g_assert_nonnull (strstr (text, ",200000.00,"));
  g_assert_nonnull (strstr (text, "\"ชื่อมี \"\"เครื่องหมายคำพูด\"\", และจุลภาค\",,,\"✓\",,"));
  g_assert_true (g_str_has_prefix (lines[1], "\"1. "));
}

typedef struct {
  gboolean done;
  guint    pages;
  GError  *error;
  double   progress;
  guint    n_progress;
} AsyncResult;

static void
progress_cb (double   done,
             gpointer data)
{
  AsyncResult *r = data;

  g_assert_cmpfloat (done, >=, r->progress);
  r->progress = done;
  r->n_progress++;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  AsyncResult *r = data;
  g_autoptr(HrpReport) report = hrp_report_paginate_finish (result, &r->error);

  r->pages = report != NULL ? hrp_report_get_n_pages (report) : 0;
  r->done = TRUE;
}

/* Writing off the main thread: the file, the progress on this thread,
 * the plan free to change meanwhile; a cancelled write leaves no file. */
static void
test_write_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->folder.file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  HrpReportOptions options = { .thai_digits = TRUE };
  AsyncResult r = { 0 };
  g_autofree char *text = NULL;

  hrp_report_paginate_async (f->plan, &options, file, NULL, progress_cb, &r, written_cb, &r);
  /* Edited at once: the PDF shows the plan as it was. */
  hrp_plan_set_vision (f->plan, "วิสัยทัศน์ที่แก้ภายหลัง");
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_no_error (r.error);
  g_assert_cmpuint (r.pages, >=, 5);
  g_assert_cmpuint (r.n_progress, >=, 1);
  g_assert_cmpfloat (r.progress, ==, 1.0);
  text = pdf_text (f, 0);
  g_assert_nonnull (strstr (text, "๒๐๐,๐๐๐"));
  g_assert_null (strstr (text, "วิสัยทัศน์ที่แก้ภายหลัง"));

  g_remove (f->folder.file);
  memset (&r, 0, sizeof r);
  g_cancellable_cancel (cancellable);
  hrp_report_paginate_async (f->plan, NULL, file, cancellable, NULL, NULL, written_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);
  g_assert_cmpuint (r.pages, ==, 0);
  g_assert_false (g_file_test (f->folder.file, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/report/whole-plan", test_whole_plan);
  ADD ("/report/thai-digits", test_thai_digits);
  ADD ("/report/table-only-and-landscape", test_table_only);
  ADD ("/report/long-table", test_long_table);
  ADD ("/report/ticks-seen", test_ticks_drawn);
  ADD ("/report/rendered-pages", test_rendered_pages);
  ADD ("/report/cancel", test_cancel);
  ADD ("/report/write-async", test_write_async);
  ADD ("/report/csv", test_csv);
#undef ADD

  return g_test_run ();
}
