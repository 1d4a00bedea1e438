"""Everything about one member: who they are, their tags, their notes, their history.

Edits save as you go: each change starts a short countdown (``SAVE_DELAY_MS``), Ctrl+S saves at
once, and so do switching to another member, hiding the view and closing the window. The header
says whether there are unsaved changes. A note being written is saved when the member changes or
the window closes, and kept in the editor when the view is only hidden. Every read and write runs
on the task runner; a ``UserError`` from the service (it names the field) appears under that field.

The Members page embeds this view; it may share its undo stack with ``use_undo_stack`` so that
Ctrl+Z and the status bar's Undo reach the profile's deletes too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_fields import CustomFieldDef, RoleData
from app.domain.members import TagSummary
from app.domain.notes import NoteTemplateData
from app.domain.profiles import MemberProfile
from app.errors import NotFoundError, UserError
from app.ui.dialogs import Dialogs
from app.ui.formatting import format_count
from app.ui.icons import icon
from app.ui.member_texts import MemberTexts
from app.ui.messages import error_text
from app.ui.models.profile_lists import MemberHistoryModel
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.profile.details_form import DetailsForm
from app.ui.pages.members.profile.header import ProfileHeader
from app.ui.pages.members.profile.notes_panel import NotesPanel
from app.ui.pages.members.profile.template_manager import TemplateManager
from app.ui.tasks import TaskRunner
from app.ui.undo import UndoStack
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.tables import list_table
from app.ui.widgets.tag_chips import color_for
from app.ui.widgets.time_zone_combo import time_zone_names
from app.ui.widgets.undo_notice import UndoNotice

SAVE_DELAY_MS = 1200


class SaveOrder:
    """Applies numbered saves in number order on the workers: a late older one is dropped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._issued = 0
        self._applied = 0

    def next(self) -> int:
        self._issued += 1
        return self._issued

    def apply(self, number: int, save: Callable[[], bool]) -> bool:
        with self._lock:
            if number < self._applied:
                return False  # a newer draft is already saved
            self._applied = number
            return save()


@dataclass(frozen=True)
class ProfileBundle:
    """One read for the whole view, so the header, form and notes agree with each other."""

    profile: MemberProfile
    roles: tuple[RoleData, ...]
    fields: tuple[CustomFieldDef, ...]
    tags: tuple[TagSummary, ...]
    templates: tuple[NoteTemplateData, ...]
    zones: tuple[str, ...]


