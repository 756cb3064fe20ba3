/* test-thai.c — Thai digits, years, long dates, broken PDF text, money */
#include "config.h"

#include "hrp-model.h"
#include "hrp-thai.h"

#include <string.h>

static void
test_digits (void)
{
  g_autofree char *thai = hrp_arabic_digits_to_thai ("พ.ศ. 2568 ข้อ 10");
  g_autofree char *arabic = hrp_thai_digits_to_arabic ("ยุทธศาสตร์ที่ ๑ ร้อยละ ๕๐");

  g_assert_cmpstr (thai, ==, "พ.ศ. ๒๕๖๘ ข้อ ๑๐");
  g_assert_cmpstr (arabic, ==, "ยุทธศาสตร์ที่ 1 ร้อยละ 50");
}

static void
test_long_date (void)
{
  static const struct {
    int         year, month, day;
    const char *arabic;
    const char *thai;
  } cases[] = {
    { 2026, 11, 24, "24 พฤศจิกายน 2569", "๒๔ พฤศจิกายน ๒๕๖๙" },
    { 2025, 1, 1, "1 มกราคม 2568", "๑ มกราคม ๒๕๖๘" },
    { 2024, 12, 31, "31 ธันวาคม 2567", "๓๑ ธันวาคม ๒๕๖๗" },
    { 2024, 2, 29, "29 กุมภาพันธ์ 2567", "๒๙ กุมภาพันธ์ ๒๕๖๗" },
    { 2024, 10, 1, "1 ตุลาคม 2567", "๑ ตุลาคม ๒๕๖๗" },
    { 2025, 9, 30, "30 กันยายน 2568", "๓๐ กันยายน ๒๕๖๘" },
    { 2025, 3, 10, "10 มีนาคม 2568", "๑๐ มีนาคม ๒๕๖๘" },
  };
  g_autoptr(GTimeZone) bangkok = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *shown = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (cases[i].year, cases[i].month,
                                                       cases[i].day, 12, 0, 0);
      g_autofree char *arabic = hrp_thai_long_date (date, FALSE);
      g_autofree char *thai = hrp_thai_long_date (date, TRUE);

      g_assert_cmpstr (arabic, ==, cases[i].arabic);
      g_assert_cmpstr (thai, ==, cases[i].thai);
    }

  /* The date's own time zone: 31 December 2024, 20:00 UTC is already
   * New Year's Day in Bangkok. */
  utc = g_date_time_new_utc (2024, 12, 31, 20, 0, 0);
  local = g_date_time_to_timezone (utc, bangkok);
  shown = hrp_thai_long_date (local, FALSE);
  g_assert_cmpstr (shown, ==, "1 มกราคม 2568");
}

