/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-odt.c — the plan as an OpenDocument text (.odt)
 *
 * The plan as hrp_package_walk() gives it, written as ODF 1.3: headings
 * as text:h with their outline levels, the lists as text:list, the
 * action-plan table as table:table with two header rows repeated on each
 * page, the policy's cell spanning its activities (covered cells below
 * it), rows that do not split.
 *
 * The pages are master pages: the first page without a page number
 * ("First Page", followed by "Standard"), then "-2-" centred in the
 * header; the table's first paragraph starts its own master page
 * (landscape, or portrait as chosen).
 *
 * The mimetype comes first and is stored, as ODF asks.  meta.xml holds
 * no date: same plan, same bytes.  The plan's text only ever goes into
 * text nodes; the one field is the header's page number, our own.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-layout.h"
#include "hrp-odt.h"
#include "hrp-package.h"

#define NS_OFFICE   "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE    "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT     "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE    "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_FO       "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_SVG      "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define NS_META     "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define NS_DC       "http://purl.org/dc/elements/1.1/"
#define NS_MANIFEST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
#define MIMETYPE    "application/vnd.oasis.opendocument.text"

#define FONT "TH Sarabun New"

typedef HrpPackageWriter Writer;

/* Writing {{{ */

/* points in centimetres, as ODF writes lengths ("2.50cm"), whatever
 * this PC's locale. */
static void
length_attribute (Writer     *writer,
                  const char *name,
                  double      points)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (value, sizeof value, "%.3fcm", points / HRP_CM);
  hrp_package_attribute (writer, name, value);
}

/* Text as ODF keeps it: a tab as text:tab, the second and later of
 * spaces in a row as text:s (a text node would collapse them). */
static void
odt_text (Writer     *writer,
          const char *text)
{
  g_autofree char *clean = hrp_package_clean_text (writer, text);
  const char *p = clean;

  while (*p != '\0')
    {
      gsize n = strcspn (p, "\t ");

      if (n > 0)
        {
          g_autofree char *part = g_strndup (p, n);

          xmlTextWriterWriteString (writer->w, BAD_CAST part);
          p += n;
        }
      else if (*p == '\t')
        {
          hrp_package_element (writer, "text:tab", NULL);
          p++;
        }
      else
        {
          gsize spaces = strspn (p, " ");

          xmlTextWriterWriteString (writer->w, BAD_CAST " ");
          if (spaces > 1)
            {
              hrp_package_start (writer, "text:s");
              hrp_package_attribute_int (writer, "text:c", spaces - 1);
              hrp_package_end (writer);
            }
          p += spaces;
        }
    }
}

/* The lines of text, with line breaks between. */
static void
odt_lines (Writer     *writer,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        hrp_package_element (writer, "text:line-break", NULL);
      odt_text (writer, lines[i]);
    }
}

static void
odt_paragraph (Writer           *writer,
               HrpParagraphKind  kind,
               const char       *line)
{
  static const char *styles[] = {
    [HRP_PARAGRAPH_NONE] = "Standard",
    [HRP_PARAGRAPH_TITLE] = "Title",
    [HRP_PARAGRAPH_ORGANIZATION] = "Subtitle",
    [HRP_PARAGRAPH_HEADING_1] = "Heading_20_1",
    [HRP_PARAGRAPH_HEADING_2] = "Heading_20_2",
    [HRP_PARAGRAPH_BODY] = "Text_20_body",
    [HRP_PARAGRAPH_LIST_NAME] = "List_20_Heading",
    [HRP_PARAGRAPH_CAPTION] = "Table_20_Caption",
    [HRP_PARAGRAPH_CAPTION_ORGANIZATION] = "Table_20_Organization",
    [HRP_PARAGRAPH_SIGN_SPACE] = "Signature_20_Space",
    [HRP_PARAGRAPH_SIGN] = "Signature",
    [HRP_PARAGRAPH_SIGN_LAST] = "Signature_20_Last",
  };
  const char *style = styles[kind];
  gboolean heading = kind == HRP_PARAGRAPH_HEADING_1 || kind == HRP_PARAGRAPH_HEADING_2;

  /* The first paragraph of the document, and of the table, start their
   * master pages. */
  if (kind == HRP_PARAGRAPH_TITLE && writer->last_kind == HRP_PARAGRAPH_NONE)
    style = "P_Document";
  else if (kind == HRP_PARAGRAPH_CAPTION && writer->last_kind != HRP_PARAGRAPH_CAPTION)
    style = "P_Table";

  hrp_package_start (writer, heading ? "text:h" : "text:p");
  hrp_package_attribute (writer, "text:style-name", style);
  if (heading)
    hrp_package_attribute (writer, "text:outline-level", kind == HRP_PARAGRAPH_HEADING_1 ? "1" : "2");
  odt_text (writer, line);
  hrp_package_end (writer);
}

