/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-xml-private.h — what the exchange format's import and export share */
#pragma once

#include <glib.h>
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

G_END_DECLS
