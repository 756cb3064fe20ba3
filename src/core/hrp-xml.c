/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-xml.c — the plan exchange format (urn:hrplan:plan:1)
 *
 * Import (export: hrp-xml-export.c) is defensive, because the file comes from anywhere:
 *  - a DOCTYPE stops the parser at once (SAX internalSubset hook), so no
 *    DTD, no entity declarations and hence no entity expansion exist;
 *  - libxml2 runs with NONET and without NOENT/HUGE, so its own limits on
 *    depth (256) and text size (10 MB) hold, and an external entity loader
 *    that refuses everything is installed;
 *  - the whole document is checked (version, year, schema from a GResource,
 *    id links) before a model object is made; nothing touches a database.
 */
#include "config.h"

#include "hrp-xml.h"
#include "hrp-xml-private.h"
#include "hrp-thai.h"

#include "hrp-core-resources.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#define SCHEMA_RESOURCE "/org/hrplan/HrPlan/core/hrplan-plan-1.xsd"
#define NS ((const xmlChar *) HRP_XML_NAMESPACE)

/* A plan of 10,000 activities is about 2 MB; these bound what a hostile
 * file can make us allocate. */
#define MAX_FILE_SIZE (64 * 1024 * 1024)
#define MAX_TEXT_SIZE (1024 * 1024)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt)

/* libxml2 2.12 made the structured error handler take a const error. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *HrpXmlErrorPtr;
#else
typedef xmlError *HrpXmlErrorPtr;
#endif

G_DEFINE_QUARK (hrp-xml-error-quark, hrp_xml_error)

/* ------------------------------------------------------------------ */
/* Import: parsing                                                     */
/* ------------------------------------------------------------------ */

typedef struct {
  gboolean doctype;
  int doctype_line;
  /* The first error: after it libxml2 goes on and its last error is
   * often a consequence ("Start tag expected") that misleads. */
  char *error_message;
  int error_code;
  int error_line;
} ParseState;

static void
first_parse_error_cb (void           *user_data,
                      HrpXmlErrorPtr  err)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (state == NULL || state->error_message != NULL || err == NULL ||
      err->level < XML_ERR_ERROR)
    return;
  state->error_message = g_strdup (err->message != NULL ? err->message : "");
  state->error_code = err->code;
  state->error_line = err->line;
}

static void
refuse_doctype_cb (void          *user_data,
                   const xmlChar *name,
                   const xmlChar *external_id,
                   const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->doctype = TRUE;
  state->doctype_line = ctxt->input != NULL ? ctxt->input->line : 0;
  xmlStopParser (ctxt);
}

static xmlParserInputPtr
refuse_external_entity_cb (const char       *url,
                           const char       *id,
                           xmlParserCtxtPtr  ctxt)
{
  /* The format never needs anything from outside the file. */
  return NULL;
}

static void
ignore_generic_error_cb (void       *ctx,
                         const char *msg,
                         ...)
{
}

static void
setup_libxml_once (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity_cb);
      g_once_init_leave (&initialized, 1);
    }
}

/* libxml2's messages end with a newline and may span lines: the message
 * we show is one line. */
static char *
one_line (const char *message)
{
  g_autofree char *copy = g_strdup (message != NULL ? message : "");
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  g_strstrip (copy);
  parts = g_strsplit_set (copy, "\r\n", -1);
  joined = g_strjoinv (" ", parts);

  /* Element names in schema messages carry the namespace: drop it. */
  {
    GString *s = g_string_new (joined);
    g_string_replace (s, "{" HRP_XML_NAMESPACE "}", "", 0);
    return g_string_free (s, FALSE);
  }
}

static void
set_error_at (GError     **error,
              int          code,
              const char  *filename,
              long         line,
              const char  *message)
{
  if (line > 0)
    g_set_error (error, HRP_XML_ERROR, code, "%s:%ld: %s", filename, line, message);
  else
    g_set_error (error, HRP_XML_ERROR, code, "%s: %s", filename, message);
}

