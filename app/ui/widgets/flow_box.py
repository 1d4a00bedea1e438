"""A box that places its widgets left to right and wraps to new lines, for rows of chips whose
number and widths are not known in advance.

A plain widget that positions its children on resize, rather than a ``QLayout`` subclass:
layout items created by C++ and held by Python are easy to free twice when chips are rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FlowBox(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._widgets: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def set_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Show exactly these widgets, in this order (widgets dropped are only hidden; their
        owner decides whether to delete them)."""
        for widget in self._widgets:
            if widget not in widgets:
                widget.hide()
        self._widgets = list(widgets)
        for widget in self._widgets:
            if widget.parent() is not self:
                widget.setParent(self)
            widget.show()
        self._arrange(self.width(), move=True)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(width, move=False)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 300)
        return QSize(width, self._arrange(width, move=False))

    def minimumSizeHint(self) -> QSize:
        hints = [w.sizeHint() for w in self._widgets if not w.isHidden()]
        return QSize(max((h.width() for h in hints), default=0),
                     max((h.height() for h in hints), default=0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width(), move=True)

    def _arrange(self, width: int, move: bool) -> int:
        x = y = line = 0
        for widget in self._widgets:
            if widget.isHidden():
                continue
            hint = widget.sizeHint()
            if x > 0 and x + hint.width() > width:
                x = 0
                y += line + self._spacing
                line = 0
            if move:
                widget.setGeometry(QRect(x, y, hint.width(), hint.height()))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line
