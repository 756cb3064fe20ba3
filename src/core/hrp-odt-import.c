/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-odt-import.c — last year's .odt read by its structure
 *
 * content.xml is walked paragraph by paragraph and table by table:
 * text:h and paragraphs whose style is a heading or bold are headings;
 * lists are numbered as their list style shows them; text:s is a space,
 * text:tab a tab (columns laid out with tabs are told in
 * hrp-word-import.c), text:line-break a line break; the tracked changes'
 * region (where the deleted text lives) is left out, the insertions stay
 * where they are; tables are read cell by cell, with their spans and
 * covered cells.  Frames (text boxes, drawings), notes, indexes, headers
 * and footers are left out.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-word-import.h"

#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE  "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_FO     "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define MAX_LEVELS 10
#define MAX_REPEAT 64

typedef struct {
  gboolean heading;
  int      bold;      /* -1: not said */
  char    *parent;
} Style;

typedef struct {
  HrpWordLines *lines;
  GHashTable   *styles;      /* name → Style (paragraph and text) */
  GHashTable   *lists;       /* list style name → its element */
  GHashTable   *counters;    /* list style name → guint[MAX_LEVELS] */
} Odt;

static void
style_free (Style *style)
{
  g_free (style->parent);
  g_free (style);
}

static gboolean
is (xmlNodePtr  node,
    const char *ns,
    const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL
         && strcmp ((const char *) node->ns->href, ns) == 0 && strcmp ((const char *) node->name, name) == 0;
}

static guint
attr_count (xmlNodePtr  node,
            const char *ns,
            const char *name,
            guint       max)
{
  g_autofree char *value = _hrp_word_attr (node, ns, name);
  guint64 n;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, max, &n, NULL))
    return 1;
  return (guint) n;
}

/* Styles {{{ */

static gboolean
weight_bold (const char *weight)
{
  return weight != NULL && (strcmp (weight, "bold") == 0 || strcmp (weight, "600") == 0
                            || strcmp (weight, "700") == 0 || strcmp (weight, "800") == 0
                            || strcmp (weight, "900") == 0);
}

static void
read_styles (Odt        *o,
             xmlNodePtr  container)
{
  for (xmlNodePtr s = container != NULL ? container->children : NULL; s != NULL; s = s->next)
    {
      g_autofree char *name = _hrp_word_attr (s, NS_STYLE, "name");
      g_autofree char *display = _hrp_word_attr (s, NS_STYLE, "display-name");
      g_autofree char *outline = _hrp_word_attr (s, NS_STYLE, "default-outline-level");
      Style *style;

      if (is (s, NS_TEXT, "list-style") && name != NULL)
        {
          g_hash_table_replace (o->lists, g_steal_pointer (&name), s);
          continue;
        }
      if (!is (s, NS_STYLE, "style") || name == NULL)
        continue;
      style = g_new0 (Style, 1);
      style->bold = -1;
      style->heading = outline != NULL || g_str_has_prefix (name, "Heading") || g_str_has_prefix (name, "Title")
                       || (display != NULL && (g_str_has_prefix (display, "Heading") || g_str_has_prefix (display, "Title")));
      for (xmlNodePtr t = s->children; t != NULL; t = t->next)
        if (is (t, NS_STYLE, "text-properties"))
          {
            g_autofree char *weight = _hrp_word_attr (t, NS_FO, "font-weight");
            g_autofree char *complex = _hrp_word_attr (t, NS_STYLE, "font-weight-complex");

            /* Thai is complex text: its weight says */
            if (complex != NULL || weight != NULL)
              style->bold = weight_bold (complex != NULL ? complex : weight);
          }
      style->parent = _hrp_word_attr (s, NS_STYLE, "parent-style-name");
      g_hash_table_replace (o->styles, g_steal_pointer (&name), style);
    }
}

static void
style_props (Odt        *o,
             const char *name,
             gboolean   *heading,
             int        *bold)
{
  for (guint depth = 0; name != NULL && depth < 16; depth++)
    {
      Style *style = g_hash_table_lookup (o->styles, name);

      if (style == NULL)
        return;
      if (heading != NULL)
        *heading |= style->heading;
      if (*bold < 0)
        *bold = style->bold;
      name = style->parent;
    }
}

/* }}} */

/* Paragraphs {{{ */

typedef struct {
  GString  *text;
  gboolean  all_bold;
  gboolean  any_text;
} Para;

