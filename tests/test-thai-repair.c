/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-thai-repair.c — Thai repairs checked against libthai's word list:
 * the list itself, the words that letter-spaced PDFs break, correct Thai
 * left alone, and the repair without the list */
#include "config.h"

#include "hrp-model.h"
#include "hrp-test-util.h"
#include "hrp-thai-dict.h"
#include "hrp-thai.h"

#include <string.h>

/* The tests that need the word list skip where the build's libthai has
 * none (HRPLAN_THAI_DICT names the file meson found); where it is there,
 * it must be read. */
static gboolean
need_dict (void)
{
  const char *file = g_getenv ("HRPLAN_THAI_DICT");

  if (file == NULL || !g_file_test (file, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("libthai's word list thbrk.tri is not installed (Debian: libthai-data)");
      return FALSE;
    }
  g_assert_true (hrp_thai_dict_available ());
  g_assert_cmpstr (hrp_thai_dict_path (), ==, file);
  return TRUE;
}

static gsize
cover (const char *text)
{
  glong n = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &n);

  return hrp_thai_dict_cover (chars, n);
}

static gboolean
has_word (const char *text)
{
  glong n = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &n);

  return hrp_thai_dict_has_word (chars, n);
}

static void
test_dict_words (void)
{
  gboolean mask[8];
  gunichar broken[8];
  glong n = 0;
  g_autofree gunichar *chars = NULL;

  if (!need_dict ())
    return;

  g_assert_true (has_word ("ว่า"));
  g_assert_true (has_word ("ตำบล"));
  g_assert_true (has_word ("กำ"));
  g_assert_true (has_word ("ปฏิบัติ"));
  g_assert_false (has_word ("ว่ำ"));
  g_assert_false (has_word ("ฝกึ"));
  /* Compounds the list lacks, made of words it has */
  g_assert_false (has_word ("การพัฒนา"));
  g_assert_false (has_word ("มากกว่า"));
  g_assert_cmpuint (cover ("การพัฒนา"), ==, 8);
  g_assert_cmpuint (cover ("มากกว่า"), ==, 7);
  g_assert_cmpuint (cover ("ตัวชี้วัด"), ==, 9);
  g_assert_cmpuint (cover ("อัตรากำลัง"), ==, 10);
  /* The broken forms leave letters out */
  g_assert_cmpuint (cover ("กำรพัฒนา"), <, 8);
  g_assert_cmpuint (cover ("มากกว่ำ"), <, 7);
  g_assert_cmpuint (cover ("ฝกึ"), ==, 0);
  /* Spaces, digits and Latin are passed over, and never covered */
  g_assert_cmpuint (cover ("ว่า 10 คน abc"), ==, 5);
  g_assert_cmpuint (cover (""), ==, 0);

  /* Which letters: "หลกั" has its ล and ก in the list's ลก, not ห, ั */
  chars = g_utf8_to_ucs4_fast ("หลกั", -1, &n);
  g_assert_cmpint (n, ==, 4);
  memcpy (broken, chars, n * sizeof (gunichar));
  g_assert_cmpuint (hrp_thai_dict_cover_mask (broken, n, mask), ==, 2);
  g_assert_false (mask[0]);
  g_assert_false (mask[3]);
  g_assert_cmpuint (hrp_thai_dict_n_letters (broken, n), ==, 4);
}

/* Repairs text, checking the result, that there were repairs, and that a
 * second repair changes nothing. */
static void
assert_repair (const char *in,
               const char *expected)
{
  guint n = 0;
  guint n_again = G_MAXUINT;
  g_autofree char *out = hrp_thai_repair (in, &n);
  g_autofree char *again = hrp_thai_repair (out, &n_again);

  if (g_strcmp0 (out, expected) != 0)
    g_error ("“%s” repaired as “%s”, not “%s”", in, out, expected);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (again, ==, out);
  g_assert_cmpuint (n_again, ==, 0);
}

/* Each broken word of letter-spaced PDFs, alone, at the start, in the
 * middle and at the end of a sentence. */
