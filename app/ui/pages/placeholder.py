"""Pages whose features are not built yet: a clear, honest empty state instead of a blank."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.icons import icon
from app.ui.pages.base import Page
from app.ui.widgets.empty_state import EmptyState


class PlaceholderPage(Page):
    def __init__(self, title: str, icon_name: str, what: str, when: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent=parent)
        self.empty = EmptyState(icon(icon_name, "#8a94a3"), what, when)
        self.layout_.addWidget(self.empty, 1)
