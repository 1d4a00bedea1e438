"""At 100,000 members the member list never freezes the window: open, scroll, sort, search.

Each test drives the real Members page with real input (keys, header clicks, typed text) through
the scripted actions the benchmark also uses, and fails if the GUI thread stopped answering for
more than 250 ms. The 1,000,000-member variants run behind the slow marker.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.members import MemberQuery
from app.ui.bench import actions as act
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.page import MembersPage
from app.ui.tasks import TaskRunner
from tests.helpers.responsiveness import assert_responsive


@pytest.fixture
def page(qtbot: QtBot, scaled_ctx: AppContext, runner: TaskRunner) -> MembersPage:
    page = MembersPage(MembersUiDeps.from_context(scaled_ctx), runner)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _opened(qtbot: QtBot, page: MembersPage, runner: TaskRunner) -> None:
    assert_responsive(qtbot, act.open_list(page, runner, page.refresh))


def test_opening_the_list_shows_every_member(qtbot: QtBot, page: MembersPage,
                                             runner: TaskRunner, scaled_ctx: AppContext) -> None:
    _opened(qtbot, page, runner)
    total = scaled_ctx.members.overview().members
    assert page.model.rowCount() == total
    assert page.model.member_id(0) is not None
    assert page.header.subtitle.text().replace(",", "").startswith(str(total))


def test_scrolling_to_the_end_and_paging_down(qtbot: QtBot, page: MembersPage,
                                              runner: TaskRunner) -> None:
    _opened(qtbot, page, runner)
    assert_responsive(qtbot, act.scroll_to_end(page, runner))
    last = page.model.rowCount() - 1
    assert page.table.rowAt(page.table.viewport().height() - 1) in (last, -1)
    assert page.model.member_id(last) is not None
    assert_responsive(qtbot, act.scroll_to_start(page, runner))
    assert_responsive(qtbot, act.page_down(page, runner, times=40))
    assert page.table.rowAt(0) > 500  # forty pages of about 20 rows went by
    assert_responsive(qtbot, act.drag_scrollbar(page, runner))


def test_sorting_by_each_column_both_ways(qtbot: QtBot, page: MembersPage, runner: TaskRunner,
                                          scaled_ctx: AppContext) -> None:
    _opened(qtbot, page, runner)
    columns = [(c, key) for c in range(page.model.columnCount())
               if (key := page.model.sort_key(c)) is not None]
    assert len(columns) >= 4
    for column, key in columns:
        # a column hidden by default is first shown, as the header's column chooser does
        page.set_column_visible(column, True)
        page.table.scrollTo(page.model.index(0, column))
        for _turn in range(2):
            assert_responsive(qtbot, act.sort_by(page, runner, column, key.value))
            order = page.table.horizontalHeader().sortIndicatorOrder()
            descending = order == Qt.SortOrder.DescendingOrder
            first = scaled_ctx.members.page(MemberQuery(sort=key, descending=descending, limit=1))
            assert page.model.member_id(0) == first.rows[0].id  # the list shows the new order
    assert_responsive(qtbot, act.scroll_to_end(page, runner))


@pytest.mark.parametrize("text", ["an", "王", "panda_1", "线上分享"])
def test_typing_a_search(qtbot: QtBot, page: MembersPage, runner: TaskRunner,
                         text: str) -> None:
    _opened(qtbot, page, runner)
    everyone = page.model.rowCount()
    assert_responsive(qtbot, act.type_search(page, runner, text))
    assert page.search.text() == text
    # ranked search results replace the list while there is text
    assert page.stack.currentWidget() is page.results
    assert 0 < page.results_model.rowCount() < everyone
    assert_responsive(qtbot, act.clear_search(page, runner))
    assert page.stack.currentWidget() is page.table
    assert page.model.rowCount() == everyone
