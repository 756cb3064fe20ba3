/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-test-ui.c — helpers the test programs of the user interface share
 * (see hrp-test-ui.h). */
#include "config.h"

#include "hrp-library.h"
#include "hrp-test-ui.h"

#include <stdlib.h>
#include <string.h>

#include <gdk/x11/gdkx.h>

#include "hrp-activity-cells.h"
#include "hrp-activity-table.h"
#include "hrp-app-resources.h"

/* Messages GTK prints about our own mistakes, whatever the test: a dialog
 * shown without its parent window, and a text field made insensitive (or
 * hidden) while it had the focus.  Each fails the test it comes in. */
static const char * const our_mistakes[] = {
  "mapped without a transient parent",
  "did not receive a focus-out event",
};

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
      for (guint j = 0; j < G_N_ELEMENTS (our_mistakes); j++)
        if (strstr (fields[i].value, our_mistakes[j]) != NULL)
          {
            g_test_message ("GTK says: %s", (const char *) fields[i].value);
            g_test_fail ();
          }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

void
hrp_test_ui_init (int            *argc,
                  char         ***argv,
                  HrpTestFatal    fatal)
{
  g_autofree char *name = g_path_get_basename ((*argv)[0]);

  g_test_init (argc, argv, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);
  if (fatal == HRP_TEST_CRITICALS_FATAL)
    g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  if (!gtk_init_check ())
    {
      /* These tests need a display: run them under xvfb-run. */
      g_printerr ("%s: cannot open a display\n", name);
      exit (1);
    }

  /* The program's style sheet, as HrpApplication loads it: the tables'
   * rows are measured as the user sees them. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    g_assert_nonnull (hrp_app_get_resource ());
    gtk_css_provider_load_from_resource (provider, "/org/hrplan/HrPlan/ui/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

void
hrp_test_drain (void)
{
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

void
hrp_test_present (GtkWindow *window,
                  int        width,
                  int        height)
{
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  hrp_test_drain ();
}

static void
xdotool_exited_cb (GPid     pid,
                   int      status,
                   gpointer data)
{
  int *result = data;

  *result = status;
  g_spawn_close_pid (pid);
}

/* Runs xdotool while the main loop runs: a key whose symbol the keyboard
 * lacks is pressed with a keyboard remapped for it, which GTK must see
 * before the key comes. */
static void
run_xdotool (GPtrArray *args)
{
  g_autoptr(GError) error = NULL;
  int status = -1;
  GPid pid;

  g_ptr_array_insert (args, 0, g_strdup ("xdotool"));
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_async (NULL, (char **) args->pdata, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, xdotool_exited_cb, &status);
  while (status == -1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static char *
window_xid (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  return g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
}

void
hrp_test_press_keys (GtkWindow  *window,
                     const char *keys,
                     ...)
{
  static gboolean thai_keyboard;
  g_autofree char *xid = window_xid (window);
  va_list ap;

  /* A Thai keyboard beside the US one: Thai letters are pressed on keys
   * of their own rather than on keys remapped for a moment, which a busy
   * program may read after the mapping is gone. */
  if (!thai_keyboard)
    {
      thai_keyboard = g_spawn_command_line_sync ("setxkbmap -layout us,th", NULL, NULL, NULL, NULL);
      hrp_test_drain ();
    }

  /* One key at a time, held a moment, the program done with it before
   * the next. */
  va_start (ap, keys);
  for (const char *key = keys; key != NULL; key = va_arg (ap, const char *))
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (args, g_strdup ("windowfocus"));
      g_ptr_array_add (args, g_strdup ("--sync"));
      g_ptr_array_add (args, g_strdup (xid));
      g_ptr_array_add (args, g_strdup ("keydown"));
      g_ptr_array_add (args, g_strdup (key));
      g_ptr_array_add (args, g_strdup ("sleep"));
      g_ptr_array_add (args, g_strdup ("0.1"));
      g_ptr_array_add (args, g_strdup ("keyup"));
      g_ptr_array_add (args, g_strdup (key));
      run_xdotool (args);
      hrp_test_drain ();
      hrp_test_drain ();
    }
  va_end (ap);
}

void
hrp_test_press_keys_quickly (GtkWindow  *window,
                             const char *keys,
                             ...)
{
  g_autofree char *xid = window_xid (window);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  va_list ap;

  g_ptr_array_add (args, g_strdup ("windowfocus"));
  g_ptr_array_add (args, g_strdup ("--sync"));
  g_ptr_array_add (args, g_strdup (xid));
  g_ptr_array_add (args, g_strdup ("key"));
  g_ptr_array_add (args, g_strdup ("--delay"));
  g_ptr_array_add (args, g_strdup ("40"));
  va_start (ap, keys);
  for (const char *key = keys; key != NULL; key = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (key));
  va_end (ap);
  run_xdotool (args);
  hrp_test_drain ();
}

void
hrp_test_window_open (HrpTestWindow *self,
                      const char    *test,
                      int            width,
                      int            height)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample ();
  g_autoptr(HrpLibrary) library = NULL;

  hrp_test_folder_init (&self->folder, test, "plans.db");
  self->store = hrp_test_store_new (self->folder.file, sample);
  library = hrp_library_new (self->store);
  self->window = hrp_window_new (NULL, library);
  hrp_test_present (GTK_WINDOW (self->window), width, height);
  g_assert_true (hrp_window_set_fiscal_year (self->window, 2568));
  hrp_test_drain ();
  self->plan = hrp_window_get_plan (self->window);
}

void
hrp_test_window_close (HrpTestWindow *self)
{
  if (self->window != NULL)
    hrp_test_destroy_window (GTK_WINDOW (self->window));
  self->window = NULL;
  g_clear_object (&self->store);
  hrp_test_folder_clear (&self->folder);
}

GtkWindow *
hrp_test_show_in_window (GtkWidget *child,
                         int        width,
                         int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  hrp_test_drain ();
  return window;
}

void
hrp_test_destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  for (int i = 0; i < 15; i++)
    hrp_test_drain ();
}

