/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-activity-cells.c — editable cells of the activity columns
 *
 * Each cell is a box holding the editor of its column (a GtkEditableLabel
 * for the name and the budget, a GtkCheckButton for a quarter) and a plain
 * label for rows that are not activities; the name cell also holds the
 * "listed under several policies" mark.  An edit is taken when the
 * editable label leaves editing mode (Enter, focus out): Escape puts the
 * old text back, which then equals the model and changes nothing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-activity-cells.h"
#include "hrp-activity-scroll.h"
#include "hrp-thai-repair.h"
#include "hrp-thai.h"

struct _HrpActivityCells
{
  GObject                      parent_instance;

  HrpDocument                 *document;
  HrpActivityCellsGetActivity  get_activity;
  char                        *other_property[HRP_ACTIVITY_N_CELLS];
  gboolean                     show_repeated;
  GHashTable                  *repeated;     /* cache, see cell_update_repeated */
  GPtrArray                   *name_cells;      /* Cell *, bound ones */
  GPtrArray                   *bound_cells;     /* Cell *, every bound one */
  HrpActivity                 *pending_edit;
  guint                        pending_edit_id;
  /* Tab to a row not shown yet: scrolled to, then focused. */
  guint                        pending_focus_position;
  HrpActivityCell              pending_focus_kind;
  guint                        pending_focus_tries;
  guint                        pending_focus_id;
  GtkWidget                   *pending_focus_from;   /* weak */
};

G_DEFINE_FINAL_TYPE (HrpActivityCells, hrp_activity_cells, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SHOW_REPEATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MESSAGE,
  COMMITTED,
  CELL_FOCUSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GTK 4.8 measures a row's height for the cells' natural widths, not for
 * the widths the columns get.  A name's natural width is kept below the
 * name column's fixed width, so a row is measured at least as tall as it
 * is drawn (a little spare space, never a cut line). */
#define NAME_WIDTH_CHARS 28

static const char * const quarter_properties[] = { "q1", "q2", "q3", "q4" };

/* Cells {{{ */

typedef struct {
  HrpActivityCells *cells;
  HrpActivityCell   kind;
  GtkWidget        *box;
  GtkWidget        *editor;       /* GtkEditableLabel or GtkCheckButton, owned */
  GtkWidget        *other;        /* label of the rows that are not activities */
  GtkWidget        *marker;       /* name cell: listed under several policies */
  gpointer          item;
  HrpActivity      *activity;
  GBinding         *other_binding;
  char             *other_class;
  gboolean          updating;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_ptr_array_remove (cell->cells->name_cells, cell);
  g_ptr_array_remove (cell->cells->bound_cells, cell);
  g_signal_handlers_disconnect_by_data (cell->editor, cell);
  g_object_unref (cell->editor);
  if (cell->activity != NULL)
    g_signal_handlers_disconnect_by_data (cell->activity, cell);
  g_clear_object (&cell->activity);
  g_clear_object (&cell->item);
  g_clear_pointer (&cell->other_class, g_free);
  g_object_unref (cell->cells);
  g_free (cell);
}

static void cell_used (Cell *cell);

static char *
accessible_label (Cell *cell)
{
  const char *name = hrp_activity_get_name (cell->activity);

  switch (cell->kind)
    {
    case HRP_ACTIVITY_CELL_NAME:
      return g_strdup_printf (_("Activity — %s"), name);
    case HRP_ACTIVITY_CELL_BUDGET:
      return g_strdup_printf (_("Budget — %s"), name);
    case HRP_ACTIVITY_CELL_Q1:
    case HRP_ACTIVITY_CELL_Q2:
    case HRP_ACTIVITY_CELL_Q3:
    case HRP_ACTIVITY_CELL_Q4:
      return g_strdup_printf (_("Quarter %u — %s"),
                              (guint) (cell->kind - HRP_ACTIVITY_CELL_Q1 + 1), name);
    case HRP_ACTIVITY_N_CELLS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
cell_update_repeated (Cell *cell)
{
  HrpPlan *plan = NULL;
  gboolean repeated = FALSE;

  if (cell->kind != HRP_ACTIVITY_CELL_NAME)
    return;

  if (cell->cells->document != NULL)
    plan = hrp_document_get_plan (cell->cells->document);
  if (cell->activity != NULL && cell->cells->show_repeated && plan != NULL)
    {
      /* Computed once for the whole plan until the next update: asking
       * row by row would read all activities for each row. */
      if (cell->cells->repeated == NULL)
        cell->cells->repeated = hrp_plan_repeated_activities (plan);
      repeated = g_hash_table_contains (cell->cells->repeated, cell->activity);
    }

  gtk_widget_set_visible (cell->marker, repeated);
  if (repeated)
    {
      gtk_widget_add_css_class (cell->box, "repeated");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->editor),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Listed under several policies"),
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (cell->box, "repeated");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (cell->editor),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* Shows the model's value (not over an edit under way). */
static void
cell_sync (Cell *cell)
{
  g_autofree char *label = NULL;

  if (cell->activity == NULL)
    return;

  switch (cell->kind)
    {
    case HRP_ACTIVITY_CELL_NAME:
      if (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->editor)))
        gtk_editable_set_text (GTK_EDITABLE (cell->editor), hrp_activity_get_name (cell->activity));
      break;

    case HRP_ACTIVITY_CELL_BUDGET:
      if (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->editor)))
        {
          g_autofree char *text = hrp_money_format (hrp_activity_get_budget (cell->activity), FALSE);

          gtk_editable_set_text (GTK_EDITABLE (cell->editor), text);
        }
      break;

    case HRP_ACTIVITY_CELL_Q1:
    case HRP_ACTIVITY_CELL_Q2:
    case HRP_ACTIVITY_CELL_Q3:
    case HRP_ACTIVITY_CELL_Q4:
      cell->updating = TRUE;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->editor),
                                   hrp_activity_get_quarter (cell->activity,
                                                             cell->kind - HRP_ACTIVITY_CELL_Q1 + 1));
      cell->updating = FALSE;
      break;

    case HRP_ACTIVITY_N_CELLS:
    default:
      g_return_if_reached ();
    }

  label = accessible_label (cell);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  cell_update_repeated (cell);
}