static void
add_text (Para       *para,
          const char *text,
          gboolean    bold)
{
  gsize from = para->text->len;

  /* A tab typed in the text is white space; text:tab is the tab */
  g_string_append (para->text, text);
  g_strdelimit (para->text->str + from, "\t", ' ');
  _hrp_word_run_added (text, bold, &para->any_text, &para->all_bold);
}

static void
inline_content (Odt        *o,
                xmlNodePtr  node,
                Para       *para,
                gboolean    bold,
                guint       depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          add_text (para, (const char *) c->content, bold);
          continue;
        }
      if (c->type != XML_ELEMENT_NODE || c->ns == NULL || strcmp ((const char *) c->ns->href, NS_TEXT) != 0)
        continue;   /* frames, annotations */
      if (is (c, NS_TEXT, "s"))
        g_string_append_c (para->text, ' ');
      else if (is (c, NS_TEXT, "tab"))
        g_string_append_c (para->text, '\t');
      else if (is (c, NS_TEXT, "line-break"))
        g_string_append_c (para->text, '\n');
      else if (is (c, NS_TEXT, "note") || is (c, NS_TEXT, "tracked-changes") || is (c, NS_TEXT, "ruby-text"))
        continue;
      else if (depth < 32)
        {
          /* Spans, links, fields (their text is their result) */
          g_autofree char *style = _hrp_word_attr (c, NS_TEXT, "style-name");
          int span_bold = -1;

          style_props (o, style, NULL, &span_bold);
          inline_content (o, c, para, span_bold >= 0 ? span_bold : bold, depth + 1);
        }
    }
}

/* A paragraph's or heading's text; *heading from its kind, its style or
 * its bold text. */
static char *
paragraph_text (Odt        *o,
                xmlNodePtr  p,
                gboolean   *heading)
{
  g_autofree char *style = _hrp_word_attr (p, NS_TEXT, "style-name");
  Para para = { g_string_new (NULL), TRUE, FALSE };
  gboolean styled = is (p, NS_TEXT, "h");
  int bold = -1;

  style_props (o, style, &styled, &bold);
  inline_content (o, p, &para, bold > 0, 0);
  *heading = styled || (para.any_text && para.all_bold);
  _hrp_word_lines_paragraph_read (o->lines);
  return g_string_free (para.text, FALSE);
}

/* "1." before an item at level (1-based) of the list style */
static char *
list_label (Odt        *o,
            const char *list_style,
            guint       level)
{
  xmlNodePtr style = list_style != NULL ? g_hash_table_lookup (o->lists, list_style) : NULL;
  guint *counters = list_style != NULL ? g_hash_table_lookup (o->counters, list_style) : NULL;
  xmlNodePtr lvl = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  GString *out;
  guint shown;

  for (xmlNodePtr l = style != NULL ? style->children : NULL; l != NULL && lvl == NULL; l = l->next)
    if (l->type == XML_ELEMENT_NODE && attr_count (l, NS_TEXT, "level", MAX_LEVELS) == level)
      lvl = l;
  if (lvl == NULL || counters == NULL)
    return g_strdup ("");
  if (is (lvl, NS_TEXT, "list-level-style-bullet"))
    return g_strdup ("•");
  if (!is (lvl, NS_TEXT, "list-level-style-number"))
    return g_strdup ("");
  prefix = _hrp_word_attr (lvl, NS_STYLE, "num-prefix");
  suffix = _hrp_word_attr (lvl, NS_STYLE, "num-suffix");
  shown = MIN (attr_count (lvl, NS_TEXT, "display-levels", MAX_LEVELS), level);
  out = g_string_new (prefix);
  for (guint l = level - shown + 1; l <= level; l++)
    {
      xmlNodePtr at = NULL;
      g_autofree char *format = NULL;
      g_autofree char *number = NULL;
      guint start;

      for (xmlNodePtr k = style->children; k != NULL && at == NULL; k = k->next)
        if (k->type == XML_ELEMENT_NODE && attr_count (k, NS_TEXT, "level", MAX_LEVELS) == l)
          at = k;
      format = _hrp_word_attr (at, NS_STYLE, "num-format");
      start = attr_count (at, NS_TEXT, "start-value", G_MAXINT);
      number = _hrp_word_format_number (format, start + counters[l - 1] - 1);
      if (l > level - shown + 1)
        g_string_append_c (out, '.');
      g_string_append (out, number);
    }
  if (suffix != NULL)
    g_string_append (out, suffix);
  return g_string_free (out, FALSE);
}

