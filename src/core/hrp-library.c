/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-library.c — the plans of one database
 *
 * The one owner of a store above it: the command line and the window
 * both open databases, list, create, roll over, delete and import plans
 * through it, so that the rules (which year comes next, what a new plan
 * holds, that a replaced plan is copied first and can be put back) are
 * written once and tested without a display.  Edits inside a plan go
 * through the HrpDocument it opens.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-core-resources.h"
#include "hrp-file.h"
#include "hrp-library.h"
#include "hrp-plan-entry-private.h"
#include "hrp-text-import.h"
#include "hrp-xml.h"

#define SAMPLE_RESOURCE "/org/hrplan/HrPlan/core/sample/hr-plan-2568.xml"

struct _HrpLibrary
{
  GObject     parent_instance;

  HrpStore   *store;
  GListStore *plans;   /* HrpPlanEntry, newest first */
  gboolean    listed;  /* plans read at least once */
};

G_DEFINE_FINAL_TYPE (HrpLibrary, hrp_library, G_TYPE_OBJECT)

static void
hrp_library_dispose (GObject *object)
{
  HrpLibrary *self = HRP_LIBRARY (object);

  g_clear_object (&self->store);
  g_clear_object (&self->plans);
  G_OBJECT_CLASS (hrp_library_parent_class)->dispose (object);
}

static void
hrp_library_class_init (HrpLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hrp_library_dispose;
}

static void
hrp_library_init (HrpLibrary *self)
{
  self->plans = g_list_store_new (HRP_TYPE_PLAN_ENTRY);
}

HrpLibrary *
hrp_library_new (HrpStore *store)
{
  HrpLibrary *self;

  g_return_val_if_fail (HRP_IS_STORE (store), NULL);

  self = g_object_new (HRP_TYPE_LIBRARY, NULL);
  self->store = g_object_ref (store);
  return self;
}

/* Opening {{{ */

char *
hrp_library_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hrplan", "hrplan.db", NULL);
}

HrpPlan *
hrp_library_load_sample (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (hrp_core_get_resource (), SAMPLE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return hrp_xml_import (bytes, "hr-plan-2568.xml", error);
}

HrpLibrary *
hrp_library_open (const char  *path,
                  gboolean     with_sample,
                  GError     **error)
{
  g_autofree char *default_path = NULL;
  g_autoptr(HrpStore) store = NULL;
  gboolean is_new;

  if (path == NULL)
    path = default_path = hrp_library_default_path ();
  is_new = !g_file_test (path, G_FILE_TEST_EXISTS);

  store = hrp_store_open (path, error);
  if (store == NULL)
    return NULL;

  if (is_new && with_sample)
    {
      g_autoptr(HrpPlan) sample = NULL;
      g_autoptr(GError) local_error = NULL;

      /* A new user sees a real plan.  The sample is part of the program,
       * so a failure here is a bug, not the user's: warn and go on. */
      sample = hrp_library_load_sample (&local_error);
      if (sample == NULL || !hrp_store_save_plan (store, sample, FALSE, &local_error))
        g_warning ("Could not add the sample plan: %s", local_error->message);
    }

  return hrp_library_new (store);
}

static gboolean
can_write (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

gboolean
hrp_library_can_change (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);

  return can_write (file) && folder != NULL && can_write (folder);
}

HrpLibrary *
hrp_library_open_read_only (const char  *path,
                            GError     **error)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(HrpStore) store = NULL;

  if (path == NULL)
    path = default_path = hrp_library_default_path ();

  store = hrp_store_open_read_only (path, &local_error);
  if (store != NULL)
    return hrp_library_new (store);

  /* An older database, or a save cut off, is set right by an ordinary
   * opening, as it always was, where that can be done. */
  if (g_error_matches (local_error, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE)
      && hrp_library_can_change (path))
    return hrp_library_open (path, FALSE, error);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

char *
hrp_library_newest_backup (const char *path)
{
  g_autoptr(GPtrArray) backups = hrp_store_list_backups (path);

  return backups->len > 0 ? g_strdup (g_ptr_array_index (backups, backups->len - 1)) : NULL;
}

const char *
hrp_library_get_path (HrpLibrary *self)
{
  g_return_val_if_fail (HRP_IS_LIBRARY (self), NULL);
  return hrp_store_get_path (self->store);
}

gboolean
hrp_library_is_read_only (HrpLibrary *self)
{
  g_return_val_if_fail (HRP_IS_LIBRARY (self), TRUE);
  return hrp_store_is_read_only (self->store);
}

/* }}} */

/* The list of plans {{{ */

GListModel *
hrp_library_get_plans (HrpLibrary *self)
{
  g_return_val_if_fail (HRP_IS_LIBRARY (self), NULL);

  /* Read when first asked for (the window's first reload reads it
   * anyway); a failure shows, with its message, where refresh () is. */
  if (!self->listed)
    hrp_library_refresh (self, NULL);
  return G_LIST_MODEL (self->plans);
}

gboolean
hrp_library_refresh (HrpLibrary  *self,
                     GError     **error)
{
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  gboolean same;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), FALSE);

  self->listed = TRUE;
  infos = hrp_store_list_plans (self->store, error);
  if (infos == NULL)
    return FALSE;

  /* Unchanged, the list says nothing: a view bound to it keeps its
   * selection. */
  same = infos->len == n;
  for (guint i = 0; i < infos->len; i++)
    {
      HrpPlanInfo *info = g_ptr_array_index (infos, i);

      if (same)
        {
          g_autoptr(HrpPlanEntry) old = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

          same = hrp_plan_entry_get_fiscal_year (old) == info->fiscal_year
                 && g_strcmp0 (hrp_plan_entry_get_title (old), info->title) == 0;
        }
      g_ptr_array_add (entries, hrp_plan_entry_new (info->fiscal_year, info->title));
    }
  if (!same)
    g_list_store_splice (self->plans, 0, n, entries->pdata, entries->len);
  return TRUE;
}

