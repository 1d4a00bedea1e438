"""The matching text of a search result, with the match highlighted and a muted "where" label.

Painted run by run (plain, highlighted, plain…) with the view's font, elided at the cell's
edge; highlighted runs get a tint of the accent colour and a bolder weight, so the match reads
in light and dark themes alike and is not told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models.roles import LABEL_ROLE, SPANS_ROLE
from app.ui.widgets.item_paint import draw_cell_frame, is_selected

Index = QModelIndex | QPersistentModelIndex
ELLIPSIS = "…"


def merged_spans(spans: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) ranges inside ``0..length``."""
    out: list[tuple[int, int]] = []
    for start, size in sorted(spans):
        end = min(length, start + size)
        start = max(0, start)
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def runs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, highlighted) runs."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in merged_spans(spans, len(text)):
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


def paint_highlighted(painter: QPainter, rect: QRect, text: str,
                      spans: Sequence[tuple[int, int]], palette: QPalette, selected: bool,
                      label: str = "") -> None:
    painter.save()
    base_font = QFont(painter.font())
    strong = QFont(base_font)
    strong.setWeight(QFont.Weight.Bold)
    text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
    muted = QColor(text_color) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
    tint = QColor(palette.color(QPalette.ColorRole.Highlight))
    tint.setAlpha(90 if selected else 48)
    x = rect.left()
    right = rect.right()
    plain_metrics = QFontMetrics(base_font)
    baseline = rect.top() + (rect.height() + plain_metrics.ascent() - plain_metrics.descent()) // 2
    pieces: list[tuple[str, bool, bool]] = []  # (text, highlighted, is_label)
    if label:
        pieces.append((label + "  ", False, True))
    pieces += [(piece, lit, False) for piece, lit in runs(text, spans)]
    for piece, lit, is_label in pieces:
        font = strong if lit else base_font
        metrics = QFontMetrics(font)
        room = right - x
        width = metrics.horizontalAdvance(piece)
        cut = width > room
        if cut:
            piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, max(0, room))
            width = metrics.horizontalAdvance(piece)
        if lit and piece:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            box = QRectF(x - 1, rect.top() + (rect.height() - metrics.height()) / 2 - 1,
                         width + 2, metrics.height() + 2)
            painter.drawRoundedRect(box, 3, 3)
        painter.setFont(font)
        painter.setPen(muted if is_label else text_color)
        painter.drawText(x, baseline, piece)
        x += width
        if cut or x >= right:
            break
    painter.restore()


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with ``SPANS_ROLE`` highlighted after its ``LABEL_ROLE``."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = draw_cell_frame(self, painter, option, index)
        selected = is_selected(opt)
        painter.save()
        painter.setFont(opt.font)
        paint_highlighted(painter, opt.rect.adjusted(6, 0, -6, 0), opt.text,
                          index.data(SPANS_ROLE) or (), opt.palette, selected,
                          index.data(LABEL_ROLE) or "")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        label = index.data(LABEL_ROLE) or ""
        if label:
            size.setWidth(size.width() + QFontMetrics(option.font).horizontalAdvance(label + "  "))
        return size
