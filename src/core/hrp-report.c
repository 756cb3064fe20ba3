/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-report.c — the plan laid out as a Thai official document
 *
 * A report is a document, the plan or the comparison of two plans (the
 * constructor chooses), laid out once, in hrp_report_paginate(), on the
 * pages of an HrpLayout (hrp-layout.c); its pages are then drawn on
 * screen, printed or written as a PDF.
 *
 * The document is Thai whatever the language of the program: its
 * headings are the words of Thai official documents, not translated
 * messages.
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "hrp-file.h"
#include "hrp-report-private.h"

G_DEFINE_FINAL_TYPE (HrpReport, hrp_report, G_TYPE_OBJECT)

/* Pages {{{ */

gboolean
hrp_report_paginate (HrpReport          *self,
                     GCancellable       *cancellable,
                     HrpReportProgress   progress,
                     gpointer            data,
                     GError            **error)
{
  g_return_val_if_fail (HRP_IS_REPORT (self), FALSE);

  hrp_layout_clear (self->layout);
  if (!self->document->lay_out (self, cancellable, progress, data, error))
    {
      hrp_layout_clear (self->layout);
      return FALSE;
    }
  hrp_layout_finish (self->layout);
  return TRUE;
}

guint
hrp_report_get_n_pages (HrpReport *self)
{
  g_return_val_if_fail (HRP_IS_REPORT (self), 0);
  return hrp_layout_get_n_pages (self->layout);
}

void
hrp_report_draw_page (HrpReport *self,
                      cairo_t   *cr,
                      guint      page_number)
{
  g_return_if_fail (HRP_IS_REPORT (self));
  g_return_if_fail (page_number < hrp_layout_get_n_pages (self->layout));

  hrp_layout_draw_page (self->layout, cr, page_number);
}

/* }}} */

/* PDF {{{ */

GBytes *
hrp_report_to_pdf (HrpReport     *self,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;

  g_return_val_if_fail (HRP_IS_REPORT (self), NULL);

  if (hrp_layout_get_n_pages (self->layout) == 0 && !hrp_report_paginate (self, cancellable, NULL, NULL, error))
    return NULL;

  title = self->document->title (self);
  author = hrp_report_organization_line (self->plan);
  return hrp_layout_to_pdf (self->layout, title, author, cancellable, error);
}

/* }}} */

/* Laying out a copy in a thread {{{ */

typedef struct {
  HrpPlan          *plan;       /* a copy, owned by the task */
  HrpReportOptions  options;
  GFile            *file;       /* where the PDF goes; NULL: the pages only */
  GMainContext     *context;    /* where the PDF's progress is reported */
  HrpReportProgress progress;
  gpointer          progress_data;
} Job;

typedef struct {
  GTask  *task;    /* keeps the job alive */
  double  done;
} ProgressCall;

static void
job_free (Job *job)
{
  g_clear_object (&job->plan);
  g_clear_object (&job->file);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

/* A job on a copy of plan, made here, on the thread that owns the plan,
 * so that the plan may be edited meanwhile. */
static Job *
job_new (HrpPlan                *plan,
         const HrpReportOptions *options,
         GFile                  *file,
         HrpReportProgress       progress,
         gpointer                progress_data)
{
  Job *job = g_new0 (Job, 1);

  job->plan = hrp_plan_copy (plan);
  if (options != NULL)
    job->options = *options;
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  return job;
}

/* Lays out the job's copy in this thread, with a font map of its own:
 * the report's layouts are made here and may be drawn on another thread
 * afterwards, and no font map is used by two threads at once. */
static HrpReport *
lay_out_copy (Job                *job,
              GCancellable       *cancellable,
              HrpReportProgress   progress,
              gpointer            progress_data,
              GError            **error)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr(HrpReport) report = NULL;
  gboolean done;

  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
  report = hrp_report_new (job->plan, &job->options);
  done = hrp_report_paginate (report, cancellable, progress, progress_data, error);
  pango_cairo_font_map_set_default (NULL);
  return done ? g_steal_pointer (&report) : NULL;
}

