/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-zip-read.h — the parts of a zip (a .docx, an .odt) read in memory,
 * for a file that may be hostile (no GTK) */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* At most this much is ever inflated from one file, all parts together,
 * whatever sizes its directory claims. */
#define HRP_ZIP_READ_LIMIT (64 * 1024 * 1024)

typedef struct _HrpZipReader HrpZipReader;

/* Opens the zip in bytes (kept referenced), named display_name in
 * messages.  Refused (HRP_DOCUMENT_IMPORT_ERROR_DAMAGED): what libzip
 * cannot open, and a zip with any part named with "..", "\", a drive or
 * from the root: nothing is ever extracted, but such a file is no Word
 * or OpenDocument file. */
HrpZipReader *hrp_zip_reader_open    (GBytes        *bytes,
                                      const char    *display_name,
                                      GError       **error);
void          hrp_zip_reader_free    (HrpZipReader  *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrpZipReader, hrp_zip_reader_free)

/* The part is in the zip (its name compared without case, as OPC does). */
gboolean      hrp_zip_reader_has     (HrpZipReader  *reader,
                                      const char    *part);
/* The part's bytes, read in chunks and stopped at what is left of
 * HRP_ZIP_READ_LIMIT (HRP_DOCUMENT_IMPORT_ERROR_TOO_LARGE); NULL with
 * error when it is missing (HRP_DOCUMENT_IMPORT_ERROR_MISSING_PART),
 * encrypted or damaged. */
GBytes       *hrp_zip_reader_read    (HrpZipReader  *reader,
                                      const char    *part,
                                      GError       **error);
/* The part parsed as XML by the exchange format's rules (no DOCTYPE, no
 * network, libxml2's limits kept); a missing part is NULL without error
 * unless required. */
xmlDocPtr     hrp_zip_reader_xml     (HrpZipReader  *reader,
                                      const char    *part,
                                      gboolean       required,
                                      GError       **error);
/* target, a link from the part from (its relationships), as a part name:
 * relative to from's folder, or from the package's root when it starts
 * with one "/".  NULL with error for a target that leaves the package
 * ("..", a URL, a drive, "\"). */
char         *hrp_zip_reader_resolve (HrpZipReader  *reader,
                                      const char    *from,
                                      const char    *target,
                                      GError       **error);

/* A name from the file as a message shows it: valid UTF-8 on one line,
 * at most 100 characters. */
char         *hrp_zip_shown_name     (const char    *name);

G_END_DECLS
