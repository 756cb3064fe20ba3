/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-docx-import.c — last year's .docx read by its structure
 *
 * word/document.xml (found through the package's relationships) is
 * walked paragraph by paragraph and table by table.  Word's ways are
 * undone: a word split over several runs is joined again; of tracked
 * changes the insertions are kept and the deletions and moved-away text
 * dropped; a field gives its result, never its instruction; a tab is
 * kept, for the lines to tell columns laid out with tabs from a space
 * (hrp-word-import.c); a Wingdings tick (w:sym) is a tick; a line
 * break inside a cell is a line of the cell.  Headings come from the
 * paragraph's style (Heading n, Title, an outline level) or its bold
 * text, numbers from numbering.xml as the list shows them.  Text boxes,
 * drawings, headers and footers are the page's furniture and left out.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hrp-word-import.h"

#define NS_W        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MAX_LEVELS  9

typedef struct {
  gboolean heading;
  int      bold;       /* -1: not said */
  char    *num_id;     /* NULL: not said */
  int      ilvl;
  char    *based_on;
} Style;

typedef struct {
  int count[MAX_LEVELS];   /* items so far at each level (shown: start + count - 1) */
} Counters;

typedef struct {
  HrpZipReader  *zip;
  HrpWordLines  *lines;
  GHashTable    *styles;       /* styleId → Style */
  GHashTable    *nums;         /* numId → its w:num */
  GHashTable    *abstracts;    /* abstractNumId → its w:abstractNum */
  GHashTable    *counters;     /* abstractNumId → Counters */
  GHashTable    *restarted;    /* numId already started over */
  GArray        *fields;       /* gboolean: TRUE once past "separate" */
} Docx;

static void
style_free (Style *style)
{
  g_free (style->num_id);
  g_free (style->based_on);
  g_free (style);
}

/* XML {{{ */

static gboolean
is_w (xmlNodePtr  node,
      const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL
         && (strcmp ((const char *) node->ns->href, NS_W) == 0
             || strcmp ((const char *) node->ns->href, NS_W_STRICT) == 0)
         && strcmp ((const char *) node->name, name) == 0;
}

static xmlNodePtr
child (xmlNodePtr  node,
       const char *name)
{
  for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (is_w (c, name))
      return c;
  return NULL;
}

/* An attribute by its local name, whatever its namespace */
static char *
attr (xmlNodePtr  node,
      const char *name)
{
  return _hrp_word_attr (node, NULL, name);
}

static int
attr_int (xmlNodePtr  node,
          const char *name,
          int         fallback)
{
  g_autofree char *value = attr (node, name);
  gint64 n;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, -1000000, 1000000, &n, NULL))
    return fallback;
  return (int) n;
}

/* An on/off property (w:b, w:vanish): there and not "0", "false", "off" */
static int
on_off (xmlNodePtr  props,
        const char *name)
{
  xmlNodePtr node = child (props, name);
  g_autofree char *value = NULL;

  if (node == NULL)
    return -1;
  value = attr (node, "val");
  return value == NULL || !(strcmp (value, "0") == 0 || strcmp (value, "false") == 0 || strcmp (value, "off") == 0);
}

/* }}} */

/* Styles and numbering {{{ */

static void
read_styles (Docx      *d,
             xmlDocPtr  doc)
{
  xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNodePtr s = root != NULL ? root->children : NULL; s != NULL; s = s->next)
    {
      Style *style;
      g_autofree char *id = NULL;
      g_autofree char *raw_name = NULL;
      g_autofree char *name = NULL;
      xmlNodePtr ppr, numpr;

      if (!is_w (s, "style"))
        continue;
      id = attr (s, "styleId");
      if (id == NULL)
        continue;
      style = g_new0 (Style, 1);
      raw_name = attr (child (s, "name"), "val");
      name = g_ascii_strdown (raw_name != NULL ? raw_name : "", -1);
      ppr = child (s, "pPr");
      style->heading = g_str_has_prefix (name, "heading") || strcmp (name, "title") == 0
                       || (child (ppr, "outlineLvl") != NULL && attr_int (child (ppr, "outlineLvl"), "val", 9) < 9);
      style->bold = on_off (child (s, "rPr"), "b");
      numpr = child (ppr, "numPr");
      if (numpr != NULL)
        {
          style->num_id = attr (child (numpr, "numId"), "val");
          style->ilvl = attr_int (child (numpr, "ilvl"), "val", 0);
        }
      style->based_on = attr (child (s, "basedOn"), "val");
      g_hash_table_replace (d->styles, g_steal_pointer (&id), style);
    }
}

