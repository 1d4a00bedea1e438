"""Every tag with its colour and how many members carry it (the Manage tags dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.members import TagSummary
from app.ui.models.roles import CHIPS_ROLE, ID_ROLE
from app.ui.models.rows_table import TitledTableModel

Index = QModelIndex | QPersistentModelIndex

TAG, MEMBERS = range(2)


class TagListModel(TitledTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Tag"), self.tr("Members")], right_aligned=(MEMBERS,),
                         parent=parent)
        self._tags: tuple[TagSummary, ...] = ()

    def set_tags(self, tags: tuple[TagSummary, ...]) -> None:
        self.beginResetModel()
        self._tags = tuple(tags)
        self.endResetModel()

    def tag(self, row: int) -> TagSummary | None:
        return self._tags[row] if 0 <= row < len(self._tags) else None

    def row_of(self, tag_id: int) -> int | None:
        return next((i for i, t in enumerate(self._tags) if t.id == tag_id), None)

    def tags(self) -> tuple[TagSummary, ...]:
        return self._tags

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tag = self.tag(index.row()) if index.isValid() else None
        if tag is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.name if column == TAG else QLocale().toString(tag.member_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHIPS_ROLE and column == TAG:
            return ((tag.name, tag.color),)
        if role == Qt.ItemDataRole.ToolTipRole and column == TAG:
            return f"{tag.name} · {tag.color}"
        if role == ID_ROLE:
            return tag.id
        return None
