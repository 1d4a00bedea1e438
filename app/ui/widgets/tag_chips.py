"""Tags as coloured chips, with a × to remove one and an inline box to add one.

The chips only say what the user asked for (``addRequested`` with a name, ``removeRequested``
with a tag id); the owner does the work on the task runner and then calls ``set_tags``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.domain.members import TagData
from app.ui.icons import icon
from app.ui.widgets.flow_layout import FlowLayout

# New tags made from a profile get one of these, picked by name, so chips are not all one colour.
CHIP_COLORS = ("#5b8def", "#2e9d5b", "#c98a12", "#8e5bd6", "#d6456b", "#1f9bb0", "#7b8390",
               "#c2410c")


def readable_text(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""
    color = QColor(background)
    if not color.isValid():
        return "#ffffff"

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                 + 0.0722 * channel(color.blueF()))
    return "#1f2328" if luminance > 0.4 else "#ffffff"


def color_for(name: str) -> str:
    return CHIP_COLORS[sum(name.encode("utf-8")) % len(CHIP_COLORS)]


class TagChip(QFrame):
    removeClicked = Signal(object)  # tag id

    def __init__(self, tag: TagData, removable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("TagChip")
        text = readable_text(tag.color)
        self.setStyleSheet(
            f"QFrame#TagChip {{ background: {tag.color}; border-radius: 11px; }}"
            f"QFrame#TagChip QLabel {{ color: {text}; background: transparent; }}"
            f"QFrame#TagChip QToolButton {{ border: none; background: transparent; "
            f"padding: 0px; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 4 if removable else 10, 2)
        row.setSpacing(2)
        self.label = QLabel(tag.name)
        row.addWidget(self.label)
        self.remove_button: QToolButton | None = None
        if removable:
            self.remove_button = QToolButton()
            self.remove_button.setIcon(icon("cancel", text))
            self.remove_button.setIconSize(QSize(12, 12))
            self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.remove_button.setToolTip(self.tr("Remove the tag “%1”").replace("%1", tag.name))
            self.remove_button.setAccessibleName(self.remove_button.toolTip())
            self.remove_button.clicked.connect(lambda: self.removeClicked.emit(tag.id))
            row.addWidget(self.remove_button)
        self.setToolTip(tag.name)


class _AddBox(QLineEdit):
    """The inline "add a tag" box: Enter adds, Esc gives up."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TagChips(QWidget):
    addRequested = Signal(str)  # a tag name (existing or new)
    removeRequested = Signal(object)  # tag id

    def __init__(self, editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = editable
        self._flow = FlowLayout(self)
        self._chips: list[TagChip] = []
        self._known: list[str] = []
        self.add_button = QToolButton()
        self.add_button.setObjectName("Flat")
        self.add_button.setIcon(icon("add"))
        self.add_button.setText(self.tr("Add tag"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setToolTip(self.tr("Add a tag to this member"))
        self.add_box = _AddBox()
        self.add_box.setPlaceholderText(self.tr("Tag name, Enter to add"))
        self.add_box.setAccessibleName(self.tr("New tag"))
        self.add_box.setMinimumWidth(180)
        self.add_box.hide()
        self._completer = QCompleter([], self.add_box)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_box.setCompleter(self._completer)
        self.add_button.clicked.connect(self.start_adding)
        self.add_box.returnPressed.connect(self._add)
        self.add_box.cancelled.connect(self._stop_adding)
        self.add_button.setVisible(editable)
        self._flow.addWidget(self.add_button)
        self._flow.addWidget(self.add_box)

    def set_known_tags(self, names: Sequence[str]) -> None:
        self._known = list(names)
        self._completer.model().setStringList(self._known)  # type: ignore[attr-defined]

    def set_tags(self, tags: Sequence[TagData]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for tag in tags:
            chip = TagChip(tag, removable=self._editable, parent=self)
            chip.removeClicked.connect(self.removeRequested)
            self._chips.append(chip)
        self._relayout()

    def chips(self) -> list[TagChip]:
        return list(self._chips)

    def names(self) -> list[str]:
        return [chip.tag.name for chip in self._chips]

    def start_adding(self) -> None:
        self.add_button.hide()
        self.add_box.clear()
        self.add_box.show()
        self.add_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add(self) -> None:
        name = self.add_box.text().strip()
        self._stop_adding()
        if name:
            self.addRequested.emit(name)

    def _stop_adding(self) -> None:
        self.add_box.hide()
        self.add_button.setVisible(self._editable)

    def _relayout(self) -> None:
        """Chips first, then the add button and box, in that order."""
        for widget in (self.add_button, self.add_box):
            self._flow.removeWidget(widget)
        for chip in self._chips:
            self._flow.removeWidget(chip)
            self._flow.addWidget(chip)
        self._flow.addWidget(self.add_button)
        self._flow.addWidget(self.add_box)
        self._flow.invalidate()
        self.updateGeometry()
