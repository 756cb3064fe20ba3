/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-document-import.h — last year's plan from the document an office
 * has: a PDF read with the positions of its text, a .docx or an .odt
 * read by its structure, or plain text (no GTK) */
#pragma once

#include <gio/gio.h>

#include "hrp-model.h"
#include "hrp-pdf.h"
#include "hrp-text-import.h"

G_BEGIN_DECLS

#define HRP_DOCUMENT_IMPORT_ERROR (hrp_document_import_error_quark ())
typedef enum {
  HRP_DOCUMENT_IMPORT_ERROR_UNSUPPORTED,   /* a kind of document not read (an old .doc, a zip of something else) */
  HRP_DOCUMENT_IMPORT_ERROR_SCANNED,       /* a PDF of images, without text */
  HRP_DOCUMENT_IMPORT_ERROR_DAMAGED,       /* a zip that cannot be read */
  HRP_DOCUMENT_IMPORT_ERROR_UNSAFE,        /* a part or link outside the package */
  HRP_DOCUMENT_IMPORT_ERROR_MISSING_PART,  /* no word/document.xml, no content.xml */
  HRP_DOCUMENT_IMPORT_ERROR_TOO_LARGE,     /* more than HRP_ZIP_READ_LIMIT unpacked */
  HRP_DOCUMENT_IMPORT_ERROR_PROTECTED,     /* a password: an encrypted .docx or zip entry */
} HrpDocumentImportError;
GQuark   hrp_document_import_error_quark (void);

/* What a file is, told by its content, never its name. */
typedef enum {
  HRP_DOCUMENT_TEXT,   /* anything else: read as text */
  HRP_DOCUMENT_PDF,    /* "%PDF-" */
  HRP_DOCUMENT_ZIP,    /* "PK\3\4" (or an empty zip's "PK\5\6"): a .docx or an .odt */
  HRP_DOCUMENT_OLE,    /* "D0 CF 11 E0": an old .doc, or a .docx with a password */
} HrpDocumentKind;

HrpDocumentKind  hrp_document_kind_of      (GBytes              *bytes);

/* Called as a long import goes on: pages_done of n_pages read. */
typedef void (*HrpImportProgress) (guint    pages_done,
                                   guint    n_pages,
                                   gpointer user_data);

/* The lines of a PDF as the plan reader takes them (HrpSourceLine):
 * words joined into lines by their positions, headings told by size and
 * weight, running headers, footers and page numbers dropped, each row of
 * the action-plan table with its cells; Thai repaired (report->n_repairs,
 * report may be NULL). */
GPtrArray       *hrp_document_pdf_lines    (const HrpPdfDocument *pdf,
                                            HrpImportReport      *report);

/* Recognises the plan in the document in bytes: a PDF (its lines, as
 * above), a .docx or an .odt (its paragraphs and tables,
 * hrp-word-import.h), or UTF-8 text.  An old .doc is refused
 * (HRP_DOCUMENT_IMPORT_ERROR_UNSUPPORTED), a PDF with no text on any page
 * as scanned (HRP_DOCUMENT_IMPORT_ERROR_SCANNED).  display_name names
 * the file in messages; report (may be NULL) receives what was found and
 * what could not be placed; progress (may be NULL) is called in the
 * calling thread as pages are read; cancelled, G_IO_ERROR_CANCELLED. */
HrpPlan         *hrp_document_import       (GBytes               *bytes,
                                            const char           *display_name,
                                            GCancellable         *cancellable,
                                            HrpImportProgress     progress,
                                            gpointer              progress_data,
                                            HrpImportReport      *report,
                                            GError              **error);

G_END_DECLS
