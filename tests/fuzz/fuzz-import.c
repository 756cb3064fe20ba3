/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-import.c — libFuzzer target: the whole import path.
 *
 * The bytes are imported as a plan file.  A refused file must come with
 * one error of the format's domain, on one line.  An accepted plan is
 * exported, stored, loaded back and exported again, and its export is
 * imported and exported once more: every export must be the same bytes.
 * Sanitized as an import sanitizes it (hrp_plan_sanitize ()), its export
 * holds no control character but tab and new line, and a second
 * sanitizing finds nothing.  Anything else is a bug and aborts.
 *
 * Built only with -Dfuzzing=true; see build-aux/fuzz.sh.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hrp-plan.h"
#include "hrp-store.h"
#include "hrp-xml.h"

static HrpStore *store;

static void
fail (const char *what,
      GBytes     *expected,
      GBytes     *got)
{
  fprintf (stderr, "fuzz-import: %s\n", what);
  if (expected != NULL)
    fprintf (stderr, "--- expected\n%.*s\n", (int) g_bytes_get_size (expected),
             (const char *) g_bytes_get_data (expected, NULL));
  if (got != NULL)
    fprintf (stderr, "--- got\n%.*s\n", (int) g_bytes_get_size (got),
             (const char *) g_bytes_get_data (got, NULL));
  abort ();
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* A critical or a warning is a broken precondition: a bug. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  store = hrp_store_open (":memory:", &error);
  if (store == NULL)
    {
      fprintf (stderr, "fuzz-import: cannot open an in-memory store: %s\n", error->message);
      abort ();
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(HrpPlan) stored = NULL;
  g_autoptr(HrpPlan) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) from_store = NULL;
  g_autoptr(GBytes) second = NULL;
  int year;

  plan = hrp_xml_import (input, "fuzz.xml", &error);
  if (plan == NULL)
    {
      if (error == NULL || error->domain != HRP_XML_ERROR)
        fail ("refused without an error of HRP_XML_ERROR", NULL, NULL);
      if (strchr (error->message, '\n') != NULL || strchr (error->message, '\r') != NULL)
        fail (error->message, NULL, NULL);
      return 0;
    }
  if (error != NULL)
    fail ("a plan and an error", NULL, NULL);

  /* What the import accepts, the export writes. */
  first = hrp_xml_export (plan, &error);
  if (first == NULL)
    fail (error->message, NULL, NULL);
  year = hrp_plan_get_fiscal_year (plan);

  /* Through the database. */
  if (!hrp_store_save_plan (store, plan, TRUE, &error))
    fail (error->message, NULL, NULL);
  stored = hrp_store_load_plan (store, year, &error);
  if (stored == NULL)
    fail (error->message, NULL, NULL);
  if (!hrp_store_delete_plan (store, year, &error))
    fail (error->message, NULL, NULL);
  from_store = hrp_xml_export (stored, NULL);
  if (!g_bytes_equal (first, from_store))
    fail ("the stored plan exports differently", first, from_store);

  /* Through the file format again. */
  again = hrp_xml_import (first, "export.xml", &error);
  if (again == NULL)
    fail (error->message, first, NULL);
  second = hrp_xml_export (again, NULL);
  if (!g_bytes_equal (first, second))
    fail ("export → import → export is not the same bytes", first, second);

  /* As an import leaves it. */
  hrp_plan_sanitize (again);
  if (hrp_plan_sanitize (again) != 0)
    fail ("a sanitized plan sanitized again changed", NULL, NULL);
  {
    /* A required text of nothing but what sanitizing removes (a
     * zero-width space) is empty now: refused, as Check Plan lists it. */
    g_autoptr(GBytes) clean = hrp_xml_export (again, &error);
    gsize n = 0;
    const guchar *bytes;

    if (clean == NULL && !g_error_matches (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY))
      fail ("a sanitized plan neither exports nor says why", NULL, NULL);
    bytes = clean != NULL ? g_bytes_get_data (clean, &n) : NULL;
    for (gsize i = 0; i < n; i++)
      if ((bytes[i] < 0x20 && bytes[i] != '\t' && bytes[i] != '\n') || bytes[i] == 0x7f)
        fail ("a control character in the export of a sanitized plan", NULL, clean);
  }

  return 0;
}
