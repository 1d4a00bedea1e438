"""The member list as a user drives it: tag chips, sorting, columns, the detail pane, keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, MemberSort
from app.domain.profiles import MemberDraft
from app.ui.models import member_table as col
from app.ui.pages.members.detail_placeholder import DetailPlaceholder
from app.ui.pages.members.page import MembersPage
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.ui.members.conftest import MakePage, settle


def _names(page: MembersPage, rows: int) -> list[str]:
    return [page.model.index(r, col.NAME).data() for r in range(rows)]


def test_the_list_shows_everyone_with_tag_chips_and_status_pills(
        demo_ctx: AppContext, page: MembersPage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 300
    assert page.header.subtitle.text() == "300 members"
    assert page.stack.currentWidget() is page.table
    tagged = next(r for r in range(50) if page.model.index(r, col.TAGS).data())
    chips = page.model.index(tagged, col.TAGS).data(col.CHIPS_ROLE)
    colors = {t.name: t.color for t in demo_ctx.tags.list()}
    assert chips and all(color == colors[name] for name, color in chips)  # the tag's colour
    status = page.model.index(0, col.STATUS)
    assert status.data() in {"Active", "Muted", "Left", "Removed", "Banned"}  # the word, too
    # Location, Added and Last changed are offered but hidden until chosen
    header = page.table.horizontalHeader()
    assert [header.isSectionHidden(c) for c in (col.LOCATION, col.CREATED, col.UPDATED)] == \
        [True, True, True]


def test_clicking_tag_chips_filters_by_all_of_them(demo_ctx: AppContext, page: MembersPage,
                                                   qtbot: QtBot, runner: TaskRunner) -> None:
    tags = {t.id: t for t in demo_ctx.tags.list()}
    vip, volunteer = (tags[i] for i in list(page.tag_bar.chips)[:2])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, page.tag_bar.chips[vip.id])
    assert page.tag_bar.chips[vip.id].isChecked()
    assert page.model.rowCount() == vip.member_count
    assert page.header.subtitle.text() == f"{vip.member_count} matching"
    assert all(vip.name in page.model.index(r, col.TAGS).data().split(", ")
               for r in range(page.model.rowCount()))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, page.tag_bar.chips[volunteer.id])
    both = demo_ctx.members.count(MemberQuery(tag_ids=(vip.id, volunteer.id)))
    assert page.model.rowCount() == both < vip.member_count
    # the keyboard works too: Space on a focused chip takes it off again
    page.tag_bar.chips[volunteer.id].setFocus()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.tag_bar.chips[volunteer.id], Qt.Key.Key_Space)
    assert page.model.rowCount() == vip.member_count
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, page.tag_bar.clear_button)
    assert page.model.rowCount() == 300

    # the quieter tags wait in "More tags"; a chosen one comes out as a chip
    rare = min(tags.values(), key=lambda t: t.member_count)
    assert rare.id not in page.tag_bar.chips
    entry = next(a for a in page.tag_bar.more_menu.actions() if a.text().startswith(rare.name))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        entry.trigger()
    assert page.tag_bar.chips[rare.id].isChecked()
    assert page.model.rowCount() == rare.member_count
    settle(qtbot, runner)


def test_a_filter_nobody_matches_says_so_and_offers_a_way_back(
        ctx: AppContext, make_page: MakePage, qtbot: QtBot) -> None:
    ctx.tags.create("Unused")
    ctx.profiles.create(MemberDraft(display_name="Ann"))
    page = make_page()
    (chip,) = page.tag_bar.chips.values()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, chip)
    assert page.stack.currentWidget() is page.no_match
    assert page.no_match.title.text() == "No members match these filters"
    assert page.no_match.button is not None
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, page.no_match.button)
    assert page.stack.currentWidget() is page.table and page.model.rowCount() == 1


def test_an_empty_community_offers_three_ways_to_start(page: MembersPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button is not None and page.empty.button.text() == "Add a member"
    assert page.empty_import.text() == "Import a CSV or vCard"
    assert page.empty_demo.text() == "Create a demo community"


def test_header_clicks_sort_in_sql_by_any_column(demo_ctx: AppContext, page: MembersPage,
                                                 qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(col.TAGS) + header.sectionSize(col.TAGS) // 2
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
    expected = demo_ctx.members.ids(MemberQuery(sort=MemberSort.TAGS))[:20]
    assert [page.model.member_id(r) for r in range(20)] == list(expected)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        header.setSortIndicator(col.NAME, Qt.SortOrder.DescendingOrder)
    names = _names(page, 10)
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_columns_are_chosen_from_the_header_and_remembered(
        demo_ctx: AppContext, make_page: MakePage, settings: QSettings, qtbot: QtBot) -> None:
    page = make_page()
    header = page.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 10))
    menu = page.columns_menu
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert set(actions) == {"Name", "Handles", "Tags", "Status", "Role", "Joined", "Location",
                            "Added", "Last changed"}
    assert not actions["Name"].isEnabled()  # the name always stays
    actions["Location"].trigger()
    actions["Handles"].trigger()
    header.moveSection(header.visualIndex(col.ROLE), 1)  # drag Role next to Name
    assert not header.isSectionHidden(col.LOCATION) and header.isSectionHidden(col.HANDLES)
    menu.close()

    again = make_page()
    header = again.table.horizontalHeader()
    assert not header.isSectionHidden(col.LOCATION)
    assert header.isSectionHidden(col.HANDLES)
    assert header.visualIndex(col.ROLE) == 1
    location = next(r for r in range(50) if again.model.index(r, col.LOCATION).data())
    assert again.model.index(location, col.LOCATION).data()
    again.reset_columns()
    assert header.isSectionHidden(col.LOCATION) and not header.isSectionHidden(col.HANDLES)
    assert header.visualIndex(col.ROLE) == col.ROLE


def test_enter_opens_the_member_and_esc_goes_back(demo_ctx: AppContext, page: MembersPage,
                                                  qtbot: QtBot, runner: TaskRunner) -> None:
    assert not page.is_detail_open()
    page.table.setFocus()
    page.table.selectRow(2)
    member_id = page.model.member_id(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.is_detail_open()
    detail = page.detail
    assert isinstance(detail, DetailPlaceholder) and detail.member_id == member_id
    assert page.open_member_id == member_id
    settle(qtbot, runner)
    assert detail.title.text() == page.model.index(2, col.NAME).data()
    assert QApplication.focusWidget() is detail
    assert page.splitter.sizes()[1] > 300
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert not page.is_detail_open() and page.open_member_id is None
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == 2  # back where the user was

    # a double-click opens too; Esc in the list closes the pane as well
    rect = page.table.visualRect(page.model.index(4, col.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.is_detail_open() and detail.member_id == page.model.member_id(4)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert not page.is_detail_open()
    settle(qtbot, runner)


def test_the_splitter_position_is_remembered(demo_ctx: AppContext, make_page: MakePage,
                                             qtbot: QtBot, runner: TaskRunner) -> None:
    page = make_page()
    page.open_member(page.model.member_id(0) or 1)
    total = sum(page.splitter.sizes())
    page.splitter.moveSplitter(total - 500, 1)
    page.splitter.splitterMoved.emit(total - 500, 1)
    wide = page.splitter.sizes()[1]
    assert wide >= 480
    page.close_detail()
    settle(qtbot, runner)

    again = make_page()
    again.open_member(again.model.member_id(0) or 1)
    assert abs(again.splitter.sizes()[1] - wide) <= 2
    settle(qtbot, runner)


def test_tab_goes_from_the_search_through_the_chips_to_the_list(
        demo_ctx: AppContext, page: MembersPage, qtbot: QtBot) -> None:
    page.search.setFocus()
    seen = []
    for _ in range(len(page.tag_bar.chips) + 4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is page.table:
            break
    chips = list(page.tag_bar.chips.values())
    assert seen[:len(chips)] == chips
    assert seen[-1] is page.table
