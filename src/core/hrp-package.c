/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-package.c — what the Word and OpenDocument exports share
 *
 * The plan is walked once, in the printed plan's order, and each format
 * (hrp-docx.c, hrp-odt.c) writes the paragraphs, lists and rows it is
 * given.  The plan's text only ever goes into text nodes: never into a
 * field or an attribute, so nothing a user typed is interpreted.
 *
 * The parts are zipped with libzip in memory (zip_source_buffer_create
 * + zip_open_from_source): libzip's own temporary file and rename would
 * never name the user's file in an error, and standard output has no
 * file to rename to.  hrp_file_write() writes the bytes.  Same plan,
 * same bytes: every entry has one fixed DOS time (not
 * zip_file_set_mtime, whose bytes depend on the time zone), the parts
 * are added in one order, and nothing depends on the date or this PC's
 * fonts.
 */
#include "config.h"

#include <zip.h>

#include "hrp-layout.h"
#include "hrp-package.h"
#include "hrp-report-private.h"
#include "hrp-terms.h"
#include "hrp-thai.h"

/* 1 January 2024, 00:00, as DOS stores it: any fixed date will do. */
#define DOS_DATE ((2024 - 1980) << 9 | 1 << 5 | 1)
#define DOS_TIME 0

/* Writing XML {{{ */

void
hrp_package_start (HrpPackageWriter *writer,
                   const char       *name)
{
  xmlTextWriterStartElement (writer->w, BAD_CAST name);
}

void
hrp_package_end (HrpPackageWriter *writer)
{
  xmlTextWriterEndElement (writer->w);
}

void
hrp_package_attribute (HrpPackageWriter *writer,
                       const char       *name,
                       const char       *value)
{
  xmlTextWriterWriteAttribute (writer->w, BAD_CAST name, BAD_CAST value);
}

void
hrp_package_attribute_int (HrpPackageWriter *writer,
                           const char       *name,
                           int               value)
{
  xmlTextWriterWriteFormatAttribute (writer->w, BAD_CAST name, "%d", value);
}

void
hrp_package_element (HrpPackageWriter *writer,
                     const char       *name,
                     ...)
{
  va_list args;

  hrp_package_start (writer, name);
  va_start (args, name);
  for (const char *attr = va_arg (args, const char *); attr != NULL; attr = va_arg (args, const char *))
    hrp_package_attribute (writer, attr, va_arg (args, const char *));
  va_end (args);
  hrp_package_end (writer);
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

/* The characters XML cannot carry are dropped: the writer would write
 * them as references no parser accepts. */
char *
hrp_package_clean_text (HrpPackageWriter *writer,
                        const char       *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      if (is_xml_char (c))
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  if (writer->options->thai_digits)
    {
      char *thai = hrp_arabic_digits_to_thai (out->str);

      g_string_free (out, TRUE);
      return thai;
    }
  return g_string_free (out, FALSE);
}

void
hrp_package_text (HrpPackageWriter *writer,
                  const char       *text)
{
  g_autofree char *clean = hrp_package_clean_text (writer, text);

  xmlTextWriterWriteString (writer->w, BAD_CAST clean);
}

GBytes *
hrp_package_write_part (HrpPlan                *plan,
                        const HrpReportOptions *options,
                        const char             *root,
                        const char * const     *attributes,
                        HrpPackageBody          body)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  HrpPackageWriter writer = { xmlNewTextWriterMemory (buffer, 0), options };
  GBytes *bytes;

  xmlTextWriterStartDocument (writer.w, NULL, "UTF-8", "yes");
  hrp_package_start (&writer, root);
  for (guint i = 0; attributes[i] != NULL; i += 2)
    hrp_package_attribute (&writer, attributes[i], attributes[i + 1]);
  body (&writer, plan);
  hrp_package_end (&writer);
  xmlTextWriterEndDocument (writer.w);
  xmlFreeTextWriter (writer.w);
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

/* }}} */

/* The plan's text {{{ */

static void
paragraph (HrpPackageWriter       *writer,
           const HrpPackageFormat *format,
           HrpParagraphKind        kind,
           const char             *line)
{
  format->paragraph (writer, kind, line);
  writer->last_kind = kind;
}

/* One paragraph for each line of text: a line break in the plan's text
 * starts a paragraph, as it does on the printed page. */
static void
paragraphs (HrpPackageWriter       *writer,
            const HrpPackageFormat *format,
            HrpParagraphKind        kind,
            const char             *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    paragraph (writer, format, kind, lines[i]);
  if (lines[0] == NULL)
    paragraph (writer, format, kind, "");
}

static void
list (HrpPackageWriter       *writer,
      const HrpPackageFormat *format,
      GListModel             *items,
      guint                   level)
{
  format->list (writer, items, level);
  writer->n_lists++;
}

/* The printed plan's lists, in its order: missions, each strategy's
 * goals, objectives and indicators, positions (those not empty). */
static guint
n_lists (HrpPlan *plan)
{
  GListModel *strategies = hrp_plan_get_strategies (plan);
  guint n = (g_list_model_get_n_items (hrp_plan_get_missions (plan)) > 0)
            + (g_list_model_get_n_items (hrp_plan_get_positions (plan)) > 0);

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);

      for (guint p = 0; p < HRP_STRATEGY_N_LISTS; p++)
        {
          const char *name;

          n += g_list_model_get_n_items (hrp_report_strategy_list (strategy, p, &name)) > 0;
        }
    }
  return n;
}