/* TRUE when the data holds white space only (a byte-order mark too). */
static gboolean
only_space (const char *bytes,
            gsize       len)
{
  gsize i = 0;

  if (len >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (; i < len; i++)
    if (!g_ascii_isspace (bytes[i]))
      return FALSE;
  return TRUE;
}

/* TRUE when the data begins (after a byte-order mark and white space)
 * with "<": XML, even if broken, rather than some other kind of file. */
static gboolean
starts_like_xml (const char *bytes,
                 gsize       len)
{
  gsize i = 0;

  if (len >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (bytes[i]))
    i++;
  return i < len && bytes[i] == '<';
}

xmlDocPtr
_hrp_xml_parse_safe (GBytes      *data,
                     const char  *filename,
                     GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  ParseState state = { 0 };
  g_autofree char *first_message = NULL;
  xmlDocPtr doc;
  gsize len = 0;
  const char *bytes = g_bytes_get_data (data, &len);

  setup_libxml_once ();
  xmlSetGenericErrorFunc (NULL, ignore_generic_error_cb);
  if (len > MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *message =
        g_strdup_printf (_("The file is too large to be a plan (%s; the limit is 64 MB)."), size);
      set_error_at (error, HRP_XML_ERROR_MALFORMED, filename, 0, message);
      return NULL;
    }
  if (len == 0)
    {
      set_error_at (error, HRP_XML_ERROR_MALFORMED, filename, 0,
                    _("The file is empty."));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      set_error_at (error, HRP_XML_ERROR_MALFORMED, filename, 0,
                    _("Out of memory while reading the file."));
      return NULL;
    }

  ctxt->_private = &state;
  ctxt->sax->internalSubset = refuse_doctype_cb;
  ctxt->sax->serror = first_parse_error_cb;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->resolveEntity = NULL;
  ctxt->sax->getEntity = NULL;
  ctxt->sax->entityDecl = NULL;
  ctxt->vctxt.error = ignore_generic_error_cb;
  ctxt->vctxt.warning = ignore_generic_error_cb;

  doc = xmlCtxtReadMemory (ctxt, bytes, (int) len, filename, NULL,
                           XML_PARSE_NONET | XML_PARSE_BIG_LINES |
                           XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA);
  ctxt->_private = NULL;
  first_message = g_steal_pointer (&state.error_message);

  if (state.doctype)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      set_error_at (error, HRP_XML_ERROR_DOCTYPE, filename, state.doctype_line,
                    _("The file has a document type declaration (<!DOCTYPE …>), "
                      "which a plan never has; it was refused for safety."));
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *last = xmlCtxtGetLastError (ctxt);
      gboolean has_error = first_message != NULL || last != NULL;
      int code = first_message != NULL ? state.error_code : last != NULL ? last->code : 0;
      int line = first_message != NULL ? state.error_line : last != NULL ? last->line : 0;
      g_autofree char *detail = one_line (first_message != NULL ? first_message
                                          : last != NULL ? last->message : NULL);
      g_autofree char *message = NULL;

      g_clear_pointer (&doc, xmlFreeDoc);
      if (has_error && code == XML_ERR_INVALID_CHAR && strstr (detail, "UTF-8") != NULL)
        message = g_strdup (_("The file holds bytes that are not valid UTF-8 text. If it was saved "
                              "in another encoding, its first line must say so, for example "
                              "<?xml version=\"1.0\" encoding=\"TIS-620\"?>."));
      else if (has_error && code == XML_ERR_UNSUPPORTED_ENCODING)
        message = g_strdup_printf (_("The file is in an encoding that cannot be read: %s"), detail);
      /* libxml2 says "document empty" also for a file that is not XML
       * at all (no start tag): only a file of white space is empty. */
      else if (has_error && code == XML_ERR_DOCUMENT_EMPTY && only_space (bytes, len))
        message = g_strdup (_("The file is empty."));
      else if (has_error && code == XML_ERR_DOCUMENT_EMPTY && !starts_like_xml (bytes, len))
        message = g_strdup (_("This is not an XML file: a plan exported by HR Plan begins with <?xml and <plan."));
      else
        message = g_strdup_printf (_("The file is not well-formed XML: %s"), detail);
      set_error_at (error, HRP_XML_ERROR_MALFORMED, filename, line, message);
      return NULL;
    }

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      xmlFreeDoc (doc);
      set_error_at (error, HRP_XML_ERROR_DOCTYPE, filename, 0,
                    _("The file has a document type declaration (<!DOCTYPE …>), "
                      "which a plan never has; it was refused for safety."));
      return NULL;
    }

  return doc;
}

