/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-application.h — the GtkApplication: the plans of one database (HrpLibrary), its windows */
#pragma once

#include <gtk/gtk.h>

#include "hrp-library.h"

G_BEGIN_DECLS

#define HRP_TYPE_APPLICATION (hrp_application_get_type ())
G_DECLARE_FINAL_TYPE (HrpApplication, hrp_application, HRP, APPLICATION, GtkApplication)

HrpApplication *hrp_application_new           (HrpLibrary     *library);
/* An application that only explains why the database at path could not
 * be opened (error from hrp_library_open()), in a window. */
HrpApplication *hrp_application_new_for_error (const char     *path,
                                               const GError   *error);
HrpLibrary     *hrp_application_get_library   (HrpApplication *self);

G_END_DECLS