static void
activity_notify_cb (HrpActivity *activity,
                    GParamSpec  *pspec,
                    Cell        *cell)
{
  cell_sync (cell);
}

static void
commit_name (Cell       *cell,
             const char *text)
{
  HrpActivityCells *self = cell->cells;
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (name, hrp_activity_get_name (cell->activity)) == 0)
    {
      g_signal_emit (self, signals[COMMITTED], 0);
      return;
    }

  if (*name == '\0')
    hrp_activity_cells_report (self, _("An activity needs a name: the old name was kept."));
  else if (self->document != NULL
           && !hrp_document_set_string (self->document, cell->activity, "name", name, &error))
    hrp_activity_cells_report (self, error->message);
  else
    g_signal_emit (self, signals[COMMITTED], 0);
}

static void
commit_budget (Cell       *cell,
               const char *text)
{
  HrpActivityCells *self = cell->cells;
  g_autofree char *shown = hrp_money_format (hrp_activity_get_budget (cell->activity), FALSE);
  g_autoptr(GError) error = NULL;
  gint64 satang;

  if (g_strcmp0 (text, shown) == 0)
    {
      g_signal_emit (self, signals[COMMITTED], 0);
      return;
    }

  if (!hrp_money_parse (text, &satang, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not an amount in baht: the budget was not changed. "
                           "Type a number such as 200,000, or - for no budget."),
                         text);

      hrp_activity_cells_report (self, message);
      return;
    }

  if (self->document != NULL
      && !hrp_document_set_int64 (self->document, cell->activity, "budget", satang, &error))
    hrp_activity_cells_report (self, error->message);
  else
    g_signal_emit (self, signals[COMMITTED], 0);
}

static void
editing_changed_cb (GtkEditableLabel *editor,
                    GParamSpec       *pspec,
                    Cell             *cell)
{
  g_autofree char *text = NULL;

  if (gtk_editable_label_get_editing (editor) || cell->activity == NULL)
    return;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor)));
  if (cell->kind == HRP_ACTIVITY_CELL_NAME)
    commit_name (cell, text);
  else
    commit_budget (cell, text);

  /* Refused or unchanged: the model's text again; taken: reformatted. */
  if (cell->activity != NULL)
    cell_sync (cell);
}