gboolean
hrp_library_has_plan (HrpLibrary *self,
                      int         fiscal_year)
{
  gboolean exists = FALSE;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), FALSE);

  return hrp_store_has_plan (self->store, fiscal_year, &exists, NULL) && exists;
}

int
hrp_library_newest_year (HrpLibrary *self)
{
  int year = 0;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), 0);

  return hrp_store_newest_year (self->store, &year, NULL) ? year : 0;
}

int
hrp_library_next_free_year (HrpLibrary *self,
                            int         fiscal_year)
{
  int year;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), 0);

  for (year = fiscal_year + 1; year < HRP_FISCAL_YEAR_MAX; year++)
    if (!hrp_library_has_plan (self, year))
      break;
  return year;
}

int
hrp_library_propose_year (HrpLibrary *self,
                          GDateTime  *now)
{
  int coming;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), 0);
  g_return_val_if_fail (now != NULL, 0);

  coming = g_date_time_get_year (now) + 543 + (g_date_time_get_month (now) >= 10 ? 1 : 0);
  return MAX (coming, hrp_library_newest_year (self) + 1);
}

/* }}} */

/* Plans {{{ */

HrpPlan *
hrp_library_load (HrpLibrary  *self,
                  int          fiscal_year,
                  GError     **error)
{
  g_return_val_if_fail (HRP_IS_LIBRARY (self), NULL);
  return hrp_store_load_plan (self->store, fiscal_year, error);
}

HrpDocument *
hrp_library_open_document (HrpLibrary *self,
                           HrpPlan    *plan)
{
  g_return_val_if_fail (HRP_IS_LIBRARY (self), NULL);
  return hrp_document_new (self->store, plan);
}

gboolean
hrp_library_check_year (int      year,
                        GError **error)
{
  if (year >= 1900 && year <= 2300)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%d looks like a Christian Era year; Thai fiscal years are Buddhist Era: did you mean %d?"),
                   year, year + 543);
      return FALSE;
    }
  if (year < HRP_FISCAL_YEAR_MIN || year > HRP_FISCAL_YEAR_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%d is not a fiscal year: give a Buddhist Era year from %d to %d"),
                   year, HRP_FISCAL_YEAR_MIN, HRP_FISCAL_YEAR_MAX);
      return FALSE;
    }
  return TRUE;
}

