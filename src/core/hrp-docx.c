/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-docx.c — the plan as a Word document (.docx)
 *
 * The parts are written with libxml2's writer and zipped with libzip in
 * memory (zip_source_buffer_create + zip_open_from_source): libzip's own
 * temporary file and rename would never name the user's file in an
 * error, and standard output has no file to rename to.  hrp_file_write()
 * writes the bytes.
 *
 * Same plan, same bytes: every entry has one fixed DOS time (not
 * zip_file_set_mtime, whose bytes depend on the time zone), the parts
 * are added in one order, and nothing depends on the date or this PC's
 * fonts (the printed date under the table is left out for that reason).
 *
 * The plan's text only ever goes into w:t: never into a field or an
 * attribute, so nothing a user typed is interpreted by Word.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>
#include <zip.h>

#include "hrp-docx.h"
#include "hrp-layout.h"
#include "hrp-report-private.h"
#include "hrp-terms.h"
#include "hrp-thai.h"

#define NS_W    "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG  "http://schemas.openxmlformats.org/package/2006/"
#define REL_DOC "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define CT_WML  "application/vnd.openxmlformats-officedocument.wordprocessingml."

#define FONT "TH Sarabun New"

/* A4 in twentieths of a point, and the print margins (hrp-layout.h). */
#define A4_SHORT 11906
#define A4_LONG  16838
#define TWIPS(points) ((int) ((points) * 20 + 0.5))

/* 1 January 2024, 00:00, as DOS stores it: any fixed date will do. */
#define DOS_DATE ((2024 - 1980) << 9 | 1 << 5 | 1)
#define DOS_TIME 0

typedef struct {
  xmlTextWriterPtr        w;
  const HrpReportOptions *options;
} Writer;

/* Writing {{{ */

static void
start (Writer     *writer,
       const char *name)
{
  xmlTextWriterStartElement (writer->w, BAD_CAST name);
}

static void
end (Writer *writer)
{
  xmlTextWriterEndElement (writer->w);
}

static void
attribute (Writer     *writer,
           const char *name,
           const char *value)
{
  xmlTextWriterWriteAttribute (writer->w, BAD_CAST name, BAD_CAST value);
}

static void
attribute_int (Writer     *writer,
               const char *name,
               int         value)
{
  xmlTextWriterWriteFormatAttribute (writer->w, BAD_CAST name, "%d", value);
}

/* <name w:val="value"/> */
/* An empty element with attributes: name, value, …, NULL */
static void
element (Writer     *writer,
         const char *name,
         ...)
{
  va_list args;

  start (writer, name);
  va_start (args, name);
  for (const char *attr = va_arg (args, const char *); attr != NULL; attr = va_arg (args, const char *))
    attribute (writer, attr, va_arg (args, const char *));
  va_end (args);
  end (writer);
}

/* A width in twips ("dxa"): w:tblW, w:tcW */
static void
twips_element (Writer     *writer,
               const char *name,
               int         twips)
{
  start (writer, name);
  attribute_int (writer, "w:w", twips);
  attribute (writer, "w:type", "dxa");
  end (writer);
}

