"""The title row every page has: title, subtitle, the primary action on the right, and "…"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 8)
        row.setSpacing(8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setVisible(bool(subtitle))
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        row.addLayout(texts, 1)
        self._row = row
        self.more_menu: QMenu | None = None

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def add_primary(self, text: str, icon_name: str = "add") -> QPushButton:
        button = QPushButton(icon(icon_name, "white"), text)
        button.setObjectName("Primary")
        self._row.addWidget(button)
        return button

    def add_more_menu(self) -> QMenu:
        button = QToolButton()
        button.setObjectName("Flat")
        button.setIcon(icon("more"))
        button.setToolTip(self.tr("More actions"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(button)
        button.setMenu(self.more_menu)
        self._row.addWidget(button)
        return self.more_menu
