"""The member list model: a window on SQL pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.members import MemberPage, MemberRow, MemberSort, MemberStatus
from app.ui.models.member_table import PAGE_SIZE, STATUS, TAGS, MemberTableModel
from app.ui.models.roles import CHIPS_ROLE, PILL_ROLE
from app.ui.theme import STATUS_COLORS


def _page(offset: int, count: int, total: int) -> MemberPage:
    rows = tuple(
        MemberRow(id=offset + i + 1, display_name=f"成员 {offset + i}", status=MemberStatus.ACTIVE,
                  role="member", joined_on=date(2026, 3, 5), handles="@h", tags="VIP",
                  updated_at=datetime(2026, 3, 5, tzinfo=UTC))
        for i in range(count))
    return MemberPage(total=total, offset=offset, rows=rows)


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = MemberTableModel()
    model.reset(_page(0, PAGE_SIZE, 450))
    generation = model.generation
    model.set_page(generation, _page(PAGE_SIZE, PAGE_SIZE, 450))
    qtmodeltester.check(model)


def test_rows_beyond_the_loaded_pages_ask_for_their_page(qtbot: QtBot) -> None:
    model = MemberTableModel()
    model.reset(_page(0, PAGE_SIZE, 1000))
    assert model.rowCount() == 1000
    assert model.data(model.index(0, 0)) == "成员 0"
    with qtbot.waitSignal(model.pageNeeded, timeout=2000) as blocker:
        assert model.data(model.index(450, 0)) == "…"
    assert blocker.args == [model.generation, 2]
    model.set_page(model.generation, _page(2 * PAGE_SIZE, PAGE_SIZE, 1000))
    assert model.data(model.index(450, 0)) == "成员 450"
    assert model.member_id(450) == 451


def test_pages_from_an_older_query_are_dropped() -> None:
    model = MemberTableModel()
    model.reset(_page(0, PAGE_SIZE, 1000))
    stale = model.generation
    model.reset(_page(0, 10, 10))
    model.set_page(stale, _page(PAGE_SIZE, PAGE_SIZE, 1000))
    assert model.rowCount() == 10
    assert model.member_id(PAGE_SIZE) is None


def test_sorting_is_handed_to_sql(qtbot: QtBot) -> None:
    model = MemberTableModel()
    model.reset(_page(0, 5, 5))
    with qtbot.waitSignal(model.sortRequested) as blocker:
        model.sort(5, Qt.SortOrder.DescendingOrder)
    assert blocker.args == [MemberSort.JOINED, True]
    # every column sorts in SQL, so every sort key has a column
    assert {model.sort_key(c) for c in range(model.columnCount())} == set(MemberSort)


def test_tags_come_with_their_colours_for_the_chips() -> None:
    model = MemberTableModel()
    model.reset(_page(0, 1, 1))
    tags = model.index(0, TAGS)
    assert tags.data(CHIPS_ROLE) == (("VIP", ""),)
    model.set_tag_colors({"VIP": "#d4a017"})
    assert tags.data(CHIPS_ROLE) == (("VIP", "#d4a017"),)
    assert model.index(0, STATUS).data(PILL_ROLE) == STATUS_COLORS["active"]


def test_a_refresh_with_the_same_count_keeps_the_rows_in_place(qtbot: QtBot) -> None:
    model = MemberTableModel()
    model.reset(_page(0, PAGE_SIZE, 450))
    with qtbot.assertNotEmitted(model.modelReset):
        model.refresh(_page(0, PAGE_SIZE, 450))
    assert model.member_id(PAGE_SIZE + 1) is None  # later pages are fetched again
    with qtbot.waitSignal(model.modelReset):
        model.refresh(_page(0, 10, 10))  # the count changed: a reset
    assert model.rowCount() == 10


def test_status_is_shown_as_a_word_not_only_a_colour() -> None:
    model = MemberTableModel()
    model.reset(_page(0, 1, 1))
    assert model.data(model.index(0, 3)) == "Active"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
