/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-ui.h — helpers the test programs of the user interface share:
 * GTK started on the (virtual) display, windows shown and laid out, the
 * texts they show, and widgets and windows found by what they are. */
#pragma once

#include <gtk/gtk.h>

#include "hrp-outline.h"
#include "hrp-test-util.h"
#include "hrp-window.h"

G_BEGIN_DECLS

typedef enum {
  HRP_TEST_WARNINGS_FATAL,   /* as g_test_init () sets it */
  HRP_TEST_CRITICALS_FATAL,  /* warnings printed, criticals fail */
} HrpTestFatal;

/* g_test_init (), the log levels that fail a test, then GTK on the
 * display; without one, says so and exits with 1 (run the tests under
 * xvfb-run).  Xvfb has no window manager, so a window is never active
 * and GtkText warns that it "did not receive a focus-out event" when the
 * focus moves between fields: tests that edit text in a window let
 * warnings be printed with HRP_TEST_CRITICALS_FATAL. */
void            hrp_test_ui_init               (int                 *argc,
                                                char              ***argv,
                                                HrpTestFatal         fatal);
/* Lets windows map, lay out, draw and build their rows. */
void            hrp_test_drain                 (void);
/* Shows window at that default size, laid out. */
void            hrp_test_present               (GtkWindow           *window,
                                                int                  width,
                                                int                  height);
/* Presses keys (xdotool's key names: "Tab", "Return", "Thai_kokai") on
 * the keyboard of the X server, window having the keyboard's focus, and
 * lets them arrive. */
void            hrp_test_press_keys            (GtkWindow           *window,
                                                const char          *keys,
                                                ...) G_GNUC_NULL_TERMINATED;
/* The same, one after the other as a quick typist presses them (40 ms
 * apart), the program handling them as they come; keys on the US
 * keyboard only. */
void            hrp_test_press_keys_quickly    (GtkWindow           *window,
                                                const char          *keys,
                                                ...) G_GNUC_NULL_TERMINATED;
/* A new window showing child, as hrp_test_present () shows it. */
GtkWindow      *hrp_test_show_in_window        (GtkWidget           *child,
                                                int                  width,
                                                int                  height);
/* Destroys window, and lets the main loop run past the focus checks
 * (100 ms) of the editable labels that were in it. */
void            hrp_test_destroy_window        (GtkWindow           *window);
/* The object named name in the template of widget's class type. */
gpointer        hrp_test_template_child        (gpointer             widget,
                                                GType                type,
                                                const char          *name);

/* The text of every mapped label under widget, each followed by a
 * newline. */
char           *hrp_test_texts_of              (GtkWidget           *widget);
/* The same of every label, mapped or not. */
char           *hrp_test_all_texts_of          (GtkWidget           *widget);

typedef gboolean (*HrpTestWidgetFunc)          (GtkWidget           *widget,
                                                gconstpointer        data);
/* The first of root and the widgets under it (depth first) for which
 * func is TRUE, or NULL. */
GtkWidget      *hrp_test_find_widget           (GtkWidget           *root,
                                                HrpTestWidgetFunc    func,
                                                gconstpointer        data);
/* The same, the first of that type (and mapped, when mapped_only). */
GtkWidget      *hrp_test_find_widget_of_type   (GtkWidget           *root,
                                                GType                type,
                                                gboolean             mapped_only);
/* The visible cell widgets of that CSS class under root in the row of
 * the list item holding item, or at position; element type GtkWidget. */
GPtrArray      *hrp_test_find_cells            (GtkWidget           *root,
                                                const char          *css_class,
                                                gpointer             item);
GPtrArray      *hrp_test_find_cells_at         (GtkWidget           *root,
                                                const char          *css_class,
                                                guint                position);
/* The first visible toplevel window of that type, or NULL. */
GtkWindow      *hrp_test_find_toplevel         (GType                type);

/* The rows of the window's outline (GtkTreeListRow), and the node of row
 * i with its depth in *depth unless depth is NULL. */
GListModel     *hrp_test_outline_rows          (HrpWindow           *window);
HrpOutlineNode *hrp_test_outline_node          (HrpWindow           *window,
                                                guint                i,
                                                guint               *depth);

/* The policy's activity table takes the editor's free height and the
 * window's width, window showing the sample plan of 2568: with eight
 * more activities in policy 4, at 1200 × 720 at least six rows wholly in
 * view, at 1024 × 600 every column and its title whole; each row as tall
 * as its text. */
void            hrp_test_check_activity_room   (HrpWindow           *window);

/* A window on a database of its own: the sample plan stored in a new
 * file in a temporary folder, shown at 2568. */
typedef struct {
  HrpTestFolder  folder;   /* .dir, .file: plans.db */
  HrpStore      *store;
  HrpWindow     *window;   /* NULL once the test destroyed it */
  HrpPlan       *plan;     /* the plan shown */
} HrpTestWindow;

/* Shows it at that size, for test (the folder's name). */
void            hrp_test_window_open           (HrpTestWindow       *self,
                                                const char          *test,
                                                int                  width,
                                                int                  height);
void            hrp_test_window_close          (HrpTestWindow       *self);

G_END_DECLS
