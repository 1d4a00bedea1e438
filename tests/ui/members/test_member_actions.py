"""New member, find duplicates and merge, the CSV template, and the import/export hooks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, Platform
from app.ui.main_window import MainWindow
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.duplicates import DuplicatesDialog
from app.ui.pages.members.new_member import NewMemberDialog
from app.ui.pages.members.page import MembersPage
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text
from tests.ui.members.conftest import AddMember, MakePage, settle


def _dialog(page: MembersPage, kind: type) -> QWidget:
    return next(d for d in page.open_dialogs() if isinstance(d, kind))


def test_ctrl_n_adds_a_member_then_selects_and_opens_it(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    window.show_page(0)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.members_page
    assert window.current_page() is page
    dialog = _dialog(page, NewMemberDialog)
    assert isinstance(dialog, NewMemberDialog)
    assert not dialog.create_button.isEnabled()  # nothing typed yet
    type_text(qtbot, dialog.name, "新来的 Zoë")
    dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.TELEGRAM.value))
    type_text(qtbot, dialog.handle, "@zoe_new")
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        qtbot.keyClick(dialog.handle, Qt.Key.Key_Return)
    assert said.args == ["Added “新来的 Zoë”"]
    member_id = demo_ctx.profiles.find_by_handle(Platform.TELEGRAM, "@zoe_new")
    assert member_id is not None
    qtbot.waitUntil(lambda: page.model.member_id(page.table.currentIndex().row()) == member_id,
                    timeout=5000)
    assert page.is_detail_open() and page.open_member_id == member_id
    assert page.open_dialogs() == []
    settle(qtbot, runner)
    assert demo_ctx.members.overview().members == 301


def test_a_name_the_profile_refuses_is_explained_in_the_dialog(
        page: MembersPage, qtbot: QtBot, runner: TaskRunner, ctx: AppContext) -> None:
    click(qtbot, page.new_button)
    dialog = _dialog(page, NewMemberDialog)
    assert isinstance(dialog, NewMemberDialog)
    dialog.name.setText("x" * 600)
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert dialog.error.text().startswith("Display name: 600 characters is too long")
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    assert ctx.members.overview().members == 0
    dialog.reject()
    settle(qtbot, runner)


def test_duplicates_are_listed_with_the_reason_and_merged_into_the_chosen_member(
        ctx: AppContext, add_member: AddMember, make_page: MakePage, dialogs: RecordingDialogs,
        qtbot: QtBot, runner: TaskRunner) -> None:
    first = add_member("Alex Chen", (Platform.TELEGRAM, "@alexc"))
    second = add_member("alex chen", (Platform.TELEGRAM, "@AlexC"), (Platform.WECHAT, "wx_alex"))
    ctx.notes.add(second, "Asked about the meetup")
    ctx.tags.tag_members(ctx.tags.create("VIP"), [second])
    add_member("Somebody Else")
    page = make_page()
    page.duplicates_action.trigger()
    dialog = _dialog(page, DuplicatesDialog)
    assert isinstance(dialog, DuplicatesDialog)
    settle(qtbot, runner)
    assert dialog.summary.text() == "1 group of members may be the same person."
    assert dialog.groups.item(0).text().startswith("Same handle · telegram: @alexc")
    assert dialog.reason.text() == "Same handle · telegram: @alexc"
    buttons = dialog.survivor.buttons()
    assert [b.text().split(" · ")[0] for b in buttons] == ["Alex Chen", "alex chen"]
    buttons[1].setChecked(True)  # keep the newer record this time
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        click(qtbot, dialog.merge_button)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "Merge members")
    assert text.startswith("Merge “Alex Chen” into “alex chen”? Their 1 handles, 0 tags and "
                           "0 notes")
    assert "cannot be undone" in text
    assert said.args[0].startswith("Merged “Alex Chen” into “alex chen”")
    assert ctx.members.overview().members == 2
    profile = ctx.profiles.get(second)
    assert profile.note_count == 1 and profile.history[0].kind == "merged"
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("No likely duplicates"),
                    timeout=5000)
    settle(qtbot, runner)
    assert page.model.rowCount() == 2  # the list followed
    assert first not in ctx.members.ids(MemberQuery())


def test_declining_a_merge_changes_nothing(ctx: AppContext, add_member: AddMember,
                                           make_page: MakePage, dialogs: RecordingDialogs,
                                           qtbot: QtBot, runner: TaskRunner) -> None:
    add_member("Wang Fang", (Platform.WECHAT, "wf1"))
    add_member("Wang Fang")
    page = make_page()
    page.find_duplicates()
    dialog = _dialog(page, DuplicatesDialog)
    settle(qtbot, runner)
    assert isinstance(dialog, DuplicatesDialog)
    assert dialog.reason.text() == "Same name"
    dialogs.answer = False
    click(qtbot, dialog.merge_button)
    settle(qtbot, runner)
    assert dialogs.shown[-1][1] == "Merge members"
    assert ctx.members.overview().members == 2


def test_the_csv_template_is_saved_where_the_user_chooses(
        page: MembersPage, dialogs: RecordingDialogs, tmp_path: Path, qtbot: QtBot) -> None:
    dialogs.save_path = str(tmp_path / "members.csv")
    with qtbot.waitSignal(page.message, timeout=5000) as said:
        page.template_action.trigger()
    data = (tmp_path / "members.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "姓名".encode() in data
    assert said.args[0].startswith(f"Saved the template to {tmp_path / 'members.csv'}")


def test_import_and_export_say_when_they_are_not_there_yet(
        page: MembersPage, dialogs: RecordingDialogs) -> None:
    page.import_action.trigger()
    page.export_action.trigger()
    assert [(kind, title) for kind, title, _text in dialogs.shown] == [
        ("info", "Importing members"), ("info", "Exporting notes")]


class _FakeWizard(QWidget):
    imported = Signal(object)
    finished = Signal(int)
    made: list[tuple[object, ...]] = []  # noqa: RUF012  (test double: what the page passed)

    def __init__(self, *args: object) -> None:
        parent = args[-1]
        super().__init__(parent if isinstance(parent, QWidget) else None)
        _FakeWizard.made.append(args)

    def open(self) -> None:
        self.opened = True


def test_the_import_and_export_factories_get_what_the_user_chose(
        demo_ctx: AppContext, make_page: MakePage, qtbot: QtBot, runner: TaskRunner) -> None:
    _FakeWizard.made.clear()
    page = make_page(import_factory=_FakeWizard, export_factory=_FakeWizard)
    page.import_action.trigger()
    deps, task_runner, _dialogs, parent = _FakeWizard.made[-1]
    assert isinstance(deps, MembersUiDeps) and task_runner is runner and parent is page
    wizard = page.open_dialogs()[-1]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        wizard.imported.emit(object())  # type: ignore[attr-defined]  # the list reloads

    page.table.selectRow(3)
    page.export_action.trigger()
    settle(qtbot, runner)
    _deps, _runner, _dialogs, member_ids, segment_name, _parent = _FakeWizard.made[-1]
    assert (member_ids, segment_name) == ([page.model.member_id(3)], None)

    vip = demo_ctx.segments.by_name("VIP")
    assert vip is not None
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_segment(vip.id)
    page.table.clearSelection()
    page.export_action.trigger()
    settle(qtbot, runner)
    assert _FakeWizard.made[-1][3:5] == ([], "VIP")  # the segment, by name
