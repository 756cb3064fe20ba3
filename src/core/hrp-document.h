/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-document.h — a plan being edited: commands, undo/redo, saving
 *
 * Every change to an open plan goes through the document: it applies the
 * change to the model, records it on the undo stack and saves the plan to
 * the store in one transaction at once.  When saving fails the change is
 * taken back, so the model never holds what the database does not.
 * Works without GTK: tests and the window call the same commands.
 */
#pragma once

#include "hrp-model.h"
#include "hrp-store.h"

G_BEGIN_DECLS

#define HRP_TYPE_DOCUMENT (hrp_document_get_type ())
G_DECLARE_FINAL_TYPE (HrpDocument, hrp_document, HRP, DOCUMENT, GObject)

/* Signal "changed": after every command, group, undo or redo. */

/* store may be NULL (nothing is saved: tests, previews). */
HrpDocument *hrp_document_new            (HrpStore     *store,
                                          HrpPlan      *plan);
HrpPlan     *hrp_document_get_plan       (HrpDocument  *self);
HrpStore    *hrp_document_get_store      (HrpDocument  *self);
/* Whether its store cannot be changed (opened for reading only): every
 * edit would fail, so editors do not offer any. */
gboolean     hrp_document_is_read_only   (HrpDocument  *self);

/* Sets a property of a plan object (plan, mission, strategy, policy,
 * activity, signer, text).  Setting the value it already has records
 * nothing. */
gboolean     hrp_document_set_value      (HrpDocument  *self,
                                          gpointer      object,
                                          const char   *property,
                                          const GValue *value,
                                          GError      **error);
gboolean     hrp_document_set_string     (HrpDocument  *self,
                                          gpointer      object,
                                          const char   *property,
                                          const char   *value,
                                          GError      **error);
gboolean     hrp_document_set_int64      (HrpDocument  *self,
                                          gpointer      object,
                                          const char   *property,
                                          gint64        value,
                                          GError      **error);
gboolean     hrp_document_set_boolean    (HrpDocument  *self,
                                          gpointer      object,
                                          const char   *property,
                                          gboolean      value,
                                          GError      **error);
/* Links: a strategy's "mission", a policy's "strategy" (NULL unlinks). */
gboolean     hrp_document_set_object     (HrpDocument  *self,
                                          gpointer      object,
                                          const char   *property,
                                          gpointer      value,
                                          GError      **error);

/* List edits on any of the plan's lists (as its getters hand them out). Removing a mission or a strategy
 * also unlinks what was linked to it (and undo links it again). */
gboolean     hrp_document_insert         (HrpDocument  *self,
                                          GListModel   *list,
                                          guint         position,
                                          gpointer      item,
                                          GError      **error);
gboolean     hrp_document_remove         (HrpDocument  *self,
                                          GListModel   *list,
                                          guint         position,
                                          GError      **error);
/* Moves the item at from so that it ends up at index to. */
gboolean     hrp_document_move           (HrpDocument  *self,
                                          GListModel   *list,
                                          guint         from,
                                          guint         to,
                                          GError      **error);

/* Structure: the plan's rules for adding, moving and re-linking its
 * parts, each one undo step.  Items are missions, strategies and
 * policies of the document's plan. */

/* A new item ("New mission", …) after item in its list, linked as item
 * is (a strategy to item's mission, a policy to item's strategy).
 * Returns it (owned by the plan), or NULL with error. */
gpointer     hrp_document_add_after      (HrpDocument  *self,
                                          gpointer      item,
                                          GError      **error);
/* A new child of parent: of the plan (parent is the plan), a mission at
 * the end; of a mission, a strategy after its last strategy; of a
 * strategy, a policy after its last policy.  parent NULL adds one not
 * linked, of child_type (HRP_TYPE_STRATEGY or HRP_TYPE_POLICY), at the
 * end.  Returns it (owned by the plan), or NULL with error. */
gpointer     hrp_document_add_child      (HrpDocument  *self,
                                          gpointer      parent,
                                          GType         child_type,
                                          GError      **error);
/* Deletes item from its list (what was linked to it is unlinked). */
gboolean     hrp_document_delete_item    (HrpDocument  *self,
                                          gpointer      item,
                                          GError      **error);
/* Moves item to the index of other, an item of the same list. */
gboolean     hrp_document_move_item      (HrpDocument  *self,
                                          gpointer      item,
                                          gpointer      other,
                                          GError      **error);
/* Whether item dropped on target means something: a strategy onto a
 * mission (linked to it) or onto a strategy (placed there and linked to
 * its mission); a policy onto a strategy, or onto a policy, likewise; a
 * mission onto a mission (placed there).  target NULL is the "not
 * linked" group of item's kind: item is unlinked. */
gboolean     hrp_document_can_drop       (HrpDocument  *self,
                                          gpointer      item,
                                          gpointer      target);
/* Does it, as one undo step. */
gboolean     hrp_document_drop           (HrpDocument  *self,
                                          gpointer      item,
                                          gpointer      target,
                                          GError      **error);

/* Groups the commands in between into one undo step, saved once at the
 * end.  Groups nest; only the outermost one counts. */
void         hrp_document_begin_group    (HrpDocument  *self,
                                          const char   *label);
gboolean     hrp_document_end_group      (HrpDocument  *self,
                                          GError      **error);

/* The object the last command, group, undo or redo was about: the item
 * it added, deleted or moved, else the object it changed (unowned, NULL
 * before any).  It may have left the plan (an undone addition). */
GObject     *hrp_document_get_changed_object (HrpDocument *self);

gboolean     hrp_document_get_can_undo   (HrpDocument  *self);
gboolean     hrp_document_get_can_redo   (HrpDocument  *self);
/* A short description of the next undo/redo step, or NULL. */
const char  *hrp_document_get_undo_label (HrpDocument  *self);
const char  *hrp_document_get_redo_label (HrpDocument  *self);
gboolean     hrp_document_undo           (HrpDocument  *self,
                                          GError      **error);
gboolean     hrp_document_redo           (HrpDocument  *self,
                                          GError      **error);

G_END_DECLS