/* ------------------------------------------------------------------ */
/* Import: checks                                                      */
/* ------------------------------------------------------------------ */

static gboolean
is_ours (xmlNodePtr node)
{
  return node->ns != NULL && xmlStrEqual (node->ns->href, NS);
}

/* Removes elements and attributes of other namespaces (extensions), so that
 * the schema and the reader see only the format itself; refuses texts too
 * long to be part of a plan. */
static gboolean
strip_extensions (xmlNodePtr   node,
                  const char  *filename,
                  GError     **error)
{
  xmlNodePtr child = node->children;
  xmlAttrPtr attr = node->properties;

  while (attr != NULL)
    {
      xmlAttrPtr next = attr->next;
      if (attr->ns != NULL && !xmlStrEqual (attr->ns->href, NS))
        xmlRemoveProp (attr);
      attr = next;
    }

  while (child != NULL)
    {
      xmlNodePtr next = child->next;

      if (child->type == XML_ELEMENT_NODE)
        {
          if (child->ns != NULL && !xmlStrEqual (child->ns->href, NS))
            {
              xmlUnlinkNode (child);
              xmlFreeNode (child);
            }
          else if (!strip_extensions (child, filename, error))
            return FALSE;
        }
      else if (child->type == XML_TEXT_NODE && child->content != NULL &&
               strlen ((const char *) child->content) > MAX_TEXT_SIZE)
        {
          g_autofree char *message =
            g_strdup_printf (_("A text in the file is longer than %d MB, "
                               "too long to be part of a plan."), MAX_TEXT_SIZE / (1024 * 1024));
          set_error_at (error, HRP_XML_ERROR_MALFORMED, filename, xmlGetLineNo (node), message);
          return FALSE;
        }
      else if (child->type == XML_COMMENT_NODE || child->type == XML_PI_NODE)
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      child = next;
    }

  return TRUE;
}

static gboolean
parse_int (const xmlChar *value,
           gint64        *out)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  gint64 v;

  if (value == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup ((const char *) value));
  if (*copy == '\0' || !(g_ascii_isdigit (*copy) || *copy == '+' || *copy == '-'))
    return FALSE;
  errno = 0;
  v = g_ascii_strtoll (copy, &end, 10);
  if (errno != 0 || *end != '\0')
    return FALSE;
  *out = v;
  return TRUE;
}

