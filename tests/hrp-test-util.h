/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-util.h — helpers the test programs share, without GTK:
 * temporary folders and the files in them, the sample plan, stores on
 * disk, list items, and PDFs read back with poppler's tools.  Each helper
 * asserts what it needs, so that a test reads as what it checks. */
#pragma once

#include <glib.h>

#include "hrp-report.h"
#include "hrp-store.h"

G_BEGIN_DECLS

/* Folders and files {{{ */

/* A new folder in the temporary folder, from tmpl ("hrplan-…-XXXXXX"). */
char       *hrp_test_make_dir             (const char          *tmpl);
/* Removes path and, for a folder, all it holds; folders a test made
 * read-only are made writable first.  Nothing there is no error. */
void        hrp_test_remove_tree          (const char          *path);
/* The SHA-256 of the file's bytes, or NULL when it cannot be read. */
char       *hrp_test_file_checksum        (const char          *path);
/* The names in a folder, sorted, one a line. */
char       *hrp_test_folder_names         (const char          *dir);
/* The project's source folder. */
char       *hrp_test_source_root          (void);
/* Appends to found (of strings) the path, relative to root, of each file
 * below root/folder whose name ends with one of suffixes
 * (NULL-terminated), in the order the folders are read. */
void        hrp_test_collect_files        (const char          *root,
                                           const char          *folder,
                                           const char * const  *suffixes,
                                           GPtrArray           *found);
/* The fixture most tests start from: a temporary folder of their own,
 * and the path of the file they work on in it (a database, a PDF; not
 * created). */
typedef struct {
  char *dir;
  char *file;              /* dir/file_name, or NULL */
  char *database_option;   /* "--database=" file, or NULL */
} HrpTestFolder;
/* A folder named after test ("hrplan-TEST-XXXXXX"); file_name may be
 * NULL. */
void        hrp_test_folder_init          (HrpTestFolder       *folder,
                                           const char          *test,
                                           const char          *file_name);
/* Removes the folder with what it holds. */
void        hrp_test_folder_clear         (HrpTestFolder       *folder);
/* The fixture functions of a test whose fixture is an HrpTestFolder:
 * the folder named after the program (test-NAME: "hrplan-NAME-XXXXXX"),
 * .file the database plans.db in it (not created). */
void        hrp_test_database_setup       (HrpTestFolder       *folder,
                                           gconstpointer        data);
void        hrp_test_database_teardown    (HrpTestFolder       *folder,
                                           gconstpointer        data);
/* Adds the test at path with those fixture functions and data. */
void        hrp_test_database_add         (const char          *path,
                                           gconstpointer        data,
                                           void               (*test) (HrpTestFolder *folder,
                                                                       gconstpointer  data));
/* Writes path: a plan of fiscal year 2571 in the exchange format with
 * n_policies policies of n_activities activities each. */
void        hrp_test_write_big_plan       (const char          *path,
                                           guint                n_policies,
                                           guint                n_activities);

/* }}} */

/* Plans and stores {{{ */

/* data/sample/hr-plan-2568.xml in the source tree. */
char       *hrp_test_sample_path          (void);
/* The sample plan as the program has it built in. */
HrpPlan    *hrp_test_load_sample          (void);
/* The sample plan read from hrp_test_sample_path (). */
HrpPlan    *hrp_test_load_sample_file     (void);
HrpStore   *hrp_test_open_store           (const char          *path);
/* Opens (creates) the database at path, with plan saved in it unless
 * plan is NULL. */
HrpStore   *hrp_test_store_new            (const char          *path,
                                           HrpPlan             *plan);
void        hrp_test_save_plan            (HrpStore            *store,
                                           HrpPlan             *plan,
                                           gboolean             replace);
HrpPlan    *hrp_test_load_plan            (HrpStore            *store,
                                           int                  year);
gboolean    hrp_test_has_plan             (HrpStore            *store,
                                           int                  year);
/* The plan of year as stored in the file at path, read through a new
 * connection. */
HrpPlan    *hrp_test_stored_plan          (const char          *path,
                                           int                  year);
/* Item i of a list model, kept alive by the list (no new reference). */
gpointer    hrp_test_nth                  (gpointer             list,
                                           guint                i);
guint       hrp_test_n_items              (gpointer             list);

/* }}} */

/* Texts and tools {{{ */

/* One of the lines of texts (lines joined by newlines) is line. */
gboolean    hrp_test_has_line             (const char          *texts,
                                           const char          *line);
/* Runs argv (searched in PATH); asserts it ran and exited with 0, and
 * returns its standard output. */
char       *hrp_test_run_tool             (const char * const  *argv);

/* What a program run by hrp_test_run () did. */
typedef struct {
  int   status;
  char *out;   /* its standard output's bytes, NUL-terminated */
  char *err;
} HrpTestRun;

