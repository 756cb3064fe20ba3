/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-cli.c — the command-line actions
 *
 * Everything here uses the core alone: no GTK is initialised, so the
 * actions work over SSH, in scripts and in CI.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-cli.h"
#include "hrp-file.h"
#include "hrp-report.h"
#include "hrp-core-resources.h"
#include "hrp-text-import.h"
#include "hrp-thai.h"
#include "hrp-xml.h"

/* A real plan is a few hundred kilobytes; 10,000 activities are 2 MB. */
#define MAX_INPUT_SIZE (64 * 1024 * 1024)

#define SAMPLE_RESOURCE "/org/hrplan/HrPlan/core/sample/hr-plan-2568.xml"

void
hrp_cli_options_clear (HrpCliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->import, g_free);
  g_clear_pointer (&options->import_text, g_free);
  g_clear_pointer (&options->export_xml, g_free);
  g_clear_pointer (&options->export_pdf, g_free);
  g_clear_pointer (&options->export_csv, g_free);
  g_clear_pointer (&options->files, g_strfreev);
  memset (options, 0, sizeof *options);
}

/* "; see “hrplan --help”" after a usage mistake's message. */
static void
add_help_pointer (GError **error)
{
  char *message;

  if (error == NULL || *error == NULL)
    return;
  message = g_strdup_printf (_("%s; see “hrplan --help”"), (*error)->message);
  g_free ((*error)->message);
  (*error)->message = message;
}

/* Options that are not ours, and ours given no value, said in our words
 * (GLib's are not translated) before GLib parses the rest. */
static gboolean
check_option_names (const GOptionEntry  *entries,
                    int                  argc,
                    char               **argv,
                    GError             **error)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const GOptionEntry *entry = NULL;
      g_autofree char *name = NULL;

      if (g_str_equal (arg, "--"))
        break;
      if (arg[0] != '-' || arg[1] == '\0')
        continue;   /* a file, or "-" for standard input/output */
      if (g_str_equal (arg, "-h") || g_str_equal (arg, "-?")
          || g_str_equal (arg, "--help") || g_str_equal (arg, "--help-all"))
        continue;

      if (arg[1] == '-')
        {
          name = g_strndup (arg + 2, strcspn (arg + 2, "="));
          for (const GOptionEntry *e = entries; e->long_name != NULL; e++)
            if (*e->long_name != '\0' && g_str_equal (e->long_name, name))
              entry = e;
        }
      if (entry == NULL)
        {
          g_autofree char *shown = g_strndup (arg, strcspn (arg, "="));

          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION,
                       _("Unknown option %s"), shown);
          add_help_pointer (error);
          return FALSE;
        }
      if (entry->arg != G_OPTION_ARG_NONE && strchr (arg, '=') == NULL)
        {
          if (i + 1 >= argc)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("%s needs a value: %s=%s"), arg, arg,
                           g_dgettext (GETTEXT_PACKAGE, entry->arg_description));
              add_help_pointer (error);
              return FALSE;
            }
          i++;   /* its value, which may start with "-" */
        }
    }
  return TRUE;
}

/* The value of --year or --as-year: a whole number, in Arabic or Thai
 * digits; check_year () then checks it is a fiscal year. */
static gboolean
parse_year (const char  *option,
            const char  *value,
            int         *year,
            GError     **error)
{
  g_autofree char *arabic = hrp_thai_digits_to_arabic (value);
  gint64 number = 0;

  if (!g_ascii_string_to_signed (g_strstrip (arabic), 10, 1, 99999, &number, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s takes a fiscal year in Buddhist Era, such as %s=2569, not “%s”"),
                   option, option, value);
      return FALSE;
    }
  *year = (int) number;
  return TRUE;
}