static gboolean
check_root (xmlDocPtr    doc,
            const char  *filename,
            GError     **error)
{
  xmlNodePtr root = xmlDocGetRootElement (doc);
  g_autofree xmlChar *version = NULL;
  g_autofree xmlChar *year = NULL;
  gint64 v;

  if (root == NULL || !xmlStrEqual (root->name, (const xmlChar *) "plan") || !is_ours (root))
    {
      set_error_at (error, HRP_XML_ERROR_INVALID, filename, root != NULL ? xmlGetLineNo (root) : 0,
                    _("This is not an HR Plan file: its root element is not "
                      "<plan xmlns=\"urn:hrplan:plan:1\">."));
      return FALSE;
    }

  /* The version comes before the schema: a newer file need not match it. */
  version = xmlGetNoNsProp (root, (const xmlChar *) "format-version");
  if (version != NULL && parse_int (version, &v) && v > HRP_XML_FORMAT_VERSION)
    {
      /* Numbers as text: a gint64 format cannot be in a message that
       * translators see. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, v);
      g_autofree char *message =
        g_strdup_printf (_("The file is in format version %s, made by a newer "
                           "version of HR Plan; this version reads format version %d. "
                           "Please update HR Plan."),
                         number, HRP_XML_FORMAT_VERSION);
      set_error_at (error, HRP_XML_ERROR_VERSION, filename, xmlGetLineNo (root), message);
      return FALSE;
    }

  year = xmlGetNoNsProp (root, (const xmlChar *) "fiscal-year");
  if (year != NULL && parse_int (year, &v))
    {
      g_autofree char *message = NULL;

      if (v >= 1900 && v <= 2300)
        message = g_strdup_printf (_("The fiscal year %d looks like a Christian Era "
                                     "year; plans use the Buddhist Era: write %d."),
                                   (int) v, (int) v + 543);
      else if (v < HRP_FISCAL_YEAR_MIN || v > HRP_FISCAL_YEAR_MAX)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, v);

          message = g_strdup_printf (_("The fiscal year %s is out of range: "
                                       "it must be a Buddhist Era year from %d to %d."),
                                     number, HRP_FISCAL_YEAR_MIN, HRP_FISCAL_YEAR_MAX);
        }
      if (message != NULL)
        {
          set_error_at (error, HRP_XML_ERROR_YEAR, filename, xmlGetLineNo (root), message);
          return FALSE;
        }
    }

  return TRUE;
}

static xmlSchemaPtr
get_schema (GError **error)
{
  static xmlSchemaPtr schema = NULL;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;

      /* Through the resource itself, so that a static link keeps it. */
      bytes = g_resource_lookup_data (hrp_core_get_resource (), SCHEMA_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          gsize len;
          const char *data = g_bytes_get_data (bytes, &len);
          g_autoptr(xmlSchemaParserCtxt) pctxt = xmlSchemaNewMemParserCtxt (data, (int) len);

          xmlSchemaSetParserErrors (pctxt, ignore_generic_error_cb, ignore_generic_error_cb, NULL);
          schema = xmlSchemaParse (pctxt);
        }
      g_once_init_leave (&initialized, 1);
    }

  if (schema == NULL)
    g_set_error (error, HRP_XML_ERROR, HRP_XML_ERROR_INVALID,
                 _("The XML Schema of the plan format could not be loaded."));
  return schema;
}

typedef struct {
  char *message;
  int line;
} FirstError;

static void
schema_error_cb (void           *user_data,
                 HrpXmlErrorPtr  err)
{
  FirstError *first = user_data;

  if (first->message != NULL || err == NULL || err->level < XML_ERR_ERROR)
    return;
  first->message = one_line (err->message);
  first->line = err->line;
}

static gboolean
validate (xmlDocPtr    doc,
          const char  *filename,
          GError     **error)
{
  g_autoptr(xmlSchemaValidCtxt) vctxt = NULL;
  xmlSchemaPtr schema;
  FirstError first = { NULL, 0 };
  int ret;

  schema = get_schema (error);
  if (schema == NULL)
    return FALSE;

  vctxt = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (vctxt, schema_error_cb, &first);
  ret = xmlSchemaValidateDoc (vctxt, doc);
  if (ret != 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("The file does not follow the HR Plan format: %s"),
                         first.message != NULL ? first.message : _("schema validation failed"));
      set_error_at (error, HRP_XML_ERROR_INVALID, filename, first.line, message);
      g_free (first.message);
      return FALSE;
    }

  g_free (first.message);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Import: building the plan                                           */
/* ------------------------------------------------------------------ */

typedef struct {
  const char *filename;
  GHashTable *missions;   /* id → HrpMission */
  GHashTable *strategies; /* id → HrpStrategy */
  GHashTable *ids;        /* every id seen */
} Reader;

static gboolean
is_element (xmlNodePtr  node,
            const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && is_ours (node) &&
         xmlStrEqual (node->name, (const xmlChar *) name);
}

