"""The left sidebar: the pages with icons, names and counts; collapsible to icons only."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.icons import icon

EXPANDED_WIDTH = 208
COLLAPSED_WIDTH = 60
ITEM_HEIGHT = 38


class Sidebar(QWidget):
    pageSelected = Signal(int)

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
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.currentRowChanged.connect(self.pageSelected)
        layout.addWidget(self.list, 1)
        self.toggle = QToolButton()
        self.toggle.setObjectName("Flat")
        self.toggle.setIcon(icon("collapse"))
        self.toggle.setToolTip(self.tr("Collapse the sidebar"))
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self._collapsed))
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self._names: list[str] = []
        self._counts: list[int | None] = []
        self._collapsed = False
        self.setFixedWidth(EXPANDED_WIDTH)

    def add_page(self, page_icon: QIcon, name: str) -> None:
        item = QListWidgetItem(page_icon, name)
        item.setToolTip(name)
        # a fixed row height: the stylesheet's padding is applied only after the first layout
        item.setSizeHint(QSize(0, ITEM_HEIGHT))
        self.list.addItem(item)
        self._names.append(name)
        self._counts.append(None)

    def set_count(self, row: int, count: int | None) -> None:
        self._counts[row] = count
        self._relabel(row)

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
            self._relabel(row)

    def _relabel(self, row: int) -> None:
        item = self.list.item(row)
        if item is None:
            return
        if self._collapsed:
            item.setText("")
            return
        count = self._counts[row]
        suffix = f"   {QLocale().toString(count)}" if count else ""
        item.setText(self._names[row] + suffix)
