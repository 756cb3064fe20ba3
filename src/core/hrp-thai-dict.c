/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-thai-dict.c — the Thai word list that checks repairs */
#include "config.h"

#include <datrie/trie.h>

#include "hrp-thai-dict.h"

typedef struct {
  Trie *trie;
  char *path;
} Dict;

static char *
dict_file (void)
{
  const char *dir = g_getenv ("LIBTHAI_DICTDIR");

  /* libthai itself honours the variable: a user who points Pango's line
   * breaking at another list gets the same list here. */
  if (dir != NULL && dir[0] != '\0')
    return g_build_filename (dir, "thbrk.tri", NULL);
#ifdef G_OS_WIN32
  {
    /* The bundle ships the list beside the program, not at the prefix
     * libthai was built for. */
    g_autofree char *base = g_win32_get_package_installation_directory_of_module (NULL);

    if (base != NULL)
      return g_build_filename (base, "share", "libthai", "thbrk.tri", NULL);
  }
#endif
  return g_strdup (HRP_THAI_DICT_FILE);
}

static gpointer
dict_load (gpointer data)
{
  Dict *dict = g_new0 (Dict, 1);
  g_autofree char *path = dict_file ();

  /* A list that is missing or cannot be read is no error the user can
   * act on: the repair keeps its rules. */
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    dict->trie = trie_new_from_file (path);
  if (dict->trie != NULL)
    dict->path = g_steal_pointer (&path);
  else
    g_debug ("No Thai word list at %s: Thai repairs use their rules alone", path);
  return dict;
}

static const Dict *
dict_get (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, dict_load, NULL);
}

gboolean
hrp_thai_dict_available (void)
{
  return dict_get ()->trie != NULL;
}

const char *
hrp_thai_dict_path (void)
{
  return dict_get ()->path;
}

static gboolean
is_letter (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E4E;
}

gsize
hrp_thai_dict_n_letters (const gunichar *chars,
                         gsize           n)
{
  gsize count = 0;

  for (gsize i = 0; i < n; i++)
    count += is_letter (chars[i]);
  return count;
}

gboolean
hrp_thai_dict_has_word (const gunichar *chars,
                        gsize           n)
{
  const Dict *dict = dict_get ();
  TrieState *state;
  gboolean found = TRUE;

  g_return_val_if_fail (chars != NULL || n == 0, FALSE);

  if (dict->trie == NULL || n == 0)
    return FALSE;
  state = trie_root (dict->trie);
  for (gsize i = 0; i < n && found; i++)
    found = is_letter (chars[i]) && trie_state_walk (state, chars[i]);
  found = found && trie_state_is_terminal (state);
  trie_state_free (state);
  return found;
}

gsize
hrp_thai_dict_cover_mask (const gunichar *chars,
                          gsize           n,
                          gboolean       *covered)
{
  const Dict *dict = dict_get ();
  g_autofree gsize *best = NULL;
  g_autofree gssize *word_start = NULL;
  TrieState *state;
  gsize result;

  g_return_val_if_fail (chars != NULL || n == 0, 0);

  if (covered != NULL)
    for (gsize i = 0; i < n; i++)
      covered[i] = FALSE;
  if (dict->trie == NULL || n == 0)
    return 0;

  /* best[j]: the most letters of chars[0..j) that words can cover;
   * word_start[j]: where the word ending at j of that best cover starts,
   * or -1 when chars[j - 1] is passed over.  Each position is walked
   * down the trie once, as far as the list has a word going on, so the
   * work grows with n times the length of the longest word. */
  best = g_new0 (gsize, n + 1);
  word_start = g_new (gssize, n + 1);
  for (gsize j = 0; j <= n; j++)
    word_start[j] = -1;
  state = trie_root (dict->trie);
  for (gsize i = 0; i < n; i++)
    {
      if (best[i] > best[i + 1])
        {
          best[i + 1] = best[i];
          word_start[i + 1] = -1;
        }
      if (!is_letter (chars[i]))
        continue;
      trie_state_rewind (state);
      for (gsize j = i; j < n && is_letter (chars[j]); j++)
        {
          if (!trie_state_walk (state, chars[j]))
            break;
          if (trie_state_is_terminal (state) && best[i] + (j + 1 - i) > best[j + 1])
            {
              best[j + 1] = best[i] + (j + 1 - i);
              word_start[j + 1] = (gssize) i;
            }
        }
    }
  trie_state_free (state);

  result = best[n];
  if (covered != NULL)
    for (gsize j = n; j > 0;)
      {
        if (word_start[j] < 0)
          {
            j--;
            continue;
          }
        for (gsize k = (gsize) word_start[j]; k < j; k++)
          covered[k] = TRUE;
        j = (gsize) word_start[j];
      }
  return result;
}

gsize
hrp_thai_dict_cover (const gunichar *chars,
                     gsize           n)
{
  return hrp_thai_dict_cover_mask (chars, n, NULL);
}
