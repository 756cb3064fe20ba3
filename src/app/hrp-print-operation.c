/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-print-operation.c — printing a plan through GTK's print dialog
 *
 * The pages are those of HrpReport, the renderer behind the PDF export
 * and the preview: the print context is used in points over the whole
 * sheet (the report draws its own margins), and the report is laid out
 * for the paper the dialog chose.  The report's choices (Thai digits, the
 * table only, the table's orientation) are made in one place, the print
 * preview, which opens this operation's dialog: the dialog has no tab of
 * ours.  Its Preview button shows HrpPrintPreview again, not GTK's
 * external viewer.
 *
 * Layout happens in begin-print, on the GTK thread: GTK needs the number
 * of pages before it draws any.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-print-operation.h"
#include "hrp-print-preview.h"
#include "hrp-settings.h"

struct _HrpPrintOperation
{
  GtkPrintOperation  parent_instance;

  HrpPlan           *plan;
  HrpReportOptions   options;
  GSettings         *settings;   /* NULL without the schema */

  /* While printing. */
  HrpReport         *report;
  double             scale;     /* report to paper, 1 unless the paper is tiny */

  /* While the dialog's Preview is shown: it ends (end_preview) once GTK
   * is ready and our preview is closed. */
  gboolean           previewing;
  gboolean           preview_ready;
  gboolean           preview_closed;
};

G_DEFINE_FINAL_TYPE (HrpPrintOperation, hrp_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  /* hrp_print_options_create_properties () */
  PROP_PRINT_OPTIONS,
  N_PROPS = PROP_PRINT_OPTIONS + HRP_PRINT_OPTIONS_N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Page setup, names and the settings kept {{{ */

/* A4 until a paper is chosen; each page is turned as the report lays it
 * out (request-page-setup). */
static void
update_page_setup (HrpPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

/* The plan's title as a file name: what a file system refuses becomes
 * "-". */
static char *
file_name_for (HrpPlan *plan)
{
  g_autofree char *title = g_strdup (hrp_plan_get_title (plan));

  g_strstrip (title);
  if (*title == '\0')
    return g_strdup (_("Plan"));
  return g_strdelimit (g_steal_pointer (&title), "/\\:*?\"<>|", '-');
}

static void
update_names (HrpPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *name = file_name_for (self->plan);

  gtk_print_operation_set_job_name (operation, hrp_plan_get_title (self->plan));

  /* "Print to File" offers the title as the file's name, as a PDF. */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);
}

/* The printer, paper and orientation chosen last time, whichever window
 * prints; the file name made from the plan's title stays. */
static void
restore_settings (HrpPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GVariant) saved = NULL;
  g_autoptr(GVariant) saved_page = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  GtkPrintSettings *current;

  if (self->settings == NULL)
    return;

  /* The pages are laid out for whatever paper this is; one that cannot
   * be read stays A4. */
  saved_page = g_settings_get_value (self->settings, "page-setup");
  if (g_variant_n_children (saved_page) > 0)
    page_setup = gtk_page_setup_new_from_gvariant (saved_page);
  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, page_setup);

  saved = g_settings_get_value (self->settings, "print-settings");
  if (g_variant_n_children (saved) == 0)
    return;

  settings = gtk_print_settings_new_from_gvariant (saved);
  current = gtk_print_operation_get_print_settings (operation);
  if (current != NULL)
    {
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME,
                              gtk_print_settings_get (current, GTK_PRINT_SETTINGS_OUTPUT_BASENAME));
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, NULL);
    }
  gtk_print_operation_set_print_settings (operation, settings);
}

/* What was chosen in the dialog is kept for next time. */
static void
hrp_print_operation_done (GtkPrintOperation       *operation,
                          GtkPrintOperationResult  result)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (operation);

  self->previewing = FALSE;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->settings != NULL)
    {
      GtkPrintSettings *print_settings = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);

      if (print_settings != NULL)
        g_settings_set_value (self->settings, "print-settings",
                              gtk_print_settings_to_gvariant (print_settings));
      if (page_setup != NULL)
        g_settings_set_value (self->settings, "page-setup",
                              gtk_page_setup_to_gvariant (page_setup));
    }

  if (GTK_PRINT_OPERATION_CLASS (hrp_print_operation_parent_class)->done != NULL)
    GTK_PRINT_OPERATION_CLASS (hrp_print_operation_parent_class)->done (operation, result);
}

/* }}} */

/* Printing {{{ */

/* Smaller than the report's margins allow. */
#define MIN_WIDTH  260.0
#define MIN_HEIGHT 260.0

