/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-outline.h — the plan as a tree: vision → missions → strategies →
 * HR policies, kept in step with the plan as it is edited */
#pragma once

#include <gtk/gtk.h>

#include "hrp-model.h"

G_BEGIN_DECLS

typedef enum {
  HRP_OUTLINE_VISION,     /* item: the HrpPlan */
  HRP_OUTLINE_MISSION,    /* item: an HrpMission */
  HRP_OUTLINE_STRATEGY,   /* item: an HrpStrategy */
  HRP_OUTLINE_POLICY,     /* item: an HrpPolicy */
  HRP_OUTLINE_UNLINKED,   /* a group: strategies without a mission, or
                             policies without a strategy; item: NULL */
  HRP_OUTLINE_DETAILS,    /* the plan's details (organization, title, …);
                             item: the HrpPlan */
  HRP_OUTLINE_ACTION_PLAN,/* the whole action-plan table; item: the HrpPlan */
} HrpOutlineKind;

#define HRP_TYPE_OUTLINE_NODE (hrp_outline_node_get_type ())
G_DECLARE_FINAL_TYPE (HrpOutlineNode, hrp_outline_node, HRP, OUTLINE_NODE, GObject)

HrpOutlineKind  hrp_outline_node_get_kind     (HrpOutlineNode *self);
/* The model object the node shows (NULL for a group). */
GObject        *hrp_outline_node_get_item     (HrpOutlineNode *self);
/* 1-based place of the item in its plan list (0 for the vision, groups). */
guint           hrp_outline_node_get_number   (HrpOutlineNode *self);
/* "Mission 3", "Vision", … */
const char     *hrp_outline_node_get_heading  (HrpOutlineNode *self);
/* The item's text or title, as one line. */
const char     *hrp_outline_node_get_text     (HrpOutlineNode *self);
/* The string property of the node's item that its row shows and a
 * rename changes ("title", "text", "vision"), or NULL for a node that
 * has none (a group, the action plan). */
const char     *hrp_outline_node_get_text_property (HrpOutlineNode *self);
/* Children (HrpOutlineNode), or NULL for a node that has none. */
GListModel     *hrp_outline_node_get_children (HrpOutlineNode *self);

#define HRP_TYPE_OUTLINE (hrp_outline_get_type ())
G_DECLARE_FINAL_TYPE (HrpOutline, hrp_outline, HRP, OUTLINE, GObject)

HrpOutline     *hrp_outline_new               (HrpPlan        *plan);
HrpPlan        *hrp_outline_get_plan          (HrpOutline     *self);
/* The top level: the plan's details, the vision, any groups of unlinked
 * items, then the whole action plan. */
GListModel     *hrp_outline_get_root          (HrpOutline     *self);
/* A tree list model over the root, for a GtkListView. */
GtkTreeListModel *hrp_outline_create_tree_model (HrpOutline   *self,
                                                 gboolean      autoexpand);

G_END_DECLS