static const struct {
  const char *broken;
  const char *word;
} words[] = {
  /* what the rules alone got wrong */
  { "ว่ า", "ว่า" },
  { "มากกว่ า", "มากกว่า" },
  { "ก ารพัฒนา", "การพัฒนา" },
  { "เป้ า", "เป้า" },
  { "ปฏบิ ัติ", "ปฏิบัติ" },
  /* what they left broken */
  { "ฝกึ", "ฝึก" },
  { "หลกั", "หลัก" },
  { "ระหวา่ ง", "ระหว่าง" },
  { "เป็ น", "เป็น" },
  { "ขึน้", "ขึ้น" },
  /* a tone mark gone onto the next syllable (pdftotext -layout) */
  { "ตัวชีวั้ด", "ตัวชี้วัด" },
  /* what they repaired, still repaired */
  { "ต าบล", "ตำบล" },
  { "น ้า", "น้ำ" },
  { "เพ่ือ", "เพื่อ" },
  { "ทรพัยากร", "ทรัพยากร" },
  { "ตัง้", "ตั้ง" },
  { "ดิจทัิล", "ดิจิทัล" },
  { "วิสัยทัศน ์", "วิสัยทัศน์" },
};

static void
test_repair_words (void)
{
  if (!need_dict ())
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      static const struct { const char *before, *after; } contexts[] = {
        { "", "" },
        { "", "ของบุคลากร" },
        { "ส่งเสริมให้บุคลากร", "ตามแผน" },
        { "แผนงานของ อบต. ", "" },
      };

      for (gsize k = 0; k < G_N_ELEMENTS (contexts); k++)
        {
          g_autofree char *in = g_strconcat (contexts[k].before, words[i].broken,
                                             contexts[k].after, NULL);
          g_autofree char *expected = g_strconcat (contexts[k].before, words[i].word,
                                                   contexts[k].after, NULL);

          assert_repair (in, expected);
        }
    }
}

/* Sentences in which several are broken at once, as a letter-spaced PDF
 * gives them */
static void
test_repair_sentences (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "เพ่ือให้ก ารพัฒนาบุคลากรเป็ นไปตามเป้ าหมาย",
      "เพื่อให้การพัฒนาบุคลากรเป็นไปตามเป้าหมาย" },
    { "ส่งเสริมการฝกึอบรมตามหลกัสูตรที่ก าหนด",
      "ส่งเสริมการฝึกอบรมตามหลักสูตรที่กำหนด" },
    { "บุคลากรร้อยละ 80 ขึน้ไปมีความรู้มากกว่ า ปีที่ผ่านมา",
      "บุคลากรร้อยละ 80 ขึ้นไปมีความรู้มากกว่า ปีที่ผ่านมา" },
    { "ความสมดุลระหวา่ งชีวิตกับการท างาน ว่ าด้วยการปฏบิ ัติงาน",
      "ความสมดุลระหว่างชีวิตกับการทำงาน ว่าด้วยการปฏิบัติงาน" },
    { "องค์การบริหารส่วนต าบลหนองแก้ว  อ าเภอกันทรารมย์",
      "องค์การบริหารส่วนตำบลหนองแก้ว  อำเภอกันทรารมย์" },
    /* a line ends the letters scored */
    { "ก าร\nพัฒนา", "การ\nพัฒนา" },
  };

  if (!need_dict ())
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_repair (cases[i].in, cases[i].out);
}

static void
assert_unchanged (const char *text,
                  gsize      *n_texts,
                  gsize      *n_chars)
{
  guint n = G_MAXUINT;
  g_autofree char *out = hrp_thai_repair (text, &n);

  if (n != 0 || g_strcmp0 (out, text) != 0)
    g_error ("%u repairs in correct Thai: “%s” → “%s”", n, text, out);
  (*n_texts)++;
  *n_chars += g_utf8_strlen (text, -1);
}

static void
add_list (GPtrArray  *texts,
          GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrpText) item = g_list_model_get_item (list, i);

      g_ptr_array_add (texts, g_strdup (hrp_text_get_text (item)));
    }
}