static void
property (Writer     *writer,
          const char *name,
          const char *value)
{
  start (writer, name);
  if (value != NULL)
    attribute (writer, "w:val", value);
  end (writer);
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

/* text as it can go in a w:t: the characters XML cannot carry dropped
 * (the writer would write them as references no parser accepts), digits
 * Thai when chosen. */
static char *
clean_text (Writer     *writer,
            const char *text)
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

/* A run of plain text; a tab becomes w:tab, as Word keeps them. */
static void
run (Writer     *writer,
     const char *text,
     gboolean    bold)
{
  g_autofree char *clean = clean_text (writer, text);
  g_auto(GStrv) parts = g_strsplit (clean, "\t", -1);

  start (writer, "w:r");
  if (bold)
    {
      start (writer, "w:rPr");
      property (writer, "w:b", NULL);
      property (writer, "w:bCs", NULL);
      end (writer);
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        property (writer, "w:tab", NULL);
      if (*parts[i] == '\0')
        continue;
      start (writer, "w:t");
      attribute (writer, "xml:space", "preserve");
      xmlTextWriterWriteString (writer->w, BAD_CAST parts[i]);
      end (writer);
    }
  end (writer);
}

typedef struct {
  const char *style;        /* NULL: Normal */
  const char *justify;      /* NULL: left */
  int         first_line;   /* in twips; negative: hanging */
  int         left;
  int         after;        /* space after, in twips */
  gboolean    keep_next;
  gboolean    bold;
} Para;

static void
paragraph_properties (Writer     *writer,
                      const Para *para)
{
  start (writer, "w:pPr");
  if (para->style != NULL)
    property (writer, "w:pStyle", para->style);
  if (para->keep_next)
    property (writer, "w:keepNext", NULL);
  if (para->after != 0)
    {
      start (writer, "w:spacing");
      attribute_int (writer, "w:after", para->after);
      end (writer);
    }
  if (para->left != 0 || para->first_line != 0)
    {
      start (writer, "w:ind");
      if (para->left != 0)
        attribute_int (writer, "w:left", para->left);
      if (para->first_line > 0)
        attribute_int (writer, "w:firstLine", para->first_line);
      else if (para->first_line < 0)
        attribute_int (writer, "w:hanging", -para->first_line);
      end (writer);
    }
  if (para->justify != NULL)
    property (writer, "w:jc", para->justify);
  end (writer);
}

/* One paragraph for each line of text: a line break in the plan's text
 * starts a paragraph, as it does on the printed page. */
static void
paragraphs (Writer     *writer,
            const char *text,
            const Para *para)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL || i == 0; i++)
    {
      start (writer, "w:p");
      paragraph_properties (writer, para);
      if (lines[i] != NULL && *lines[i] != '\0')
        run (writer, lines[i], para->bold);
      end (writer);
      if (lines[i] == NULL)
        break;
    }
}

static void
heading (Writer     *writer,
         const char *style,
         const char *text)
{
  paragraphs (writer, text, &(Para) { .style = style, .keep_next = TRUE });
}

/* A4 either way round with the print margins. */
static void
section_properties (Writer   *writer,
                    gboolean  landscape)
{
  start (writer, "w:sectPr");
  start (writer, "w:pgSz");
  attribute_int (writer, "w:w", landscape ? A4_LONG : A4_SHORT);
  attribute_int (writer, "w:h", landscape ? A4_SHORT : A4_LONG);
  if (landscape)
    attribute (writer, "w:orient", "landscape");
  end (writer);
  start (writer, "w:pgMar");
  attribute_int (writer, "w:top", TWIPS (HRP_MARGIN_TOP));
  attribute_int (writer, "w:right", TWIPS (HRP_MARGIN_RIGHT));
  attribute_int (writer, "w:bottom", TWIPS (HRP_MARGIN_BOTTOM));
  attribute_int (writer, "w:left", TWIPS (HRP_MARGIN_LEFT));
  attribute_int (writer, "w:header", 709);
  attribute_int (writer, "w:footer", 709);
  attribute_int (writer, "w:gutter", 0);
  end (writer);
  end (writer);
}

/* }}} */

/* The plan's text {{{ */

#define INDENT 720   /* half an inch, in twips */
#define HANGING 360

/* "1. text", the text hanging after the number. */
static void
numbered (Writer     *writer,
          GListModel *texts,
          int         left)
{
  g_auto(GStrv) lines = hrp_plan_numbered_lines (texts);

  for (guint i = 0; lines[i] != NULL; i++)
    paragraphs (writer, lines[i], &(Para) { .left = left + HANGING, .first_line = -HANGING });
}

