/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report-pages.c — the rules of the printed plan's pages, proved on
 * real PDFs read back page by page with pdftotext -raw (in the order
 * drawn, so a wrapped table cell reads whole) and pdfinfo: the table's
 * pages turned, amounts never broken, no page ending in a heading, the
 * totals kept with rows, ticks as text, titles broken between units. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "hrp-report.h"
#include "hrp-test-util.h"
#include "hrp-thai.h"

typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plan.pdf */
  HrpPlan       *plan;     /* the sample */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  hrp_test_folder_init (&f->folder, "report-pages", "plan.pdf");
  f->plan = hrp_test_load_sample ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hrp_test_folder_clear (&f->folder);
  g_clear_object (&f->plan);
}

/* Helpers {{{ */

/* Writes plan to f->folder.file; the pages' raw text, one string a page
 * (pdftotext ends each page with a form feed). */
static GStrv
write_pages (Fixture                *f,
             HrpPlan                *plan,
             const HrpReportOptions *options)
{
  g_autoptr(HrpReport) report = hrp_report_new (plan, options);
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", f->folder.file, "-", NULL };
  g_autofree char *text = NULL;
  GStrv pages;
  guint n;

  hrp_test_write_pdf (report, f->folder.file);
  text = hrp_test_run_tool (argv);
  pages = g_strsplit (text, "\f", -1);
  n = g_strv_length (pages);
  /* After the last form feed: nothing. */
  g_assert_cmpuint (n, ==, hrp_report_get_n_pages (report) + 1);
  g_assert_cmpstr (g_strstrip (pages[n - 1]), ==, "");
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  return pages;
}

/* The size of page (from 1) of the PDF, as pdfinfo reads it. */
static void
page_size (Fixture *f,
           guint    page,
           double  *width,
           double  *height)
{
  g_autofree char *info = hrp_test_pdf_page_info (f->folder.file, page);
  g_autofree char *key = g_strdup_printf (" %u size:", page);
  const char *at = strstr (info, key);
  char *end;

  g_assert_nonnull (at);
  at += strlen (key);
  *width = g_ascii_strtod (at, &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);
}

static gboolean
is_landscape_a4 (double width,
                 double height)
{
  return fabs (width - 841.89) < 0.5 && fabs (height - 595.276) < 0.5;
}

static gboolean
is_portrait_a4 (double width,
                double height)
{
  return fabs (width - 595.276) < 0.5 && fabs (height - 841.89) < 0.5;
}

/* A page of the action-plan table: it repeats the table's header. */
static gboolean
is_table_page (const char *page)
{
  g_autofree char *squeezed = hrp_test_squeeze (page);

  return strstr (squeezed, "กิจกรรม/โครงการ") != NULL && strstr (squeezed, "ระยะเวลาการดำเนินงาน") != NULL;
}

/* The page's lines without white space (pdftotext puts spaces inside
 * Thai clusters), the page number and empty lines left out. */
static GPtrArray *
page_lines (const char *page)
{
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  GPtrArray *squeezed = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = hrp_test_squeeze (lines[i]);

      if (*line == '\0' || g_regex_match_simple ("^-[๐-๙]+-$", line, 0, 0))
        g_free (line);
      else
        g_ptr_array_add (squeezed, line);
    }
  return squeezed;
}

/* Some line of the page holds all of text (squeezed). */
static gboolean
page_has_whole (const char *page,
                const char *text)
{
  g_autoptr(GPtrArray) lines = page_lines (page);
  g_autofree char *wanted = hrp_test_squeeze (text);

  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), wanted) != NULL)
      return TRUE;
  return FALSE;
}

/* Where the words of each page of the PDF are, as pdftotext -bbox sees
 * them: the page number's centre and foot, and the foot of the lowest
 * other word. */
typedef struct {
  double width;
  double number_x;       /* -1: no page number */
  double number_bottom;
  double text_bottom;
} PageBoxes;

