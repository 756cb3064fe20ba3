/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-window-io.c — the window's printing, export and import, and the
 * status line that tells how they went (with Undo and Cancel) */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-docx.h"
#include "hrp-editor.h"
#include "hrp-file.h"
#include "hrp-import-dialog.h"
#include "hrp-message.h"
#include "hrp-odt.h"
#include "hrp-print-operation.h"
#include "hrp-print-preview.h"
#include "hrp-report.h"
#include "hrp-xml.h"
#include "hrp-window-private.h"

/* Printing {{{ */

/* Print, Print the Action Plan Table and Print Preview all open the
 * preview, where the options are chosen (as they were last time) and
 * kept; its Print button opens the print dialog. */
static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  HrpReportOptions options = { 0 };
  GtkWidget *preview;

  if (self->plan == NULL)
    return;

  hrp_editor_commit (self->editor);
  hrp_print_options_load (self->settings, &options);
  options.table_only = g_str_equal (action_name, "win.print-table");

  preview = hrp_print_preview_new (GTK_WINDOW (self), self->plan, &options);
  hrp_print_options_bind (self->settings, preview);
  gtk_window_present (GTK_WINDOW (preview));
}

/* }}} */

/* The status line {{{ */

static gboolean
status_hide_cb (gpointer data)
{
  HrpWindow *self = data;

  self->status_timeout_id = 0;
  gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

void
_hrp_window_clear_notice (HrpWindow *self)
{
  if (self->notice_destroy != NULL && self->notice_data != NULL)
    self->notice_destroy (self->notice_data);
  self->notice_undo = NULL;
  self->notice_data = NULL;
  self->notice_destroy = NULL;
}

/* A line at the bottom of the window: with a progress bar and Cancel
 * while work goes on, or a message that goes after a while. */
static void
show_status (HrpWindow  *self,
             const char *text,
             gboolean    working)
{
  g_clear_handle_id (&self->status_timeout_id, g_source_remove);
  _hrp_window_clear_notice (self);
  gtk_label_set_label (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_progress), working);
  gtk_widget_set_visible (self->status_cancel, working);
  gtk_widget_set_visible (self->status_undo, FALSE);
  gtk_progress_bar_set_fraction (self->status_progress, 0);
  gtk_revealer_set_reveal_child (self->status_revealer, TRUE);
  if (!working)
    self->status_timeout_id = g_timeout_add_seconds (8, status_hide_cb, self);
}

void
hrp_window_show_notice (HrpWindow      *self,
                        const char     *text,
                        void          (*undo) (gpointer),
                        gpointer        data,
                        GDestroyNotify  destroy)
{
  g_return_if_fail (HRP_IS_WINDOW (self));

  show_status (self, text, FALSE);
  self->notice_undo = undo;
  self->notice_data = data;
  self->notice_destroy = destroy;
  gtk_widget_set_visible (self->status_undo, undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", undo != NULL);
}

/* }}} */

/* Exporting {{{ */

static void
export_progress_cb (double   done,
                    gpointer data)
{
  HrpWindow *self = data;

  if (self->export_cancellable != NULL)
    gtk_progress_bar_set_fraction (self->status_progress, done);
}

static void
export_pdf_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(HrpWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->export_file);
  g_autofree char *name = NULL;
  g_autoptr(HrpReport) report = hrp_report_paginate_finish (result, &error);
  guint pages = report != NULL ? hrp_report_get_n_pages (report) : 0;

  /* The window went away meanwhile (dispose dropped the cancellable). */
  if (self->export_cancellable == NULL)
    return;
  g_clear_object (&self->export_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_status (self, _("Export cancelled"), FALSE);
      return;
    }
  name = file ? g_file_get_parse_name (file) : g_strdup ("");
  if (pages == 0)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not export “%s”"), name);

      gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
      hrp_show_error (GTK_WIDGET (self), primary, error->message);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (ngettext ("Saved “%s” (%u page)",
                                                       "Saved “%s” (%u pages)", pages),
                                             name, pages);

    show_status (self, text, FALSE);
  }
}

gboolean
hrp_window_is_exporting (HrpWindow *self)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  return self->export_cancellable != NULL;
}