guint
hrp_package_n_lists (HrpPlan                *plan,
                     const HrpReportOptions *options)
{
  return options->table_only ? 0 : n_lists (plan);
}

static void
walk_text (HrpPackageWriter       *writer,
           HrpPlan                *plan,
           const HrpPackageFormat *format)
{
  GListModel *strategies = hrp_plan_get_strategies (plan);
  GListModel *policies = hrp_plan_get_policies (plan);
  g_autofree char *organization = hrp_report_organization_line (plan);

  paragraphs (writer, format, HRP_PARAGRAPH_TITLE, hrp_plan_get_title (plan));
  paragraphs (writer, format, HRP_PARAGRAPH_ORGANIZATION, organization);

  if (*hrp_plan_get_preamble (plan) != '\0')
    {
      paragraphs (writer, format, HRP_PARAGRAPH_HEADING_1, HRP_TERM_PREAMBLE);
      paragraphs (writer, format, HRP_PARAGRAPH_BODY, hrp_plan_get_preamble (plan));
    }

  paragraphs (writer, format, HRP_PARAGRAPH_HEADING_1, HRP_TERM_VISION);
  paragraphs (writer, format, HRP_PARAGRAPH_BODY, hrp_plan_get_vision (plan));

  if (g_list_model_get_n_items (hrp_plan_get_missions (plan)) > 0)
    {
      paragraphs (writer, format, HRP_PARAGRAPH_HEADING_1, HRP_TERM_MISSIONS);
      list (writer, format, hrp_plan_get_missions (plan), 0);
    }

  if (g_list_model_get_n_items (strategies) > 0)
    {
      paragraphs (writer, format, HRP_PARAGRAPH_HEADING_1, HRP_TERM_STRATEGIES);
      for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
        {
          g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
          g_autofree char *title = hrp_report_strategy_title (strategy, i + 1);

          paragraphs (writer, format, HRP_PARAGRAPH_HEADING_2, title);
          for (guint p = 0; p < HRP_STRATEGY_N_LISTS; p++)
            {
              const char *name;
              GListModel *items = hrp_report_strategy_list (strategy, p, &name);

              if (g_list_model_get_n_items (items) == 0)
                continue;
              paragraphs (writer, format, HRP_PARAGRAPH_LIST_NAME, name);
              list (writer, format, items, 1);
            }
        }
    }

  if (g_list_model_get_n_items (hrp_plan_get_positions (plan)) > 0)
    {
      paragraphs (writer, format, HRP_PARAGRAPH_HEADING_1, HRP_TERM_POSITIONS);
      list (writer, format, hrp_plan_get_positions (plan), 0);
    }

  if (g_list_model_get_n_items (policies) > 0 || *hrp_plan_get_policy_intro (plan) != '\0')
    {
      paragraphs (writer, format, HRP_PARAGRAPH_HEADING_1, HRP_TERM_POLICIES);
      if (*hrp_plan_get_policy_intro (plan) != '\0')
        paragraphs (writer, format, HRP_PARAGRAPH_BODY, hrp_plan_get_policy_intro (plan));
      for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
        {
          g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
          g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));

          paragraphs (writer, format, HRP_PARAGRAPH_HEADING_2, title);
          if (*hrp_policy_get_description (policy) != '\0')
            paragraphs (writer, format, HRP_PARAGRAPH_BODY, hrp_policy_get_description (policy));
        }
    }
}

/* }}} */

/* The action-plan table {{{ */

/* The quarters are headed in Thai digits, as on the printed plan. */
const char * const hrp_package_headings[HRP_N_COLUMNS] = {
  HRP_TERM_POLICY, HRP_TERM_ACTIVITY, HRP_TERM_BUDGET_HEADER,
  HRP_TERM_QUARTER " ๑", HRP_TERM_QUARTER " ๒", HRP_TERM_QUARTER " ๓", HRP_TERM_QUARTER " ๔",
};

/* A spacing character of TH Sarabun New at 16 pt, near enough, in
 * points: the policy's share is chosen as the printed plan's is. */
#define PER_CHARACTER (0.45 * HRP_BODY_SIZE)

