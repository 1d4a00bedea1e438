"""A calm empty state: what belongs here, and a button to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, icon: QIcon, title: str, body: str, action_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(8)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title)
        self.title.setObjectName("EmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(body)
        self.body.setObjectName("EmptyBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(520)
        for widget in (picture, self.title, self.body):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setObjectName("Primary")
            layout.addSpacing(8)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._links: QHBoxLayout | None = None
        self._layout = layout

    def add_link(self, text: str) -> QPushButton:
        """A secondary way to start, shown as a link under the button."""
        if self._links is None:
            self._links = QHBoxLayout()
            self._links.setSpacing(16)
            self._layout.addLayout(self._links)
            self._layout.setAlignment(self._links, Qt.AlignmentFlag.AlignHCenter)
        link = QPushButton(text)
        link.setObjectName("Link")
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        self._links.addWidget(link)
        return link

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
