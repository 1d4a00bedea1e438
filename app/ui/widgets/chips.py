"""Tags as coloured chips and statuses as coloured pills, painted the same way everywhere.

A chip's text colour is chosen from its background's luminance, so a pale yellow tag gets dark
text and a deep purple one white text. A status pill is a light tint of the status colour with
the word in a deeper shade of it: the word, not only the colour, carries the state.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models.roles import CHIPS_ROLE, PILL_ROLE
from app.ui.widgets.item_paint import draw_cell_frame

DARK_TEXT = "#1f2328"
LIGHT_TEXT = "#ffffff"
CHIP_PAD = 8
CHIP_GAP = 4
FALLBACK = "#7b8390"

Index = QModelIndex | QPersistentModelIndex


def luminance(color: QColor) -> float:
    """WCAG relative luminance (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def readable_text(background: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with ``background``."""
    lum = luminance(background)
    dark = (lum + 0.05) / (luminance(QColor(DARK_TEXT)) + 0.05)
    light = 1.05 / (lum + 0.05)
    return QColor(DARK_TEXT if dark >= light else LIGHT_TEXT)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def pill_colors(color: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a status pill of ``color`` on this palette."""
    base = QColor(color if QColor.isValidColorName(color) else FALLBACK)
    tint = QColor(base)
    tint.setAlpha(48 if is_dark(palette) else 36)
    text = base.lighter(140) if is_dark(palette) else base.darker(135)
    return tint, text


def chip_width(metrics: QFontMetrics, text: str) -> int:
    # +2: sub-pixel advances round differently when drawn, which would elide the last letter
    return metrics.horizontalAdvance(text) + 2 * CHIP_PAD + 2


def chip_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 4


def paint_chip(painter: QPainter, rect: QRect, text: str, background: QColor,
               foreground: QColor, outline: QColor | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    radius = rect.height() / 2
    if outline is not None:
        painter.setPen(outline)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect), radius, radius)
    painter.setPen(foreground)
    metrics = painter.fontMetrics()
    inner = rect.adjusted(CHIP_PAD - 1, 0, -CHIP_PAD + 1, 0)
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter,
                     metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
    painter.restore()


def paint_chip_row(painter: QPainter, rect: QRect, chips: Sequence[tuple[str, str]],
                   palette: QPalette) -> None:
    """Chips left to right; the ones that do not fit become a muted "+N"."""
    metrics = painter.fontMetrics()
    height = chip_height(metrics)
    top = rect.top() + (rect.height() - height) // 2
    x = rect.left()
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    for i, (name, color) in enumerate(chips):
        width = chip_width(metrics, name)
        rest = len(chips) - i - 1
        more = chip_width(metrics, f"+{rest}") + CHIP_GAP if rest else 0
        if x + width + more > rect.right():
            left = len(chips) - i
            if x + chip_width(metrics, f"+{left}") <= rect.right() + 1:
                paint_chip(painter, QRect(x, top, chip_width(metrics, f"+{left}"), height),
                           f"+{left}", palette.color(QPalette.ColorRole.AlternateBase), muted,
                           palette.color(QPalette.ColorRole.Mid))
            elif i == 0:  # not even one chip fits whole: show the first one elided
                paint_chip(painter, QRect(x, top, max(0, rect.width()), height), name,
                           _color(color), readable_text(_color(color)))
            return
        background = _color(color)
        paint_chip(painter, QRect(x, top, width, height), name, background,
                   readable_text(background))
        x += width + CHIP_GAP


def paint_pill(painter: QPainter, rect: QRect, text: str, color: str,
               palette: QPalette) -> None:
    painter.save()
    font = painter.font()
    font.setWeight(font.Weight.DemiBold)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    height = chip_height(metrics)
    width = min(chip_width(metrics, text), rect.width())
    top = rect.top() + (rect.height() - height) // 2
    background, foreground = pill_colors(color, palette)
    paint_chip(painter, QRect(rect.left(), top, width, height), text, background, foreground)
    painter.restore()


def _color(value: str) -> QColor:
    return QColor(value if QColor.isValidColorName(value) else FALLBACK)


class ChipDelegate(QStyledItemDelegate):
    """Paints ``CHIPS_ROLE`` as tag chips and ``PILL_ROLE`` cells as status pills; anything else
    as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chips = index.data(CHIPS_ROLE)
        pill = index.data(PILL_ROLE)
        if chips is None and pill is None:
            super().paint(painter, option, index)
            return
        opt = draw_cell_frame(self, painter, option, index)
        text = opt.text
        area = opt.rect.adjusted(6, 0, -6, 0)
        painter.save()
        painter.setFont(opt.font)
        if chips:
            paint_chip_row(painter, area, chips, opt.palette)
        elif pill and text:
            paint_pill(painter, area, text, pill, opt.palette)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        chips = index.data(CHIPS_ROLE)
        if chips:
            metrics = QFontMetrics(option.font)
            width = sum(chip_width(metrics, name) + CHIP_GAP for name, _ in chips) + 12
            return QSize(width, max(size.height(), chip_height(metrics) + 6))
        return size
