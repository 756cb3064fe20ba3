/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-terms.c — the Thai catalog keeps the glossary and the register of
 * ../shared/spec/thai-terms.md, the menus' mnemonics are unique in
 * English and in Thai, and the printed document's words (hrp-terms.h)
 * are the catalog's.
 *
 * Each rule is checked on po/th.po and ui/, then on a copy spoiled by
 * one bad message, where it must find that message. */
#include "config.h"

#include <string.h>

#include "hrp-terms.h"
#include "hrp-test-util.h"

/* The catalog {{{ */

typedef struct {
  char      *msgid;
  char      *msgid_plural;
  char      *msgctxt;
  GPtrArray *msgstr;    /* msgstr, or msgstr[0], msgstr[1]… */
  gboolean   c_format;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->msgid);
  g_free (entry->msgid_plural);
  g_free (entry->msgctxt);
  g_ptr_array_unref (entry->msgstr);
  g_free (entry);
}

/* A quoted PO string, its escapes undone; NULL when it is not one. */
static char *
po_string (const char *text)
{
  GString *out;
  const char *p = strchr (text, '"');

  if (p == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (p++; *p != '\0' && *p != '"'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      g_string_append_c (out, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p);
    }
  return g_string_free (out, FALSE);
}

/* The messages of a PO file, but its header and obsolete ones. */
static GPtrArray *
read_catalog (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  Entry *entry = NULL;
  char **field = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0' || g_str_has_prefix (line, "#~"))
        {
          field = NULL;
          if (entry != NULL && *entry->msgid != '\0')
            g_ptr_array_add (entries, entry);
          else if (entry != NULL)
            entry_free (entry);
          entry = NULL;
          continue;
        }
      if (entry == NULL)
        {
          entry = g_new0 (Entry, 1);
          entry->msgid = g_strdup ("");
          entry->msgstr = g_ptr_array_new_with_free_func (g_free);
        }
      if (g_str_has_prefix (line, "#,"))
        entry->c_format = strstr (line, " c-format") != NULL;
      else if (*line == '"' && field != NULL)
        {
          g_autofree char *more = po_string (line);
          char *joined = g_strconcat (*field, more, NULL);

          g_free (*field);
          *field = joined;
        }
      else if (g_str_has_prefix (line, "msgctxt "))
        *(field = &entry->msgctxt) = po_string (line);
      else if (g_str_has_prefix (line, "msgid_plural "))
        *(field = &entry->msgid_plural) = po_string (line);
      else if (g_str_has_prefix (line, "msgid "))
        {
          g_free (entry->msgid);
          *(field = &entry->msgid) = po_string (line);
        }
      else if (g_str_has_prefix (line, "msgstr"))
        {
          g_ptr_array_add (entry->msgstr, po_string (line));
          field = (char **) &entry->msgstr->pdata[entry->msgstr->len - 1];
        }
    }
  if (entry != NULL && *entry->msgid != '\0')
    g_ptr_array_add (entries, entry);
  else if (entry != NULL)
    entry_free (entry);
  return entries;
}

/* The msgstr of a msgid without context, or NULL. */
static const char *
translation (GPtrArray  *entries,
             const char *msgid)
{
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (entry->msgctxt == NULL && g_str_equal (entry->msgid, msgid) && entry->msgstr->len > 0)
        return g_ptr_array_index (entry->msgstr, 0);
    }
  return NULL;
}

/* }}} */

/* The glossary and the register {{{ */

/* คุณ the pronoun, not the first syllable of คุณภาพ, คุณธรรม… */
static gboolean
has_pronoun_khun (const char *text)
{
  static const char * const words[] = {
    "ภาพ", "ธรรม", "สมบัติ", "ลักษณ", "ค่า", "ประโยชน์", "วุฒิ", NULL
  };

  for (const char *p = strstr (text, "คุณ"); p != NULL; p = strstr (p + 1, "คุณ"))
    {
      const char *after = p + strlen ("คุณ");
      gboolean compound = FALSE;

      for (guint i = 0; words[i] != NULL && !compound; i++)
        compound = g_str_has_prefix (after, words[i]);
      if (!compound)
        return TRUE;
    }
  return FALSE;
}

/* Whether an English text says a word, case and mnemonics aside. */
static gboolean
says (const char *english,
      const char *word)
{
  g_autofree char *lower = g_utf8_strdown (english, -1);
  g_auto(GStrv) parts = g_strsplit (lower, "_", -1);
  g_autofree char *plain = g_strjoinv ("", parts);

  return strstr (plain, word) != NULL;
}

