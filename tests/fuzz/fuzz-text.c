/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-text.c — libFuzzer target: the Thai text and money helpers.
 *
 * The first four bytes choose two years, the rest is the text (any
 * bytes: the helpers also see texts of damaged databases).  Invariants:
 *  - converting digits either way never changes anything but digits;
 *  - a parsed budget is in range, and its formatted forms (with and
 *    without decimals, Thai digits, the exchange format's decimal) parse
 *    back to the same satang; the Thai-digit form of the text parses the
 *    same as the text;
 *  - after hrp_thai_replace_year (old → new, old ≠ new) no whole number
 *    equal to old is left, and a text without digits is unchanged;
 *  - hrp_text_sanitize () gives UTF-8 without a control character (but
 *    tab, and new line in a multi-line text), a bidi control or U+FEFF,
 *    counts something removed whenever it changed the text, and leaves
 *    its own result as it is.
 *
 * Built only with -Dfuzzing=true; see build-aux/fuzz.sh.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hrp-model.h"
#include "hrp-thai.h"

#define CHECK(cond)                                                     \
  G_STMT_START {                                                        \
    if (!(cond))                                                        \
      {                                                                 \
        fprintf (stderr, "fuzz-text: %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        abort ();                                                       \
      }                                                                 \
  } G_STMT_END

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* The value of a digit, Arabic or Thai, at p (valid UTF-8), or -1. */
static int
digit_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 0x0E50 && c <= 0x0E59)
    return c - 0x0E50;
  return -1;
}

/* How many whole numbers of fewer than 12 digits equal value. */
static guint
count_number (const char *text,
              gint64      value)
{
  guint n = 0;

  for (const char *p = text; *p != '\0';)
    {
      gint64 v = 0;
      guint digits = 0;

      while (*p != '\0' && digit_at (p) >= 0)
        {
          if (digits < 12)
            v = v * 10 + digit_at (p);
          digits++;
          p = g_utf8_next_char (p);
        }
      if (digits > 0 && digits < 12 && v == value)
        n++;
      if (digits == 0)
        p = g_utf8_next_char (p);
    }
  return n;
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (digit_at (p) >= 0)
      return TRUE;
  return FALSE;
}

static void
check_money_round_trip (gint64 satang)
{
  g_autofree char *plain = hrp_money_format (satang, FALSE);
  g_autofree char *decimals = hrp_money_format (satang, TRUE);
  g_autofree char *thai = hrp_arabic_digits_to_thai (decimals);
  g_autofree char *decimal = hrp_money_to_decimal (satang);
  const char *forms[] = { plain, decimals, thai, decimal };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 back = -2;

      CHECK (hrp_money_parse (forms[i], &back, &error));
      CHECK (back == satang);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autofree char *arabic = NULL;
  g_autofree char *thai = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid;
  gboolean parsed;
  gint64 satang = -2;
  int old_year, new_year;

  if (size < 4)
    return 0;
  old_year = data[0] | (data[1] << 8);
  new_year = data[2] | (data[3] << 8);
  text = g_strndup ((const char *) data + 4, size - 4);
  valid = g_utf8_validate (text, -1, NULL);

  /* Digits */
  arabic = hrp_thai_digits_to_arabic (text);
  thai = hrp_arabic_digits_to_thai (text);
  CHECK (arabic != NULL && thai != NULL);
  if (valid)
    {
      g_autofree char *thai_arabic = hrp_thai_digits_to_arabic (thai);
      g_autofree char *arabic_thai = hrp_arabic_digits_to_thai (arabic);
      g_autofree char *thai_thai = hrp_arabic_digits_to_thai (thai);

      CHECK (g_utf8_validate (arabic, -1, NULL));
      CHECK (g_utf8_validate (thai, -1, NULL));
      CHECK (strcmp (thai_arabic, arabic) == 0);
      CHECK (strcmp (arabic_thai, thai) == 0);
      CHECK (strcmp (thai_thai, thai) == 0);
      CHECK (g_utf8_strlen (arabic, -1) == g_utf8_strlen (text, -1));
      if (!has_digit (text))
        CHECK (strcmp (arabic, text) == 0 && strcmp (thai, text) == 0);
    }

  /* Money */
  parsed = hrp_money_parse (text, &satang, &error);
  CHECK (parsed == (error == NULL));
  if (parsed)
    {
      CHECK (satang == HRP_BUDGET_NONE || (satang >= 0 && satang <= HRP_BUDGET_MAX));
      if (satang != HRP_BUDGET_NONE)
        check_money_round_trip (satang);
    }
  else
    CHECK (error->domain == HRP_MONEY_ERROR);
  if (valid)
    {
      g_autoptr(GError) thai_error = NULL;
      gint64 thai_satang = -2;
      gboolean thai_parsed = hrp_money_parse (thai, &thai_satang, &thai_error);

      CHECK (thai_parsed == parsed);
      if (parsed)
        CHECK (thai_satang == satang);
    }

  /* Years */
  {
    g_autofree char *replaced = hrp_thai_replace_year (text, old_year, new_year);
    g_autofree char *same = hrp_thai_replace_year (text, old_year, old_year);

    CHECK (replaced != NULL && same != NULL);
    if (valid)
      {
        CHECK (g_utf8_validate (replaced, -1, NULL));
        if (old_year != new_year)
          CHECK (count_number (replaced, old_year) == 0);
        if (!has_digit (text))
          CHECK (strcmp (replaced, text) == 0);
        CHECK (count_number (same, old_year) == count_number (text, old_year));
      }
  }

  /* Sanitizing, one-line (the first byte's low bit) or multi-line */
  {
    gboolean multi_line = (data[0] & 1) != 0;
    guint removed = 0;
    guint removed_again = 0;
    g_autofree char *clean = hrp_text_sanitize (text, multi_line, &removed);
    g_autofree char *again = hrp_text_sanitize (clean, multi_line, &removed_again);

    CHECK (g_utf8_validate (clean, -1, NULL));
    for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        CHECK (c >= 0x20 || c == '\t' || (c == '\n' && multi_line));
        CHECK (c < 0x7f || c > 0x9f);
        CHECK (!(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069) && c != 0xfeff);
      }
    CHECK ((removed == 0) == (strcmp (clean, text) == 0));
    CHECK (strcmp (again, clean) == 0 && removed_again == 0);
  }

  /* Broken-text check: only that it copes with anything. */
  (void) hrp_thai_has_broken_pattern (text);

  return 0;
}