static void
write_text (Writer  *writer,
            HrpPlan *plan)
{
  GListModel *strategies = hrp_plan_get_strategies (plan);
  GListModel *policies = hrp_plan_get_policies (plan);
  g_autofree char *organization = hrp_report_organization_line (plan);
  Para body = { .first_line = INDENT, .after = 120 };

  paragraphs (writer, hrp_plan_get_title (plan), &(Para) { .style = "Title", .keep_next = TRUE });
  paragraphs (writer, organization, &(Para) { .justify = "center", .after = 240, .bold = TRUE });

  if (*hrp_plan_get_preamble (plan) != '\0')
    {
      heading (writer, "Heading1", HRP_TERM_PREAMBLE);
      paragraphs (writer, hrp_plan_get_preamble (plan), &body);
    }

  heading (writer, "Heading1", HRP_TERM_VISION);
  paragraphs (writer, hrp_plan_get_vision (plan), &body);

  if (g_list_model_get_n_items (hrp_plan_get_missions (plan)) > 0)
    {
      heading (writer, "Heading1", HRP_TERM_MISSIONS);
      numbered (writer, hrp_plan_get_missions (plan), 0);
    }

  if (g_list_model_get_n_items (strategies) > 0)
    {
      heading (writer, "Heading1", HRP_TERM_STRATEGIES);
      for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
        {
          g_autoptr(HrpStrategy) strategy = g_list_model_get_item (strategies, i);
          g_autofree char *title = hrp_report_strategy_title (strategy, i + 1);

          heading (writer, "Heading2", title);
          for (guint p = 0; p < HRP_STRATEGY_N_LISTS; p++)
            {
              const char *name;
              GListModel *list = hrp_report_strategy_list (strategy, p, &name);

              if (g_list_model_get_n_items (list) == 0)
                continue;
              paragraphs (writer, name, &(Para) { .left = HANGING, .keep_next = TRUE, .bold = TRUE });
              numbered (writer, list, HANGING);
            }
        }
    }

  if (g_list_model_get_n_items (hrp_plan_get_positions (plan)) > 0)
    {
      heading (writer, "Heading1", HRP_TERM_POSITIONS);
      numbered (writer, hrp_plan_get_positions (plan), 0);
    }

  if (g_list_model_get_n_items (policies) > 0 || *hrp_plan_get_policy_intro (plan) != '\0')
    {
      heading (writer, "Heading1", HRP_TERM_POLICIES);
      if (*hrp_plan_get_policy_intro (plan) != '\0')
        paragraphs (writer, hrp_plan_get_policy_intro (plan), &body);
      for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
        {
          g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);
          g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, hrp_policy_get_title (policy));

          heading (writer, "Heading2", title);
          if (*hrp_policy_get_description (policy) != '\0')
            paragraphs (writer, hrp_policy_get_description (policy), &body);
        }
    }
}

/* }}} */

/* The action-plan table {{{ */

/* Shares of the text column, in thousandths: the quarters just wide
 * enough for "ไตรมาส ๑", the rest to the texts. */
static const int column_shares[HRP_N_COLUMNS] = { 270, 370, 120, 60, 60, 60, 60 };

typedef struct {
  int widths[HRP_N_COLUMNS];   /* in twips */
} Grid;

typedef enum {
  MERGE_NONE,
  MERGE_START,      /* the first of the rows a cell spans */
  MERGE_CONTINUE,
} Merge;

/* A cell of span columns holding text (may be NULL), on as many lines
 * as text has. */
static void
cell (Writer     *writer,
      Grid       *grid,
      guint       column,
      guint       span,
      Merge       merge,
      const char *text,
      const char *justify,
      gboolean    bold)
{
  int width = 0;

  for (guint c = column; c < column + span; c++)
    width += grid->widths[c];

  start (writer, "w:tc");
  start (writer, "w:tcPr");
  twips_element (writer, "w:tcW", width);
  if (span > 1)
    {
      start (writer, "w:gridSpan");
      attribute_int (writer, "w:val", span);
      end (writer);
    }
  if (merge == MERGE_START)
    property (writer, "w:vMerge", "restart");
  else if (merge == MERGE_CONTINUE)
    property (writer, "w:vMerge", NULL);
  if (bold)
    property (writer, "w:vAlign", "center");
  end (writer);

  start (writer, "w:p");
  paragraph_properties (writer, &(Para) { .justify = justify });
  if (text != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (i > 0)
            {
              start (writer, "w:r");
              property (writer, "w:br", NULL);
              end (writer);
            }
          if (*lines[i] != '\0')
            run (writer, lines[i], bold);
        }
    }
  end (writer);
  end (writer);
}

