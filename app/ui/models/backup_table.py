"""The backups list in Settings: when, why, how big."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.backups import BackupFile
from app.ui.formatting import format_datetime, format_size

Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Taken"), self.tr("Why"), self.tr("Size")]
        self._reasons = {
            "auto": self.tr("Automatic"),
            "manual": self.tr("Backed up by hand"),
            "pre-restore": self.tr("Before a restore"),
            "post-erase": self.tr("After erasing a member"),
        }
        self._rows: tuple[BackupFile, ...] = ()

    def set_backups(self, backups: list[BackupFile]) -> None:
        self.beginResetModel()
        self._rows = tuple(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupFile | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                right = Qt.AlignmentFlag.AlignRight if section == 2 else Qt.AlignmentFlag.AlignLeft
                return int(right | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_datetime(backup.taken_at)
            if column == 1:
                return self.reason_text(backup.reason)
            return format_size(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reason_text(self, reason: str) -> str:
        if reason.startswith("pre-migration"):
            return self.tr("Before an upgrade")
        return self._reasons.get(reason, reason)