/* What a style says, with what the styles it is based on say */
static void
style_props (Docx       *d,
             const char *id,
             gboolean   *heading,
             int        *bold,
             char      **num_id,
             int        *ilvl)
{
  for (guint depth = 0; id != NULL && depth < 16; depth++)
    {
      Style *style = g_hash_table_lookup (d->styles, id);

      if (style == NULL)
        {
          /* No styles part: Word's own names */
          if (depth == 0 && heading != NULL)
            *heading |= g_str_has_prefix (id, "Heading") || strcmp (id, "Title") == 0;
          return;
        }
      if (heading != NULL)
        *heading |= style->heading;
      if (bold != NULL && *bold < 0)
        *bold = style->bold;
      if (num_id != NULL && *num_id == NULL && style->num_id != NULL)
        {
          *num_id = style->num_id;
          *ilvl = style->ilvl;
        }
      id = style->based_on;
    }
}

static void
read_numbering (Docx      *d,
                xmlDocPtr  doc)
{
  xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNodePtr n = root != NULL ? root->children : NULL; n != NULL; n = n->next)
    {
      if (is_w (n, "abstractNum"))
        g_hash_table_replace (d->abstracts, attr (n, "abstractNumId") ?: g_strdup (""), n);
      else if (is_w (n, "num"))
        g_hash_table_replace (d->nums, attr (n, "numId") ?: g_strdup (""), n);
    }
}

static xmlNodePtr
level (xmlNodePtr abstract,
       int        ilvl)
{
  for (xmlNodePtr l = abstract != NULL ? abstract->children : NULL; l != NULL; l = l->next)
    if (is_w (l, "lvl") && attr_int (l, "ilvl", -1) == ilvl)
      return l;
  return NULL;
}

/* "1." before item of list num_id at level ilvl, as Word shows it */
static char *
list_number (Docx       *d,
             const char *num_id,
             int         ilvl)
{
  xmlNodePtr num = g_hash_table_lookup (d->nums, num_id);
  g_autofree char *abstract_id = attr (child (num, "abstractNumId"), "val");
  xmlNodePtr abstract = abstract_id != NULL ? g_hash_table_lookup (d->abstracts, abstract_id) : NULL;
  xmlNodePtr lvl = level (abstract, ilvl);
  g_autofree char *format = attr (child (lvl, "numFmt"), "val");
  g_autofree char *text = attr (child (lvl, "lvlText"), "val");
  Counters *counters;
  GString *out;

  if (lvl == NULL || ilvl < 0 || ilvl >= MAX_LEVELS)
    return g_strdup ("");
  counters = g_hash_table_lookup (d->counters, abstract_id);
  if (counters == NULL)
    {
      counters = g_new0 (Counters, 1);
      g_hash_table_insert (d->counters, g_strdup (abstract_id), counters);
    }
  /* A list started over (Restart Numbering): its own w:num with an
   * override of where it starts, the first time it is used */
  if (g_hash_table_add (d->restarted, g_strdup (num_id)))
    for (xmlNodePtr o = num->children; o != NULL; o = o->next)
      if (is_w (o, "lvlOverride") && child (o, "startOverride") != NULL)
        {
          int l = attr_int (o, "ilvl", -1);

          if (l >= 0 && l < MAX_LEVELS)
            counters->count[l] = attr_int (child (o, "startOverride"), "val", 1)
                                 - attr_int (child (level (abstract, l), "start"), "val", 1);
        }
  counters->count[ilvl]++;
  for (int l = ilvl + 1; l < MAX_LEVELS; l++)
    counters->count[l] = 0;

  if (format != NULL && strcmp (format, "bullet") == 0)
    return g_strdup ("•");
  out = g_string_new (NULL);
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int l = p[1] - '1';
          xmlNodePtr at = level (abstract, l);
          g_autofree char *at_format = attr (child (at, "numFmt"), "val");
          int start = attr_int (child (at, "start"), "val", 1);
          guint value = (guint) CLAMP (start + counters->count[l] - 1, 0, 1000000);
          g_autofree char *shown = _hrp_word_format_number (at_format, value);

          g_string_append (out, shown);
          p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* }}} */

/* Paragraphs {{{ */

typedef struct {
  GString  *text;
  int       style_bold;   /* the paragraph style's */
  gboolean  all_bold;     /* every run with text */
  gboolean  any_text;
} Para;