static GArray *
page_boxes (Fixture *f)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", f->folder.file, "-", NULL };
  g_autofree char *html = hrp_test_run_tool (argv);
  g_auto(GStrv) pages = g_strsplit (html, "<page width=\"", -1);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" "
                                        "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                        0, 0, NULL);
  GArray *boxes = g_array_new (FALSE, TRUE, sizeof (PageBoxes));

  for (guint p = 1; pages[p] != NULL; p++)
    {
      PageBoxes box = { g_ascii_strtod (pages[p], NULL), -1, 0, 0 };
      g_autoptr(GMatchInfo) match = NULL;

      for (g_regex_match (word, pages[p], 0, &match); g_match_info_matches (match);
           g_match_info_next (match, NULL))
        {
          g_autofree char *x0 = g_match_info_fetch (match, 1);
          g_autofree char *x1 = g_match_info_fetch (match, 2);
          g_autofree char *y1 = g_match_info_fetch (match, 3);
          g_autofree char *text = g_match_info_fetch (match, 4);

          if (g_regex_match_simple ("^-[๐-๙]+-$", text, 0, 0))
            {
              box.number_x = (g_ascii_strtod (x0, NULL) + g_ascii_strtod (x1, NULL)) / 2;
              box.number_bottom = g_ascii_strtod (y1, NULL);
            }
          else
            box.text_bottom = MAX (box.text_bottom, g_ascii_strtod (y1, NULL));
        }
      g_array_append_val (boxes, box);
    }
  return boxes;
}

static HrpActivity *
add_activity (HrpPolicy  *policy,
              const char *name,
              gint64      satang)
{
  g_autoptr(HrpActivity) activity = hrp_activity_new (name);

  hrp_activity_set_budget (activity, satang);
  hrp_model_list_append (hrp_policy_get_activities (policy), activity);
  return activity;
}

/* }}} */

/* The table's pages are landscape A4, the rest of the plan portrait; the
 * table's title opens its first page, which its rows fill; the page
 * number stays centred at the top of every page after the first. */
static void
test_orientation (Fixture       *f,
                  gconstpointer  data)
{
  const HrpTableOrientation orientations[] = { HRP_TABLE_LANDSCAPE, HRP_TABLE_PORTRAIT };

  for (guint o = 0; o < G_N_ELEMENTS (orientations); o++)
    for (guint table_only = 0; table_only < 2; table_only++)
      {
        HrpReportOptions options = { .table_only = table_only, .table_orientation = orientations[o] };
        g_auto(GStrv) pages = write_pages (f, f->plan, &options);
        g_autoptr(GArray) boxes = page_boxes (f);
        guint n_table = 0, first_table = 0;

        for (guint p = 0; pages[p] != NULL; p++)
          {
            double width, height;

            page_size (f, p + 1, &width, &height);
            if (p > 0)
              {
                const PageBoxes *box = &g_array_index (boxes, PageBoxes, p);

                g_assert_cmpfloat_with_epsilon (box->width, width, 0.01);
                g_assert_cmpfloat_with_epsilon (box->number_x, width / 2, 1.0);
                /* Above the body, whose top margin is 2.5 cm. */
                g_assert_cmpfloat (box->number_bottom, <, 2.5 / 2.54 * 72);
              }
            if (is_table_page (pages[p]))
              {
                if (n_table++ == 0)
                  first_table = p;
                g_assert_true (orientations[o] == HRP_TABLE_LANDSCAPE ? is_landscape_a4 (width, height)
                                                                       : is_portrait_a4 (width, height));
              }
            else
              {
                /* The plan's text: before the table, upright. */
                g_assert_false (table_only);
                g_assert_cmpuint (n_table, ==, 0);
                g_assert_true (is_portrait_a4 (width, height));
              }
          }
        g_assert_cmpuint (n_table, >=, 2);
        /* The quarters' headings whole under the span's, on one line. */
        for (guint q = 1; q <= 4; q++)
          {
            g_autofree char *heading = g_strdup_printf ("ไตรมาส %s", (const char *[]) { "", "๑", "๒", "๓", "๔" }[q]);

            g_assert_true (page_has_whole (pages[first_table], heading));
          }
        g_assert_true (page_has_whole (pages[first_table], "ระยะเวลาการดำเนินงาน"));
        g_assert_true (table_only ? first_table == 0 : first_table >= 5);
        g_assert_cmpuint (g_strv_length (pages), ==, boxes->len);
        /* The first table page holds rows down to its lower quarter, the
         * first policy's first activity among them. */
        {
          HrpPolicy *policy = hrp_test_nth (hrp_plan_get_policies (f->plan), 0);
          HrpActivity *activity = hrp_test_nth (hrp_policy_get_activities (policy), 0);
          g_autofree char *page = hrp_test_squeeze (pages[first_table]);
          g_autofree char *name = hrp_test_squeeze (hrp_activity_get_name (activity));
          double width, height;

          page_size (f, first_table + 1, &width, &height);
          g_assert_cmpfloat (g_array_index (boxes, PageBoxes, first_table).text_bottom, >, height * 0.75);
          g_assert_nonnull (strstr (page, name));
        }
        {
          g_autoptr(GPtrArray) lines = page_lines (pages[first_table]);

          g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, 0), "แผนการดำเนินงานตามแผนการบริหาร"));
        }
      }
}

