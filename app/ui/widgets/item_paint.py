"""Custom cell painting on top of what the style draws: background, selection and focus first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def draw_cell_frame(delegate: QStyledItemDelegate, painter: QPainter,
                    option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> QStyleOptionViewItem:
    """Draw the cell as the style would, but without its text; return the initialised option
    (``text`` still set) so the caller paints the text its own way (chips, highlights)."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    style = opt.widget.style() if opt.widget is not None else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    opt.text = text
    return opt


def is_selected(option: QStyleOptionViewItem) -> bool:
    return bool(option.state & QStyle.StateFlag.State_Selected)
