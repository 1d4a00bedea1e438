"""The parts table models share: titled, aligned columns (``TitledTableModel``), and a read-only
table over a tuple of rows (``RowsTableModel``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TitledTableModel(QAbstractTableModel):
    """Column titles and alignment (numbers right-aligned); subclasses give rows and data."""

    def __init__(self, titles: list[str], right_aligned: tuple[int, ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = titles
        self._right = right_aligned

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section in self._right else LEFT
        return None


class RowsTableModel(TitledTableModel):
    """Subclasses give the headers, the columns to right-align (numbers), and ``cell()``."""

    def __init__(self, headers: list[str], right_aligned: tuple[int, ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(headers, right_aligned, parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: tuple[Any, ...] | list[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return RIGHT
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError
