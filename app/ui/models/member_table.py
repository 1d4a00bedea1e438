"""The member list model: a window onto SQL pages, never a copy of the whole table.

``rowCount`` is the SQL total; rows arrive a page at a time from the page object (which fetches
them on a worker), and the model asks for a missing page with ``pageNeeded``. Sorting is handed back
as ``sortRequested`` so that SQL does the ordering. A generation number drops pages that arrive for
an older query (a stale sort or search). Pages are kept in a small LRU so memory stays flat at a
million members.

Every column sorts in SQL (Handles and Tags through keys that triggers keep). Tags come with
their colours (``CHIPS_ROLE``) and the status with its colour (``PILL_ROLE``) for the chip
delegate; the colours are the page's to give (``set_tag_colors``), never looked up here.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.members import MemberPage, MemberRow, MemberSort
from app.ui.formatting import format_date, format_datetime
from app.ui.member_texts import MemberTexts
from app.ui.models.roles import CHIPS_ROLE, ID_ROLE, PILL_ROLE
from app.ui.models.rows_table import TitledTableModel
from app.ui.theme import STATUS_COLORS

PAGE_SIZE = 200
MAX_PAGES = 64

# Column order; the view may hide and move them, the model's numbering stays.
(NAME, HANDLES, TAGS, STATUS, ROLE, JOINED, LOCATION, CREATED, UPDATED) = range(9)
HIDDEN_BY_DEFAULT = (LOCATION, CREATED, UPDATED)

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(TitledTableModel):
    pageNeeded = Signal(int, int)  # generation, page number
    sortRequested = Signal(object, bool)  # MemberSort, descending

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[tuple[MemberSort, str]] = [
            (MemberSort.NAME, self.tr("Name")),
            (MemberSort.HANDLES, self.tr("Handles")),
            (MemberSort.TAGS, self.tr("Tags")),
            (MemberSort.STATUS, self.tr("Status")),
            (MemberSort.ROLE, self.tr("Role")),
            (MemberSort.JOINED, self.tr("Joined")),
            (MemberSort.LOCATION, self.tr("Location")),
            (MemberSort.CREATED, self.tr("Added")),
            (MemberSort.UPDATED, self.tr("Last changed")),
        ]
        super().__init__([title for _, title in columns], parent=parent)
        self._sorts = [sort for sort, _ in columns]
        self._texts = MemberTexts(self)
        self._tag_colors: dict[str, str] = {}
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

    def refresh(self, first: MemberPage) -> int:
        """Show fresh data for the same query without a reset, so the selection, the current row
        and the scroll position survive (an edit saved, the page shown again). A changed row
        count needs a reset."""
        if first.total != self._total:
            return self.reset(first)
        self._generation += 1
        self._pages.clear()
        self._wanted.clear()
        self._asked.clear()
        self._pages[0] = first.rows
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(self._titles) - 1))
        return self._generation

    def set_tag_colors(self, colors: dict[str, str]) -> None:
        """Tag name → colour, for the chips; repaints the Tags column."""
        self._tag_colors = dict(colors)
        if self._total:
            self.dataChanged.emit(self.index(0, TAGS), self.index(self._total - 1, TAGS),
                                  [CHIPS_ROLE])

    def column_title(self, column: int) -> str:
        return self._titles[column]

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
                                  self.index(last_row, len(self._titles) - 1))

    def member_id(self, row: int) -> int | None:
        member = self.row(row)
        return member.id if member is not None else None

    def row(self, row: int) -> MemberRow | None:
        """The loaded row, or None while its page is still on its way."""
        rows = self._pages.get(row // PAGE_SIZE)
        if rows is None or row % PAGE_SIZE >= len(rows):
            return None
        return rows[row % PAGE_SIZE]

    def sort_key(self, column: int) -> MemberSort | None:
        return self._sorts[column] if 0 <= column < len(self._sorts) else None

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total



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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (CREATED, UPDATED):
                stamp = member.created_at if column == CREATED else member.updated_at
                return format_datetime(stamp) if stamp is not None else None
            return self._text(member, column) or None
        if role == CHIPS_ROLE and column == TAGS:
            return tuple((name, self._tag_colors.get(name, "")) for name in _tag_names(member))
        if role == PILL_ROLE and column == STATUS:
            return STATUS_COLORS.get(member.status.value, "#7b8390")
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLORS.get(member.status.value, "#7b8390"))
        if role == ID_ROLE:
            return member.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key(column)
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # -- helpers -----------------------------------------------------------------------------
    def _text(self, member: MemberRow, column: int) -> str:
        if column == NAME:
            return member.display_name
        if column == HANDLES:
            return member.handles
        if column == TAGS:
            return member.tags
        if column == STATUS:
            # the word, not only the colour, carries the state
            return self._status_names.get(member.status.value, member.status.value)
        if column == ROLE:
            return self._texts.role(member.role)
        if column == JOINED and member.joined_on is not None:
            return format_date(member.joined_on)
        if column == LOCATION:
            return member.location
        if column == CREATED and member.created_at is not None:
            return format_date(member.created_at.astimezone().date())
        if column == UPDATED:
            return format_date(member.updated_at.astimezone().date())
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


def _tag_names(member: MemberRow) -> list[str]:
    # Tag names cannot contain commas (the tag service refuses them), so the list splits safely.
    return [name for name in member.tags.split(", ") if name]
