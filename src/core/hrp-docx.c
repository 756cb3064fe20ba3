/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-docx.c — the plan as a Word document (.docx)
 *
 * The plan as hrp_package_walk() gives it, written as WordprocessingML:
 * the text in an A4 portrait section, the action-plan table in a section
 * of its own, the page numbers "-๒-" in a header from the second page
 * (the first page's header is empty: w:titlePg), the lists as Word's
 * numbering (numbering.xml), one w:num a list so that each starts at 1.
 *
 * The plan's text only ever goes into w:t; the one field is the header's
 * PAGE, our own.  Same plan, same bytes (hrp-package.c zips the parts).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-docx.h"
#include "hrp-layout.h"
#include "hrp-package.h"

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

/* The headers' relationships: the page number, and the first page's
 * empty header. */
#define HEADER_ID       "rId4"
#define FIRST_HEADER_ID "rId5"

typedef HrpPackageWriter Writer;

/* Writing {{{ */

/* A width in twips ("dxa"): w:tblW, w:tcW */
static void
twips_element (Writer     *writer,
               const char *name,
               int         twips)
{
  hrp_package_start (writer, name);
  hrp_package_attribute_int (writer, "w:w", twips);
  hrp_package_attribute (writer, "w:type", "dxa");
  hrp_package_end (writer);
}

static void
property (Writer     *writer,
          const char *name,
          const char *value)
{
  hrp_package_start (writer, name);
  if (value != NULL)
    hrp_package_attribute (writer, "w:val", value);
  hrp_package_end (writer);
}

static void
property_int (Writer     *writer,
              const char *name,
              int         value)
{
  char text[16];

  g_snprintf (text, sizeof text, "%d", value);
  property (writer, name, text);
}

/* A run of plain text; a tab becomes w:tab, as Word keeps them. */
static void
run (Writer     *writer,
     const char *text,
     gboolean    bold)
{
  g_autofree char *clean = hrp_package_clean_text (writer, text);
  g_auto(GStrv) parts = g_strsplit (clean, "\t", -1);

  hrp_package_start (writer, "w:r");
  if (bold)
    {
      hrp_package_start (writer, "w:rPr");
      property (writer, "w:b", NULL);
      property (writer, "w:bCs", NULL);
      hrp_package_end (writer);
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        property (writer, "w:tab", NULL);
      if (*parts[i] == '\0')
        continue;
      hrp_package_start (writer, "w:t");
      hrp_package_attribute (writer, "xml:space", "preserve");
      xmlTextWriterWriteString (writer->w, BAD_CAST parts[i]);
      hrp_package_end (writer);
    }
  hrp_package_end (writer);
}

/* The lines of text as runs with line breaks between: one paragraph. */
static void
runs (Writer     *writer,
      const char *text,
      gboolean    bold)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        {
          hrp_package_start (writer, "w:r");
          property (writer, "w:br", NULL);
          hrp_package_end (writer);
        }
      if (*lines[i] != '\0')
        run (writer, lines[i], bold);
    }
}

typedef struct {
  const char *style;        /* NULL: Normal */
  const char *justify;      /* NULL: left */
  int         first_line;   /* in twips */
  int         left;
  int         after;        /* space after, in twips */
  gboolean    keep_next;
  gboolean    bold;
} Para;

static void
paragraph_properties (Writer     *writer,
                      const Para *para)
{
  hrp_package_start (writer, "w:pPr");
  if (para->style != NULL)
    property (writer, "w:pStyle", para->style);
  if (para->keep_next)
    property (writer, "w:keepNext", NULL);
  if (para->after != 0)
    {
      hrp_package_start (writer, "w:spacing");
      hrp_package_attribute_int (writer, "w:after", para->after);
      hrp_package_end (writer);
    }
  if (para->left != 0 || para->first_line != 0)
    {
      hrp_package_start (writer, "w:ind");
      if (para->left != 0)
        hrp_package_attribute_int (writer, "w:left", para->left);
      if (para->first_line > 0)
        hrp_package_attribute_int (writer, "w:firstLine", para->first_line);
      hrp_package_end (writer);
    }
  if (para->justify != NULL)
    property (writer, "w:jc", para->justify);
  hrp_package_end (writer);
}

#define INDENT  720   /* half an inch, in twips */
#define HANGING 360