void
hrp_window_export_pdf (HrpWindow              *self,
                       GFile                  *file,
                       const HrpReportOptions *options)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HRP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->plan == NULL || self->export_cancellable != NULL)
    return;

  hrp_editor_commit (self->editor);
  self->export_cancellable = g_cancellable_new ();
  g_set_object (&self->export_file, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", TRUE);
  name = g_file_get_basename (file);
  text = g_strdup_printf (_("Exporting “%s”…"), name);
  show_status (self, text, TRUE);

  /* Long for a big plan: laid out and written in a thread. */
  hrp_report_paginate_async (self->plan, options, file, self->export_cancellable,
                              export_progress_cb, self, export_pdf_done_cb, g_object_ref (self));
}

/* Writes bytes to file, and says so in the status line. */
static gboolean
save_bytes (HrpWindow  *self,
            GFile      *file,
            GBytes     *bytes,
            GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!hrp_file_replace (file, bytes, NULL, error))
    return FALSE;

  name = g_file_get_parse_name (file);
  text = g_strdup_printf (_("Saved “%s”"), name);
  show_status (self, text, FALSE);
  return TRUE;
}

/* Writes what export makes of the plan (as it is now, with the field
 * being typed in) to file, and says so in the status line; nothing when
 * export refuses the plan. */
static gboolean
export_bytes (HrpWindow  *self,
              GFile      *file,
              GBytes   *(*export) (HrpPlan *, GError **),
              GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (self->plan == NULL)
    return TRUE;

  hrp_editor_commit (self->editor);
  bytes = export (self->plan, error);
  return bytes != NULL && save_bytes (self, file, bytes, error);
}

static GBytes *
export_table_csv (HrpPlan  *plan,
                  GError  **error)
{
  return hrp_report_table_csv (plan);
}

gboolean
hrp_window_export_csv (HrpWindow  *self,
                       GFile      *file,
                       GError    **error)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  return export_bytes (self, file, export_table_csv, error);
}

gboolean
hrp_window_export_document (HrpWindow              *self,
                            GFile                  *file,
                            HrpDocumentFormat       format,
                            const HrpReportOptions *options,
                            GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->plan == NULL)
    return TRUE;

  /* A few milliseconds even for a big plan: made here. */
  hrp_editor_commit (self->editor);
  bytes = format == HRP_DOCUMENT_ODT ? hrp_odt_export (self->plan, options, error)
                                     : hrp_docx_export (self->plan, options, error);
  return bytes != NULL && save_bytes (self, file, bytes, error);
}

static void
cancel_export_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static char *
suggested_name (HrpWindow  *self,
                const char *extension)
{
  g_autofree char *title = g_strdup (hrp_plan_get_title (self->plan));

  /* A title is a fine file name once the characters file systems
   * refuse are gone. */
  g_strdelimit (title, "/\\:*?\"<>|", ' ');
  return g_strconcat (g_strstrip (title), extension, NULL);
}

gboolean
hrp_window_export_xml (HrpWindow  *self,
                       GFile      *file,
                       GError    **error)
{
  g_return_val_if_fail (HRP_IS_WINDOW (self), FALSE);
  return export_bytes (self, file, hrp_xml_export, error);
}

/* An export laid out as the plan prints, with its choices. */
static gboolean
laid_out (const char *kind)
{
  return g_str_equal (kind, "pdf") || g_str_equal (kind, "docx") || g_str_equal (kind, "odt");
}

