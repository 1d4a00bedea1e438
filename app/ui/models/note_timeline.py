"""A member's notes as the timeline shows them: pinned first, then newest, previews only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.notes import NoteSummary

Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class NoteTimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[NoteSummary] = []

    def set_notes(self, notes: Sequence[NoteSummary]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def append(self, notes: Sequence[NoteSummary]) -> None:
        """Add an older page; notes already shown are not repeated."""
        known = {n.id for n in self._notes}
        fresh = [n for n in notes if n.id not in known]
        if not fresh:
            return
        start = len(self._notes)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._notes.extend(fresh)
        self.endInsertRows()

    def notes(self) -> tuple[NoteSummary, ...]:
        return tuple(self._notes)

    def note_at(self, row: int) -> NoteSummary | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def row_of(self, note_id: int) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return note.preview
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.preview[:200]
        if role == NOTE_ROLE:
            return note
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
