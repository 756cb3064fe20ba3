/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-thai-ui.c — the main window in Thai: LANGUAGE=th in C.UTF-8 with
 * the catalog built in the build tree, as a Thai user sees it: the
 * fiscal-year selector, the outline's headings, the editor's labels, the
 * menu, the undo button and the action plan's columns. */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "hrp-editor.h"
#include "hrp-outline.h"
#include "hrp-settings.h"
#include "hrp-test-ui.h"
#include "hrp-window.h"

typedef struct {
  HrpTestFolder  folder;   /* .file: plans.db */
  HrpStore  *store;
  HrpWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HrpPlan) sample = hrp_test_load_sample ();
  g_autoptr(HrpLibrary) library = NULL;

  hrp_test_folder_init (&f->folder, "thai-ui", "plans.db");
  f->store = hrp_test_store_new (f->folder.file, sample);
  library = hrp_library_new (f->store);

  f->window = hrp_window_new (NULL, library);
  hrp_test_present (GTK_WINDOW (f->window), 1100, 720);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hrp_test_drain ();
  g_clear_object (&f->store);
  hrp_test_folder_clear (&f->folder);
}

static gpointer
child (Fixture    *f,
       const char *name)
{
  return hrp_test_template_child (f->window, HRP_TYPE_WINDOW, name);
}

static gpointer
editor_child (Fixture    *f,
              const char *name)
{
  return hrp_test_template_child (child (f, "editor"), HRP_TYPE_EDITOR, name);
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
  return hrp_test_outline_rows (f->window);
}

static HrpOutlineNode *
row_node (Fixture *f,
          guint    i)
{
  return hrp_test_outline_node (f->window, i, NULL);
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
  shown = hrp_test_texts_of (GTK_WIDGET (dropdown));
  assert_shows (shown, "ปีงบประมาณ 2568");

  /* A new empty plan gets the Thai title of the seed document. */
  g_assert_true (hrp_window_new_plan (f->window, 2570, 0, &error));
  g_assert_no_error (error);
  hrp_test_drain ();
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
  shown = hrp_test_texts_of (child (f, "outline_view"));
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
  g_assert_cmpstr (gtk_label_get_label (editor_child (f, "details_heading")), ==, "ข้อมูลทั่วไปของแผน");
  details = hrp_test_texts_of (child (f, "editor"));
  assert_shows (details, "ข้อมูลทั่วไปของแผน");
  assert_shows (details, "ชื่อหน่วยงาน");
  assert_shows (details, "อำเภอ");
  assert_shows (details, "จังหวัด");
  assert_shows (details, "ชื่อแผน");
  assert_shows (details, "บทนำ");
  assert_shows (details, "จุดยืนทางยุทธศาสตร์");

  g_assert_true (hrp_window_select_item (f->window, strategy));
  hrp_test_drain ();
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "strategy");
  strategy_page = hrp_test_texts_of (child (f, "editor"));
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

/* A mapped menu button that shows the icon. */
static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  icon)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon) == 0;
}

static void
test_menu_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const expected[] = {
    "สร้างแผน_ใหม่…", "_พิมพ์…", "ตัวอย่าง_ก่อนพิมพ์", "_ส่งออกเป็น PDF…",
    "ตารางแผนการ_ดำเนินงาน", "_ค้นหา", "_ภาษา", "ตามภาษาของระบบ", "ไทย", "_ออก",
  };
  GtkMenuButton *button = GTK_MENU_BUTTON (hrp_test_find_widget (GTK_WIDGET (f->window), is_menu_button,
                                                                 "open-menu-symbolic"));
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
  hrp_test_drain ();
  tip = g_strdup (gtk_widget_get_tooltip_text (child (f, "undo_button")));
  g_assert_cmpstr (tip, ==, "เลิกทำ “แก้ไขข้อความ”");
}

