"""A dashboard figure: a big number and what it counts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class StatCard(QFrame):
    def __init__(self, icon: QIcon, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setMinimumWidth(180)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(32, 32))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.value = QLabel("—")
        self.value.setObjectName("CardValue")
        self.label = QLabel(label)
        self.label.setObjectName("CardLabel")
        texts.addWidget(self.value)
        texts.addWidget(self.label)
        outer.addLayout(texts, 1)
        outer.addWidget(picture)

    def set_value(self, value: int) -> None:
        self.value.setText(QLocale().toString(value))
