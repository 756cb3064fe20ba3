/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-table.h — the editable table of one policy's activities */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"

G_BEGIN_DECLS

#define HRP_TYPE_ACTIVITY_TABLE (hrp_activity_table_get_type ())
G_DECLARE_FINAL_TYPE (HrpActivityTable, hrp_activity_table, HRP, ACTIVITY_TABLE, GtkWidget)

/* Both may be NULL; policy must belong to the document's plan. */
GtkWidget   *hrp_activity_table_new          (HrpDocument      *document,
                                              HrpPolicy        *policy);
HrpDocument *hrp_activity_table_get_document (HrpActivityTable *self);
void         hrp_activity_table_set_document (HrpActivityTable *self,
                                              HrpDocument      *document);
HrpPolicy   *hrp_activity_table_get_policy   (HrpActivityTable *self);
void         hrp_activity_table_set_policy   (HrpActivityTable *self,
                                              HrpPolicy        *policy);
/* Makes activity, one of the policy's, the table's current row:
 * selected and scrolled into view (the keyboard focus stays where it
 * is, in the search entry while finding). */
void         hrp_activity_table_focus_activity (HrpActivityTable *self,
                                                HrpActivity      *activity);

G_END_DECLS
