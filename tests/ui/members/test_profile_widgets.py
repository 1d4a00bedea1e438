"""The small pieces of the profile: relative times, chips, the time zone picker, templates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.history import HistoryEntry
from app.domain.members import TagData
from app.ui.formatting import RelativeTime
from app.ui.member_texts import MemberTexts
from app.ui.pages.members.profile.template_manager import TemplateManager
from app.ui.pages.members.profile_view import SaveOrder
from app.ui.tasks import TaskRunner
from app.ui.widgets.date_field import DateField
from app.ui.widgets.tag_chips import TagChips, readable_text
from app.ui.widgets.time_zone_combo import TimeZoneCombo, time_zone_names, utc_offset
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text
from tests.ui.members.conftest import OpenProfile

NOW = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)


def test_relative_times_read_naturally(qapp: object) -> None:
    relative = RelativeTime()
    cases = {
        timedelta(seconds=20): "just now", timedelta(minutes=1): "1 minute ago",
        timedelta(minutes=45): "45 minutes ago", timedelta(hours=1): "1 hour ago",
        timedelta(hours=5): "5 hours ago", timedelta(hours=30): "yesterday",
        timedelta(days=2): "2 days ago", timedelta(days=40): "1 month ago",
        timedelta(days=200): "6 months ago", timedelta(days=400): "1 year ago",
        timedelta(days=1200): "3 years ago", timedelta(minutes=-3): "just now",
    }
    assert {delta: relative.describe(NOW - delta, NOW) for delta in cases} == cases


def test_tag_chips_show_names_in_readable_colours(qtbot: QtBot) -> None:
    chips = TagChips()
    qtbot.addWidget(chips)
    chips.set_tags([TagData(1, "VIP", "#ffe066"), TagData(2, "新人", "#1f2a44")])
    assert chips.names() == ["VIP", "新人"]
    assert readable_text("#ffe066") == "#1f2328"  # dark text on yellow
    assert readable_text("#1f2a44") == "#ffffff"  # white text on navy
    removed: list[object] = []
    chips.removeRequested.connect(removed.append)
    chips.show()
    button = chips.chips()[1].remove_button
    assert button is not None and button.toolTip() == "Remove the tag “新人”"
    click(qtbot, button)
    assert removed == [2]
    chips.set_tags([TagData(1, "VIP", "#ffe066")])
    assert chips.names() == ["VIP"]


def test_adding_a_tag_can_be_abandoned_with_escape(qtbot: QtBot) -> None:
    chips = TagChips()
    qtbot.addWidget(chips)
    chips.show()
    asked: list[str] = []
    chips.addRequested.connect(asked.append)
    click(qtbot, chips.add_button)
    qtbot.keyClicks(chips.add_box, "maybe")
    qtbot.keyClick(chips.add_box, Qt.Key.Key_Escape)
    assert asked == [] and not chips.add_box.isVisible() and chips.add_button.isVisible()


def test_the_time_zone_picker_finds_a_zone_by_any_part(qtbot: QtBot) -> None:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    zones = time_zone_names()
    assert "Asia/Shanghai" in zones and "Europe/London" in zones and "localtime" not in zones
    combo.set_zones(zones)
    combo.show()
    completer = combo.completer()
    completer.setCompletionPrefix("shang")
    found = [completer.completionModel().index(r, 0).data()
             for r in range(completer.completionModel().rowCount())]
    assert found == ["Asia/Shanghai"]
    line = combo.lineEdit()
    assert line is not None
    type_text(qtbot, line, "Asia/Tokyo")
    assert combo.value() == "Asia/Tokyo"
    assert utc_offset("Asia/Tokyo", NOW) == "UTC+09:00"
    assert utc_offset("America/St_Johns", NOW) == "UTC-03:30"
    assert utc_offset("Mars/Olympus") == ""


def test_a_date_field_may_be_empty_and_reads_the_usual_ways_of_writing_a_day(
        qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert field.value() is None and field.text() == ""
    for typed in ("2024/3/5", "2024.03.05", "2024-03-05"):
        field.set_value("")
        qtbot.keyClicks(field.edit, typed)
        assert field.value() == date(2024, 3, 5)
        assert field.text() == "2024-03-05"
    field.set_value("")
    qtbot.keyClicks(field.edit, "2024-02-30")
    with pytest.raises(ValueError):
        field.value()
    assert field.text() == "2024-02-30"


def test_templates_are_managed_and_offered_in_the_editor(
        open_profile: OpenProfile, ctx: AppContext, runner: TaskRunner,
        dialogs: RecordingDialogs, qtbot: QtBot, qtmodeltester: object) -> None:
    from app.domain.profiles import MemberDraft

    view = open_profile(ctx.profiles.create(MemberDraft(display_name="Ada")))
    shipped = len(ctx.notes.templates())
    manager = TemplateManager(ctx.notes, runner, dialogs, view)
    qtbot.addWidget(manager)
    manager.changed.connect(view.reload)
    manager.show()
    qtbot.waitUntil(lambda: manager.model.rowCount() == shipped, timeout=5000)
    qtmodeltester.check(manager.model)  # type: ignore[attr-defined]

    click(qtbot, manager.new_button)
    type_text(qtbot, manager.name, "Event sign-up · 报名")
    manager.body.setFocus()
    type_text(qtbot, manager.body, "- Event 活动: ")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        click(qtbot, manager.save_button)
    qtbot.waitUntil(lambda: manager.model.rowCount() == shipped + 1, timeout=5000)
    names = [a.text() for a in view.notes.editor.template_menu.actions()]
    assert "Event sign-up · 报名" in names
    assert ctx.notes.templates()[-1].body == "- Event 活动: "

    click(qtbot, manager.new_button)
    click(qtbot, manager.save_button)  # no name: the service says what is missing
    qtbot.waitUntil(manager.error.isVisible, timeout=5000)
    assert manager.error.text() == "Template name: enter a name."

    manager.table.selectRow(shipped)
    assert manager.name.text() == "Event sign-up · 报名"
    click(qtbot, manager.delete_button)
    qtbot.waitUntil(manager.undo_button.isVisible, timeout=5000)
    assert manager.undo_label.text() == "Deleted “Event sign-up · 报名”"
    assert len(ctx.notes.templates()) == shipped
    click(qtbot, manager.undo_button)
    qtbot.waitUntil(lambda: len(ctx.notes.templates()) == shipped + 1, timeout=5000)


def test_an_older_save_arriving_late_never_overwrites_a_newer_one() -> None:
    order = SaveOrder()
    first, second = order.next(), order.next()
    applied: list[str] = []
    assert order.apply(second, lambda: applied.append("newer") or True) is True
    assert order.apply(first, lambda: applied.append("older") or True) is False
    assert applied == ["newer"]
    third = order.next()
    assert order.apply(third, lambda: applied.append("newest") or True) is True
    assert applied == ["newer", "newest"]


def test_history_entries_read_as_sentences(qapp: object) -> None:
    texts = MemberTexts()

    def said(kind: str, **detail: object) -> str:
        return texts.history(HistoryEntry(1, 1, kind, NOW, detail))

    assert said("created") == "Added"
    assert said("created", source="demo") == "Added (demo community)"
    assert said("status", **{"from": "active", "to": "banned"}) == (
        "Status changed from Active to Banned")
    assert said("role", **{"from": "member", "to": "VIP"}) == "Role changed from member to VIP"
    assert said("updated", fields=["location", "time_zone", "积分 Points"]) == (
        "Edited: Location, Time zone, 积分 Points")
    assert said("merged", from_id=7, from_name="小王") == "Merged with “小王” (#7)"
    assert said("imported", source="csv", file="群成员.csv") == "Imported from 群成员.csv"
    assert said("imported", source="csv", file="a.csv", fields=["handles", "tags"]) == (
        "Updated from a.csv: Handles, Tags")
    assert said("something_newer") == "something_newer"