/* The columns' shares: the budget and the quarters as wide as their
 * headings want, the policy and the activity sharing the rest as suits
 * their texts (hrp_report_policy_share). */
void
hrp_package_column_shares (HrpPlan                *plan,
                           const HrpReportOptions *options,
                           double                 *shares)
{
  gboolean landscape = options->table_orientation == HRP_TABLE_LANDSCAPE;
  double width = (landscape ? 29.7 : 21.0) * HRP_CM - HRP_MARGIN_LEFT - HRP_MARGIN_RIGHT;
  double budget = landscape ? 0.12 : 0.15;
  double quarter = landscape ? 0.065 : 0.085;
  double rest = 1 - budget - 4 * quarter;
  double policy = hrp_report_policy_share (plan, PER_CHARACTER, rest * width);

  shares[HRP_COLUMN_POLICY] = rest * policy;
  shares[HRP_COLUMN_ACTIVITY] = rest * (1 - policy);
  shares[HRP_COLUMN_BUDGET] = budget;
  for (guint q = 0; q < 4; q++)
    shares[HRP_COLUMN_Q1 + q] = quarter;
}

/* The policy's rows: its name spanning its activities. */
static void
policy_rows (HrpPackageWriter       *writer,
             const HrpPackageFormat *format,
             HrpPolicy              *policy,
             guint                   number)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  guint n = g_list_model_get_n_items (activities);
  g_autofree char *title = g_strdup_printf ("%u. %s", number, hrp_policy_get_title (policy));

  /* A policy without activities still has its row. */
  for (guint i = 0; i < MAX (n, 1); i++)
    {
      HrpPackageRow row = { .policy = i == 0 ? title : NULL, .n_spanned = MAX (n, 1), .amount = "-" };
      g_autoptr(HrpActivity) activity = i < n ? g_list_model_get_item (activities, i) : NULL;
      g_autofree char *budget = NULL;

      if (activity != NULL)
        {
          budget = hrp_money_format (hrp_activity_get_budget (activity), FALSE);
          row.activity = hrp_activity_get_name (activity);
          row.amount = budget;
          for (guint q = 0; q < 4; q++)
            row.quarters[q] = hrp_activity_get_quarter (activity, q + 1);
        }
      format->row (writer, &row);
    }
}

static void
walk_table (HrpPackageWriter       *writer,
            HrpPlan                *plan,
            const HrpPackageFormat *format)
{
  GListModel *policies = hrp_plan_get_policies (plan);
  guint n = g_list_model_get_n_items (policies);
  g_autofree char *caption = g_strdup_printf (HRP_TERM_ACTION_PLAN "ตาม%s", hrp_plan_get_title (plan));
  g_autofree char *organization = hrp_report_organization_line (plan);
  g_autofree char *listed_text = NULL;
  g_autofree char *once_text = NULL;
  gint64 listed = 0, once;
  gboolean any_budget = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
      GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, a);

          if (hrp_activity_get_budget (activity) != HRP_BUDGET_NONE)
            {
              listed += hrp_activity_get_budget (activity);
              any_budget = TRUE;
            }
        }
    }

  paragraphs (writer, format, HRP_PARAGRAPH_CAPTION, caption);
  paragraphs (writer, format, HRP_PARAGRAPH_CAPTION_ORGANIZATION, organization);

  hrp_package_column_shares (plan, writer->options, writer->shares);
  format->table_start (writer);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      policy_rows (writer, format, policy, i + 1);
    }
  /* A project listed under several policies is paid once: said, as on
   * the printed plan. */
  listed_text = any_budget ? hrp_money_format (listed, FALSE) : g_strdup ("-");
  format->row (writer, &(HrpPackageRow) { .total = HRP_TERM_TOTAL, .amount = listed_text });
  once = hrp_plan_total_budget_once (plan);
  if (any_budget && once != listed)
    {
      once_text = hrp_money_format (once, FALSE);
      format->row (writer, &(HrpPackageRow) { .total = HRP_TERM_TOTAL_ONCE,
                                              .amount = once_text });
    }
  hrp_package_end (writer);   /* the table */
}

/* The signers, one block after another, centred: "ลงชื่อ …… ROLE",
 * "(name)", the position, each block kept on one page. */
static void
walk_signers (HrpPackageWriter       *writer,
              HrpPlan                *plan,
              const HrpPackageFormat *format)
{
  GListModel *signers = hrp_plan_get_signers (plan);

  for (guint i = 0; i < g_list_model_get_n_items (signers); i++)
    {
      g_autoptr(HrpSigner) signer = g_list_model_get_item (signers, i);
      const char *role = hrp_signer_get_role (signer);
      g_autofree char *sign = *role != '\0' ? g_strdup_printf (HRP_TERM_SIGNED " ……………………………………  %s", role)
                                            : g_strdup (HRP_TERM_SIGNED " ……………………………………");
      g_autofree char *name = g_strdup_printf ("(%s)", hrp_signer_get_name (signer));

      /* Room to sign above. */
      paragraph (writer, format, HRP_PARAGRAPH_SIGN_SPACE, "");
      paragraphs (writer, format, HRP_PARAGRAPH_SIGN, sign);
      paragraphs (writer, format, HRP_PARAGRAPH_SIGN, name);
      paragraphs (writer, format, HRP_PARAGRAPH_SIGN_LAST, hrp_signer_get_position (signer));
    }
}