gboolean
hrp_cli_parse (HrpCliOptions  *options,
               int            *argc,
               char         ***argv,
               GError        **error)
{
  g_autoptr(GOptionContext) context = NULL;
  char **files = NULL;
  g_autofree char *as_year = NULL;
  g_autofree char *year = NULL;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &options->database,
      N_("The database to use (default: the one in your data folder)"), N_("FILE") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &options->list,
      N_("List the plans: fiscal year, a tab, the title"), NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &options->import,
      N_("Import a plan exported in the exchange format"), N_("FILE.xml") },
    { "import-text", 0, 0, G_OPTION_ARG_FILENAME, &options->import_text,
      N_("Build a plan from the text of a plan document, such as text copied out of last year's PDF"),
      N_("FILE.txt") },
    { "as-year", 0, 0, G_OPTION_ARG_STRING, &as_year,
      N_("With --import or --import-text: import as this fiscal year (roll-over)"), N_("YEAR") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &options->replace,
      N_("With --import or --import-text: replace a plan of the same year"), NULL },
    { "export-xml", 0, 0, G_OPTION_ARG_FILENAME, &options->export_xml,
      N_("Export one plan in the exchange format"), N_("FILE") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options->export_pdf,
      N_("Render one plan to PDF exactly as it prints"), N_("FILE") },
    { "table-only", 0, 0, G_OPTION_ARG_NONE, &options->table_only,
      N_("With --export-pdf: only the action-plan table"), NULL },
    { "thai-digits", 0, 0, G_OPTION_ARG_NONE, &options->thai_digits,
      N_("With --export-pdf: print digits as Thai digits"), NULL },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &options->export_csv,
      N_("Export the action-plan table as CSV (UTF-8 with BOM)"), N_("FILE") },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year,
      N_("The plan to export (default: the newest)"), N_("YEAR") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Show the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files,
      NULL, N_("[FILE.xml…]") },
    { NULL }
  };

  memset (options, 0, sizeof *options);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Write the annual Human Resource Management and Development Plan."));
  g_option_context_set_description (context,
                                    _("Without an action option, the window opens."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!check_option_names (entries, *argc, *argv, error))
    return FALSE;
  if (!g_option_context_parse (context, argc, argv, error))
    {
      /* GLib's own words, should one of its checks still fail. */
      add_help_pointer (error);
      return FALSE;
    }

  options->files = files;
  if ((as_year != NULL && !parse_year ("--as-year", as_year, &options->as_year, error))
      || (year != NULL && !parse_year ("--year", year, &options->year, error)))
    return FALSE;

  if (options->import != NULL && options->import_text != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--import and --import-text import one plan each: give one of them"));
      return FALSE;
    }
  if (options->as_year != 0 && options->import == NULL && options->import_text == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--as-year goes with --import or --import-text"));
      return FALSE;
    }
  if (options->replace && options->import == NULL && options->import_text == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--replace goes with --import or --import-text"));
      return FALSE;
    }
  if ((options->table_only || options->thai_digits) && options->export_pdf == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           options->table_only ? _("--table-only goes with --export-pdf")
                                               : _("--thai-digits goes with --export-pdf"));
      return FALSE;
    }
  if (options->year != 0 && options->export_xml == NULL
      && options->export_pdf == NULL && options->export_csv == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--year goes with an export option such as --export-xml"));
      return FALSE;
    }

  return TRUE;
}

gboolean
hrp_cli_has_action (const HrpCliOptions *options)
{
  return options->list || options->import != NULL || options->import_text != NULL ||
         options->export_xml != NULL || options->export_pdf != NULL ||
         options->export_csv != NULL || options->version;
}

char *
hrp_cli_default_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "hrplan", "hrplan.db", NULL);
}

HrpPlan *
hrp_cli_load_sample (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (hrp_core_get_resource (), SAMPLE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return hrp_xml_import (bytes, "hr-plan-2568.xml", error);
}

HrpStore *
hrp_cli_open_store (const char  *path,
                    gboolean     with_sample,
                    GError     **error)
{
  g_autofree char *default_path = NULL;
  g_autoptr(HrpStore) store = NULL;
  gboolean is_new;

  if (path == NULL)
    path = default_path = hrp_cli_default_database ();
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
      sample = hrp_cli_load_sample (&local_error);
      if (sample == NULL || !hrp_store_save_plan (store, sample, FALSE, &local_error))
        g_warning ("Could not add the sample plan: %s", local_error->message);
    }

  return g_steal_pointer (&store);
}

static gboolean
can_write (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL && g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

gboolean
hrp_cli_can_change (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);

  return can_write (file) && folder != NULL && can_write (folder);
}

HrpStore *
hrp_cli_open_store_read_only (const char  *path,
                              GError     **error)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) local_error = NULL;
  HrpStore *store;

  if (path == NULL)
    path = default_path = hrp_cli_default_database ();

  store = hrp_store_open_read_only (path, &local_error);
  if (store != NULL)
    return store;

  /* An older database, or a save cut off, is set right by an ordinary
   * opening, as it always was, where that can be done. */
  if (g_error_matches (local_error, HRP_STORE_ERROR, HRP_STORE_ERROR_NEEDS_UPDATE)
      && hrp_cli_can_change (path))
    return hrp_cli_open_store (path, FALSE, error);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

GBytes *
hrp_cli_read_input (const char  *path,
                    GError     **error)
{
  return hrp_file_read (path, MAX_INPUT_SIZE, error);
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year >= 1900 && year <= 2300)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%d looks like a Christian Era year; Thai fiscal years are Buddhist Era: did you mean %d?"),
                   year, year + 543);
      return FALSE;
    }
  if (year < HRP_FISCAL_YEAR_MIN || year > HRP_FISCAL_YEAR_MAX)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%d is not a fiscal year: give a Buddhist Era year from %d to %d"),
                   year, HRP_FISCAL_YEAR_MIN, HRP_FISCAL_YEAR_MAX);
      return FALSE;
    }
  return TRUE;
}

