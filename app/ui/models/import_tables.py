"""The import wizard's tables: which column feeds which field, the preview rows, skipped rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.member_io import MemberDraft, SkippedRow
from app.importers.mapping import IGNORE, Mapping, Target
from app.importers.rows import ImportPreview
from app.ui.formatting import format_count, join_list
from app.ui.messages import localized
from app.ui.models.rows_table import RowsTableModel, TitledTableModel
from app.ui.theme import STATUS_COLORS

Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
SAMPLES = 3


class ColumnMappingModel(TitledTableModel):
    """One row per column of the file: its header, the member field it goes to, first values.

    Choosing a one-value field (Name, Status…) for a column takes it away from the column that
    had it, as ``--map`` does on the command line, so a mapping is always one the importer takes.
    """

    mappingChanged = Signal()

    HEADER, TARGET, SAMPLE = range(3)

    def __init__(self, label: Callable[[Target], str], parent: QObject | None = None) -> None:
        super().__init__([self.tr("Column in the file"), self.tr("Import as"),
                          self.tr("First values")], parent=parent)
        self._label = label
        self._headers: tuple[str, ...] = ()
        self._targets: list[Target] = []
        self._samples: tuple[tuple[str, ...], ...] = ()

    def set_columns(self, headers: Sequence[str], mapping: Mapping,
                    samples: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._targets = list(mapping)
        self._samples = tuple(tuple(s) for s in samples)
        self.endResetModel()

    def set_samples(self, samples: Sequence[Sequence[str]]) -> None:
        self._samples = tuple(tuple(s) for s in samples)
        if self._headers:
            self.dataChanged.emit(self.index(0, self.SAMPLE),
                                  self.index(len(self._headers) - 1, self.SAMPLE))

    def mapping(self) -> Mapping:
        return tuple(self._targets)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        target = self._targets[row]
        if role == TARGET_ROLE:
            return target
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TARGET and target == IGNORE:
            return QColor("#7b8390")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.EditRole):
            return None
        if column == self.HEADER:
            return self._headers[row] or self.tr("(column %1)").replace("%1", str(row + 1))
        if column == self.TARGET:
            return self._label(target)
        values = self._samples[row] if row < len(self._samples) else ()
        return " · ".join(" ".join(v.split()) for v in values[:SAMPLES] if v.strip())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole
                or not isinstance(value, Target)):
            return False
        row = index.row()
        if self._targets[row] == value:
            return False
        changed = [row]
        if not value.multi:
            for other, target in enumerate(self._targets):
                if other != row and target == value:
                    self._targets[other] = IGNORE
                    changed.append(other)
        self._targets[row] = value
        for changed_row in changed:
            cell = self.index(changed_row, self.TARGET)
            self.dataChanged.emit(cell, cell)
        self.mappingChanged.emit()
        return True


class PreviewRowsModel(RowsTableModel):
    """The first rows of the file as they will be imported, or why they will be skipped."""

    REASON = 1  # the column where a skipped row says why (spanning the rest of the row)

    def __init__(self, platform: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__([self.tr("Line"), self.tr("Name"), self.tr("Handles"), self.tr("Tags"),
                          self.tr("Notes"), self.tr("Result")], right_aligned=(0,),
                         parent=parent)
        self._platform = platform

    def set_preview(self, preview: ImportPreview | Sequence[MemberDraft | SkippedRow]) -> None:
        self.set_rows(preview.rows if isinstance(preview, ImportPreview) else tuple(preview))

    def skipped_rows(self) -> list[int]:
        return [r for r in range(self.rowCount()) if isinstance(self.row_at(r), SkippedRow)]

    def cell(self, row: MemberDraft | SkippedRow, column: int, role: int) -> Any:
        skipped = isinstance(row, SkippedRow)
        if role == Qt.ItemDataRole.ForegroundRole and skipped and column == self.REASON:
            return QColor(STATUS_COLORS["banned"])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return format_count(row.line)
        if isinstance(row, SkippedRow):
            # the view spans this cell over the row: the reason needs the room
            if column == self.REASON:
                reason = (f"{row.field}: {localized(row.reason)}" if row.field
                          else localized(row.reason))
                return self.tr("Will be skipped: %1").replace("%1", reason)
            return ""
        if column == 1:
            return row.display_name
        if column == 2:
            return join_list([f"{self._platform(h.platform)} {h.handle}" for h in row.handles])
        if column == 3:
            return join_list(list(row.tags))
        if column == 4:
            return " / ".join(" ".join(n.body.split())[:80] for n in row.notes)
        return self.tr("Ready")


class SkippedRowsModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Line"), self.tr("Column"), self.tr("Why it was skipped")],
                         right_aligned=(0,), parent=parent)

    def cell(self, row: SkippedRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return format_count(row.line)
        if column == 1:
            return row.field
        return localized(row.reason)
