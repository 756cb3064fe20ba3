/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-field.c — a text widget edits one string property of a plan object */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-field.h"
#include "hrp-message.h"
#include "hrp-thai-repair.h"

/* Pause in typing after which the text is saved (ms). */
#define COMMIT_DELAY 700

typedef struct {
  GtkWidget   *widget;      /* unowned: the field lives on the widget */
  HrpDocument *document;
  GObject     *object;
  char        *property;
  gulong       notify_id;
  guint        timeout_id;
  gboolean     updating;
  gboolean     dirty;
} Field;

static char *
field_get_widget_text (Field *field)
{
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
field_set_widget_text (Field      *field,
                       const char *text)
{
  g_autofree char *current = field_get_widget_text (field);

  if (g_strcmp0 (current, text ? text : "") == 0)
    return;

  field->updating = TRUE;
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));

      /* Not an edit of the user's: no entry on the text view's own undo. */
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, text ? text : "", -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (field->widget), text ? text : "");
  field->updating = FALSE;
}

static void
field_show_stored (Field *field)
{
  g_autofree char *value = NULL;

  if (field->object != NULL)
    g_object_get (field->object, field->property, &value, NULL);
  field_set_widget_text (field, value);
}

static gboolean
field_write (Field *field)
{
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&field->timeout_id, g_source_remove);
  if (!field->dirty || field->object == NULL || field->document == NULL)
    return TRUE;
  field->dirty = FALSE;

  text = field_get_widget_text (field);
  g_object_get (field->object, field->property, &stored, NULL);
  if (g_strcmp0 (text, stored) == 0)
    return TRUE;

  if (!hrp_document_set_string (field->document, field->object, field->property, text, &error))
    {
      field_show_stored (field);
      hrp_show_error (field->widget, _("The change could not be saved"), error->message);
      return FALSE;
    }
  /* The document stores a text without control characters
   * (hrp_text_sanitize ()); when that is the text stored before, no
   * notification shows it. */
  field_show_stored (field);

  return TRUE;
}

static gboolean
field_timeout_cb (gpointer data)
{
  Field *field = data;

  field->timeout_id = 0;
  field_write (field);

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (Field *field)
{
  if (field->updating || field->object == NULL)
    return;

  field->dirty = TRUE;
  g_clear_handle_id (&field->timeout_id, g_source_remove);
  field->timeout_id = g_timeout_add (COMMIT_DELAY, field_timeout_cb, field);
}

static void
field_focus_leave_cb (Field *field)
{
  field_write (field);
}

static void
field_activate_cb (Field *field)
{
  field_write (field);
}

static void
field_object_notify_cb (Field *field)
{
  /* While the user types, the widget keeps their text. */
  if (!field->dirty)
    field_show_stored (field);
}

static void
field_unbind_object (Field *field)
{
  if (field->object != NULL)
    {
      field_write (field);
      g_clear_signal_handler (&field->notify_id, field->object);
      g_clear_object (&field->object);
    }
  g_clear_object (&field->document);
  g_clear_pointer (&field->property, g_free);
}

static void
field_free (Field *field)
{
  field_unbind_object (field);
  g_free (field);
}

static Field *
field_get (GtkWidget *widget)
{
  Field *field = g_object_get_data (G_OBJECT (widget), "hrp-field");
  GtkEventController *focus;

  if (field != NULL)
    return field;

  field = g_new0 (Field, 1);
  field->widget = widget;
  g_object_set_data_full (G_OBJECT (widget), "hrp-field", field, (GDestroyNotify) field_free);

  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                              G_CALLBACK (field_changed_cb), field);
  else
    {
      g_signal_connect_swapped (widget, "changed", G_CALLBACK (field_changed_cb), field);
      if (GTK_IS_ENTRY (widget))
        g_signal_connect_swapped (widget, "activate", G_CALLBACK (field_activate_cb), field);
    }

  /* Thai pasted from a PDF is repaired as it lands. */
  hrp_thai_repair_attach (widget);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (field_focus_leave_cb), field);
  gtk_widget_add_controller (widget, focus);

  /* Write what is pending before the widget goes. */
  g_signal_connect_swapped (widget, "unrealize", G_CALLBACK (field_write), field);

  return field;
}

/* GTK sends no focus-out to a widget made insensitive while it has the
 * focus (crossing events skip insensitive widgets): its cursor would go
 * on blinking, and GTK warns that it "did not receive a focus-out
 * event".  So the focus leaves it first. */
static void
release_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    gtk_root_set_focus (root, NULL);
}

void
hrp_field_bind (GtkWidget   *widget,
                HrpDocument *document,
                gpointer     object,
                const char  *property)
{
  Field *field;

  g_return_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget));
  g_return_if_fail (object == NULL || (HRP_IS_DOCUMENT (document) && property != NULL));

  field = field_get (widget);
  if (field->object == object && field->document == document
      && g_strcmp0 (field->property, property) == 0)
    return;

  field_unbind_object (field);
  field->dirty = FALSE;

  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      field->document = g_object_ref (document);
      field->object = g_object_ref (object);
      field->property = g_strdup (property);
      field->notify_id = g_signal_connect_swapped (object, signal,
                                                   G_CALLBACK (field_object_notify_cb), field);
    }
  field_show_stored (field);
  if (object == NULL)
    release_focus (widget);
  gtk_widget_set_sensitive (widget, object != NULL);
  /* A read-only database: the text can be read, selected and copied. */
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), object == NULL || !hrp_document_is_read_only (document));
  else
    gtk_editable_set_editable (GTK_EDITABLE (widget), object == NULL || !hrp_document_is_read_only (document));
}

gboolean
hrp_field_commit (GtkWidget *widget)
{
  Field *field = g_object_get_data (G_OBJECT (widget), "hrp-field");

  return field == NULL || field_write (field);
}
