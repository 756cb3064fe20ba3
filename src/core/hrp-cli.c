/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-cli.c — the command-line actions
 *
 * Everything here uses the core alone: no GTK is initialised, so the
 * actions work over SSH, in scripts and in CI.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-check.h"
#include "hrp-cli.h"
#include "hrp-docx.h"
#include "hrp-odt.h"
#include "hrp-file.h"
#include "hrp-library.h"
#include "hrp-report.h"
#include "hrp-text-import.h"
#include "hrp-thai.h"
#include "hrp-xml.h"


/* text as the command line prints it, so that a terminal shows it and
 * interprets nothing: a control character (C0, DEL) as "\x1b", a C1
 * control, bidi or invisible character (what hrp_text_sanitize ()
 * removes) as "\u202e", bytes that are not UTF-8 as U+FFFD.  Tab and new
 * line are kept unless one_line, where a line of the output (a plan of
 * --list, a problem of --check) must stay one line.  A plan's texts are
 * clean once stored, but a database written by an older HR Plan, a file's
 * name or a file's content quoted in a message may be anything. */
char *
hrp_cli_printable (const char *text,
                   gboolean    one_line)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == '\t' || c == '\n') && !one_line)
        g_string_append_c (out, (char) c);
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else if ((c >= 0x80 && c <= 0x9f) || c == 0x061c || (c >= 0x200b && c <= 0x200f)
               || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
               || c == 0x2028 || c == 0x2029 || c == 0xfeff)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

void
hrp_cli_options_clear (HrpCliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->import, g_free);
  g_clear_pointer (&options->import_text, g_free);
  g_clear_pointer (&options->import_document, g_free);
  g_clear_pointer (&options->export_xml, g_free);
  g_clear_pointer (&options->export_pdf, g_free);
  g_clear_pointer (&options->export_csv, g_free);
  g_clear_pointer (&options->export_docx, g_free);
  g_clear_pointer (&options->export_odt, g_free);
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

static gboolean
parse_options (HrpCliOptions  *options,
               int            *argc,
               char         ***argv,
               GError        **error)
{
  g_autoptr(GOptionContext) context = NULL;
  char **files = NULL;
  g_autofree char *as_year = NULL;
  g_autofree char *year = NULL;
  g_autofree char *orientation = NULL;
  guint n_imports;
  gboolean laid_out;   /* an export laid out as it prints */
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
    { "import-document", 0, 0, G_OPTION_ARG_FILENAME, &options->import_document,
      N_("Build a plan from last year's document as the office has it: a PDF (read with the positions of its text), a Word .docx, an OpenDocument .odt or plain text, told by its content"),
      N_("FILE") },
    { "as-year", 0, 0, G_OPTION_ARG_STRING, &as_year,
      N_("With --import, --import-text or --import-document: import as this fiscal year (roll-over)"), N_("YEAR") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &options->replace,
      N_("With --import, --import-text or --import-document: replace a plan of the same year"), NULL },
    { "export-xml", 0, 0, G_OPTION_ARG_FILENAME, &options->export_xml,
      N_("Export one plan in the exchange format"), N_("FILE") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options->export_pdf,
      N_("Render one plan to PDF exactly as it prints"), N_("FILE") },
    { "table-only", 0, 0, G_OPTION_ARG_NONE, &options->table_only,
      N_("With --export-pdf, --export-docx or --export-odt: only the action-plan table"), NULL },
    { "thai-digits", 0, 0, G_OPTION_ARG_NONE, &options->thai_digits,
      N_("With --export-pdf, --export-docx or --export-odt: print digits as Thai digits"), NULL },
    { "table-orientation", 0, 0, G_OPTION_ARG_STRING, &orientation,
      N_("With --export-pdf, --export-docx or --export-odt: the pages of the action-plan table, landscape (the default) or portrait"),
      N_("landscape|portrait") },
    { "export-docx", 0, 0, G_OPTION_ARG_FILENAME, &options->export_docx,
      N_("Export one plan as a Word document, laid out as it prints"), N_("FILE") },
    { "export-odt", 0, 0, G_OPTION_ARG_FILENAME, &options->export_odt,
      N_("Export one plan as an OpenDocument text, laid out as it prints"), N_("FILE") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &options->export_csv,
      N_("Export the action-plan table as CSV (UTF-8 with BOM)"), N_("FILE") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &options->check,
      N_("List what is incomplete or suspicious in one plan, one problem a line"), NULL },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year,
      N_("The plan to export or check (default: the newest)"), N_("YEAR") },
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

  n_imports = (options->import != NULL) + (options->import_text != NULL)
              + (options->import_document != NULL);
  if (n_imports > 1)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--import, --import-text and --import-document import one plan each: give one of them"));
      return FALSE;
    }
  if (options->as_year != 0 && n_imports == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--as-year goes with --import, --import-text or --import-document"));
      return FALSE;
    }
  if (options->replace && n_imports == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--replace goes with --import, --import-text or --import-document"));
      return FALSE;
    }
  laid_out = options->export_pdf != NULL || options->export_docx != NULL || options->export_odt != NULL;
  if (orientation != NULL)
    {
      if (g_str_equal (orientation, "portrait"))
        options->table_portrait = TRUE;
      else if (!g_str_equal (orientation, "landscape"))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--table-orientation is landscape or portrait, not “%s”"), orientation);
          return FALSE;
        }
      if (!laid_out)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                               _("--table-orientation goes with --export-pdf, --export-docx or --export-odt"));
          return FALSE;
        }
    }
  if ((options->table_only || options->thai_digits) && !laid_out)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           options->table_only ? _("--table-only goes with --export-pdf, --export-docx or --export-odt")
                                               : _("--thai-digits goes with --export-pdf, --export-docx or --export-odt"));
      return FALSE;
    }
  if (options->year != 0 && options->export_xml == NULL && !options->check
      && options->export_pdf == NULL && options->export_csv == NULL
      && options->export_docx == NULL && options->export_odt == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--year goes with --check or an export option such as --export-xml"));
      return FALSE;
    }

  return TRUE;
}