static guint
count_activities (HrpPlan *plan)
{
  GListModel *policies = G_LIST_MODEL (hrp_plan_get_policies (plan));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      n += g_list_model_get_n_items (G_LIST_MODEL (hrp_policy_get_activities (policy)));
    }
  return n;
}

/* Stores a plan read by --import or --import-text, in one transaction. */
static gboolean
save_imported_plan (const HrpCliOptions  *options,
                    HrpPlan              *plan,
                    HrpStore            **store,
                    GError              **error)
{
  g_autoptr(GError) local_error = NULL;

  if (options->as_year != 0)
    hrp_plan_roll_over (plan, options->as_year);

  if (*store == NULL)
    {
      *store = hrp_cli_open_store (options->database, FALSE, error);
      if (*store == NULL)
        return FALSE;
    }

  /* A plan about to be replaced: the database is copied first. */
  if (options->replace)
    {
      gboolean exists = FALSE;

      if (!hrp_store_has_plan (*store, hrp_plan_get_fiscal_year (plan), &exists, error))
        return FALSE;
      if (exists)
        {
          const char *path = hrp_store_get_path (*store);
          g_autofree char *backup = NULL;

          /* No copy left beside a database that cannot be changed anyway. */
          if (!hrp_cli_can_change (path))
            {
              g_autofree char *display_name = g_filename_display_name (path);

              g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_FAILED,
                           _("“%s” cannot be changed: the file or its folder is read-only"),
                           display_name);
              return FALSE;
            }
          backup = hrp_store_backup (*store, error);
          if (backup == NULL)
            return FALSE;
        }
    }

  if (!hrp_store_save_plan (*store, plan, options->replace, &local_error))
    {
      if (g_error_matches (local_error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS))
        g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS,
                     _("A plan for fiscal year %d is already in “%s”: nothing was imported. "
                       "Add --replace to replace it, or --as-year=YEAR to import it as another year."),
                     hrp_plan_get_fiscal_year (plan), hrp_store_get_path (*store));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_print (_("Imported the plan for fiscal year %d (%u missions, %u strategies, %u HR policies, %u activities) into %s\n"),
           hrp_plan_get_fiscal_year (plan),
           g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_missions (plan))),
           g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_strategies (plan))),
           g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_policies (plan))),
           count_activities (plan),
           hrp_store_get_path (*store));
  return TRUE;
}

static gboolean
run_import (const HrpCliOptions  *options,
            HrpStore            **store,
            GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  const char *name = g_strcmp0 (options->import, "-") == 0 ? _("standard input") : options->import;

  if (options->as_year != 0 && !check_year (options->as_year, error))
    return FALSE;

  /* Validate the whole file before the database is even opened. */
  bytes = hrp_cli_read_input (options->import, error);
  if (bytes == NULL)
    return FALSE;
  plan = hrp_xml_import (bytes, name, error);
  if (plan == NULL)
    return FALSE;

  return save_imported_plan (options, plan, store, error);
}

static gboolean
run_import_text (const HrpCliOptions  *options,
                 HrpStore            **store,
                 GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HrpPlan) plan = NULL;
  g_autofree char *text = NULL;
  const char *name = g_strcmp0 (options->import_text, "-") == 0 ? _("standard input")
                                                               : options->import_text;
  const char *data;
  gsize size = 0;

  if (options->as_year != 0 && !check_year (options->as_year, error))
    return FALSE;

  /* Recognise the whole plan before the database is even opened. */
  bytes = hrp_cli_read_input (options->import_text, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (size > 0 && !g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, HRP_TEXT_IMPORT_ERROR, HRP_TEXT_IMPORT_ERROR_INVALID,
                   _("“%s” is not UTF-8 text: save it as UTF-8 (Unicode) text and try again"),
                   name);
      return FALSE;
    }
  text = g_strndup (data != NULL ? data : "", size);
  plan = hrp_text_import (text, error);
  if (plan == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  return save_imported_plan (options, plan, store, error);
}

/* The plan the export options are about: --year, or the newest. */
static HrpPlan *
load_export_plan (const HrpCliOptions  *options,
                  HrpStore             *store,
                  GError              **error)
{
  int year = options->year;

  if (year != 0 && !check_year (year, error))
    return NULL;

  if (year == 0)
    {
      g_autoptr(GError) local_error = NULL;

      if (!hrp_store_newest_year (store, &year, &local_error))
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND,
                         _("“%s” holds no plan to export"), hrp_store_get_path (store));
          return NULL;
        }
    }

  return hrp_store_load_plan (store, year, error);
}

static gboolean
run_export_xml (const HrpCliOptions  *options,
                HrpStore             *store,
                GError              **error)
{
  g_autoptr(HrpPlan) plan = load_export_plan (options, store, error);
  g_autoptr(GBytes) bytes = NULL;

  if (plan == NULL)
    return FALSE;

  bytes = hrp_xml_export (plan);
  if (!hrp_file_write (options->export_xml, bytes, error))
    return FALSE;

  if (g_strcmp0 (options->export_xml, "-") != 0)
    g_print (_("Exported the plan for fiscal year %d to %s\n"),
             hrp_plan_get_fiscal_year (plan), options->export_xml);
  return TRUE;
}

static gboolean
run_export_pdf (const HrpCliOptions  *options,
                HrpStore             *store,
                GError              **error)
{
  g_autoptr(HrpPlan) plan = load_export_plan (options, store, error);
  g_autoptr(HrpReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  HrpReportOptions report_options = { 0 };

  if (plan == NULL)
    return FALSE;

  report_options.table_only = options->table_only;
  report_options.thai_digits = options->thai_digits;
  report = hrp_report_new (plan, &report_options);
  bytes = hrp_report_to_pdf (report, NULL, error);
  if (bytes == NULL || !hrp_file_write (options->export_pdf, bytes, error))
    return FALSE;

  if (g_strcmp0 (options->export_pdf, "-") != 0)
    g_print (ngettext ("Rendered the plan for fiscal year %d to %s (%u page)\n",
                       "Rendered the plan for fiscal year %d to %s (%u pages)\n",
                       hrp_report_get_n_pages (report)),
             hrp_plan_get_fiscal_year (plan), options->export_pdf,
             hrp_report_get_n_pages (report));
  return TRUE;
}

static gboolean
run_export_csv (const HrpCliOptions  *options,
                HrpStore             *store,
                GError              **error)
{
  g_autoptr(HrpPlan) plan = load_export_plan (options, store, error);
  g_autoptr(GBytes) bytes = NULL;

  if (plan == NULL)
    return FALSE;

  bytes = hrp_report_table_csv (plan);
  if (!hrp_file_write (options->export_csv, bytes, error))
    return FALSE;

  if (g_strcmp0 (options->export_csv, "-") != 0)
    g_print (_("Exported the action plan for fiscal year %d to %s\n"),
             hrp_plan_get_fiscal_year (plan), options->export_csv);
  return TRUE;
}

static gboolean
run_list (HrpStore  *store,
          GError   **error)
{
  g_autoptr(GPtrArray) plans = hrp_store_list_plans (store, error);

  if (plans == NULL)
    return FALSE;

  /* Said, not printed: the standard output stays one line a plan. */
  if (plans->len == 0)
    {
      g_autofree char *name = g_filename_display_name (hrp_store_get_path (store));

      g_printerr (_("“%s” holds no plans yet\n"), name);
    }

  for (guint i = 0; i < plans->len; i++)
    {
      HrpPlanInfo *info = g_ptr_array_index (plans, i);

      g_print ("%d\t%s\n", info->fiscal_year, info->title);
    }
  return TRUE;
}

int
hrp_cli_run (const HrpCliOptions *options)
{
  g_autoptr(HrpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean export = options->export_xml != NULL || options->export_pdf != NULL
                    || options->export_csv != NULL;

  if (options->version)
    {
      g_print ("hrplan %s\n", PACKAGE_VERSION);
      if (!options->list && options->import == NULL && options->import_text == NULL
          && options->export_xml == NULL
          && options->export_pdf == NULL && options->export_csv == NULL)
        return 0;
    }

  if (options->import != NULL && !run_import (options, &store, &error))
    goto failed;

  if (options->import_text != NULL && !run_import_text (options, &store, &error))
    goto failed;

  if (store == NULL && (options->list || export))
    {
      /* Only read: a database on a read-only share or disc will do; one
       * that is not there is not created (spec/cli.md). */
      store = hrp_cli_open_store_read_only (options->database, &error);
      if (store == NULL)
        goto failed;
    }

  if (options->export_xml != NULL && !run_export_xml (options, store, &error))
    goto failed;

  if (options->export_pdf != NULL && !run_export_pdf (options, store, &error))
    goto failed;

  if (options->export_csv != NULL && !run_export_csv (options, store, &error))
    goto failed;

  if (options->list && !run_list (store, &error))
    goto failed;

  return 0;

failed:
  g_printerr ("hrplan: %s\n", error->message);
  return 1;
}
