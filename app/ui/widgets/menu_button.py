"""A flat tool button that opens a menu ("From a template ▾", "…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton

from app.ui.icons import icon


def menu_button(icon_name: str, text: str = "", tooltip: str = "") -> tuple[QToolButton, QMenu]:
    """The button and its (empty) menu; with no text the button shows the icon only."""
    button = QToolButton()
    button.setObjectName("Flat")
    button.setIcon(icon(icon_name))
    if text:
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if tooltip:
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu
