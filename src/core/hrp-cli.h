/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-cli.h — the command line (spec/cli.md): options and the actions
 * that run without a display */
#pragma once

#include "hrp-store.h"

G_BEGIN_DECLS

typedef struct {
  char      *database;
  gboolean   list;
  char      *import;
  char      *import_text;
  int        as_year;
  gboolean   replace;
  char      *export_xml;
  char      *export_pdf;
  gboolean   table_only;
  gboolean   thai_digits;
  char      *export_csv;
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

/* g_get_user_data_dir()/hrplan/hrplan.db */
char      *hrp_cli_default_database   (void);

/* Opens path (NULL: the default database), creating it if need be.  A
 * database created so gets the sample plan when with_sample is TRUE (the
 * window's first start); the command line's actions never add it. */
HrpStore  *hrp_cli_open_store         (const char     *path,
                                       gboolean        with_sample,
                                       GError        **error);
/* Whether this user can change the file at path and create files beside
 * it (a journal, a backup copy). */
gboolean   hrp_cli_can_change         (const char   *path);

/* The same for the actions that only read: the database is opened for
 * reading only (hrp_store_open_read_only), so that one on a read-only
 * share or disc can be listed and exported, and one that is missing is
 * not created (G_FILE_ERROR_NOENT: "There is no HR Plan database at…").
 * One that must be brought up to date or repaired first is opened as
 * hrp_cli_open_store does when this user can change it. */
HrpStore  *hrp_cli_open_store_read_only (const char   *path,
                                         GError      **error);

/* Reads FILE ("-": standard input) within the size limit of an import. */
GBytes    *hrp_cli_read_input         (const char     *path,
                                       GError        **error);

/* The sample plan (FY 2568) compiled into the program. */
HrpPlan   *hrp_cli_load_sample        (GError        **error);

G_END_DECLS
