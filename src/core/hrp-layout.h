/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-layout.h — the layout engine behind HrpReport, private to the report
 *
 * Pages of a size in points, filled from the top: a block of text (a
 * PangoLayout) flows line by line and goes on on the next page where it
 * must, a table cell is placed whole, rules and ticks are drawn.  The
 * documents (hrp-report-plan.c, hrp-report-comparison.c) decide what goes
 * where; hrp-report.c owns the layout and shows its pages.
 * No GTK here.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define HRP_CM (72.0 / 2.54)

#define HRP_MARGIN_LEFT   (3.0 * HRP_CM)
#define HRP_MARGIN_RIGHT  (2.0 * HRP_CM)
#define HRP_MARGIN_TOP    (2.5 * HRP_CM)
#define HRP_MARGIN_BOTTOM (2.0 * HRP_CM)

#define HRP_BODY_SIZE        16.0
#define HRP_TITLE_SIZE       20.0
#define HRP_TABLE_SIZE       14.0
#define HRP_HEADER_SIZE      12.0
#define HRP_PARAGRAPH_INDENT (2.5 * HRP_CM)
#define HRP_LIST_INDENT      (1.0 * HRP_CM)
#define HRP_CELL_PAD         4.0

typedef struct _HrpLayoutPage HrpLayoutPage;

/* Pages of a paper in points, each portrait or landscape, and while
 * laying out, the page being laid out and where on it the next block
 * goes. */
typedef struct {
  PangoContext  *context;
  double         paper_width, paper_height;  /* portrait: width <= height */
  double         width, height;              /* the page being laid out */
  gboolean       thai_digits;   /* every digit printed as ๐–๙ */
  GPtrArray     *pages;         /* HrpLayoutPage */

  HrpLayoutPage *page;
  double         y;

  /* Keep-with-next: where the headings not yet followed by text begin
   * (keep_page: 1-based, 0 when none), which go on to the next page with
   * the text that follows them rather than end a page. */
  guint          keep_page;
  guint          keep_item;
  double         keep_y;
  gboolean       in_heading;
} HrpLayout;

HrpLayout   *hrp_layout_new               (double                  width,
                                           double                  height,
                                           gboolean                thai_digits);
void         hrp_layout_free              (HrpLayout              *self);
/* No pages: the layout starts again. */
void         hrp_layout_clear             (HrpLayout              *self);
/* The paper, either way round; clears the layout. */
void         hrp_layout_set_page_size     (HrpLayout              *self,
                                           double                  width,
                                           double                  height);
guint        hrp_layout_get_n_pages       (HrpLayout              *self);
/* A page's size as drawn (a landscape page is wider than high). */
void         hrp_layout_get_page_size     (HrpLayout              *self,
                                           guint                   page,
                                           double                 *width,
                                           double                 *height);
gboolean     hrp_layout_page_is_landscape (HrpLayout              *self,
                                           guint                   page);

/* The text column between the margins, and the bottom margin's top. */
double       hrp_layout_body_left         (HrpLayout              *self);
double       hrp_layout_body_width        (HrpLayout              *self);
double       hrp_layout_body_bottom       (HrpLayout              *self);

/* A page after the last, the next block at its top: turned as the page
 * before it (the first is portrait), or as asked. */
void         hrp_layout_new_page          (HrpLayout              *self);
void         hrp_layout_new_page_turned   (HrpLayout              *self,
                                           gboolean                landscape);

/* A block of text in the report's font, size in points, wrapped at width
 * (-1: not wrapped); indent is the first line's (negative: hanging). */
PangoLayout *hrp_layout_block             (HrpLayout              *self,
                                           const char             *text,
                                           double                  size,
                                           gboolean                bold,
                                           double                  width,
                                           PangoAlignment          alignment,
                                           double                  indent);
double       hrp_layout_block_height      (PangoLayout            *block);
double       hrp_layout_first_line_height (PangoLayout            *block);
double       hrp_layout_bold_width        (HrpLayout              *self,
                                           const char             *text,
                                           double                  size);

/* Placed at y: a block, a rule, a tick (the text "✓", in a font that
 * has it) centred on (x, y). */
void         hrp_layout_place             (HrpLayout              *self,
                                           PangoLayout            *block,
                                           double                  x,
                                           double                  y);
void         hrp_layout_rule              (HrpLayout              *self,
                                           double                  x1,
                                           double                  y1,
                                           double                  x2,
                                           double                  y2);
void         hrp_layout_tick              (HrpLayout              *self,
                                           double                  x,
                                           double                  y);

/* Flowing from the current y on: a block's lines at x, a paragraph per
 * line of text (left of the body's left), a heading kept with what
 * follows. */
void         hrp_layout_flow              (HrpLayout              *self,
                                           PangoLayout            *block,
                                           double                  x);
/* How a paragraph is set: its size in points, weight, alignment (left
 * when 0), first-line indent (negative: hanging), left margin inside the
 * body, and the space after it. */
typedef struct {
  double          size;
  gboolean        bold;
  PangoAlignment  alignment;
  double          indent;
  double          left;
  double          space_after;
} HrpParagraphStyle;

void         hrp_layout_paragraph         (HrpLayout               *self,
                                           const char              *text,
                                           const HrpParagraphStyle *style);
void         hrp_layout_heading           (HrpLayout              *self,
                                           const char             *text,
                                           double                  size,
                                           double                  space_before);
/* A heading left of the body's left, such as "เป้าหมาย" in a strategy:
 * it stays with what follows, as a heading does. */
void         hrp_layout_subheading        (HrpLayout              *self,
                                           const char             *text,
                                           double                  size,
                                           double                  left);
/* A title, centred, broken only at the spaces between its units (a
 * word, "พ.ศ. ๒๕๖๘", an organization, a district, a province; a unit
 * wider than the line is broken as Pango would), its lines balanced. */
void         hrp_layout_title             (HrpLayout              *self,
                                           const char             *text,
                                           double                  size,
                                           double                  space_after);
/* A block of text on one line, never broken (an amount). */
PangoLayout *hrp_layout_unbroken          (HrpLayout              *self,
                                           const char             *text,
                                           double                  size,
                                           gboolean                bold);
double       hrp_layout_block_width       (PangoLayout            *block);

/* The most columns a table has. */
#define HRP_MAX_COLUMNS 7

/* A table's columns, by their edges from left to right. */
typedef struct {
  double x[HRP_MAX_COLUMNS + 1];
} HrpLayoutColumns;

double       hrp_layout_cell_width        (const HrpLayoutColumns *columns,
                                           guint                   first,
                                           guint                   last);
void         hrp_layout_place_cell        (HrpLayout              *self,
                                           const HrpLayoutColumns *columns,
                                           guint                   column,
                                           double                  top,
                                           PangoLayout            *cell);

void         hrp_layout_finish            (HrpLayout              *self);
void         hrp_layout_draw_page         (HrpLayout              *self,
                                           cairo_t                *cr,
                                           guint                   page_number);
GBytes      *hrp_layout_to_pdf            (HrpLayout              *self,
                                           const char             *title,
                                           const char             *author,
                                           GCancellable           *cancellable,
                                           GError                **error);

G_END_DECLS
