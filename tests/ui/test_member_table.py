"""The member list model: a window on SQL pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.members import MemberPage, MemberRow, MemberSort, MemberStatus
from app.ui.models.member_table import PAGE_SIZE, MemberTableModel


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
    with qtbot.assertNotEmitted(model.sortRequested):
        model.sort(1)  # handles are not sortable


def test_status_is_shown_as_a_word_not_only_a_colour() -> None:
    model = MemberTableModel()
    model.reset(_page(0, 1, 1))
    assert model.data(model.index(0, 3)) == "Active"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
