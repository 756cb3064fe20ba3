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
  HRP_XML_ERROR_EMPTY,         /* export: a text the format requires is empty */
} HrpXmlError;
GQuark   hrp_xml_error_quark (void);

/* Whether plan can be written in the exchange format: not when it leaves
 * empty a text the format requires (the organization's name, the title,
 * the vision, a strategy's or policy's title, an activity's name), which
 * error (HRP_XML_ERROR_EMPTY) names as Check Plan does, the first one
 * and how many more. */
gboolean hrp_xml_can_export  (HrpPlan     *plan,
                              GError     **error);

/* Deterministic UTF-8 export (two-space indentation); NULL with error
 * for a plan hrp_xml_can_export () refuses, as the import would refuse
 * its file. */
GBytes  *hrp_xml_export      (HrpPlan     *plan,
                              GError     **error);

/* Parses and validates the whole document; filename is only used in
 * messages ("FILE:LINE: …").  Never touches network or disk. */
HrpPlan *hrp_xml_import      (GBytes      *data,
                              const char  *filename,
                              GError     **error);

G_END_DECLS
