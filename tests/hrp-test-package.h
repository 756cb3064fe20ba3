/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-package.h — the Word and OpenDocument exports read back: a
 * part of the zip, XPath over a part, every text of the plan looked for,
 * LibreOffice's PDF checked; each format described once, and the tests
 * the two formats share. */
#pragma once

#include <glib.h>

#include "hrp-model.h"
#include "hrp-report.h"
#include "hrp-test-util.h"

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
/* Asserts of a PDF LibreOffice made of our export (the table landscape):
 * the pages before the table's portrait A4, the table's (those headed
 * "ระยะเวลาการดำเนินงาน") landscape A4, no page number on the first
 * page, "-N-" first on the others.  text_first: the plan's text comes
 * before the table.  Returns the table's pages. */
guint      hrp_test_assert_pdf_pages  (const char  *pdf,
                                       gboolean     text_first);

/* The two formats and the tests they share {{{ */

/* A format: its name (the test folder's, the file's extension, the
 * command line's --export-NAME) and its export; the command line's case
 * (cli_option exports what cli_options give, misused_option with
 * misused_export is refused); the formats whose PDF LibreOffice makes in
 * the PDF test (NULL-terminated). */
typedef struct HrpTestFormat HrpTestFormat;
struct HrpTestFormat {
  const char            *name;
  GBytes              *(*export) (HrpPlan                *plan,
                                  const HrpReportOptions *options,
                                  GError                **error);
  const char            *cli_option;
  HrpReportOptions       cli_options;
  const char            *misused_export;
  const char            *misused_option;
  const HrpTestFormat   *pdf_formats[3];
};

extern const HrpTestFormat hrp_test_docx;
extern const HrpTestFormat hrp_test_odt;

/* plan exported in format; asserts it worked. */
GBytes    *hrp_test_format_export     (const HrpTestFormat    *format,
                                       HrpPlan                *plan,
                                       const HrpReportOptions *options);

/* The fixture: a folder with .file plan.NAME (not written), the sample
 * (hrp_test_package_sample ()), the format (the test's data). */
typedef struct {
  HrpTestFolder        folder;
  HrpPlan             *plan;
  const HrpTestFormat *format;
} HrpTestPackage;

void       hrp_test_package_setup     (HrpTestPackage         *f,
                                       gconstpointer           format);
void       hrp_test_package_teardown  (HrpTestPackage         *f,
                                       gconstpointer           format);
/* The plan exported in the format; asserts it worked. */
GBytes    *hrp_test_package_export    (HrpTestPackage         *f,
                                       const HrpReportOptions *options);
/* Adds the test at path: test in an HrpTestPackage fixture of format. */
void       hrp_test_package_add       (const char             *path,
                                       const HrpTestFormat    *format,
                                       void                  (*test) (HrpTestPackage *f,
                                                                      gconstpointer   format));

/* Shared tests {{{ */

/* Same plan, same bytes, made in a different second. */
void       hrp_test_package_deterministic (HrpTestPackage     *f,
                                       gconstpointer           format);
/* The command line exports to a file and to standard output with the
 * format's cli_option (the same bytes as its cli_options give); its
 * misused option is refused, in English and in Thai; a missing folder's
 * file is named in the error. */
void       hrp_test_package_cli       (HrpTestPackage         *f,
                                       gconstpointer           format);
/* LibreOffice reads the export as text: it holds every text of the plan,
 * the fourth quarter's heading, the tick and the lists' numbers. */
void       hrp_test_package_libreoffice_text (HrpTestPackage  *f,
                                       gconstpointer           format);
/* LibreOffice's PDF of each of the format's pdf_formats: the text on
 * portrait pages, the table on landscape ones, page numbers from page 2
 * (hrp_test_assert_pdf_pages ()). */
void       hrp_test_package_libreoffice_pdf (HrpTestPackage   *f,
                                       gconstpointer           format);
/* Both. */
void       hrp_test_package_libreoffice (HrpTestPackage       *f,
                                       gconstpointer           format);

/* }}} */

/* }}} */

G_END_DECLS