static void
hrp_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (operation);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  HrpReportOptions options = self->options;
  g_autoptr(GError) error = NULL;

  /* The preview lays the pages out itself, in a worker: GTK only needs a
   * page to get ready. */
  if (self->previewing)
    {
      gtk_print_operation_set_n_pages (operation, 1);
      return;
    }

  g_clear_object (&self->report);
  self->report = hrp_report_new (self->plan, &options);
  self->scale = 1;
  if (width >= MIN_WIDTH && height >= MIN_HEIGHT)
    hrp_report_set_page_size (self->report, width, height);
  else
    /* Laid out on A4 and shrunk to the paper. */
    self->scale = MIN (MIN (width, height) / HRP_REPORT_A4_WIDTH,
                       MAX (width, height) / HRP_REPORT_A4_HEIGHT);

  if (!hrp_report_paginate (self->report, NULL, NULL, NULL, &error))
    {
      g_warning ("Could not lay out the plan: %s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation, MAX (hrp_report_get_n_pages (self->report), 1));
}

static void
hrp_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (self->report == NULL || page_nr < 0
      || (guint) page_nr >= hrp_report_get_n_pages (self->report))
    return;

  cairo_save (cr);
  cairo_scale (cr, self->scale, self->scale);
  hrp_report_draw_page (self->report, cr, page_nr);
  cairo_restore (cr);
}

/* The table's pages are landscape, the rest portrait, whatever the
 * orientation chosen in Page Setup. */
static void
hrp_print_operation_request_page_setup (GtkPrintOperation *operation,
                                        GtkPrintContext   *context,
                                        int                page_nr,
                                        GtkPageSetup      *setup)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (operation);
  gboolean landscape = self->report != NULL && page_nr >= 0
                       && hrp_report_page_is_landscape (self->report, page_nr);

  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                   : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
hrp_print_operation_end_print (GtkPrintOperation *operation,
                               GtkPrintContext   *context)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (operation);

  g_clear_object (&self->report);
}

/* }}} */

/* The dialog's Preview {{{ */

static void
end_preview (HrpPrintOperation *self)
{
  if (!self->previewing || !self->preview_ready || !self->preview_closed)
    return;

  self->previewing = FALSE;
  /* end-print, then done. */
  gtk_print_operation_preview_end_preview (GTK_PRINT_OPERATION_PREVIEW (self));
}

static void
preview_ready_cb (GtkPrintOperationPreview *preview,
                  GtkPrintContext          *context,
                  gpointer                  data)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (preview);

  self->preview_ready = TRUE;
  end_preview (self);
}

static void
preview_closed_cb (GtkWidget         *preview,
                   HrpPrintOperation *self)
{
  self->preview_closed = TRUE;
  end_preview (self);
}

static void
release_operation (gpointer  data,
                   GClosure *closure)
{
  g_object_unref (data);
}

/* The dialog's Preview button: the pages in HrpPrintPreview, over the
 * window the dialog was opened over.  A dialog opened from the preview of
 * this plan goes back to it; else a preview opens, with the options of
 * this operation, and choices made in it are kept as the preview's own
 * are.  The preview ends when that window is closed. */
static gboolean
hrp_print_operation_preview (GtkPrintOperation        *operation,
                             GtkPrintOperationPreview *preview,
                             GtkPrintContext          *context,
                             GtkWindow                *parent)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (operation);
  cairo_surface_t *surface;
  cairo_t *cr;

  /* GTK requires a cairo context for a preview, though ours draws in
   * its own window. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  self->previewing = TRUE;
  self->preview_ready = FALSE;
  self->preview_closed = FALSE;

  if (HRP_IS_PRINT_PREVIEW (parent)
      && hrp_print_preview_get_plan (HRP_PRINT_PREVIEW (parent)) == self->plan)
    {
      hrp_print_preview_set_options (HRP_PRINT_PREVIEW (parent), &self->options);
      gtk_window_present (parent);
      self->preview_closed = TRUE;
    }
  else
    {
      GtkWidget *window = hrp_print_preview_new (parent, self->plan, &self->options);

      hrp_print_options_bind (self->settings, window);
      /* The operation lives until its preview is closed. */
      g_signal_connect_data (window, "destroy", G_CALLBACK (preview_closed_cb),
                             g_object_ref (self), release_operation, 0);
      gtk_window_present (GTK_WINDOW (window));
    }

  return TRUE;
}

/* }}} */

/* The choices kept {{{ */

#define ORIENTATION_KEY "table-orientation"