static void
test_replace_year (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "แผน ประจำปีงบประมาณ พ.ศ. 2568", "แผน ประจำปีงบประมาณ พ.ศ. 2569" },
    { "แผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "แผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" },
    { "2568 และ ๒๕๖๘", "2569 และ ๒๕๖๙" },
    /* Only the whole number: 25681 and 12568 are other numbers. */
    { "เลขที่ 25681 / 12568", "เลขที่ 25681 / 12568" },
    { "พ.ศ.2568)", "พ.ศ.2569)" },
    { "no year", "no year" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = hrp_thai_replace_year (cases[i].in, 2568, 2569);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_broken_patterns (void)
{
  g_assert_true (hrp_thai_has_broken_pattern ("องค์การบริหารส่วนต าบล"));
  g_assert_true (hrp_thai_has_broken_pattern ("เพ่ือ"));
  g_assert_true (hrp_thai_has_broken_pattern ("ท่ี"));
  g_assert_true (hrp_thai_has_broken_pattern ("ข้ึน"));
  g_assert_false (hrp_thai_has_broken_pattern ("องค์การบริหารส่วนตำบล"));
  g_assert_false (hrp_thai_has_broken_pattern ("เพื่อ ที่ ขึ้น น้ำ"));
  /* A space before "า" after a Latin letter is not Thai breakage. */
  g_assert_false (hrp_thai_has_broken_pattern ("A า"));
}

static void
test_money_parse (void)
{
  struct { const char *in; gint64 satang; } good[] = {
    { "200000", 20000000 },
    { "200,000", 20000000 },
    { " 200,000.00 ", 20000000 },
    { "1,234,567.5", 123456750 },
    { "0", 0 },
    { "0.05", 5 },
    { ".5", 50 },
    { "๒๐๐,๐๐๐", 20000000 },
    { "-", HRP_BUDGET_NONE },
    { "", HRP_BUDGET_NONE },
    { "999,999,999,999.99", HRP_BUDGET_MAX },
  };
  struct { const char *in; int code; } bad[] = {
    { "-5", HRP_MONEY_ERROR_NEGATIVE },
    { "1.234", HRP_MONEY_ERROR_TOO_MANY_DECIMALS },
    { "1000000000000", HRP_MONEY_ERROR_TOO_LARGE },
    { "12a", HRP_MONEY_ERROR_INVALID },
    { "20,00", HRP_MONEY_ERROR_INVALID },
    { "1.2.3", HRP_MONEY_ERROR_INVALID },
    { ".", HRP_MONEY_ERROR_INVALID },
    { "บาท", HRP_MONEY_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 satang = -42;

      g_assert_true (hrp_money_parse (good[i].in, &satang, &error));
      g_assert_no_error (error);
      g_assert_cmpint (satang, ==, good[i].satang);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 satang = -42;

      g_assert_false (hrp_money_parse (bad[i].in, &satang, &error));
      g_assert_error (error, HRP_MONEY_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].in));
    }
}

static void
test_money_format (void)
{
  struct { gint64 satang; gboolean decimals; const char *out; } cases[] = {
    { 20000000, FALSE, "200,000" },
    { 20000000, TRUE, "200,000.00" },
    { 123456750, FALSE, "1,234,567.50" },
    { 5, FALSE, "0.05" },
    { 0, FALSE, "0" },
    { 99900, FALSE, "999" },
    { 100000, FALSE, "1,000" },
    { HRP_BUDGET_NONE, FALSE, "-" },
    { HRP_BUDGET_MAX, FALSE, "999,999,999,999.99" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = hrp_money_format (cases[i].satang, cases[i].decimals);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_money_decimal (void)
{
  g_autofree char *a = hrp_money_to_decimal (20000000);
  g_autofree char *b = hrp_money_to_decimal (5);
  g_autofree char *c = hrp_money_to_decimal (HRP_BUDGET_MAX);

  g_assert_cmpstr (a, ==, "200000.00");
  g_assert_cmpstr (b, ==, "0.05");
  g_assert_cmpstr (c, ==, "999999999999.99");
}

/* Texts of a damaged database need not be UTF-8.  A sequence cut off by
 * the end of the text ("\xF2\x04" was found by fuzz-text) made the
 * helpers step over the terminating nul and read past the buffer; bytes
 * that are not UTF-8 are now kept one by one and are never digits. */
static void
test_invalid_utf8 (void)
{
  static const char * const texts[] = {
    "!\xF2\x04", "\xF0", "\xE0\xB9", "2568 \xE0\xB9", "\xE0\xB9\x92\xFF2568",
    "\xC0\xB2", "\xED\xA0\x80", "ต \xE0\xB8",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *arabic = hrp_thai_digits_to_arabic (texts[i]);
      g_autofree char *replaced = hrp_thai_replace_year (texts[i], 2568, 2569);
      g_autofree char *again = hrp_thai_digits_to_arabic (arabic);
      gint64 satang;

      g_assert_cmpstr (again, ==, arabic);
      g_assert_nonnull (replaced);
      (void) hrp_thai_has_broken_pattern (texts[i]);
      g_assert_false (hrp_money_parse (texts[i], &satang, NULL));
    }

  {
    g_autofree char *thai = hrp_arabic_digits_to_thai ("\xFF" "1");
    g_autofree char *arabic = hrp_thai_digits_to_arabic ("\xE0\xB9\x91\xFF");
    g_autofree char *replaced = hrp_thai_replace_year ("\xFF" "2568\xF0", 2568, 2569);

    g_assert_cmpstr (thai, ==, "\xFF" "๑");
    g_assert_cmpstr (arabic, ==, "1\xFF");
    g_assert_cmpstr (replaced, ==, "\xFF" "2569\xF0");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/thai/digits", test_digits);
  g_test_add_func ("/thai/long-date", test_long_date);
  g_test_add_func ("/thai/replace-year", test_replace_year);
  g_test_add_func ("/thai/broken-patterns", test_broken_patterns);
  g_test_add_func ("/thai/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/money/parse", test_money_parse);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/decimal", test_money_decimal);

  return g_test_run ();
}
