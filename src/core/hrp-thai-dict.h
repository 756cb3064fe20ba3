/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-thai-dict.h — the Thai word list that checks repairs (no GTK) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The word list is libthai's thbrk.tri, the one Pango breaks Thai lines
 * with, read with libdatrie.  It is looked for in $LIBTHAI_DICTDIR when
 * that is set; on Windows in share/libthai of the program's installation
 * folder; otherwise in libthai's own folder, found when HR Plan was
 * built.  It is loaded once, by the first call of any function below,
 * from whichever thread; the functions may then be called from several
 * threads at once.  Without the file every text scores 0 and
 * hrp_thai_dict_available() says FALSE: the repair then uses its rules
 * alone. */

/* TRUE when the word list could be read. */
gboolean  hrp_thai_dict_available (void);

/* The file the word list was read from, or NULL when it could not be. */
const char *hrp_thai_dict_path    (void);

/* TRUE when chars[0..n) is one word of the list. */
gboolean  hrp_thai_dict_has_word  (const gunichar *chars,
                                   gsize           n);

/* How many of the Thai letters of chars[0..n) the best segmentation into
 * words of the list covers: the words are found where they start, may
 * not overlap, and anything else (a letter no word covers, a space, a
 * digit, Latin) is passed over.  The list lacks many compounds
 * (การพัฒนา, มากกว่า) but holds their parts, so a correct compound is
 * covered whole; a misspelt word leaves some of its letters out. */
gsize     hrp_thai_dict_cover     (const gunichar *chars,
                                   gsize           n);

/* As hrp_thai_dict_cover(), and fills covered[0..n) (when not NULL) with
 * TRUE for each character covered. */
gsize     hrp_thai_dict_cover_mask (const gunichar *chars,
                                    gsize           n,
                                    gboolean       *covered);

/* The Thai letters (U+0E01–U+0E4E) of chars[0..n): what a cover is out
 * of. */
gsize     hrp_thai_dict_n_letters (const gunichar *chars,
                                   gsize           n);

G_END_DECLS