/* A row that is never split across pages; a header row is repeated at
 * the top of each page the table continues to. */
static void
start_row (Writer   *writer,
           gboolean  header)
{
  start (writer, "w:tr");
  start (writer, "w:trPr");
  property (writer, "w:cantSplit", NULL);
  if (header)
    property (writer, "w:tblHeader", NULL);
  end (writer);
}

static void
table_start (Writer   *writer,
             Grid     *grid,
             gboolean  landscape)
{
  static const char *borders[] = { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" };
  int text_width = (landscape ? A4_LONG : A4_SHORT) - TWIPS (HRP_MARGIN_LEFT) - TWIPS (HRP_MARGIN_RIGHT);
  int used = 0;

  for (guint c = 0; c < HRP_N_COLUMNS; c++)
    {
      grid->widths[c] = text_width * column_shares[c] / 1000;
      used += grid->widths[c];
    }
  /* Rounding's remainder to the activity, the widest text. */
  grid->widths[HRP_COLUMN_ACTIVITY] += text_width - used;

  start (writer, "w:tbl");
  start (writer, "w:tblPr");
  twips_element (writer, "w:tblW", text_width);
  start (writer, "w:tblBorders");
  for (guint b = 0; b < G_N_ELEMENTS (borders); b++)
    {
      start (writer, borders[b]);
      attribute (writer, "w:val", "single");
      attribute (writer, "w:sz", "4");
      attribute (writer, "w:space", "0");
      attribute (writer, "w:color", "000000");
      end (writer);
    }
  end (writer);
  property (writer, "w:tblLayout", "fixed");
  start (writer, "w:tblCellMar");
  element (writer, "w:left", "w:w", "57", "w:type", "dxa", NULL);
  element (writer, "w:right", "w:w", "57", "w:type", "dxa", NULL);
  end (writer);
  end (writer);

  start (writer, "w:tblGrid");
  for (guint c = 0; c < HRP_N_COLUMNS; c++)
    {
      start (writer, "w:gridCol");
      attribute_int (writer, "w:w", grid->widths[c]);
      end (writer);
    }
  end (writer);

  /* Two header rows: "ระยะเวลาการดำเนินงาน" over the quarters, the other
   * headings spanning both.  The quarters are headed in Thai digits, as
   * on the printed plan. */
  start_row (writer, TRUE);
  cell (writer, grid, HRP_COLUMN_POLICY, 1, MERGE_START, HRP_TERM_POLICY, "center", TRUE);
  cell (writer, grid, HRP_COLUMN_ACTIVITY, 1, MERGE_START, HRP_TERM_ACTIVITY, "center", TRUE);
  cell (writer, grid, HRP_COLUMN_BUDGET, 1, MERGE_START, HRP_TERM_BUDGET_HEADER, "center", TRUE);
  cell (writer, grid, HRP_COLUMN_Q1, 4, MERGE_NONE, HRP_TERM_PERIOD, "center", TRUE);
  end (writer);
  start_row (writer, TRUE);
  for (guint c = 0; c < HRP_COLUMN_Q1; c++)
    cell (writer, grid, c, 1, MERGE_CONTINUE, NULL, "center", TRUE);
  cell (writer, grid, HRP_COLUMN_Q1, 1, MERGE_NONE, HRP_TERM_QUARTER " ๑", "center", TRUE);
  cell (writer, grid, HRP_COLUMN_Q1 + 1, 1, MERGE_NONE, HRP_TERM_QUARTER " ๒", "center", TRUE);
  cell (writer, grid, HRP_COLUMN_Q1 + 2, 1, MERGE_NONE, HRP_TERM_QUARTER " ๓", "center", TRUE);
  cell (writer, grid, HRP_COLUMN_Q1 + 3, 1, MERGE_NONE, HRP_TERM_QUARTER " ๔", "center", TRUE);
  end (writer);
}

/* An amount as the printed plan shows it: at the right, or "-" centred
 * for none. */
static void
amount_cell (Writer     *writer,
             Grid       *grid,
             const char *amount,
             gboolean    bold)
{
  cell (writer, grid, HRP_COLUMN_BUDGET, 1, MERGE_NONE, amount,
        g_str_equal (amount, "-") ? "center" : "right", bold);
}

/* The policy's rows: its name spanning its activities. */
static void
policy_rows (Writer    *writer,
             Grid      *grid,
             HrpPolicy *policy,
             guint      number)
{
  GListModel *activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  guint n = g_list_model_get_n_items (activities);
  g_autofree char *title = g_strdup_printf ("%u. %s", number, hrp_policy_get_title (policy));

  /* A policy without activities still has its row. */
  for (guint i = 0; i < MAX (n, 1); i++)
    {
      Merge merge = n <= 1 ? MERGE_NONE : i == 0 ? MERGE_START : MERGE_CONTINUE;

      start_row (writer, FALSE);
      cell (writer, grid, HRP_COLUMN_POLICY, 1, merge, i == 0 ? title : NULL, NULL, FALSE);
      if (i < n)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, i);
          g_autofree char *budget = hrp_money_format (hrp_activity_get_budget (activity), FALSE);

          cell (writer, grid, HRP_COLUMN_ACTIVITY, 1, MERGE_NONE, hrp_activity_get_name (activity), NULL, FALSE);
          amount_cell (writer, grid, budget, FALSE);
          for (guint q = 0; q < 4; q++)
            cell (writer, grid, HRP_COLUMN_Q1 + q, 1, MERGE_NONE,
                  hrp_activity_get_quarter (activity, q + 1) ? "✓" : NULL, "center", FALSE);
        }
      else
        {
          cell (writer, grid, HRP_COLUMN_ACTIVITY, 1, MERGE_NONE, NULL, NULL, FALSE);
          amount_cell (writer, grid, "-", FALSE);
          for (guint q = 0; q < 4; q++)
            cell (writer, grid, HRP_COLUMN_Q1 + q, 1, MERGE_NONE, NULL, NULL, FALSE);
        }
      end (writer);
    }
}

