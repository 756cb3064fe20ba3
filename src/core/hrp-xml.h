/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-xml.h — the plan exchange format (urn:hrplan:plan:1), libxml2 */
#pragma once

#include "hrp-model.h"

G_BEGIN_DECLS

#define HRP_XML_FORMAT_VERSION 1
#define HRP_XML_NAMESPACE "urn:hrplan:plan:1"

#define HRP_XML_ERROR (hrp_xml_error_quark ())
typedef enum {
  HRP_XML_ERROR_MALFORMED,     /* not well-formed, bad encoding, too deep/large */
  HRP_XML_ERROR_DOCTYPE,       /* a <!DOCTYPE> (refused) */
  HRP_XML_ERROR_INVALID,       /* fails the schema */
  HRP_XML_ERROR_VERSION,       /* format-version newer than we know */
  HRP_XML_ERROR_YEAR,          /* fiscal year out of range or Christian Era */
  HRP_XML_ERROR_LINK,          /* mission/strategy attribute names no such id */
} HrpXmlError;
GQuark   hrp_xml_error_quark (void);

/* Deterministic UTF-8 export (two-space indentation). */
GBytes  *hrp_xml_export      (HrpPlan     *plan);

/* Parses and validates the whole document; filename is only used in
 * messages ("FILE:LINE: …").  Never touches network or disk. */
HrpPlan *hrp_xml_import      (GBytes      *data,
                              const char  *filename,
                              GError     **error);

G_END_DECLS
