"""An IANA time zone picker: type any part of the name ("shang", "york") to find it.

The list comes from ``zoneinfo.available_timezones()``, which scans the time zone database on
disk; the owner reads it on a worker (``time_zone_names``) and hands it over with ``set_zones``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.domain.profiles import valid_time_zone


def time_zone_names() -> tuple[str, ...]:
    """Every zone a profile may use, sorted (slow-ish: reads the database from disk)."""
    return tuple(sorted(z for z in available_timezones() if valid_time_zone(z)))


def utc_offset(zone: str, now: datetime | None = None) -> str:
    """"UTC+08:00" for a known zone right now, "" for anything else."""
    if not zone or not valid_time_zone(zone):
        return ""
    local = (now or datetime.now(UTC)).astimezone(ZoneInfo(zone))
    offset = local.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_clock(zone: str, now: datetime | None = None) -> str:
    """The time of day in ``zone`` ("14:05"), "" for an unknown zone."""
    if not zone or not valid_time_zone(zone):
        return ""
    local = (now or datetime.now(UTC)).astimezone(ZoneInfo(zone))
    return f"{local.hour:02d}:{local.minute:02d}"


class TimeZoneCombo(QComboBox):
    typing = Signal()  # a name is being typed: not a zone yet, nothing to save
    edited = Signal()  # a zone was picked, or the typing is finished

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Not set (type to search, e.g. Shanghai)"))
        line.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._zones: tuple[str, ...] = ()
        self._committed = ""
        line.textEdited.connect(lambda _t: self.typing.emit())
        line.editingFinished.connect(self._finished)
        self.activated.connect(lambda _i: self._finished())
        completer.activated.connect(lambda _t: self._finished())

    def set_zones(self, zones: Sequence[str]) -> None:
        if tuple(zones) == self._zones:
            return
        current = self.value()
        self._zones = tuple(zones)
        self.blockSignals(True)
        self.clear()
        self.addItems(list(self._zones))
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> str:
        return self.currentText().strip()

    def _finished(self) -> None:
        """Leaving the box or picking a zone: an edit only if the zone differs from before."""
        if self.value() != self._committed:
            self._committed = self.value()
            self.edited.emit()

    def set_value(self, zone: str) -> None:
        self._committed = zone
        if self.value() == zone:
            return
        self.blockSignals(True)
        index = self.findText(zone, Qt.MatchFlag.MatchExactly) if zone else -1
        self.setCurrentIndex(index)
        self.setEditText(zone)
        self.blockSignals(False)
