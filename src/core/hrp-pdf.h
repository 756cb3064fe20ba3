/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-pdf.h — the text of a PDF with its positions, sizes and fonts
 * (no GTK)
 *
 * A C face over poppler's C++ library, the only C++ in the tree: its
 * text_list keeps every Thai mark, where poppler-glib drops tone marks,
 * and it names each word's font, from which bold is told.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HRP_PDF_ERROR (hrp_pdf_error_quark ())
typedef enum {
  HRP_PDF_ERROR_INVALID,   /* not a PDF, or one too damaged to read */
  HRP_PDF_ERROR_LOCKED,    /* opens only with a password */
} HrpPdfError;
GQuark   hrp_pdf_error_quark (void);

/* One piece of text as the PDF places it: about a word (a run of Thai
 * without spaces is one box). */
typedef struct {
  char     *text;         /* UTF-8 */
  double    x, y;         /* top left corner, in points from the page's top left */
  double    width, height;
  double    font_size;    /* points; 0 when the PDF does not say */
  char     *font;         /* the font's name without a subset prefix ("ABCDEF+"); "" when unknown */
  gboolean  space_after;  /* the PDF puts a space after it */
} HrpPdfBox;

typedef struct {
  double     width, height;  /* points */
  HrpPdfBox *boxes;          /* in the PDF's reading order */
  guint      n_boxes;
} HrpPdfPage;

typedef struct {
  HrpPdfPage *pages;
  guint       n_pages;
} HrpPdfDocument;

/* Called after each page read. */
typedef void (*HrpPdfProgress) (guint    pages_done,
                                guint    n_pages,
                                gpointer user_data);

/* Reads the text of every page of the PDF in data.  A PDF that needs a
 * password is refused (HRP_PDF_ERROR_LOCKED), as is one that poppler
 * cannot open (HRP_PDF_ERROR_INVALID); cancelled between pages,
 * G_IO_ERROR_CANCELLED.  display_name names the file in messages.
 * progress (may be NULL) is called in the calling thread. */
HrpPdfDocument *hrp_pdf_read          (const char     *data,
                                       gsize           size,
                                       const char     *display_name,
                                       GCancellable   *cancellable,
                                       HrpPdfProgress  progress,
                                       gpointer        progress_data,
                                       GError        **error);
void            hrp_pdf_document_free (HrpPdfDocument *document);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpPdfDocument, hrp_pdf_document_free)

G_END_DECLS
