/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-text-import-private.h — what the files of the plan's reader share
 *
 * A plan is read from the lines of a document in several files, each one
 * part of the work; this header is for them alone (callers include
 * hrp-text-import.h):
 *
 *   hrp-text-import.c  the entry points, the report, the parts of the plan
 *                      other than the table, and the whole plan
 *   hrp-text-lines.c   what a line is, and the parser's lines made from
 *                      the document's
 *   hrp-text-table.c   the action-plan table, from lines and from cells
 *   hrp-text-layout.c  a text laid out by columns (pdftotext -layout), and
 *                      marks on lines of their own, made into lines
 *
 * Functions shared between the files are named _hrp_text_*; a helper
 * that only one file uses stays static in it.
 */
#pragma once

#include "hrp-text-import.h"

G_BEGIN_DECLS

/* Leading spaces of a line that starts a paragraph */
#define PARAGRAPH_INDENT 3

typedef struct {
  char                *text;     /* white space collapsed, never empty */
  guint                indent;   /* leading white space of the line as it was */
  const HrpSourceLine *source;   /* the document's line it comes from */
} Line;

typedef struct {
  GPtrArray       *lines;
  guint            i;
  HrpPlan         *plan;
  HrpImportReport *report;   /* may be NULL */
} Parser;

/* hrp-text-import.c: the parser's place in the lines */
void          _hrp_text_add_unplaced           (Parser     *p,
                                                const Line *line);
guint         _hrp_text_n_items                (GListStore *store);
Line         *_hrp_text_current                (Parser *p);
Line         *_hrp_text_peek                   (Parser *p,
                                                guint   ahead);
void          _hrp_text_string_free            (GString *string);

/* hrp-text-lines.c: what a line is, and the parser's lines */
Line         *_hrp_text_line_new               (char  *text,
                                                guint  indent);
gboolean      _hrp_text_is_combining           (gunichar c);
gboolean      _hrp_text_is_blank               (gunichar c);
guint         _hrp_text_base_width             (const char *text);
char         *_hrp_text_collapse_space         (const char *text,
                                                guint      *indent);
char         *_hrp_text_without_space          (const char *text);
void          _hrp_text_join_line              (GString    *text,
                                                const char *line);
void          _hrp_text_join_paragraph_line    (GString    *text,
                                                const Line *line,
                                                const char *content);
const char   *_hrp_text_heading_rest           (const char *text,
                                                const char *word);
gboolean      _hrp_text_is_definition          (const char *rest);
const char   *_hrp_text_skip_spaces            (const char *p);
gboolean      _hrp_text_numbered_item          (const char  *text,
                                                guint       *number,
                                                const char **rest);
const char   *_hrp_text_bullet_rest            (const char *text);
gboolean      _hrp_text_title_line             (const char *text,
                                                guint      *year);
gboolean      _hrp_text_strategy_heading       (const char  *text,
                                                guint       *number,
                                                const char **rest);
gboolean      _hrp_text_is_part_heading        (const char *text);
gboolean      _hrp_text_is_numbered_part       (const char *text);
gboolean      _hrp_text_is_table_header        (const char *text);
gboolean      _hrp_text_is_action_plan_heading (const char *text);
gboolean      _hrp_text_is_section_text        (const char *text);
gboolean      _hrp_text_is_section_start       (const Line *line);
gboolean      _hrp_text_policy_line            (const char  *text,
                                                guint       *number,
                                                const char **rest);
gboolean      _hrp_text_next_policy_line       (const char  *text,
                                                guint        n,
                                                const char **rest);
gboolean      _hrp_text_is_organization        (const char *text);
const char   *_hrp_text_after_page_number      (const char *text);
GPtrArray    *_hrp_text_parser_lines           (GPtrArray *source);

/* hrp-text-table.c: the action-plan table */
gboolean      _hrp_text_is_tick                (const char *token);
gboolean      _hrp_text_is_table_total         (const char *text);
guint         _hrp_text_total_label_lines      (Parser     *p);
gboolean      _hrp_text_is_table_end           (const char *text);
char * const *_hrp_text_line_cells             (const Line *line);
void          _hrp_text_read_action_plan       (Parser *p);

/* hrp-text-layout.c: a text laid out by columns */
void          _hrp_text_merge_mark_lines       (char **lines);
GPtrArray    *_hrp_text_layout_lines           (char **raw);

G_END_DECLS