/* Whether a colon joins two clauses: Thai after it (a colon stays only
 * before a quoted value or a value of its own, “%s”). */
static gboolean
colon_joins_clauses (const char *text)
{
  for (const char *c = strchr (text, ':'); c != NULL; c = strchr (c + 1, ':'))
    {
      const char *next = c + 1;

      while (*next == ' ')
        next++;
      if (g_utf8_get_char (next) >= 0x0E00 && g_utf8_get_char (next) <= 0x0E7F)
        return TRUE;
    }
  return FALSE;
}

/* Whether the passive ถูก is used (ถูกต้อง, "correct", is not it). */
static gboolean
has_passive (const char *text)
{
  for (const char *at = strstr (text, "ถูก"); at != NULL; at = strstr (at + 1, "ถูก"))
    if (!g_str_has_prefix (at, "ถูกต้อง"))
      return TRUE;
  return FALSE;
}

static void
check_message (Entry     *entry,
               GPtrArray *problems)
{
  gboolean activity = says (entry->msgid, "activit")
                      || (entry->msgid_plural != NULL && says (entry->msgid_plural, "activit"));
  gboolean cancel = says (entry->msgid, "cancel");

  for (guint i = 0; i < entry->msgstr->len; i++)
    {
      const char *text = g_ptr_array_index (entry->msgstr, i);
      const char *why = NULL;

      if (activity && strstr (text, "กิจกรรม/โครงการ") == NULL)
        why = "an activity is กิจกรรม/โครงการ";
      else if (strstr (text, "แผนที่") != NULL)
        why = "แผนที่ reads as a map";
      else if (has_pronoun_khun (text))
        why = "no คุณ";
      else if (strstr (text, "หนังสือราชการ") != NULL)
        why = "the printed plan is เอกสารตามรูปแบบราชการ, not หนังสือราชการ";
      else if (strstr (text, "ยกเลิก") != NULL && !cancel)
        why = "ยกเลิก is Cancel only";
      else if (strstr (text, " %%") != NULL
               || (!entry->c_format && strstr (text, " %") != NULL))
        why = "no space before a percent sign";
      else if (colon_joins_clauses (text))
        why = "clauses are joined by Thai connectives, not a colon";
      else if (has_passive (text))
        why = "no passive ถูก";
      if (why != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("“%s” → “%s”: %s", entry->msgid, text, why));
    }
}

/* }}} */

/* The menus' mnemonics {{{ */

/* The labels of each menu and submenu of a .ui file: a menu's sections
 * are one popover, a submenu another. */
typedef struct {
  GPtrArray *menus;     /* of GPtrArray of labels */
  GPtrArray *open;      /* the menus being read, innermost last */
  GSList    *elements;  /* element names, innermost first */
  gboolean   label;     /* in a translatable label attribute */
  GPtrArray *owner;     /* the menu a label belongs to */
} MenuReader;

static void
menu_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              data,
            GError              **error)
{
  MenuReader *reader = data;
  const char *parent = reader->elements != NULL ? reader->elements->data : "";

  if (g_str_equal (element, "menu") || g_str_equal (element, "submenu"))
    {
      GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (reader->menus, labels);
      g_ptr_array_add (reader->open, labels);
    }
  else if (g_str_equal (element, "attribute") && reader->open->len > 0)
    {
      const char *name = NULL;
      const char *translatable = NULL;

      g_markup_collect_attributes (element, names, values, NULL,
                                   G_MARKUP_COLLECT_STRING, "name", &name,
                                   G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "translatable", &translatable,
                                   G_MARKUP_COLLECT_INVALID);
      reader->label = g_strcmp0 (name, "label") == 0 && g_strcmp0 (translatable, "yes") == 0;
      /* A submenu's own label is an item of the menu that holds it. */
      reader->owner = g_ptr_array_index (reader->open,
                                         reader->open->len - (g_str_equal (parent, "submenu") ? 2 : 1));
    }
  reader->elements = g_slist_prepend (reader->elements, g_strdup (element));
}

static void
menu_end (GMarkupParseContext  *context,
          const char           *element,
          gpointer              data,
          GError              **error)
{
  MenuReader *reader = data;

  if (g_str_equal (element, "menu") || g_str_equal (element, "submenu"))
    g_ptr_array_remove_index (reader->open, reader->open->len - 1);
  reader->label = FALSE;
  g_free (reader->elements->data);
  reader->elements = g_slist_delete_link (reader->elements, reader->elements);
}