static void
toggled_cb (GtkCheckButton *check,
            Cell           *cell)
{
  HrpActivityCells *self = cell->cells;
  g_autoptr(GError) error = NULL;
  guint quarter = cell->kind - HRP_ACTIVITY_CELL_Q1 + 1;
  gboolean active = gtk_check_button_get_active (check);

  if (cell->updating || cell->activity == NULL
      || active == hrp_activity_get_quarter (cell->activity, quarter))
    return;

  cell_used (cell);

  if (self->document == NULL
      || !hrp_document_set_boolean (self->document, cell->activity,
                                    quarter_properties[quarter - 1], active, &error))
    {
      if (error != NULL)
        hrp_activity_cells_report (self, error->message);
      cell_sync (cell);
    }
  else
    g_signal_emit (self, signals[COMMITTED], 0);
}

/* GtkEditableLabel (GTK 4.8) checks its focus 100 ms after losing it,
 * without cancelling that check when it is finalized: keep it alive a
 * little longer than that, or a row removed (or a window closed) just
 * after the focus left one of its labels crashes.  At a lower priority
 * than that check: after a main loop held up longer than both (a slow
 * save), the two are due together and the check must go first. */
static gboolean
release_editor_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
editor_focus_leave_cb (GtkEventController *controller,
                       gpointer            user_data)
{
  GtkWidget *editor = gtk_event_controller_get_widget (controller);

  g_timeout_add_full (G_PRIORITY_LOW, 250, release_editor_cb, g_object_ref (editor), NULL);
}

static GtkWidget *
editable_label_new (void)
{
  GtkWidget *editor = gtk_editable_label_new ("");
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (editor_focus_leave_cb), NULL);
  gtk_widget_add_controller (editor, focus);
  /* Thai pasted from a PDF is repaired as it lands. */
  hrp_thai_repair_attach (editor);

  return editor;
}

/* A GtkEditableLabel is a stack of the label and the text field: as tall
 * as the page shown, so that the field that edits a wrapped name is as
 * tall as its one line of text, not as the lines of the label. */
static void
fit_editable_label (GtkWidget *editor)
{
  for (GtkWidget *stack = gtk_widget_get_first_child (editor);
       stack != NULL;
       stack = gtk_widget_get_next_sibling (stack))
    if (GTK_IS_STACK (stack))
      gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
}

/* GtkEditableLabel has no wrapping of its own: wrap the label it shows. */
static void
wrap_editable_label (GtkWidget *editor)
{
  for (GtkWidget *stack = gtk_widget_get_first_child (editor);
       stack != NULL;
       stack = gtk_widget_get_next_sibling (stack))
    {
      if (!GTK_IS_STACK (stack))
        continue;
      for (GtkWidget *child = gtk_widget_get_first_child (stack);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child))
          {
            gtk_label_set_wrap (GTK_LABEL (child), TRUE);
            gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          }
    }
}

/* Moving between cells {{{ */

static GtkListItem *
cell_list_item (Cell *cell)
{
  return hrp_activity_cells_find_list_item (cell->box);
}

static Cell *
find_bound_cell (HrpActivityCells *self,
                 guint             position,
                 HrpActivityCell   kind)
{
  for (guint i = 0; i < self->bound_cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->bound_cells, i);
      GtkListItem *list_item = cell_list_item (cell);

      if (cell->kind == kind && cell->activity != NULL && list_item != NULL
          && gtk_list_item_get_position (list_item) == position)
        return cell;
    }

  return NULL;
}

static GtkScrolledWindow *
scrolled_window_of (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  return scrolled != NULL ? GTK_SCROLLED_WINDOW (scrolled) : NULL;
}

/* The list may take the focus to the row it selects once it has laid the
 * row out: the cell gets it back. */
static gboolean
keep_focus_cb (gpointer data)
{
  GtkWidget *editor = data;
  GtkRoot *root = gtk_widget_get_root (editor);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *view = gtk_widget_get_ancestor (editor, GTK_TYPE_COLUMN_VIEW);

  if (focus != NULL && view != NULL && gtk_widget_is_ancestor (focus, view)
      && hrp_activity_cells_find_list_item (focus) == NULL)
    gtk_widget_grab_focus (editor);

  return G_SOURCE_REMOVE;
}

