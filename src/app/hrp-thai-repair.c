/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-thai-repair.c — text pasted into a field is repaired
 *
 * Text copied out of a Thai PDF arrives broken ("ต าบล", "เพ่ือ");
 * hrp_thai_repair() puts it right.  A typed character is left alone (a
 * single key cannot be a PDF's breakage); an insertion of more than one
 * character is repaired before it lands, and the window tells how many
 * characters were repaired with an Undo that puts back the text as it
 * was pasted.  Only a paste (Ctrl+V, the menu) is repaired: text the
 * program itself puts in a field is left as it is stored.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hrp-thai.h"
#include "hrp-thai-repair.h"
#include "hrp-window.h"

typedef struct {
  GWeakRef  widget;     /* the GtkEditable or GtkTextView */
  int       start;      /* character offset of the repaired text */
  int       length;     /* its length in characters */
  char     *original;   /* as pasted */
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->widget);
  g_free (undo->original);
  g_free (undo);
}

/* A paste marks its target; the insertion it brings (the clipboard is
 * read asynchronously) takes the mark.  A paste that brings nothing
 * leaves the mark for a few seconds only. */
static gboolean
pasting_expired_cb (gpointer data)
{
  GObject *target = data;

  g_object_set_data (target, "hrp-pasting", NULL);
  g_object_set_data (target, "hrp-pasting-id", NULL);
  return G_SOURCE_REMOVE;
}

static void
paste_cb (GObject *target)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (target, "hrp-pasting-id"));

  if (id != 0)
    g_source_remove (id);
  g_object_set_data (target, "hrp-pasting", GINT_TO_POINTER (TRUE));
  id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, 3, pasting_expired_cb,
                                   g_object_ref (target), g_object_unref);
  g_object_set_data (target, "hrp-pasting-id", GUINT_TO_POINTER (id));
}

static gboolean
take_pasting (GObject *target)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (target, "hrp-pasting-id"));

  if (g_object_get_data (target, "hrp-pasting") == NULL)
    return FALSE;
  if (id != 0)
    g_source_remove (id);
  g_object_set_data (target, "hrp-pasting", NULL);
  g_object_set_data (target, "hrp-pasting-id", NULL);
  return TRUE;
}

static void editable_insert_cb (GtkEditable *editable,
                                const char  *text,
                                int          length,
                                int         *position,
                                gpointer     data);
static void buffer_insert_cb (GtkTextBuffer *buffer,
                              GtkTextIter   *iter,
                              const char    *text,
                              int            length,
                              gpointer       data);

/* Puts the pasted text back as it was. */
static void
undo_cb (gpointer data)
{
  Undo *undo = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&undo->widget);

  if (widget == NULL)
    return;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, undo->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, undo->start + undo->length);
      g_signal_handlers_block_by_func (buffer, buffer_insert_cb, NULL);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, undo->original, -1);
      g_signal_handlers_unblock_by_func (buffer, buffer_insert_cb, NULL);
    }
  else
    {
      GtkEditable *editable = GTK_EDITABLE (widget);
      GtkEditable *delegate = gtk_editable_get_delegate (editable);
      int position = undo->start;

      if (delegate == NULL)
        delegate = editable;
      g_signal_handlers_block_by_func (delegate, editable_insert_cb, NULL);
      gtk_editable_delete_text (editable, undo->start, undo->start + undo->length);
      gtk_editable_insert_text (editable, undo->original, -1, &position);
      g_signal_handlers_unblock_by_func (delegate, editable_insert_cb, NULL);
    }
}

static void
tell (GtkWidget  *widget,
      guint       n_repairs,
      Undo       *undo)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *text = g_strdup_printf (ngettext ("Repaired %u broken Thai character",
                                                     "Repaired %u broken Thai characters", n_repairs),
                                           n_repairs);

  if (HRP_IS_WINDOW (root))
    hrp_window_show_notice (HRP_WINDOW (root), text, undo_cb, undo, undo_free);
  else
    undo_free (undo);
}

