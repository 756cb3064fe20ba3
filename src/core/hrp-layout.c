/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-layout.c — the layout engine behind HrpReport
 *
 * Text becomes PangoLayouts in points (the context's resolution is 72
 * dpi, without hinting, so that screen, paper and PDF agree); paragraphs
 * are placed line by line so they can continue on the next page, table
 * cells are placed whole.  Each page keeps a list of items (a line of a
 * layout, a whole layout, a rule, a tick) that hrp_layout_draw_page()
 * draws on any cairo context whose user space is in points.
 *
 * Conventions (spec/domain.md): A4, margins left 3 cm, right 2 cm, top
 * 2.5 cm, bottom 2 cm; 16 pt body text; page numbers from page 2, centred
 * at the top, "-๒-".
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "hrp-layout.h"
#include "hrp-report.h"
#include "hrp-thai.h"

/* Items and pages {{{ */

#define RULE_WIDTH 0.6

typedef enum {
  ITEM_LINE,     /* one line of a layout */
  ITEM_LAYOUT,   /* a whole layout (a table cell) */
  ITEM_RULE,     /* a straight line */
} ItemKind;

typedef struct {
  ItemKind     kind;
  PangoLayout *layout;
  int          line;
  double       x, y;      /* LINE: baseline start; LAYOUT: top left */
  double       x2, y2;    /* RULE: end */
} Item;

struct _HrpLayoutPage {
  GPtrArray *items;       /* Item */
  gboolean   landscape;
};

static void
item_free (Item *item)
{
  g_clear_object (&item->layout);
  g_free (item);
}

static void
page_free (HrpLayoutPage *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

HrpLayout *
hrp_layout_new (double   width,
                double   height,
                gboolean thai_digits)
{
  HrpLayout *self = g_new0 (HrpLayout, 1);
  cairo_font_options_t *font_options;

  self->paper_width = MIN (width, height);
  self->paper_height = MAX (width, height);
  self->width = self->paper_width;
  self->height = self->paper_height;
  self->thai_digits = thai_digits;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

  /* Points, and no hinting: the same layout on screen, paper and PDF. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);

  return self;
}

void
hrp_layout_free (HrpLayout *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_free (self);
}

/* No pages: the layout starts again. */
void
hrp_layout_clear (HrpLayout *self)
{
  g_ptr_array_set_size (self->pages, 0);
  self->page = NULL;
  self->width = self->paper_width;
  self->height = self->paper_height;
}

void
hrp_layout_set_page_size (HrpLayout *self,
                          double     width,
                          double     height)
{
  g_return_if_fail (MIN (width, height) > HRP_MARGIN_LEFT + HRP_MARGIN_RIGHT + 72);

  self->paper_width = MIN (width, height);
  self->paper_height = MAX (width, height);
  self->width = self->paper_width;
  self->height = self->paper_height;
  hrp_layout_clear (self);
}

guint
hrp_layout_get_n_pages (HrpLayout *self)
{
  return self->pages->len;
}

gboolean
hrp_layout_page_is_landscape (HrpLayout *self,
                              guint      page)
{
  return page < self->pages->len
         && ((HrpLayoutPage *) g_ptr_array_index (self->pages, page))->landscape;
}

void
hrp_layout_get_page_size (HrpLayout *self,
                          guint      page,
                          double    *width,
                          double    *height)
{
  gboolean landscape = hrp_layout_page_is_landscape (self, page);

  if (width != NULL)
    *width = landscape ? self->paper_height : self->paper_width;
  if (height != NULL)
    *height = landscape ? self->paper_width : self->paper_height;
}

static Item *
add_item (HrpLayout *self,
          ItemKind   kind)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  g_ptr_array_add (self->page->items, item);
  return item;
}

void
hrp_layout_rule (HrpLayout *self,
                 double     x1,
                 double     y1,
                 double     x2,
                 double     y2)
{
  Item *item = add_item (self, ITEM_RULE);

  item->x = x1;
  item->y = y1;
  item->x2 = x2;
  item->y2 = y2;
}

void
hrp_layout_place (HrpLayout   *self,
                  PangoLayout *block,
                  double       x,
                  double       y)
{
  Item *item = add_item (self, ITEM_LAYOUT);

  item->layout = g_object_ref (block);
  item->x = x;
  item->y = y;
}

double
hrp_layout_body_left (HrpLayout *self)
{
  return HRP_MARGIN_LEFT;
}

double
hrp_layout_body_width (HrpLayout *self)
{
  return self->width - HRP_MARGIN_LEFT - HRP_MARGIN_RIGHT;
}

double
hrp_layout_body_bottom (HrpLayout *self)
{
  return self->height - HRP_MARGIN_BOTTOM;
}

void
hrp_layout_new_page_turned (HrpLayout *self,
                            gboolean   landscape)
{
  HrpLayoutPage *page = g_new0 (HrpLayoutPage, 1);

  page->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  page->landscape = landscape;
  g_ptr_array_add (self->pages, page);
  self->page = page;
  self->y = HRP_MARGIN_TOP;
  self->keep_page = 0;
  hrp_layout_get_page_size (self, self->pages->len - 1, &self->width, &self->height);
}

void
hrp_layout_new_page (HrpLayout *self)
{
  hrp_layout_new_page_turned (self, self->page != NULL && self->page->landscape);
}

/* }}} */

/* Text {{{ */

const char *
hrp_report_get_font_family (void)
{
  static const char *family = NULL;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      static const char *wanted[] = { "TH Sarabun New", "TH SarabunPSK", "Sarabun", "Laksaman" };
      PangoFontMap *map = pango_cairo_font_map_get_default ();
      PangoFontFamily **families = NULL;
      const char *found = "Sans";
      int n = 0;

      pango_font_map_list_families (map, &families, &n);
      for (guint w = 0; w < G_N_ELEMENTS (wanted) && g_str_equal (found, "Sans"); w++)
        for (int i = 0; i < n; i++)
          if (g_ascii_strcasecmp (pango_font_family_get_name (families[i]), wanted[w]) == 0)
            {
              found = wanted[w];
              break;
            }
      g_free (families);
      family = found;
      g_once_init_leave (&once, 1);
    }

  return family;
}

