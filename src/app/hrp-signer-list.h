/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-signer-list.h — the editable, ordered list of the people who sign
 * the plan: a name, a position and a role each */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"

G_BEGIN_DECLS

#define HRP_TYPE_SIGNER_LIST (hrp_signer_list_get_type ())
G_DECLARE_FINAL_TYPE (HrpSignerList, hrp_signer_list, HRP, SIGNER_LIST, GtkWidget)

GtkWidget  *hrp_signer_list_new       (void);
/* signers holds HrpSigner (hrp_plan_get_signers ()); NULL shows nothing. */
void        hrp_signer_list_set_list  (HrpSignerList *self,
                                       HrpDocument   *document,
                                       GListModel    *signers);
GListModel *hrp_signer_list_get_list  (HrpSignerList *self);
/* Writes what is being typed in any row now (before undo, …). */
void        hrp_signer_list_commit    (HrpSignerList *self);
/* The entry of row i for property ("name", "position" or "role"), or
 * NULL (for keyboard focus and tests). */
GtkWidget  *hrp_signer_list_get_entry (HrpSignerList *self,
                                       guint          i,
                                       const char    *property);

G_END_DECLS