/* A list of its own (ODF starts each at 1), each item's lines broken
 * within its paragraph. */
static void
odt_list (Writer     *writer,
          GListModel *items,
          guint       level)
{
  hrp_package_start (writer, "text:list");
  hrp_package_attribute (writer, "text:style-name", level == 0 ? "Numbering_20_1" : "Numbering_20_2");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      hrp_package_start (writer, "text:list-item");
      hrp_package_start (writer, "text:p");
      hrp_package_attribute (writer, "text:style-name", "List_20_Contents");
      odt_lines (writer, hrp_plan_list_item_text (item));
      hrp_package_end (writer);
      hrp_package_end (writer);
    }
  hrp_package_end (writer);
}

/* Nothing to write: the table's first paragraph (P_Table) starts its
 * own master page, on a new page. */
static void
odt_text_end (Writer *writer)
{
}

/* }}} */

/* The action-plan table {{{ */

static void
covered (Writer *writer,
         guint   n)
{
  for (guint i = 0; i < n; i++)
    hrp_package_element (writer, "table:covered-table-cell", NULL);
}

/* A cell spanning columns and rows, its paragraph in paragraph_style,
 * holding text (may be NULL) on as many lines as it has. */
static void
cell (Writer     *writer,
      guint       columns,
      guint       rows,
      const char *paragraph_style,
      const char *text)
{
  hrp_package_start (writer, "table:table-cell");
  hrp_package_attribute (writer, "table:style-name", "Cell");
  if (columns > 1)
    hrp_package_attribute_int (writer, "table:number-columns-spanned", columns);
  if (rows > 1)
    hrp_package_attribute_int (writer, "table:number-rows-spanned", rows);
  hrp_package_attribute (writer, "office:value-type", "string");
  hrp_package_start (writer, "text:p");
  hrp_package_attribute (writer, "text:style-name", paragraph_style);
  if (text != NULL)
    odt_lines (writer, text);
  hrp_package_end (writer);
  hrp_package_end (writer);
  if (columns > 1)
    covered (writer, columns - 1);
}

/* A row never split across pages. */
static void
start_row (Writer *writer)
{
  hrp_package_start (writer, "table:table-row");
  hrp_package_attribute (writer, "table:style-name", "Row");
}

