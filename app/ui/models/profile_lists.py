"""Small read-only tables of the profile: a member's history and a note's earlier versions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from app.domain.history import HistoryEntry
from app.domain.notes import NoteVersionData
from app.ui.formatting import format_count, format_datetime
from app.ui.member_texts import MemberTexts
from app.ui.models.rows_table import RowsTableModel


class MemberHistoryModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("When"), self.tr("What happened")], parent=parent)
        self._texts = MemberTexts(self)

    def cell(self, row: HistoryEntry, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return format_datetime(row.at) if column == 0 else self._texts.history(row)


class NoteVersionsModel(RowsTableModel):
    """Earlier wordings of one note, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Written"), self.tr("Replaced"), self.tr("Characters"),
                          self.tr("Beginning")], right_aligned=(2,), parent=parent)

    def cell(self, row: NoteVersionData, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return format_datetime(row.written_at)
        if column == 1:
            return format_datetime(row.replaced_at)
        if column == 2:
            return format_count(row.length)
        return " ".join(row.preview.split())[:120]
