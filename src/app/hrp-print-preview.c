/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-print-preview.c — the plan's printed pages on screen, one at a time
 *
 * The pages are HrpReport's, the same as printed and exported.  Laying
 * out a big plan takes a while, so it happens in a worker thread
 * (hrp_report_paginate_async (), as PDF export does): the preview keeps a
 * copy of the plan made when it opens (the window is modal, the plan
 * cannot change under it), and each layout works on a copy of that for
 * the options shown, with a font map of its own.  Changing an option
 * cancels the layout running; the next starts when it has stopped.
 *
 * The page is drawn as a white sheet on a grey ground, scaled to the
 * width of the window or at a zoom (100 % is the real size at 96 dpi).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "hrp-a11y.h"
#include "hrp-app-resources.h"
#include "hrp-field.h"
#include "hrp-message.h"
#include "hrp-print-operation.h"
#include "hrp-print-preview.h"
#include "hrp-xml.h"

/* Around the sheet, in pixels. */
#define SHEET_MARGIN 16
/* 100 %: a point is 1/72 inch, a pixel 1/96. */
#define PIXELS_PER_POINT (96.0 / 72.0)
#define ZOOM_MIN  0.25
#define ZOOM_MAX  3.0
#define ZOOM_STEP 1.25
/* The progress bar shows when a layout takes longer than this (ms). */
#define PROGRESS_DELAY 150

/* A layout going on: freed when it is done, the preview open or not. */
typedef struct {
  GWeakRef  preview;    /* the worker does not keep the window open */
  int       permille;   /* done, atomic: the worker writes it */
} LayoutJob;

struct _HrpPrintPreview
{
  GtkWindow           parent_instance;

  HrpPlan            *plan;          /* printed */
  HrpPlan            *source;        /* laid out: a copy, or plan */
  HrpReportOptions    options;
  HrpReport          *report;        /* the pages shown, or NULL */
  guint               page;
  gboolean            fit_width;
  double              zoom;

  /* The worker running, if any. */
  GCancellable       *cancellable;
  LayoutJob          *job;
  gboolean            pending;       /* lay out again when it stops */
  gboolean            busy;
  char               *error;         /* why there are no pages */

  guint               progress_id;
  guint               resize_id;
  GtkPrintOperation  *print_operation;

  /* Template widgets */
  GtkWidget          *previous_button;
  GtkWidget          *next_button;
  GtkLabel           *page_label;
  GtkWidget          *print_button;
  GtkScrolledWindow  *scrolled_window;
  GtkDrawingArea     *page_area;
  GtkWidget          *progress_box;
  GtkProgressBar     *progress_bar;
  GtkWidget          *thai_digits_check;
  GtkWidget          *table_only_check;
  GtkWidget          *table_landscape_check;
  GtkLabel           *zoom_label;
};