gboolean
hrp_cli_parse (HrpCliOptions  *options,
               int            *argc,
               char         ***argv,
               GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (parse_options (options, argc, argv, &local_error))
    return TRUE;
  /* The message quotes what was typed, which a script may have made of a
   * file's content: printed as the rest is. */
  if (local_error != NULL)
    {
      char *message = hrp_cli_printable (local_error->message, FALSE);

      g_free (local_error->message);
      local_error->message = message;
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return FALSE;
}

gboolean
hrp_cli_has_action (const HrpCliOptions *options)
{
  return options->list || options->import != NULL || options->import_text != NULL ||
         options->import_document != NULL ||
         options->export_xml != NULL || options->export_pdf != NULL ||
         options->export_csv != NULL || options->export_docx != NULL ||
         options->export_odt != NULL || options->check || options->version;
}

/* The library's words, as a usage error. */
static gboolean
check_year (int      year,
            GError **error)
{
  g_autoptr(GError) local = NULL;

  if (hrp_library_check_year (year, &local))
    return TRUE;
  g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, local->message);
  return FALSE;
}

/* Stores a plan read by --import, --import-text or --import-document, in one transaction;
 * a replaced plan is copied first (hrp_library_import). */
static gboolean
save_imported_plan (const HrpCliOptions  *options,
                    HrpPlan              *plan,
                    HrpLibrary          **library,
                    GError              **error)
{
  g_autoptr(GError) local_error = NULL;

  if (options->as_year != 0)
    hrp_plan_roll_over (plan, options->as_year);

  if (*library == NULL)
    {
      *library = hrp_library_open (options->database, FALSE, error);
      if (*library == NULL)
        return FALSE;
    }

  if (!hrp_library_import (*library, plan, options->replace, NULL, &local_error))
    {
      if (g_error_matches (local_error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS))
        g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_EXISTS,
                     _("A plan for fiscal year %d is already in “%s”: nothing was imported. "
                       "Add --replace to replace it, or --as-year=YEAR to import it as another year."),
                     hrp_plan_get_fiscal_year (plan), hrp_library_get_path (*library));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  {
    g_autofree char *path = hrp_cli_printable (hrp_library_get_path (*library), TRUE);

    g_print (_("Imported the plan for fiscal year %d (%u missions, %u strategies, %u HR policies, %u activities) into %s\n"),
             hrp_plan_get_fiscal_year (plan),
             g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_missions (plan))),
             g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_strategies (plan))),
             g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_policies (plan))),
             hrp_plan_count_activities (plan),
             path);
  }
  return TRUE;
}

/* Where a line of the document was: its page in a PDF, its line in a
 * text. */
static char *
describe_place (const HrpSourceLine *line)
{
  if (line->page > 0)
    return g_strdup_printf (_("page %u"), line->page);
  if (line->number > 0)
    return g_strdup_printf (_("line %u"), line->number);
  return g_strdup (_("the document"));
}

/* What --import-document and --import-text found, on standard error:
 * the parts of the plan counted, the notices, and every text that no
 * part took, with its page or line. */
