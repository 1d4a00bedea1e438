from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.pages.placeholder import PlaceholderPage


class CalendarPage(PlaceholderPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Calendar"), "calendar",
            self.tr("Plan posts and events for every channel"),
            self.tr("The content calendar (ideas, drafts, scheduled and published posts, "
                    "recurring sessions and reminders) arrives in a coming version of Steward."),
            parent,
        )
