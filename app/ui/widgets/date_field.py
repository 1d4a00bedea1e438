"""A date that may be empty: a line edit (YYYY-MM-DD) with a calendar button.

``QDateEdit`` cannot be empty, and its "special value" trick opens the calendar on that sentinel
year; a profile's join date and date fields are often unknown, so the empty text means "not set".
The text is handed to the service as typed, which says what is wrong with it if anything is.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.ui.icons import icon

_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def parse_date(text: str) -> date | None:
    """Year, month, day (2024-03-05, 2024/3/5, 2024.3.5); None when empty; ValueError if the
    text is not such a date."""
    clean = text.strip()
    if not clean:
        return None
    found = _YMD.match(clean)
    if found is None:
        raise ValueError(f"{clean!r} is not a date")
    year, month, day = (int(part) for part in found.groups())
    return date(year, month, day)


class DateField(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(180)
        self.button = QToolButton()
        self.button.setObjectName("Flat")
        self.button.setIcon(icon("date"))
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)

    def text(self) -> str:
        """The date as YYYY-MM-DD when it reads as one, else the text as typed (the service
        then says what is wrong with it)."""
        try:
            value = self.value()
        except ValueError:
            return self.edit.text().strip()
        return value.isoformat() if value else ""

    def value(self) -> date | None:
        """The date typed, None if empty; ValueError if the text is not a date."""
        return parse_date(self.edit.text())

    def set_value(self, value: date | str | None) -> None:
        text = value.isoformat() if isinstance(value, date) else (value or "")
        if self.edit.text() != text:
            self.edit.setText(text)

    def _sync_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        day = current or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, chosen: QDate) -> None:
        self._menu.hide()
        self.edit.setText(date(chosen.year(), chosen.month(), chosen.day()).isoformat())
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()