static void
focus_cell (Cell *cell)
{
  cell_used (cell);
  gtk_widget_grab_focus (cell->editor);
  hrp_activity_scroll_to_widget (cell->box);
  g_timeout_add_full (G_PRIORITY_DEFAULT, 30, keep_focus_cb,
                      g_object_ref (cell->editor), g_object_unref);
}

static gboolean pending_focus_cb (gpointer data);

/* Focuses the cell kind of the first activity row from position on, in
 * direction (+1 or -1); a row not shown is scrolled to first. */
static void
focus_from (HrpActivityCells *self,
            GtkWidget        *from,
            guint             position,
            HrpActivityCell   kind,
            int               direction)
{
  GtkScrolledWindow *scrolled = scrolled_window_of (from);
  GtkWidget *view = scrolled != NULL ? gtk_scrolled_window_get_child (scrolled) : NULL;
  GtkSelectionModel *model = view != NULL && GTK_IS_COLUMN_VIEW (view)
                             ? gtk_column_view_get_model (GTK_COLUMN_VIEW (view)) : NULL;
  guint n = model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;

  for (; position < n; position += direction)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), position);
      Cell *target;

      /* Rows that are not activities (headings, totals) are passed. */
      if (self->get_activity != NULL ? self->get_activity (item) == NULL : !HRP_IS_ACTIVITY (item))
        continue;

      target = find_bound_cell (self, position, kind);
      if (target != NULL)
        {
          focus_cell (target);
          return;
        }

      /* Not shown: scroll towards it, and try again when it is. */
      {
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

        gtk_adjustment_set_value (adjustment,
                                  gtk_adjustment_get_value (adjustment)
                                  + direction * gtk_adjustment_get_page_size (adjustment) / 2);
        self->pending_focus_position = position;
        self->pending_focus_kind = kind;
        g_set_weak_pointer (&self->pending_focus_from, from);
        if (self->pending_focus_id == 0)
          self->pending_focus_id = g_timeout_add (20, pending_focus_cb, self);
      }
      return;
    }
}

static gboolean
pending_focus_cb (gpointer data)
{
  HrpActivityCells *self = data;
  Cell *target = find_bound_cell (self, self->pending_focus_position, self->pending_focus_kind);

  if (target != NULL || ++self->pending_focus_tries > 20 || self->pending_focus_from == NULL)
    {
      self->pending_focus_id = 0;
      self->pending_focus_tries = 0;
      g_clear_weak_pointer (&self->pending_focus_from);
      if (target != NULL)
        focus_cell (target);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* Tab and Shift+Tab go from cell to cell as in a spreadsheet: name,
 * budget, quarters 1–4, then the next row's name. */
static void
move_focus (Cell *cell,
            int   direction)
{
  GtkListItem *list_item = cell_list_item (cell);
  guint position;
  int kind;

  if (list_item == NULL || (position = gtk_list_item_get_position (list_item)) == GTK_INVALID_LIST_POSITION)
    return;

  if (GTK_IS_EDITABLE_LABEL (cell->editor)
      && gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->editor)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell->editor), TRUE);

  kind = (int) cell->kind + direction;
  if (kind >= HRP_ACTIVITY_N_CELLS)
    {
      if (position + 1 == 0)
        return;
      focus_from (cell->cells, cell->box, position + 1, HRP_ACTIVITY_CELL_NAME, 1);
    }
  else if (kind < 0)
    {
      if (position > 0)
        focus_from (cell->cells, cell->box, position - 1, HRP_ACTIVITY_N_CELLS - 1, -1);
    }
  else
    {
      Cell *target = find_bound_cell (cell->cells, position, kind);

      if (target != NULL)
        focus_cell (target);
    }
}