static void
docx_paragraph (Writer           *writer,
                HrpParagraphKind  kind,
                const char       *line)
{
  static const Para paras[] = {
    [HRP_PARAGRAPH_TITLE] = { .style = "Title", .keep_next = TRUE },
    [HRP_PARAGRAPH_ORGANIZATION] = { .justify = "center", .after = 240, .bold = TRUE },
    [HRP_PARAGRAPH_HEADING_1] = { .style = "Heading1", .keep_next = TRUE },
    [HRP_PARAGRAPH_HEADING_2] = { .style = "Heading2", .keep_next = TRUE },
    [HRP_PARAGRAPH_BODY] = { .first_line = INDENT, .after = 120 },
    [HRP_PARAGRAPH_LIST_NAME] = { .left = HANGING, .keep_next = TRUE, .bold = TRUE },
    [HRP_PARAGRAPH_CAPTION] = { .justify = "center", .keep_next = TRUE, .bold = TRUE },
    [HRP_PARAGRAPH_CAPTION_ORGANIZATION] = { .justify = "center", .keep_next = TRUE, .after = 160 },
    [HRP_PARAGRAPH_SIGN_SPACE] = { .keep_next = TRUE },
    [HRP_PARAGRAPH_SIGN] = { .justify = "center", .keep_next = TRUE },
    [HRP_PARAGRAPH_SIGN_LAST] = { .justify = "center" },
  };
  const Para *para = &paras[kind];

  hrp_package_start (writer, "w:p");
  paragraph_properties (writer, para);
  if (*line != '\0')
    run (writer, line, para->bold);
  hrp_package_end (writer);
}

/* Each item a paragraph numbered by Word (the list's own w:num, so that
 * it starts at 1), its lines broken within it. */
static void
docx_list (Writer     *writer,
           GListModel *items,
           guint       level)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      hrp_package_start (writer, "w:p");
      hrp_package_start (writer, "w:pPr");
      property (writer, "w:pStyle", "ListParagraph");
      hrp_package_start (writer, "w:numPr");
      property_int (writer, "w:ilvl", level);
      property_int (writer, "w:numId", writer->n_lists + 1);
      hrp_package_end (writer);
      hrp_package_end (writer);
      runs (writer, hrp_plan_list_item_text (item), FALSE);
      hrp_package_end (writer);
    }
}

/* A4 either way round with the print margins; the page number in the
 * header, none on the first page of the document. */
static void
section_properties (Writer   *writer,
                    gboolean  landscape,
                    gboolean  first)
{
  hrp_package_start (writer, "w:sectPr");
  hrp_package_element (writer, "w:headerReference", "w:type", "default", "r:id", HEADER_ID, NULL);
  if (first)
    hrp_package_element (writer, "w:headerReference", "w:type", "first", "r:id", FIRST_HEADER_ID, NULL);
  hrp_package_start (writer, "w:pgSz");
  hrp_package_attribute_int (writer, "w:w", landscape ? A4_LONG : A4_SHORT);
  hrp_package_attribute_int (writer, "w:h", landscape ? A4_SHORT : A4_LONG);
  if (landscape)
    hrp_package_attribute (writer, "w:orient", "landscape");
  hrp_package_end (writer);
  hrp_package_start (writer, "w:pgMar");
  hrp_package_attribute_int (writer, "w:top", TWIPS (HRP_MARGIN_TOP));
  hrp_package_attribute_int (writer, "w:right", TWIPS (HRP_MARGIN_RIGHT));
  hrp_package_attribute_int (writer, "w:bottom", TWIPS (HRP_MARGIN_BOTTOM));
  hrp_package_attribute_int (writer, "w:left", TWIPS (HRP_MARGIN_LEFT));
  /* The page number 1.2 cm from the top, as printed. */
  hrp_package_attribute_int (writer, "w:header", TWIPS (1.2 * HRP_CM));
  hrp_package_attribute_int (writer, "w:footer", 709);
  hrp_package_attribute_int (writer, "w:gutter", 0);
  hrp_package_end (writer);
  /* Page numbers in Thai digits, as printed: "-๒-". */
  hrp_package_element (writer, "w:pgNumType", "w:fmt", "thaiNumbers", NULL);
  if (first)
    property (writer, "w:titlePg", NULL);
  hrp_package_end (writer);
}