static xmlNodePtr
first_child (xmlNodePtr  parent,
             const char *name)
{
  for (xmlNodePtr c = parent->children; c != NULL; c = c->next)
    if (is_element (c, name))
      return c;
  return NULL;
}

/* The element's text with leading and trailing white space removed. */
static char *
node_text (xmlNodePtr node)
{
  g_autofree xmlChar *content = NULL;
  const char *s;
  gssize len;

  if (node == NULL)
    return g_strdup ("");
  content = xmlNodeGetContent (node);
  _hrp_xml_trimmed ((const char *) content, &s, &len);
  return g_strndup (s, len);
}

static char *
child_text (xmlNodePtr  parent,
            const char *name)
{
  return node_text (first_child (parent, name));
}

static void
read_list (xmlNodePtr  list,
           GListStore *store)
{
  if (list == NULL)
    return;
  for (xmlNodePtr c = list->children; c != NULL; c = c->next)
    if (is_element (c, "item"))
      {
        g_autofree char *text = node_text (c);
        g_autoptr(HrpText) item = hrp_text_new (text);
        g_list_store_append (store, item);
      }
}

/* xs:decimal, already checked by the schema (≥ 0, ≤ 2 fraction digits,
 * ≤ 999,999,999,999.99); read exactly, never through a double. */
