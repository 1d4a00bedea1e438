"""Give a dialog of wrapped text the height its text needs at a chosen width.

A top-level window does not ask its layout for height-for-width, so word-wrapped labels in a
dialog are laid out for their one-line height and get clipped; this asks for it once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_width(dialog: QWidget, width: int) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    dialog.setFixedWidth(width)
    layout.activate()
    height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.sizeHint().height())
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)