static gboolean
blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static void block_content (Odt *o, xmlNodePtr node, GString *cell, const char *list_style, guint level, guint depth);

static void
paragraph (Odt        *o,
           xmlNodePtr  p,
           GString    *cell,
           const char *label)
{
  gboolean heading;
  g_autofree char *text = paragraph_text (o, p, &heading);

  if (label != NULL && *label != '\0' && !blank (text))
    {
      char *labelled = g_strconcat (label, " ", text, NULL);

      g_free (text);
      text = labelled;
    }
  if (cell != NULL)
    {
      /* Each after a newline, an empty one too: the cell's first is
       * taken off when it is done */
      g_string_append_c (cell, '\n');
      g_string_append (cell, text);
    }
  else
    _hrp_word_paragraph (o->lines, text, heading);
}

static void
list (Odt        *o,
      xmlNodePtr  node,
      GString    *cell,
      const char *list_style,
      guint       level,
      guint       depth)
{
  g_autofree char *own = _hrp_word_attr (node, NS_TEXT, "style-name");
  g_autofree char *continues = _hrp_word_attr (node, NS_TEXT, "continue-numbering");
  g_autofree char *continue_list = _hrp_word_attr (node, NS_TEXT, "continue-list");
  const char *style = own != NULL ? own : list_style;
  guint *counters = NULL;

  level = MIN (level + 1, MAX_LEVELS);
  if (style != NULL)
    {
      counters = g_hash_table_lookup (o->counters, style);
      if (counters == NULL)
        {
          counters = g_new0 (guint, MAX_LEVELS);
          g_hash_table_insert (o->counters, g_strdup (style), counters);
        }
      /* A new list at the top starts again */
      if (level == 1 && g_strcmp0 (continues, "true") != 0 && continue_list == NULL)
        memset (counters, 0, MAX_LEVELS * sizeof (guint));
    }
  for (xmlNodePtr item = node->children; item != NULL; item = item->next)
    {
      g_autofree char *label = NULL;
      gboolean first = TRUE;

      if (!is (item, NS_TEXT, "list-item") && !is (item, NS_TEXT, "list-header"))
        continue;
      if (is (item, NS_TEXT, "list-item") && counters != NULL)
        {
          g_autofree char *start = _hrp_word_attr (item, NS_TEXT, "start-value");
          guint64 n;

          if (start != NULL && g_ascii_string_to_unsigned (start, 10, 1, 100000, &n, NULL))
            counters[level - 1] = (guint) n - 1;
          counters[level - 1]++;
          for (guint l = level; l < MAX_LEVELS; l++)
            counters[l] = 0;
          label = list_label (o, style, level);
        }
      for (xmlNodePtr c = item->children; c != NULL; c = c->next)
        {
          if (is (c, NS_TEXT, "p") || is (c, NS_TEXT, "h"))
            {
              paragraph (o, c, cell, first ? label : NULL);
              first = FALSE;
            }
          else if (is (c, NS_TEXT, "list") && depth < 32)
            list (o, c, cell, style, level, depth + 1);
        }
    }
}

/* }}} */

/* Tables and the body {{{ */

static void
table (Odt        *o,
       xmlNodePtr  node,
       guint       depth);

static void
table_rows (Odt        *o,
            xmlNodePtr  node,
            guint       depth)
{
  for (xmlNodePtr row = node->children; row != NULL; row = row->next)
    {
      guint repeat;

      if (depth < 8 && (is (row, NS_TABLE, "table-header-rows") || is (row, NS_TABLE, "table-rows")
                        || is (row, NS_TABLE, "table-row-group")))
        {
          table_rows (o, row, depth + 1);
          continue;
        }
      if (!is (row, NS_TABLE, "table-row"))
        continue;
      repeat = attr_count (row, NS_TABLE, "number-rows-repeated", MAX_REPEAT);
      for (guint r = 0; r < repeat; r++)
        {
          guint column = 0;

          _hrp_word_row_start (o->lines);
          for (xmlNodePtr c = row->children; c != NULL; c = c->next)
            {
              guint cells = attr_count (c, NS_TABLE, "number-columns-repeated", MAX_REPEAT);

              for (guint k = 0; k < cells; k++)
                {
                  if (is (c, NS_TABLE, "table-cell"))
                    {
                      g_autoptr(GString) text = g_string_new (NULL);

                      block_content (o, c, text, NULL, 0, 0);
                      _hrp_word_cell (o->lines, column, attr_count (c, NS_TABLE, "number-columns-spanned", 64),
                                      text->str + (text->len > 0));
                    }
                  else if (is (c, NS_TABLE, "covered-table-cell"))
                    _hrp_word_cell (o->lines, column, 1, NULL);
                  else
                    break;
                  column++;
                }
            }
        }
    }
}