static void
export_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            HrpWindow       *self)
{
  const char *kind = g_object_get_data (G_OBJECT (chooser), "hrp-kind");
  g_autoptr(GFile) file = hrp_chooser_get_chosen (chooser, response);
  g_autoptr(GError) error = NULL;
  gboolean done = TRUE;

  if (file != NULL && laid_out (kind))
    {
      HrpReportOptions options = { 0 };

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      options.thai_digits = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "thai-digits"), "true") == 0;
      options.table_only = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "table-only"), "true") == 0;
      options.table_orientation = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "table-orientation"),
                                             "portrait") == 0 ? HRP_TABLE_PORTRAIT : HRP_TABLE_LANDSCAPE;
      G_GNUC_END_IGNORE_DEPRECATIONS
      /* The same choices as the print preview's, kept for all. */
      hrp_print_options_save (self->settings, &options);
      if (g_str_equal (kind, "pdf"))
        hrp_window_export_pdf (self, file, &options);
      else
        done = hrp_window_export_document (self, file,
                                           g_str_equal (kind, "odt") ? HRP_DOCUMENT_ODT : HRP_DOCUMENT_DOCX,
                                           &options, &error);
    }
  else if (file != NULL)
    done = g_str_equal (kind, "xml") ? hrp_window_export_xml (self, file, &error)
                                     : hrp_window_export_csv (self, file, &error);

  if (!done)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *primary = g_strdup_printf (_("Could not export “%s”"), name);

      hrp_show_error (GTK_WIDGET (self), primary, error->message);
    }

  g_object_unref (chooser);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  const char *kind = g_intern_string (action_name + strlen ("win.export-"));
  g_autofree char *extension = g_strconcat (".", kind, NULL);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  const char *title, *filter_name;

  if (self->plan == NULL)
    return;

  /* A plan the exchange format cannot carry yet is told before a file
   * is asked for: what to fill in. */
  if (g_str_equal (kind, "xml"))
    {
      g_autoptr(GError) error = NULL;

      hrp_editor_commit (self->editor);
      if (!hrp_xml_can_export (self->plan, &error))
        {
          hrp_show_error (GTK_WIDGET (self), _("Could not export the plan"), error->message);
          return;
        }
    }

  if (g_str_equal (kind, "pdf"))
    {
      title = _("Export as PDF");
      filter_name = _("PDF documents");
    }
  else if (g_str_equal (kind, "docx"))
    {
      title = _("Export as Word");
      filter_name = _("Word documents");
    }
  else if (g_str_equal (kind, "odt"))
    {
      title = _("Export as OpenDocument");
      filter_name = _("OpenDocument texts");
    }
  else if (g_str_equal (kind, "xml"))
    {
      title = _("Export the Plan");
      filter_name = _("Plans exported by HR Plan (XML)");
    }
  else
    {
      title = _("Export the Table as CSV");
      filter_name = _("CSV (spreadsheets)");
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  name = suggested_name (self, extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, kind);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (laid_out (kind))
    {
      HrpReportOptions options = { 0 };
      gboolean portrait;
      const char *orientations[3];
      const char *orientation_labels[3];

      /* As chosen last time, here or in the print preview. */
      hrp_print_options_load (self->settings, &options);
      portrait = options.table_orientation == HRP_TABLE_PORTRAIT;
      /* The orientation chosen comes first: GTK 4.8's own file chooser
       * does not select an option of a list with set_choice. */
      orientations[portrait ? 1 : 0] = "landscape";
      orientations[portrait ? 0 : 1] = "portrait";
      orientations[2] = NULL;
      orientation_labels[portrait ? 1 : 0] = _("Landscape");
      orientation_labels[portrait ? 0 : 1] = _("Portrait");
      orientation_labels[2] = NULL;

      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "thai-digits",
                                   _("Print digits as Thai digits (๐–๙)"), NULL, NULL);
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "table-only",
                                   _("Only the action-plan table"), NULL, NULL);
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "table-orientation",
                                   _("Action-plan table pages"), orientations, orientation_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "thai-digits",
                                   options.thai_digits ? "true" : "false");
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "table-orientation", orientations[0]);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data (G_OBJECT (chooser), "hrp-kind", (gpointer) kind);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */

/* Importing {{{ */

static void
undo_import_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  g_autoptr(HrpPlan) old = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", FALSE);
  gtk_widget_set_visible (self->status_undo, FALSE);
  /* The Undo of a notice (a repaired paste), else of an import. */
  if (self->notice_undo != NULL)
    {
      self->notice_undo (self->notice_data);
      _hrp_window_clear_notice (self);
      gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
      return;
    }
  old = g_steal_pointer (&self->replaced_plan);
  if (old == NULL)
    return;

  year = hrp_plan_get_fiscal_year (old);
  if (hrp_window_get_fiscal_year (self) == year)
    _hrp_window_set_plan (self, NULL);
  if (!hrp_library_undo_import (self->library, old, &error))
    hrp_show_error (GTK_WIDGET (self), _("Could not bring the plan back"), error->message);
  hrp_window_reload (self);
  hrp_window_set_fiscal_year (self, year);
  {
    g_autofree char *text = g_strdup_printf (_("The plan of fiscal year %d is back as it was"), year);

    show_status (self, text, FALSE);
  }
}

