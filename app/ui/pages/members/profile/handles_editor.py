"""A member's handles, one row per platform account: platform, handle, and the platform's ID.

Platform IDs stay text from the database to the line edit and back (a Telegram or Discord ID is
64-bit and would wrap in a C++ int or lose digits in a float).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.members import HandleData, Platform
from app.ui.icons import icon
from app.ui.member_texts import MemberTexts


class HandleRow(QWidget):
    edited = Signal()
    removeClicked = Signal(object)  # this row

    def __init__(self, texts: MemberTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(texts.platform(platform), platform.value)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(self.tr("Handle, number or address"))
        self.handle.setAccessibleName(self.tr("Handle"))
        self.platform_id = QLineEdit()
        self.platform_id.setPlaceholderText(self.tr("User ID (optional)"))
        self.platform_id.setToolTip(self.tr(
            "The platform's own numeric user ID, if you know it (Telegram and Discord show it "
            "in developer mode). It stays exact, whatever its length."))
        self.platform_id.setAccessibleName(self.tr("User ID"))
        self.remove = QToolButton()
        self.remove.setObjectName("Flat")
        self.remove.setIcon(icon("cancel"))
        self.remove.setToolTip(self.tr("Remove this handle"))
        self.remove.setAccessibleName(self.tr("Remove this handle"))
        row.addWidget(self.platform)
        row.addWidget(self.handle, 3)
        row.addWidget(self.platform_id, 2)
        row.addWidget(self.remove)
        self.platform.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.handle.textEdited.connect(lambda _t: self.edited.emit())
        self.platform_id.textEdited.connect(lambda _t: self.edited.emit())
        self.remove.clicked.connect(lambda: self.removeClicked.emit(self))

    def set_value(self, value: HandleData) -> None:
        index = self.platform.findData(Platform(value.platform).value)
        self.platform.setCurrentIndex(max(0, index))
        self.handle.setText(value.handle)
        self.platform_id.setText(value.platform_id)

    def value(self) -> HandleData:
        return HandleData(Platform(str(self.platform.currentData())), self.handle.text(),
                          self.platform_id.text())


class HandlesEditor(QWidget):
    edited = Signal()

    def __init__(self, texts: MemberTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._rows: list[HandleRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        layout.addLayout(self._list)
        self.add_button = QPushButton(icon("add"), self.tr("Add a handle"))
        self.add_button.setToolTip(self.tr("Add an account on another platform"))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._add_clicked)

    def rows(self) -> list[HandleRow]:
        return list(self._rows)

    def set_handles(self, handles: Sequence[HandleData]) -> None:
        if tuple(handles) == self.filled():
            return  # keep the rows (and an empty one just added) when nothing differs
        for row in self._rows:
            self._list.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for handle in handles:
            self._add_row().set_value(handle)

    def handles(self) -> tuple[HandleData, ...]:
        return tuple(row.value() for row in self._rows)

    def filled(self) -> tuple[HandleData, ...]:
        """The rows as the service stores them: trimmed, empty rows left out."""
        out = []
        for row in self._rows:
            value = row.value()
            handle, platform_id = value.handle.strip(), value.platform_id.strip()
            if handle or platform_id:
                out.append(HandleData(value.platform, handle, platform_id))
        return tuple(out)

    def row_for(self, platform: str) -> HandleRow | None:
        """The first row on ``platform`` (an error names the platform, not the row)."""
        for row in self._rows:
            if row.value().platform.value == platform:
                return row
        return None

    def _add_row(self) -> HandleRow:
        row = HandleRow(self._texts)
        row.edited.connect(self.edited)
        row.removeClicked.connect(self._remove)
        self._list.addWidget(row)
        self._rows.append(row)
        return row

    def _add_clicked(self) -> None:
        row = self._add_row()
        row.handle.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, row: HandleRow) -> None:
        if row in self._rows:
            self._rows.remove(row)
            self._list.removeWidget(row)
            row.deleteLater()
            self.edited.emit()