static char *
printed_text (HrpLayout  *self,
              const char *text)
{
  return self->thai_digits ? hrp_arabic_digits_to_thai (text ? text : "")
                           : g_strdup (text ? text : "");
}

PangoLayout *
hrp_layout_block (HrpLayout      *self,
                  const char     *text,
                  double          size,
                  gboolean        bold,
                  double          width,
                  PangoAlignment  alignment,
                  double          indent)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_new ();
  g_autofree char *printed = printed_text (self, text);

  pango_font_description_set_family (font, hrp_report_get_font_family ());
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_text (layout, printed, -1);

  return layout;
}

double
hrp_layout_block_height (PangoLayout *block)
{
  int height;

  pango_layout_get_size (block, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
hrp_layout_first_line_height (PangoLayout *block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block);
  PangoRectangle rect;

  pango_layout_iter_get_line_extents (iter, NULL, &rect);
  pango_layout_iter_free (iter);
  return (double) rect.height / PANGO_SCALE;
}

/* The width of text on one line, bold. */
double
hrp_layout_bold_width (HrpLayout  *self,
                       const char *text,
                       double      size)
{
  g_autoptr(PangoLayout) layout = hrp_layout_block (self, text, size, TRUE, -1, PANGO_ALIGN_LEFT, 0);
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

PangoLayout *
hrp_layout_unbroken (HrpLayout  *self,
                     const char *text,
                     double      size,
                     gboolean    bold)
{
  PangoLayout *block = hrp_layout_block (self, text, size, bold, -1, PANGO_ALIGN_LEFT, 0);

  pango_layout_set_width (block, -1);
  return block;
}

double
hrp_layout_block_width (PangoLayout *block)
{
  int width;

  pango_layout_get_size (block, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* A tick, "✓": the report's fonts have none, so from a symbol font. */
void
hrp_layout_tick (HrpLayout *self,
                 double     x,
                 double     y)
{
  g_autoptr(PangoLayout) tick = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans,Segoe UI Symbol,Noto Sans Symbols2");
  PangoRectangle ink;

  pango_font_description_set_absolute_size (font, 11 * PANGO_SCALE);
  pango_layout_set_font_description (tick, font);
  pango_font_description_free (font);
  pango_layout_set_text (tick, "✓", -1);
  pango_layout_get_extents (tick, &ink, NULL);
  hrp_layout_place (self, tick, x - (ink.x + ink.width / 2.0) / PANGO_SCALE,
                    y - (ink.y + ink.height / 2.0) / PANGO_SCALE);
}

/* Moves the headings kept with what follows (and all after them) to a
 * new page, turned as this one; FALSE when there are none, or they
 * already open the page. */
static gboolean
move_kept (HrpLayout *self)
{
  HrpLayoutPage *from = self->page;
  double shift, y = self->y;

  if (self->keep_page != self->pages->len || self->keep_y <= HRP_MARGIN_TOP)
    return FALSE;

  shift = HRP_MARGIN_TOP - self->keep_y;
  hrp_layout_new_page (self);
  while (from->items->len > self->keep_item)
    {
      Item *item = g_ptr_array_steal_index (from->items, self->keep_item);

      item->y += shift;
      if (item->kind == ITEM_RULE)
        item->y2 += shift;
      g_ptr_array_add (self->page->items, item);
    }
  self->y = y + shift;
  /* Still kept, now at the top of their page. */
  self->keep_page = self->pages->len;
  self->keep_item = 0;
  self->keep_y = HRP_MARGIN_TOP;
  return TRUE;
}

/* Places block's lines at x from the current y, going on to the next
 * page where it must. */
void
hrp_layout_flow (HrpLayout   *self,
                 PangoLayout *block,
                 double       x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block);
  int line = 0;

  do
    {
      PangoRectangle rect;
      double top, height, baseline;
      Item *item;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      top = (double) rect.y / PANGO_SCALE;
      height = (double) rect.height / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      if (self->y + height > hrp_layout_body_bottom (self) && self->y > HRP_MARGIN_TOP)
        {
          /* The headings before this line go with it. */
          if (!move_kept (self) || self->y + height > hrp_layout_body_bottom (self))
            hrp_layout_new_page (self);
        }

      item = add_item (self, ITEM_LINE);
      item->layout = g_object_ref (block);
      item->line = line;
      item->x = x + (double) rect.x / PANGO_SCALE;
      item->y = self->y + (baseline - top);
      self->y += height;
      line++;
      /* A heading is followed by text now. */
      if (!self->in_heading)
        self->keep_page = 0;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* The paragraphs of text: its lines, stripped, the empty ones left out. */
static GStrv
paragraphs_of (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv paragraphs;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);
  paragraphs = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return paragraphs;
}

void
hrp_layout_paragraph (HrpLayout               *self,
                      const char              *text,
                      const HrpParagraphStyle *style)
{
  /* A new line in the text starts a paragraph of its own. */
  g_auto(GStrv) paragraphs = paragraphs_of (text);

  if (paragraphs[0] == NULL)
    return;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) block = hrp_layout_block (self, paragraphs[i], style->size, style->bold,
                                                       hrp_layout_body_width (self) - style->left,
                                                       style->alignment, style->indent);

      hrp_layout_flow (self, block, hrp_layout_body_left (self) + style->left);
    }
  self->y += style->space_after;
}

/* A heading stays with what follows: it moves to the next page when it
 * and two lines of body text do not fit, or when the text after it
 * starts on the next page (move_kept ()). */
static void
heading (HrpLayout  *self,
         const char *text,
         double      size,
         double      left,
         double      space_before)
{
  g_autoptr(PangoLayout) block = hrp_layout_block (self, text, size, TRUE, hrp_layout_body_width (self) - left,
                                                   PANGO_ALIGN_LEFT, 0);
  double needed = hrp_layout_block_height (block) + 2 * hrp_layout_first_line_height (block);

  if (self->y > HRP_MARGIN_TOP)
    self->y += space_before;
  if (self->y + needed > hrp_layout_body_bottom (self) && self->y > HRP_MARGIN_TOP)
    {
      /* With the headings before it, if any. */
      if (!move_kept (self) || self->y + needed > hrp_layout_body_bottom (self))
        hrp_layout_new_page (self);
    }

  /* Headings in a row are kept together, from the first. */
  if (self->keep_page == 0)
    {
      self->keep_page = self->pages->len;
      self->keep_item = self->page->items->len;
      self->keep_y = self->y;
    }
  self->in_heading = TRUE;
  hrp_layout_flow (self, block, hrp_layout_body_left (self) + left);
  self->in_heading = FALSE;
}

void
hrp_layout_heading (HrpLayout  *self,
                    const char *text,
                    double      size,
                    double      space_before)
{
  heading (self, text, size, 0, space_before);
  self->y += 2;
}

void
hrp_layout_subheading (HrpLayout  *self,
                       const char *text,
                       double      size,
                       double      left)
{
  heading (self, text, size, left, 0);
}

/* The unit of a title starting at text: up to the next space, and
 * "พ.ศ." with the year after it. */
static const char *
unit_end (const char *text)
{
  const char *end = text;

  while (*end != '\0' && *end != ' ')
    end++;
  if (end - text >= (gssize) strlen ("พ.ศ.") && strncmp (end - strlen ("พ.ศ."), "พ.ศ.", strlen ("พ.ศ.")) == 0
      && *end == ' ' && end[1] != '\0')
    return unit_end (end + 1);
  return end;
}

/* The lines that units of these widths take, a space between two on a
 * line, at most width wide: filled one after the other, as Pango fills
 * them when it may break only between units. */
static guint
packed_lines (GArray *units,
              double  space,
              double  width)
{
  guint lines = 1;
  double used = 0;

  for (guint i = 0; i < units->len; i++)
    {
      double unit = g_array_index (units, double, i);

      if (used > 0 && used + space + unit > width)
        {
          lines++;
          used = unit;
        }
      else
        used += (used > 0 ? space : 0) + unit;
    }
  return lines;
}

void
hrp_layout_title (HrpLayout  *self,
                  const char *text,
                  double      size,
                  double      space_after)
{
  g_auto(GStrv) parts = paragraphs_of (text);

  if (parts[0] == NULL)
    return;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      double width = hrp_layout_body_width (self);
      double balanced = width;
      g_autoptr(PangoLayout) block = NULL;
      g_autoptr(PangoLayout) alone = NULL;
      g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (double));
      PangoAttrList *attributes = pango_attr_list_new ();
      gboolean all_fit = TRUE;
      const char *printed;
      double space;

      block = hrp_layout_block (self, parts[i], size, TRUE, width, PANGO_ALIGN_CENTER, 0);
      printed = pango_layout_get_text (block);
      alone = hrp_layout_unbroken (self, " ", size, TRUE);
      space = hrp_layout_block_width (alone);

      /* No break inside a unit that fits on a line. */
      for (const char *unit = printed; *unit != '\0';)
        {
          const char *end = unit_end (unit);
          double unit_width;

          pango_layout_set_text (alone, unit, end - unit);
          unit_width = hrp_layout_block_width (alone);
          g_array_append_val (units, unit_width);
          if (unit_width <= width)
            {
              PangoAttribute *attribute = pango_attr_allow_breaks_new (FALSE);

              attribute->start_index = unit - printed;
              attribute->end_index = end - printed;
              pango_attr_list_insert (attributes, attribute);
            }
          else
            all_fit = FALSE;
          unit = *end == ' ' ? end + 1 : end;
        }
      pango_layout_set_attributes (block, attributes);
      pango_attr_list_unref (attributes);

      /* Balanced: as narrow as it can be on as few lines (reckoned from
       * the units' widths, not laid out again and again). */
      if (all_fit && units->len > 1)
        {
          guint lines = packed_lines (units, space, width);
          double low = 0, high = width;

          if (lines > 1)
            {
              while (high - low > 0.5)
                {
                  double middle = (low + high) / 2;

                  if (packed_lines (units, space, middle) > lines)
                    low = middle;
                  else
                    high = middle;
                }
              /* Pango's own reckoning has the last word: a little wider
               * until it agrees. */
              for (double slack = 1; ; slack *= 2)
                {
                  balanced = MIN (width, high + slack);
                  pango_layout_set_width (block, (int) (balanced * PANGO_SCALE));
                  if (balanced >= width || pango_layout_get_line_count (block) <= (int) lines)
                    break;
                }
            }
        }
      hrp_layout_flow (self, block, hrp_layout_body_left (self) + (width - balanced) / 2);
    }
  self->y += space_after;
}