HrpPlan *
hrp_library_create (HrpLibrary  *self,
                    int          fiscal_year,
                    int          copy_of,
                    HrpPlan     *org_from,
                    GError     **error)
{
  g_autoptr(HrpPlan) plan = NULL;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (org_from == NULL || HRP_IS_PLAN (org_from), NULL);

  if (!hrp_library_check_year (fiscal_year, error))
    return NULL;

  if (copy_of != 0)
    {
      g_autoptr(HrpPlan) source = hrp_store_load_plan (self->store, copy_of, error);

      if (source == NULL)
        return NULL;
      plan = hrp_plan_copy (source);
      hrp_plan_roll_over (plan, fiscal_year);
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("Human Resource Management and Development Plan, Fiscal Year %d"),
                                                fiscal_year);

      plan = hrp_plan_new ();
      hrp_plan_set_fiscal_year (plan, fiscal_year);
      hrp_plan_set_title (plan, title);
      if (org_from != NULL)
        {
          hrp_plan_set_org_name (plan, hrp_plan_get_org_name (org_from));
          hrp_plan_set_org_district (plan, hrp_plan_get_org_district (org_from));
          hrp_plan_set_org_province (plan, hrp_plan_get_org_province (org_from));
        }
    }

  if (!hrp_store_save_plan (self->store, plan, FALSE, error))
    return NULL;
  hrp_library_refresh (self, NULL);
  return g_steal_pointer (&plan);
}

gboolean
hrp_library_delete (HrpLibrary  *self,
                    int          fiscal_year,
                    GError     **error)
{
  gboolean deleted;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), FALSE);

  deleted = hrp_store_delete_plan (self->store, fiscal_year, error);
  hrp_library_refresh (self, NULL);
  return deleted;
}

/* }}} */

/* Importing {{{ */

/* XML when its first character that is not white space (after a byte
 * order mark) is "<"; the text of a plan never starts so. */
static gboolean
looks_like_xml (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize i = 0;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  /* UTF-16 XML (byte order marks), which the XML reader accepts. */
  if (size >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe))
    return TRUE;
  while (i < size && g_ascii_isspace (data[i]))
    i++;
  return i < size && data[i] == '<';
}

/* hrp_library_read_plan (), cancellable (G_IO_ERROR_CANCELLED) and with
 * progress (may be NULL: the pages of a PDF read, in the calling thread),
 * as the thread of hrp_library_read_plan_async () reads. */
static HrpPlan *
read_plan (const char         *path,
           const char         *display_name,
           HrpImportKind       kind,
           GCancellable       *cancellable,
           HrpImportProgress   progress,
           gpointer            progress_data,
           HrpImportReport   **report,
           GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HrpImportReport) found = NULL;
  HrpPlan *plan;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (report != NULL)
    *report = NULL;
  bytes = hrp_file_read (path, HRP_IMPORT_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  if (kind == HRP_IMPORT_AUTO)
    kind = looks_like_xml (bytes) ? HRP_IMPORT_XML : HRP_IMPORT_DOCUMENT;
  found = hrp_import_report_new ();
  if (kind == HRP_IMPORT_XML)
    plan = hrp_xml_import (bytes, display_name, error);
  else if (kind == HRP_IMPORT_TEXT && hrp_document_kind_of (bytes) != HRP_DOCUMENT_TEXT)
    {
      /* --import-text of a PDF: the text path would read its bytes as
       * Latin text. */
      g_set_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_INVALID,
                   _("“%s” is not UTF-8 text: save it as UTF-8 (Unicode) text and try again"),
                   display_name);
      plan = NULL;
    }
  else
    plan = hrp_document_import (bytes, display_name, cancellable, progress, progress_data,
                                found, error);
  if (plan == NULL)
    return NULL;

  /* Whatever the reader: no control, bidi or invisible character of the
   * file reaches the plan that is shown and stored, nor the texts the
   * review lists as not placed. */
  found->n_removed_controls = hrp_plan_sanitize (plan);
  for (guint i = 0; i < found->unplaced->len; i++)
    {
      HrpSourceLine *line = g_ptr_array_index (found->unplaced, i);
      char *clean = hrp_text_sanitize (line->text, TRUE, NULL);

      g_free (line->text);
      line->text = clean;
    }
  if (report != NULL)
    *report = g_steal_pointer (&found);
  return plan;
}

HrpPlan *
hrp_library_read_plan (const char        *path,
                       const char        *display_name,
                       HrpImportKind      kind,
                       HrpImportReport  **report,
                       GError           **error)
{
  return read_plan (path, display_name, kind, NULL, NULL, NULL, report, error);
}

typedef struct {
  GFile              *file;
  HrpImportKind       kind;
  HrpImportProgress   progress;
  gpointer            progress_data;
  GMainContext       *context;   /* where progress is told */
  HrpImportReport    *report;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_object_unref (job->file);
  g_main_context_unref (job->context);
  g_clear_pointer (&job->report, hrp_import_report_free);
  g_free (job);
}

