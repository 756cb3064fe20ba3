/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-word-import.h — what the readers of last year's document share:
 * the lines of a .docx or an .odt, built from its paragraphs and its
 * tables' cells, and the rows of the action-plan table (no GTK) */
#pragma once

#include <gio/gio.h>

#include "hrp-document-import.h"
#include "hrp-report.h"
#include "hrp-zip-read.h"

G_BEGIN_DECLS

/* The header of the action-plan table as one line for the text reader,
 * whose table starts so. */
#define HRP_DOCUMENT_TABLE_HEADER "นโยบาย กิจกรรม/โครงการ งบประมาณ ไตรมาส 1 ไตรมาส 2 ไตรมาส 3 ไตรมาส 4"

/* Shared with the PDF reader (hrp-document-import.c) {{{ */

/* text with its Thai repaired, the repairs counted in report (may be NULL) */
char      *_hrp_document_repaired   (const char       *text,
                                     HrpImportReport  *report);
/* A quarter's cell holding a tick, however drawn */
gboolean   _hrp_document_is_tick    (const char       *text);
/* Adds to out a row of the action-plan table (HrpSourceLine with cells,
 * HRP_N_COLUMNS of them, repaired); a policy's cell equal to the last one
 * (*last_policy) is emptied: it spans from above. */
void       _hrp_document_emit_row   (GPtrArray        *out,
                                     HrpImportReport  *report,
                                     guint             page,
                                     char            **last_policy,
                                     char             *cells[HRP_N_COLUMNS]);

/* }}} */

/* What one import of a document is done with: the file's name for
 * messages, its cancellable, its progress (may be NULL) and its report
 * (may be NULL).  The caller holds it. */
typedef struct {
  const char        *display_name;
  GCancellable      *cancellable;
  HrpImportProgress  progress;
  gpointer           progress_data;
  HrpImportReport   *report;
} HrpImportJob;

/* job->progress told done of total, when there is one */
void          _hrp_import_job_progress   (const HrpImportJob *job,
                                          guint               done,
                                          guint               total);

/* An attribute's value, a copy (g_free), or NULL: by its local name
 * whatever its namespace when ns is NULL, else in ns; node may be NULL. */
char         *_hrp_word_attr             (xmlNodePtr        node,
                                          const char       *ns,
                                          const char       *name);

/* A run's text added to a paragraph: unless it is only ASCII white
 * space, the paragraph has text (*any_text) and stays all bold
 * (*all_bold) only when the run is bold. */
void          _hrp_word_run_added        (const char       *text,
                                          gboolean          bold,
                                          gboolean         *any_text,
                                          gboolean         *all_bold);

/* The lines of a word processor's document, as its reader walks it. */
typedef struct _HrpWordLines HrpWordLines;

HrpWordLines *_hrp_word_lines_new        (const HrpImportJob *job);
/* The lines made (HrpSourceLine), the builder freed; NULL with
 * G_IO_ERROR_CANCELLED when the job was cancelled while they were read. */
GPtrArray    *_hrp_word_lines_finish     (HrpWordLines     *lines,
                                          GError          **error);
void          _hrp_word_lines_free       (HrpWordLines     *lines);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpWordLines, _hrp_word_lines_free)

/* A paragraph read: at every 256th the job's cancellable is looked at;
 * once it is found cancelled, _hrp_word_lines_cancelled () is TRUE and
 * the reader stops walking. */
void          _hrp_word_lines_paragraph_read (HrpWordLines *lines);
gboolean      _hrp_word_lines_cancelled  (HrpWordLines     *lines);

/* A paragraph (may hold "\n" for its line breaks): each of its lines
 * that is not blank is a line, heading or not. */
void          _hrp_word_paragraph        (HrpWordLines     *lines,
                                          const char       *text,
                                          gboolean          heading);
/* A table: its rows, each of cells from column (0-based, of the table's
 * grid) spanning span columns; a cell continued from the row above
 * (merged) holds NULL.  Its text's lines are its paragraphs. */
void          _hrp_word_table_start      (HrpWordLines     *lines);
void          _hrp_word_row_start        (HrpWordLines     *lines);
void          _hrp_word_cell             (HrpWordLines     *lines,
                                          guint             column,
                                          guint             span,
                                          const char       *text);
/* The table read: the action-plan table (told by its header's cells:
 * นโยบาย, กิจกรรม/โครงการ, งบประมาณ, ไตรมาส 1–4 or ไตรมาส/ระยะเวลา
 * over 1–4) made rows with cells, one per activity where its cells'
 * lines tell them apart; any other table line by line. */
void          _hrp_word_table_end        (HrpWordLines     *lines);

/* "1." as a list shows item n in a numbering format of Word's (decimal,
 * thaiNumbers, thaiLetters, lowerLetter, upperRoman…) or of OpenDocument
 * (style:num-format "1", "๑", "ก", "a", "I"…). */
char         *_hrp_word_format_number    (const char       *format,
                                          guint             n);

/* A zip told as a .docx or an .odt, its lines for
 * hrp_text_import_lines (); refused when it is neither. */
GPtrArray    *_hrp_word_import_lines     (GBytes             *bytes,
                                          const HrpImportJob *job,
                                          GError            **error);

/* The readers (hrp-docx-import.c, hrp-odt-import.c): the document in zip
 * walked into lines, job->progress called as its parts are read; FALSE
 * with error when a part is missing or broken. */
gboolean      _hrp_docx_read             (HrpZipReader       *zip,
                                          const HrpImportJob *job,
                                          HrpWordLines       *lines,
                                          GError            **error);
gboolean      _hrp_odt_read              (HrpZipReader       *zip,
                                          const HrpImportJob *job,
                                          HrpWordLines       *lines,
                                          GError            **error);

G_END_DECLS
