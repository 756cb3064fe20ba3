/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-pdf.cc — the text of a PDF through poppler's C++ library
 *
 * Nothing C++ crosses this file's edge: every exception is caught here
 * and becomes a GError, and what is handed back is plain C memory.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>

#include <memory>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "hrp-pdf.h"

G_DEFINE_QUARK (hrp-pdf-error-quark, hrp_pdf_error)

/* Poppler prints what it finds wrong in a file on stderr; the user gets
 * our one message instead. */
static void
quiet_cb (const std::string &message,
          void              *closure)
{
}

static void
quiet_poppler_once (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      poppler::set_debug_error_function (quiet_cb, nullptr);
      g_once_init_leave (&done, 1);
    }
}

static char *
utf8_of (const poppler::ustring &text)
{
  poppler::byte_array bytes = text.to_utf8 ();
  char *utf8 = g_strndup (bytes.data (), bytes.size ());

  /* A broken font can map a glyph to anything; the reader works on UTF-8. */
  if (!g_utf8_validate (utf8, -1, nullptr))
    {
      char *valid = g_utf8_make_valid (utf8, -1);
      g_free (utf8);
      utf8 = valid;
    }
  return utf8;
}

/* "ABCDEF+THSarabunNew-Bold" → "THSarabunNew-Bold": the prefix only says
 * the font was subset. */
static char *
font_name_of (const std::string &name)
{
  const char *s = name.c_str ();
  const char *plus = strchr (s, '+');

  if (plus != nullptr && plus - s == 6)
    s = plus + 1;
  /* Old producers write font names in legacy encodings. */
  return g_utf8_make_valid (s, -1);
}

static void
read_page (poppler::page *page,
           HrpPdfPage    *out)
{
  poppler::rectf rect = page->page_rect (poppler::media_box);
  std::vector<poppler::text_box> boxes = page->text_list (poppler::page::text_list_include_font);
  guint n = 0;

  out->width = rect.width ();
  out->height = rect.height ();
  out->boxes = g_new0 (HrpPdfBox, boxes.size () + 1);
  for (const poppler::text_box &box : boxes)
    {
      HrpPdfBox *b = &out->boxes[n];
      poppler::rectf bbox = box.bbox ();

      b->text = utf8_of (box.text ());
      if (b->text[0] == '\0')
        {
          g_free (b->text);
          b->text = nullptr;
          continue;
        }
      b->x = bbox.x ();
      b->y = bbox.y ();
      b->width = bbox.width ();
      b->height = bbox.height ();
      b->space_after = box.has_space_after ();
      if (box.has_font_info ())
        {
          b->font_size = box.get_font_size ();
          b->font = font_name_of (box.get_font_name ());
        }
      else
        b->font = g_strdup ("");
      /* Counted as it goes: an exception half-way leaves nothing unfreed. */
      out->n_boxes = ++n;
    }
}

HrpPdfDocument *
hrp_pdf_read (const char      *data,
              gsize            size,
              const char      *display_name,
              GCancellable    *cancellable,
              HrpPdfProgress   progress,
              gpointer         progress_data,
              GError         **error)
{
  g_return_val_if_fail (data != nullptr || size == 0, nullptr);
  g_return_val_if_fail (display_name != nullptr, nullptr);

  HrpPdfDocument *result = nullptr;

  quiet_poppler_once ();
  if (size > INT_MAX)
    {
      g_set_error (error, HRP_PDF_ERROR, HRP_PDF_ERROR_INVALID,
                   _("“%s” is too large to read"), display_name);
      return nullptr;
    }

  try
    {
      /* Poppler reads from data without copying it: it outlives doc. */
      std::unique_ptr<poppler::document> doc (poppler::document::load_from_raw_data (data, (int) size));
      int n_pages;

      if (!doc)
        {
          g_set_error (error, HRP_PDF_ERROR, HRP_PDF_ERROR_INVALID,
                       _("“%s” is not a PDF that can be read: it may be damaged or cut short"),
                       display_name);
          return nullptr;
        }
      if (doc->is_locked ())
        {
          g_set_error (error, HRP_PDF_ERROR, HRP_PDF_ERROR_LOCKED,
                       _("“%s” is protected by a password: save it again without the password (or import its text) and try again"),
                       display_name);
          return nullptr;
        }

      n_pages = doc->pages ();
      result = g_new0 (HrpPdfDocument, 1);
      result->pages = g_new0 (HrpPdfPage, MAX (n_pages, 1));
      for (int i = 0; i < n_pages; i++)
        {
          std::unique_ptr<poppler::page> page (doc->create_page (i));

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              hrp_pdf_document_free (result);
              return nullptr;
            }
          result->n_pages = i + 1;
          /* A page poppler cannot make is left empty, as a page with no
           * text: the reader says what it could not find. */
          if (page)
            read_page (page.get (), &result->pages[i]);
          if (progress != nullptr)
            progress (i + 1, n_pages, progress_data);
        }
      result->n_pages = n_pages;
      return result;
    }
  catch (...)
    {
      /* std::bad_alloc, or whatever a damaged file made poppler throw:
       * what it says would not help the user. */
      hrp_pdf_document_free (result);
      g_clear_error (error);
      g_set_error (error, HRP_PDF_ERROR, HRP_PDF_ERROR_INVALID,
                   _("“%s” is not a PDF that can be read: it may be damaged or cut short"),
                   display_name);
    }
  return nullptr;
}

void
hrp_pdf_document_free (HrpPdfDocument *document)
{
  if (document == nullptr)
    return;
  for (guint i = 0; i < document->n_pages; i++)
    {
      HrpPdfPage *page = &document->pages[i];

      for (guint j = 0; j < page->n_boxes; j++)
        {
          g_free (page->boxes[j].text);
          g_free (page->boxes[j].font);
        }
      g_free (page->boxes);
    }
  g_free (document->pages);
  g_free (document);
}