static gboolean
cell_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     Cell                  *cell)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  gunichar c;

  if (cell->activity == NULL)
    return FALSE;

  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && modifiers == 0)
    {
      move_focus (cell, 1);
      return TRUE;
    }
  if (keyval == GDK_KEY_ISO_Left_Tab
      || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && modifiers == GDK_SHIFT_MASK))
    {
      move_focus (cell, -1);
      return TRUE;
    }

  /* Typing on a cell that is not being edited starts editing it with
   * what was typed, as a spreadsheet does. */
  if (!GTK_IS_EDITABLE_LABEL (cell->editor)
      || gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->editor))
      || !gtk_editable_get_editable (GTK_EDITABLE (cell->editor))
      || !gtk_widget_has_focus (cell->editor)
      || (modifiers & ~GDK_SHIFT_MASK) != 0)
    return FALSE;

  c = gdk_keyval_to_unicode (keyval);
  if (c == 0 || !g_unichar_isprint (c))
    return FALSE;

  {
    char text[7] = { 0 };

    g_unichar_to_utf8 (c, text);
    /* The row selected first: selecting moves the focus. */
    cell_used (cell);
    gtk_widget_grab_focus (cell->editor);
    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell->editor));
    gtk_editable_set_text (GTK_EDITABLE (cell->editor), text);
    gtk_editable_set_position (GTK_EDITABLE (cell->editor), -1);
  }

  return TRUE;
}

/* The user works on this cell: its row is the one worked on. */
static void
cell_used (Cell *cell)
{
  GtkListItem *list_item = cell_list_item (cell);

  if (cell->activity == NULL || list_item == NULL
      || gtk_list_item_get_position (list_item) == GTK_INVALID_LIST_POSITION)
    return;

  g_signal_emit (cell->cells, signals[CELL_FOCUSED], 0,
                 gtk_list_item_get_position (list_item), cell->kind);
}

static gboolean
focus_clicked_cb (gpointer data)
{
  GtkWidget *editor = data;

  if (gtk_widget_get_mapped (editor))
    gtk_widget_grab_focus (editor);

  return G_SOURCE_REMOVE;
}

static void
cell_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 Cell            *cell)
{
  GtkRoot *root = gtk_widget_get_root (cell->box);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  cell_used (cell);
  /* The cell clicked is the one worked on, unless it is being edited;
   * after the list has handled the click (it focuses the row). */
  if (cell->activity != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, cell->box)))
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_clicked_cb,
                     g_object_ref (cell->editor), g_object_unref);
}

