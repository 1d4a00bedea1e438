"""What the main window needs from every page."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.undo import UndoStack
from app.ui.widgets.page_header import PageHeader


class Page(QWidget):
    """A page: a header row and a body, refreshed when it is shown or the data changes."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(8)
        self.header = PageHeader(title, subtitle)
        self.layout_.addWidget(self.header)
        # Ctrl+Z undoes the last edit or delete made on this page (the window asks the current
        # page's stack).
        self.undo_stack = UndoStack(self)

    def title(self) -> str:
        return self.header.title.text()

    def refresh(self) -> None:
        """Reload what the page shows; called when shown and after data changes."""

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box, if it has one."""
        return False

    def is_ready(self) -> bool:
        """True once the first load has finished (used by the smoke test)."""
        return True