/* Every text of the sample plan, read with the XML import */
static void
add_sample_texts (GPtrArray *texts)
{
  g_autoptr(HrpPlan) plan = hrp_test_load_sample_file ();
  GListModel *list;
  const char *fields[] = {
    hrp_plan_get_org_name (plan), hrp_plan_get_org_district (plan),
    hrp_plan_get_org_province (plan), hrp_plan_get_title (plan),
    hrp_plan_get_preamble (plan), hrp_plan_get_vision (plan),
    hrp_plan_get_policy_intro (plan),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    g_ptr_array_add (texts, g_strdup (fields[i]));
  add_list (texts, hrp_plan_get_positions (plan));

  list = hrp_plan_get_missions (plan);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrpMission) mission = g_list_model_get_item (list, i);

      g_ptr_array_add (texts, g_strdup (hrp_mission_get_text (mission)));
    }
  list = hrp_plan_get_strategies (plan);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrpStrategy) strategy = g_list_model_get_item (list, i);

      g_ptr_array_add (texts, g_strdup (hrp_strategy_get_title (strategy)));
      add_list (texts, hrp_strategy_get_goals (strategy));
      add_list (texts, hrp_strategy_get_objectives (strategy));
      add_list (texts, hrp_strategy_get_indicators (strategy));
    }
  list = hrp_plan_get_policies (plan);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrpPolicy) policy = g_list_model_get_item (list, i);
      GListModel *activities = hrp_policy_get_activities (policy);

      g_ptr_array_add (texts, g_strdup (hrp_policy_get_title (policy)));
      g_ptr_array_add (texts, g_strdup (hrp_policy_get_description (policy)));
      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(HrpActivity) activity = g_list_model_get_item (activities, j);

          g_ptr_array_add (texts, g_strdup (hrp_activity_get_name (activity)));
        }
    }
  list = hrp_plan_get_signers (plan);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrpSigner) signer = g_list_model_get_item (list, i);

      g_ptr_array_add (texts, g_strdup (hrp_signer_get_name (signer)));
      g_ptr_array_add (texts, g_strdup (hrp_signer_get_position (signer)));
      g_ptr_array_add (texts, g_strdup (hrp_signer_get_role (signer)));
    }
}

/* Every translation of po/th.po: the msgstr strings, their continuation
 * lines joined and their escapes undone.  Returns how many it added. */
static guint
add_po_texts (GPtrArray *texts)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", "th.po", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *current = NULL;
  guint added = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote = strchr (line, '"');

      if (g_str_has_prefix (line, "msgstr"))
        {
          if (current != NULL)
            g_string_free (current, TRUE);
          current = g_string_new (NULL);
        }
      else if (line[0] != '"' && current != NULL)
        {
          if (current->len > 0 && !g_str_has_prefix (current->str, "Project-Id-Version"))
            {
              g_ptr_array_add (texts, g_strcompress (current->str));
              added++;
            }
          g_string_free (current, TRUE);
          current = NULL;
        }
      if (current != NULL && quote != NULL && g_str_has_suffix (line, "\""))
        g_string_append_len (current, quote + 1, strlen (quote + 1) - 1);
    }
  if (current != NULL)
    {
      if (current->len > 0)
        {
          g_ptr_array_add (texts, g_strcompress (current->str));
          added++;
        }
      g_string_free (current, TRUE);
    }
  return added;
}

/* Correct Thai never changes: every text of the sample plan and every
 * translation of the program. */
static void
test_correct_unchanged (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gsize n_texts = 0, n_chars = 0;
  guint n_po;

  if (!need_dict ())
    return;

  add_sample_texts (texts);
  n_po = add_po_texts (texts);
  /* A broken reading of th.po would check nothing. */
  g_assert_cmpuint (n_po, >, 300);
  g_assert_cmpuint (texts->len, >, n_po + 80);

  for (guint i = 0; i < texts->len; i++)
    assert_unchanged (g_ptr_array_index (texts, i), &n_texts, &n_chars);
  g_test_message ("correct Thai left unchanged: %" G_GSIZE_FORMAT " texts, "
                  "%" G_GSIZE_FORMAT " characters (%u translations)",
                  n_texts, n_chars, n_po);
}

/* The sample's texts broken as letter-spaced PDFs break them (a space
 * after random letters, sara am as space + sara aa, tone marks before
 * upper vowels), repaired: repairing the result again changes nothing. */
