/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-word.c — libFuzzer target: last year's .docx or .odt imported.
 *
 * Bytes that start as a zip does ("PK") are imported as they are: the
 * zip reader and its limits.  Any other bytes are the parts of a zip,
 * each "NAME\n" and its content, the parts separated by a line "\x01"
 * (tests/fuzz/corpus-word has both kinds): they are zipped here,
 * uncompressed, so that the mutations reach the XML of the parts and
 * the readers of Word's and OpenDocument's structure, not only the
 * checksums of a zip.
 *
 * A refused file must come with one error of the import's domains, on
 * one line.  A plan read, sanitized as an import sanitizes it, is
 * sanitized for good, and exports.  Anything else is a bug and aborts.
 *
 * Built only with -Dfuzzing=true; see build-aux/fuzz.sh.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "hrp-document-import.h"
#include "hrp-plan.h"
#include "hrp-xml.h"

static void
fail (const char *what)
{
  fprintf (stderr, "fuzz-word: %s\n", what);
  abort ();
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a broken precondition: a bug. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* The parts in data zipped in memory, stored as they are */
static GBytes *
zip_parts (const uint8_t *data,
           size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) parts = g_strsplit (text, "\n\x01\n", 64);
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *archive;
  GBytes *bytes = NULL;

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  zip_source_keep (source);
  archive = zip_open_from_source (source, ZIP_CREATE | ZIP_TRUNCATE, &zip_error);
  if (archive == NULL)
    fail ("cannot make a zip in memory");
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *newline = strchr (parts[i], '\n');
      const char *content = newline != NULL ? newline + 1 : "";
      zip_source_t *part;
      zip_int64_t index;

      if (newline != NULL)
        *newline = '\0';
      part = zip_source_buffer (archive, content, strlen (content), 0);
      index = zip_file_add (archive, parts[i], part, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
      if (index < 0)
        zip_source_free (part);
      else
        zip_set_file_compression (archive, (zip_uint64_t) index, ZIP_CM_STORE, 0);
    }
  if (zip_close (archive) < 0)
    zip_discard (archive);
  else if (zip_source_open (source) == 0)
    {
      GByteArray *out = g_byte_array_new ();
      guint8 chunk[8192];
      zip_int64_t got;

      while ((got = zip_source_read (source, chunk, sizeof chunk)) > 0)
        g_byte_array_append (out, chunk, (guint) got);
      zip_source_close (source);
      bytes = g_byte_array_free_to_bytes (out);
    }
  zip_source_free (source);
  zip_error_fini (&zip_error);
  return bytes;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(GBytes) exported = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    input = g_bytes_new_static (data, size);
  else
    input = zip_parts (data, size);
  if (input == NULL || hrp_document_kind_of (input) != HRP_DOCUMENT_ZIP)
    return 0;

  plan = hrp_document_import (input, "fuzz.docx", NULL, NULL, NULL, NULL, &error);
  if (plan == NULL)
    {
      if (error == NULL || (error->domain != HRP_DOCUMENT_IMPORT_ERROR && error->domain != HRP_XML_ERROR
                            && error->domain != HRP_TEXT_IMPORT_ERROR))
        fail ("refused without an error of the import's domains");
      if (strchr (error->message, '\n') != NULL || strchr (error->message, '\r') != NULL)
        fail (error->message);
      return 0;
    }
  if (error != NULL)
    fail ("a plan and an error");

  /* As an import leaves it: sanitized once for all, and exported */
  hrp_plan_sanitize (plan);
  if (hrp_plan_sanitize (plan) != 0)
    fail ("a sanitized plan sanitized again changed");
  /* Written, or refused for a text the format requires left empty
   * (a document without a vision): never an empty file. */
  exported = hrp_xml_export (plan, &error);
  if (exported == NULL && !g_error_matches (error, HRP_XML_ERROR, HRP_XML_ERROR_EMPTY))
    fail ("a plan read neither exports nor says why");
  if (exported != NULL && g_bytes_get_size (exported) == 0)
    fail ("a plan read exports nothing");
  return 0;
}