static const char *
orientation_name (gboolean landscape)
{
  return landscape ? "landscape" : "portrait";
}

void
hrp_print_options_load (GSettings        *settings,
                        HrpReportOptions *options)
{
  g_autofree char *orientation = NULL;

  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  if (settings == NULL)
    return;

  options->thai_digits = g_settings_get_boolean (settings, "thai-digits");
  orientation = g_settings_get_string (settings, ORIENTATION_KEY);
  options->table_orientation = g_str_equal (orientation, "portrait") ? HRP_TABLE_PORTRAIT
                                                                     : HRP_TABLE_LANDSCAPE;
}

void
hrp_print_options_save (GSettings              *settings,
                        const HrpReportOptions *options)
{
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  if (settings == NULL)
    return;

  g_settings_set_boolean (settings, "thai-digits", options->thai_digits);
  g_settings_set_string (settings, ORIENTATION_KEY,
                         orientation_name (options->table_orientation == HRP_TABLE_LANDSCAPE));
}

static GVariant *
landscape_to_orientation (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            data)
{
  return g_variant_new_string (orientation_name (g_value_get_boolean (value)));
}

static gboolean
orientation_to_landscape (GValue   *value,
                          GVariant *variant,
                          gpointer  data)
{
  g_value_set_boolean (value, !g_str_equal (g_variant_get_string (variant, NULL), "portrait"));
  return TRUE;
}

void
hrp_print_options_bind (GSettings *settings,
                        gpointer   object)
{
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (G_IS_OBJECT (object));

  if (settings == NULL)
    return;

  /* SET alone: the object keeps the options it was made with, and they
   * are kept at once. */
  g_settings_bind (settings, "thai-digits", object, "thai-digits", G_SETTINGS_BIND_SET);
  g_settings_bind_with_mapping (settings, ORIENTATION_KEY, object, "table-landscape",
                                G_SETTINGS_BIND_SET,
                                orientation_to_landscape, landscape_to_orientation,
                                NULL, NULL);
}

/* }}} */

/* GObject {{{ */

