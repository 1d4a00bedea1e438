"""A member's notes: the timeline, one note read in full, the editor, and a note's versions.

Four views in one stack, so the profile never opens a window for everyday note work:

- the timeline (pinned first, then newest; previews only, as the service sends them);
- a note in full, its body fetched on a worker when opened (a note can be megabytes);
- the Markdown editor with preview and templates, for a new note or an edit;
- the earlier versions of a note, each viewable.

Every read and write goes through the task runner. Deleting moves the note to the trash and
offers Undo. The owner (the profile) reloads the timeline after a change (``notesChanged``), so
the note count, the member's "updated" time and the list all come from one fresh read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.notes import NoteSummary, NoteTemplateData, NoteVersionData
from app.domain.trash import TrashRestoreResult, TrashResult
from app.errors import NotFoundError, UserError
from app.ui.dialogs import Dialogs
from app.ui.formatting import format_count, format_datetime
from app.ui.icons import icon
from app.ui.messages import error_text
from app.ui.models.note_timeline import NoteTimelineModel
from app.ui.models.profile_lists import NoteVersionsModel
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.profile.note_card import NoteCardDelegate
from app.ui.tasks import TaskRunner
from app.ui.undo import UndoStack
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.markdown_editor import MarkdownEditor
from app.ui.widgets.menu_button import menu_button
from app.ui.widgets.note_text import NoteView
from app.ui.widgets.tables import list_table

OLDER_PAGE = 200


@dataclass(frozen=True)
class _Editing:
    member_id: int
    note: NoteSummary | None  # None: a new note


def _flat_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setObjectName("Flat")
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


def _page() -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.setSpacing(8)
    return page, layout


class NotesPanel(QWidget):
    notesChanged = Signal()  # a note was added, edited, pinned, deleted or restored
    message = Signal(str)  # a result for the status bar

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 undo_stack: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._runner = runner
        self._dialogs = dialogs
        self.undo_stack = undo_stack
        self._member_id: int | None = None
        self._total = 0
        self._reading: NoteSummary | None = None
        self._editing: _Editing | None = None
        self._return_to: QWidget | None = None
        self._saving = False
        self._versions_of: NoteSummary | None = None
        self._versions_back: QWidget | None = None
        self._pending_select: int | None = None  # the note to select once the timeline reloads
        self._templates: tuple[NoteTemplateData, ...] = ()

        self._build_actions()
        self.stack = QStackedWidget()
        self.timeline_page = self._build_timeline()
        self.reader_page = self._build_reader()
        self.editor_page = self._build_editor()
        self.versions_page = self._build_versions()
        for page in (self.timeline_page, self.reader_page, self.editor_page, self.versions_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._update_actions()

    # -- construction ------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], None],
                shortcut: str = "") -> QAction:
        action = QAction(icon(name), text, self)
        action.setToolTip(text + (f" ({shortcut})" if shortcut else ""))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("add", self.tr("New note"), self.new_note)
        self.open_action = self._action("note", self.tr("Open"), self.open_current, "Enter")
        self.edit_action = self._action("edit", self.tr("Edit"), self.edit_current)
        self.pin_action = self._action("pin", self.tr("Pin to the top"), self.toggle_pin)
        self.history_action = self._action("history", self.tr("Earlier versions"),
                                           self.show_versions)
        self.delete_action = self._action("trash", self.tr("Move to the trash"),
                                          self.delete_current, "Del")

    def _build_timeline(self) -> QWidget:
        page, layout = _page()
        row = QHBoxLayout()
        row.setSpacing(4)
        self.new_button = QPushButton(icon("add", "white"), self.tr("New note"))
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(lambda: self.new_note())
        self.template_button, self.template_menu = menu_button("template",
                                                               self.tr("From a template"))
        row.addWidget(self.new_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        for action in (self.pin_action, self.edit_action, self.history_action,
                       self.delete_action):
            row.addWidget(_flat_button(action))
        layout.addLayout(row)

        self.model = NoteTimelineModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.card_delegate = NoteCardDelegate(self.list)
        self.list.setItemDelegate(self.card_delegate)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(24)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setSpacing(0)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        # Enter, or a double-click (a single click where the platform activates on one)
        self.list.activated.connect(lambda _index: self.open_current())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        delete = QAction(self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)

        self.more_button = QPushButton()
        self.more_button.setObjectName("Link")
        self.more_button.clicked.connect(self.load_older)
        self.more_button.hide()

        self.empty = EmptyState(
            icon("note", "#8a94a3"), self.tr("No notes yet"),
            self.tr("Notes are yours alone: what you talked about, what they need, what you "
                    "promised. Markdown works, and templates help with the usual cases."),
            self.tr("Write the first note"))
        assert self.empty.button is not None
        self.empty.button.clicked.connect(lambda: self.new_note())
        self.list_stack = QStackedWidget()
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.list_stack.addWidget(list_box)
        self.list_stack.addWidget(self.empty)
        layout.addWidget(self.list_stack, 1)
        return page

    def _back_button(self, slot: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName("Flat")
        button.setIcon(icon("back"))
        button.setText(self.tr("Back to the notes"))
        button.setToolTip(self.tr("Back to the notes (Esc)"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    def _build_reader(self) -> QWidget:
        page, layout = _page()
        row = QHBoxLayout()
        row.addWidget(self._back_button(self.show_timeline))
        row.addStretch(1)
        for action in (self.pin_action, self.edit_action, self.history_action,
                       self.delete_action):
            row.addWidget(_flat_button(action))
        layout.addLayout(row)
        self.reader_meta = QLabel()
        self.reader_meta.setObjectName("Muted")
        self.reader_meta.setWordWrap(True)
        layout.addWidget(self.reader_meta)
        self.reader = NoteView()
        layout.addWidget(self.reader, 1)
        return page

    def _build_editor(self) -> QWidget:
        page, layout = _page()
        self.editor_title = QLabel()
        self.editor_title.setObjectName("DialogTitle")
        layout.addWidget(self.editor_title)
        self.editor = MarkdownEditor()
        layout.addWidget(self.editor, 1)
        self.editor_error = QLabel()
        self.editor_error.setObjectName("ErrorText")
        self.editor_error.setWordWrap(True)
        self.editor_error.hide()
        layout.addWidget(self.editor_error)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+S saves, Esc cancels"))
        hint.setObjectName("Muted")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(icon("save", "white"), self.tr("Save note"))
        self.save_button.setObjectName("Primary")
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.save_button.clicked.connect(lambda: self.save_note())
        self.editor.loaded.connect(self._update_save_button)
        self.editor.changed.connect(self.editor_error.hide)
        return page

    def _build_versions(self) -> QWidget:
        page, layout = _page()
        row = QHBoxLayout()
        row.addWidget(self._back_button(self._leave_versions))
        row.addStretch(1)
        layout.addLayout(row)
        self.versions_title = QLabel()
        self.versions_title.setObjectName("Muted")
        self.versions_title.setWordWrap(True)
        layout.addWidget(self.versions_title)
        self.versions_model = NoteVersionsModel(self)
        self.versions_table = list_table(self.versions_model, self.tr("Earlier versions"),
                                         multi=False)
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        self.versions_table.selectionModel().currentRowChanged.connect(self._version_chosen)
        self.version_view = NoteView()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.versions_table)
        splitter.addWidget(self.version_view)
        splitter.setSizes([160, 400])
        layout.addWidget(splitter, 1)
        return page

    # -- what the owner calls ----------------------------------------------------------------
    def set_member(self, member_id: int | None) -> None:
        """Another member: leave any note view, and save a note being written (never lose it)."""
        if member_id == self._member_id:
            return
        self.leave()
        self._member_id = member_id
        self.model.set_notes(())
        self.card_delegate.forget()
        self.show_timeline()

    def set_notes(self, notes: Sequence[NoteSummary], total: int) -> None:
        """The first page of the timeline (from the profile read)."""
        current = self.current_note()
        self._total = total
        self.model.set_notes(notes)
        self.card_delegate.forget()
        self.list_stack.setCurrentIndex(0 if notes else 1)
        wanted = self._pending_select
        self._pending_select = None
        selected = wanted is not None and self.select_note(wanted)
        if not selected and current is not None:
            row = self.model.row_of(current.id)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
                if self._reading is not None and self._reading.id == current.id:
                    self._reading = self.model.note_at(row)
                    self._show_reader_meta()
        self._update_more()
        self._update_actions()

    def set_templates(self, templates: Sequence[NoteTemplateData]) -> None:
        self._templates = tuple(templates)
        self.editor.set_templates(self._templates)
        self.template_menu.clear()
        for template in self._templates:
            action = self.template_menu.addAction(template.name)
            action.triggered.connect(lambda _c=False, body=template.body: self.new_note(body))
        self.template_button.setEnabled(bool(self._templates))

    def is_editing(self) -> bool:
        return self.stack.currentWidget() is self.editor_page

    def has_unsaved_note(self) -> bool:
        return self.is_editing() and self.editor.is_modified() and bool(self.editor.text().strip())

    def escape(self) -> bool:
        """Esc: step back inside the panel; False when there is nothing to step back from."""
        page = self.stack.currentWidget()
        if page is self.editor_page:
            self.cancel_edit()
            return True
        if page is self.versions_page:
            self._leave_versions()
            return True
        if page is self.reader_page:
            self.show_timeline()
            return True
        return False

    def leave(self) -> None:
        """Save a note being written, then close the editor (switching member, closing)."""
        if self.has_unsaved_note():
            self.save_note(then_show=False)
        self._editing = None
        self.editor.set_text("")
        self.reader.clear()
        self._reading = None

    # -- the timeline ------------------------------------------------------------------------
    def current_note(self) -> NoteSummary | None:
        page = self.stack.currentWidget()
        if page is self.reader_page and self._reading is not None:
            return self._reading
        if page is self.versions_page and self._versions_of is not None:
            return self._versions_of
        if page is self.editor_page:
            return None
        return self.model.note_at(self.list.currentIndex().row())

    def select_note(self, note_id: int) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True

    def show_timeline(self) -> None:
        self.stack.setCurrentWidget(self.timeline_page)
        self._reading = None
        self.reader.clear()
        self._update_actions()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_more(self) -> None:
        left = self._total - self.model.rowCount()
        self.more_button.setVisible(left > 0)
        self.more_button.setText(self.tr("Show older notes (%1 more)")
                                 .replace("%1", format_count(max(0, left))))

    def load_older(self) -> None:
        member_id = self._member_id
        if member_id is None:
            return
        offset = self.model.rowCount()
        notes = self._deps.notes

        def shown(page: tuple[NoteSummary, ...]) -> None:
            if member_id == self._member_id:
                self.model.append(page)
                self._update_more()

        self.more_button.setEnabled(False)
        task = self._runner.run(lambda _p: notes.timeline(member_id, offset, OLDER_PAGE), shown, owner=self)
        task.finished.connect(lambda: self.more_button.setEnabled(True))

    def _context_menu(self, where: QPoint) -> None:
        index = self.list.indexAt(where)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self.list)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in (self.open_action, self.edit_action, self.pin_action,
                       self.history_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.list.viewport().mapToGlobal(where))

    def _update_actions(self) -> None:
        note = self.current_note()
        for action in (self.open_action, self.edit_action, self.pin_action, self.delete_action):
            action.setEnabled(note is not None and self._member_id is not None)
        self.history_action.setEnabled(note is not None and note.edited)
        pinned = note is not None and note.pinned
        self.pin_action.setText(self.tr("Unpin") if pinned else self.tr("Pin to the top"))
        self.pin_action.setToolTip(self.pin_action.text())
        self.pin_action.setIcon(icon("unpin" if pinned else "pin"))
        if note is not None and note.edited:
            self.history_action.setToolTip(self.tr("Earlier versions (%1)")
                                           .replace("%1", format_count(note.versions)))
        self.new_button.setEnabled(self._member_id is not None)

    # -- reading -----------------------------------------------------------------------------
    def open_current(self) -> None:
        note = self.model.note_at(self.list.currentIndex().row())
        if note is not None:
            self.open_note(note)

    def open_note(self, note: NoteSummary) -> None:
        self._reading = note
        self.stack.setCurrentWidget(self.reader_page)
        self._show_reader_meta()
        self._update_actions()
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        if not note.truncated:
            self.reader.show_text(note.preview)  # the preview is the whole note
            return
        self.reader.show_loading()
        notes = self._deps.notes

        def shown(text: str) -> None:
            if self._reading is not None and self._reading.id == note.id:
                self.reader.show_text(text)

        self._runner.run(lambda _p: notes.body(note.id), shown, self._note_gone,
                         label=self.tr("Opening the note"), owner=self)

    def _show_reader_meta(self) -> None:
        note = self._reading
        if note is None:
            return
        text = self.card_delegate.header_text(note)
        text += " · " + self.tr("%1 characters").replace("%1", format_count(note.length))
        self.reader_meta.setText(text)

    def _note_gone(self, error: BaseException) -> None:
        if isinstance(error, NotFoundError):
            self.message.emit(self.tr("That note no longer exists."))
            self.show_timeline()
            self.notesChanged.emit()
        elif isinstance(error, UserError):
            self._dialogs.warn(self, self.tr("Notes"), error_text(error))

    # -- writing -----------------------------------------------------------------------------
    def new_note(self, body: str = "") -> None:
        if self._member_id is None:
            return
        self._return_to = self.stack.currentWidget()
        self._editing = _Editing(self._member_id, None)
        self.editor_title.setText(self.tr("New note"))
        self.editor.set_text(body)
        self._open_editor()

    def edit_current(self) -> None:
        note = self.current_note()
        if note is None or self._member_id is None:
            return
        self._return_to = self.stack.currentWidget()
        self._editing = _Editing(self._member_id, note)
        self.editor_title.setText(self.tr("Edit the note of %1")
                                  .replace("%1", format_datetime(note.created_at)))
        if not note.truncated:
            self.editor.set_text(note.preview)
            self._open_editor()
            return
        self.editor.set_text("")
        self.editor.editor.setReadOnly(True)
        self._open_editor()
        self.save_button.setEnabled(False)
        notes = self._deps.notes
        editing = self._editing

        def loaded(text: str) -> None:
            if self._editing is editing:
                self.editor.set_text(text)

        self._runner.run(lambda _p: notes.body(note.id), loaded, self._note_gone,
                         label=self.tr("Opening the note"), owner=self)

    def _open_editor(self) -> None:
        self.editor_error.hide()
        self.stack.setCurrentWidget(self.editor_page)
        self._update_save_button()
        self.editor.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.editor.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.editor.setTextCursor(cursor)

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self.editor.is_loaded() and not self._saving)

    def save_note(self, then_show: bool = True) -> None:
        editing = self._editing
        if editing is None or not self.editor.is_loaded() or self._saving:
            return
        text = self.editor.text()
        if not text.strip():
            self.editor_error.setText(self.tr("Write something first: the note is empty."))
            self.editor_error.show()
            return
        notes = self._deps.notes
        self._saving = True
        self._update_save_button()

        def op(_progress: object) -> NoteSummary:
            if editing.note is None:
                return notes.add(editing.member_id, text)
            return notes.edit(editing.note.id, text)

        def saved(note: NoteSummary) -> None:
            self._saving = False
            self._update_save_button()
            self.message.emit(self.tr("Note saved"))
            if self._editing is editing and then_show:
                self._editing = None
                self.editor.set_text("")
                if editing.note is not None and self._return_to is self.reader_page:
                    self._reading = note
                    self.stack.setCurrentWidget(self.reader_page)
                    self._show_reader_meta()
                    self.reader.show_text(text)
                else:
                    self.show_timeline()
            if editing.member_id == self._member_id:
                self._pending_select = note.id
            self.notesChanged.emit()

        def failed(error: BaseException) -> None:
            self._saving = False
            self._update_save_button()
            if isinstance(error, UserError) and self._editing is editing:
                self.editor_error.setText(error_text(error))
                self.editor_error.show()
            elif isinstance(error, UserError):
                self._dialogs.warn(self, self.tr("The note was not saved"), error_text(error))

        self._runner.run(op, saved, failed, label=self.tr("Saving the note"), owner=self)

    def cancel_edit(self) -> None:
        if self._editing is None:
            self.show_timeline()
            return
        if self.editor.is_modified() and self.editor.text().strip() and not self._dialogs.confirm(
                self, self.tr("Discard this note?"),
                self.tr("What you wrote in this note has not been saved and will be lost."),
                self.tr("Discard")):
            return
        back = self._return_to
        self._editing = None
        self.editor.set_text("")
        if back is self.reader_page and self._reading is not None:
            self.stack.setCurrentWidget(self.reader_page)
            self._update_actions()
        else:
            self.show_timeline()

    # -- pin, delete, undo -------------------------------------------------------------------
    def toggle_pin(self) -> None:
        note = self.current_note()
        if note is None:
            return
        notes = self._deps.notes
        pinned = not note.pinned

        def done(_result: object) -> None:
            self.message.emit(self.tr("Pinned the note") if pinned else
                              self.tr("Unpinned the note"))
            self._pending_select = note.id
            self.notesChanged.emit()

        self._runner.run(lambda _p: notes.set_pinned(note.id, pinned), done, self._note_gone,
                         label=self.tr("Pinning the note") if pinned else
                         self.tr("Unpinning the note"), owner=self)

    def delete_current(self) -> None:
        note = self.current_note()
        if note is None:
            return
        trash = self._deps.trash
        text = self.tr("Moved a note to the trash")
        stack = self.undo_stack

        def done(result: TrashResult) -> None:
            if self._reading is not None and self._reading.id == note.id:
                self.show_timeline()
            self.notesChanged.emit()
            if result.item_ids:
                stack.push(text, lambda: self._restore(result.item_ids, note.id))

        self._runner.run(lambda progress: trash.delete_notes([note.id], progress=progress), done,
                         label=self.tr("Moving the note to the trash"), owner=self)

    def _restore(self, item_ids: tuple[int, ...], note_id: int) -> None:
        trash = self._deps.trash

        def done(result: TrashRestoreResult) -> None:
            if result.restored:
                self.message.emit(self.tr("Restored the note"))
                self._pending_select = note_id
            else:
                self.message.emit(self.tr("The note could not be restored: %1")
                                  .replace("%1", "; ".join(result.kept)))
            self.notesChanged.emit()

        self._runner.run(lambda progress: trash.restore(item_ids, progress=progress), done,
                         label=self.tr("Undoing the delete"), owner=self)

    # -- versions ----------------------------------------------------------------------------
    def show_versions(self) -> None:
        note = self.current_note()
        if note is None or not note.edited:
            return
        self._versions_of = note
        self._versions_back = self.stack.currentWidget()
        self.versions_title.setText(self.tr(
            "Earlier wordings of the note of %1, newest first. The note itself shows the "
            "current wording.").replace("%1", format_datetime(note.created_at)))
        self.versions_model.set_rows(())
        self.version_view.clear()
        self.stack.setCurrentWidget(self.versions_page)
        self._update_actions()
        notes = self._deps.notes

        def shown(versions: tuple[NoteVersionData, ...]) -> None:
            if self._versions_of is not note:
                return
            self.versions_model.set_rows(versions)
            if versions:
                self.versions_table.selectRow(0)
                self.versions_table.setFocus(Qt.FocusReason.OtherFocusReason)

        self._runner.run(lambda _p: notes.versions(note.id), shown, self._note_gone, owner=self)

    def _version_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        version = self.versions_model.row_at(current.row())
        if not isinstance(version, NoteVersionData):
            return
        if version.length <= len(version.preview):
            self.version_view.show_text(version.preview)
            return
        self.version_view.show_loading()
        notes = self._deps.notes

        def shown(text: str) -> None:
            chosen = self.versions_model.row_at(self.versions_table.currentIndex().row())
            if chosen is version:
                self.version_view.show_text(text)

        self._runner.run(lambda _p: notes.version_body(version.id), shown, self._note_gone,
                         label=self.tr("Opening the version"), owner=self)

    def _leave_versions(self) -> None:
        back = self._versions_back
        self._versions_of = None
        self.version_view.clear()
        if back is self.reader_page and self._reading is not None:
            self.stack.setCurrentWidget(self.reader_page)
            self._update_actions()
        else:
            self.show_timeline()