static void
print_report (HrpPlan               *plan,
              const HrpImportReport *report)
{
  GListModel *strategies = G_LIST_MODEL (hrp_plan_get_strategies (plan));
  guint n_goals = 0, n_objectives = 0, n_indicators = 0;

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);

      n_goals += g_list_model_get_n_items (G_LIST_MODEL (hrp_strategy_get_goals (strategy)));
      n_objectives += g_list_model_get_n_items (G_LIST_MODEL (hrp_strategy_get_objectives (strategy)));
      n_indicators += g_list_model_get_n_items (G_LIST_MODEL (hrp_strategy_get_indicators (strategy)));
    }
  g_printerr (_("Found: %u missions, %u strategies (%u goals, %u objectives, %u indicators), "
                "%u strategic positions, %u HR policies, %u activities; %u repairs of broken Thai\n"),
              g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_missions (plan))),
              g_list_model_get_n_items (strategies), n_goals, n_objectives, n_indicators,
              g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_positions (plan))),
              g_list_model_get_n_items (G_LIST_MODEL (hrp_plan_get_policies (plan))),
              hrp_plan_count_activities (plan), report->n_repairs);
  for (guint i = 0; i < report->notices->len; i++)
    {
      g_autofree char *notice = hrp_cli_printable (g_ptr_array_index (report->notices, i), TRUE);

      g_printerr (_("Notice: %s\n"), notice);
    }
  for (guint i = 0; i < report->unplaced->len; i++)
    {
      const HrpSourceLine *line = g_ptr_array_index (report->unplaced, i);
      g_autofree char *place = describe_place (line);
      g_autofree char *text = hrp_cli_printable (line->text, TRUE);

      g_printerr (_("Not placed (%s): %s\n"), place, text);
    }
}

/* --import, --import-text or --import-document: the whole file read and
 * recognised before the database is even opened. */
static gboolean
run_import (const HrpCliOptions  *options,
            const char           *path,
            HrpImportKind         kind,
            HrpLibrary          **library,
            GError              **error)
{
  g_autoptr(HrpPlan) plan = NULL;
  g_autoptr(HrpImportReport) report = NULL;
  const char *name = g_strcmp0 (path, "-") == 0 ? _("standard input") : path;

  if (options->as_year != 0 && !check_year (options->as_year, error))
    return FALSE;

  plan = hrp_library_read_plan (path, name, kind, &report, error);
  if (plan == NULL)
    return FALSE;
  if (kind == HRP_IMPORT_DOCUMENT)
    print_report (plan, report);
  if (report->n_removed_controls > 0)
    g_printerr (ngettext ("Removed %u control character\n",
                          "Removed %u control characters\n",
                          report->n_removed_controls),
                report->n_removed_controls);

  return save_imported_plan (options, plan, library, error);
}

/* The plan the export options and --check are about: --year, or the
 * newest. */
static HrpPlan *
load_export_plan (const HrpCliOptions  *options,
                  HrpLibrary           *library,
                  gboolean              check,
                  GError              **error)
{
  int year = options->year;

  if (year != 0 && !check_year (year, error))
    return NULL;

  if (year == 0 && (year = hrp_library_newest_year (library)) == 0)
    {
      g_set_error (error, HRP_STORE_ERROR, HRP_STORE_ERROR_NOT_FOUND,
                   check ? _("“%s” holds no plan to check") : _("“%s” holds no plan to export"),
                   hrp_library_get_path (library));
      return NULL;
    }

  return hrp_library_load (library, year, error);
}

typedef enum {
  EXPORT_XML,
  EXPORT_PDF,
  EXPORT_CSV,
  EXPORT_DOCX,
  EXPORT_ODT,
} ExportKind;

/* --export-xml, --export-pdf, --export-csv, --export-docx or
 * --export-odt to path. */
static gboolean
run_export (const HrpCliOptions  *options,
            HrpLibrary           *library,
            ExportKind            kind,
            const char           *path,
            GError              **error)
{
  g_autoptr(HrpPlan) plan = load_export_plan (options, library, FALSE, error);
  g_autoptr(HrpReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *shown = NULL;
  HrpReportOptions report_options = { .table_only = options->table_only,
                                      .thai_digits = options->thai_digits,
                                      .table_orientation = options->table_portrait ? HRP_TABLE_PORTRAIT
                                                                                   : HRP_TABLE_LANDSCAPE };
  int year;

  if (plan == NULL)
    return FALSE;

  switch (kind)
    {
    case EXPORT_XML:
      bytes = hrp_xml_export (plan, error);
      break;
    case EXPORT_CSV:
      bytes = hrp_report_table_csv (plan);
      break;
    case EXPORT_DOCX:
      bytes = hrp_docx_export (plan, &report_options, error);
      break;
    case EXPORT_ODT:
      bytes = hrp_odt_export (plan, &report_options, error);
      break;
    case EXPORT_PDF:
    default:
      report = hrp_report_new (plan, &report_options);
      bytes = hrp_report_to_pdf (report, NULL, error);
      break;
    }
  if (bytes == NULL || !hrp_file_write (path, bytes, error))
    return FALSE;

  /* Standard output holds the export alone. */
  if (g_strcmp0 (path, "-") == 0)
    return TRUE;
  year = hrp_plan_get_fiscal_year (plan);
  shown = hrp_cli_printable (path, TRUE);
  if (kind == EXPORT_XML || kind == EXPORT_DOCX || kind == EXPORT_ODT)
    g_print (_("Exported the plan for fiscal year %d to %s\n"), year, shown);
  else if (kind == EXPORT_CSV)
    g_print (_("Exported the action plan for fiscal year %d to %s\n"), year, shown);
  else
    g_print (ngettext ("Rendered the plan for fiscal year %d to %s (%u page)\n",
                       "Rendered the plan for fiscal year %d to %s (%u pages)\n",
                       hrp_report_get_n_pages (report)),
             year, shown, hrp_report_get_n_pages (report));
  return TRUE;
}

/* --check: one problem a line, or "no problems". */
static gboolean
run_check (const HrpCliOptions  *options,
           HrpLibrary           *library,
           GError              **error)
{
  g_autoptr(HrpPlan) plan = load_export_plan (options, library, TRUE, error);
  g_autoptr(GPtrArray) problems = NULL;

  if (plan == NULL)
    return FALSE;

  problems = hrp_plan_check (plan);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = hrp_cli_printable (((HrpProblem *) g_ptr_array_index (problems, i))->line, TRUE);

      g_print ("%s\n", line);
    }
  if (problems->len == 0)
    g_print ("%s\n", _("no problems"));
  return TRUE;
}

static gboolean
run_list (HrpLibrary  *library,
          GError     **error)
{
  GListModel *plans = hrp_library_get_plans (library);
  guint n;

  if (!hrp_library_refresh (library, error))
    return FALSE;
  n = g_list_model_get_n_items (plans);

  /* Said, not printed: the standard output stays one line a plan. */
  if (n == 0)
    {
      g_autofree char *name = g_filename_display_name (hrp_library_get_path (library));
      g_autofree char *shown = hrp_cli_printable (name, TRUE);

      g_printerr (_("“%s” holds no plans yet\n"), shown);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPlanEntry) entry = g_list_model_get_item (plans, i);
      g_autofree char *title = hrp_cli_printable (hrp_plan_entry_get_title (entry), TRUE);

      g_print ("%d\t%s\n", hrp_plan_entry_get_fiscal_year (entry), title);
    }
  return TRUE;
}

int
hrp_cli_run (const HrpCliOptions *options)
{
  g_autoptr(HrpLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  gboolean export = options->export_xml != NULL || options->export_pdf != NULL
                    || options->export_csv != NULL || options->export_docx != NULL
                    || options->export_odt != NULL;

  if (options->version)
    {
      g_print ("hrplan %s\n", PACKAGE_VERSION);
      if (!options->list && options->import == NULL && options->import_text == NULL
          && options->import_document == NULL && !export
          && !options->check)
        return 0;
    }

  if (options->import != NULL
      && !run_import (options, options->import, HRP_IMPORT_XML, &library, &error))
    goto failed;

  if (options->import_text != NULL
      && !run_import (options, options->import_text, HRP_IMPORT_TEXT, &library, &error))
    goto failed;

  if (options->import_document != NULL
      && !run_import (options, options->import_document, HRP_IMPORT_DOCUMENT, &library, &error))
    goto failed;

  if (library == NULL && (options->list || options->check || export))
    {
      /* Only read: a database on a read-only share or disc will do; one
       * that is not there is not created (spec/cli.md). */
      library = hrp_library_open_read_only (options->database, &error);
      if (library == NULL)
        goto failed;
    }

  {
    const struct {
      const char *path;
      ExportKind  kind;
    } exports[] = {
      { options->export_xml, EXPORT_XML },
      { options->export_pdf, EXPORT_PDF },
      { options->export_csv, EXPORT_CSV },
      { options->export_docx, EXPORT_DOCX },
      { options->export_odt, EXPORT_ODT },
    };

    for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
      if (exports[i].path != NULL
          && !run_export (options, library, exports[i].kind, exports[i].path, &error))
        goto failed;
  }

  if (options->list && !run_list (library, &error))
    goto failed;

  if (options->check && !run_check (options, library, &error))
    goto failed;

  return 0;

failed:
  {
    /* It may name a file, or quote one. */
    g_autofree char *message = hrp_cli_printable (error->message, FALSE);

    g_printerr ("hrplan: %s\n", message);
  }
  return 1;
}
