"""The Trash: what was deleted in the last weeks, to restore or to delete for good."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QWidget

from app.domain.trash import TrashEntry, TrashRestoreResult
from app.services.trash import TrashService
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.models.trash_table import TrashTableModel
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.tables import list_table


class TrashPage(Page):
    loaded = Signal()
    dataChanged = Signal()  # something came back from the trash: other pages should reload
    message = Signal(str)  # a result for the status bar

    def __init__(self, trash: TrashService, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trash"), parent=parent)
        self._trash = trash
        self._runner = runner
        self._dialogs = dialogs
        self._ready = False
        self._days = 30

        self.restore_button = self.header.add_primary(self.tr("Restore"), "restore")
        self.restore_button.setEnabled(False)
        self.restore_button.setToolTip(self.tr("Put the selected items back (Ctrl+R)"))
        more = self.header.add_more_menu()
        self.delete_action = QAction(icon("delete_forever"), self.tr("Delete forever…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setEnabled(False)
        self.empty_action = QAction(icon("trash"), self.tr("Empty the trash…"), self)
        more.addAction(self.delete_action)
        more.addAction(self.empty_action)
        self.restore_action = QAction(icon("restore"), self.tr("Restore"), self)
        self.restore_action.setShortcut(QKeySequence("Ctrl+R"))

        self.model = TrashTableModel(self)
        self.table = list_table(self.model, self.tr("Deleted items"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((300, 90, 240, 180)):
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.restore_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)

        self.empty = EmptyState(icon("trash", "#8a94a3"), self.tr("The trash is empty"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.layout_.addWidget(self.stack, 1)

        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.empty_action.triggered.connect(self.empty_trash)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

    # -- Page --------------------------------------------------------------------------------
    def refresh(self) -> None:
        trash = self._trash

        def load(_progress: object) -> tuple[int, tuple[TrashEntry, ...]]:
            return trash.retention_days(), trash.list()

        self._runner.run(load, self._show)

    def is_ready(self) -> bool:
        return self._ready

    # -- showing -----------------------------------------------------------------------------
    def _show(self, loaded: tuple[int, tuple[TrashEntry, ...]]) -> None:
        self._days, entries = loaded
        self.model.set_entries(entries)
        locale = QLocale()
        self.header.set_subtitle(
            self.tr("Deleted members and notes are kept for %1 days, then removed for good")
            .replace("%1", locale.toString(self._days)))
        self.empty.body.setText(self.tr(
            "Members and notes you delete stay here for %1 days, so a slip is never final. "
            "Select one and press Restore to put it back exactly as it was.")
            .replace("%1", locale.toString(self._days)))
        self.stack.setCurrentWidget(self.table if entries else self.empty)
        self.empty_action.setEnabled(bool(entries))
        self._selection_changed()
        self._ready = True
        self.loaded.emit()

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_ids())
        self.restore_button.setEnabled(chosen)
        self.restore_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [entry.id for row in rows if (entry := self.model.entry(row)) is not None]

    def _selected_entries(self) -> list[TrashEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [entry for row in rows if (entry := self.model.entry(row)) is not None]

    # -- actions -----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        trash = self._trash
        self._runner.run(lambda progress: trash.restore(ids, progress=progress), self._restored,
                         label=self.tr("Restoring from the trash"), cancellable=True)

    def _restored(self, result: TrashRestoreResult) -> None:
        locale = QLocale()
        if result.kept:
            self._dialogs.warn(
                self, self.tr("Some items stay in the trash"),
                self.tr("These items belong to a member who is no longer there; restore the "
                        "member first:\n%1").replace("%1", "\n".join(result.kept)))
        if result.restored:
            text = (self.tr("Restored 1 item from the trash") if result.restored == 1 else
                    self.tr("Restored %1 items from the trash")
                    .replace("%1", locale.toString(result.restored)))
            self.message.emit(text)
            self.dataChanged.emit()
        self.refresh()

    def delete_selected(self) -> None:
        self._delete_forever(self._selected_entries())

    def empty_trash(self) -> None:
        self._delete_forever(list(self._all_entries()))

    def _all_entries(self) -> Sequence[TrashEntry]:
        return [e for row in range(self.model.rowCount()) if (e := self.model.entry(row))]

    def _delete_forever(self, entries: list[TrashEntry]) -> None:
        if not entries:
            return
        names = [e.label for e in entries[:8]]
        if len(entries) > len(names):
            names.append(self.tr("… and %1 more").replace(
                "%1", QLocale().toString(len(entries) - len(names))))
        text = self.tr(
            "Delete these %1 items for good? Their data (profiles, handles, notes and "
            "everything linked to them) is removed from the database and cannot be restored "
            "from the trash any more. Backups made earlier still contain it until they rotate "
            "out.\n\n%2").replace("%1", QLocale().toString(len(entries))).replace(
            "%2", "\n".join(names))
        if not self._dialogs.confirm(self, self.tr("Delete forever"), text,
                                     self.tr("Delete forever")):
            return
        ids = [e.id for e in entries]
        trash = self._trash

        def done(removed: int) -> None:
            self.message.emit(self.tr("Deleted %1 items for good")
                              .replace("%1", QLocale().toString(removed)))
            self.refresh()

        self._runner.run(lambda _p: trash.delete_forever(ids), done,
                         label=self.tr("Deleting for good"))
