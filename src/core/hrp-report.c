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

#include "hrp-file.h"
#include "hrp-report-private.h"

G_DEFINE_FINAL_TYPE (HrpReport, hrp_report, G_TYPE_OBJECT)

/* Pages {{{ */

gboolean
hrp_report_paginate (HrpReport     *self,
                     GCancellable  *cancellable,
                     void         (*progress) (double, gpointer),
                     gpointer       data,
                     GError       **error)
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

typedef struct {
  HrpPlan          *plan;       /* a copy, owned by the task */
  HrpReportOptions  options;
  GFile            *file;
  GMainContext     *context;    /* where progress is reported */
  void            (*progress) (double, gpointer);
  gpointer          progress_data;
} WriteData;

typedef struct {
  GTask  *task;    /* keeps the data alive */
  double  done;
} ProgressCall;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->plan);
  g_clear_object (&data->file);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
progress_call_cb (gpointer user_data)
{
  ProgressCall *call = user_data;
  WriteData *data = g_task_get_task_data (call->task);

  data->progress (call->done, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (ProgressCall *call)
{
  g_object_unref (call->task);
  g_free (call);
}

static void
thread_progress_cb (double   done,
                    gpointer user_data)
{
  GTask *task = user_data;
  WriteData *data = g_task_get_task_data (task);
  ProgressCall *call;

  if (data->progress == NULL)
    return;
  call = g_new (ProgressCall, 1);
  call->task = g_object_ref (task);
  call->done = done;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, progress_call_cb, call,
                              (GDestroyNotify) progress_call_free);
}

static void
write_pdf_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autoptr(HrpReport) report = hrp_report_new (data->plan, &data->options);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (!hrp_report_paginate (report, cancellable, thread_progress_cb, task, &error)
      || (bytes = hrp_report_to_pdf (report, cancellable, &error)) == NULL
      || !hrp_file_replace (data->file, bytes, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_int (task, hrp_report_get_n_pages (report));
}

void
hrp_report_write_pdf_async (HrpPlan                *plan,
                            const HrpReportOptions *options,
                            GFile                  *file,
                            GCancellable           *cancellable,
                            void                  (*progress) (double, gpointer),
                            gpointer                progress_data,
                            GAsyncReadyCallback     callback,
                            gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (HRP_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hrp_report_write_pdf_async);

  data = g_new0 (WriteData, 1);
  /* The thread gets a plan of its own. */
  data->plan = hrp_plan_copy (plan);
  if (options != NULL)
    data->options = *options;
  data->file = g_object_ref (file);
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress;
  data->progress_data = progress_data;
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_pdf_thread);
}

guint
hrp_report_write_pdf_finish (GAsyncResult  *result,
                             GError       **error)
{
  gssize pages;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  pages = g_task_propagate_int (G_TASK (result), error);
  return pages > 0 ? (guint) pages : 0;
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
  self->layout = self->options.landscape
                 ? hrp_layout_new (HRP_REPORT_A4_HEIGHT, HRP_REPORT_A4_WIDTH, self->options.thai_digits)
                 : hrp_layout_new (HRP_REPORT_A4_WIDTH, HRP_REPORT_A4_HEIGHT, self->options.thai_digits);

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

double
hrp_report_get_page_width (HrpReport *self)
{
  g_return_val_if_fail (HRP_IS_REPORT (self), 0);
  return self->layout->width;
}

double
hrp_report_get_page_height (HrpReport *self)
{
  g_return_val_if_fail (HRP_IS_REPORT (self), 0);
  return self->layout->height;
}

/* }}} */