/* }}} */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          HrpActivityCells         *self)
{
  HrpActivityCell kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "hrp-cell"));
  Cell *cell = g_new0 (Cell, 1);

  cell->cells = g_object_ref (self);
  cell->kind = kind;
  cell->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  cell->other = gtk_label_new (NULL);
  gtk_widget_set_visible (cell->other, FALSE);
  gtk_widget_set_hexpand (cell->other, TRUE);

  switch (kind)
    {
    case HRP_ACTIVITY_CELL_NAME:
      cell->editor = editable_label_new ();
      gtk_widget_add_css_class (cell->editor, "activity-name");
      gtk_widget_set_hexpand (cell->editor, TRUE);
      wrap_editable_label (cell->editor);
      /* GtkListView (4.8) measures rows for no width in particular: a
       * bounded natural width makes a long name count its wrapped lines,
       * so a view of natural height does not cut the rows. */
      gtk_editable_set_max_width_chars (GTK_EDITABLE (cell->editor), NAME_WIDTH_CHARS);
      gtk_label_set_xalign (GTK_LABEL (cell->other), 0);
      gtk_label_set_wrap (GTK_LABEL (cell->other), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (cell->other), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (cell->other), NAME_WIDTH_CHARS);
      /* The mark goes under the name, leaving the name its width. */
      gtk_orientable_set_orientation (GTK_ORIENTABLE (cell->box), GTK_ORIENTATION_VERTICAL);
      cell->marker = gtk_label_new (_("Listed under several policies"));
      gtk_widget_set_halign (cell->marker, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (cell->marker,
                                   _("The same project, with the same budget, is listed "
                                     "under several policies: the total counts it once."));
      gtk_widget_add_css_class (cell->marker, "repeated-marker");
      gtk_widget_add_css_class (cell->marker, "caption");
      gtk_widget_set_valign (cell->marker, GTK_ALIGN_START);
      gtk_widget_set_visible (cell->marker, FALSE);
      g_signal_connect (cell->editor, "notify::editing", G_CALLBACK (editing_changed_cb), cell);
      break;

    case HRP_ACTIVITY_CELL_BUDGET:
      cell->editor = editable_label_new ();
      gtk_editable_set_alignment (GTK_EDITABLE (cell->editor), 1.0);
      gtk_editable_set_width_chars (GTK_EDITABLE (cell->editor), 12);
      gtk_widget_add_css_class (cell->editor, "activity-budget");
      gtk_widget_add_css_class (cell->editor, "budget");
      gtk_widget_set_hexpand (cell->editor, TRUE);
      gtk_label_set_xalign (GTK_LABEL (cell->other), 1);
      gtk_widget_add_css_class (cell->other, "budget");
      g_signal_connect (cell->editor, "notify::editing", G_CALLBACK (editing_changed_cb), cell);
      break;

    case HRP_ACTIVITY_CELL_Q1:
    case HRP_ACTIVITY_CELL_Q2:
    case HRP_ACTIVITY_CELL_Q3:
    case HRP_ACTIVITY_CELL_Q4:
      cell->editor = gtk_check_button_new ();
      gtk_widget_add_css_class (cell->editor, "activity-quarter");
      gtk_widget_set_hexpand (cell->editor, TRUE);
      gtk_widget_set_halign (cell->editor, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (cell->editor, GTK_ALIGN_START);
      gtk_label_set_xalign (GTK_LABEL (cell->other), 0.5);
      g_signal_connect (cell->editor, "toggled", G_CALLBACK (toggled_cb), cell);
      break;

    case HRP_ACTIVITY_N_CELLS:
    default:
      g_assert_not_reached ();
    }

  g_object_ref_sink (cell->editor);
  gtk_widget_set_valign (cell->editor, GTK_ALIGN_START);
  if (GTK_IS_EDITABLE_LABEL (cell->editor))
    fit_editable_label (cell->editor);
  {
    GtkEventController *key = gtk_event_controller_key_new ();
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
    g_signal_connect (key, "key-pressed", G_CALLBACK (cell_key_pressed_cb), cell);
    gtk_widget_add_controller (cell->box, key);
    /* Seeing the press, leaving it to the editor. */
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed_cb), cell);
    gtk_widget_add_controller (cell->box, GTK_EVENT_CONTROLLER (click));
  }
  gtk_box_append (GTK_BOX (cell->box), cell->editor);
  if (cell->marker != NULL)
    gtk_box_append (GTK_BOX (cell->box), cell->marker);
  gtk_box_append (GTK_BOX (cell->box), cell->other);
  hrp_activity_cells_mark_cell (cell->box, list_item);
  gtk_list_item_set_child (list_item, cell->box);
  g_object_set_data_full (G_OBJECT (list_item), "hrp-activity-cell", cell, cell_free);
}

