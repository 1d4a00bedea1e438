"""The trash list: one row per deleted member or note, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from app.domain.trash import TrashEntry, TrashKind
from app.ui.formatting import format_datetime, join_list
from app.ui.models.rows_table import RowsTableModel


class TrashTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Item"), self.tr("Kind"), self.tr("Contains"),
                          self.tr("Deleted"), self.tr("Removed for good")], (), parent)
        self._kinds = {TrashKind.MEMBER.value: self.tr("Member"),
                       TrashKind.NOTE.value: self.tr("Note")}

    def set_entries(self, entries: tuple[TrashEntry, ...]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> TrashEntry | None:
        found = self.row_at(row)
        return found if isinstance(found, TrashEntry) else None

    def cell(self, row: Any, column: int, role: int) -> Any:
        entry: TrashEntry = row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def _text(self, entry: TrashEntry, column: int) -> str:
        if column == 0:
            return entry.label
        if column == 1:
            return self._kinds.get(entry.kind, entry.kind)
        if column == 2:
            return self.describe_contents(entry)
        if column == 3:
            return format_datetime(entry.deleted_at)
        return format_datetime(entry.expires_at)

    def describe_contents(self, entry: TrashEntry) -> str:
        words = {"handle": (self.tr("1 handle"), self.tr("%1 handles")),
                 "note": (self.tr("1 note"), self.tr("%1 notes")),
                 "member_tag": (self.tr("1 tag"), self.tr("%1 tags"))}
        parts = []
        other = 0
        for table, count in entry.contents:
            if table in words:
                one, many = words[table]
                parts.append(one if count == 1 else many.replace("%1", str(count)))
            else:
                other += count
        if other:
            parts.append(self.tr("1 other record") if other == 1
                         else self.tr("%1 other records").replace("%1", str(other)))
        return join_list(parts)
