/* test-thai-ui.c — the main window in Thai: LANGUAGE=th in C.UTF-8 with
 * the catalog built in the build tree, as a Thai user sees it: the
 * fiscal-year selector, the outline's headings, the editor's labels, the
 * menu, the undo button and the action plan's columns. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "hrp-cli.h"
#include "hrp-editor.h"
#include "hrp-outline.h"
#include "hrp-settings.h"
#include "hrp-window.h"

typedef struct {
  char      *dir;
  HrpStore  *store;
  HrpWindow *window;
} Fixture;

static void
drain (void)
{
  /* Let the window map, lay out and build its rows. */
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrpPlan) sample = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("hrplan-thai-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plans.db", NULL);
  f->store = hrp_store_open (path, &error);
  g_assert_no_error (error);

  sample = hrp_cli_load_sample (&error);
  g_assert_no_error (error);
  g_assert_true (hrp_store_save_plan (f->store, sample, FALSE, &error));
  g_assert_no_error (error);

  f->window = hrp_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  drain ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  drain ();
  g_clear_object (&f->store);

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                   HRP_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static gpointer
editor_child (Fixture    *f,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (child (f, "editor")),
                                                   HRP_TYPE_EDITOR, name);

  g_assert_nonnull (object);
  return object;
}

/* Every mapped label's text under widget, joined by newlines. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static char *
texts_of (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

/* A whole line of the texts is expected. */
static void
assert_shows (const char *texts,
              const char *expected)
{
  g_autofree char *line = g_strconcat ("\n", expected, "\n", NULL);
  g_autofree char *all = g_strconcat ("\n", texts, NULL);

  if (strstr (all, line) == NULL)
    g_error ("“%s” is not shown; the labels are:\n%s", expected, texts);
}

static GListModel *
rows (Fixture *f)
{
  GtkListView *view = child (f, "outline_view");

  return G_LIST_MODEL (gtk_list_view_get_model (view));
}

static HrpOutlineNode *
row_node (Fixture *f,
          guint    i)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows (f), i);
  HrpOutlineNode *node;

  g_assert_nonnull (row);
  node = gtk_tree_list_row_get_item (row);
  g_object_unref (node); /* the outline keeps it */
  return node;
}

static void
test_years (Fixture       *f,
            gconstpointer  data)
{
  GtkDropDown *dropdown = child (f, "year_dropdown");
  GListModel *years = gtk_drop_down_get_model (dropdown);
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 0), ==, "ปีงบประมาณ 2568");
  shown = texts_of (GTK_WIDGET (dropdown));
  assert_shows (shown, "ปีงบประมาณ 2568");

  /* A new empty plan gets the Thai title of the seed document. */
  g_assert_true (hrp_window_new_plan (f->window, 2570, 0, &error));
  g_assert_no_error (error);
  drain ();
  years = gtk_drop_down_get_model (dropdown); /* a new list */
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 0), ==, "ปีงบประมาณ 2570");
  g_assert_cmpstr (hrp_plan_get_title (hrp_window_get_plan (f->window)), ==,
                   "แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2570");
}

static void
test_outline (Fixture       *f,
              gconstpointer  data)
{
  guint n = g_list_model_get_n_items (rows (f));
  g_autofree char *shown = NULL;
  guint policies = 0;

  g_assert_cmpint (hrp_outline_node_get_kind (row_node (f, 0)), ==, HRP_OUTLINE_DETAILS);
  g_assert_cmpstr (hrp_outline_node_get_heading (row_node (f, 0)), ==, "แผน");
  g_assert_cmpstr (hrp_outline_node_get_heading (row_node (f, 1)), ==, "วิสัยทัศน์");
  g_assert_cmpstr (hrp_outline_node_get_heading (row_node (f, 2)), ==, "พันธกิจที่ 1");
  g_assert_cmpstr (hrp_outline_node_get_heading (row_node (f, 3)), ==, "ยุทธศาสตร์ที่ 1");
  g_assert_cmpstr (hrp_outline_node_get_heading (row_node (f, n - 1)), ==, "แผนการดำเนินงาน");
  g_assert_cmpstr (hrp_outline_node_get_text (row_node (f, n - 1)), ==, "นโยบายทั้งหมดและกิจกรรม/โครงการ");

  for (guint i = 0; i < n; i++)
    {
      HrpOutlineNode *node = row_node (f, i);

      if (hrp_outline_node_get_kind (node) == HRP_OUTLINE_POLICY)
        {
          g_autofree char *heading = g_strdup_printf ("นโยบายที่ %u", hrp_outline_node_get_number (node));

          g_assert_cmpstr (hrp_outline_node_get_heading (node), ==, heading);
          policies++;
        }
    }
  g_assert_cmpuint (policies, ==, 10);

  /* Drawn as such. */
  shown = texts_of (child (f, "outline_view"));
  assert_shows (shown, "วิสัยทัศน์");
  assert_shows (shown, "พันธกิจที่ 1");
  assert_shows (shown, "ยุทธศาสตร์ที่ 1");
}