static void
menu_text (GMarkupParseContext  *context,
           const char           *text,
           gsize                 length,
           gpointer              data,
           GError              **error)
{
  MenuReader *reader = data;

  if (reader->label && reader->owner != NULL)
    g_ptr_array_add (reader->owner, g_strndup (text, length));
}

/* The character after the mnemonic's underscore, lowercase; 0 if none. */
static gunichar
mnemonic (const char *label)
{
  const char *underscore = label != NULL ? strchr (label, '_') : NULL;

  if (underscore == NULL || underscore[1] == '\0')
    return 0;
  return g_unichar_tolower (g_utf8_get_char (underscore + 1));
}

static void
check_mnemonics (GPtrArray  *labels,
                 GPtrArray  *entries,
                 gboolean    thai,
                 const char *file,
                 GPtrArray  *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *english = g_ptr_array_index (labels, i);
      const char *label = thai ? translation (entries, english) : english;
      gunichar key = mnemonic (label);
      const char *before;

      if (key == 0)
        continue;
      before = g_hash_table_lookup (seen, GUINT_TO_POINTER (key));
      if (before != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s: “%s” and “%s” share a mnemonic in one menu",
                                                    file, before, label));
      else
        g_hash_table_insert (seen, GUINT_TO_POINTER (key), (gpointer) label);
    }
}

static void
check_menus (const char *ui_dir,
             GPtrArray  *entries,
             GPtrArray  *problems)
{
  static const GMarkupParser parser = { menu_start, menu_end, menu_text, NULL, NULL };
  g_autoptr(GDir) dir = g_dir_open (ui_dir, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (ui_dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GError) error = NULL;
      MenuReader reader = {
        .menus = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
        .open = g_ptr_array_new (),
      };

      if (!g_str_has_suffix (name, ".ui"))
        continue;
      n_files++;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      context = g_markup_parse_context_new (&parser, 0, &reader, NULL);
      g_markup_parse_context_parse (context, contents, -1, &error);
      g_assert_no_error (error);
      for (guint m = 0; m < reader.menus->len; m++)
        {
          check_mnemonics (g_ptr_array_index (reader.menus, m), entries, FALSE, name, problems);
          check_mnemonics (g_ptr_array_index (reader.menus, m), entries, TRUE, name, problems);
        }
      g_ptr_array_unref (reader.menus);
      g_ptr_array_unref (reader.open);
      g_slist_free_full (reader.elements, g_free);
    }
  g_assert_cmpuint (n_files, >, 0);
}

/* }}} */

/* The printed words {{{ */

/* Each printed word and the catalog's translation of its concept: one
 * holds the other ("ยุทธศาสตร์การพัฒนา" and ยุทธศาสตร์, "นโยบายที่ %u"
 * and itself), a new line in a printed heading read as nothing. */
static void
check_printed (GPtrArray *entries,
               GPtrArray *problems)
{
  guint n;
  const HrpTermPair *pairs = hrp_terms (&n);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const char *msgstr = translation (entries, pairs[i].msgid);
      g_auto(GStrv) lines = g_strsplit (pairs[i].thai, "\n", -1);
      g_autofree char *printed = g_strjoinv ("", lines);
      g_auto(GStrv) parts = NULL;
      g_autofree char *said = NULL;

      if (msgstr == NULL)
        {
          g_ptr_array_add (problems, g_strdup_printf ("no translation of “%s”, printed “%s”",
                                                      pairs[i].msgid, printed));
          continue;
        }
      parts = g_strsplit (msgstr, "_", -1);
      said = g_strjoinv ("", parts);
      if (strstr (said, printed) == NULL && strstr (printed, said) == NULL)
        g_ptr_array_add (problems, g_strdup_printf ("“%s” → “%s” in the catalog, but printed “%s”",
                                                    pairs[i].msgid, said, printed));
    }
}

/* }}} */

/* Every problem of a source tree's catalog and menus. */
static GPtrArray *
problems_of (const char *root)
{
  g_autofree char *po = g_build_filename (root, "po", "th.po", NULL);
  g_autofree char *ui = g_build_filename (root, "ui", NULL);
  g_autoptr(GPtrArray) entries = read_catalog (po);
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  /* The parser read the whole catalog, plurals and contexts too. */
  g_assert_cmpuint (entries->len, >, 300);
  g_assert_nonnull (translation (entries, "Vision"));
  for (guint i = 0; i < entries->len; i++)
    check_message (g_ptr_array_index (entries, i), problems);
  check_menus (ui, entries, problems);
  check_printed (entries, problems);
  return problems;
}

