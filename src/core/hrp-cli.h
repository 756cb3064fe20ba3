/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-cli.h — the command line (spec/cli.md): options and the actions
 * that run without a display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char      *database;
  gboolean   list;
  char      *import;
  char      *import_text;
  char      *import_document;   /* --import-document: a PDF or text, told by content */
  int        as_year;
  gboolean   replace;
  char      *export_xml;
  char      *export_pdf;
  gboolean   table_only;
  gboolean   thai_digits;
  gboolean   table_portrait;   /* --table-orientation=portrait */
  char      *export_csv;
  char      *export_docx;   /* --export-docx: the plan as a Word document */
  char      *export_odt;    /* --export-odt: the plan as an OpenDocument text */
  gboolean   check;      /* --check */
  int        year;
  gboolean   version;
  char     **files;     /* remaining arguments: files to open in the window */
} HrpCliOptions;

void       hrp_cli_options_clear      (HrpCliOptions  *options);

/* Parses and removes our options from argv.  FALSE with a message in
 * error on a usage mistake. */
gboolean   hrp_cli_parse              (HrpCliOptions  *options,
                                       int            *argc,
                                       char         ***argv,
                                       GError        **error);
gboolean   hrp_cli_has_action         (const HrpCliOptions *options);

/* Runs the actions; prints what it did on standard output, or one message
 * on standard error.  Returns the exit status (0 or 1). */
int        hrp_cli_run                (const HrpCliOptions *options);
/* text as a terminal should be given it: control, bidi and invisible
 * characters written as escapes ("\x1b", "\u202e"), never interpreted;
 * tab and newline kept unless one_line. */
char      *hrp_cli_printable          (const char          *text,
                                       gboolean             one_line);

G_END_DECLS
