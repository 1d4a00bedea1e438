"""The left sidebar: the pages with icons, names and counts, and the saved segments under Members
with their live counts; collapsible to icons only (segments then step aside).

Pages and segments share one list so arrow keys walk through both; each row remembers what it
is, so a page's index never depends on how many segments there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.domain.segments import SegmentCount
from app.ui.icons import icon

EXPANDED_WIDTH = 208
COLLAPSED_WIDTH = 60
ITEM_HEIGHT = 38
SEGMENT_HEIGHT = 30
PAGE_ROLE = Qt.ItemDataRole.UserRole  # the page index of a page row
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the segment id of a segment row
SEGMENT_INDENT = 20


class _IndentSegments(QStyledItemDelegate):
    """Segment rows sit indented under their page, highlight included."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(SEGMENT_ROLE) is not None:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(SEGMENT_INDENT, 0, 0, 0)
        super().paint(painter, option, index)


class Sidebar(QWidget):
    pageSelected = Signal(int)
    segmentSelected = Signal(object)  # segment id
    segmentEditRequested = Signal(object)  # segment id
    segmentRenameRequested = Signal(object, str)  # segment id, current name
    segmentDeleteRequested = Signal(object)  # segment id
    newSegmentRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 8)
        layout.setSpacing(8)
        self.app_title = QLabel(APP_NAME)
        self.app_title.setObjectName("AppTitle")
        self.app_title.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.app_title)
        self.list = QListWidget()
        self.list.setObjectName("SidebarList")
        self.list.setIconSize(QSize(20, 20))
        self.list.setItemDelegate(_IndentSegments(self.list))
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        layout.addWidget(self.list, 1)
        self.toggle = QToolButton()
        self.toggle.setObjectName("Flat")
        self.toggle.setIcon(icon("collapse"))
        self.toggle.setToolTip(self.tr("Collapse the sidebar"))
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self._collapsed))
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self._names: list[str] = []
        self._counts: list[int | None] = []
        self._segments: tuple[SegmentCount, ...] = ()
        self._segments_under: int | None = None
        self._wanted_segment: int | None = None  # shown by the page, its row maybe not here yet
        self._collapsed = False
        self.setFixedWidth(EXPANDED_WIDTH)

    def add_page(self, page_icon: QIcon, name: str) -> None:
        item = QListWidgetItem(page_icon, name)
        item.setToolTip(name)
        item.setData(PAGE_ROLE, len(self._names))
        # a fixed row height: the stylesheet's padding is applied only after the first layout
        item.setSizeHint(QSize(0, ITEM_HEIGHT))
        self.list.addItem(item)
        self._names.append(name)
        self._counts.append(None)

    def set_count(self, page: int, count: int | None) -> None:
        self._counts[page] = count
        self._relabel(self._page_item(page))

    # -- pages and rows --------------------------------------------------------------------
    def select_page(self, page: int) -> None:
        item = self._page_item(page)
        if item is not None:
            self.list.setCurrentItem(item)

    def current_page(self) -> int:
        """The page in front: a segment row belongs to the page it sits under."""
        item = self.list.currentItem()
        if item is None:
            return -1
        if item.data(SEGMENT_ROLE) is not None:
            return self._segments_under if self._segments_under is not None else -1
        return int(item.data(PAGE_ROLE))

    def page_row(self, page: int) -> int:
        item = self._page_item(page)
        return self.list.row(item) if item is not None else -1

    def _page_item(self, page: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SEGMENT_ROLE) is None and item.data(PAGE_ROLE) == page:
                return item
        return None

    def _row_changed(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        if item is None:
            return
        segment = item.data(SEGMENT_ROLE)
        if segment is not None:
            self.segmentSelected.emit(int(segment))
        else:
            self.pageSelected.emit(int(item.data(PAGE_ROLE)))

    # -- segments ----------------------------------------------------------------------------
    def set_segments(self, under_page: int, segments: Sequence[SegmentCount]) -> None:
        """Show the saved segments (name and live count) under the page ``under_page``."""
        self._segments_under = under_page
        current = self.current_segment() or self._wanted_segment
        self.list.blockSignals(True)
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(SEGMENT_ROLE) is not None:
                self.list.takeItem(row)
        at = self.page_row(under_page) + 1
        for offset, segment in enumerate(segments):
            item = QListWidgetItem(icon("segment"), segment.name)
            item.setData(SEGMENT_ROLE, segment.segment_id)
            item.setData(PAGE_ROLE, under_page)
            item.setToolTip(self.tr("Saved segment “%1”: %2 members").replace("%1", segment.name)
                            .replace("%2", QLocale().toString(segment.count)))
            item.setSizeHint(QSize(0, SEGMENT_HEIGHT))
            self.list.insertItem(at + offset, item)
            item.setHidden(self._collapsed)
            if segment.segment_id == current:
                self.list.setCurrentItem(item)
        self._segments = tuple(segments)
        for row in range(self.list.count()):
            self._relabel(self.list.item(row))
        if self.current_segment() is not None:
            self._wanted_segment = None
        elif current is not None:  # deleted, or not counted yet: the page's own row meanwhile
            self.select_page(under_page)
        self.list.blockSignals(False)

    def segments(self) -> tuple[SegmentCount, ...]:
        return self._segments

    def current_segment(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(SEGMENT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def segment_row(self, segment_id: int) -> int:
        for row in range(self.list.count()):
            if self.list.item(row).data(SEGMENT_ROLE) == segment_id:
                return row
        return -1

    def show_segment(self, segment_id: int | None) -> None:
        """Mark the row of the segment the page shows (None: the page itself), quietly."""
        self.list.blockSignals(True)
        row = self.segment_row(segment_id) if segment_id is not None else -1
        # a segment just saved gets its row with the next counts; select it then
        self._wanted_segment = segment_id if row < 0 else None
        if row >= 0:
            self.list.setCurrentRow(row)
        elif self._segments_under is not None:
            self.select_page(self._segments_under)
        self.list.blockSignals(False)

    def _menu(self, where: QPoint) -> None:
        item = self.list.itemAt(where)
        if item is None or item.data(PAGE_ROLE) != self._segments_under:
            return
        menu = QMenu(self)
        segment = item.data(SEGMENT_ROLE)
        if segment is not None:
            name = next((s.name for s in self._segments if s.segment_id == segment), "")
            menu.addAction(icon("rename"), self.tr("Edit segment…")).triggered.connect(
                lambda: self.segmentEditRequested.emit(int(segment)))
            menu.addAction(self.tr("Rename…")).triggered.connect(
                lambda: self.segmentRenameRequested.emit(int(segment), name))
            menu.addAction(icon("trash"), self.tr("Delete segment")).triggered.connect(
                lambda: self.segmentDeleteRequested.emit(int(segment)))
            menu.addSeparator()
        menu.addAction(icon("segment"), self.tr("New segment…")).triggered.connect(
            self.newSegmentRequested)
        menu.popup(self.list.viewport().mapToGlobal(where))
        self.menu = menu

    # -- collapsing --------------------------------------------------------------------------
    def is_collapsed(self) -> bool:
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        self._collapsed = collapsed
        self.setFixedWidth(COLLAPSED_WIDTH if collapsed else EXPANDED_WIDTH)
        self.app_title.setVisible(not collapsed)
        self.toggle.setIcon(icon("expand" if collapsed else "collapse"))
        self.toggle.setToolTip(self.tr("Expand the sidebar") if collapsed
                               else self.tr("Collapse the sidebar"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SEGMENT_ROLE) is not None:
                item.setHidden(collapsed)
            self._relabel(item)

    def _relabel(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if self._collapsed:
            item.setText("")
            return
        segment = item.data(SEGMENT_ROLE)
        if segment is not None:
            found = next((s for s in self._segments if s.segment_id == segment), None)
            if found is not None:
                item.setText(f"{found.name}   {QLocale().toString(found.count)}")
            return
        page = int(item.data(PAGE_ROLE))
        count = self._counts[page]
        suffix = f"   {QLocale().toString(count)}" if count else ""
        item.setText(self._names[page] + suffix)