/* The text's section ends with this paragraph: portrait A4. */
static void
docx_text_end (Writer *writer)
{
  hrp_package_start (writer, "w:p");
  hrp_package_start (writer, "w:pPr");
  section_properties (writer, FALSE, TRUE);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

/* }}} */

/* The action-plan table {{{ */

typedef enum {
  MERGE_NONE,
  MERGE_START,      /* the first of the rows a cell spans */
  MERGE_CONTINUE,
} Merge;

static int
text_width (Writer *writer)
{
  gboolean landscape = writer->options->table_orientation == HRP_TABLE_LANDSCAPE;

  return (landscape ? A4_LONG : A4_SHORT) - TWIPS (HRP_MARGIN_LEFT) - TWIPS (HRP_MARGIN_RIGHT);
}

/* The columns' widths in twips, from their shares; rounding's remainder
 * to the activity, the widest text. */
static void
column_widths (Writer *writer,
               int    *widths)
{
  int used = 0;

  for (guint c = 0; c < HRP_N_COLUMNS; c++)
    {
      widths[c] = (int) (text_width (writer) * writer->shares[c]);
      used += widths[c];
    }
  widths[HRP_COLUMN_ACTIVITY] += text_width (writer) - used;
}

/* A cell of span columns holding text (may be NULL), on as many lines
 * as text has, in paragraphs such as para. */
static void
cell_in (Writer     *writer,
         guint       column,
         guint       span,
         Merge       merge,
         const char *text,
         const Para *para)
{
  int widths[HRP_N_COLUMNS];
  int width = 0;

  column_widths (writer, widths);
  for (guint c = column; c < column + span; c++)
    width += widths[c];

  hrp_package_start (writer, "w:tc");
  hrp_package_start (writer, "w:tcPr");
  twips_element (writer, "w:tcW", width);
  if (span > 1)
    property_int (writer, "w:gridSpan", span);
  if (merge == MERGE_START)
    property (writer, "w:vMerge", "restart");
  else if (merge == MERGE_CONTINUE)
    property (writer, "w:vMerge", NULL);
  if (para->bold)
    property (writer, "w:vAlign", "center");
  hrp_package_end (writer);

  hrp_package_start (writer, "w:p");
  paragraph_properties (writer, para);
  if (text != NULL)
    runs (writer, text, para->bold);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
cell (Writer     *writer,
      guint       column,
      guint       span,
      Merge       merge,
      const char *text,
      const char *justify,
      gboolean    bold)
{
  cell_in (writer, column, span, merge, text, &(Para) { .justify = justify, .bold = bold });
}

/* A cell of the header rows: 14 pt, as printed, so that "ไตรมาส ๑"
 * fits its column. */
static void
heading_cell (Writer     *writer,
              guint       column,
              guint       span,
              Merge       merge,
              const char *text)
{
  cell_in (writer, column, span, merge, text, &(Para) { .style = "TableHeading", .bold = TRUE });
}

/* A row that is never split across pages; a header row is repeated at
 * the top of each page the table continues to. */
static void
start_row (Writer   *writer,
           gboolean  header)
{
  hrp_package_start (writer, "w:tr");
  hrp_package_start (writer, "w:trPr");
  property (writer, "w:cantSplit", NULL);
  if (header)
    property (writer, "w:tblHeader", NULL);
  hrp_package_end (writer);
}

static void
docx_table_start (Writer *writer)
{
  static const char *borders[] = { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" };
  int widths[HRP_N_COLUMNS];

  column_widths (writer, widths);
  hrp_package_start (writer, "w:tbl");
  hrp_package_start (writer, "w:tblPr");
  twips_element (writer, "w:tblW", text_width (writer));
  hrp_package_start (writer, "w:tblBorders");
  for (guint b = 0; b < G_N_ELEMENTS (borders); b++)
    hrp_package_element (writer, borders[b], "w:val", "single", "w:sz", "4", "w:space", "0", "w:color", "000000", NULL);
  hrp_package_end (writer);
  property (writer, "w:tblLayout", "fixed");
  hrp_package_start (writer, "w:tblCellMar");
  hrp_package_element (writer, "w:left", "w:w", "57", "w:type", "dxa", NULL);
  hrp_package_element (writer, "w:right", "w:w", "57", "w:type", "dxa", NULL);
  hrp_package_end (writer);
  hrp_package_end (writer);

  hrp_package_start (writer, "w:tblGrid");
  for (guint c = 0; c < HRP_N_COLUMNS; c++)
    {
      hrp_package_start (writer, "w:gridCol");
      hrp_package_attribute_int (writer, "w:w", widths[c]);
      hrp_package_end (writer);
    }
  hrp_package_end (writer);

  /* Two header rows: "ระยะเวลาการดำเนินงาน" over the quarters, the other
   * headings spanning both. */
  start_row (writer, TRUE);
  for (guint c = 0; c < HRP_COLUMN_Q1; c++)
    heading_cell (writer, c, 1, MERGE_START, hrp_package_headings[c]);
  heading_cell (writer, HRP_COLUMN_Q1, 4, MERGE_NONE, HRP_PACKAGE_PERIOD);
  hrp_package_end (writer);
  start_row (writer, TRUE);
  for (guint c = 0; c < HRP_COLUMN_Q1; c++)
    heading_cell (writer, c, 1, MERGE_CONTINUE, NULL);
  for (guint c = HRP_COLUMN_Q1; c < HRP_N_COLUMNS; c++)
    heading_cell (writer, c, 1, MERGE_NONE, hrp_package_headings[c]);
  hrp_package_end (writer);
}

/* A row of the table; a policy's name spans its activities. */
static void
docx_row (Writer              *writer,
          const HrpPackageRow *row)
{
  gboolean total = row->total != NULL;
  const char *amount_justify = g_str_equal (row->amount, "-") ? "center" : "right";

  start_row (writer, FALSE);
  if (total)
    cell (writer, HRP_COLUMN_POLICY, 2, MERGE_NONE, row->total, "center", TRUE);
  else
    {
      Merge merge = row->policy == NULL ? MERGE_CONTINUE : row->n_spanned > 1 ? MERGE_START : MERGE_NONE;

      cell (writer, HRP_COLUMN_POLICY, 1, merge, row->policy, NULL, FALSE);
      cell (writer, HRP_COLUMN_ACTIVITY, 1, MERGE_NONE, row->activity, NULL, FALSE);
    }
  cell (writer, HRP_COLUMN_BUDGET, 1, MERGE_NONE, row->amount, amount_justify, total);
  if (total)
    cell (writer, HRP_COLUMN_Q1, 4, MERGE_NONE, NULL, NULL, FALSE);
  else
    for (guint q = 0; q < 4; q++)
      cell (writer, HRP_COLUMN_Q1 + q, 1, MERGE_NONE, row->quarters[q] ? "✓" : NULL, "center", FALSE);
  hrp_package_end (writer);
}

static const HrpPackageFormat docx_format = {
  docx_paragraph, docx_list, docx_text_end, docx_table_start, docx_row,
};

/* }}} */

/* The parts {{{ */

static void
document_body (Writer  *writer,
               HrpPlan *plan)
{
  hrp_package_start (writer, "w:body");
  hrp_package_walk (writer, plan, &docx_format);
  section_properties (writer, writer->options->table_orientation == HRP_TABLE_LANDSCAPE,
                      writer->options->table_only);
  hrp_package_end (writer);
}

/* "-๒-": the page number centred (pgNumType gives its digits). */
static void
header_body (Writer  *writer,
             HrpPlan *plan)
{
  hrp_package_start (writer, "w:p");
  paragraph_properties (writer, &(Para) { .justify = "center" });
  run (writer, "-", FALSE);
  hrp_package_start (writer, "w:fldSimple");
  hrp_package_attribute (writer, "w:instr", " PAGE ");
  run (writer, "๒", FALSE);
  hrp_package_end (writer);
  run (writer, "-", FALSE);
  hrp_package_end (writer);
}

/* The first page's header: nothing. */
static void
first_header_body (Writer  *writer,
                   HrpPlan *plan)
{
  hrp_package_element (writer, "w:p", NULL);
}

/* The size of the text, in half points, for Thai (complex script) too */
static void
font_size (Writer *writer,
           int     half_points)
{
  property_int (writer, "w:sz", half_points);
  property_int (writer, "w:szCs", half_points);
}

/* The Thai font in every slot, 16 pt, the text marked Thai. */
static void
run_defaults (Writer *writer,
              int     half_points)
{
  hrp_package_element (writer, "w:rFonts",
           "w:ascii", FONT,
           "w:hAnsi", FONT,
           "w:eastAsia", FONT,
           "w:cs", FONT, NULL);
  font_size (writer, half_points);
  hrp_package_element (writer, "w:lang", "w:val", "th-TH", "w:eastAsia", "th-TH", "w:bidi", "th-TH", NULL);
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
  hrp_package_start (writer, "w:style");
  hrp_package_attribute (writer, "w:type", "paragraph");
  hrp_package_attribute (writer, "w:styleId", id);
  property (writer, "w:name", name);
  property (writer, "w:basedOn", "Normal");
  property (writer, "w:next", "Normal");
  property (writer, "w:qFormat", NULL);
  hrp_package_start (writer, "w:pPr");
  property (writer, "w:keepNext", NULL);
  hrp_package_start (writer, "w:spacing");
  hrp_package_attribute_int (writer, "w:before", before);
  hrp_package_attribute_int (writer, "w:after", after);
  hrp_package_end (writer);
  if (justify != NULL)
    property (writer, "w:jc", justify);
  if (level >= 0)
    property_int (writer, "w:outlineLvl", level);
  hrp_package_end (writer);
  hrp_package_start (writer, "w:rPr");
  property (writer, "w:b", NULL);
  property (writer, "w:bCs", NULL);
  font_size (writer, half_points);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
styles_body (Writer  *writer,
             HrpPlan *plan)
{
  hrp_package_start (writer, "w:docDefaults");
  hrp_package_start (writer, "w:rPrDefault");
  hrp_package_start (writer, "w:rPr");
  run_defaults (writer, 32);
  hrp_package_end (writer);
  hrp_package_end (writer);
  hrp_package_start (writer, "w:pPrDefault");
  hrp_package_start (writer, "w:pPr");
  hrp_package_element (writer, "w:spacing", "w:after", "0", "w:line", "240", "w:lineRule", "auto", NULL);
  hrp_package_end (writer);
  hrp_package_end (writer);
  hrp_package_end (writer);

  hrp_package_start (writer, "w:style");
  hrp_package_attribute (writer, "w:type", "paragraph");
  hrp_package_attribute (writer, "w:default", "1");
  hrp_package_attribute (writer, "w:styleId", "Normal");
  property (writer, "w:name", "Normal");
  property (writer, "w:qFormat", NULL);
  hrp_package_start (writer, "w:rPr");
  run_defaults (writer, 32);
  hrp_package_end (writer);
  hrp_package_end (writer);

  paragraph_style (writer, "Title", "Title", 40, -1, "center", 0, 40);
  paragraph_style (writer, "Heading1", "heading 1", 36, 0, NULL, 120, 60);
  paragraph_style (writer, "Heading2", "heading 2", 32, 1, NULL, 80, 40);
  paragraph_style (writer, "TableHeading", "Table Heading", 28, -1, "center", 0, 0);

  hrp_package_start (writer, "w:style");
  hrp_package_attribute (writer, "w:type", "paragraph");
  hrp_package_attribute (writer, "w:styleId", "ListParagraph");
  property (writer, "w:name", "List Paragraph");
  property (writer, "w:basedOn", "Normal");
  property (writer, "w:qFormat", NULL);
  hrp_package_end (writer);
}

/* The lists' numbering: "1." (or "๑." with Thai digits) hanging before
 * the text, at the margin (level 0) or under a list's heading (level 1);
 * each list its own w:num, starting at 1. */
static void
numbering_body (Writer  *writer,
                HrpPlan *plan)
{
  guint n = hrp_package_n_lists (plan, writer->options);

  hrp_package_start (writer, "w:abstractNum");
  hrp_package_attribute (writer, "w:abstractNumId", "0");
  property (writer, "w:multiLevelType", "hybridMultilevel");
  for (guint level = 0; level < 2; level++)
    {
      g_autofree char *text = g_strdup_printf ("%%%u.", level + 1);

      hrp_package_start (writer, "w:lvl");
      hrp_package_attribute_int (writer, "w:ilvl", level);
      property (writer, "w:start", "1");
      property (writer, "w:numFmt", writer->options->thai_digits ? "thaiNumbers" : "decimal");
      property (writer, "w:lvlText", text);
      property (writer, "w:lvlJc", "left");
      hrp_package_start (writer, "w:pPr");
      hrp_package_start (writer, "w:ind");
      hrp_package_attribute_int (writer, "w:left", (level + 1) * HANGING);
      hrp_package_attribute_int (writer, "w:hanging", HANGING);
      hrp_package_end (writer);
      hrp_package_end (writer);
      hrp_package_end (writer);
    }
  hrp_package_end (writer);

  for (guint i = 1; i <= n; i++)
    {
      hrp_package_start (writer, "w:num");
      hrp_package_attribute_int (writer, "w:numId", i);
      property (writer, "w:abstractNumId", "0");
      for (guint level = 0; level < 2; level++)
        {
          hrp_package_start (writer, "w:lvlOverride");
          hrp_package_attribute_int (writer, "w:ilvl", level);
          property (writer, "w:startOverride", "1");
          hrp_package_end (writer);
        }
      hrp_package_end (writer);
    }
}

static void
settings_body (Writer  *writer,
               HrpPlan *plan)
{
  property (writer, "w:defaultTabStop", "720");
  hrp_package_element (writer, "w:themeFontLang", "w:val", "th-TH", "w:bidi", "th-TH", NULL);
  /* Word 2013 and later: not opened in Compatibility Mode. */
  hrp_package_start (writer, "w:compat");
  hrp_package_element (writer, "w:compatSetting",
           "w:name", "compatibilityMode",
           "w:uri", "http://schemas.microsoft.com/office/word",
           "w:val", "15", NULL);
  hrp_package_end (writer);
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
      hrp_package_start (writer, "w:font");
      hrp_package_attribute (writer, "w:name", fonts[f][0]);
      property (writer, "w:altName", fonts[f][1]);
      property (writer, "w:charset", "DE");   /* Thai */
      property (writer, "w:family", "swiss");
      property (writer, "w:pitch", "variable");
      hrp_package_end (writer);
    }
}

static void
relationship (Writer     *writer,
              const char *id,
              const char *type,
              const char *target)
{
  hrp_package_element (writer, "Relationship", "Id", id, "Type", type, "Target", target, NULL);
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
  relationship (writer, HEADER_ID, REL_DOC "header", "header1.xml");
  relationship (writer, FIRST_HEADER_ID, REL_DOC "header", "header2.xml");
  relationship (writer, "rId6", REL_DOC "numbering", "numbering.xml");
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
    { "/word/numbering.xml", CT_WML "numbering+xml" },
    { "/word/header1.xml", CT_WML "header+xml" },
    { "/word/header2.xml", CT_WML "header+xml" },
  };

  hrp_package_element (writer, "Default",
           "Extension", "rels",
           "ContentType", "application/vnd.openxmlformats-package.relationships+xml", NULL);
  hrp_package_element (writer, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    hrp_package_element (writer, "Override", "PartName", overrides[i][0], "ContentType", overrides[i][1], NULL);
}

/* }}} */

GBytes *
hrp_docx_export (HrpPlan                *plan,
                 const HrpReportOptions *options,
                 GError                **error)
{
  static const char * const types[] = { "xmlns", NS_PKG "content-types", NULL };
  static const char * const relationships[] = { "xmlns", NS_PKG "relationships", NULL };
  static const char * const word[] = { "xmlns:w", NS_W, "xmlns:r", NS_R, NULL };
  /* [Content_Types].xml first, as Word writes it. */
  static const HrpPackageSource sources[] = {
    { "[Content_Types].xml", "Types", types, content_types_body },
    { "_rels/.rels", "Relationships", relationships, package_rels_body },
    { "word/document.xml", "w:document", word, document_body },
    { "word/styles.xml", "w:styles", word, styles_body },
    { "word/numbering.xml", "w:numbering", word, numbering_body },
    { "word/settings.xml", "w:settings", word, settings_body },
    { "word/fontTable.xml", "w:fonts", word, font_table_body },
    { "word/header1.xml", "w:hdr", word, header_body },
    { "word/header2.xml", "w:hdr", word, first_header_body },
    { "word/_rels/document.xml.rels", "Relationships", relationships, document_rels_body },
  };
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = hrp_package_export (plan, options, NULL, sources, G_N_ELEMENTS (sources), &local_error);

  if (bytes == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not make the Word document: %s"), local_error->message);
  return bytes;
}
