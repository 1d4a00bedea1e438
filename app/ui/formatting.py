"""Dates and numbers as the user's locale writes them ("3月5日" / "Mar 5, 2026")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def format_date(value: date) -> str:
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(qdate, "yyyy年M月d日")
    return locale.toString(qdate, "MMM d, yyyy")


def format_count(value: int) -> str:
    return QLocale().toString(value)


def format_datetime(value: datetime) -> str:
    """An aware timestamp in the user's local time ("Mar 5, 2026, 14:00" / "2026年3月5日 14:00")."""
    local = value.astimezone()
    locale = QLocale()
    qdate = QDate(local.year, local.month, local.day)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if locale.language() == QLocale.Language.Chinese:
        return f"{locale.toString(qdate, 'yyyy年M月d日')} {clock}"
    return f"{locale.toString(qdate, 'MMM d, yyyy')}, {clock}"


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def join_list(items: list[str]) -> str:
    """"a, b, c" in English, "a、b、c" in Chinese: the separator is itself translated."""
    return QCoreApplication.translate("Formatting", ", ").join(items)


def join_sentences(first: str, second: str) -> str:
    """Two sentences side by side: a space in English, nothing between Chinese sentences."""
    return QCoreApplication.translate("Formatting", "%1 %2").replace("%1", first, 1) \
        .replace("%2", second, 1)