/* Amounts stand on one line, in Arabic and Thai digits, whatever the
 * orientation, the totals too; the budget column is as wide as they. */
static void
test_amounts_unbroken (Fixture       *f,
                       gconstpointer  data)
{
  static const gint64 amounts[] = {
    123456750,        /* 1,234,567.50 */
    1234567800,       /* 12,345,678 */
    25000000000,      /* 250,000,000 */
    20000000,         /* 200,000 */
    99999999999999,   /* 999,999,999,999.99 */
  };
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนาบุคลากรและการส่งเสริมความก้าวหน้าในสายอาชีพ");
  g_autoptr(HrpPolicy) second = hrp_policy_new ("ด้านสวัสดิการ");
  gint64 total = 0;

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_title (plan, "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569");
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      add_activity (i < 3 ? policy : second,
                    "โครงการฝึกอบรมสัมมนาศึกษาดูงานนอกสถานที่ คณะผู้บริหาร ประธานสภา/สมาชิกสภา อบต. พนักงานส่วนตำบล",
                    amounts[i]);
      total += amounts[i];
    }
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);
  hrp_model_list_append (hrp_plan_get_policies (plan), second);

  for (guint thai = 0; thai < 2; thai++)
    for (guint o = 0; o < 2; o++)
      {
        HrpReportOptions options = { .table_only = TRUE, .thai_digits = thai,
                                     .table_orientation = o == 0 ? HRP_TABLE_LANDSCAPE : HRP_TABLE_PORTRAIT };
        g_auto(GStrv) pages = write_pages (f, plan, &options);
        g_autofree char *all = g_strjoinv ("\n", pages);

        for (guint i = 0; i <= G_N_ELEMENTS (amounts); i++)
          {
            g_autofree char *arabic = hrp_money_format (i < G_N_ELEMENTS (amounts) ? amounts[i] : total, FALSE);
            g_autofree char *printed = thai ? hrp_arabic_digits_to_thai (arabic) : g_strdup (arabic);

            if (!page_has_whole (all, printed))
              g_error ("%s (%s digits, %s) is broken:\n%s", printed, thai ? "Thai" : "Arabic",
                       o == 0 ? "landscape" : "portrait", all);
          }
      }
}

/* The headings of the plan's text, squeezed. */
static GPtrArray *
plan_headings (HrpPlan *plan)
{
  static const char *fixed[] = {
    "บทนำ", "วิสัยทัศน์", "พันธกิจ", "ยุทธศาสตร์การพัฒนา", "เป้าหมาย", "เป้าประสงค์", "ตัวชี้วัด",
    "จุดยืนทางยุทธศาสตร์", "นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล",
  };
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  GPtrArray *headings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (headings, g_strdup (fixed[i]));
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autofree char *heading = g_strdup_printf ("ยุทธศาสตร์ที่ %u %s", i + 1, hrp_strategy_get_title (strategy));

      g_ptr_array_add (headings, hrp_test_squeeze (heading));
    }
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));

      g_ptr_array_add (headings, hrp_test_squeeze (heading));
    }
  return headings;
}

/* No page of the plan's text ends in a heading, or in the first lines of
 * one: the sample, and the sample pushed down line by line by added
 * missions so that every heading comes to the foot of a page. */
static void
test_headings_kept_with_text (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) headings = plan_headings (f->plan);
  GListModel *missions = G_LIST_MODEL (hrp_plan_get_missions (f->plan));
  guint checked = 0;

  for (guint extra = 0; extra <= 30; extra++)
    {
      g_auto(GStrv) pages = NULL;

      if (extra > 0)
        {
          g_autoptr(HrpMission) mission = hrp_mission_new ("ส่งเสริมการมีส่วนร่วมของประชาชน");

          hrp_model_list_append (missions, mission);
        }
      pages = write_pages (f, f->plan, NULL);
      for (guint p = 0; pages[p] != NULL && pages[p + 1] != NULL; p++)
        {
          g_autoptr(GPtrArray) lines = NULL;
          const char *last;

          if (is_table_page (pages[p]))
            break;
          lines = page_lines (pages[p]);
          g_assert_cmpuint (lines->len, >, 0);
          last = g_ptr_array_index (lines, lines->len - 1);
          for (guint h = 0; h < headings->len; h++)
            {
              const char *heading = g_ptr_array_index (headings, h);

              /* The heading, or its first lines. */
              if (g_str_equal (last, heading)
                  || (strlen (last) >= 12 && g_str_has_suffix (heading, last))
                  || (strlen (last) >= 12 && g_str_has_prefix (heading, last)))
                g_error ("page %u ends in the heading “%s” (%u missions added)", p + 1, heading, extra);
            }
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 200);
}

/* The page with the totals also holds activity rows, however many rows
 * come before; the table's first page is not left half empty. */
static void
test_totals_kept_with_rows (Fixture       *f,
                            gconstpointer  data)
{
  for (guint o = 0; o < 2; o++)
    for (guint n = 1; n <= 36; n++)
      {
        HrpReportOptions options = { .table_only = TRUE,
                                     .table_orientation = o == 0 ? HRP_TABLE_LANDSCAPE : HRP_TABLE_PORTRAIT };
        g_autoptr(HrpPlan) plan = hrp_plan_new ();
        g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนาบุคลากร");
        g_auto(GStrv) pages = NULL;
        guint last;

        hrp_plan_set_fiscal_year (plan, 2569);
        hrp_plan_set_title (plan, "แผนทดสอบ");
        for (guint i = 0; i < n; i++)
          {
            g_autofree char *name = g_strdup_printf ("กิจกรรมที่ %u การประชุมคณะกรรมการพิจารณาคุณสมบัติ", i + 1);

            add_activity (policy, name, 1000000);
          }
        hrp_model_list_append (hrp_plan_get_policies (plan), policy);
        pages = write_pages (f, plan, &options);
        last = g_strv_length (pages) - 1;

        g_assert_true (page_has_whole (pages[last], "รวม"));
        if (!page_has_whole (pages[last], "กิจกรรมที่"))
          g_error ("%u rows (%s): the totals stand alone on page %u", n, o == 0 ? "landscape" : "portrait", last + 1);
        /* The first page is full before the table goes on. */
        if (last > 0)
          {
            g_autoptr(GPtrArray) lines = page_lines (pages[0]);

            g_assert_cmpuint (lines->len, >, 12);
          }
      }
}

/* A ticked quarter prints "✓" as text, which copy and paste sees, in a
 * font that has it. */
