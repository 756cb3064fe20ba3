/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-thai.h — Thai text and number helpers (no GTK) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HRP_MONEY_ERROR (hrp_money_error_quark ())
typedef enum {
  HRP_MONEY_ERROR_INVALID,
  HRP_MONEY_ERROR_NEGATIVE,
  HRP_MONEY_ERROR_TOO_MANY_DECIMALS,
  HRP_MONEY_ERROR_TOO_LARGE,
} HrpMoneyError;
GQuark    hrp_money_error_quark       (void);

/* ๐–๙ ↔ 0–9; other characters are kept. */
char     *hrp_thai_digits_to_arabic   (const char *text);
char     *hrp_arabic_digits_to_thai   (const char *text);
/* The value of an Arabic or Thai digit, or -1 for another character. */
int       hrp_digit_value             (gunichar    c);

/* "24 พฤศจิกายน 2569": the day, the full Thai name of the month and the
 * Buddhist Era year (CE + 543) of date, in its own time zone; with
 * thai_digits "๒๔ พฤศจิกายน ๒๕๖๙". */
char     *hrp_thai_long_date          (GDateTime  *date,
                                       gboolean    thai_digits);

/* Replaces every whole occurrence of the number old_year in text (written
 * with Arabic or Thai digits) by new_year, in the same digits. */
char     *hrp_thai_replace_year       (const char *text,
                                       int         old_year,
                                       int         new_year);

/* TRUE when text shows the breakage of text extracted from PDFs: a Thai
 * character + space + sara aa, or a tone mark before an upper vowel. */
gboolean  hrp_thai_has_broken_pattern (const char *text);

/* Repairs the Thai of text copied out of a PDF, and leaves correct Thai and
 * every other script alone.  Each line is repaired by itself.
 *
 * The rules, where the text cannot be correct Thai:
 *  - the private-use glyphs of Thai fonts (U+F700–U+F71A, and the
 *    U+F884–U+F89E set of other fonts) become their Thai characters;
 *  - nikhahit + sara aa is sara am, the tone mark before it;
 *  - a consonant + space + sara aa (a tone mark on either side of the
 *    space) is sara am that lost its nikhahit ("ต าบล", "น ้า") or a word
 *    spaced out ("ว่ า", "ก ารพัฒนา", "เป้ า"): sara aa is kept, the
 *    space taken out, when libthai's word list (hrp-thai-dict.h) covers
 *    more of the letters around with it, sara am otherwise;
 *  - marks are put in their order: a lower or upper vowel before a tone
 *    mark or thanthakhat, a tone mark before sara am, and before the sara
 *    aa of its consonant ("ระหวา่ง");
 *  - a mark moved onto the next letter goes back: "ตัง้" → "ตั้ง",
 *    "ทรพัยากร" → "ทรัพยากร"; of two upper vowels on one consonant, the
 *    one the word list prefers goes on the bare consonant before it
 *    ("ดิจทัิล" → "ดิจิทัล", "ปฏบิัติ" → "ปฏิบัติ");
 *  - spaces before a combining mark are removed ("วิสัยทัศน ์").
 *
 * Then the word list, where the text may be correct Thai but has letters
 * that no word of the list covers: a change is made only when words then
 * cover its letters and the letter on each side, more letters in all,
 * and every letter they covered before:
 *  - a vowel that a final consonant must follow (ั, ึ, ็), found on the
 *    consonant after its own, goes back: "ฝกึ" → "ฝึก", "หลกั" → "หลัก"
 *    (not in an initial cluster, nor after a vowel, nor where a leading
 *    vowel cannot take it: names the list lacks are spelt so);
 *  - a tone mark found on the final consonant of a syllable with an upper
 *    or lower vowel goes back: "ขึน้" → "ขึ้น";
 *  - a single space inside a word is taken out: "เป็ น" → "เป็น",
 *    "ระหว่า ง" → "ระหว่าง" (not next to an abbreviation: "ประมาณ พ.ศ.").
 * Without the word list (hrp_thai_dict_available()) the rules alone
 * repair, taking sara am and the second upper vowel.
 *
 * The result is a fixed point: repairing it again changes nothing.  The
 * time grows with the length of the text, also for a text of one long
 * line.  text must be valid UTF-8; n_repairs (may be NULL) receives the
 * number of repairs made. */
char     *hrp_thai_repair             (const char *text,
                                       guint      *n_repairs);

/* Money in satang.  Parse accepts "200000", "200,000", "200,000.5",
 * "1,234.56", Thai digits, surrounding white space; "-" or "" is no budget
 * (HRP_BUDGET_NONE).  Format prints thousands separators and two decimals
 * when there are satang or when always_decimals. */
gboolean  hrp_money_parse             (const char *text,
                                       gint64     *satang,
                                       GError    **error);
char     *hrp_money_format            (gint64      satang,
                                       gboolean    always_decimals);
/* "200000.00": the exchange format's xs:decimal, two decimals. */
char     *hrp_money_to_decimal        (gint64      satang);

G_END_DECLS