static void
total_row (Writer     *writer,
           Grid       *grid,
           const char *label,
           const char *amount)
{
  start_row (writer, FALSE);
  cell (writer, grid, HRP_COLUMN_POLICY, 2, MERGE_NONE, label, "center", TRUE);
  amount_cell (writer, grid, amount, TRUE);
  cell (writer, grid, HRP_COLUMN_Q1, 4, MERGE_NONE, NULL, NULL, FALSE);
  end (writer);
}

static void
write_table (Writer   *writer,
             HrpPlan  *plan,
             gboolean  landscape)
{
  GListModel *policies = hrp_plan_get_policies (plan);
  guint n = g_list_model_get_n_items (policies);
  g_autofree char *caption = g_strdup_printf (HRP_TERM_ACTION_PLAN "ตาม%s", hrp_plan_get_title (plan));
  g_autofree char *organization = hrp_report_organization_line (plan);
  g_autofree char *listed_text = NULL;
  g_autofree char *once_text = NULL;
  gint64 listed = 0, once;
  gboolean any_budget = FALSE;
  Grid grid;

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

  paragraphs (writer, caption, &(Para) { .justify = "center", .keep_next = TRUE, .bold = TRUE });
  paragraphs (writer, organization, &(Para) { .justify = "center", .keep_next = TRUE, .after = 160 });

  table_start (writer, &grid, landscape);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (policies, i);

      policy_rows (writer, &grid, policy, i + 1);
    }
  /* A project listed under several policies is paid once: said, as on
   * the printed plan. */
  listed_text = any_budget ? hrp_money_format (listed, FALSE) : g_strdup ("-");
  total_row (writer, &grid, HRP_TERM_TOTAL, listed_text);
  once = hrp_plan_total_budget_once (plan);
  if (any_budget && once != listed)
    {
      once_text = hrp_money_format (once, FALSE);
      total_row (writer, &grid, HRP_TERM_TOTAL_ONCE, once_text);
    }
  end (writer);
}