static gboolean
in_instruction (Docx *d)
{
  for (guint i = 0; i < d->fields->len; i++)
    if (!g_array_index (d->fields, gboolean, i))
      return TRUE;
  return FALSE;
}

/* A symbol font's character: Wingdings' ticks (ü, þ), Wingdings 2's (P, R)
 * and Symbol's √ are ticks; other symbols are nothing for a plan. */
static const char *
symbol (xmlNodePtr sym)
{
  g_autofree char *font = attr (sym, "font");
  g_autofree char *code = attr (sym, "char");
  guint64 c = 0;

  if (code == NULL || !g_ascii_string_to_unsigned (code, 16, 0, 0xFFFF, &c, NULL))
    return "";
  if (c >= 0xF000)
    c -= 0xF000;
  if (font != NULL && g_str_has_prefix (font, "Wingdings 2"))
    return c == 0x50 || c == 0x52 ? "✓" : "";
  if (font != NULL && g_str_has_prefix (font, "Wingdings"))
    return c == 0xFC || c == 0xFE ? "✓" : "";
  if (font != NULL && g_str_has_prefix (font, "Symbol"))
    return c == 0xD6 ? "✓" : "";
  return "";
}

static void
run (Docx       *d,
     xmlNodePtr  r,
     Para       *para)
{
  xmlNodePtr rpr = child (r, "rPr");
  int bold = on_off (rpr, "b");
  gsize before = para->text->len;

  if (on_off (rpr, "vanish") == 1)
    return;
  if (bold < 0)
    {
      g_autofree char *rstyle = attr (child (rpr, "rStyle"), "val");

      style_props (d, rstyle, NULL, &bold, NULL, NULL);
    }
  if (bold < 0)
    bold = para->style_bold > 0;

  for (xmlNodePtr c = r->children; c != NULL; c = c->next)
    {
      if (is_w (c, "fldChar"))
        {
          g_autofree char *type = attr (c, "fldCharType");

          if (g_strcmp0 (type, "begin") == 0)
            g_array_append_val (d->fields, (gboolean) { FALSE });
          else if (g_strcmp0 (type, "separate") == 0 && d->fields->len > 0)
            g_array_index (d->fields, gboolean, d->fields->len - 1) = TRUE;
          else if (g_strcmp0 (type, "end") == 0 && d->fields->len > 0)
            g_array_set_size (d->fields, d->fields->len - 1);
          continue;
        }
      if (in_instruction (d))
        continue;
      if (is_w (c, "t"))
        {
          xmlChar *content = xmlNodeGetContent (c);

          g_string_append (para->text, (const char *) content);
          xmlFree (content);
        }
      else if (is_w (c, "tab") || is_w (c, "ptab"))
        g_string_append_c (para->text, '\t');
      else if (is_w (c, "br"))
        {
          g_autofree char *type = attr (c, "type");

          if (type == NULL || strcmp (type, "textWrapping") == 0)
            g_string_append_c (para->text, '\n');
        }
      else if (is_w (c, "cr"))
        g_string_append_c (para->text, '\n');
      else if (is_w (c, "noBreakHyphen"))
        g_string_append_c (para->text, '-');
      else if (is_w (c, "sym"))
        g_string_append (para->text, symbol (c));
    }

  _hrp_word_run_added (para->text->str + before, bold, &para->any_text, &para->all_bold);
}

/* The runs of a paragraph, in the wrappers Word puts them in */
static void
runs (Docx       *d,
      xmlNodePtr  node,
      Para       *para,
      guint       depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (is_w (c, "r"))
        run (d, c, para);
      /* Insertions, moved-in text, links, fields' results, controls */
      else if (depth < 32 && (is_w (c, "ins") || is_w (c, "moveTo") || is_w (c, "hyperlink")
                              || is_w (c, "smartTag") || is_w (c, "customXml") || is_w (c, "fldSimple")
                              || is_w (c, "sdt") || is_w (c, "sdtContent") || is_w (c, "dir")
                              || is_w (c, "bdo")))
        runs (d, c, para, depth + 1);
      /* w:del, w:moveFrom, w:pPr, drawings and text boxes: nothing */
    }
}

/* The paragraph's text, its list number before it; *heading when its
 * style makes it one or all of it is bold. */