static void
test_ticks_are_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนาบุคลากร");
  HrpReportOptions options = { .table_only = TRUE };
  g_auto(GStrv) pages = NULL;
  g_autofree char *all = NULL;
  guint ticks = 0;

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_title (plan, "แผนทดสอบ");
  hrp_activity_set_quarter (add_activity (policy, "การสอบพนักงานจ้าง", HRP_BUDGET_NONE), 1, TRUE);
  {
    HrpActivity *activity = add_activity (policy, "การประเมินผลการปฏิบัติงาน", 5000000);

    hrp_activity_set_quarter (activity, 2, TRUE);
    hrp_activity_set_quarter (activity, 4, TRUE);
  }
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);

  pages = write_pages (f, plan, &options);
  all = g_strjoinv ("", pages);
  for (const char *p = strstr (all, "✓"); p != NULL; p = strstr (p + 1, "✓"))
    ticks++;
  g_assert_cmpuint (ticks, ==, 3);
  /* From DejaVu Sans (Segoe UI Symbol on Windows), embedded: Laksaman
   * has no tick. */
  {
    const char *argv[] = { "pdffonts", f->folder.file, NULL };
    g_autofree char *fonts = hrp_test_run_tool (argv);

    if (strstr (fonts, "+DejaVuSans ") == NULL && strstr (fonts, "+SegoeUISymbol ") == NULL)
      g_error ("the tick's font is not embedded:\n%s", fonts);
  }
}

/* Titles and the organization line break at the spaces between their
 * units, never inside one, and a title on two lines is balanced. */
static void
test_titles_break_between_units (Fixture       *f,
                                 gconstpointer  data)
{
  static const char *units[] = {
    "องค์การบริหารส่วนตำบลหนองแก้วใหญ่พัฒนาเหนือ", "อำเภอกันทรลักษ์", "จังหวัดศรีสะเกษ",
  };
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(HrpPolicy) policy = hrp_policy_new ("ด้านการพัฒนาบุคลากร");
  const char *title = "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569 "
                      "ขององค์การบริหารส่วนตำบลหนองแก้ว";
  HrpReportOptions options = { .table_orientation = HRP_TABLE_PORTRAIT };
  g_auto(GStrv) pages = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  hrp_plan_set_fiscal_year (plan, 2569);
  hrp_plan_set_title (plan, title);
  hrp_plan_set_vision (plan, "องค์กรแห่งการเรียนรู้");
  hrp_plan_set_org_name (plan, units[0]);
  hrp_plan_set_org_district (plan, units[1]);
  hrp_plan_set_org_province (plan, units[2]);
  add_activity (policy, "การสอบพนักงานจ้าง", 1000000);
  hrp_model_list_append (hrp_plan_get_policies (plan), policy);

  pages = write_pages (f, plan, &options);
  lines = page_lines (pages[0]);

  /* The title on two lines, "พ.ศ. 2569" kept together, the lines of
   * about the same length (in characters). */
  g_assert_cmpuint (lines->len, >=, 4);
  {
    g_autofree char *squeezed = hrp_test_squeeze (title);

    g_assert_true (g_str_has_prefix (squeezed, g_ptr_array_index (lines, 0)));
  }
  {
    const char *first = g_ptr_array_index (lines, 0);
    const char *second = g_ptr_array_index (lines, 1);
    glong a = g_utf8_strlen (first, -1), b = g_utf8_strlen (second, -1);

    g_assert_cmpint (MIN (a, b) * 10, >=, MAX (a, b) * 5);
    g_assert_true (strstr (first, "พ.ศ.2569") != NULL || strstr (second, "พ.ศ.2569") != NULL);
  }
  /* The organization, district and province each whole, on the title
   * page and on the table's. */
  for (guint p = 0; pages[p] != NULL; p++)
    if (p == 0 || is_table_page (pages[p]))
      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        g_assert_true (page_has_whole (pages[p], units[u]));
}