static gboolean
pending_edit_cb (gpointer data)
{
  HrpActivityCells *self = data;
  g_autoptr(HrpActivity) activity = g_steal_pointer (&self->pending_edit);

  self->pending_edit_id = 0;
  if (activity != NULL)
    hrp_activity_cells_edit_name (self, activity);

  return G_SOURCE_REMOVE;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         HrpActivityCells         *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (list_item), "hrp-activity-cell");
  gpointer item = gtk_list_item_get_item (list_item);
  HrpActivity *activity;

  g_set_object (&cell->item, item);
  activity = self->get_activity != NULL ? self->get_activity (item)
                                        : (HRP_IS_ACTIVITY (item) ? HRP_ACTIVITY (item) : NULL);

  gtk_widget_set_visible (cell->editor, activity != NULL);
  gtk_widget_set_visible (cell->other, activity == NULL);

  if (activity != NULL)
    {
      cell->activity = g_object_ref (activity);
      g_signal_connect (activity, "notify", G_CALLBACK (activity_notify_cb), cell);
      g_ptr_array_add (self->bound_cells, cell);
      if (cell->kind == HRP_ACTIVITY_CELL_NAME)
        {
          g_ptr_array_add (self->name_cells, cell);
          if (self->pending_edit == activity && self->pending_edit_id == 0)
            self->pending_edit_id = g_idle_add (pending_edit_cb, self);
        }
      cell_sync (cell);
      /* A read-only database: shown, not offered for editing. */
      if (GTK_IS_EDITABLE (cell->editor))
        gtk_editable_set_editable (GTK_EDITABLE (cell->editor),
                                   self->document == NULL || !hrp_document_is_read_only (self->document));
      else
        gtk_widget_set_sensitive (cell->editor,
                                  self->document == NULL || !hrp_document_is_read_only (self->document));
    }
  else
    {
      const char *property = self->other_property[cell->kind];
      GObjectClass *klass = G_OBJECT_GET_CLASS (item);

      if (cell->marker != NULL)
        gtk_widget_set_visible (cell->marker, FALSE);
      if (property != NULL && g_object_class_find_property (klass, property) != NULL)
        cell->other_binding = g_object_bind_property (item, property, cell->other, "label",
                                                      G_BINDING_SYNC_CREATE);
      else
        gtk_label_set_label (GTK_LABEL (cell->other), "");

      if (g_object_class_find_property (klass, "css-class") != NULL)
        {
          g_object_get (item, "css-class", &cell->other_class, NULL);
          if (cell->other_class != NULL)
            gtk_widget_add_css_class (cell->box, cell->other_class);
        }
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           HrpActivityCells         *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (list_item), "hrp-activity-cell");

  if (cell->activity != NULL)
    {
      /* An edit under way belongs to this activity: take it now. */
      if (GTK_IS_EDITABLE_LABEL (cell->editor)
          && gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->editor)))
        gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell->editor), TRUE);

      g_signal_handlers_disconnect_by_data (cell->activity, cell);
      g_ptr_array_remove (self->name_cells, cell);
      g_ptr_array_remove (self->bound_cells, cell);
      g_clear_object (&cell->activity);
    }

  if (cell->other_binding != NULL)
    {
      g_binding_unbind (cell->other_binding);
      cell->other_binding = NULL;
    }
  if (cell->other_class != NULL)
    {
      gtk_widget_remove_css_class (cell->box, cell->other_class);
      g_clear_pointer (&cell->other_class, g_free);
    }
  g_clear_object (&cell->item);
}

/* }}} */

/* Public API {{{ */

HrpActivityCells *
hrp_activity_cells_new (HrpDocument                 *document,
                        HrpActivityCellsGetActivity  get_activity)
{
  HrpActivityCells *self;

  g_return_val_if_fail (document == NULL || HRP_IS_DOCUMENT (document), NULL);

  self = g_object_new (HRP_TYPE_ACTIVITY_CELLS, "document", document, NULL);
  self->get_activity = get_activity;

  return self;
}

HrpDocument *
hrp_activity_cells_get_document (HrpActivityCells *self)
{
  g_return_val_if_fail (HRP_IS_ACTIVITY_CELLS (self), NULL);

  return self->document;
}

void
hrp_activity_cells_set_document (HrpActivityCells *self,
                                 HrpDocument      *document)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));
  g_return_if_fail (document == NULL || HRP_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    {
      g_clear_pointer (&self->repeated, g_hash_table_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
    }
}

void
hrp_activity_cells_set_show_repeated (HrpActivityCells *self,
                                      gboolean          show_repeated)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));

  show_repeated = !!show_repeated;
  if (self->show_repeated == show_repeated)
    return;

  self->show_repeated = show_repeated;
  hrp_activity_cells_update_repeated (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_REPEATED]);
}

void
hrp_activity_cells_update_repeated (HrpActivityCells *self)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));

  g_clear_pointer (&self->repeated, g_hash_table_unref);
  for (guint i = 0; i < self->name_cells->len; i++)
    cell_update_repeated (g_ptr_array_index (self->name_cells, i));
}

void
hrp_activity_cells_set_other_property (HrpActivityCells *self,
                                       HrpActivityCell   cell,
                                       const char       *property)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));
  g_return_if_fail (cell < HRP_ACTIVITY_N_CELLS);

  g_free (self->other_property[cell]);
  self->other_property[cell] = g_strdup (property);
}

