"""Delete (to the trash, with Undo) and the per-member privacy tools, for any member list.

Kept apart from the Members page so a rebuilt list can reuse it: give it the view, a way to read
the selected member ids, and the services. It adds the Delete key and a context menu to the view
(and to any other view given to ``attach``); ``menu_extras`` lets the page add its own entries
at the top of that menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from app.domain.privacy import AnonymiseResult, ErasePlan, EraseResult, ExportResult
from app.domain.trash import TrashRestoreResult, TrashResult
from app.services.privacy import PrivacyService
from app.services.trash import TrashService
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.tasks import TaskRunner
from app.ui.undo import UndoStack


class MemberDataActions(QObject):
    changed = Signal()  # members were removed, restored or changed: reload the list
    message = Signal(str)  # a result for the status bar

    def __init__(self, view: QAbstractItemView, selected: Callable[[], list[tuple[int, str]]],
                 trash: TrashService, privacy: PrivacyService, runner: TaskRunner,
                 dialogs: Dialogs, undo_stack: UndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._selected = selected
        self._trash = trash
        self._privacy = privacy
        self._runner = runner
        self._dialogs = dialogs
        self._undo = undo_stack
        self.menu_extras: Callable[[QMenu], None] | None = None

        self.delete_action = QAction(icon("trash"), self.tr("Move to the trash"), view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action = QAction(icon("export"), self.tr("Export member data…"), view)
        self.anonymise_action = QAction(icon("anonymise"), self.tr("Anonymise…"), view)
        self.erase_action = QAction(icon("erase"), self.tr("Erase for good…"), view)
        self.attach(view)
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_action.triggered.connect(self.export_current)
        self.anonymise_action.triggered.connect(self.anonymise_current)
        self.erase_action.triggered.connect(self.erase_current)

    def attach(self, view: QAbstractItemView) -> None:
        """Give another view (search results) the same Delete key and context menu."""
        view.addAction(self.delete_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda where, v=view: self._menu(v, where))

    def _menu(self, view: QAbstractItemView, where: QPoint) -> None:
        chosen = self._selected()
        if not chosen:
            return
        menu = QMenu(view)
        if self.menu_extras is not None:
            self.menu_extras(menu)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        privacy = menu.addMenu(icon("privacy"), self.tr("Privacy"))
        for action in (self.export_action, self.anonymise_action, self.erase_action):
            action.setEnabled(len(chosen) == 1)
            privacy.addAction(action)
        menu.popup(view.viewport().mapToGlobal(where))
        self.menu = menu  # the menu on screen (tests look into it)

    def _parent(self) -> QWidget:
        return self._view

    # -- delete, and undo --------------------------------------------------------------------
    def delete_selected(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        ids = [member_id for member_id, _name in chosen]
        trash = self._trash
        if len(chosen) == 1:
            text = self.tr("Moved “%1” to the trash").replace("%1", chosen[0][1])
        else:
            text = self.tr("Moved %1 members to the trash").replace(
                "%1", QLocale().toString(len(chosen)))

        def done(result: TrashResult) -> None:
            self.changed.emit()
            if result.item_ids:
                self._undo.push(text, lambda: self._restore(result.item_ids))

        self._runner.run(lambda progress: trash.delete_members(ids, progress=progress), done,
                         label=self.tr("Moving to the trash"), cancellable=True)

    def _restore(self, item_ids: tuple[int, ...]) -> None:
        trash = self._trash

        def done(result: TrashRestoreResult) -> None:
            self.changed.emit()
            self.message.emit(
                self.tr("Restored 1 member") if result.restored == 1 else
                self.tr("Restored %1 members").replace("%1", QLocale().toString(result.restored)))

        self._runner.run(lambda progress: trash.restore(item_ids, progress=progress), done,
                         label=self.tr("Undoing the delete"))

    # -- privacy -----------------------------------------------------------------------------
    def _current(self) -> tuple[int, str] | None:
        chosen = self._selected()
        return chosen[0] if len(chosen) == 1 else None

    def export_current(self) -> None:
        current = self._current()
        if current is None:
            return
        member_id, _name = current
        path = self._dialogs.save_file(
            self._parent(), self.tr("Export everything about this member"),
            f"member-{member_id}.zip", self.tr("Zip archives (*.zip)"))
        if not path:
            return
        privacy = self._privacy

        def done(result: ExportResult) -> None:
            self.message.emit(
                self.tr("Exported %1 records to %2. The file is not encrypted: hand it over "
                        "safely, then delete it.").replace("%1", QLocale().toString(result.rows))
                .replace("%2", str(result.path)))

        self._runner.run(lambda _p: privacy.export_member(member_id, Path(path)), done,
                         label=self.tr("Exporting member data"))

    def anonymise_current(self) -> None:
        self._with_plan(self._confirm_anonymise)

    def _with_plan(self, then: Callable[[ErasePlan], None]) -> None:
        """Count what the member has (off the GUI thread), then ask about it."""
        current = self._current()
        if current is None:
            return
        member_id, _name = current
        privacy = self._privacy
        self._runner.run(lambda _p: privacy.erase_plan(member_id), then)

    def _confirm_anonymise(self, plan: ErasePlan) -> None:
        counts = dict(plan.rows)
        replacement = self.tr("Anonymous member %1").replace("%1", str(plan.member_id))
        text = self.tr(
            "Anonymise “%1”? Their name, other names, location, time zone and interests are "
            "cleared, and their %2 handles and %3 notes are deleted for good, together with "
            "their items in the trash. Their tags, status, join date and linked records such "
            "as cases and points are kept, under the name “%4”, so statistics stay right. "
            "This cannot be undone; backups made earlier still hold the original data until "
            "they rotate out.").replace("%1", plan.display_name).replace(
            "%2", QLocale().toString(counts.get("handle", 0))).replace(
            "%3", QLocale().toString(counts.get("note", 0))).replace("%4", replacement)
        if not self._dialogs.confirm(self._parent(), self.tr("Anonymise member"), text,
                                     self.tr("Anonymise")):
            return
        privacy = self._privacy
        template = self.tr("Anonymous member %1").replace("%1", "{id}")

        def done(result: AnonymiseResult) -> None:
            self.changed.emit()
            self.message.emit(self.tr("Anonymised member %1").replace("%1", str(result.member_id)))

        self._runner.run(lambda _p: privacy.anonymise_member(plan.member_id, template), done,
                         label=self.tr("Anonymising"))

    def erase_current(self) -> None:
        self._with_plan(self._confirm_erase)

    def _confirm_erase(self, plan: ErasePlan) -> None:
        choice = self._dialogs.confirm_erase(self._parent(), plan)
        if choice is None:
            return
        privacy = self._privacy

        def done(result: EraseResult) -> None:
            self.changed.emit()
            text = self.tr("Erased member %1 for good").replace("%1", str(result.member_id))
            if result.backups_removed:
                text += " " + self.tr("and removed %1 older backups").replace(
                    "%1", QLocale().toString(result.backups_removed))
            self.message.emit(text)

        self._runner.run(
            lambda progress: privacy.erase_member(plan.member_id, choice.confirmation,
                                                  choice.remove_backups, progress),
            done, label=self.tr("Erasing"))
