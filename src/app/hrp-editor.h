/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-editor.h — the right pane: the editor of the node selected in the
 * outline (plan details, vision, mission, strategy, policy, action plan) */
#pragma once

#include <gtk/gtk.h>

#include "hrp-document.h"
#include "hrp-outline.h"

G_BEGIN_DECLS

#define HRP_TYPE_EDITOR (hrp_editor_get_type ())
G_DECLARE_FINAL_TYPE (HrpEditor, hrp_editor, HRP, EDITOR, GtkWidget)

GtkWidget   *hrp_editor_new          (void);
void         hrp_editor_set_document (HrpEditor      *self,
                                      HrpDocument    *document);
/* Shows the editor page of node (NULL: nothing). */
void         hrp_editor_show_node    (HrpEditor      *self,
                                      HrpOutlineNode *node);
/* "empty", "details", "text", "strategy", "policy", "group", "action-plan" */
const char  *hrp_editor_get_page     (HrpEditor      *self);
/* Writes what is being typed now (before undo, switching plans, …). */
void         hrp_editor_commit       (HrpEditor      *self);
/* Focuses the first field of the page (title or text) and selects it. */
void         hrp_editor_focus        (HrpEditor      *self);
/* On a policy's page, makes activity the current row of its table. */
void         hrp_editor_show_activity (HrpEditor     *self,
                                       HrpActivity   *activity);

G_END_DECLS