static gboolean
parse_budget (const char *text,
              gint64     *satang)
{
  const char *p = text;
  gint64 whole = 0;
  gint64 fraction = 0;
  guint fraction_digits = 0;
  gboolean digits = FALSE;

  if (*p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    {
      digits = TRUE;
      whole = whole * 10 + (*p - '0');
      if (whole > HRP_BUDGET_MAX / 100)
        return FALSE;
    }
  if (*p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        {
          digits = TRUE;
          if (fraction_digits < 2)
            {
              fraction = fraction * 10 + (*p - '0');
              fraction_digits++;
            }
          else if (*p != '0')
            return FALSE;
        }
    }
  if (*p != '\0' || !digits)
    return FALSE;
  while (fraction_digits < 2)
    {
      fraction *= 10;
      fraction_digits++;
    }
  *satang = whole * 100 + fraction;
  return *satang <= HRP_BUDGET_MAX;
}

static gboolean
parse_boolean (const xmlChar *value)
{
  g_autofree char *copy = NULL;

  if (value == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup ((const char *) value));
  return strcmp (copy, "true") == 0 || strcmp (copy, "1") == 0;
}

static gboolean
register_id (Reader      *reader,
             xmlNodePtr   node,
             char       **id_out,
             GError     **error)
{
  g_autofree xmlChar *id = xmlGetNoNsProp (node, (const xmlChar *) "id");
  g_autofree char *trimmed_id = g_strstrip (g_strdup ((const char *) id));

  if (g_hash_table_contains (reader->ids, trimmed_id))
    {
      g_autofree char *message =
        g_strdup_printf (_("The id “%s” is used twice; ids must be unique in a file."), trimmed_id);
      set_error_at (error, HRP_XML_ERROR_INVALID, reader->filename, xmlGetLineNo (node), message);
      return FALSE;
    }
  g_hash_table_add (reader->ids, g_strdup (trimmed_id));
  *id_out = g_steal_pointer (&trimmed_id);
  return TRUE;
}

/* Looks up a mission/strategy link; NULL link attribute is fine. */
static gboolean
resolve_link (Reader      *reader,
              xmlNodePtr   node,
              const char  *attribute,
              GHashTable  *targets,
              const char  *kind,
              gpointer    *target,
              GError     **error)
{
  g_autofree xmlChar *ref = xmlGetNoNsProp (node, (const xmlChar *) attribute);
  g_autofree char *key = NULL;

  *target = NULL;
  if (ref == NULL)
    return TRUE;

  key = g_strstrip (g_strdup ((const char *) ref));
  *target = g_hash_table_lookup (targets, key);
  if (*target == NULL)
    {
      /* One whole message per kind, so that it translates whole. */
      g_autofree char *message =
        g_str_equal (kind, "mission")
        ? g_strdup_printf (_("The mission=\"%s\" attribute names no mission of this file."), key)
        : g_strdup_printf (_("The strategy=\"%s\" attribute names no strategy of this file."), key);
      set_error_at (error, HRP_XML_ERROR_LINK, reader->filename, xmlGetLineNo (node), message);
      return FALSE;
    }
  return TRUE;
}

static HrpPlan *
read_plan (xmlDocPtr    doc,
           const char  *filename,
           GError     **error)
{
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr org = first_child (root, "organization");
  xmlNodePtr node;
  g_autoptr(HrpPlan) plan = hrp_plan_new ();
  g_autoptr(GHashTable) missions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) strategies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree xmlChar *year = xmlGetNoNsProp (root, (const xmlChar *) "fiscal-year");
  Reader reader = { filename, missions, strategies, ids };
  gint64 fiscal_year = 0;

  if (!parse_int (year, &fiscal_year))
    {
      set_error_at (error, HRP_XML_ERROR_YEAR, filename, xmlGetLineNo (root),
                    _("The fiscal year is missing or not a number."));
      return NULL;
    }
  hrp_plan_set_fiscal_year (plan, (int) fiscal_year);

#define SET_TEXT(setter, parent, name)                  \
  G_STMT_START {                                        \
    g_autofree char *_t = child_text (parent, name);    \
    setter (plan, _t);                                  \
  } G_STMT_END

  SET_TEXT (hrp_plan_set_org_name, org, "name");
  SET_TEXT (hrp_plan_set_org_district, org, "district");
  SET_TEXT (hrp_plan_set_org_province, org, "province");
  SET_TEXT (hrp_plan_set_title, root, "title");
  SET_TEXT (hrp_plan_set_preamble, root, "preamble");
  SET_TEXT (hrp_plan_set_vision, root, "vision");
#undef SET_TEXT

  /* The schema already refused empty required texts (white space only is
   * empty too); this keeps the model's promise without relying on it. */
  if (*hrp_plan_get_org_name (plan) == '\0' || *hrp_plan_get_title (plan) == '\0' ||
      *hrp_plan_get_vision (plan) == '\0')
    {
      set_error_at (error, HRP_XML_ERROR_INVALID, filename, xmlGetLineNo (root),
                    _("The organization name, the title and the vision must not be empty."));
      return NULL;
    }

  node = first_child (root, "missions");
  for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *text = NULL;
      g_autoptr(HrpMission) mission = NULL;

      if (!is_element (c, "mission"))
        continue;
      if (!register_id (&reader, c, &id, error))
        return NULL;
      text = node_text (c);
      mission = hrp_mission_new (text);
      hrp_model_list_append (hrp_plan_get_missions (plan), mission);
      g_hash_table_insert (missions, g_steal_pointer (&id), mission);
    }

  node = first_child (root, "strategies");
  for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;
      g_autoptr(HrpStrategy) strategy = NULL;

      if (!is_element (c, "strategy"))
        continue;
      if (!register_id (&reader, c, &id, error))
        return NULL;
      title = child_text (c, "title");
      strategy = hrp_strategy_new (title);
      read_list (first_child (c, "goals"), G_LIST_STORE (hrp_strategy_get_goals (strategy)));
      read_list (first_child (c, "objectives"), G_LIST_STORE (hrp_strategy_get_objectives (strategy)));
      read_list (first_child (c, "indicators"), G_LIST_STORE (hrp_strategy_get_indicators (strategy)));
      hrp_model_list_append (hrp_plan_get_strategies (plan), strategy);
      g_hash_table_insert (strategies, g_steal_pointer (&id), strategy);
    }

  read_list (first_child (root, "positions"), G_LIST_STORE (hrp_plan_get_positions (plan)));

  node = first_child (root, "policies");
  if (node != NULL)
    {
      g_autofree char *intro = child_text (node, "intro");
      hrp_plan_set_policy_intro (plan, intro);
    }
  for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;
      g_autofree char *description = NULL;
      g_autoptr(HrpPolicy) policy = NULL;
      xmlNodePtr activities;

      if (!is_element (c, "policy"))
        continue;
      if (!register_id (&reader, c, &id, error))
        return NULL;
      title = child_text (c, "title");
      description = child_text (c, "description");
      policy = hrp_policy_new (title);
      hrp_policy_set_description (policy, description);

      activities = first_child (c, "activities");
      for (xmlNodePtr a = activities != NULL ? activities->children : NULL; a != NULL; a = a->next)
        {
          g_autofree char *name = NULL;
          g_autoptr(HrpActivity) activity = NULL;
          xmlNodePtr budget, quarters;

          if (!is_element (a, "activity"))
            continue;
          name = child_text (a, "name");
          activity = hrp_activity_new (name);

          budget = first_child (a, "budget");
          if (budget != NULL)
            {
              g_autofree char *text = node_text (budget);
              gint64 satang;

              if (!parse_budget (text, &satang))
                {
                  g_autofree char *message =
                    g_strdup_printf (_("The budget “%s” is not an amount in baht from 0 to "
                                       "999999999999.99 with at most two decimals."), text);
                  set_error_at (error, HRP_XML_ERROR_INVALID, filename, xmlGetLineNo (budget), message);
                  return NULL;
                }
              hrp_activity_set_budget (activity, satang);
            }

          quarters = first_child (a, "quarters");
          if (quarters != NULL)
            for (guint q = 1; q <= 4; q++)
              {
                char attr[3] = { 'q', (char) ('0' + q), '\0' };
                g_autofree xmlChar *value = xmlGetNoNsProp (quarters, (const xmlChar *) attr);
                hrp_activity_set_quarter (activity, q, parse_boolean (value));
              }

          hrp_model_list_append (hrp_policy_get_activities (policy), activity);
        }

      hrp_model_list_append (hrp_plan_get_policies (plan), policy);
    }

  node = first_child (root, "signers");
  for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *position = NULL;
      g_autofree char *role = NULL;
      g_autoptr(HrpSigner) signer = NULL;

      if (!is_element (c, "signer"))
        continue;
      name = child_text (c, "name");
      position = child_text (c, "position");
      role = child_text (c, "role");
      signer = hrp_signer_new (name, position, role);
      hrp_model_list_append (hrp_plan_get_signers (plan), signer);
    }

  /* Links, once every id is known: a link names an element of its kind. */
  node = first_child (root, "strategies");
  {
    guint i = 0;
    for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
      {
        g_autoptr(HrpStrategy) strategy = NULL;
        gpointer mission;

        if (!is_element (c, "strategy"))
          continue;
        if (!resolve_link (&reader, c, "mission", missions, "mission", &mission, error))
          return NULL;
        strategy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (plan)), i++);
        hrp_strategy_set_mission (strategy, mission);
      }
  }
  node = first_child (root, "policies");
  {
    guint i = 0;
    for (xmlNodePtr c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
      {
        g_autoptr(HrpPolicy) policy = NULL;
        gpointer strategy;

        if (!is_element (c, "policy"))
          continue;
        if (!resolve_link (&reader, c, "strategy", strategies, "strategy", &strategy, error))
          return NULL;
        policy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_policies (plan)), i++);
        hrp_policy_set_strategy (policy, strategy);
      }
  }

  return g_steal_pointer (&plan);
}

HrpPlan *
hrp_xml_import (GBytes      *data,
                const char  *filename,
                GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filename == NULL)
    filename = "-";

  setup_libxml_once ();
  /* Encoding errors go to libxml2's per-thread generic handler: the one
   * message that matters reaches the caller through error. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error_cb);

  doc = _hrp_xml_parse_safe (data, filename, error);
  if (doc == NULL)
    return NULL;

  if (!check_root (doc, filename, error))
    return NULL;

  if (!strip_extensions (xmlDocGetRootElement (doc), filename, error))
    return NULL;

  if (!validate (doc, filename, error))
    return NULL;

  return read_plan (doc, filename, error);
}
