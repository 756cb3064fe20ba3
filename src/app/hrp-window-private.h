/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hrp-window-private.h — what hrp-window.c, hrp-window-actions.c and
 * hrp-window-io.c share: the window's fields, and the helpers each part
 * calls in another */
#pragma once

#include "hrp-document.h"
#include "hrp-editor.h"
#include "hrp-library.h"
#include "hrp-outline.h"
#include "hrp-outline-row.h"
#include "hrp-window.h"

G_BEGIN_DECLS

struct _HrpWindow
{
  GtkApplicationWindow  parent_instance;

  HrpLibrary           *library;
  gboolean              read_only;      /* its database cannot be changed */
  HrpPlan              *plan;
  HrpDocument          *document;
  HrpOutline           *outline;
  GtkFilter            *filter;
  GtkSingleSelection   *selection;
  GArray               *years;          /* int, as in year_dropdown */
  char                 *query;          /* casefolded search text */
  gboolean              filling_years;
  HrpOutlineNode       *current_node;   /* the node the user is on */
  gboolean              model_changing; /* inside the outline's items-changed */
  guint                 settle_id;      /* the selection put back after a change */
  guint                 focus_id;       /* the selected row focused once built */
  guint                 focus_tries;
  GPtrArray            *matches;        /* of HrpSearchMatch */
  guint                 match_index;    /* the match shown */
  GHashTable           *matched;        /* missions, strategies, policies with a match */
  gboolean              vision_matches;
  gboolean              details_matches;
  HrpOutlineNode       *search_origin;  /* where the user was before finding */

  /* Template widgets */
  GtkDropDown          *year_dropdown;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkStack             *main_stack;
  GtkListView          *outline_view;
  HrpEditor            *editor;
  GtkLabel             *empty_label;
  GtkMenuButton        *add_menu_button;  /* its menu says what it adds */
  GtkPaned             *paned;            /* the outline beside the editor */
  int                   outline_width;    /* the paned's position set, -1 once the user moved it */
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkWidget            *replace_box;
  GtkEntry             *replace_entry;
  GtkLabel             *find_status_label;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkRevealer          *status_revealer;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
  GtkLabel             *status_label;
  GtkProgressBar       *status_progress;
  GtkWidget            *status_cancel;
  GtkWidget            *check_button;   /* Check Plan, with the number of problems */
  GtkLabel             *check_badge;

  GSettings            *settings;             /* NULL without the schema */
  GCancellable         *export_cancellable;   /* an export or import going on */
  HrpPlan              *replaced_plan;        /* for Undo of an import */
  void                (*notice_undo) (gpointer);  /* Undo of the status line */
  gpointer              notice_data;
  GDestroyNotify        notice_destroy;
  GtkWidget            *status_undo;
  GFile                *export_file;
  guint                 status_timeout_id;
  GtkWindow            *check_window;   /* weak: Check Plan, while open */
};

/* hrp-window.c: the plan shown, its outline, the selection */
void            _hrp_window_set_plan           (HrpWindow       *self,
                                                HrpPlan         *plan);
HrpOutlineNode *_hrp_window_selected_node      (HrpWindow       *self);
GtkTreeListRow *_hrp_window_selected_row       (HrpWindow       *self);
/* Selects the row of item (a mission, strategy, policy or the plan's
 * vision), scrolls to it and gives it the keyboard focus once it is
 * built. */
gboolean        _hrp_window_focus_item         (HrpWindow       *self,
                                                gpointer         item);
/* Find and Replace: replaces the match shown (then shows the next), or
 * every match as one undo step. */
void            _hrp_window_replace            (HrpWindow       *self,
                                                gboolean         all);
/* Shows (show_replace) or hides the replace entry under the search. */
void            _hrp_window_show_find          (HrpWindow       *self,
                                                gboolean         show_replace);
/* The outline row showing node, under widget; NULL when not in view. */
HrpOutlineRow  *_hrp_window_row_of_node        (GtkWidget       *widget,
                                                HrpOutlineNode  *node);
/* "The change could not be saved", when error is not NULL. */
void            _hrp_window_report_error       (HrpWindow       *self,
                                                GError          *error);

/* hrp-window-actions.c: editing, plans, undo; which actions can be used */
void            _hrp_window_class_init_actions (GtkWidgetClass  *widget_class);
void            _hrp_window_update_actions     (HrpWindow       *self);
void            _hrp_window_update_undo        (HrpWindow       *self);
/* The number of problems on the Check Plan button. */
void            _hrp_window_update_check       (HrpWindow       *self);

/* hrp-window-io.c: printing, export, import, the status line */
void            _hrp_window_class_init_io      (GtkWidgetClass  *widget_class);
void            _hrp_window_init_io            (HrpWindow       *self);
void            _hrp_window_clear_notice       (HrpWindow       *self);

/* hrp-window.c: the selection followed; the outline's row of node; the
 * selected row given the focus once it is built. */
void            _hrp_window_focus_selected_row (HrpWindow      *self);
void            _hrp_window_selection_changed  (HrpWindow      *self);
guint           _hrp_window_position_of_node   (HrpWindow      *self,
                                                HrpOutlineNode *node);

/* hrp-window-find.c: Find and Replace. */
void            _hrp_window_init_find          (HrpWindow      *self);
gboolean        _hrp_window_row_filter         (gpointer        item,
                                                gpointer        user_data);
void            _hrp_window_find_matches       (HrpWindow      *self);
void            _hrp_window_refind             (HrpWindow      *self);
void            _hrp_window_update_find_status (HrpWindow      *self);

G_END_DECLS
