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

/* What is kept on the object that takes the insertions (a GtkText, or a
 * text view's buffer): the field it belongs to, and whether a paste was
 * just asked for. */
typedef struct {
  GtkWidget *widget;       /* unowned: the field holds its text or buffer */
  guint      pasting_id;   /* while a paste is awaited: its time-out; else 0 */
} Target;

#define TARGET_KEY "hrp-thai-repair"

static void
target_free (gpointer data)
{
  Target *target = data;

  g_clear_handle_id (&target->pasting_id, g_source_remove);
  g_free (target);
}

/* A paste marks its target; the insertion it brings (the clipboard is
 * read asynchronously) takes the mark.  A paste that brings nothing
 * leaves the mark for a few seconds only. */
static gboolean
pasting_expired_cb (gpointer data)
{
  Target *target = data;

  target->pasting_id = 0;
  return G_SOURCE_REMOVE;
}

static void
paste_cb (Target *target)
{
  g_clear_handle_id (&target->pasting_id, g_source_remove);
  target->pasting_id = g_timeout_add_seconds (3, pasting_expired_cb, target);
}

static gboolean
take_pasting (Target *target)
{
  if (target->pasting_id == 0)
    return FALSE;
  g_clear_handle_id (&target->pasting_id, g_source_remove);
  return TRUE;
}

/* Our own insertions are not repaired again. */
#define block_insert(object, func) \
  g_signal_handlers_block_matched ((object), G_SIGNAL_MATCH_FUNC, 0, 0, NULL, (gpointer) (func), NULL)
#define unblock_insert(object, func) \
  g_signal_handlers_unblock_matched ((object), G_SIGNAL_MATCH_FUNC, 0, 0, NULL, (gpointer) (func), NULL)

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
      block_insert (buffer, buffer_insert_cb);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, undo->original, -1);
      unblock_insert (buffer, buffer_insert_cb);
    }
  else
    {
      GtkEditable *editable = GTK_EDITABLE (widget);
      GtkEditable *delegate = gtk_editable_get_delegate (editable);
      int position = undo->start;

      if (delegate == NULL)
        delegate = editable;
      block_insert (delegate, editable_insert_cb);
      gtk_editable_delete_text (editable, undo->start, undo->start + undo->length);
      gtk_editable_insert_text (editable, undo->original, -1, &position);
      unblock_insert (delegate, editable_insert_cb);
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

/* The repaired text of an insertion into target (length bytes of text,
 * -1: up to its end), when it is a paste with broken Thai; else NULL.
 * *inserted gets the text as it was. */
static char *
repair_paste (Target      *target,
              const char  *text,
              int          length,
              char       **inserted,
              guint       *n_repairs)
{
  g_autofree char *pasted = NULL;
  g_autofree char *repaired = NULL;

  if (!take_pasting (target))
    return NULL;
  pasted = length < 0 ? g_strdup (text) : g_strndup (text, length);
  if (g_utf8_strlen (pasted, -1) < 2 || !g_utf8_validate (pasted, -1, NULL))
    return NULL;
  repaired = hrp_thai_repair (pasted, n_repairs);
  if (*n_repairs == 0)
    return NULL;

  *inserted = g_steal_pointer (&pasted);
  return g_steal_pointer (&repaired);
}

/* Tells the window, with an Undo that puts back inserted where repaired
 * now stands, from start. */
static void
tell_repaired (Target     *target,
               int         start,
               char       *inserted,
               const char *repaired,
               guint       n_repairs)
{
  Undo *undo = g_new0 (Undo, 1);

  g_weak_ref_init (&undo->widget, target->widget);
  undo->start = start;
  undo->length = g_utf8_strlen (repaired, -1);
  undo->original = inserted;
  tell (target->widget, n_repairs, undo);
}

static void
editable_insert_cb (GtkEditable *delegate,
                    const char  *text,
                    int          length,
                    int         *position,
                    gpointer     data)
{
  char *inserted = NULL;
  g_autofree char *repaired = NULL;
  guint n = 0;
  int start = *position;

  if ((repaired = repair_paste (data, text, length, &inserted, &n)) == NULL)
    return;

  /* In place of what was pasted. */
  block_insert (delegate, editable_insert_cb);
  gtk_editable_insert_text (delegate, repaired, -1, position);
  unblock_insert (delegate, editable_insert_cb);
  g_signal_stop_emission_by_name (delegate, "insert-text");
  tell_repaired (data, start, inserted, repaired, n);
}

static void
buffer_insert_cb (GtkTextBuffer *buffer,
                  GtkTextIter   *iter,
                  const char    *text,
                  int            length,
                  gpointer       data)
{
  char *inserted = NULL;
  g_autofree char *repaired = NULL;
  guint n = 0;
  int start = gtk_text_iter_get_offset (iter);

  if ((repaired = repair_paste (data, text, length, &inserted, &n)) == NULL)
    return;

  /* The iter is valid again after our insert, as the signal wants. */
  block_insert (buffer, buffer_insert_cb);
  gtk_text_buffer_insert (buffer, iter, repaired, -1);
  unblock_insert (buffer, buffer_insert_cb);
  g_signal_stop_emission_by_name (buffer, "insert-text");
  tell_repaired (data, start, inserted, repaired, n);
}

void
hrp_thai_repair_attach (GtkWidget *widget)
{
  GObject *object;
  Target *target;

  g_return_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget));

  if (GTK_IS_TEXT_VIEW (widget))
    object = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
  else
    {
      /* The text widget inside takes the insertions. */
      GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));

      object = G_OBJECT (delegate != NULL ? delegate : GTK_EDITABLE (widget));
    }
  if (g_object_get_data (object, TARGET_KEY) != NULL)
    return;

  target = g_new0 (Target, 1);
  target->widget = widget;
  g_object_set_data_full (object, TARGET_KEY, target, target_free);
  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_signal_connect (object, "insert-text", G_CALLBACK (buffer_insert_cb), target);
      g_signal_connect_swapped (widget, "paste-clipboard", G_CALLBACK (paste_cb), target);
    }
  else
    {
      g_signal_connect (object, "insert-text", G_CALLBACK (editable_insert_cb), target);
      if (g_signal_lookup ("paste-clipboard", G_OBJECT_TYPE (object)) != 0)
        g_signal_connect_swapped (object, "paste-clipboard", G_CALLBACK (paste_cb), target);
    }
}