static char *
paragraph_text (Docx       *d,
                xmlNodePtr  p,
                gboolean   *heading)
{
  xmlNodePtr ppr = child (p, "pPr");
  xmlNodePtr numpr = child (ppr, "numPr");
  g_autofree char *style_id = attr (child (ppr, "pStyle"), "val");
  g_autofree char *num_id = attr (child (numpr, "numId"), "val");
  const char *list = num_id;
  int ilvl = attr_int (child (numpr, "ilvl"), "val", 0);
  gboolean styled = FALSE;
  Para para = { g_string_new (NULL), -1, TRUE, FALSE };

  style_props (d, style_id != NULL ? style_id : "Normal", &styled, &para.style_bold, (char **) &list, &ilvl);
  runs (d, p, &para, 0);
  if (child (ppr, "outlineLvl") != NULL && attr_int (child (ppr, "outlineLvl"), "val", 9) < 9)
    styled = TRUE;
  *heading = styled || (para.any_text && para.all_bold);

  if (list != NULL && strcmp (list, "0") != 0 && para.any_text && g_hash_table_contains (d->nums, list))
    {
      g_autofree char *number = list_number (d, list, ilvl);

      if (*number != '\0')
        {
          g_string_prepend_c (para.text, ' ');
          g_string_prepend (para.text, number);
        }
    }
  _hrp_word_lines_paragraph_read (d->lines);
  return g_string_free (para.text, FALSE);
}

/* }}} */

/* Tables and the body {{{ */

/* A cell's paragraphs, each after a newline, tables inside it too */
static void
cell_text (Docx       *d,
           xmlNodePtr  node,
           GString    *text,
           guint       depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (is_w (c, "p"))
        {
          gboolean heading;
          g_autofree char *line = paragraph_text (d, c, &heading);

          /* Every paragraph after a newline, an empty one too: the first
           * is taken off when the cell is done */
          g_string_append_c (text, '\n');
          g_string_append (text, line);
        }
      else if (depth < 32 && (is_w (c, "tbl") || is_w (c, "tr") || is_w (c, "tc") || is_w (c, "sdt")
                              || is_w (c, "sdtContent") || is_w (c, "customXml")))
        cell_text (d, c, text, depth + 1);
    }
}

/* The rows of a table and their cells, maybe inside content controls */
static void
table_rows (Docx       *d,
            xmlNodePtr  node,
            guint       depth)
{
  for (xmlNodePtr tr = node->children; tr != NULL; tr = tr->next)
    {
      guint column;

      if (depth < 8 && (is_w (tr, "sdt") || is_w (tr, "sdtContent") || is_w (tr, "customXml")))
        {
          table_rows (d, tr, depth + 1);
          continue;
        }
      if (!is_w (tr, "tr"))
        continue;
      column = (guint) CLAMP (attr_int (child (child (tr, "trPr"), "gridBefore"), "val", 0), 0, 64);
      _hrp_word_row_start (d->lines);
      for (xmlNodePtr tc = tr->children; tc != NULL; tc = tc->next)
        {
          xmlNodePtr tcpr = child (tc, "tcPr");
          xmlNodePtr vmerge = child (tcpr, "vMerge");
          g_autofree char *merge = attr (vmerge, "val");
          guint span = (guint) CLAMP (attr_int (child (tcpr, "gridSpan"), "val", 1), 1, 64);
          g_autoptr(GString) text = g_string_new (NULL);

          if (!is_w (tc, "tc"))
            continue;
          cell_text (d, tc, text, 0);
          /* w:vMerge without "restart": merged with the cell above */
          _hrp_word_cell (d->lines, column, span,
                          vmerge != NULL && g_strcmp0 (merge, "restart") != 0 ? NULL
                          : text->str + (text->len > 0));
          column += span;
        }
    }
}

static void
body (Docx       *d,
      xmlNodePtr  node,
      guint       depth)
{
  for (xmlNodePtr c = node->children; c != NULL && !_hrp_word_lines_cancelled (d->lines); c = c->next)
    {
      if (is_w (c, "p"))
        {
          gboolean heading;
          g_autofree char *text = paragraph_text (d, c, &heading);

          _hrp_word_paragraph (d->lines, text, heading);
        }
      else if (is_w (c, "tbl"))
        {
          _hrp_word_table_start (d->lines);
          table_rows (d, c, 0);
          _hrp_word_table_end (d->lines);
        }
      else if (depth < 32 && (is_w (c, "sdt") || is_w (c, "sdtContent") || is_w (c, "customXml")
                              || is_w (c, "ins") || is_w (c, "moveTo")))
        body (d, c, depth + 1);
    }
}

/* }}} */

#define REL_TYPES "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define REL_TYPES_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships/"