void
hrp_print_options_create_properties (GParamSpec **properties,
                                     guint        first)
{
  /* The switches of HrpReportOptions, each by default as in zeroed
   * options. */
  static const struct {
    const char *name;
    gboolean    default_value;
  } switches[] = {
    { "thai-digits", FALSE },
    { "table-only", FALSE },
    { "table-landscape", TRUE },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (switches) + 1 == HRP_PRINT_OPTIONS_N_PROPS);

  properties[first] =
    g_param_spec_object ("plan", NULL, NULL,
                         HRP_TYPE_PLAN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    properties[first + 1 + i] =
      g_param_spec_boolean (switches[i].name, NULL, NULL,
                            switches[i].default_value,
                            (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

gpointer
hrp_print_options_new_object (GType                   type,
                              HrpPlan                *plan,
                              const HrpReportOptions *options)
{
  HrpReportOptions none = { 0 };

  if (options == NULL)
    options = &none;

  return g_object_new (type,
                       "plan", plan,
                       "thai-digits", options->thai_digits,
                       "table-only", options->table_only,
                       "table-landscape", options->table_orientation == HRP_TABLE_LANDSCAPE,
                       NULL);
}

gboolean
hrp_print_options_get_property (HrpPlan                *plan,
                                const HrpReportOptions *options,
                                guint                   index,
                                GValue                 *value)
{
  switch (index)
    {
    case HRP_PRINT_OPTIONS_PLAN:
      g_value_set_object (value, plan);
      return TRUE;

    case HRP_PRINT_OPTIONS_THAI_DIGITS:
      g_value_set_boolean (value, options->thai_digits);
      return TRUE;

    case HRP_PRINT_OPTIONS_TABLE_ONLY:
      g_value_set_boolean (value, options->table_only);
      return TRUE;

    case HRP_PRINT_OPTIONS_TABLE_LANDSCAPE:
      g_value_set_boolean (value, options->table_orientation == HRP_TABLE_LANDSCAPE);
      return TRUE;

    default:
      return FALSE;
    }
}

gboolean
hrp_print_options_set_property (HrpPlan          **plan,
                                HrpReportOptions  *options,
                                guint              index,
                                const GValue      *value,
                                gboolean          *changed)
{
  HrpReportOptions old = *options;

  switch (index)
    {
    case HRP_PRINT_OPTIONS_PLAN:
      *plan = g_value_dup_object (value);
      break;

    case HRP_PRINT_OPTIONS_THAI_DIGITS:
      options->thai_digits = g_value_get_boolean (value);
      break;

    case HRP_PRINT_OPTIONS_TABLE_ONLY:
      options->table_only = g_value_get_boolean (value);
      break;

    case HRP_PRINT_OPTIONS_TABLE_LANDSCAPE:
      options->table_orientation = g_value_get_boolean (value) ? HRP_TABLE_LANDSCAPE : HRP_TABLE_PORTRAIT;
      break;

    default:
      return FALSE;
    }

  *changed = (options->thai_digits != old.thai_digits
              || options->table_only != old.table_only
              || options->table_orientation != old.table_orientation);
  return TRUE;
}

gboolean
hrp_print_options_update (GObject                 *object,
                          GParamSpec             **properties,
                          guint                    first,
                          HrpReportOptions        *options,
                          const HrpReportOptions  *new_options)
{
  gboolean changed = FALSE;

  /* Each switch of new_options, as set_property sets it. */
  for (guint i = HRP_PRINT_OPTIONS_THAI_DIGITS; i < HRP_PRINT_OPTIONS_N_PROPS; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean option_changed;

      g_value_init (&value, G_TYPE_BOOLEAN);
      hrp_print_options_get_property (NULL, new_options, i, &value);
      hrp_print_options_set_property (NULL, options, i, &value, &option_changed);
      if (option_changed)
        {
          g_object_notify_by_pspec (object, properties[first + i]);
          changed = TRUE;
        }
    }

  return changed;
}

static void
hrp_print_operation_constructed (GObject *object)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (object);

  G_OBJECT_CLASS (hrp_print_operation_parent_class)->constructed (object);

  g_return_if_fail (HRP_IS_PLAN (self->plan));
  update_page_setup (self);
  update_names (self);
  restore_settings (self);
}

static void
hrp_print_operation_finalize (GObject *object)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (object);

  g_clear_object (&self->report);
  g_clear_object (&self->plan);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hrp_print_operation_parent_class)->finalize (object);
}

static void
hrp_print_operation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (object);

  if (!hrp_print_options_get_property (self->plan, &self->options, prop_id - PROP_PRINT_OPTIONS, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
hrp_print_operation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HrpPrintOperation *self = HRP_PRINT_OPERATION (object);
  gboolean changed;

  if (!hrp_print_options_set_property (&self->plan, &self->options, prop_id - PROP_PRINT_OPTIONS,
                                       value, &changed))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
hrp_print_operation_class_init (HrpPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = hrp_print_operation_constructed;
  object_class->finalize = hrp_print_operation_finalize;
  object_class->get_property = hrp_print_operation_get_property;
  object_class->set_property = hrp_print_operation_set_property;

  operation_class->begin_print = hrp_print_operation_begin_print;
  operation_class->draw_page = hrp_print_operation_draw_page;
  operation_class->request_page_setup = hrp_print_operation_request_page_setup;
  operation_class->end_print = hrp_print_operation_end_print;
  operation_class->preview = hrp_print_operation_preview;
  operation_class->done = hrp_print_operation_done;

  hrp_print_options_create_properties (properties, PROP_PRINT_OPTIONS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hrp_print_operation_init (HrpPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  /* The report draws its own margins, in points. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  self->scale = 1;
  self->settings = hrp_settings_new ();
  g_signal_connect (self, "ready", G_CALLBACK (preview_ready_cb), NULL);
}

/* }}} */

HrpPrintOperation *
hrp_print_operation_new (HrpPlan                *plan,
                         const HrpReportOptions *options)
{
  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  return hrp_print_options_new_object (HRP_TYPE_PRINT_OPERATION, plan, options);
}

HrpPlan *
hrp_print_operation_get_plan (HrpPrintOperation *self)
{
  g_return_val_if_fail (HRP_IS_PRINT_OPERATION (self), NULL);
  return self->plan;
}

void
hrp_print_operation_get_options (HrpPrintOperation *self,
                                 HrpReportOptions  *options)
{
  g_return_if_fail (HRP_IS_PRINT_OPERATION (self));
  g_return_if_fail (options != NULL);

  *options = self->options;
}

void
hrp_print_operation_set_options (HrpPrintOperation      *self,
                                 const HrpReportOptions *options)
{
  g_return_if_fail (HRP_IS_PRINT_OPERATION (self));
  g_return_if_fail (options != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  hrp_print_options_update (G_OBJECT (self), properties, PROP_PRINT_OPTIONS, &self->options, options);
  g_object_thaw_notify (G_OBJECT (self));
}