static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  HrpPlan *plan = hrp_window_get_plan (f->window);
  g_autoptr(HrpStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (hrp_plan_get_strategies (plan)), 7);
  g_autofree char *details = NULL;
  g_autofree char *strategy_page = NULL;

  /* The plan's details come first. */
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "details");
  g_assert_cmpstr (gtk_label_get_label (editor_child (f, "details_heading")), ==, "รายละเอียดของแผน");
  details = texts_of (child (f, "editor"));
  assert_shows (details, "รายละเอียดของแผน");
  assert_shows (details, "หน่วยงาน");
  assert_shows (details, "อำเภอ");
  assert_shows (details, "จังหวัด");
  assert_shows (details, "ชื่อแผน");
  assert_shows (details, "บทนำ");
  assert_shows (details, "จุดยืนทางยุทธศาสตร์");

  g_assert_true (hrp_window_select_item (f->window, strategy));
  drain ();
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "strategy");
  strategy_page = texts_of (child (f, "editor"));
  assert_shows (strategy_page, "ยุทธศาสตร์ที่ 8");
  assert_shows (strategy_page, "พันธกิจ");
  assert_shows (strategy_page, "เป้าหมาย");
  assert_shows (strategy_page, "เป้าประสงค์");
  assert_shows (strategy_page, "ตัวชี้วัด");
}

static void
collect_menu_labels (GMenuModel *menu,
                     GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuLinkIter) links = NULL;
      char *label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, label);

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu_labels (link, labels);
        }
    }
}

/* The mapped menu button under widget that shows the icon. */
static GtkMenuButton *
find_menu_button (GtkWidget  *widget,
                  const char *icon)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon) == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkMenuButton *found = find_menu_button (c, icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_menu_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const expected[] = {
    "สร้างแผน_ใหม่…", "_พิมพ์…", "ตัวอย่าง_ก่อนพิมพ์", "_ส่งออกเป็น PDF…",
    "ตารางแผนการ_ดำเนินงาน", "_ค้นหา", "_ภาษา", "ตามระบบ", "ไทย", "_ออก",
  };
  GtkMenuButton *button = find_menu_button (GTK_WIDGET (f->window), "open-menu-symbolic");
  GMenuModel *menu;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  HrpPlan *plan = hrp_window_get_plan (f->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *tip = NULL;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  collect_menu_labels (menu, labels);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!g_ptr_array_find_with_equal_func (labels, expected[i], g_str_equal, NULL))
      g_error ("the main menu has no “%s”", expected[i]);

  g_assert_cmpstr (gtk_widget_get_tooltip_text (child (f, "undo_button")), ==, "เลิกทำ");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (child (f, "redo_button")), ==, "ทำซ้ำ");

  /* After an edit, the button names it: the window's words around the
   * document's. */
  g_assert_true (hrp_document_set_string (hrp_window_get_document (f->window), plan,
                                          "vision", "วิสัยทัศน์ใหม่", &error));
  g_assert_no_error (error);
  drain ();
  tip = g_strdup (gtk_widget_get_tooltip_text (child (f, "undo_button")));
  g_assert_cmpstr (tip, ==, "เลิกทำ “แก้ไขข้อความ”");
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget_of_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_action_plan (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const titles[] = {
    "ที่", "กิจกรรม/โครงการ", "งบประมาณ (บาท)",
    "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4",
  };
  GtkWidget *view;
  GListModel *columns;
  g_autofree char *shown = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.action-plan", NULL));
  drain ();
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "action-plan");

  view = find_widget_of_type (GTK_WIDGET (child (f, "editor")), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, titles[i]);
    }

  /* The headers drawn, and the first policy's heading row. */
  shown = texts_of (view);
  assert_shows (shown, "ไตรมาส 1");
  assert_shows (shown, "งบประมาณ (บาท)");
  g_assert_nonnull (strstr (shown, "\nนโยบายที่ 1: "));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;
  g_autofree char *mo = NULL;

  /* As hrplan's main () sets a Thai user up, before GTK reads the locale:
   * LANGUAGE chooses the catalog (not ignored in C.UTF-8, unlike C). */
  g_setenv ("LANGUAGE", "th", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  locale_dir = hrp_settings_get_locale_dir ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  /* Xvfb has no window manager, so the window is never active and GtkText
   * warns about focus-out events.  Warnings are printed; criticals fail. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  mo = g_build_filename (locale_dir, "th", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_error ("no Thai catalog at %s: set HRPLAN_LOCALEDIR to the build tree's po folder", mo);

  if (!gtk_init_check ())
    {
      /* These tests need a display: run them under xvfb-run. */
      g_printerr ("test-thai-ui: cannot open a display\n");
      return 1;
    }
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "C.UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/thai-ui/years", test_years);
  ADD ("/thai-ui/outline", test_outline);
  ADD ("/thai-ui/editor", test_editor);
  ADD ("/thai-ui/menu-and-undo", test_menu_and_undo);
  ADD ("/thai-ui/action-plan", test_action_plan);
#undef ADD

  return g_test_run ();
}
