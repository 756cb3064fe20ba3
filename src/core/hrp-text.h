/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text.h — HrpText, one entry of an ordered list of texts */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* HrpText: one entry of an ordered list of texts (positions, goals,
 * objectives, indicators). */
#define HRP_TYPE_TEXT (hrp_text_get_type ())
G_DECLARE_FINAL_TYPE (HrpText, hrp_text, HRP, TEXT, GObject)

HrpText    *hrp_text_new      (const char *text);
const char *hrp_text_get_text (HrpText    *self);
void        hrp_text_set_text (HrpText    *self,
                               const char *text);

/* A text as two texts are compared: Thai digits read as Arabic ones
 * (๒๕๖๘ is 2568), composed, each run of white space (a no-break space
 * too) one space, none at either end.  NULL is "". */
char       *hrp_text_normalize (const char *text);

/* text as it may be stored and printed: without what a terminal, a
 * printer or a bidi algorithm would interpret rather than show.  Removed:
 * every C0 control character but tab (and, in a multi-line text, new
 * line), DEL, every C1 control character, the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F,
 * U+061C), and U+FEFF.  A carriage return before a new line goes; in a
 * multi-line text one alone becomes a new line, and in a one-line text a
 * new line (or a carriage return) becomes a space.  A zero-width space
 * (U+200B) is kept only between two Thai letters, where a Thai word
 * processor puts it as a word-break hint that line breaking uses and
 * that changes nothing a reader sees; anywhere else (beside a digit, so
 * never inside a number) it goes.  Bytes that are not UTF-8 become
 * U+FFFD.  *n_removed (when not NULL) is increased by the characters
 * removed or replaced.  NULL is "".  A text with nothing to remove comes
 * back the same. */
char       *hrp_text_sanitize  (const char *text,
                                gboolean    multi_line,
                                guint      *n_removed);

/* Whether property of an object of type is a text of several lines
 * (a preamble, a vision, a mission, the policies' introduction, a
 * policy's description): what hrp_text_sanitize () is told. */
gboolean    hrp_text_property_is_multi_line (GType       type,
                                             const char *property);

G_END_DECLS