static void
test_catalog_keeps_glossary (void)
{
  g_autofree char *root = hrp_test_source_root ();
  g_autoptr(GPtrArray) problems = problems_of (root);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* A copy of po/ and ui/ with one text replaced in one file. */
static char *
spoiled_copy (const char *file,
              const char *good,
              const char *bad)
{
  g_autofree char *root = hrp_test_source_root ();
  g_autofree char *dir = hrp_test_make_dir ("hrplan-terms-XXXXXX");
  static const char * const files[] = { "po/th.po", "ui/hrp-window.ui", NULL };

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *from = g_build_filename (root, files[i], NULL);
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      g_autofree char *folder = g_path_get_dirname (to);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (from, &contents, NULL, NULL));
      if (g_str_equal (files[i], file))
        {
          char *at = strstr (contents, good);
          g_autofree char *spoiled = NULL;

          g_assert_nonnull (at);
          *at = '\0';
          spoiled = g_strconcat (contents, bad, at + strlen (good), NULL);
          g_free (contents);
          contents = g_steal_pointer (&spoiled);
        }
      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_file_set_contents (to, contents, -1, &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&dir);
}

typedef struct {
  const char *file;
  const char *good;
  const char *bad;
  const char *found;   /* in the one problem found */
} Spoiled;

static void
test_catalog_spoiled (gconstpointer data)
{
  const Spoiled *spoiled = data;
  g_autofree char *dir = spoiled_copy (spoiled->file, spoiled->good, spoiled->bad);
  g_autoptr(GPtrArray) problems = problems_of (dir);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), spoiled->found));
  hrp_test_remove_tree (dir);
}

static const Spoiled spoiled[] = {
  { "po/th.po", "msgstr \"เพิ่มกิจกรรม/โครงการ\"", "msgstr \"เพิ่มกิจกรรม\"", "กิจกรรม/โครงการ" },
  { "po/th.po", "msgstr \"แผนสำหรับเปรียบเทียบ\"", "msgstr \"แผนที่จะเปรียบเทียบด้วย\"", "map" },
  { "po/th.po", "ในโฟลเดอร์ของท่านแล้วเปิดสำเนานั้น", "ในโฟลเดอร์ของคุณแล้วเปิดสำเนานั้น", "คุณ" },
  { "po/th.po", "เอกสารตามรูปแบบราชการ", "หนังสือราชการ", "หนังสือราชการ" },
  { "po/th.po", "\"ลบกิจกรรม/โครงการ “%2$s” ในนโยบายที่ %1$u\"", "\"ยกเลิกกิจกรรม/โครงการ “%2$s” ในนโยบายที่ %1$u\"",
    "Cancel only" },
  { "po/th.po", "msgstr \"%.0f%%\"", "msgstr \"%.0f %%\"", "percent" },
  { "po/th.po", "หรือ --export-odt เพื่อพิมพ์เฉพาะตาราง", "หรือ --export-odt: เฉพาะตาราง", "colon" },
  { "po/th.po", "ไม่สามารถอ่าน “%s” ได้ เนื่องจากมีรหัสผ่านป้องกันไว้", "“%s” ถูกป้องกันด้วยรหัสผ่าน จึงอ่านไม่ได้", "passive" },
  { "po/th.po", "สิ่งที่เปลี่ยน_แปลง…", "สิ่งที่เปลี่ยนแ_ปลง…", "ปุ่มลัดแ_ป้นพิมพ์" },
  { "ui/hrp-window.ui", "C_heck Plan…", "Chec_k Plan…", "_Keyboard Shortcuts" },
  { "po/th.po", "msgstr \"เป้าประสงค์\"", "msgstr \"วัตถุประสงค์\"", "printed “เป้าประสงค์”" },
  { "po/th.po", "msgstr \"รวม (ไม่นับโครงการซ้ำ)\"", "msgstr \"รวม (นับโครงการซ้ำครั้งเดียว)\"", "ไม่นับโครงการซ้ำ" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/terms/catalog-keeps-glossary", test_catalog_keeps_glossary);
  for (guint i = 0; i < G_N_ELEMENTS (spoiled); i++)
    {
      g_autofree char *path = g_strdup_printf ("/terms/spoiled/%u", i);

      g_test_add_data_func (path, &spoiled[i], test_catalog_spoiled);
    }
  return g_test_run ();
}
