/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-print-operation.h — printing a plan through GTK's print dialog */
#pragma once

#include <gtk/gtk.h>

#include "hrp-model.h"
#include "hrp-report.h"

G_BEGIN_DECLS

#define HRP_TYPE_PRINT_OPERATION (hrp_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (HrpPrintOperation, hrp_print_operation, HRP, PRINT_OPERATION, GtkPrintOperation)

/* The properties of a plan to print, which the print operation and the
 * print preview both have: "plan" (construct-only), then the switches of
 * HrpReportOptions "thai-digits", "table-only" and "table-landscape"
 * (the table's orientation).  An object numbers them from its own first
 * property id, in this order. */
typedef enum {
  HRP_PRINT_OPTIONS_PLAN,
  HRP_PRINT_OPTIONS_THAI_DIGITS,
  HRP_PRINT_OPTIONS_TABLE_ONLY,
  HRP_PRINT_OPTIONS_TABLE_LANDSCAPE,
  HRP_PRINT_OPTIONS_N_PROPS
} HrpPrintOptionsProperty;

/* Makes them in properties[first] to properties[first + 3]. */
void               hrp_print_options_create_properties (GParamSpec            **properties,
                                                        guint                   first);
/* A new object of type (one with those properties) for plan; options
 * may be NULL (the whole plan, Arabic digits, a landscape table). */
gpointer           hrp_print_options_new_object        (GType                   type,
                                                        HrpPlan                *plan,
                                                        const HrpReportOptions *options);
/* The object's get_property and set_property call these first, with
 * index the property id less its first: plan and options are the
 * object's own.  Each returns FALSE when index is not one of those
 * properties.  Setting one tells in changed whether the options changed;
 * the object then acts on it and notifies it. */
gboolean           hrp_print_options_get_property      (HrpPlan                *plan,
                                                        const HrpReportOptions *options,
                                                        guint                   index,
                                                        GValue                 *value);
gboolean           hrp_print_options_set_property      (HrpPlan               **plan,
                                                        HrpReportOptions       *options,
                                                        guint                   index,
                                                        const GValue           *value,
                                                        gboolean               *changed);
/* Sets options to new_options, notifying on object each switch that
 * changes (properties and first as given to create_properties).  TRUE
 * when any changed. */
gboolean           hrp_print_options_update            (GObject                *object,
                                                        GParamSpec            **properties,
                                                        guint                   first,
                                                        HrpReportOptions       *options,
                                                        const HrpReportOptions *new_options);

/* The choices kept in the settings (org.hrplan.HrPlan): "thai-digits" and
 * "table-orientation".  settings may be NULL (no schema): then nothing
 * is read or kept.  table_only is never kept; load leaves it as it is. */
void               hrp_print_options_load              (GSettings              *settings,
                                                        HrpReportOptions       *options);
void               hrp_print_options_save              (GSettings              *settings,
                                                        const HrpReportOptions *options);
/* Keeps the "thai-digits" and "table-landscape" of object (a print
 * operation or a print preview) in settings from now on, each time they
 * change, for as long as object lives. */
void               hrp_print_options_bind              (GSettings              *settings,
                                                        gpointer                object);

/* options may be NULL (the whole plan, Arabic digits, a landscape
 * table).  The plan is read when printing starts, on the GTK thread.
 * The print dialog's Preview button opens HrpPrintPreview (see
 * hrp-print-operation.c). */
HrpPrintOperation *hrp_print_operation_new         (HrpPlan                *plan,
                                                    const HrpReportOptions *options);
HrpPlan           *hrp_print_operation_get_plan    (HrpPrintOperation      *self);
void               hrp_print_operation_get_options (HrpPrintOperation      *self,
                                                    HrpReportOptions       *options);
void               hrp_print_operation_set_options (HrpPrintOperation      *self,
                                                    const HrpReportOptions *options);

G_END_DECLS
