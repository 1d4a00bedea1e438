"""Dates and numbers as the user's locale writes them ("3月5日" / "Mar 5, 2026")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_date(value: date) -> str:
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(qdate, "yyyy年M月d日")
    return locale.toString(qdate, "MMM d, yyyy")


def format_count(value: int) -> str:
    return QLocale().toString(value)
