from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.pages.placeholder import PlaceholderPage


class InsightsPage(PlaceholderPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Insights"), "insights",
            self.tr("Growth and activity, drawn from your chat exports"),
            self.tr("Charts of growth, active members, messages and retention arrive in a "
                    "coming version of Steward, fed by imported chat exports."),
            parent,
        )