G_DEFINE_FINAL_TYPE (HrpPrintPreview, hrp_print_preview, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  /* hrp_print_options_create_properties () */
  PROP_PRINT_OPTIONS,
  PROP_FIT_WIDTH = PROP_PRINT_OPTIONS + HRP_PRINT_OPTIONS_N_PROPS,
  PROP_ZOOM,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_layout (HrpPrintPreview *self);

/* Page and size {{{ */

static void
page_size (HrpPrintPreview *self,
           double          *width,
           double          *height)
{
  /* The page shown: the table's pages may be turned. */
  if (self->report != NULL)
    hrp_report_get_page_size (self->report, self->page, width, height);
  else
    {
      *width = HRP_REPORT_A4_WIDTH;
      *height = HRP_REPORT_A4_HEIGHT;
    }
}

/* Pixels per point for the page area width pixels wide. */
static double
sheet_scale (HrpPrintPreview *self,
             int              width)
{
  double page_width, page_height;

  if (!self->fit_width)
    return self->zoom * PIXELS_PER_POINT;

  page_size (self, &page_width, &page_height);
  return MAX (width - 2 * SHEET_MARGIN, 48) / page_width;
}

/* The zoom shown, in percent (the real size at 100 %); fitting the width
 * before the page area has a width, only that. */
static void
update_zoom_label (HrpPrintPreview *self,
                   int              width)
{
  g_autofree char *text = NULL;

  if (self->fit_width && width <= 0)
    {
      gtk_label_set_label (self->zoom_label, _("Fit Width"));
      return;
    }

  /* Translators: the zoom of the print preview, in percent. */
  text = g_strdup_printf (_("%.0f%%"), round (sheet_scale (self, width) / PIXELS_PER_POINT * 100));
  gtk_label_set_label (self->zoom_label, text);
}

static void
update_size (HrpPrintPreview *self)
{
  double page_width, page_height;
  int width = gtk_widget_get_width (GTK_WIDGET (self->page_area));

  page_size (self, &page_width, &page_height);
  if (self->fit_width)
    {
      /* As wide as the window; as high as the sheet is at that width. */
      gtk_scrolled_window_set_policy (self->scrolled_window, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_drawing_area_set_content_width (self->page_area, 0);
      if (width > 0)
        gtk_drawing_area_set_content_height (self->page_area,
                                             (int) ceil (page_height * sheet_scale (self, width)) + 2 * SHEET_MARGIN);
    }
  else
    {
      double scale = sheet_scale (self, width);

      gtk_scrolled_window_set_policy (self->scrolled_window, GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
      gtk_drawing_area_set_content_width (self->page_area, (int) ceil (page_width * scale) + 2 * SHEET_MARGIN);
      gtk_drawing_area_set_content_height (self->page_area, (int) ceil (page_height * scale) + 2 * SHEET_MARGIN);
    }
  update_zoom_label (self, width);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

static gboolean
resize_idle_cb (gpointer data)
{
  HrpPrintPreview *self = data;

  self->resize_id = 0;
  update_size (self);
  return G_SOURCE_REMOVE;
}

static void
page_area_resize_cb (GtkDrawingArea  *area,
                     int              width,
                     int              height,
                     HrpPrintPreview *self)
{
  /* The height follows the width, after this allocation. */
  if (self->fit_width && self->resize_id == 0)
    self->resize_id = g_idle_add (resize_idle_cb, self);
}

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  HrpPrintPreview *self = data;
  double page_width, page_height, scale, x, y, w, h;

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_paint (cr);

  if (self->report == NULL || self->page >= hrp_report_get_n_pages (self->report))
    return;

  page_size (self, &page_width, &page_height);
  scale = sheet_scale (self, width);
  w = page_width * scale;
  h = page_height * scale;
  x = floor (MAX (SHEET_MARGIN, (width - w) / 2));
  y = SHEET_MARGIN;

  /* A shadow, a thin border, the white sheet. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 3, y + 3, w, h);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.5);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x - 0.5, y - 0.5, w + 1, h + 1);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill_preserve (cr);

  cairo_save (cr);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  hrp_report_draw_page (self->report, cr, self->page);
  cairo_restore (cr);
}

static void
update_page (HrpPrintPreview *self)
{
  guint n = hrp_print_preview_get_n_pages (self);
  GtkWidget *widget = GTK_WIDGET (self);

  if (n > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);

      gtk_label_set_label (self->page_label, text);
    }
  else
    gtk_label_set_label (self->page_label, self->error != NULL ? _("No pages") : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->page_label), self->error);

  gtk_widget_action_set_enabled (widget, "preview.previous-page", n > 0 && self->page > 0);
  gtk_widget_action_set_enabled (widget, "preview.first-page", n > 0 && self->page > 0);
  gtk_widget_action_set_enabled (widget, "preview.next-page", self->page + 1 < n);
  gtk_widget_action_set_enabled (widget, "preview.last-page", self->page + 1 < n);
  gtk_widget_action_set_enabled (widget, "preview.print", self->print_operation == NULL);
  gtk_widget_action_set_enabled (widget, "preview.zoom-in", self->fit_width || self->zoom < ZOOM_MAX);
  gtk_widget_action_set_enabled (widget, "preview.zoom-out", self->fit_width || self->zoom > ZOOM_MIN);

  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

static void
set_zoom (HrpPrintPreview *self,
          double           zoom)
{
  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->fit_width)
    {
      self->fit_width = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
    }
  if (self->zoom != zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  update_size (self);
  update_page (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_fit_width (HrpPrintPreview *self,
               gboolean         fit_width)
{
  fit_width = !!fit_width;
  if (self->fit_width == fit_width)
    return;

  self->fit_width = fit_width;
  update_size (self);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

/* The zoom of what is shown now (also when fitting the width). */
static double
current_zoom (HrpPrintPreview *self)
{
  return sheet_scale (self, gtk_widget_get_width (GTK_WIDGET (self->page_area))) / PIXELS_PER_POINT;
}

/* }}} */

/* Laying out {{{ */

static void
layout_progress_cb (double   done,
                    gpointer data)
{
  LayoutJob *job = data;

  g_atomic_int_set (&job->permille, (int) (CLAMP (done, 0, 1) * 1000));
}

static gboolean
progress_tick_cb (gpointer data)
{
  HrpPrintPreview *self = data;

  if (self->job != NULL)
    {
      gtk_progress_bar_set_fraction (self->progress_bar,
                                     g_atomic_int_get (&self->job->permille) / 1000.0);
      gtk_widget_set_visible (self->progress_box, TRUE);
    }
  return G_SOURCE_CONTINUE;
}

static void
set_busy (HrpPrintPreview *self,
          gboolean         busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      self->progress_id = g_timeout_add (PROGRESS_DELAY, progress_tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->progress_id, g_source_remove);
      gtk_widget_set_visible (self->progress_box, FALSE);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Shows the pages laid out (report), or why there are none (error). */
static void
show_report (HrpPrintPreview *self,
             HrpReport       *report,
             const GError    *error)
{
  guint old_n_pages;

  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_free (self->error);
          self->error = g_strdup_printf (_("The pages could not be laid out: %s"),
                                         error != NULL ? error->message : "");
          g_warning ("%s", self->error);
        }
      set_busy (self, FALSE);
      update_page (self);
      return;
    }

  old_n_pages = hrp_print_preview_get_n_pages (self);
  g_clear_pointer (&self->error, g_free);
  g_set_object (&self->report, report);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->page >= hrp_report_get_n_pages (report))
    {
      self->page = MAX (hrp_report_get_n_pages (report), 1) - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  if (old_n_pages != hrp_report_get_n_pages (report))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  update_size (self);
  update_page (self);
  set_busy (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
layout_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      data)
{
  LayoutJob *job = data;
  g_autoptr(HrpPrintPreview) self = g_weak_ref_get (&job->preview);
  g_autoptr(HrpReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (&job->preview);
  g_free (job);
  report = hrp_report_paginate_finish (result, &error);

  /* Closed meanwhile. */
  if (self == NULL || self->source == NULL)
    return;

  g_clear_object (&self->cancellable);
  self->job = NULL;

  if (self->pending)
    {
      /* The options changed while it worked: the pages it made, if it
       * finished, are not those wanted. */
      self->pending = FALSE;
      start_layout (self);
      return;
    }

  show_report (self, report, error);
}

/* The worker lays out a copy of the preview's copy (hrp-report.c). */
static void
start_layout (HrpPrintPreview *self)
{
  LayoutJob *job = g_new0 (LayoutJob, 1);

  g_weak_ref_init (&job->preview, self);
  self->cancellable = g_cancellable_new ();
  self->job = job;
  hrp_report_paginate_async (self->source, &self->options, NULL, self->cancellable,
                             layout_progress_cb, job, layout_done_cb, job);
  set_busy (self, TRUE);
}

static void
relayout (HrpPrintPreview *self)
{
  /* Not yet constructed, or closed. */
  if (self->source == NULL)
    return;

  if (self->cancellable != NULL)
    {
      /* The next starts when this one has stopped. */
      g_cancellable_cancel (self->cancellable);
      self->pending = TRUE;
      return;
    }

  start_layout (self);
}

/* }}} */

/* Printing {{{ */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HrpPrintPreview         *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      hrp_show_error (GTK_WIDGET (self), _("The plan could not be printed"),
                      error != NULL ? error->message : "");
    }

  g_signal_handlers_disconnect_by_data (operation, self);
  if (self->print_operation == operation)
    g_clear_object (&self->print_operation);
  update_page (self);
}

void
hrp_print_preview_print (HrpPrintPreview *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (HRP_IS_PRINT_PREVIEW (self));

  if (self->print_operation != NULL)
    return;

  operation = GTK_PRINT_OPERATION (hrp_print_operation_new (self->plan, &self->options));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), self);
  self->print_operation = g_object_ref (operation);
  update_page (self);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  /* Finished already, and "done" not emitted. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && self->print_operation == operation)
    {
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
        hrp_show_error (GTK_WIDGET (self), _("The plan could not be printed"),
                        error != NULL ? error->message : "");
      g_signal_handlers_disconnect_by_data (operation, self);
      g_clear_object (&self->print_operation);
      update_page (self);
    }
}

/* }}} */

/* Actions {{{ */

/* The preview's actions, told apart by name.  Last Page asks for a page
 * beyond the last: hrp_print_preview_set_page () clamps it (to the
 * first while there are no pages yet). */
static void
action_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HrpPrintPreview *self = HRP_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.previous-page"))
    hrp_print_preview_set_page (self, self->page > 0 ? self->page - 1 : 0);
  else if (g_str_equal (action_name, "preview.next-page"))
    hrp_print_preview_set_page (self, self->page + 1);
  else if (g_str_equal (action_name, "preview.first-page"))
    hrp_print_preview_set_page (self, 0);
  else if (g_str_equal (action_name, "preview.last-page"))
    hrp_print_preview_set_page (self, G_MAXUINT);
  else if (g_str_equal (action_name, "preview.zoom-in"))
    set_zoom (self, current_zoom (self) * ZOOM_STEP);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    set_zoom (self, current_zoom (self) / ZOOM_STEP);
  else if (g_str_equal (action_name, "preview.zoom-original"))
    set_zoom (self, 1.0);
  else
    hrp_print_preview_print (self);
}

/* }}} */

/* GObject {{{ */

static void
hrp_print_preview_constructed (GObject *object)
{
  HrpPrintPreview *self = HRP_PRINT_PREVIEW (object);

  G_OBJECT_CLASS (hrp_print_preview_parent_class)->constructed (object);

  g_return_if_fail (HRP_IS_PLAN (self->plan));

  /* The workers' copy, made here, on the thread that owns the plan; it
   * copies an unfinished plan too. */
  self->source = hrp_plan_copy (self->plan);

  update_size (self);
  update_page (self);
  relayout (self);
}

static void
hrp_print_preview_dispose (GObject *object)
{
  HrpPrintPreview *self = HRP_PRINT_PREVIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->job = NULL;
  self->pending = FALSE;
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_handle_id (&self->resize_id, g_source_remove);
  if (self->print_operation != NULL)
    g_signal_handlers_disconnect_by_data (self->print_operation, self);
  g_clear_object (&self->print_operation);
  g_clear_object (&self->report);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (hrp_print_preview_parent_class)->dispose (object);
}

static void
hrp_print_preview_finalize (GObject *object)
{
  HrpPrintPreview *self = HRP_PRINT_PREVIEW (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (hrp_print_preview_parent_class)->finalize (object);
}

static void
hrp_print_preview_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HrpPrintPreview *self = HRP_PRINT_PREVIEW (object);

  if (hrp_print_options_get_property (self->plan, &self->options, prop_id - PROP_PRINT_OPTIONS, value))
    return;

  switch (prop_id)
    {
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, hrp_print_preview_get_n_pages (self));
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_print_preview_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HrpPrintPreview *self = HRP_PRINT_PREVIEW (object);
  gboolean changed;

  if (hrp_print_options_set_property (&self->plan, &self->options, prop_id - PROP_PRINT_OPTIONS,
                                      value, &changed))
    {
      if (changed)
        {
          relayout (self);
          g_object_notify_by_pspec (object, pspec);
        }
      return;
    }

  switch (prop_id)
    {
    case PROP_FIT_WIDTH:
      set_fit_width (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      set_zoom (self, g_value_get_double (value));
      break;

    case PROP_PAGE:
      hrp_print_preview_set_page (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              const char            *action_name)
{
  gtk_shortcut_controller_add_shortcut (controller,
    gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                      gtk_named_action_new (action_name)));
}

static void
hrp_print_preview_class_init (HrpPrintPreviewClass *klass)
{
  /* Those of action_cb (). */
  static const char * const actions[] = {
    "preview.previous-page", "preview.next-page", "preview.first-page", "preview.last-page",
    "preview.zoom-in", "preview.zoom-out", "preview.zoom-original",
    "preview.print",
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hrp_print_preview_constructed;
  object_class->dispose = hrp_print_preview_dispose;
  object_class->finalize = hrp_print_preview_finalize;
  object_class->get_property = hrp_print_preview_get_property;
  object_class->set_property = hrp_print_preview_set_property;

  hrp_print_options_create_properties (properties, PROP_PRINT_OPTIONS);
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         ZOOM_MIN, ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_assert (hrp_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hrplan/HrPlan/ui/hrp-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, previous_button);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, next_button);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, print_button);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, page_area);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, progress_box);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, thai_digits_check);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, table_only_check);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, table_landscape_check);
  gtk_widget_class_bind_template_child (widget_class, HrpPrintPreview, zoom_label);

  gtk_widget_class_install_property_action (widget_class, "preview.thai-digits", "thai-digits");
  gtk_widget_class_install_property_action (widget_class, "preview.table-only", "table-only");
  gtk_widget_class_install_property_action (widget_class, "preview.table-landscape", "table-landscape");
  gtk_widget_class_install_property_action (widget_class, "preview.fit-width", "fit-width");
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-original", NULL);
}