typedef struct {
  HrpImportProgress  progress;
  gpointer           progress_data;
  guint              done, total;
} ProgressCall;

static gboolean
progress_cb (gpointer data)
{
  ProgressCall *call = data;

  call->progress (call->done, call->total, call->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the reading thread: tells the caller's context. */
static void
thread_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  ReadJob *job = user_data;
  ProgressCall *call = g_new (ProgressCall, 1);

  call->progress = job->progress;
  call->progress_data = job->progress_data;
  call->done = done;
  call->total = total;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_cb, call, g_free);
}

static void
read_plan_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autofree char *name = g_file_get_basename (job->file);
  HrpPlan *plan;
  GError *error = NULL;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only files on this computer can be imported"));
      return;
    }
  plan = read_plan (path, name, job->kind, cancellable,
                                     job->progress != NULL ? thread_progress_cb : NULL, job,
                                     &job->report, &error);
  if (plan == NULL)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, plan, g_object_unref);
  else
    g_object_unref (plan);
}

void
hrp_library_read_plan_async (GFile               *file,
                             HrpImportKind        kind,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  hrp_library_read_plan_async_full (file, kind, cancellable, NULL, NULL, callback, user_data);
}

void
hrp_library_read_plan_async_full (GFile               *file,
                                  HrpImportKind        kind,
                                  GCancellable        *cancellable,
                                  HrpImportProgress    progress,
                                  gpointer             progress_data,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  g_return_if_fail (G_IS_FILE (file));

  /* The file is the task's source: the callback knows what was read. */
  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, hrp_library_read_plan_async);
  job = g_new0 (ReadJob, 1);
  job->file = g_object_ref (file);
  job->kind = kind;
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_plan_thread);
}

HrpPlan *
hrp_library_read_plan_finish (GAsyncResult  *result,
                              GError       **error)
{
  return hrp_library_read_plan_finish_full (result, NULL, error);
}

HrpPlan *
hrp_library_read_plan_finish_full (GAsyncResult     *result,
                                   HrpImportReport **report,
                                   GError          **error)
{
  HrpPlan *plan;
  ReadJob *job;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hrp_library_read_plan_async, NULL);

  plan = g_task_propagate_pointer (G_TASK (result), error);
  job = g_task_get_task_data (G_TASK (result));
  if (report != NULL)
    *report = plan != NULL ? g_steal_pointer (&job->report) : NULL;
  return plan;
}

gboolean
hrp_library_import (HrpLibrary  *self,
                    HrpPlan     *plan,
                    gboolean     replace,
                    HrpPlan    **replaced,
                    GError     **error)
{
  g_autoptr(HrpPlan) old = NULL;
  gboolean exists = FALSE;
  int year;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (HRP_IS_PLAN (plan), FALSE);

  year = hrp_plan_get_fiscal_year (plan);

  /* Whether a plan is replaced: a database that cannot say is not
   * changed (no plan is ever replaced without its copy). */
  if (replace && !hrp_store_has_plan (self->store, year, &exists, error))
    return FALSE;

  /* A plan about to be replaced is kept, and the database copied first;
   * no copy is left beside a database that cannot be changed anyway. */
  if (replace && exists)
    {
      const char *path = hrp_store_get_path (self->store);
      g_autofree char *backup = NULL;

      if (hrp_store_is_read_only (self->store) || !hrp_library_can_change (path))
        {
          g_autofree char *display_name = g_filename_display_name (path);

          g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                       _("“%s” cannot be changed: the file or its folder is read-only"),
                       display_name);
          return FALSE;
        }
      old = hrp_store_load_plan (self->store, year, error);
      if (old == NULL)
        return FALSE;
      backup = hrp_store_backup (self->store, error);
      if (backup == NULL)
        return FALSE;
    }

  if (!hrp_store_save_plan (self->store, plan, replace, error))
    {
      hrp_library_refresh (self, NULL);
      return FALSE;
    }
  hrp_library_refresh (self, NULL);
  if (replaced != NULL)
    *replaced = g_steal_pointer (&old);
  return TRUE;
}

gboolean
hrp_library_undo_import (HrpLibrary  *self,
                         HrpPlan     *replaced,
                         GError     **error)
{
  gboolean saved;

  g_return_val_if_fail (HRP_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (HRP_IS_PLAN (replaced), FALSE);

  saved = hrp_store_save_plan (self->store, replaced, TRUE, error);
  hrp_library_refresh (self, NULL);
  return saved;
}

/* }}} */
