/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-xml-private.h — what the exchange format's import and export share */
#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include <string.h>

G_BEGIN_DECLS

/* Leading and trailing white space is not significant in the format:
 * *start and *len give text without it. */
static inline void
_hrp_xml_trimmed (const char  *text,
                  const char **start,
                  gssize      *len)
{
  const char *s = text != NULL ? text : "";
  const char *e = s + strlen (s);

  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
    e--;

  *start = s;
  *len = e - s;
}

/* data parsed as the exchange format is, for any XML that comes from
 * outside (a plan, a part of a Word or OpenDocument file): a DOCTYPE
 * refused (HRP_XML_ERROR_DOCTYPE) before any entity exists, no network,
 * libxml2's own limits on depth and text size kept, not well-formed XML
 * refused (HRP_XML_ERROR_MALFORMED) with its first error; filename
 * names it in messages. */
xmlDocPtr _hrp_xml_parse_safe (GBytes      *data,
                               const char  *filename,
                               GError     **error);

G_END_DECLS
