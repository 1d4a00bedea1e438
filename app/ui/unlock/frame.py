"""The shared shape of the key dialogs: an icon and a title, a short explanation, then content and
a button row with the main answer on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon

WIDTH = 560


class KeyDialogFrame(QDialog):
    def __init__(self, title: str, heading: str, body: str, icon_name: str = "keyring",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(WIDTH)
        self.setMaximumWidth(WIDTH + 160)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(24, 20, 24, 20)
        self.column.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(12)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        self.heading = QLabel(heading)
        self.heading.setObjectName("DialogTitle")
        self.heading.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        self.body.setVisible(bool(body))
        texts.addWidget(self.heading)
        texts.addWidget(self.body)
        top.addWidget(picture)
        top.addLayout(texts, 1)
        self.column.addLayout(top)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)  # left-hand buttons go before it, answers after it
        self._left = 0

    def showEvent(self, event: QShowEvent) -> None:
        # Wrapped labels need more height at the width the dialog really gets than its size
        # hint promised; grow to fit instead of clipping the explanation.
        super().showEvent(event)
        needed = self.column.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def finish(self) -> None:
        """Add the button row last, after the content."""
        self.column.addSpacing(4)
        self.column.addLayout(self.buttons)

    def add_button(self, text: str, *, primary: bool = False, left: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(primary)
        button.setDefault(primary)
        if primary:
            button.setObjectName("Primary")
        if left:
            self.buttons.insertWidget(self._left, button)
            self._left += 1
        else:
            self.buttons.addWidget(button)
        return button


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("ErrorText")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