class ProfileView(QWidget):
    memberChanged = Signal(object)  # a member id: their row in the list should be read again
    closeRequested = Signal()  # Esc
    loaded = Signal()  # a member's profile is on screen (tests and the page wait for it)
    message = Signal(str)  # a result for the status bar

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._runner = runner
        self._dialogs = dialogs
        self._texts = MemberTexts(self)
        self._member_id: int | None = None
        self._profile: MemberProfile | None = None
        self._generation = 0
        self._zones: tuple[str, ...] = ()
        self._known_tags: tuple[TagSummary, ...] = ()
        self._edits = 0  # counts form edits, so a save knows whether typing went on meanwhile
        self._dirty = False
        self._saving = 0  # saves in flight
        self._save_order = SaveOrder()
        self._failed = False
        self.undo_stack = UndoStack(self)
        self._own_undo = True

        self.empty = EmptyState(icon("members", "#8a94a3"),
                                self.tr("Select a member to see their profile"),
                                self.tr("Their handles, tags, notes and history appear here."))
        self.gone = EmptyState(icon("members", "#8a94a3"), self.tr("This member no longer exists"),
                               self.tr("They may have been deleted or merged in the meantime. "
                                       "Pick another member from the list."))
        self.content = QWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.gone)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        column = QVBoxLayout(self.content)
        column.setContentsMargins(16, 12, 16, 8)
        column.setSpacing(8)
        self.header = ProfileHeader(self._texts)
        column.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.notes = NotesPanel(deps, runner, dialogs, self.undo_stack)
        self.form = DetailsForm()
        self.history_model = MemberHistoryModel(self)
        self.history = list_table(self.history_model, self.tr("History"), multi=False)
        self.history.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive)
        self.history.setColumnWidth(0, 200)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.notes, icon("note"), self.tr("Notes"))
        self.tabs.addTab(self.form, icon("profile"), self.tr("Profile"))
        self.tabs.addTab(self.history, icon("history"), self.tr("History"))
        column.addWidget(self.tabs, 1)
        self.undo_notice = UndoNotice()
        column.addWidget(self.undo_notice)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        self._build_actions()

        self.form.edited.connect(self._form_edited)
        self.form.typing.connect(self._form_typing)
        self.header.save_button.clicked.connect(self.save_now)
        self.header.tags.addRequested.connect(self._add_tag)
        self.header.tags.removeRequested.connect(self._remove_tag)
        self.notes.notesChanged.connect(self._notes_changed)
        self.notes.message.connect(self.message)
        self.notes.editor.manageTemplatesRequested.connect(self.manage_templates)
        self.undo_stack.pushed.connect(self._offer_undo)
        self.stack.setCurrentWidget(self.empty)

    def _build_actions(self) -> None:
        self.save_action = QAction(icon("save"), self.tr("Save changes"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._save_shortcut)
        self.new_note_action = QAction(icon("add"), self.tr("New note"), self)
        self.new_note_action.triggered.connect(self._new_note)
        self.close_action = QAction(self.tr("Close the profile"), self)
        self.close_action.setToolTip(self.tr("Close the profile (Esc)"))
        self.close_action.triggered.connect(self.closeRequested)
        # Ctrl+Z here only when the window has no Undo of its own (see showEvent)
        self.undo_action = QAction(icon("undo"), self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self._undo)
        for action in (self.save_action, self.undo_action):
            self.addAction(action)
        menu = self.header.more_menu
        menu.addAction(self.save_action)
        menu.addAction(self.new_note_action)
        menu.addSeparator()
        menu.addAction(self.close_action)

    # -- the public interface ----------------------------------------------------------------
    def member_id(self) -> int | None:
        return self._member_id

    def show_member(self, member_id: int | None) -> None:
        """Show a member (None: the empty state). Unsaved edits of the previous one are saved."""
        if member_id is not None and member_id == self._member_id:
            self.reload()
            return
        self.flush()
        self._member_id = member_id
        self._profile = None
        self._generation += 1
        self._dirty = self._failed = False
        self.form.clear_errors()
        self.header.set_save_state("", can_save=False)
        self.notes.set_member(member_id)
        if member_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.content.setEnabled(False)
        self._load()

    def reload(self) -> None:
        if self._member_id is not None:
            self._load()

    def flush(self) -> None:
        """Save what is unsaved now: the profile form and a note being written."""
        self.save_now()
        self.notes.leave()

    def has_unsaved_changes(self) -> bool:
        return self._dirty or self.notes.has_unsaved_note()

    def use_undo_stack(self, stack: UndoStack) -> None:
        """Push deletes onto the page's stack: the window's Ctrl+Z and status bar take over."""
        if self._own_undo:
            self.undo_stack.pushed.disconnect(self._offer_undo)
        self.undo_stack = stack
        self.notes.undo_stack = stack
        self._own_undo = False
        self.undo_notice.dismiss()

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        member_id = self._member_id
        if member_id is None:
            return
        generation = self._generation
        deps = self._deps
        need_zones = not self._zones

        def read(_progress: object) -> ProfileBundle:
            return ProfileBundle(
                profile=deps.profiles.get(member_id), roles=deps.fields.roles(),
                fields=deps.fields.fields(), tags=deps.tags.list(),
                templates=deps.notes.templates(),
                zones=time_zone_names() if need_zones else ())

        self._runner.run(read, lambda bundle: self._show(generation, bundle),
                         lambda error: self._load_failed(generation, error), owner=self)

    def _show(self, generation: int, bundle: ProfileBundle) -> None:
        if generation != self._generation:
            return  # another member was chosen meanwhile
        if bundle.zones:
            self._zones = bundle.zones
        profile = bundle.profile
        self._profile = profile
        self._known_tags = bundle.tags
        self.form.set_schema(bundle.roles, bundle.fields, self._zones)
        if not self._dirty:
            self.form.set_profile(profile)
        self.header.set_profile(profile)
        self.header.tags.set_known_tags([t.name for t in bundle.tags])
        self.notes.set_templates(bundle.templates)
        self.notes.set_notes(profile.notes, profile.note_count)
        self.history_model.set_rows(profile.history)
        self.tabs.setTabText(0, self.tr("Notes (%1)").replace("%1", format_count(profile.note_count))
                             if profile.note_count else self.tr("Notes"))
        self.content.setEnabled(True)
        self.stack.setCurrentWidget(self.content)
        self.loaded.emit()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, NotFoundError):
            self._dirty = False
            self.stack.setCurrentWidget(self.gone)
        elif isinstance(error, UserError):
            self._dialogs.warn(self, self.tr("Profile"), error_text(error))

    # -- saving ------------------------------------------------------------------------------
    def _form_edited(self) -> None:
        if self._mark_unsaved():
            self.save_timer.start()

    def _form_typing(self) -> None:
        """A role or zone half typed: unsaved, and no countdown until the typing is done
        (Ctrl+S, leaving the field, choosing another member or closing still save it)."""
        if self._mark_unsaved():
            self.save_timer.stop()

    def _mark_unsaved(self) -> bool:
        if self._member_id is None:
            return False
        self._edits += 1
        self._dirty = True
        self._show_save_state()
        return True

    def _show_save_state(self) -> None:
        if self._failed:
            self.header.set_save_state(self.tr("Not saved: see the marked field"), True,
                                       error=True)
        elif self._saving:
            self.header.set_save_state(self.tr("Saving…"), False)
        elif self._dirty:
            self.header.set_save_state(self.tr("● Unsaved changes"), True)
        else:
            self.header.set_save_state(self.tr("All changes saved"), False)

    def _save_shortcut(self) -> None:
        if self.notes.is_editing():
            self.notes.save_note()
        else:
            self.save_now()

    def save_now(self) -> None:
        """Save the form now if it has changes.

        Saves never wait for each other (the window may be closing); each carries a number, and
        on the worker a save that finds a later one already applied does nothing, so an older
        draft can never overwrite a newer one.
        """
        self.save_timer.stop()
        member_id = self._member_id
        if not self._dirty or member_id is None:
            return
        try:
            draft = self.form.draft()
        except UserError as error:
            self._failed = True
            self.form.show_error(error)
            self._show_save_state()
            return
        edits = self._edits
        profiles = self._deps.profiles
        order = self._save_order
        number = order.next()
        self._saving += 1
        self._show_save_state()
        self._runner.run(lambda _p: order.apply(number, lambda: profiles.update(member_id, draft)),
                         lambda changed: self._saved(member_id, edits, bool(changed)),
                         lambda error: self._save_failed(member_id, error), owner=self)

    def _saved(self, member_id: int, edits: int, changed: bool) -> None:
        self._saving -= 1
        if member_id == self._member_id:
            self._failed = False
            self.form.clear_errors()
            if self._edits == edits:
                self._dirty = False
            elif not self._saving:
                self.save_timer.start()  # typing went on while this was saved
            self._show_save_state()
            self._load()
        if changed:
            self.memberChanged.emit(member_id)

    def _save_failed(self, member_id: int, error: BaseException) -> None:
        self._saving -= 1
        if member_id != self._member_id:
            if isinstance(error, UserError):
                self._dialogs.warn(self, self.tr("Changes were not saved"), error_text(error))
            return
        if isinstance(error, NotFoundError):
            self._dirty = False
            self.stack.setCurrentWidget(self.gone)
            return
        if isinstance(error, UserError):
            self._failed = True
            self.form.show_error(error)
            if self.tabs.currentWidget() is not self.form:
                self.tabs.setCurrentWidget(self.form)
        self._show_save_state()

    # -- tags --------------------------------------------------------------------------------
    def _add_tag(self, name: str) -> None:
        member_id = self._member_id
        if member_id is None:
            return
        tags = self._deps.tags

        def op(_progress: object) -> int:
            tag_id = tags.ensure(name, color_for(name))
            return tags.tag_members(tag_id, [member_id])

        self._runner.run(op, lambda _added: self._tags_changed(member_id), self._tag_failed,
                         label=self.tr("Adding the tag"), owner=self)

    def _remove_tag(self, tag_id: int) -> None:
        member_id = self._member_id
        if member_id is None or self._profile is None:
            return
        name = next((t.name for t in self._profile.tags if t.id == tag_id), "")
        tags = self._deps.tags
        stack = self.undo_stack

        def done(_removed: object) -> None:
            self._tags_changed(member_id)
            stack.push(self.tr("Removed the tag “%1”").replace("%1", name),
                       lambda: self._runner.run(lambda _p: tags.tag_members(tag_id, [member_id]),
                                                lambda _a: self._tags_changed(member_id),
                                                self._tag_failed, owner=self))

        self._runner.run(lambda _p: tags.untag_members(tag_id, [member_id]), done,
                         self._tag_failed, label=self.tr("Removing the tag"), owner=self)

    def _tags_changed(self, member_id: int) -> None:
        self.memberChanged.emit(member_id)
        if member_id == self._member_id:
            self._load()

    def _tag_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._dialogs.warn(self, self.tr("Tags"), error_text(error))
            self.reload()

    # -- notes -------------------------------------------------------------------------------
    def _notes_changed(self) -> None:
        if self._member_id is not None:
            self.memberChanged.emit(self._member_id)
            self._load()

    def _new_note(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.new_note()

    def manage_templates(self) -> None:
        manager = TemplateManager(self._deps.notes, self._runner, self._dialogs, self)
        manager.changed.connect(self.reload)
        manager.open()

    # -- undo --------------------------------------------------------------------------------
    def _offer_undo(self, text: str) -> None:
        if self._own_undo:
            self.undo_notice.offer(text, self.undo_stack)

    def _undo(self) -> None:
        self.undo_notice.dismiss()
        if not self.undo_stack.undo():
            self.message.emit(self.tr("Nothing to undo"))

    def _window_has_undo(self) -> bool:
        window = self.window()
        if window is self:
            return False
        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo)
        for action in window.findChildren(QAction):
            if action is self.undo_action or not action.isEnabled():
                continue
            if any(key.matches(undo_keys) == QKeySequence.SequenceMatch.ExactMatch
                   for key in action.shortcuts()):
                return True
        return False

    # -- Qt events ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # two enabled Ctrl+Z shortcuts would make Qt refuse both as ambiguous
        self.undo_action.setEnabled(not self._window_has_undo())

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        if not self.window().isVisible():
            self.notes.leave()  # the window is closing: keep what was written
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if not self.notes.escape():
                self.closeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