GtkListItemFactory *
hrp_activity_cells_create_factory (HrpActivityCells *self,
                                   HrpActivityCell   cell)
{
  GtkListItemFactory *factory;

  g_return_val_if_fail (HRP_IS_ACTIVITY_CELLS (self), NULL);
  g_return_val_if_fail (cell < HRP_ACTIVITY_N_CELLS, NULL);

  factory = gtk_signal_list_item_factory_new ();
  /* The factory keeps the cells alive as long as a view uses it. */
  g_object_set_data_full (G_OBJECT (factory), "hrp-cells", g_object_ref (self), g_object_unref);
  g_object_set_data (G_OBJECT (factory), "hrp-cell", GUINT_TO_POINTER (cell));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);

  return factory;
}

void
hrp_activity_cells_edit_name (HrpActivityCells *self,
                              HrpActivity      *activity)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));
  g_return_if_fail (HRP_IS_ACTIVITY (activity));

  for (guint i = 0; i < self->name_cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->name_cells, i);

      if (cell->activity == activity)
        {
          g_clear_object (&self->pending_edit);
          gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell->editor));
          gtk_editable_select_region (GTK_EDITABLE (cell->editor), 0, -1);
          /* A row just added: wholly in view once the list has measured it. */
          hrp_activity_scroll_keep_in_view (cell->box, cell->item);
          return;
        }
    }

  g_set_object (&self->pending_edit, activity);
}

void
hrp_activity_cells_report (HrpActivityCells *self,
                           const char       *message)
{
  g_return_if_fail (HRP_IS_ACTIVITY_CELLS (self));
  g_return_if_fail (message != NULL);

  g_signal_emit (self, signals[MESSAGE], 0, message);
}

/* }}} */

/* GObject {{{ */

static void
hrp_activity_cells_dispose (GObject *object)
{
  HrpActivityCells *self = HRP_ACTIVITY_CELLS (object);

  g_clear_handle_id (&self->pending_edit_id, g_source_remove);
  g_clear_handle_id (&self->pending_focus_id, g_source_remove);
  g_clear_weak_pointer (&self->pending_focus_from);
  g_clear_object (&self->pending_edit);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hrp_activity_cells_parent_class)->dispose (object);
}

static void
hrp_activity_cells_finalize (GObject *object)
{
  HrpActivityCells *self = HRP_ACTIVITY_CELLS (object);

  for (guint i = 0; i < HRP_ACTIVITY_N_CELLS; i++)
    g_free (self->other_property[i]);
  g_ptr_array_unref (self->name_cells);
  g_ptr_array_unref (self->bound_cells);
  g_clear_pointer (&self->repeated, g_hash_table_unref);

  G_OBJECT_CLASS (hrp_activity_cells_parent_class)->finalize (object);
}

static void
hrp_activity_cells_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HrpActivityCells *self = HRP_ACTIVITY_CELLS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SHOW_REPEATED:
      g_value_set_boolean (value, self->show_repeated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_activity_cells_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HrpActivityCells *self = HRP_ACTIVITY_CELLS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hrp_activity_cells_set_document (self, g_value_get_object (value));
      break;
    case PROP_SHOW_REPEATED:
      hrp_activity_cells_set_show_repeated (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hrp_activity_cells_class_init (HrpActivityCellsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hrp_activity_cells_dispose;
  object_class->finalize = hrp_activity_cells_finalize;
  object_class->get_property = hrp_activity_cells_get_property;
  object_class->set_property = hrp_activity_cells_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         HRP_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_REPEATED] =
    g_param_spec_boolean ("show-repeated", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HrpActivityCells::message:
   * @message: what went wrong, for the user
   *
   * An edit was refused or a command failed.
   */
  signals[MESSAGE] =
    g_signal_new ("message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * HrpActivityCells::committed:
   *
   * An edit was taken (or left the value as it was): a message about an
   * earlier refused edit no longer holds.
   */
  signals[COMMITTED] =
    g_signal_new ("committed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * HrpActivityCells::cell-focused:
   * @position: the row of the view
   * @cell: the column (an #HrpActivityCell)
   *
   * The user went to a cell of an activity (by Tab, a click, a tick,
   * typing); the cell has been scrolled into view.
   */
  signals[CELL_FOCUSED] =
    g_signal_new ("cell-focused",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
hrp_activity_cells_init (HrpActivityCells *self)
{
  self->name_cells = g_ptr_array_new ();
  self->bound_cells = g_ptr_array_new ();
}

/* }}} */
