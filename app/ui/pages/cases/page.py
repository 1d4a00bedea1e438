from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.pages.placeholder import PlaceholderPage


class CasesPage(PlaceholderPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Cases"), "cases",
            self.tr("Disputes and moderation, handled fairly"),
            self.tr("The case log (reports, evidence, rulings under your group rules, and "
                    "sanctions) arrives in a coming version of Steward."),
            parent,
        )
