/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-package.h — the Word and OpenDocument exports read back: a
 * part of the zip, XPath over a part, every text of the plan looked for,
 * LibreOffice converting a file. */
#pragma once

#include <glib.h>

#include "hrp-model.h"

G_BEGIN_DECLS

/* The sample, with a quarter ticked and a signer: the sample has
 * neither, and both are written in a way of their own. */
HrpPlan   *hrp_test_package_sample    (void);
/* Runs argv; asserts it exited with 0 and returns its standard output,
 * byte for byte. */
GBytes    *hrp_test_run_stdout        (const char * const *argv);
/* The part name of the zip, or NULL when it has none. */
char      *hrp_test_package_part      (GBytes      *zip,
                                       const char  *name);
/* The values of xpath in part, one a line; namespaces: prefix, URI, …,
 * NULL. */
char      *hrp_test_xpath_values      (const char  *part,
                                       const char  *xpath,
                                       const char * const *namespaces);
guint      hrp_test_xpath_count       (const char  *part,
                                       const char  *xpath,
                                       const char * const *namespaces);
/* Each text of the plan the printed plan shows, without white space,
 * is in squeezed (hrp_test_squeeze). */
void       hrp_test_assert_plan_texts (HrpPlan     *plan,
                                       const char  *squeezed);
/* LibreOffice converts path to format ("pdf", "txt:Text (encoded):UTF8")
 * into dir, with a profile of its own there: the path of what it wrote,
 * or NULL (the test skipped) when soffice is not installed. */
char      *hrp_test_soffice_convert   (const char  *dir,
                                       const char  *path,
                                       const char  *format,
                                       const char  *extension);

/* Asserts of a PDF LibreOffice made of our export (the table landscape):
 * the pages before the table's portrait A4, the table's (those headed
 * "ระยะเวลาการดำเนินงาน") landscape A4, no page number on the first
 * page, "-N-" first on the others.  text_first: the plan's text comes
 * before the table.  Returns the table's pages. */
guint      hrp_test_assert_pdf_pages  (const char  *pdf,
                                       gboolean     text_first);

G_END_DECLS
