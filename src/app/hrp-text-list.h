/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-list.h — an editable, ordered list of texts (a strategy's goals,
 * objectives or indicators; the plan's strategic positions) */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"

G_BEGIN_DECLS

#define HRP_TYPE_TEXT_LIST (hrp_text_list_get_type ())
G_DECLARE_FINAL_TYPE (HrpTextList, hrp_text_list, HRP, TEXT_LIST, GtkWidget)

GtkWidget  *hrp_text_list_new       (void);
/* list holds HrpText; NULL shows nothing. */
void        hrp_text_list_set_list  (HrpTextList *self,
                                     HrpDocument *document,
                                     GListModel  *list);
GListModel *hrp_text_list_get_list  (HrpTextList *self);
/* The entry of row i (for keyboard focus and tests), or NULL. */
GtkWidget  *hrp_text_list_get_entry (HrpTextList *self,
                                     guint        i);

G_END_DECLS