gpointer
hrp_test_template_child (gpointer    widget,
                         GType       type,
                         const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static void
collect_labels (GtkWidget *widget,
                gboolean   mapped_only,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && (!mapped_only || gtk_widget_get_mapped (widget)))
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, mapped_only, out);
}

char *
hrp_test_texts_of (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, TRUE, out);
  return g_string_free (out, FALSE);
}

char *
hrp_test_all_texts_of (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, FALSE, out);
  return g_string_free (out, FALSE);
}

GtkWidget *
hrp_test_find_widget (GtkWidget         *root,
                      HrpTestWidgetFunc  func,
                      gconstpointer      data)
{
  if (func (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = hrp_test_find_widget (c, func, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) data);
}

static gboolean
is_mapped_of_type (GtkWidget     *widget,
                   gconstpointer  data)
{
  return is_of_type (widget, data) && gtk_widget_get_mapped (widget);
}

GtkWidget *
hrp_test_find_widget_of_type (GtkWidget *root,
                              GType      type,
                              gboolean   mapped_only)
{
  return hrp_test_find_widget (root, mapped_only ? is_mapped_of_type : is_of_type, &type);
}

/* Which cells: of css_class, in the row of item or (item NULL) at
 * position. */
typedef struct {
  const char *css_class;
  gpointer    item;
  guint       position;
} CellFilter;

static void
find_cells (GtkWidget        *widget,
            const CellFilter *filter,
            GPtrArray        *found)
{
  if (gtk_widget_has_css_class (widget, filter->css_class) && gtk_widget_get_visible (widget))
    {
      GtkListItem *list_item = hrp_activity_cells_find_list_item (widget);

      if (list_item != NULL
          && (filter->item != NULL ? gtk_list_item_get_item (list_item) == filter->item
                                   : gtk_list_item_get_position (list_item) == filter->position))
        g_ptr_array_add (found, widget);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    find_cells (c, filter, found);
}

GPtrArray *
hrp_test_find_cells (GtkWidget  *root,
                     const char *css_class,
                     gpointer    item)
{
  CellFilter filter = { css_class, item, 0 };
  GPtrArray *found = g_ptr_array_new ();

  g_assert_nonnull (item);
  find_cells (root, &filter, found);
  return found;
}

GPtrArray *
hrp_test_find_cells_at (GtkWidget  *root,
                        const char *css_class,
                        guint       position)
{
  CellFilter filter = { css_class, NULL, position };
  GPtrArray *found = g_ptr_array_new ();

  find_cells (root, &filter, found);
  return found;
}

GtkWindow *
hrp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

GListModel *
hrp_test_outline_rows (HrpWindow *window)
{
  GtkListView *view = hrp_test_template_child (window, HRP_TYPE_WINDOW, "outline_view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));

  g_assert_nonnull (model);
  return model;
}

HrpOutlineNode *
hrp_test_outline_node (HrpWindow *window,
                       guint      i,
                       guint     *depth)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (hrp_test_outline_rows (window), i);
  HrpOutlineNode *node;

  g_assert_nonnull (row);
  if (depth != NULL)
    *depth = gtk_tree_list_row_get_depth (row);
  node = gtk_tree_list_row_get_item (row);
  g_object_unref (node); /* the outline keeps it */
  return node;
}

/* Room for the policy's activities {{{ */

/* Whether each column's title is wholly in view, as tall and as wide as
 * its lines: the labels of the column view's header. */
static gboolean
titles_whole (GtkWidget *view,
              GtkWidget *scrolled)
{
  GtkWidget *header = gtk_widget_get_first_child (view);   /* before the list */
  int view_width = gtk_widget_get_width (scrolled);
  gboolean whole = TRUE;
  guint n = 0;

  g_assert_nonnull (header);
  g_assert_false (GTK_IS_LIST_VIEW (header));
  for (GtkWidget *title = gtk_widget_get_first_child (header); title != NULL;
       title = gtk_widget_get_next_sibling (title))
    {
      GtkWidget *label = hrp_test_find_widget_of_type (title, GTK_TYPE_LABEL, FALSE);
      graphene_rect_t bounds;
      int width, height;

      if (label == NULL || !gtk_widget_get_visible (title))
        continue;
      n++;
      g_assert_true (gtk_widget_compute_bounds (label, scrolled, &bounds));
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
      g_test_message ("title “%s”: from %g to %g of %d, %g × %g for %d × %d",
                      gtk_label_get_label (GTK_LABEL (label)), bounds.origin.x,
                      bounds.origin.x + bounds.size.width, view_width,
                      bounds.size.width, bounds.size.height, width, height);
      if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > view_width
          || bounds.size.width < width || bounds.size.height < height)
        whole = FALSE;
    }
  g_assert_cmpuint (n, >, 0);
  return whole;
}

/* How many rows of the activity table are wholly in view; each row in
 * view is checked to be as tall as its name needs (no blank space, no
 * line cut), and *columns_whole tells whether the titles and the name,
 * budget and quarter cells of the first row are wholly in view. */
static guint
rows_in_view (GtkWidget *table,
              guint      n_rows,
              gboolean  *columns_whole)
{
  static const char * const classes[] = { "activity-name", "activity-budget", "activity-quarter" };
  GtkWidget *scrolled = hrp_test_find_widget_of_type (table, GTK_TYPE_SCROLLED_WINDOW, TRUE);
  int view_width = gtk_widget_get_width (scrolled);
  int view_height = gtk_widget_get_height (scrolled);
  guint n = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GPtrArray) cells = hrp_test_find_cells_at (table, "activity-name", i);
      graphene_rect_t bounds;
      GtkWidget *name, *box;
      int needed;

      if (cells->len == 0 || !gtk_widget_get_mapped (cells->pdata[0]))
        continue;
      name = cells->pdata[0];
      box = gtk_widget_get_parent (name);
      g_assert_true (gtk_widget_compute_bounds (box, scrolled, &bounds));
      if (bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > view_height)
        continue;
      n++;

      /* The cell is as tall as the name's lines at the width it is
       * given. */
      gtk_widget_measure (name, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (name),
                          NULL, &needed, NULL, NULL);
      g_test_message ("row %u: %g tall, its name needs %d", i, bounds.size.height, needed);
      g_assert_cmpint (gtk_widget_get_height (name), >=, needed);
      g_assert_cmpfloat (bounds.size.height, <=, needed + 2);
    }

  *columns_whole = titles_whole (hrp_test_find_widget_of_type (table, GTK_TYPE_COLUMN_VIEW, TRUE), scrolled);
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      g_autoptr(GPtrArray) cells = hrp_test_find_cells_at (table, classes[c], 0);

      g_assert_cmpuint (cells->len, >, 0);
      for (guint i = 0; i < cells->len; i++)
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (cells->pdata[i], scrolled, &bounds));
          g_test_message ("%s: from %g to %g of %d", classes[c], bounds.origin.x,
                          bounds.origin.x + bounds.size.width, view_width);
          if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > view_width)
            *columns_whole = FALSE;
        }
    }
  g_test_message ("table %d × %d: %u rows wholly in view", view_width, view_height, n);
  return n;
}