static gboolean
progress_call_cb (gpointer user_data)
{
  ProgressCall *call = user_data;
  Job *job = g_task_get_task_data (call->task);

  /* The caller may have let go of progress_data in its callback. */
  if (!g_task_get_completed (call->task))
    job->progress (call->done, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (ProgressCall *call)
{
  g_object_unref (call->task);
  g_free (call);
}

/* Progress is told on the main context of the caller. */
static void
thread_progress_cb (double   done,
                    gpointer user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);
  ProgressCall *call;

  if (job->progress == NULL)
    return;
  call = g_new (ProgressCall, 1);
  call->task = g_object_ref (task);
  call->done = done;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_call_cb, call,
                              (GDestroyNotify) progress_call_free);
}

static void
paginate_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(HrpReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if ((report = lay_out_copy (job, cancellable, thread_progress_cb, task, &error)) == NULL
      || (job->file != NULL
          && ((bytes = hrp_report_to_pdf (report, cancellable, &error)) == NULL
              || !hrp_file_replace (job->file, bytes, cancellable, &error))))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&report), g_object_unref);
}

void
hrp_report_paginate_async (HrpPlan                *plan,
                           const HrpReportOptions *options,
                           GFile                  *file,
                           GCancellable           *cancellable,
                           HrpReportProgress       progress,
                           gpointer                progress_data,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HRP_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_task_data (task, job_new (plan, options, file, progress, progress_data),
                        (GDestroyNotify) job_free);
  g_task_set_source_tag (task, hrp_report_paginate_async);
  g_task_run_in_thread (task, paginate_thread);
}

HrpReport *
hrp_report_paginate_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* }}} */

/* GObject {{{ */

static void
hrp_report_finalize (GObject *object)
{
  HrpReport *self = HRP_REPORT (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->older);
  g_clear_pointer (&self->layout, hrp_layout_free);

  G_OBJECT_CLASS (hrp_report_parent_class)->finalize (object);
}

static void
hrp_report_class_init (HrpReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hrp_report_finalize;
}

static void
hrp_report_init (HrpReport *self)
{
}

static HrpReport *
report_new (const HrpReportDocument *document,
            HrpPlan                 *plan,
            HrpPlan                 *older,
            const HrpReportOptions  *options)
{
  HrpReport *self = g_object_new (HRP_TYPE_REPORT, NULL);

  self->document = document;
  self->plan = g_object_ref (plan);
  self->older = older != NULL ? g_object_ref (older) : NULL;
  if (options != NULL)
    self->options = *options;
  self->layout = hrp_layout_new (HRP_REPORT_A4_WIDTH, HRP_REPORT_A4_HEIGHT, self->options.thai_digits);

  return self;
}

HrpReport *
hrp_report_new (HrpPlan                *plan,
                const HrpReportOptions *options)
{
  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);

  return report_new (&hrp_report_plan_document, plan, NULL, options);
}

HrpReport *
hrp_report_new_comparison (HrpPlan                *older,
                           HrpPlan                *newer,
                           const HrpReportOptions *options)
{
  g_return_val_if_fail (HRP_IS_PLAN (older), NULL);
  g_return_val_if_fail (HRP_IS_PLAN (newer), NULL);

  return report_new (&hrp_report_comparison_document, newer, older, options);
}

void
hrp_report_set_page_size (HrpReport *self,
                          double     width,
                          double     height)
{
  g_return_if_fail (HRP_IS_REPORT (self));

  hrp_layout_set_page_size (self->layout, width, height);
}

void
hrp_report_get_page_size (HrpReport *self,
                          guint      page,
                          double    *width,
                          double    *height)
{
  g_return_if_fail (HRP_IS_REPORT (self));

  hrp_layout_get_page_size (self->layout, page, width, height);
}

gboolean
hrp_report_page_is_landscape (HrpReport *self,
                              guint      page)
{
  g_return_val_if_fail (HRP_IS_REPORT (self), FALSE);

  return hrp_layout_page_is_landscape (self->layout, page);
}

/* }}} */
