/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-zip-read.c — the parts of a zip read in memory, defensively
 *
 * A .docx or an .odt is a zip, and the file comes from anywhere:
 *  - it is opened from memory (zip_source_buffer_create), and nothing is
 *    ever written to disk;
 *  - a part is read in chunks, and reading stops where the limit on all
 *    parts together is reached: the sizes in the zip's directory
 *    (zip_stat) are never trusted, so a zip bomb costs 64 MB at most;
 *  - part names and link targets with "..", "\", a drive or a URL are
 *    refused;
 *  - XML parts are parsed as the exchange format is (hrp-xml.c).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <zip.h>

#include "hrp-document-import.h"
#include "hrp-xml-private.h"
#include "hrp-zip-read.h"

#define CHUNK (64 * 1024)

struct _HrpZipReader {
  GBytes *bytes;
  zip_t  *archive;
  char   *display_name;
  gsize   left;   /* of HRP_ZIP_READ_LIMIT */
};

/* A name inside the package: relative, with no "..", "\" or ":" */
static gboolean
safe_name (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || *name == '/' || strchr (name, '\\') != NULL
      || strchr (name, ':') != NULL)
    return FALSE;
  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;
  return TRUE;
}

char *
hrp_zip_shown_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == 100)
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_unichar (out, g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029 ? 0xFFFD : c);
    }
  return g_string_free (out, FALSE);
}

static void
set_damaged (HrpZipReader *reader,
             GError      **error,
             const char   *detail)
{
  g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_DAMAGED,
               _("“%s” is a damaged zip file, not a Word or OpenDocument file that can be read (%s)"),
               reader->display_name, detail);
}

HrpZipReader *
hrp_zip_reader_open (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(HrpZipReader) reader = g_new0 (HrpZipReader, 1);
  zip_error_t zip_error;
  zip_source_t *source;
  gsize size = 0;
  const void *data = g_bytes_get_data (bytes, &size);
  zip_int64_t n;

  reader->bytes = g_bytes_ref (bytes);
  reader->display_name = g_strdup (display_name);
  reader->left = HRP_ZIP_READ_LIMIT;

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (size > 0 ? data : "", size, 0, &zip_error);
  if (source != NULL)
    {
      reader->archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
      if (reader->archive == NULL)
        zip_source_free (source);
    }
  if (reader->archive == NULL)
    {
      set_damaged (reader, error, zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      return NULL;
    }
  zip_error_fini (&zip_error);

  n = zip_get_num_entries (reader->archive, 0);
  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (reader->archive, (zip_uint64_t) i, ZIP_FL_ENC_GUESS);

      if (!safe_name (name))
        {
          g_autofree char *shown = hrp_zip_shown_name (name);

          g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_UNSAFE,
                       _("“%s” holds a part named “%s”, outside the document (a path with “..” or from the root): it was refused for safety"),
                       display_name, shown);
          return NULL;
        }
    }
  return g_steal_pointer (&reader);
}

void
hrp_zip_reader_free (HrpZipReader *reader)
{
  if (reader == NULL)
    return;
  if (reader->archive != NULL)
    zip_discard (reader->archive);
  g_bytes_unref (reader->bytes);
  g_free (reader->display_name);
  g_free (reader);
}

gboolean
hrp_zip_reader_has (HrpZipReader *reader,
                    const char   *part)
{
  return zip_name_locate (reader->archive, part, ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS) >= 0;
}

GBytes *
hrp_zip_reader_read (HrpZipReader  *reader,
                     const char    *part,
                     GError       **error)
{
  zip_int64_t index = zip_name_locate (reader->archive, part, ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
  g_autoptr(GByteArray) out = NULL;
  zip_file_t *file;

  if (index < 0)
    {
      g_autofree char *shown = hrp_zip_shown_name (part);

      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_MISSING_PART,
                   _("“%s” has no part “%s”: it is not a complete Word or OpenDocument file"),
                   reader->display_name, shown);
      return NULL;
    }
  file = zip_fopen_index (reader->archive, (zip_uint64_t) index, 0);
  if (file == NULL)
    {
      zip_error_t *zip_error = zip_get_error (reader->archive);

      if (zip_error_code_zip (zip_error) == ZIP_ER_NOPASSWD || zip_error_code_zip (zip_error) == ZIP_ER_WRONGPASSWD)
        g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_PROTECTED,
                     _("“%s” is protected by a password: save it without a password in Word or LibreOffice, and import that"),
                     reader->display_name);
      else
        set_damaged (reader, error, zip_error_strerror (zip_error));
      return NULL;
    }

  /* In chunks, never more than what is left: not what zip_stat says */
  out = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[CHUNK];
      zip_int64_t got = zip_fread (file, chunk, MIN ((gsize) CHUNK, reader->left + 1));

      if (got < 0)
        {
          set_damaged (reader, error, zip_file_strerror (file));
          zip_fclose (file);
          return NULL;
        }
      if (got == 0)
        break;
      if ((gsize) got > reader->left)
        {
          g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” unpacks to more than 64 MB, far more than any plan: it was refused for safety"),
                       reader->display_name);
          zip_fclose (file);
          return NULL;
        }
      reader->left -= (gsize) got;
      g_byte_array_append (out, chunk, (guint) got);
    }
  zip_fclose (file);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

xmlDocPtr
hrp_zip_reader_xml (HrpZipReader  *reader,
                    const char    *part,
                    gboolean       required,
                    GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *name = NULL;

  if (!required && !hrp_zip_reader_has (reader, part))
    return NULL;
  bytes = hrp_zip_reader_read (reader, part, error);
  if (bytes == NULL)
    return NULL;
  shown = hrp_zip_shown_name (part);
  name = g_strdup_printf ("%s (%s)", reader->display_name, shown);
  return _hrp_xml_parse_safe (bytes, name, error);
}

char *
hrp_zip_reader_resolve (HrpZipReader  *reader,
                        const char    *from,
                        const char    *target,
                        GError       **error)
{
  g_autofree char *folder = NULL;
  char *name;

  if (target != NULL && target[0] == '/' && target[1] != '/')
    name = g_strdup (target + 1);
  else
    {
      const char *slash = strrchr (from, '/');

      folder = slash != NULL ? g_strndup (from, slash - from + 1) : g_strdup ("");
      name = g_strconcat (folder, target != NULL ? target : "", NULL);
    }
  if (target == NULL || !safe_name (name))
    {
      g_autofree char *shown = hrp_zip_shown_name (target);

      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_UNSAFE,
                   _("“%s” links to “%s”, outside the document (a path with “..”, a web address or a drive): it was refused for safety"),
                   reader->display_name, shown);
      g_free (name);
      return NULL;
    }
  return name;
}
