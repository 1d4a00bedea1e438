"""Tag filter chips above the member list: click a chip to show only members with that tag
(several chips: members with all of them).

The busiest tags are shown as chips; the rest are one click away in "More tags". A chosen tag
always stays visible, so the filter in force can be read at a glance and undone with a click.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.domain.members import TagSummary
from app.ui.widgets.chips import chip_height, chip_width, paint_chip, readable_text
from app.ui.widgets.flow_box import FlowBox

VISIBLE_TAGS = 10


class TagChip(QAbstractButton):
    """A checkable chip: outlined with a colour dot when off, filled with the tag colour when on.

    A ``removable`` chip (a tag chosen in a form) is always filled and ends in "×"; clicking it
    removes it.
    """

    def __init__(self, tag: TagSummary, parent: QWidget | None = None,
                 removable: bool = False) -> None:
        super().__init__(parent)
        self.tag = tag
        self.removable = removable
        self.setCheckable(not removable)
        self.setChecked(removable)
        self.setText(tag.name + " ×" if removable else tag.name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if removable:
            self.setToolTip(self.tr("Remove “%1”").replace("%1", tag.name))
            self.setAccessibleName(self.tr("Remove tag %1").replace("%1", tag.name))
        else:
            self.setToolTip(self.tr("Show only members tagged “%1” (%2 members)")
                            .replace("%1", tag.name)
                            .replace("%2", QLocale().toString(tag.member_count)))
            self.setAccessibleName(self.tr("Tag filter %1").replace("%1", tag.name))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        extra = 4 if self.removable else 14
        return QSize(chip_width(metrics, self.text()) + extra, chip_height(metrics) + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        color = QColor(self.tag.color if QColor.isValidColorName(self.tag.color) else "#7b8390")
        rect = self.rect().adjusted(1, 2, -1, -2)
        if self.removable:
            paint_chip(painter, rect, self.text(), color, readable_text(color))
        elif self.isChecked():
            paint_chip(painter, rect, "✓ " + self.text(), color, readable_text(color))
        else:
            border = color if self.underMouse() else palette.color(QPalette.ColorRole.Mid)
            paint_chip(painter, rect, "", palette.color(QPalette.ColorRole.Base),
                       palette.color(QPalette.ColorRole.Text), border)
            dot = QRect(rect.left() + 8, rect.center().y() - 3, 7, 7)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(dot)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect.adjusted(20, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter,
                             self.text())
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(0, 1, -1, -2), rect.height() / 2 + 1,
                                    rect.height() / 2 + 1)
        painter.end()


class TagFilterBar(QWidget):
    changed = Signal(object)  # tuple of tag ids: members must carry all of them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: tuple[TagSummary, ...] = ()
        self._chosen: list[int] = []
        self.chips: dict[int, TagChip] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.flow = FlowBox(self, spacing=4)
        outer.addWidget(self.flow)
        self.more = QToolButton()
        self.more.setObjectName("Flat")
        self.more.setText(self.tr("More tags") + " ▾")
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more.setMenu(self.more_menu)
        self.clear_button = QPushButton(self.tr("Clear tag filter"))
        self.clear_button.setObjectName("Link")
        self.clear_button.clicked.connect(self.clear)
        self._tail = QWidget()
        tail = QHBoxLayout(self._tail)
        tail.setContentsMargins(0, 0, 0, 0)
        tail.setSpacing(4)
        tail.addWidget(self.more)
        tail.addWidget(self.clear_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Tag filters"))
        self.set_tags(())

    def focus_chain(self) -> list[QWidget]:
        """The bar's focusable widgets in reading order (chips are rebuilt, so the page
        re-threads them into its tab order)."""
        return [*self.chips.values(), self.more, self.clear_button]

    def chosen(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def set_tags(self, tags: Sequence[TagSummary]) -> None:
        """Show these tags (busiest first); chosen tags that no longer exist are dropped."""
        self._tags = tuple(tags)
        known = {t.id for t in self._tags}
        dropped = [t for t in self._chosen if t not in known]
        self._chosen = [t for t in self._chosen if t in known]
        self._rebuild()
        if dropped:
            self.changed.emit(self.chosen())

    def set_chosen(self, tag_ids: Sequence[int]) -> None:
        self._chosen = list(dict.fromkeys(tag_ids))
        self._rebuild()
        self.changed.emit(self.chosen())

    def toggle(self, tag_id: int) -> None:
        if tag_id in self._chosen:
            self._chosen.remove(tag_id)
        else:
            self._chosen.append(tag_id)
        self._rebuild()
        self.changed.emit(self.chosen())

    def clear(self) -> None:
        if self._chosen:
            self.set_chosen(())

    def _rebuild(self) -> None:
        focused = next((i for i, c in self.chips.items() if c.hasFocus()), None)
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips.clear()
        busiest = sorted(self._tags, key=lambda t: (-t.member_count, t.name.casefold()))
        shown = busiest[:VISIBLE_TAGS]
        shown += [t for t in self._tags if t.id in self._chosen and t not in shown]
        for tag in shown:
            chip = TagChip(tag, self.flow)
            chip.setChecked(tag.id in self._chosen)
            chip.clicked.connect(lambda _checked=False, i=tag.id: self.toggle(i))
            self.chips[tag.id] = chip
        self.more_menu.clear()
        hidden = [t for t in sorted(self._tags, key=lambda t: t.name.casefold())
                  if t.id not in self.chips]
        for tag in hidden:
            action = self.more_menu.addAction(
                f"{tag.name}  ({QLocale().toString(tag.member_count)})")
            action.setCheckable(True)
            action.setChecked(tag.id in self._chosen)
            action.triggered.connect(lambda _checked=False, i=tag.id: self.toggle(i))
        self.more.setVisible(bool(hidden))
        self.clear_button.setVisible(bool(self._chosen))
        self.flow.set_widgets([*self.chips.values(), self._tail])
        if focused in self.chips:
            self.chips[focused].setFocus()
        self.setVisible(bool(self._tags))
        self.updateGeometry()
