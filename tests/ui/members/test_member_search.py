"""Search from the Members page: ranked results with the matching text, in any script, and the
quick-open palette (Ctrl+K) from anywhere in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, Platform
from app.domain.search import MatchField, SearchPage
from app.ui.main_window import MainWindow
from app.ui.models.roles import LABEL_ROLE, SPANS_ROLE
from app.ui.models.search_results import MATCHED, NAME, SearchResultsModel
from app.ui.pages.members.page import MembersPage
from app.ui.tasks import TaskRunner
from tests.helpers.typing import type_text
from tests.ui.members.conftest import AddMember, MakePage, settle


def _search(qtbot: QtBot, page: MembersPage, text: str) -> None:
    page.search.setFocus()
    page.search.clear()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        type_text(qtbot, page.search, text)


def _shown(page: MembersPage) -> list[tuple[str, str, str]]:
    """(name, where, matched) of each result row, as the table shows them."""
    model = page.results_model
    return [(model.index(r, NAME).data(), model.index(r, MATCHED).data(LABEL_ROLE),
             model.index(r, MATCHED).data()) for r in range(model.rowCount())]


def _highlighted(page: MembersPage, row: int) -> list[str]:
    index = page.results_model.index(row, MATCHED)
    text = index.data()
    return [text[start:start + length] for start, length in index.data(SPANS_ROLE)]


def test_results_are_ranked_names_and_handles_before_notes(
        ctx: AppContext, add_member: AddMember, make_page: MakePage, qtbot: QtBot,
        qtmodeltester: object) -> None:
    bob = add_member("Bob")
    ctx.notes.add(bob, "Met Alice at the Shanghai meetup; she runs the design group.")
    add_member("Carol", (Platform.TELEGRAM, "alice_c"))
    add_member("Alice Wong")
    page = make_page()
    _search(qtbot, page, "alice")
    assert page.stack.currentWidget() is page.results
    qtmodeltester.check(page.results_model)  # type: ignore[attr-defined]
    assert _shown(page) == [
        ("Alice Wong", "Name", "Alice Wong"),
        ("Carol", "Handle · telegram", "alice_c"),
        ("Bob", "Note", "Met Alice at the Shanghai meetup; she runs the design group."),
    ]
    assert [_highlighted(page, r) for r in range(3)] == [["Alice"], ["alice"], ["Alice"]]
    assert page.header.subtitle.text() == "3 results, best first"


def test_one_and_two_chinese_characters_find_names_and_notes(
        ctx: AppContext, add_member: AddMember, make_page: MakePage, qtbot: QtBot) -> None:
    wang = add_member("王小明")
    li = add_member("李四")
    ctx.notes.add(li, "今天和小明聊了社群活动")
    add_member("张三")
    page = make_page()
    _search(qtbot, page, "王")
    assert [name for name, _where, _text in _shown(page)] == ["王小明"]
    assert _highlighted(page, 0) == ["王"]
    _search(qtbot, page, "小明")
    assert [(name, where) for name, where, _text in _shown(page)] == [("王小明", "Name"),
                                                                      ("李四", "Note")]
    assert _highlighted(page, 1) == ["小明"]
    assert page.results_model.member_id(0) == wang


def test_no_result_says_so_and_esc_clears_the_search(demo_ctx: AppContext, page: MembersPage,
                                                      qtbot: QtBot) -> None:
    _search(qtbot, page, "zzqx")
    assert page.stack.currentWidget() is page.no_match
    assert "“zzqx”" in page.no_match.body.text()
    assert not page.tag_bar.isVisible()  # search covers everyone; the chips step aside
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.stack.currentWidget() is page.table and page.tag_bar.isVisible()
    assert page.header.subtitle.text() == "300 members"


def test_keyboard_from_the_search_box_to_a_result_and_into_it(
        demo_ctx: AppContext, page: MembersPage, qtbot: QtBot, runner: TaskRunner) -> None:
    _search(qtbot, page, "an")
    first = page.results_model.member_id(0)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.results
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.is_detail_open()
    assert page.open_member_id == first
    settle(qtbot, runner)


def test_more_results_load_as_the_list_scrolls(demo_ctx: AppContext, page: MembersPage,
                                               qtbot: QtBot) -> None:
    _search(qtbot, page, "a")
    assert page.results_model.rowCount() == 100 and page.results_model.has_more
    assert page.header.subtitle.text() == "Best 100 matches, best first"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.results.scrollToBottom()
    assert page.results_model.rowCount() > 100
    ids = [page.results_model.member_id(r) for r in range(page.results_model.rowCount())]
    assert len(ids) == len(set(ids))  # each member once, at its best match


def test_answers_for_an_older_query_are_dropped(qtbot: QtBot) -> None:
    model = SearchResultsModel()
    old = model.start("al")
    model.start("alice")
    assert not model.add_page(old, SearchPage("al", 0, (), False))
    assert model.query == "alice" and model.rowCount() == 0


def test_deleting_from_the_results_goes_to_the_trash(demo_ctx: AppContext, page: MembersPage,
                                                     qtbot: QtBot, runner: TaskRunner) -> None:
    _search(qtbot, page, "an")
    name = page.results_model.hit(0).display_name  # type: ignore[union-attr]
    page.results.setFocus()
    page.results.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.results, Qt.Key.Key_Delete)
    settle(qtbot, runner)
    assert [e.label for e in demo_ctx.trash.list()] == [name]
    assert demo_ctx.members.overview().members == 299


def test_ctrl_k_opens_quick_open_and_enter_shows_the_member(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    window.show_page(0)  # from anywhere in the window
    target = demo_ctx.members.page(MemberQuery(offset=250, limit=1)).rows[0]
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.quick_open
    assert palette.isVisible()
    assert QApplication.focusWidget() is palette.edit
    with qtbot.waitSignal(palette.model.rowsInserted, timeout=5000):
        type_text(qtbot, palette.edit, target.display_name)
    assert palette.model.hit(0).field is MatchField.NAME  # type: ignore[union-attr]
    row = next(r for r in range(palette.model.rowCount())
               if palette.model.member_id(r) == target.id)
    for _ in range(row):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    page = window.members_page
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.current_page() is page
    # the member is selected in the list, deep as it sits (row 250 of 300), and open
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 250, timeout=5000)
    settle(qtbot, runner)
    assert page.model.member_id(250) == target.id
    assert page.table.selectionModel().isRowSelected(250)
    assert page.open_member_id == target.id


def test_quick_open_esc_closes_and_enter_before_results_opens_the_best(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    palette = window.quick_open
    window.quick_open_action.trigger()
    qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    window.quick_open_action.trigger()
    name = demo_ctx.members.page(MemberQuery(limit=1)).rows[0].display_name
    type_text(qtbot, palette.edit, name)
    page = window.members_page
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)  # typed fast: the best match opens
    qtbot.waitUntil(page.is_detail_open, timeout=5000)
    assert window.current_page() is page
    settle(qtbot, runner)