static void
odt_table_start (Writer *writer)
{
  hrp_package_start (writer, "table:table");
  hrp_package_attribute (writer, "table:name", "ActionPlan");
  hrp_package_attribute (writer, "table:style-name", "ActionPlan");
  for (guint c = 0; c < HRP_N_COLUMNS; c++)
    {
      g_autofree char *style = g_strdup_printf ("ActionPlan.%c", 'A' + c);

      hrp_package_start (writer, "table:table-column");
      hrp_package_attribute (writer, "table:style-name", style);
      hrp_package_end (writer);
    }

  /* Two header rows, repeated on each page: "ระยะเวลาการดำเนินงาน" over
   * the quarters, the other headings spanning both. */
  hrp_package_start (writer, "table:table-header-rows");
  start_row (writer);
  for (guint c = 0; c < HRP_COLUMN_Q1; c++)
    cell (writer, 1, 2, "P_Heading", hrp_package_headings[c]);
  cell (writer, 4, 1, "P_Heading", HRP_PACKAGE_PERIOD);
  hrp_package_end (writer);
  start_row (writer);
  covered (writer, HRP_COLUMN_Q1);
  for (guint c = HRP_COLUMN_Q1; c < HRP_N_COLUMNS; c++)
    cell (writer, 1, 1, "P_Heading", hrp_package_headings[c]);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
odt_row (Writer              *writer,
         const HrpPackageRow *row)
{
  gboolean none = g_str_equal (row->amount, "-");

  start_row (writer);
  if (row->total != NULL)
    {
      cell (writer, 2, 1, "P_Label", row->total);
      cell (writer, 1, 1, none ? "P_Label" : "P_Total", row->amount);
      cell (writer, 4, 1, "P_Cell", NULL);
    }
  else
    {
      if (row->policy != NULL)
        cell (writer, 1, row->n_spanned, "P_Cell", row->policy);
      else
        covered (writer, 1);
      cell (writer, 1, 1, "P_Cell", row->activity);
      cell (writer, 1, 1, none ? "P_Centre" : "P_Amount", row->amount);
      for (guint q = 0; q < 4; q++)
        cell (writer, 1, 1, "P_Centre", row->quarters[q] ? "✓" : NULL);
    }
  hrp_package_end (writer);
}

static const HrpPackageFormat odt_format = {
  odt_paragraph, odt_list, odt_text_end, odt_table_start, odt_row,
};

/* }}} */

/* Styles {{{ */

typedef struct {
  const char *justify;       /* fo:text-align, NULL: start */
  gboolean    bold;
  gboolean    keep_next;
  double      size;          /* points, 0: 16 */
  double      indent;        /* the first line's, in points */
  double      left;          /* points */
  double      before;        /* points */
  double      after;         /* points */
} Look;

static void
text_properties (Writer *writer,
                 double  size,
                 gboolean bold)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (value, sizeof value, "%.0fpt", size);
  hrp_package_start (writer, "style:text-properties");
  hrp_package_attribute (writer, "fo:font-size", value);
  hrp_package_attribute (writer, "style:font-size-asian", value);
  hrp_package_attribute (writer, "style:font-size-complex", value);
  if (bold)
    {
      hrp_package_attribute (writer, "fo:font-weight", "bold");
      hrp_package_attribute (writer, "style:font-weight-asian", "bold");
      hrp_package_attribute (writer, "style:font-weight-complex", "bold");
    }
  hrp_package_end (writer);
}

/* A paragraph style: name, its parent (NULL: Standard's own), the
 * master page it starts (NULL: none) and its look. */
static void
paragraph_style (Writer     *writer,
                 const char *name,
                 const char *display,
                 const char *parent,
                 const char *master,
                 int         level,
                 const Look *look)
{
  hrp_package_start (writer, "style:style");
  hrp_package_attribute (writer, "style:name", name);
  if (display != NULL)
    hrp_package_attribute (writer, "style:display-name", display);
  hrp_package_attribute (writer, "style:family", "paragraph");
  if (parent != NULL)
    hrp_package_attribute (writer, "style:parent-style-name", parent);
  if (master != NULL)
    hrp_package_attribute (writer, "style:master-page-name", master);
  if (level > 0)
    hrp_package_attribute_int (writer, "style:default-outline-level", level);
  if (look != NULL)
    {
      hrp_package_start (writer, "style:paragraph-properties");
      if (look->justify != NULL)
        hrp_package_attribute (writer, "fo:text-align", look->justify);
      if (look->keep_next)
        hrp_package_attribute (writer, "fo:keep-with-next", "always");
      if (look->indent != 0)
        length_attribute (writer, "fo:text-indent", look->indent);
      if (look->left != 0)
        length_attribute (writer, "fo:margin-left", look->left);
      if (look->before != 0)
        length_attribute (writer, "fo:margin-top", look->before);
      if (look->after != 0)
        length_attribute (writer, "fo:margin-bottom", look->after);
      hrp_package_end (writer);
      if (look->bold || look->size != 0)
        text_properties (writer, look->size != 0 ? look->size : HRP_BODY_SIZE, look->bold);
    }
  hrp_package_end (writer);
}

