"""Dates and numbers as the user's locale writes them ("3月5日" / "Mar 5, 2026")."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject


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


class RelativeTime(QObject):
    """"2 days ago" / "2 天前": how long ago a moment was, in whole units, in the UI language."""

    def describe(self, value: datetime, now: datetime | None = None) -> str:
        seconds = ((now or datetime.now(UTC)) - value).total_seconds()
        minutes, hours, days = int(seconds // 60), int(seconds // 3600), int(seconds // 86400)
        if minutes < 1:
            return self.tr("just now")
        if hours < 1:
            return self._count(minutes, self.tr("1 minute ago"), self.tr("%1 minutes ago"))
        if days < 1:
            return self._count(hours, self.tr("1 hour ago"), self.tr("%1 hours ago"))
        if days < 2:
            return self.tr("yesterday")
        if days < 31:
            return self._count(days, "", self.tr("%1 days ago"))
        if days < 365:
            return self._count(days // 30, self.tr("1 month ago"), self.tr("%1 months ago"))
        return self._count(days // 365, self.tr("1 year ago"), self.tr("%1 years ago"))

    @staticmethod
    def _count(value: int, one: str, many: str) -> str:
        return one if value == 1 and one else many.replace("%1", QLocale().toString(value))

    def both(self, value: datetime, now: datetime | None = None) -> str:
        """"Mar 5, 2026, 14:00 (2 days ago)"."""
        return self.tr("%1 (%2)").replace("%1", format_datetime(value)).replace(
            "%2", self.describe(value, now))