/* The signers, one block after another, centred: "ลงชื่อ …… ROLE",
 * "(name)", the position, each block kept on one page. */
static void
write_signers (Writer  *writer,
               HrpPlan *plan)
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
      paragraphs (writer, "", &(Para) { .keep_next = TRUE });
      paragraphs (writer, sign, &(Para) { .justify = "center", .keep_next = TRUE });
      paragraphs (writer, name, &(Para) { .justify = "center", .keep_next = TRUE });
      paragraphs (writer, hrp_signer_get_position (signer), &(Para) { .justify = "center" });
    }
}

/* }}} */

/* The parts {{{ */

static Writer
writer_new (const HrpReportOptions *options,
            xmlBufferPtr            buffer)
{
  Writer writer = { xmlNewTextWriterMemory (buffer, 0), options };

  xmlTextWriterStartDocument (writer.w, NULL, "UTF-8", "yes");
  return writer;
}

static GBytes *
writer_finish (Writer       *writer,
               xmlBufferPtr  buffer)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (writer->w);
  xmlFreeTextWriter (writer->w);
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

/* What a part of the package holds inside its root element */
typedef void (*PartBody) (Writer  *writer,
                          HrpPlan *plan);

/* A part: its root element in its namespace around what body writes */
static GBytes *
write_part (HrpPlan                *plan,
            const HrpReportOptions *options,
            const char             *root,
            const char             *xmlns,
            const char             *ns,
            PartBody                body)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  Writer writer = writer_new (options, buffer);

  start (&writer, root);
  attribute (&writer, xmlns, ns);
  body (&writer, plan);
  end (&writer);
  return writer_finish (&writer, buffer);
}

static void
document_body (Writer  *writer,
               HrpPlan *plan)
{
  gboolean landscape = writer->options->table_orientation == HRP_TABLE_LANDSCAPE;

  attribute (writer, "xmlns:r", NS_R);
  start (writer, "w:body");

  if (!writer->options->table_only)
    {
      write_text (writer, plan);
      /* The text's section ends with this paragraph: portrait A4. */
      start (writer, "w:p");
      start (writer, "w:pPr");
      section_properties (writer, FALSE);
      end (writer);
      end (writer);
    }
  write_table (writer, plan, landscape);
  write_signers (writer, plan);
  section_properties (writer, landscape);

  end (writer);
}

/* The size of the text, in half points, for Thai (complex script) too */
static void
font_size (Writer *writer,
           int     half_points)
{
  start (writer, "w:sz");
  attribute_int (writer, "w:val", half_points);
  end (writer);
  start (writer, "w:szCs");
  attribute_int (writer, "w:val", half_points);
  end (writer);
}

/* The Thai font in every slot, 16 pt, the text marked Thai. */
static void
run_defaults (Writer *writer,
              int     half_points)
{
  element (writer, "w:rFonts",
           "w:ascii", FONT,
           "w:hAnsi", FONT,
           "w:eastAsia", FONT,
           "w:cs", FONT, NULL);
  font_size (writer, half_points);
  element (writer, "w:lang", "w:val", "th-TH", "w:eastAsia", "th-TH", "w:bidi", "th-TH", NULL);
}

static void
paragraph_style (Writer     *writer,
                 const char *id,
                 const char *name,
                 int         half_points,
                 int         level,      /* -1: not a heading */
                 const char *justify,
                 int         before,
                 int         after)
{
  start (writer, "w:style");
  attribute (writer, "w:type", "paragraph");
  attribute (writer, "w:styleId", id);
  property (writer, "w:name", name);
  property (writer, "w:basedOn", "Normal");
  property (writer, "w:next", "Normal");
  property (writer, "w:qFormat", NULL);
  start (writer, "w:pPr");
  property (writer, "w:keepNext", NULL);
  start (writer, "w:spacing");
  attribute_int (writer, "w:before", before);
  attribute_int (writer, "w:after", after);
  end (writer);
  if (justify != NULL)
    property (writer, "w:jc", justify);
  if (level >= 0)
    {
      start (writer, "w:outlineLvl");
      attribute_int (writer, "w:val", level);
      end (writer);
    }
  end (writer);
  start (writer, "w:rPr");
  property (writer, "w:b", NULL);
  property (writer, "w:bCs", NULL);
  font_size (writer, half_points);
  end (writer);
  end (writer);
}

