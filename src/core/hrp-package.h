/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-package.h — what the Word and OpenDocument exports share
 *
 * The plan walked as the printed plan has it (paragraphs, numbered
 * lists, the action-plan table's rows, the signers), each format writing
 * what it is given; the parts written with libxml2's writer; the zip
 * made in memory with libzip.
 */
#pragma once

#include "hrp-terms.h"

#include <gio/gio.h>
#include <libxml/xmlwriter.h>

#include "hrp-model.h"
#include "hrp-report.h"

G_BEGIN_DECLS

typedef struct {
  xmlTextWriterPtr        w;
  const HrpReportOptions *options;
  guint                   n_lists;   /* the numbered lists written so far */
  double                  shares[HRP_N_COLUMNS];   /* the table's columns' shares of its width */
  int                     last_kind;   /* the HrpParagraphKind of the paragraph before, or HRP_PARAGRAPH_NONE */
} HrpPackageWriter;

/* Writing XML {{{ */

void     hrp_package_start         (HrpPackageWriter *writer,
                                    const char       *name);
void     hrp_package_end           (HrpPackageWriter *writer);
void     hrp_package_attribute     (HrpPackageWriter *writer,
                                    const char       *name,
                                    const char       *value);
void     hrp_package_attribute_int (HrpPackageWriter *writer,
                                    const char       *name,
                                    int               value);
/* An empty element with attributes: name, value, …, NULL */
void     hrp_package_element       (HrpPackageWriter *writer,
                                    const char       *name,
                                    ...) G_GNUC_NULL_TERMINATED;
/* text as it can go in a text node: the characters XML cannot carry
 * dropped, digits Thai when chosen. */
char    *hrp_package_clean_text    (HrpPackageWriter *writer,
                                    const char       *text);
/* A text node of text, cleaned. */
void     hrp_package_text          (HrpPackageWriter *writer,
                                    const char       *text);

/* What a part holds inside its root element */
typedef void (*HrpPackageBody) (HrpPackageWriter *writer,
                                HrpPlan          *plan);

/* A part: its root element, with attributes (name, value pairs, ending
 * with NULL: its namespaces), around what body writes. */
GBytes  *hrp_package_write_part    (HrpPlan                *plan,
                                    const HrpReportOptions *options,
                                    const char             *root,
                                    const char * const     *attributes,
                                    HrpPackageBody          body);

/* }}} */

/* The plan walked {{{ */

typedef enum {
  HRP_PARAGRAPH_NONE,           /* before the first paragraph */
  HRP_PARAGRAPH_TITLE,          /* the plan's title */
  HRP_PARAGRAPH_ORGANIZATION,   /* under the title, centred, bold */
  HRP_PARAGRAPH_HEADING_1,
  HRP_PARAGRAPH_HEADING_2,
  HRP_PARAGRAPH_BODY,           /* its first line indented */
  HRP_PARAGRAPH_LIST_NAME,      /* a strategy's list's heading: indented, bold, kept with its list */
  HRP_PARAGRAPH_CAPTION,        /* the table's caption: centred, bold, kept with the table */
  HRP_PARAGRAPH_CAPTION_ORGANIZATION,
  HRP_PARAGRAPH_SIGN_SPACE,     /* room to sign, kept with what follows */
  HRP_PARAGRAPH_SIGN,           /* a line of a signer's block, centred, kept with the next */
  HRP_PARAGRAPH_SIGN_LAST,      /* its last line */
} HrpParagraphKind;

/* A row of the action-plan table. */
typedef struct {
  const char *policy;          /* its first row: "N. title"; NULL on the rows the policy's cell covers */
  guint       n_spanned;       /* on its first row: how many rows the policy's cell spans */
  const char *activity;        /* NULL for none (a policy without activities) */
  const char *amount;          /* the budget, "-" for none */
  gboolean    quarters[4];
  const char *total;           /* a totals row's label (spanning the policy and the activity), else NULL */
} HrpPackageRow;

/* The headings of the table (the two header rows): the columns before
 * the quarters span both, "ระยะเวลาการดำเนินงาน" spans the quarters. */
extern const char * const hrp_package_headings[HRP_N_COLUMNS];
#define HRP_PACKAGE_PERIOD HRP_TERM_PERIOD

typedef struct {
  /* One line of text (a line break in the plan's text starts another) */
  void (*paragraph)   (HrpPackageWriter    *writer,
                       HrpParagraphKind     kind,
                       const char          *line);
  /* A numbered list (missions, a strategy's lists, positions) at level 0
   * or 1 (under a list's heading), numbered from 1; writer->n_lists
   * counts it after. */
  void (*list)        (HrpPackageWriter    *writer,
                       GListModel          *items,
                       guint                level);
  /* The text is done: the table starts on a page of its own. */
  void (*text_end)    (HrpPackageWriter    *writer);
  /* The table's header rows; writer->shares has each column's share
   * of the width, from the content.  It leaves the table's element open:
   * the walk closes it after the rows. */
  void (*table_start) (HrpPackageWriter    *writer);
  void (*row)         (HrpPackageWriter    *writer,
                       const HrpPackageRow *row);
} HrpPackageFormat;

/* The plan, as the printed plan has it, given to format. */
void     hrp_package_walk          (HrpPackageWriter       *writer,
                                    HrpPlan                *plan,
                                    const HrpPackageFormat *format);
/* The table's columns' shares of its width, from its content. */
void     hrp_package_column_shares (HrpPlan                *plan,
                                    const HrpReportOptions *options,
                                    double                 *shares);
/* How many numbered lists hrp_package_walk() gives. */
guint    hrp_package_n_lists       (HrpPlan                *plan,
                                    const HrpReportOptions *options);

/* }}} */

/* The zip {{{ */

typedef struct {
  const char *name;
  GBytes     *bytes;
  gboolean    stored;   /* not compressed (an ODF mimetype) */
} HrpPackagePart;

/* The parts zipped, in their order, each with one fixed time; NULL with
 * error (zip's words) when the zip cannot be made. */
GBytes  *hrp_package_zip           (const HrpPackagePart   *parts,
                                    guint                   n_parts,
                                    GError                **error);

/* A part an export writes: its name in the zip, its root element with
 * its attributes (its namespaces) and its body. */
typedef struct {
  const char         *name;
  const char         *root;
  const char * const *attributes;
  HrpPackageBody      body;
} HrpPackageSource;

/* The plan's document: a stored "mimetype" part holding mimetype first
 * when mimetype is not NULL, then each of sources written (options NULL:
 * the defaults), zipped; NULL with error (zip's words) when the zip
 * cannot be made. */
GBytes  *hrp_package_export        (HrpPlan                *plan,
                                    const HrpReportOptions *options,
                                    const char             *mimetype,
                                    const HrpPackageSource *sources,
                                    guint                   n_sources,
                                    GError                **error);

/* }}} */

G_END_DECLS