/* The part that from's relationship of type (…/officeDocument, …/styles)
 * points to, or fallback; NULL with error for a link out of the package */
static char *
related_part (HrpZipReader *zip,
              const char   *from,
              const char   *type,
              const char   *fallback,
              GError      **error)
{
  const char *slash = strrchr (from, '/');
  g_autofree char *rels = slash != NULL
                          ? g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - from), from, slash + 1)
                          : g_strdup_printf ("_rels/%s.rels", from);
  g_autoptr(GError) local = NULL;
  xmlDocPtr doc = hrp_zip_reader_xml (zip, rels, FALSE, &local);
  xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  char *part = NULL;

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  for (xmlNodePtr r = root != NULL ? root->children : NULL; r != NULL && part == NULL; r = r->next)
    {
      g_autofree char *r_type = attr (r, "Type");
      g_autofree char *target = attr (r, "Target");
      g_autofree char *mode = attr (r, "TargetMode");

      if (r->type != XML_ELEMENT_NODE || r_type == NULL || g_strcmp0 (mode, "External") == 0
          || !((g_str_has_prefix (r_type, REL_TYPES) && strcmp (r_type + strlen (REL_TYPES), type) == 0)
               || (g_str_has_prefix (r_type, REL_TYPES_STRICT) && strcmp (r_type + strlen (REL_TYPES_STRICT), type) == 0)))
        continue;
      part = hrp_zip_reader_resolve (zip, from, target, error);
      if (part == NULL)
        {
          xmlFreeDoc (doc);
          return NULL;
        }
    }
  xmlFreeDoc (doc);
  return part != NULL ? part : g_strdup (fallback);
}

gboolean
_hrp_docx_read (HrpZipReader       *zip,
                const HrpImportJob *job,
                HrpWordLines       *lines,
                GError            **error)
{
  Docx d = { zip, lines };
  g_autofree char *document = related_part (zip, "", "officeDocument", "word/document.xml", error);
  g_autofree char *styles_part = NULL;
  g_autofree char *numbering_part = NULL;
  xmlDocPtr styles = NULL, numbering = NULL, doc = NULL;
  xmlNodePtr root, body_node;
  gboolean ok = FALSE;
  GError *local = NULL;

  if (document == NULL)
    return FALSE;
  if (!hrp_zip_reader_has (zip, document))
    {
      g_autofree char *shown = hrp_zip_shown_name (document);

      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_MISSING_PART,
                   _("“%s” has no document part (%s): it is not a complete Word file"),
                   job->display_name, shown);
      return FALSE;
    }
  styles_part = related_part (zip, document, "styles", "word/styles.xml", error);
  numbering_part = styles_part != NULL ? related_part (zip, document, "numbering", "word/numbering.xml", error) : NULL;
  if (numbering_part == NULL)
    return FALSE;

  d.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) style_free);
  d.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.abstracts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d.restarted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.fields = g_array_new (FALSE, FALSE, sizeof (gboolean));

  styles = hrp_zip_reader_xml (zip, styles_part, FALSE, &local);
  if (local == NULL)
    numbering = hrp_zip_reader_xml (zip, numbering_part, FALSE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      goto out;
    }
  read_styles (&d, styles);
  read_numbering (&d, numbering);
  _hrp_import_job_progress (job, 1, 3);
  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    goto out;

  doc = hrp_zip_reader_xml (zip, document, TRUE, error);
  if (doc == NULL)
    goto out;
  _hrp_import_job_progress (job, 2, 3);
  root = xmlDocGetRootElement (doc);
  body_node = is_w (root, "document") ? child (root, "body") : NULL;
  if (body_node == NULL)
    {
      g_autofree char *shown = hrp_zip_shown_name (document);

      g_set_error (error, HRP_DOCUMENT_IMPORT_ERROR, HRP_DOCUMENT_IMPORT_ERROR_MISSING_PART,
                   _("“%s” has no document part (%s): it is not a complete Word file"),
                   job->display_name, shown);
      goto out;
    }
  body (&d, body_node, 0);
  ok = TRUE;

out:
  g_hash_table_unref (d.styles);
  g_hash_table_unref (d.nums);
  g_hash_table_unref (d.abstracts);
  g_hash_table_unref (d.counters);
  g_hash_table_unref (d.restarted);
  g_array_unref (d.fields);
  xmlFreeDoc (doc);
  xmlFreeDoc (numbering);
  xmlFreeDoc (styles);
  return ok;
}