static void
test_fixed_point (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n_changed = 0;

  if (!need_dict ())
    return;

  add_sample_texts (texts);
  for (guint round = 0; round < 5; round++)
    for (guint i = 0; i < texts->len; i++)
      {
        const char *text = g_ptr_array_index (texts, i);
        g_autoptr(GString) broken = g_string_new (NULL);
        g_autofree char *once = NULL;
        g_autofree char *twice = NULL;
        guint n_twice = G_MAXUINT;

        for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
          {
            gunichar c = g_utf8_get_char (p);
            gunichar next = g_utf8_get_char (g_utf8_next_char (p));

            if (c == 0x0E33)
              g_string_append (broken, " า");
            else if (c >= 0x0E48 && c <= 0x0E4B && next >= 0x0E34 && next <= 0x0E37)
              {
                g_string_append_unichar (broken, next);
                g_string_append_unichar (broken, c);
                p = g_utf8_next_char (p);
              }
            else
              {
                g_string_append_unichar (broken, c);
                if (g_test_rand_int_range (0, 12) == 0)
                  g_string_append_c (broken, ' ');
              }
          }
        once = hrp_thai_repair (broken->str, NULL);
        twice = hrp_thai_repair (once, &n_twice);
        if (g_strcmp0 (once, twice) != 0 || n_twice != 0)
          g_error ("not a fixed point: “%s” → “%s” → “%s”", broken->str, once, twice);
        n_changed += g_strcmp0 (once, broken->str) != 0;
      }
  g_assert_cmpuint (n_changed, >, 0);
}

/* With LIBTHAI_DICTDIR naming a folder, the list is read from there; a
 * folder without it, or a file that is not a word list, leaves the
 * repair its rules: no crash, the rules' repairs, no word checked. */
static void
test_dict_dir (void)
{
  const char *file = g_getenv ("HRPLAN_THAI_DICT");

  if (g_test_subprocess ())
    {
      const char *mode = g_getenv ("HRPLAN_TEST_DICT_MODE");
      g_autofree char *mended = NULL;
      g_autofree char *word = NULL;
      g_autofree char *expected = NULL;

      mended = hrp_thai_repair ("ต าบล เพ่ือ", NULL);
      g_assert_cmpstr (mended, ==, "ตำบล เพื่อ");
      word = hrp_thai_repair ("ฝกึ", NULL);
      if (g_strcmp0 (mode, "copy") == 0)
        {
          expected = g_build_filename (g_getenv ("LIBTHAI_DICTDIR"), "thbrk.tri", NULL);
          g_assert_true (hrp_thai_dict_available ());
          g_assert_cmpstr (hrp_thai_dict_path (), ==, expected);
          g_assert_cmpstr (word, ==, "ฝึก");
        }
      else
        {
          g_assert_false (hrp_thai_dict_available ());
          g_assert_null (hrp_thai_dict_path ());
          g_assert_cmpuint (cover ("การพัฒนา"), ==, 0);
          g_assert_cmpstr (word, ==, "ฝกึ");
        }
      return;
    }

  {
    HrpTestFolder folder;
    g_autofree char *copy = NULL;
    g_autofree char *junk_dir = NULL;
    g_autofree char *junk = NULL;
    g_autofree char *contents = NULL;
    gsize length = 0;

    hrp_test_folder_init (&folder, "thai-dict", NULL);

    /* A folder with no list */
    g_setenv ("LIBTHAI_DICTDIR", folder.dir, TRUE);
    g_setenv ("HRPLAN_TEST_DICT_MODE", "missing", TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();

    /* A file of that name that is not a list */
    junk_dir = g_build_filename (folder.dir, "junk", NULL);
    g_assert_cmpint (g_mkdir_with_parents (junk_dir, 0700), ==, 0);
    junk = g_build_filename (junk_dir, "thbrk.tri", NULL);
    g_assert_true (g_file_set_contents (junk, "not a trie", -1, NULL));
    g_setenv ("LIBTHAI_DICTDIR", junk_dir, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();

    /* The list copied elsewhere */
    if (file != NULL && g_file_get_contents (file, &contents, &length, NULL))
      {
        copy = g_build_filename (folder.dir, "thbrk.tri", NULL);
        g_assert_true (g_file_set_contents (copy, contents, length, NULL));
        g_setenv ("LIBTHAI_DICTDIR", folder.dir, TRUE);
        g_setenv ("HRPLAN_TEST_DICT_MODE", "copy", TRUE);
        g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed ();
      }

    g_unsetenv ("LIBTHAI_DICTDIR");
    g_unsetenv ("HRPLAN_TEST_DICT_MODE");
    hrp_test_folder_clear (&folder);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/thai-repair/dict/words", test_dict_words);
  g_test_add_func ("/thai-repair/dict/dir", test_dict_dir);
  g_test_add_func ("/thai-repair/words", test_repair_words);
  g_test_add_func ("/thai-repair/sentences", test_repair_sentences);
  g_test_add_func ("/thai-repair/correct-unchanged", test_correct_unchanged);
  g_test_add_func ("/thai-repair/fixed-point", test_fixed_point);

  return g_test_run ();
}