static void
styles_body (Writer  *writer,
             HrpPlan *plan)
{


  start (writer, "w:docDefaults");
  start (writer, "w:rPrDefault");
  start (writer, "w:rPr");
  run_defaults (writer, 32);
  end (writer);
  end (writer);
  start (writer, "w:pPrDefault");
  start (writer, "w:pPr");
  element (writer, "w:spacing", "w:after", "0", "w:line", "240", "w:lineRule", "auto", NULL);
  end (writer);
  end (writer);
  end (writer);

  start (writer, "w:style");
  attribute (writer, "w:type", "paragraph");
  attribute (writer, "w:default", "1");
  attribute (writer, "w:styleId", "Normal");
  property (writer, "w:name", "Normal");
  property (writer, "w:qFormat", NULL);
  start (writer, "w:rPr");
  run_defaults (writer, 32);
  end (writer);
  end (writer);

  paragraph_style (writer, "Title", "Title", 40, -1, "center", 0, 40);
  paragraph_style (writer, "Heading1", "heading 1", 36, 0, NULL, 120, 60);
  paragraph_style (writer, "Heading2", "heading 2", 32, 1, NULL, 80, 40);

}

static void
settings_body (Writer  *writer,
               HrpPlan *plan)
{

  start (writer, "w:defaultTabStop");
  attribute (writer, "w:val", "720");
  end (writer);
  element (writer, "w:themeFontLang", "w:val", "th-TH", "w:bidi", "th-TH", NULL);
  /* Word 2013 and later: not opened in Compatibility Mode. */
  start (writer, "w:compat");
  element (writer, "w:compatSetting",
           "w:name", "compatibilityMode",
           "w:uri", "http://schemas.microsoft.com/office/word",
           "w:val", "15", NULL);
  end (writer);
}

/* The Thai font, and what Word takes when this PC lacks it (w:altName
 * holds one name: the second fallback is the first's). */
