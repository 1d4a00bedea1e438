"""Light and dark palettes on Fusion, following the system unless the user picks one.

One accent colour, neutral greys, 8-pixel spacing. Colours for states (tags, statuses) live here
too so the same state looks the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

SPACING = 8


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alt_base: str
    sidebar: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    card: str


LIGHT = Colors(window="#f6f7f9", base="#ffffff", alt_base="#f7f8fa", sidebar="#eef0f3",
               text="#1f2328", muted="#656d76", border="#d8dce1", accent="#3a6ff7",
               accent_text="#ffffff", card="#ffffff")
DARK = Colors(window="#1e2024", base="#25282d", alt_base="#2a2d33", sidebar="#191b1f",
              text="#e6e8eb", muted="#9aa1ab", border="#3a3e45", accent="#6d95ff",
              accent_text="#0d1117", card="#25282d")

STATUS_COLORS = {
    "active": "#2e9d5b",
    "muted": "#c98a12",
    "left": "#7b8390",
    "removed": "#c2410c",
    "banned": "#c62828",
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: ThemeChoice) -> Colors:
    if choice == ThemeChoice.SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return DARK if choice == ThemeChoice.DARK else LIGHT


def apply_theme(app: QApplication, choice: ThemeChoice) -> Colors:
    colors = resolve(choice)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(_palette(colors))
    app.setStyleSheet(_stylesheet(colors))
    return colors


def _palette(c: Colors) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return p


def _stylesheet(c: Colors) -> str:
    return f"""
    QWidget#Sidebar {{ background: {c.sidebar}; border-right: 1px solid {c.border}; }}
    QListWidget#SidebarList {{ background: transparent; border: none; outline: 0; }}
    QListWidget#SidebarList::item {{ padding: 8px 8px; border-radius: 6px; margin: 1px 8px; }}
    QListWidget#SidebarList::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QListWidget#SidebarList::item:hover:!selected {{ background: {c.border}; }}
    QLabel#AppTitle {{ font-size: 15pt; font-weight: 600; padding: 4px 8px; }}
    QLabel#PageTitle {{ font-size: 17pt; font-weight: 600; }}
    QLabel#PageSubtitle, QLabel#Muted {{ color: {c.muted}; }}
    QLabel#EmptyTitle {{ font-size: 14pt; font-weight: 600; }}
    QLabel#EmptyBody {{ color: {c.muted}; }}
    QLabel#DialogTitle {{ font-size: 14pt; font-weight: 600; }}
    QLabel#ErrorText {{ color: {STATUS_COLORS["banned"]}; }}
    QFrame#KeyBox {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
    QFrame#Card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
    QLabel#CardValue {{ font-size: 22pt; font-weight: 600; }}
    QLabel#CardLabel {{ color: {c.muted}; }}
    QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid {c.border};
                   background: {c.base}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton:focus {{ border-color: {c.accent}; }}
    QPushButton#Primary {{ background: {c.accent}; color: {c.accent_text}; border: none;
                           font-weight: 600; }}
    QPushButton#Primary:disabled {{ background: {c.border}; color: {c.muted}; }}
    QPushButton#Link {{ border: none; background: transparent; color: {c.accent};
                        font-weight: 600; padding: 2px 4px; }}
    QPushButton#Link:hover {{ text-decoration: underline; }}
    QPushButton#Danger {{ background: #c62828; color: #ffffff; border: none; font-weight: 600; }}
    QPushButton#Danger:disabled {{ background: {c.border}; color: {c.muted}; }}
    QToolButton#Flat {{ border: none; padding: 4px; border-radius: 6px; }}
    QToolButton#Flat:hover {{ background: {c.border}; }}
    QToolButton#Flat:checked {{ background: {c.border}; font-weight: 600; }}
    QToolButton#Flat::menu-indicator {{ image: none; width: 0; }}
    QFrame#QuickOpen {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 10px; }}
    QLabel#SegmentName {{ font-weight: 600; }}
    QLineEdit, QComboBox {{ padding: 5px 8px; border: 1px solid {c.border}; border-radius: 6px;
                            background: {c.base}; }}
    QLineEdit:focus, QComboBox:focus {{ border-color: {c.accent}; }}
    QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
        border: 1px solid {STATUS_COLORS["banned"]}; border-radius: 6px; }}
    QTableView {{ border: 1px solid {c.border}; border-radius: 8px; gridline-color: transparent;
                  background: {c.base}; alternate-background-color: {c.alt_base};
                  selection-background-color: {c.accent}; selection-color: {c.accent_text}; }}
    QHeaderView::section {{ background: {c.window}; color: {c.muted}; border: none;
                            border-bottom: 1px solid {c.border}; padding: 6px 8px;
                            font-weight: 600; }}
    QStatusBar {{ border-top: 1px solid {c.border}; }}
    QGroupBox {{ border: 1px solid {c.border}; border-radius: 8px; margin-top: 14px;
                 padding: 16px 12px 12px 12px; background: {c.card}; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px;
                        font-weight: 600; }}
    """


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property or object name that it selects on changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