/* Runs argv (NULL-terminated, argv[0] the program) as the command line
 * is used: no display, XDG_DATA_HOME in folder, input (may be NULL) on
 * its standard input; when language is not NULL, LANGUAGE=language in
 * C.UTF-8; when lsan_options is not NULL, that LSAN_OPTIONS.  Its output
 * is taken as bytes, checked as they are. */
HrpTestRun  hrp_test_run                  (const char          *folder,
                                           GBytes              *input,
                                           const char          *language,
                                           const char          *lsan_options,
                                           const char * const  *argv);
void        hrp_test_run_clear            (HrpTestRun          *run);
/* Writes bytes to the file at path; asserts it worked. */
void        hrp_test_write_bytes          (const char          *path,
                                           GBytes              *bytes);
/* The bytes of the file at path; asserts it was read. */
GBytes     *hrp_test_read_bytes           (const char          *path);
/* Runs hrplan (HRPLAN_EXE) with the arguments, NULL-terminated, as
 * hrp_test_run () does in folder. */
HrpTestRun  hrp_test_run_hrplan           (const char          *folder,
                                           const char          *first,
                                           ...) G_GNUC_NULL_TERMINATED;
/* The same with args (strings), input (may be NULL) on its standard
 * input and, when language is not NULL, messages in that language. */
HrpTestRun  hrp_test_run_hrplan_args      (const char          *folder,
                                           GBytes              *input,
                                           const char          *language,
                                           GPtrArray           *args);
/* A reader's progress as hrp_test_progress_cb () sees it: asserts that
 * each call is one step (a part, a page) more than the last. */
typedef struct {
  guint done;
  guint total;
  guint calls;
} HrpTestProgress;
/* Importing bytes (named name) with the import cancelled before it
 * starts: G_IO_ERROR_CANCELLED, no plan. */
void        hrp_test_assert_import_cancelled (GBytes           *bytes,
                                              const char       *name);
void        hrp_test_progress_cb          (guint                done,
                                           guint                total,
                                           gpointer             user_data);
/* LibreOffice converts path to format ("pdf", "odt",
 * "txt:Text (encoded):UTF8") into dir/converted, with a profile of its
 * own in dir: the path of what it wrote (its name path's with
 * extension), or NULL (the test skipped) when soffice is not installed. */
char       *hrp_test_soffice_convert      (const char          *dir,
                                           const char          *path,
                                           const char          *format,
                                           const char          *extension);
/* text without white space. */
char       *hrp_test_squeeze              (const char          *text);
/* Writes report as PDF to path. */
void        hrp_test_write_pdf            (HrpReport           *report,
                                           const char          *path);
/* The text of the PDF at path as pdftotext reads it in the order drawn:
 * every page, or only page (from 1).  pdftotext puts spaces inside Thai
 * clusters: with strip_spaces, without any white space, to be compared
 * with texts that went through hrp_test_squeeze (). */
char       *hrp_test_pdf_text             (const char          *path,
                                           int                  page,
                                           gboolean             strip_spaces);
/* What pdfinfo says of the PDF at path. */
char       *hrp_test_pdf_info             (const char          *path);
/* pdfinfo of one page (1-based): its "Page size" line among the rest. */
char       *hrp_test_pdf_page_info        (const char          *path,
                                           guint                page);
/* text without the page numbers ("-๒-") that a paragraph running on to
 * the next page has in its middle. */
char       *hrp_test_strip_page_numbers   (const char          *text);
/* Asserts that text (without white space) is found in from, a PDF's
 * text from hrp_test_pdf_text (), and returns where it ends, to look for
 * what comes after it. */
const char *hrp_test_find_after           (const char          *from,
                                           const char          *text);

/* }}} */

/* Plans compared field by field {{{ */

/* The text as compared: Thai digits as Arabic, no white space (a line
 * wrap may add or take a space). */
char       *hrp_test_normal               (const char          *text);
typedef enum {
  HRP_TEST_DUMP_TABLE_ONLY    = 1 << 0,   /* only what the action-plan table shows */
  HRP_TEST_DUMP_LISTS         = 1 << 1,   /* the strategies' goals, objectives, indicators */
  HRP_TEST_DUMP_QUARTERS      = 1 << 2,   /* the activities' ticked quarters */
  HRP_TEST_DUMP_NO_ACTIVITIES = 1 << 3,
} HrpTestDumpFlags;
/* Every field an import from a document can bring back, one a line, to
 * be compared whole (a difference shows as the first line that differs). */
char       *hrp_test_dump_plan            (HrpPlan             *plan,
                                           HrpTestDumpFlags     flags);
/* got is expected; the first line that differs is shown as it reads
 * (g_assert_cmpstr escapes Thai). */
void        hrp_test_assert_same_plan     (const char          *what,
                                           const char          *got,
                                           const char          *expected);
/* The sample with quarters ticked (no two activities alike) and a few
 * more budgets, as an office fills its table in. */
HrpPlan    *hrp_test_ticked_sample        (void);

/* }}} */

G_END_DECLS