/* }}} */

/* Table cells {{{ */

/* The width of the text in the cell spanning columns first to last. */
double
hrp_layout_cell_width (const HrpLayoutColumns *columns,
                       guint                   first,
                       guint                   last)
{
  return columns->x[last + 1] - columns->x[first] - 2 * HRP_CELL_PAD;
}

void
hrp_layout_place_cell (HrpLayout              *self,
                       const HrpLayoutColumns *columns,
                       guint                   column,
                       double                  top,
                       PangoLayout            *cell)
{
  hrp_layout_place (self, cell, columns->x[column] + HRP_CELL_PAD, top + HRP_CELL_PAD);
}

/* }}} */

/* Page numbers, drawing, PDF {{{ */

/* The layout is done: the pages are numbered from the second on, centred
 * at the top, in Thai digits ("-๒-"). */
void
hrp_layout_finish (HrpLayout *self)
{
  for (guint i = 1; i < self->pages->len; i++)
    {
      g_autofree char *arabic = g_strdup_printf ("-%u-", i + 1);
      /* Page numbers are written in Thai digits: "-๒-". */
      g_autofree char *thai = hrp_arabic_digits_to_thai (arabic);
      PangoLayout *layout = pango_layout_new (self->context);
      PangoFontDescription *font = pango_font_description_new ();
      Item *item = g_new0 (Item, 1);
      double page_width;
      int width;

      hrp_layout_get_page_size (self, i, &page_width, NULL);
      pango_font_description_set_family (font, hrp_report_get_font_family ());
      pango_font_description_set_absolute_size (font, HRP_BODY_SIZE * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_text (layout, thai, -1);
      pango_layout_get_size (layout, &width, NULL);

      item->kind = ITEM_LAYOUT;
      item->layout = layout;
      item->x = (page_width - (double) width / PANGO_SCALE) / 2;
      item->y = 1.2 * HRP_CM;
      /* First on the page, as it is read. */
      g_ptr_array_insert (((HrpLayoutPage *) g_ptr_array_index (self->pages, i))->items, 0, item);
    }
  self->page = NULL;
}

void
hrp_layout_draw_page (HrpLayout *self,
                      cairo_t   *cr,
                      guint      page_number)
{
  HrpLayoutPage *page;

  g_return_if_fail (page_number < self->pages->len);

  page = g_ptr_array_index (self->pages, page_number);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, RULE_WIDTH);
  for (guint i = 0; i < page->items->len; i++)
    {
      Item *item = g_ptr_array_index (page->items, i);

      switch (item->kind)
        {
        case ITEM_LINE:
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (item->layout, item->line));
          break;

        case ITEM_LAYOUT:
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout (cr, item->layout);
          break;

        case ITEM_RULE:
        default:
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x2, item->y2);
          cairo_stroke (cr);
          break;
        }
    }
  cairo_restore (cr);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The pages as a PDF, with its title and author. */
GBytes *
hrp_layout_to_pdf (HrpLayout     *self,
                   const char    *title,
                   const char    *author,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, self->paper_width, self->paper_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "HR Plan " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      double width, height;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return NULL;
        }
      /* One PDF, pages either way round. */
      hrp_layout_get_page_size (self, i, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      hrp_layout_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* }}} */