static void
table (Odt        *o,
       xmlNodePtr  node,
       guint       depth)
{
  _hrp_word_table_start (o->lines);
  table_rows (o, node, depth);
  _hrp_word_table_end (o->lines);
}

/* Paragraphs, lists, tables and sections: lines of the document, or of
 * a cell when cell is not NULL (a table in a cell, its cells' lines) */
static void
block_content (Odt        *o,
               xmlNodePtr  node,
               GString    *cell,
               const char *list_style,
               guint       level,
               guint       depth)
{
  for (xmlNodePtr c = node->children; c != NULL && !_hrp_word_lines_cancelled (o->lines); c = c->next)
    {
      if (is (c, NS_TEXT, "p") || is (c, NS_TEXT, "h"))
        paragraph (o, c, cell, NULL);
      else if (is (c, NS_TEXT, "list") && depth < 32)
        list (o, c, cell, list_style, level, depth + 1);
      else if (is (c, NS_TABLE, "table") && cell == NULL)
        table (o, c, 0);
      else if (depth < 32 && (is (c, NS_TABLE, "table") || is (c, NS_TABLE, "table-header-rows")
                              || is (c, NS_TABLE, "table-rows") || is (c, NS_TABLE, "table-row")
                              || is (c, NS_TABLE, "table-cell")))
        block_content (o, c, cell, list_style, level, depth + 1);
      else if (depth < 32 && (is (c, NS_TEXT, "section") || is (c, NS_TEXT, "soft-page-break")))
        block_content (o, c, cell, list_style, level, depth + 1);
      /* text:tracked-changes (the deleted text), indexes, frames: nothing */
    }
}

/* }}} */

gboolean
_hrp_odt_read (HrpZipReader       *zip,
               const HrpImportJob *job,
               HrpWordLines       *lines,
               GError            **error)
{
  Odt o = { lines };
  xmlDocPtr styles = NULL, content = NULL;
  xmlNodePtr root, text = NULL;
  gboolean ok = FALSE;
  GError *local = NULL;

  o.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) style_free);
  o.lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  o.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  styles = hrp_zip_reader_xml (zip, "styles.xml", FALSE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      goto out;
    }
  _hrp_import_job_progress (job, 1, 3);
  content = hrp_zip_reader_xml (zip, "content.xml", TRUE, error);
  if (content == NULL)
    goto out;
  _hrp_import_job_progress (job, 2, 3);
  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    goto out;

  for (int part = 0; part < 2; part++)
    {
      xmlNodePtr top = xmlDocGetRootElement (part == 0 ? styles : content);

      for (xmlNodePtr c = top != NULL ? top->children : NULL; c != NULL; c = c->next)
        if (is (c, NS_OFFICE, "styles") || is (c, NS_OFFICE, "automatic-styles"))
          read_styles (&o, c);
    }
  root = xmlDocGetRootElement (content);
  for (xmlNodePtr c = is (root, NS_OFFICE, "document-content") ? root->children : NULL; c != NULL; c = c->next)
    if (is (c, NS_OFFICE, "body"))
      for (xmlNodePtr b = c->children; b != NULL; b = b->next)
        if (is (b, NS_OFFICE, "text"))
          text = b;
  if (text == NULL)
    {
      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_MISSING_PART,
                   _("“%s” has no text in its content (content.xml): it is not a complete OpenDocument text"),
                   job->display_name);
      goto out;
    }
  block_content (&o, text, NULL, NULL, 0, 0);
  ok = TRUE;

out:
  g_hash_table_unref (o.styles);
  g_hash_table_unref (o.lists);
  g_hash_table_unref (o.counters);
  xmlFreeDoc (content);
  xmlFreeDoc (styles);
  return ok;
}
