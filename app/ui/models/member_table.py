"""The member list model: a window onto SQL pages, never a copy of the whole table.

``rowCount`` is the SQL total; rows arrive a page at a time from the page object (which fetches
them on a worker), and the model asks for a missing page with ``pageNeeded``. Sorting is handed back
as ``sortRequested`` so that SQL does the ordering. A generation number drops pages that arrive for
an older query (a stale sort or search). Pages are kept in a small LRU so memory stays flat at a
million members.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.members import MemberPage, MemberRow, MemberSort
from app.ui.formatting import format_date
from app.ui.theme import STATUS_COLORS

PAGE_SIZE = 200
MAX_PAGES = 64

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    pageNeeded = Signal(int, int)  # generation, page number
    sortRequested = Signal(object, bool)  # MemberSort, descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[tuple[MemberSort | None, str]] = [
            (MemberSort.NAME, self.tr("Name")),
            (None, self.tr("Handles")),
            (None, self.tr("Tags")),
            (MemberSort.STATUS, self.tr("Status")),
            (MemberSort.ROLE, self.tr("Role")),
            (MemberSort.JOINED, self.tr("Joined")),
        ]
        self._status_names = {
            "active": self.tr("Active"), "muted": self.tr("Muted"), "left": self.tr("Left"),
            "removed": self.tr("Removed"), "banned": self.tr("Banned"),
        }
        self._total = 0
        self._generation = 0
        self._pages: OrderedDict[int, tuple[MemberRow, ...]] = OrderedDict()
        self._wanted: set[int] = set()
        self._asked: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._ask)

    # -- fed by the page -------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    def reset(self, first: MemberPage) -> int:
        """Show a new query's first page; returns the new generation."""
        self.beginResetModel()
        self._generation += 1
        self._total = first.total
        self._pages.clear()
        self._wanted.clear()
        self._asked.clear()
        self._pages[0] = first.rows
        self.endResetModel()
        return self._generation

    def set_page(self, generation: int, page: MemberPage) -> None:
        if generation != self._generation:
            return
        number = page.offset // PAGE_SIZE
        self._asked.discard(number)
        self._pages[number] = page.rows
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first_row = number * PAGE_SIZE
        last_row = min(self._total, first_row + len(page.rows)) - 1
        if last_row >= first_row:
            self.dataChanged.emit(self.index(first_row, 0),
                                  self.index(last_row, len(self._columns) - 1))

    def member_id(self, row: int) -> int | None:
        rows = self._pages.get(row // PAGE_SIZE)
        if rows is None or row % PAGE_SIZE >= len(rows):
            return None
        return rows[row % PAGE_SIZE].id

    def sort_key(self, column: int) -> MemberSort | None:
        return self._columns[column][0] if 0 <= column < len(self._columns) else None

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section][1]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._total):
            return None
        number = index.row() // PAGE_SIZE
        rows = self._pages.get(number)
        if rows is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(number)
                return "…" if index.column() == 0 else None
            return None
        offset = index.row() % PAGE_SIZE
        if offset >= len(rows):
            return None
        member = rows[offset]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(member, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QColor(STATUS_COLORS.get(member.status.value, "#7b8390"))
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key(column)
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # -- helpers -----------------------------------------------------------------------------
    def _text(self, member: MemberRow, column: int) -> str:
        if column == 0:
            return member.display_name
        if column == 1:
            return member.handles
        if column == 2:
            return member.tags
        if column == 3:
            # the word, not only the colour, carries the state
            return self._status_names.get(member.status.value, member.status.value)
        if column == 4:
            return member.role
        if column == 5 and member.joined_on is not None:
            return format_date(member.joined_on)
        return ""

    def _want(self, number: int) -> None:
        if number not in self._asked:
            self._wanted.add(number)
            self._flush.start()

    def _ask(self) -> None:
        for number in sorted(self._wanted - self._asked):
            self._asked.add(number)
            self.pageNeeded.emit(self._generation, number)
        self._wanted.clear()