void
hrp_package_walk (HrpPackageWriter       *writer,
                  HrpPlan                *plan,
                  const HrpPackageFormat *format)
{
  if (!writer->options->table_only)
    {
      walk_text (writer, plan, format);
      format->text_end (writer);
    }
  walk_table (writer, plan, format);
  walk_signers (writer, plan, format);
}

/* }}} */

/* The zip {{{ */

static gboolean
zip_failed (zip_error_t  *zip_error,
            GError      **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, zip_error_strerror (zip_error));
  return FALSE;
}

/* Adds the part (its bytes alive until the zip is closed). */
static gboolean
add_part (zip_t                *archive,
          const HrpPackagePart *part,
          GError              **error)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (part->bytes, &size);
  zip_source_t *source;
  zip_int64_t index;

  source = zip_source_buffer (archive, data, size, 0);
  if (source == NULL)
    return zip_failed (zip_get_error (archive), error);
  index = zip_file_add (archive, part->name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      return zip_failed (zip_get_error (archive), error);
    }
  if (zip_set_file_compression (archive, index, part->stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                part->stored ? 0 : 9) < 0
      || zip_file_set_dostime (archive, index, DOS_TIME, DOS_DATE, 0) < 0)
    return zip_failed (zip_get_error (archive), error);
  return TRUE;
}

/* What the closed in-memory zip holds. */
static GBytes *
source_bytes (zip_source_t  *source,
              GError       **error)
{
  zip_stat_t stat;
  g_autofree guint8 *data = NULL;
  zip_int64_t got;

  zip_stat_init (&stat);
  if (zip_source_stat (source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)
      || zip_source_open (source) < 0)
    return zip_failed (zip_source_error (source), error), NULL;
  data = g_malloc (MAX (stat.size, 1));
  got = zip_source_read (source, data, stat.size);
  zip_source_close (source);
  if (got < 0 || (zip_uint64_t) got != stat.size)
    return zip_failed (zip_source_error (source), error), NULL;
  return g_bytes_new_take (g_steal_pointer (&data), stat.size);
}

GBytes *
hrp_package_zip (const HrpPackagePart  *parts,
                 guint                  n_parts,
                 GError               **error)
{
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *archive;
  GBytes *bytes = NULL;

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  archive = source != NULL ? zip_open_from_source (source, ZIP_TRUNCATE, &zip_error) : NULL;
  if (archive == NULL)
    {
      if (source != NULL)
        zip_source_free (source);
      zip_failed (&zip_error, error);
      zip_error_fini (&zip_error);
      return NULL;
    }
  zip_error_fini (&zip_error);
  /* Still ours once the archive is closed, to be read. */
  zip_source_keep (source);

  for (guint i = 0; i < n_parts; i++)
    if (!add_part (archive, &parts[i], error))
      {
        zip_discard (archive);
        zip_source_free (source);
        return NULL;
      }
  if (zip_close (archive) < 0)
    {
      zip_failed (zip_get_error (archive), error);
      zip_discard (archive);
    }
  else
    bytes = source_bytes (source, error);
  zip_source_free (source);
  return bytes;
}

/* }}} */

GBytes *
hrp_package_export (HrpPlan                *plan,
                    const HrpReportOptions *options,
                    const char             *mimetype,
                    const HrpPackageSource *sources,
                    guint                   n_sources,
                    GError                **error)
{
  static const HrpReportOptions defaults = { 0 };
  g_autofree HrpPackagePart *parts = g_new0 (HrpPackagePart, n_sources + 1);
  guint n = 0;
  GBytes *bytes;

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);
  if (options == NULL)
    options = &defaults;
  /* First and stored, so that its name and type are at fixed offsets. */
  if (mimetype != NULL)
    parts[n++] = (HrpPackagePart) { "mimetype", g_bytes_new_static (mimetype, strlen (mimetype)), TRUE };
  for (guint i = 0; i < n_sources; i++)
    parts[n++] = (HrpPackagePart) {
      sources[i].name,
      hrp_package_write_part (plan, options, sources[i].root, sources[i].attributes, sources[i].body),
      FALSE,
    };
  bytes = hrp_package_zip (parts, n, error);
  for (guint i = 0; i < n; i++)
    g_bytes_unref (parts[i].bytes);
  return bytes;
}