/* The signers end the plan and the table printed alone: "ลงชื่อ …
 * ROLE", "(name)", the position; two side by side on a row. */
static void
test_signers (Fixture       *f,
              gconstpointer  data)
{
  static const char *people[][3] = {
    { "นางสาวทดสอบ จัดทำดี", "นักทรัพยากรบุคคลชำนาญการ", "ผู้จัดทำ" },
    { "นายตัวอย่าง ใจดี", "นายกองค์การบริหารส่วนตำบลหนองแก้ว", "ผู้อนุมัติ" },
    { "นายสาม ลำดับ", "ปลัดองค์การบริหารส่วนตำบลหนองแก้ว", "" },
  };
  GListModel *signers = hrp_plan_get_signers (f->plan);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(HrpSigner) signer = hrp_signer_new (people[i][0], people[i][1], people[i][2]);

      hrp_model_list_append (signers, signer);
    }

  for (guint table_only = 0; table_only < 2; table_only++)
    {
      HrpReportOptions options = { .table_only = table_only };
      g_auto(GStrv) pages = write_pages (f, f->plan, &options);
      guint totals = g_strv_length (pages) - 1;
      g_autofree char *tail = NULL;
      g_autofree char *squeezed = NULL;
      const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", f->folder.file, "-", NULL };
      g_autofree char *laid_out = hrp_test_run_tool (argv);
      g_auto(GStrv) rows = g_strsplit (laid_out, "\n", -1);
      guint signs = 0;
      gboolean side_by_side = FALSE;

      /* From the page of the totals on (a row of signers that does not
       * fit goes on to the next page, whole): every block, whole, in the
       * order of the signers. */
      while (totals > 0 && !page_has_whole (pages[totals], "รวม"))
        totals--;
      tail = g_strjoinv ("\n", pages + totals);
      squeezed = hrp_test_squeeze (tail);
      {
        const char *at = strstr (squeezed, "รวม");

        g_assert_nonnull (at);
        for (guint i = 0; i < G_N_ELEMENTS (people); i++)
          {
            g_autofree char *name = g_strdup_printf ("(%s)", people[i][0]);
            g_autofree char *sign = hrp_test_squeeze (people[i][2]);

            at = strstr (at, "ลงชื่อ");
            g_assert_nonnull (at);
            signs++;
            g_assert_true (page_has_whole (tail, name));
            g_assert_true (page_has_whole (tail, people[i][1]));
            if (*sign != '\0')
              g_assert_nonnull (strstr (at, sign));
            {
              g_autofree char *squeezed_name = hrp_test_squeeze (name);
              g_autofree char *squeezed_position = hrp_test_squeeze (people[i][1]);

              at = hrp_test_find_after (at, squeezed_name);
              at = hrp_test_find_after (at, squeezed_position);
            }
          }
      }
      g_assert_cmpuint (signs, ==, 3);

      /* The first two on one row: their names on one line as laid out. */
      for (guint r = 0; rows[r] != NULL; r++)
        {
          g_autofree char *row = hrp_test_squeeze (rows[r]);
          g_autofree char *first = hrp_test_squeeze (people[0][0]);
          g_autofree char *second = hrp_test_squeeze (people[1][0]);
          const char *a = strstr (row, first);

          if (a != NULL && strstr (a, second) != NULL)
            side_by_side = TRUE;
        }
      g_assert_true (side_by_side);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/report-pages/orientation", test_orientation);
  ADD ("/report-pages/amounts-unbroken", test_amounts_unbroken);
  ADD ("/report-pages/headings-kept-with-text", test_headings_kept_with_text);
  ADD ("/report-pages/totals-kept-with-rows", test_totals_kept_with_rows);
  ADD ("/report-pages/ticks-are-text", test_ticks_are_text);
  ADD ("/report-pages/titles-break-between-units", test_titles_break_between_units);
  ADD ("/report-pages/signers", test_signers);

  return g_test_run ();
}