static void
test_action_plan (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const titles[] = {
    "ที่", "กิจกรรม/โครงการ", "งบประมาณที่ได้รับจัดสรร\n(บาท)",
    "ไตรมาส\n1", "ไตรมาส\n2", "ไตรมาส\n3", "ไตรมาส\n4",
  };
  GtkWidget *view;
  GListModel *columns;
  g_autofree char *shown = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.action-plan", NULL));
  hrp_test_drain ();
  g_assert_cmpstr (hrp_editor_get_page (child (f, "editor")), ==, "action-plan");

  view = hrp_test_find_widget_of_type (GTK_WIDGET (child (f, "editor")), GTK_TYPE_COLUMN_VIEW, TRUE);
  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, titles[i]);
    }

  /* The headers drawn, on two lines: the budget's title is wider than
   * its amounts, broken before "(บาท)", and the quarters' take both
   * lines too. */
  shown = hrp_test_texts_of (view);
  assert_shows (shown, "ไตรมาส\n1");
  assert_shows (shown, "งบประมาณที่ได้รับจัดสรร\n(บาท)");
  g_assert_nonnull (strstr (shown, "\nนโยบายที่ 1: "));

  /* The totals at the foot, in the printed table's words; the same words
   * on one line for the import dialog. */
  {
    GtkWidget *scrolled = gtk_widget_get_parent (view);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_autofree char *line = hrp_plan_format_total (hrp_window_get_plan (f->window));
    g_autofree char *foot = NULL;

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    hrp_test_drain ();
    foot = hrp_test_texts_of (view);
    assert_shows (foot, "รวม");
    assert_shows (foot, "400,000");
    assert_shows (foot, "รวม (ไม่นับโครงการซ้ำ)");
    assert_shows (foot, "200,000");
    g_assert_cmpstr (line, ==, "รวม 400,000 · รวม (ไม่นับโครงการซ้ำ) 200,000");
  }
}

/* The outline's add menu says what it adds and where, in Thai; deleting
 * a strategy says, with an Undo, where its policies went. */
static void
test_add_and_delete (Fixture       *f,
                     gconstpointer  data)
{
  HrpPlan *plan = hrp_window_get_plan (f->window);
  HrpStrategy *strategy2 = hrp_test_nth (hrp_plan_get_strategies (plan), 1);
  HrpStrategy *strategy8 = hrp_test_nth (hrp_plan_get_strategies (plan), 7);
  HrpPolicy *policy1 = hrp_test_nth (hrp_plan_get_policies (plan), 0);
  GMenuModel *menu = gtk_menu_button_get_menu_model (child (f, "add_menu_button"));
  g_autofree char *after = NULL;
  g_autofree char *inside = NULL;

  g_assert_true (hrp_window_select_item (f->window, strategy2));
  hrp_test_drain ();
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &after));
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_LABEL, "s", &inside));
  g_assert_cmpstr (after, ==, "เพิ่มยุทธศาสตร์ต่อจากยุทธศาสตร์ที่ 2");
  g_assert_cmpstr (inside, ==, "เพิ่มนโยบายที่สอดคล้องกับยุทธศาสตร์ที่ 2");

  g_assert_true (hrp_window_select_item (f->window, strategy8));
  hrp_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-item", NULL));
  hrp_test_drain ();
  g_assert_null (hrp_policy_get_strategy (policy1));
  g_assert_cmpstr (gtk_label_get_label (child (f, "status_label")), ==,
                   "ลบยุทธศาสตร์ที่ 8 แล้ว นโยบาย 10 ด้านจึงย้ายไปอยู่ใน “ยังไม่ได้เชื่อมโยง”");
  g_assert_true (gtk_widget_get_visible (child (f, "status_undo")));
  g_signal_emit_by_name (child (f, "status_undo"), "clicked");
  hrp_test_drain ();
  g_assert_true (hrp_policy_get_strategy (policy1) == strategy8);
}

/* The policy's activity table in Thai, its titles the widest: at
 * 1024 × 600 every column whole, at 1200 × 720 at least six rows. */
static void
test_activity_room (Fixture       *f,
                    gconstpointer  data)
{
  hrp_test_check_activity_room (f->window);
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

  hrp_test_ui_init (&argc, &argv, HRP_TEST_CRITICALS_FATAL);

  mo = g_build_filename (locale_dir, "th", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_error ("no Thai catalog at %s: set HRPLAN_LOCALEDIR to the build tree's po folder", mo);

  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "C.UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/thai-ui/years", test_years);
  ADD ("/thai-ui/outline", test_outline);
  ADD ("/thai-ui/editor", test_editor);
  ADD ("/thai-ui/menu-and-undo", test_menu_and_undo);
  ADD ("/thai-ui/action-plan", test_action_plan);
  ADD ("/thai-ui/add-and-delete", test_add_and_delete);
  ADD ("/thai-ui/activity-room", test_activity_room);
#undef ADD

  return g_test_run ();
}