void
hrp_test_check_activity_room (HrpWindow *window)
{
  static const char * const names[] = {
    "การสอบพนักงานจ้าง",
    "ประกาศรับโอนพนักงานส่วนตำบล",
    "กิจกรรม 5 ส.",
    "การประเมินผลการปฏิบัติงาน",
    "การจัดทำแผนพัฒนาบุคลากร",
    "การยกย่องเชิดชูเกียรติพนักงานดีเด่น",
    "โครงการอบรมคุณธรรมจริยธรรมของพนักงานส่วนตำบลและพนักงานจ้าง ประจำปีงบประมาณ 2568",
    "การตรวจสุขภาพประจำปี",
  };
  HrpDocument *document = hrp_window_get_document (window);
  HrpPolicy *policy;
  GListModel *activities;
  GtkWidget *table;
  gboolean whole;
  guint n;

  /* Policy 4: the sample's long training project first, then ours. */
  g_assert_cmpint (hrp_plan_get_fiscal_year (hrp_window_get_plan (window)), ==, 2568);
  policy = hrp_test_nth (hrp_plan_get_policies (hrp_window_get_plan (window)), 3);
  activities = G_LIST_MODEL (hrp_policy_get_activities (policy));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HrpActivity) activity = hrp_activity_new (names[i]);

      hrp_activity_set_budget (activity, (i + 1) * 1000000);
      g_assert_true (hrp_document_insert (document, activities, g_list_model_get_n_items (activities),
                                          activity, NULL));
    }
  n = g_list_model_get_n_items (activities);
  g_assert_true (hrp_window_select_item (window, policy));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 720);
  hrp_test_drain ();
  hrp_test_drain ();
  table = hrp_test_find_widget_of_type (hrp_test_template_child (window, HRP_TYPE_WINDOW, "editor"),
                                        HRP_TYPE_ACTIVITY_TABLE, TRUE);
  g_assert_nonnull (table);
  g_assert_cmpuint (rows_in_view (table, n, &whole), >=, 6);
  g_assert_true (whole);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  hrp_test_drain ();
  hrp_test_drain ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 600);
  rows_in_view (table, n, &whole);
  g_assert_true (whole);
}

/* }}} */
