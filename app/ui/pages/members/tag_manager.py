"""Manage tags: create, rename, recolour, merge two tags, delete.

Members always keep working: renaming or recolouring changes every chip at once, merging moves
the members (and the saved segments that used the tag) to the other tag, and deleting says how
many members lose the tag before it goes, with an Undo afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.members import DeletedTag, TagSummary
from app.services.tags import DEFAULT_COLOR
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.lifetime import while_alive
from app.ui.models.tag_list import MEMBERS, TAG, TagListModel
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.tasks import TaskRunner
from app.ui.widgets.chips import ChipDelegate
from app.ui.widgets.tables import list_table


class TagManager(QDialog):
    changed = Signal()  # tags changed: the list, chips and counts reload
    message = Signal(str)
    tagDeleted = Signal(object)  # DeletedTag: the page offers Undo (it outlives this dialog)

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags = deps.tags
        self._runner = runner
        self._dialogs = dialogs
        self._select_after: int | None = None
        self.setWindowTitle(self.tr("Manage tags"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        intro = QLabel(self.tr("Tags group members across platforms. Renaming or recolouring "
                               "changes every member's chip; merging moves members to the other "
                               "tag."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        self.model = TagListModel(self)
        self.table = list_table(self.model, self.tr("Tags"), multi=False)
        self.table.setItemDelegate(ChipDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TAG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEMBERS, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No tags yet. Create one, or tag members from the list."))
        self.empty.setObjectName("Muted")
        self.empty.hide()
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_button = QPushButton(icon("add"), self.tr("New tag…"))
        self.rename_button = QPushButton(icon("rename"), self.tr("Rename…"))
        self.color_button = QPushButton(icon("color"), self.tr("Colour…"))
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge into…"))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete…"))
        for button in (self.new_button, self.rename_button, self.color_button,
                       self.merge_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        for text, keys, slot in ((self.tr("New tag"), QKeySequence.StandardKey.New, self.new_tag),
                                 (self.tr("Rename"), QKeySequence(Qt.Key.Key_F2), self.rename),
                                 (self.tr("Delete"), QKeySequence.StandardKey.Delete,
                                  self.delete)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.new_button.clicked.connect(self.new_tag)
        self.rename_button.clicked.connect(self.rename)
        self.color_button.clicked.connect(self.recolor)
        self.merge_button.clicked.connect(self.merge)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.rename())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        tags = self._tags
        self._runner.run(lambda _p: tags.list(), while_alive(self, self._show))

    def _show(self, tags: tuple[TagSummary, ...]) -> None:
        current = self.current()
        self.model.set_tags(tags)
        keep = self._select_after if self._select_after is not None else (
            current.id if current else None)
        self._select_after = None
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and tags:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.table.setVisible(bool(tags))
        self.empty.setVisible(not tags)
        self._enable()
        self.table.setFocus()

    def current(self) -> TagSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.tag(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.rename_button, self.color_button, self.delete_button):
            button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.model.rowCount() > 1)

    # -- changing --------------------------------------------------------------------------
    def _run(self, op: Callable[[], object], done_text: str, select: int) -> None:
        def done(_result: object) -> None:
            self._select_after = select
            self.reload()
            self.changed.emit()
            self.message.emit(done_text)

        self._runner.run(lambda _p: op(), while_alive(self, done),
                         label=self.tr("Updating tags"))

    def new_tag(self) -> None:
        name = self._dialogs.ask_text(self, self.tr("New tag"), self.tr("Name of the new tag:"))
        if not name or not name.strip():
            return
        tags = self._tags

        def done(tag_id: int) -> None:
            self._select_after = tag_id
            self.reload()
            self.changed.emit()
            self.message.emit(self.tr("Created the tag “%1”").replace("%1", name.strip()))

        self._runner.run(lambda _p: tags.create(name, DEFAULT_COLOR), while_alive(self, done),
                         label=self.tr("Creating a tag"))

    def rename(self) -> None:
        tag = self.current()
        if tag is None:
            return
        name = self._dialogs.ask_text(self, self.tr("Rename tag"),
                                      self.tr("New name for “%1”:").replace("%1", tag.name),
                                      tag.name)
        if not name or name.strip() == tag.name:
            return
        tags = self._tags
        self._run(lambda: tags.rename(tag.id, name),
                  self.tr("Renamed “%1” to “%2”").replace("%1", tag.name)
                  .replace("%2", name.strip()), tag.id)

    def recolor(self) -> None:
        tag = self.current()
        if tag is None:
            return
        color = self._dialogs.choose_color(self, self.tr("Colour of “%1”").replace("%1", tag.name),
                                           tag.color)
        if not color or color == tag.color:
            return
        tags = self._tags
        self._run(lambda: tags.recolor(tag.id, color),
                  self.tr("Recoloured “%1”").replace("%1", tag.name), tag.id)

    def merge(self) -> None:
        tag = self.current()
        if tag is None:
            return
        others = [t for t in self.model.tags() if t.id != tag.id]
        index = self._dialogs.choose_item(
            self, self.tr("Merge tags"),
            self.tr("Merge “%1” into which tag? Its members get that tag and “%1” goes away.")
            .replace("%1", tag.name), [t.name for t in others])
        if index is None:
            return
        target = others[index]
        text = self.tr("Merge “%1” into “%2”? Its %3 members get “%2” (once), saved segments "
                       "that use “%1” use “%2” instead, and “%1” is removed. This cannot be "
                       "undone.").replace("%1", tag.name).replace("%2", target.name)\
            .replace("%3", QLocale().toString(tag.member_count))
        if not self._dialogs.confirm(self, self.tr("Merge tags"), text, self.tr("Merge")):
            return
        tags = self._tags
        self._run(lambda: tags.merge(tag.id, target.id),
                  self.tr("Merged “%1” into “%2”").replace("%1", tag.name)
                  .replace("%2", target.name), target.id)

    def delete(self) -> None:
        tag = self.current()
        if tag is None:
            return
        count = tag.member_count
        text = (self.tr("Delete the tag “%1”? No member has it.") if count == 0 else
                self.tr("Delete the tag “%1”? 1 member loses it.") if count == 1 else
                self.tr("Delete the tag “%1”? %2 members lose it."))
        text = text.replace("%1", tag.name).replace("%2", QLocale().toString(count))
        text += " " + self.tr("The members stay; saved segments stop filtering by this tag. "
                              "You can undo this from the status bar.")
        if not self._dialogs.confirm(self, self.tr("Delete tag"), text, self.tr("Delete")):
            return
        tags = self._tags

        def done(deleted: DeletedTag) -> None:
            self.reload()
            self.changed.emit()
            self.tagDeleted.emit(deleted)

        self._runner.run(lambda _p: tags.delete(tag.id), while_alive(self, done),
                         label=self.tr("Deleting a tag"))