static void
editable_insert_cb (GtkEditable *delegate,
                    const char  *text,
                    int          length,
                    int         *position,
                    gpointer     data)
{
  g_autofree char *inserted = NULL;
  g_autofree char *repaired = NULL;
  GtkWidget *widget;
  guint n = 0;
  Undo *undo;
  int start = *position;

  if (!take_pasting (G_OBJECT (delegate)))
    return;
  inserted = length < 0 ? g_strdup (text) : g_strndup (text, length);
  if (g_utf8_strlen (inserted, -1) < 2 || !g_utf8_validate (inserted, -1, NULL))
    return;
  repaired = hrp_thai_repair (inserted, &n);
  if (n == 0)
    return;

  /* In place of what was pasted. */
  g_signal_handlers_block_by_func (delegate, editable_insert_cb, NULL);
  gtk_editable_insert_text (delegate, repaired, -1, position);
  g_signal_handlers_unblock_by_func (delegate, editable_insert_cb, NULL);
  g_signal_stop_emission_by_name (delegate, "insert-text");

  widget = g_object_get_data (G_OBJECT (delegate), "hrp-repair-widget");
  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->widget, widget);
  undo->start = start;
  undo->length = g_utf8_strlen (repaired, -1);
  undo->original = g_steal_pointer (&inserted);
  tell (widget, n, undo);
}

static void
buffer_insert_cb (GtkTextBuffer *buffer,
                  GtkTextIter   *iter,
                  const char    *text,
                  int            length,
                  gpointer       data)
{
  g_autofree char *inserted = NULL;
  g_autofree char *repaired = NULL;
  GtkWidget *widget;
  guint n = 0;
  Undo *undo;
  int start = gtk_text_iter_get_offset (iter);

  if (!take_pasting (G_OBJECT (buffer)))
    return;
  inserted = length < 0 ? g_strdup (text) : g_strndup (text, length);
  if (g_utf8_strlen (inserted, -1) < 2)
    return;
  repaired = hrp_thai_repair (inserted, &n);
  if (n == 0)
    return;

  /* The iter is valid again after our insert, as the signal wants. */
  g_signal_handlers_block_by_func (buffer, buffer_insert_cb, NULL);
  gtk_text_buffer_insert (buffer, iter, repaired, -1);
  g_signal_handlers_unblock_by_func (buffer, buffer_insert_cb, NULL);
  g_signal_stop_emission_by_name (buffer, "insert-text");

  widget = g_object_get_data (G_OBJECT (buffer), "hrp-repair-widget");
  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->widget, widget);
  undo->start = start;
  undo->length = g_utf8_strlen (repaired, -1);
  undo->original = g_steal_pointer (&inserted);
  tell (widget, n, undo);
}

void
hrp_thai_repair_attach (GtkWidget *widget)
{
  GObject *target;

  g_return_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget));

  if (GTK_IS_TEXT_VIEW (widget))
    {
      target = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      if (g_object_get_data (target, "hrp-repair-widget") != NULL)
        return;
      g_signal_connect (target, "insert-text", G_CALLBACK (buffer_insert_cb), NULL);
      g_signal_connect_swapped (widget, "paste-clipboard", G_CALLBACK (paste_cb), target);
    }
  else
    {
      GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));

      /* The text widget inside takes the insertions. */
      target = G_OBJECT (delegate != NULL ? delegate : GTK_EDITABLE (widget));
      if (g_object_get_data (target, "hrp-repair-widget") != NULL)
        return;
      g_signal_connect (target, "insert-text", G_CALLBACK (editable_insert_cb), NULL);
      if (g_signal_lookup ("paste-clipboard", G_OBJECT_TYPE (target)) != 0)
        g_signal_connect (target, "paste-clipboard", G_CALLBACK (paste_cb), NULL);
    }
  g_object_set_data (target, "hrp-repair-widget", widget);
}