static void
hrp_print_preview_init (HrpPrintPreview *self)
{
  GtkEventController *shortcuts;

  self->fit_width = TRUE;
  self->zoom = 1.0;

  gtk_widget_init_template (GTK_WIDGET (self));
  hrp_a11y_name_mnemonic_buttons (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->page_area, draw_page_cb, self, NULL);
  g_signal_connect (self->page_area, "resize", G_CALLBACK (page_area_resize_cb), self);

  /* Page keys turn pages, before the scrolled window would scroll. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Page_Up, "preview.previous-page");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Page_Down, "preview.next-page");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Page_Up, "preview.previous-page");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Page_Down, "preview.next-page");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Home, "preview.first-page");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_End, "preview.last-page");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* }}} */

GtkWidget *
hrp_print_preview_new (GtkWindow              *parent,
                       HrpPlan                *plan,
                       const HrpReportOptions *options)
{
  GtkWindow *preview;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  preview = hrp_print_options_new_object (HRP_TYPE_PRINT_PREVIEW, plan, options);
  gtk_window_set_transient_for (preview, parent);
  return GTK_WIDGET (preview);
}

HrpPlan *
hrp_print_preview_get_plan (HrpPrintPreview *self)
{
  g_return_val_if_fail (HRP_IS_PRINT_PREVIEW (self), NULL);
  return self->plan;
}

void
hrp_print_preview_get_options (HrpPrintPreview  *self,
                               HrpReportOptions *options)
{
  g_return_if_fail (HRP_IS_PRINT_PREVIEW (self));
  g_return_if_fail (options != NULL);

  *options = self->options;
}

void
hrp_print_preview_set_options (HrpPrintPreview        *self,
                               const HrpReportOptions *options)
{
  g_return_if_fail (HRP_IS_PRINT_PREVIEW (self));
  g_return_if_fail (options != NULL);

  /* One layout for all the changes. */
  g_object_freeze_notify (G_OBJECT (self));
  if (hrp_print_options_update (G_OBJECT (self), properties, PROP_PRINT_OPTIONS, &self->options, options))
    relayout (self);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
hrp_print_preview_get_busy (HrpPrintPreview *self)
{
  g_return_val_if_fail (HRP_IS_PRINT_PREVIEW (self), FALSE);
  return self->busy;
}

guint
hrp_print_preview_get_n_pages (HrpPrintPreview *self)
{
  g_return_val_if_fail (HRP_IS_PRINT_PREVIEW (self), 0);
  return self->report != NULL ? hrp_report_get_n_pages (self->report) : 0;
}

guint
hrp_print_preview_get_page (HrpPrintPreview *self)
{
  g_return_val_if_fail (HRP_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

void
hrp_print_preview_set_page (HrpPrintPreview *self,
                            guint            page)
{
  guint n;

  g_return_if_fail (HRP_IS_PRINT_PREVIEW (self));

  n = hrp_print_preview_get_n_pages (self);
  page = MIN (page, MAX (n, 1) - 1);
  if (self->page == page)
    return;

  self->page = page;
  /* A new page is read from its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  /* The table's pages may be turned. */
  update_size (self);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}
