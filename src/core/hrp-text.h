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

G_END_DECLS
