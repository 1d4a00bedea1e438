"""The status bar's "what just happened — Undo" line, for the most recent undoable action."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.undo import UndoStack

SHOW_MS = 12_000


class UndoNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("Link")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._stack: UndoStack | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.dismiss)
        self.button.clicked.connect(self._undo)
        self.hide()

    def offer(self, text: str, stack: UndoStack) -> None:
        self._stack = stack
        self.label.setText(text + " —")
        self.show()
        self._timer.start()

    def dismiss(self) -> None:
        self._stack = None
        self._timer.stop()
        self.hide()

    def _undo(self) -> None:
        stack = self._stack
        self.dismiss()
        if stack is not None:
            stack.undo()