static void
font_table_body (Writer  *writer,
                 HrpPlan *plan)
{
  static const char *fonts[][2] = {
    { FONT, "TH SarabunPSK" },
    { "TH SarabunPSK", "Laksaman" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      start (writer, "w:font");
      attribute (writer, "w:name", fonts[f][0]);
      property (writer, "w:altName", fonts[f][1]);
      property (writer, "w:charset", "DE");   /* Thai */
      property (writer, "w:family", "swiss");
      property (writer, "w:pitch", "variable");
      end (writer);
    }
}

static void
relationship (Writer     *writer,
              const char *id,
              const char *type,
              const char *target)
{
  element (writer, "Relationship", "Id", id, "Type", type, "Target", target, NULL);
}

static void
package_rels_body (Writer  *writer,
                   HrpPlan *plan)
{

  relationship (writer, "rId1", REL_DOC "officeDocument", "word/document.xml");
}

static void
document_rels_body (Writer  *writer,
                    HrpPlan *plan)
{

  relationship (writer, "rId1", REL_DOC "styles", "styles.xml");
  relationship (writer, "rId2", REL_DOC "settings", "settings.xml");
  relationship (writer, "rId3", REL_DOC "fontTable", "fontTable.xml");
}

static void
content_types_body (Writer  *writer,
                    HrpPlan *plan)
{
  static const char *overrides[][2] = {
    { "/word/document.xml", CT_WML "document.main+xml" },
    { "/word/styles.xml", CT_WML "styles+xml" },
    { "/word/settings.xml", CT_WML "settings+xml" },
    { "/word/fontTable.xml", CT_WML "fontTable+xml" },
  };

  element (writer, "Default",
           "Extension", "rels",
           "ContentType", "application/vnd.openxmlformats-package.relationships+xml", NULL);
  element (writer, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    element (writer, "Override", "PartName", overrides[i][0], "ContentType", overrides[i][1], NULL);
}

/* }}} */

/* The zip {{{ */

static gboolean
zip_failed (zip_error_t  *zip_error,
            GError      **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not make the Word document: %s"), zip_error_strerror (zip_error));
  return FALSE;
}

/* Adds the part name with bytes (kept alive in kept until the zip is
 * closed). */
static gboolean
add_part (zip_t       *archive,
          GPtrArray   *kept,
          const char  *name,
          GBytes      *bytes,
          GError     **error)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);
  zip_source_t *source;
  zip_int64_t index;

  g_ptr_array_add (kept, bytes);
  source = zip_source_buffer (archive, data, size, 0);
  if (source == NULL)
    return zip_failed (zip_get_error (archive), error);
  index = zip_file_add (archive, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      return zip_failed (zip_get_error (archive), error);
    }
  if (zip_set_file_compression (archive, index, ZIP_CM_DEFLATE, 9) < 0
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
hrp_docx_export (HrpPlan                *plan,
                 const HrpReportOptions *options,
                 GError                **error)
{
  static const HrpReportOptions defaults = { 0 };
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *archive;
  GBytes *bytes = NULL;

  /* [Content_Types].xml first, as Word writes it. */
  static const struct {
    const char *name;
    const char *root;
    const char *xmlns;   /* the root's namespace attribute */
    const char *ns;
    PartBody    body;
  } part_of[] = {
    { "[Content_Types].xml", "Types", "xmlns", NS_PKG "content-types", content_types_body },
    { "_rels/.rels", "Relationships", "xmlns", NS_PKG "relationships", package_rels_body },
    { "word/document.xml", "w:document", "xmlns:w", NS_W, document_body },
    { "word/styles.xml", "w:styles", "xmlns:w", NS_W, styles_body },
    { "word/settings.xml", "w:settings", "xmlns:w", NS_W, settings_body },
    { "word/fontTable.xml", "w:fonts", "xmlns:w", NS_W, font_table_body },
    { "word/_rels/document.xml.rels", "Relationships", "xmlns", NS_PKG "relationships", document_rels_body },
  };
  struct {
    const char *name;
    GBytes     *bytes;
  } parts[G_N_ELEMENTS (part_of)];

  g_return_val_if_fail (HRP_IS_PLAN (plan), NULL);
  if (options == NULL)
    options = &defaults;

  for (guint i = 0; i < G_N_ELEMENTS (part_of); i++)
    {
      parts[i].name = part_of[i].name;
      parts[i].bytes = write_part (plan, options, part_of[i].root, part_of[i].xmlns, part_of[i].ns,
                                   part_of[i].body);
    }

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  if (source == NULL)
    goto failed;
  archive = zip_open_from_source (source, ZIP_TRUNCATE, &zip_error);
  if (archive == NULL)
    {
      zip_source_free (source);
      goto failed;
    }
  /* Still ours once the archive is closed, to be read. */
  zip_source_keep (source);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      GBytes *part = g_steal_pointer (&parts[i].bytes);

      if (!add_part (archive, kept, parts[i].name, part, error))
        {
          for (guint j = i + 1; j < G_N_ELEMENTS (parts); j++)
            g_bytes_unref (parts[j].bytes);
          zip_discard (archive);
          zip_source_free (source);
          zip_error_fini (&zip_error);
          return NULL;
        }
    }
  if (zip_close (archive) < 0)
    {
      zip_failed (zip_get_error (archive), error);
      zip_discard (archive);
    }
  else
    bytes = source_bytes (source, error);
  zip_source_free (source);
  zip_error_fini (&zip_error);
  return bytes;

failed:
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_bytes_unref (parts[i].bytes);
  zip_failed (&zip_error, error);
  zip_error_fini (&zip_error);
  return NULL;
}

/* }}} */