/* The Thai font in every slot, 16 pt, the text marked Thai. */
static void
default_styles (Writer *writer)
{
  hrp_package_start (writer, "style:default-style");
  hrp_package_attribute (writer, "style:family", "paragraph");
  hrp_package_element (writer, "style:paragraph-properties", "fo:margin-top", "0cm", "fo:margin-bottom", "0cm",
                       "style:writing-mode", "lr-tb", NULL);
  hrp_package_start (writer, "style:text-properties");
  hrp_package_attribute (writer, "style:font-name", FONT);
  hrp_package_attribute (writer, "style:font-name-asian", FONT);
  hrp_package_attribute (writer, "style:font-name-complex", FONT);
  hrp_package_attribute (writer, "fo:font-size", "16pt");
  hrp_package_attribute (writer, "style:font-size-asian", "16pt");
  hrp_package_attribute (writer, "style:font-size-complex", "16pt");
  hrp_package_attribute (writer, "fo:language", "th");
  hrp_package_attribute (writer, "fo:country", "TH");
  hrp_package_attribute (writer, "style:language-asian", "th");
  hrp_package_attribute (writer, "style:country-asian", "TH");
  hrp_package_attribute (writer, "style:language-complex", "th");
  hrp_package_attribute (writer, "style:country-complex", "TH");
  hrp_package_end (writer);
  hrp_package_end (writer);
}

/* "1." at number points from the margin, the text after it at text
 * points. */
