"""The backups list in Settings: when, why, how big."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from app.domain.backups import BackupFile
from app.ui.formatting import format_datetime, format_size
from app.ui.models.rows_table import RowsTableModel


class BackupTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Taken"), self.tr("Why"), self.tr("Size")], (2,), parent)
        self._reasons = {
            "auto": self.tr("Automatic"),
            "manual": self.tr("Backed up by hand"),
            "pre-restore": self.tr("Before a restore"),
            "post-erase": self.tr("After erasing a member"),
            "pre-encryption": self.tr("Before encryption"),
            "pre-rekey": self.tr("Before a new key"),
        }

    def set_backups(self, backups: list[BackupFile]) -> None:
        self.set_rows(backups)

    def backup(self, row: int) -> BackupFile | None:
        found = self.row_at(row)
        return found if isinstance(found, BackupFile) else None

    def cell(self, row: Any, column: int, role: int) -> Any:
        backup: BackupFile = row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_datetime(backup.taken_at)
            if column == 1:
                return self.reason_text(backup.reason)
            return format_size(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None

    def reason_text(self, reason: str) -> str:
        if reason.startswith("pre-migration"):
            return self.tr("Before an upgrade")
        return self._reasons.get(reason, reason)
