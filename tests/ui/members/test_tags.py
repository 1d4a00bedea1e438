"""Tags from the Members page: bulk tag and untag (a selection, rows never loaded, a segment)
with Undo, and the Manage tags dialog."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.members import MemberQuery
from app.ui.models import member_table as col
from app.ui.pages.members.page import MembersPage
from app.ui.pages.members.tag_manager import TagManager
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.ui.members.conftest import AddMember, MakePage, menu_action, settle


def _select(page: MembersPage, first: int, last: int) -> None:
    model = page.model
    page.table.setFocus()
    page.table.selectionModel().select(
        QItemSelection(model.index(first, 0), model.index(last, col.UPDATED)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _tagged(ctx: AppContext, tag_id: int) -> set[int]:
    return set(ctx.members.ids(MemberQuery(tag_ids=(tag_id,))))


def test_the_context_menu_tags_the_selection_and_undo_takes_it_back(
        demo_ctx: AppContext, page: MembersPage, qtbot: QtBot, runner: TaskRunner) -> None:
    quiet = demo_ctx.tags.create("Quiet", "#888888")
    page.refresh()
    settle(qtbot, runner)
    _select(page, 0, 2)
    chosen = {page.model.member_id(r) for r in range(3)}
    page.table.customContextMenuRequested.emit(QPoint(20, 20))
    menu = page.data_actions.menu
    assert [a.text() for a in menu.actions() if a.text()][:3] == ["Open", "Add tag",
                                                                  "Remove tag"]
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        menu_action(menu, "Add tag", "Quiet").trigger()
    assert said.args == ["Tagged 3 members with “Quiet”"]
    assert _tagged(demo_ctx, quiet) == chosen
    settle(qtbot, runner)
    assert all("Quiet" in page.model.index(r, col.TAGS).data() for r in range(3))  # reloaded

    assert page.undo_stack.undo_text() == "Tagged 3 members with “Quiet”"
    with qtbot.waitSignal(page.message, timeout=5000):
        page.undo_stack.undo()
    assert _tagged(demo_ctx, quiet) == set()
    settle(qtbot, runner)


def test_untagging_takes_the_tag_only_from_who_had_it(
        demo_ctx: AppContext, page: MembersPage, qtbot: QtBot, runner: TaskRunner) -> None:
    vip = next(t for t in demo_ctx.tags.list() if t.name == "VIP")
    _select(page, 0, 39)
    ids = [page.model.member_id(r) for r in range(40)]
    had = _tagged(demo_ctx, vip.id) & set(ids)
    assert had
    page.bulk_menu.aboutToShow.emit()
    assert "40 selected members" in [a.text() for a in page.bulk_menu.actions()]
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        menu_action(page.bulk_menu, "Remove tag", "VIP").trigger()
    assert said.args == [f"Removed “VIP” from {len(had)} members"]
    assert _tagged(demo_ctx, vip.id) & set(ids) == set()
    with qtbot.waitSignal(page.message, timeout=5000):
        page.undo_stack.undo()
    assert _tagged(demo_ctx, vip.id) & set(ids) == had  # exactly those, not the whole selection
    settle(qtbot, runner)


def test_a_selection_reaching_rows_never_loaded_is_tagged_whole(
        demo_ctx: AppContext, page: MembersPage, qtbot: QtBot, runner: TaskRunner) -> None:
    new = demo_ctx.tags.create("Batch")
    assert page.model.member_id(250) is None  # row 250 is on a page nobody scrolled to
    _select(page, 150, 260)
    target = page.selection_target()
    assert target is not None and target.count == 111 and target.ranges
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        page.bulk.apply(new, "Batch", True, target)
    assert said.args == ["Tagged 111 members with “Batch”"]
    assert _tagged(demo_ctx, new) == set(demo_ctx.members.ids(MemberQuery())[150:261])
    settle(qtbot, runner)


def test_with_a_segment_open_and_nothing_selected_the_segment_is_the_target(
        demo_ctx: AppContext, page: MembersPage, qtbot: QtBot, runner: TaskRunner) -> None:
    vip_segment = demo_ctx.segments.by_name("VIP")
    assert vip_segment is not None
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_segment(vip_segment.id)
    everyone = demo_ctx.segments.member_ids(vip_segment.definition)
    star = demo_ctx.tags.create("Star")
    page.refresh()
    settle(qtbot, runner)
    page.bulk_menu.aboutToShow.emit()
    assert f"Everyone in “VIP” ({len(everyone)})" in [a.text() for a in page.bulk_menu.actions()]
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        menu_action(page.bulk_menu, "Add tag", "Star").trigger()
    assert said.args == [f"Tagged {len(everyone)} members with “Star”"]
    assert _tagged(demo_ctx, star) == set(everyone)
    settle(qtbot, runner)


def test_nothing_chosen_means_no_bulk_action(demo_ctx: AppContext, page: MembersPage) -> None:
    page.bulk_menu.aboutToShow.emit()
    (hint,) = page.bulk_menu.actions()
    assert hint.text() == "Select members first, or open a segment" and not hint.isEnabled()


def test_ctrl_t_offers_the_tags_for_the_selection_and_a_new_tag(
        demo_ctx: AppContext, page: MembersPage, dialogs: RecordingDialogs, qtbot: QtBot,
        runner: TaskRunner) -> None:
    _select(page, 0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    menu = page._tag_menu
    assert menu.isVisible()
    dialogs.texts = ["Mentor"]
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        menu_action(menu, "Add tag", "New tag…").trigger()
    assert said.args == ["Tagged 1 member with “Mentor”"]
    mentor = next(t for t in demo_ctx.tags.list() if t.name == "Mentor")
    assert _tagged(demo_ctx, mentor.id) == {page.model.member_id(0)}
    menu.close()
    settle(qtbot, runner)
    assert mentor.id in page.tag_bar.chips or any(
        a.text().startswith("Mentor") for a in page.tag_bar.more_menu.actions())


def _manager(page: MembersPage, qtbot: QtBot, runner: TaskRunner) -> TagManager:
    page.tags_action.trigger()
    manager = next(d for d in page.open_dialogs() if isinstance(d, TagManager))
    settle(qtbot, runner)
    return manager


def _names(manager: TagManager) -> list[str]:
    return [manager.model.index(r, 0).data() for r in range(manager.model.rowCount())]


def test_manage_tags_create_rename_recolour(
        ctx: AppContext, add_member: AddMember, make_page: MakePage, dialogs: RecordingDialogs,
        qtbot: QtBot, runner: TaskRunner, qtmodeltester: object) -> None:
    page = make_page()
    manager = _manager(page, qtbot, runner)
    assert manager.empty.isVisible() and not manager.rename_button.isEnabled()
    dialogs.texts = ["Speaker"]
    click(qtbot, manager.new_button)
    qtbot.waitUntil(lambda: _names(manager) == ["Speaker"], timeout=5000)
    qtmodeltester.check(manager.model)  # type: ignore[attr-defined]
    assert manager.current() is not None and manager.current().name == "Speaker"

    dialogs.texts = ["讲者 Speaker"]
    qtbot.keyClick(manager.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: _names(manager) == ["讲者 Speaker"], timeout=5000)
    dialogs.colors = ["#9b51e0"]
    click(qtbot, manager.color_button)
    qtbot.waitUntil(lambda: manager.current() is not None
                    and manager.current().color == "#9b51e0", timeout=5000)
    assert dialogs.shown[-1] == ("choose_color", "Colour of “讲者 Speaker”", "#5b8def")
    (tag,) = ctx.tags.list()
    assert (tag.name, tag.color) == ("讲者 Speaker", "#9b51e0")
    settle(qtbot, runner)
    assert page.tag_bar.chips[tag.id].tag.color == "#9b51e0"  # the page follows
    manager.reject()


def test_manage_tags_merge_and_delete_saying_who_loses_it(
        ctx: AppContext, add_member: AddMember, make_page: MakePage, dialogs: RecordingDialogs,
        qtbot: QtBot, runner: TaskRunner) -> None:
    ids = [add_member(name) for name in ("Ann", "Bob", "Cai")]
    beta = ctx.tags.create("beta")
    tester = ctx.tags.create("Beta tester")
    ctx.tags.tag_members(beta, ids[:2])
    ctx.tags.tag_members(tester, ids[1:])
    page = make_page()
    manager = _manager(page, qtbot, runner)
    manager.table.selectRow(manager.model.row_of(beta) or 0)
    dialogs.items = ["Beta tester"]
    click(qtbot, manager.merge_button)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "Merge tags")
    assert "Merge “beta” into “Beta tester”? Its 2 members get “Beta tester”" in text
    qtbot.waitUntil(lambda: _names(manager) == ["Beta tester"], timeout=5000)
    assert _tagged(ctx, tester) == set(ids)

    dialogs.answer = False  # the user reads the warning and keeps the tag
    qtbot.keyClick(manager.table, Qt.Key.Key_Delete)
    assert dialogs.shown[-1][2].startswith("Delete the tag “Beta tester”? 3 members lose it.")
    assert len(ctx.tags.list()) == 1
    dialogs.answer = True
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        click(qtbot, manager.delete_button)
    assert said.args == ["Deleted the tag “Beta tester”"]
    qtbot.waitUntil(manager.empty.isVisible, timeout=5000)
    manager.reject()
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        page.undo_stack.undo()  # the Undo outlives the dialog
    assert said.args == ["Restored the tag “Beta tester”"]
    (restored,) = ctx.tags.list()
    assert _tagged(ctx, restored.id) == set(ids)
    settle(qtbot, runner)