static void
list_style (Writer     *writer,
            const char *name,
            double      number,
            double      text)
{
  hrp_package_start (writer, "text:list-style");
  hrp_package_attribute (writer, "style:name", name);
  hrp_package_start (writer, "text:list-level-style-number");
  hrp_package_attribute (writer, "text:level", "1");
  hrp_package_attribute (writer, "style:num-suffix", ".");
  hrp_package_attribute (writer, "style:num-format", "1");
  hrp_package_start (writer, "style:list-level-properties");
  hrp_package_attribute (writer, "text:list-level-position-and-space-mode", "label-alignment");
  hrp_package_start (writer, "style:list-level-label-alignment");
  hrp_package_attribute (writer, "text:label-followed-by", "listtab");
  length_attribute (writer, "text:list-tab-stop-position", text);
  length_attribute (writer, "fo:text-indent", number - text);
  length_attribute (writer, "fo:margin-left", text);
  hrp_package_end (writer);
  hrp_package_end (writer);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
font_faces (Writer *writer)
{
  hrp_package_start (writer, "office:font-face-decls");
  hrp_package_element (writer, "style:font-face",
                       "style:name", FONT,
                       "svg:font-family", "'" FONT "'",
                       "style:font-family-generic", "swiss",
                       "style:font-pitch", "variable", NULL);
  hrp_package_end (writer);
}

/* A4 either way round with the print margins; the header (the page
 * number) 1.2 cm from the top, the text 2.5 cm. */
static void
page_layout (Writer     *writer,
             const char *name,
             gboolean    landscape)
{
  hrp_package_start (writer, "style:page-layout");
  hrp_package_attribute (writer, "style:name", name);
  hrp_package_start (writer, "style:page-layout-properties");
  hrp_package_attribute (writer, "fo:page-width", landscape ? "29.7cm" : "21cm");
  hrp_package_attribute (writer, "fo:page-height", landscape ? "21cm" : "29.7cm");
  hrp_package_attribute (writer, "style:print-orientation", landscape ? "landscape" : "portrait");
  hrp_package_attribute (writer, "style:num-format", "1");
  length_attribute (writer, "fo:margin-top", 1.2 * HRP_CM);
  length_attribute (writer, "fo:margin-bottom", HRP_MARGIN_BOTTOM);
  length_attribute (writer, "fo:margin-left", HRP_MARGIN_LEFT);
  length_attribute (writer, "fo:margin-right", HRP_MARGIN_RIGHT);
  hrp_package_attribute (writer, "style:writing-mode", "lr-tb");
  hrp_package_end (writer);
  hrp_package_start (writer, "style:header-style");
  hrp_package_start (writer, "style:header-footer-properties");
  length_attribute (writer, "fo:min-height", 0.7 * HRP_CM);
  length_attribute (writer, "fo:margin-bottom", HRP_MARGIN_TOP - 1.9 * HRP_CM);
  hrp_package_end (writer);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

/* A master page; numbered: "-N-" centred in its header, else an empty
 * header of the same height. */
static void
master_page (Writer     *writer,
             const char *name,
             const char *display,
             const char *layout,
             const char *next,
             gboolean    numbered)
{
  hrp_package_start (writer, "style:master-page");
  hrp_package_attribute (writer, "style:name", name);
  if (display != NULL)
    hrp_package_attribute (writer, "style:display-name", display);
  hrp_package_attribute (writer, "style:page-layout-name", layout);
  if (next != NULL)
    hrp_package_attribute (writer, "style:next-style-name", next);
  hrp_package_start (writer, "style:header");
  hrp_package_start (writer, "text:p");
  hrp_package_attribute (writer, "text:style-name", "Header");
  if (numbered)
    {
      xmlTextWriterWriteString (writer->w, BAD_CAST "-");
      hrp_package_start (writer, "text:page-number");
      hrp_package_attribute (writer, "text:select-page", "current");
      xmlTextWriterWriteString (writer->w, BAD_CAST "2");
      hrp_package_end (writer);
      xmlTextWriterWriteString (writer->w, BAD_CAST "-");
    }
  hrp_package_end (writer);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
styles_body (Writer  *writer,
             HrpPlan *plan)
{
  const double cm = HRP_CM;

  font_faces (writer);

  hrp_package_start (writer, "office:styles");
  default_styles (writer);
  paragraph_style (writer, "Standard", NULL, NULL, NULL, 0, NULL);
  paragraph_style (writer, "Title", NULL, "Standard", NULL, 0,
                   &(Look) { .justify = "center", .bold = TRUE, .keep_next = TRUE, .size = 20, .after = 2 });
  paragraph_style (writer, "Subtitle", NULL, "Standard", NULL, 0,
                   &(Look) { .justify = "center", .bold = TRUE, .after = 12 });
  paragraph_style (writer, "Heading_20_1", "Heading 1", "Standard", NULL, 1,
                   &(Look) { .bold = TRUE, .keep_next = TRUE, .size = 18, .before = 6, .after = 3 });
  paragraph_style (writer, "Heading_20_2", "Heading 2", "Standard", NULL, 2,
                   &(Look) { .bold = TRUE, .keep_next = TRUE, .before = 4, .after = 2 });
  paragraph_style (writer, "Text_20_body", "Text body", "Standard", NULL, 0,
                   &(Look) { .indent = 0.5 * 2.54 * cm, .after = 6 });
  paragraph_style (writer, "List_20_Heading", "List Heading", "Standard", NULL, 0,
                   &(Look) { .left = HRP_LIST_INDENT / 2, .bold = TRUE, .keep_next = TRUE });
  paragraph_style (writer, "List_20_Contents", "List Contents", "Standard", NULL, 0, NULL);
  paragraph_style (writer, "Table_20_Caption", "Table Caption", "Standard", NULL, 0,
                   &(Look) { .justify = "center", .bold = TRUE, .keep_next = TRUE });
  paragraph_style (writer, "Table_20_Organization", "Table Organization", "Standard", NULL, 0,
                   &(Look) { .justify = "center", .keep_next = TRUE, .after = 8 });
  paragraph_style (writer, "Table_20_Contents", "Table Contents", "Standard", NULL, 0, NULL);
  paragraph_style (writer, "Signature_20_Space", "Signature Space", "Standard", NULL, 0,
                   &(Look) { .keep_next = TRUE });
  paragraph_style (writer, "Signature", NULL, "Standard", NULL, 0,
                   &(Look) { .justify = "center", .keep_next = TRUE });
  paragraph_style (writer, "Signature_20_Last", "Signature Last", "Standard", NULL, 0,
                   &(Look) { .justify = "center" });
  paragraph_style (writer, "Header", NULL, "Standard", NULL, 0, &(Look) { .justify = "center" });
  list_style (writer, "Numbering_20_1", 0, 0.75 * HRP_LIST_INDENT);
  list_style (writer, "Numbering_20_2", HRP_LIST_INDENT / 2, 1.25 * HRP_LIST_INDENT);
  hrp_package_end (writer);

  hrp_package_start (writer, "office:automatic-styles");
  page_layout (writer, "Portrait", FALSE);
  page_layout (writer, "Landscape", TRUE);
  hrp_package_end (writer);

  /* The first page of the document without its number; its text goes
   * on to Standard's pages, its table to Table's. */
  hrp_package_start (writer, "office:master-styles");
  master_page (writer, "Standard", NULL, "Portrait", NULL, TRUE);
  master_page (writer, "First_20_Page", "First Page", "Portrait", "Standard", FALSE);
  master_page (writer, "Table", NULL, "Landscape", NULL, TRUE);
  master_page (writer, "First_20_Table", "First Table", "Landscape", "Table", FALSE);
  hrp_package_end (writer);
}

/* The automatic styles of content.xml: where the document and the table
 * start, the table's columns, rows and cells. */
static void
automatic_styles (Writer  *writer,
                  HrpPlan *plan)
{
  gboolean landscape = writer->options->table_orientation == HRP_TABLE_LANDSCAPE;
  double width = (landscape ? 29.7 : 21.0) * HRP_CM - HRP_MARGIN_LEFT - HRP_MARGIN_RIGHT;
  double shares[HRP_N_COLUMNS];
  const char *table_master;

  /* The table alone: its first page unnumbered.  After the text: on
   * pages of its own, landscape (or portrait) and numbered. */
  if (writer->options->table_only)
    table_master = landscape ? "First_20_Table" : "First_20_Page";
  else
    table_master = landscape ? "Table" : "Standard";

  hrp_package_start (writer, "office:automatic-styles");
  paragraph_style (writer, "P_Document", NULL, "Title", "First_20_Page", 0, NULL);
  paragraph_style (writer, "P_Table", NULL, "Table_20_Caption", table_master, 0, NULL);
  paragraph_style (writer, "P_Cell", NULL, "Table_20_Contents", NULL, 0, NULL);
  paragraph_style (writer, "P_Centre", NULL, "Table_20_Contents", NULL, 0, &(Look) { .justify = "center" });
  paragraph_style (writer, "P_Amount", NULL, "Table_20_Contents", NULL, 0, &(Look) { .justify = "end" });
  paragraph_style (writer, "P_Total", NULL, "Table_20_Contents", NULL, 0, &(Look) { .justify = "end", .bold = TRUE });
  /* 14 pt, as printed, so that "ไตรมาส ๑" fits its column. */
  paragraph_style (writer, "P_Heading", NULL, "Table_20_Contents", NULL, 0,
                   &(Look) { .justify = "center", .bold = TRUE, .size = HRP_TABLE_SIZE });
  paragraph_style (writer, "P_Label", NULL, "Table_20_Contents", NULL, 0,
                   &(Look) { .justify = "center", .bold = TRUE });

  hrp_package_start (writer, "style:style");
  hrp_package_attribute (writer, "style:name", "ActionPlan");
  hrp_package_attribute (writer, "style:family", "table");
  hrp_package_start (writer, "style:table-properties");
  length_attribute (writer, "style:width", width);
  hrp_package_attribute (writer, "table:align", "margins");
  hrp_package_attribute (writer, "style:may-break-between-rows", "true");
  hrp_package_end (writer);
  hrp_package_end (writer);

  hrp_package_column_shares (plan, writer->options, shares);
  for (guint c = 0; c < HRP_N_COLUMNS; c++)
    {
      g_autofree char *name = g_strdup_printf ("ActionPlan.%c", 'A' + c);

      hrp_package_start (writer, "style:style");
      hrp_package_attribute (writer, "style:name", name);
      hrp_package_attribute (writer, "style:family", "table-column");
      hrp_package_start (writer, "style:table-column-properties");
      length_attribute (writer, "style:column-width", width * shares[c]);
      hrp_package_end (writer);
      hrp_package_end (writer);
    }

  hrp_package_start (writer, "style:style");
  hrp_package_attribute (writer, "style:name", "Row");
  hrp_package_attribute (writer, "style:family", "table-row");
  hrp_package_element (writer, "style:table-row-properties", "fo:keep-together", "always", NULL);
  hrp_package_end (writer);

  hrp_package_start (writer, "style:style");
  hrp_package_attribute (writer, "style:name", "Cell");
  hrp_package_attribute (writer, "style:family", "table-cell");
  hrp_package_element (writer, "style:table-cell-properties",
                       "fo:border", "0.5pt solid #000000",
                       "fo:padding", "0.1cm",
                       "style:vertical-align", "top", NULL);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
content_body (Writer  *writer,
              HrpPlan *plan)
{
  automatic_styles (writer, plan);
  hrp_package_start (writer, "office:body");
  hrp_package_start (writer, "office:text");
  hrp_package_walk (writer, plan, &odt_format);
  hrp_package_end (writer);
  hrp_package_end (writer);
}

/* Fixed values only: no date, no editing time. */
static void
meta_body (Writer  *writer,
           HrpPlan *plan)
{
  hrp_package_start (writer, "office:meta");
  hrp_package_start (writer, "meta:generator");
  xmlTextWriterWriteString (writer->w, BAD_CAST "HR Plan");
  hrp_package_end (writer);
  hrp_package_start (writer, "dc:title");
  hrp_package_text (writer, hrp_plan_get_title (plan));
  hrp_package_end (writer);
  hrp_package_start (writer, "dc:language");
  xmlTextWriterWriteString (writer->w, BAD_CAST "th-TH");
  hrp_package_end (writer);
  hrp_package_end (writer);
}

static void
manifest_body (Writer  *writer,
               HrpPlan *plan)
{
  static const char *parts[] = { "content.xml", "styles.xml", "meta.xml" };

  hrp_package_element (writer, "manifest:file-entry",
                       "manifest:full-path", "/",
                       "manifest:version", "1.3",
                       "manifest:media-type", MIMETYPE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    hrp_package_element (writer, "manifest:file-entry",
                         "manifest:full-path", parts[i],
                         "manifest:media-type", "text/xml", NULL);
}

/* }}} */

GBytes *
hrp_odt_export (HrpPlan                *plan,
                const HrpReportOptions *options,
                GError                **error)
{
  static const char * const document[] = {
    "xmlns:office", NS_OFFICE, "xmlns:style", NS_STYLE, "xmlns:text", NS_TEXT, "xmlns:table", NS_TABLE,
    "xmlns:fo", NS_FO, "xmlns:svg", NS_SVG, "office:version", "1.3", NULL,
  };
  static const char * const meta[] = {
    "xmlns:office", NS_OFFICE, "xmlns:meta", NS_META, "xmlns:dc", NS_DC, "office:version", "1.3", NULL,
  };
  static const char * const manifest[] = { "xmlns:manifest", NS_MANIFEST, "manifest:version", "1.3", NULL };
  static const HrpPackageSource sources[] = {
    { "content.xml", "office:document-content", document, content_body },
    { "styles.xml", "office:document-styles", document, styles_body },
    { "meta.xml", "office:document-meta", meta, meta_body },
    { "META-INF/manifest.xml", "manifest:manifest", manifest, manifest_body },
  };
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = hrp_package_export (plan, options, MIMETYPE, sources, G_N_ELEMENTS (sources), &local_error);

  if (bytes == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not make the OpenDocument text: %s"), local_error->message);
  return bytes;
}