static void
import_chosen_cb (HrpImportDialog *dialog,
                  HrpPlan         *plan,
                  gboolean         replace,
                  HrpWindow       *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) old = NULL;
  int year = hrp_plan_get_fiscal_year (plan);
  g_autofree char *text = NULL;

  /* The plan shown is let go of before it is replaced. */
  if (replace && hrp_window_get_fiscal_year (self) == year)
    {
      hrp_editor_commit (self->editor);
      _hrp_window_set_plan (self, NULL);
    }

  /* What is replaced is kept, for Undo, and the database copied. */
  if (!hrp_library_import (self->library, plan, replace, &old, &error))
    {
      hrp_window_reload (self);
      hrp_show_error (GTK_WIDGET (self), _("Could not import the plan"), error->message);
      return;
    }

  hrp_window_reload (self);
  hrp_window_set_fiscal_year (self, year);
  g_set_object (&self->replaced_plan, old);
  if (old != NULL)
    text = g_strdup_printf (_("Replaced the plan of fiscal year %d"), year);
  else
    text = g_strdup_printf (_("Imported the plan of fiscal year %d"), year);
  show_status (self, text, FALSE);
  gtk_widget_set_visible (self->status_undo, old != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", old != NULL);
}

static void
plan_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(HrpWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpImportReport) report = NULL;
  g_autoptr(HrpPlan) plan = hrp_library_read_plan_finish_full (result, &report, &error);
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  HrpImportDialog *dialog;

  /* The window went away meanwhile. */
  if (self->export_cancellable == NULL)
    return;
  g_clear_object (&self->export_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);
  gtk_revealer_set_reveal_child (self->status_revealer, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_status (self, _("Import cancelled: nothing changed"), FALSE);
      return;
    }
  if (plan == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not import “%s”"), name);

      hrp_show_error (GTK_WIDGET (self), primary, error->message);
      return;
    }

  dialog = hrp_import_dialog_new (GTK_WINDOW (self), self->library, plan, name);
  if (report != NULL)
    hrp_import_dialog_set_report (dialog, report);
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The pages of a PDF read so far. */
static void
import_progress_cb (guint    pages_done,
                    guint    n_pages,
                    gpointer data)
{
  HrpWindow *self = data;

  if (self->export_cancellable != NULL && n_pages > 0)
    gtk_progress_bar_set_fraction (self->status_progress, (double) pages_done / n_pages);
}

void
hrp_window_offer_import (HrpWindow *self,
                         GFile     *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HRP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->export_cancellable != NULL)
    return;

  hrp_editor_commit (self->editor);
  name = g_file_get_basename (file);
  self->export_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", TRUE);
  text = g_strdup_printf (_("Reading “%s”…"), name);
  show_status (self, text, TRUE);
  gtk_progress_bar_pulse (self->status_progress);

  /* A big file is read and checked off the main loop; XML, or a plan
   * document (a PDF, its pages counted, or text), told by its content.
   * The window, which progress is told to, lives until plan_read_cb. */
  hrp_library_read_plan_async_full (file, HRP_IMPORT_AUTO, self->export_cancellable,
                                    import_progress_cb, self, plan_read_cb, g_object_ref (self));
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            HrpWindow       *self)
{
  g_autoptr(GFile) file = hrp_chooser_get_chosen (chooser, response);

  if (file != NULL)
    hrp_window_offer_import (self, file);
  g_object_unref (chooser);
}

static void
import_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HrpWindow *self = HRP_WINDOW (widget);
  gboolean document = g_str_equal (action_name, "win.import-document");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (document ? _("Import Last Year’s Document") : _("Import a Plan"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  if (document)
    {
      gtk_file_filter_set_name (filter, _("Plan documents (PDF, Word, OpenDocument, text)"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_filter_add_suffix (filter, "docx");
      gtk_file_filter_add_suffix (filter, "odt");
      gtk_file_filter_add_suffix (filter, "txt");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Plans exported by HR Plan (XML)"));
      gtk_file_filter_add_suffix (filter, "xml");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* What a file holds is told by its content, not its name. */
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A file dropped on the window is offered for import, as if chosen. */
static gboolean
file_dropped_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 HrpWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || self->read_only
      || hrp_window_is_exporting (self))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  hrp_window_offer_import (self, files->data);
  g_slist_free (files);
  return TRUE;
}

void
_hrp_window_init_io (HrpWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (file_dropped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* }}} */

/* The actions {{{ */

void
_hrp_window_class_init_io (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.print-table", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.export-docx", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.export-odt", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_cb);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "win.import-document", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "win.undo-import", NULL, undo_import_cb);
  gtk_widget_class_install_action (widget_class, "win.export-xml", NULL, export_cb);
}

/* }}} */
