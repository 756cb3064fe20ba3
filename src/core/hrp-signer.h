/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-signer.h — HrpSigner, one person who signs the printed plan */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* HrpSigner ("name", "position", "role"): who signs the plan, in the
 * signature block that ends it: the name, the position (e.g. ปลัด
 * องค์การบริหารส่วนตำบล…) and the role in which they sign (ผู้จัดทำ,
 * ผู้เห็นชอบ, ผู้อนุมัติ…; may be empty).  Never NULL, "" by default. */
#define HRP_TYPE_SIGNER (hrp_signer_get_type ())
G_DECLARE_FINAL_TYPE (HrpSigner, hrp_signer, HRP, SIGNER, GObject)

HrpSigner  *hrp_signer_new          (const char *name,
                                     const char *position,
                                     const char *role);
const char *hrp_signer_get_name     (HrpSigner  *self);
void        hrp_signer_set_name     (HrpSigner  *self,
                                     const char *name);
const char *hrp_signer_get_position (HrpSigner  *self);
void        hrp_signer_set_position (HrpSigner  *self,
                                     const char *position);
const char *hrp_signer_get_role     (HrpSigner  *self);
void        hrp_signer_set_role     (HrpSigner  *self,
                                     const char *role);

G_END_DECLS
