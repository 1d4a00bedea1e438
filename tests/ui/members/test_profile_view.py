"""The member profile: every field shown, edits saved as you go, errors next to their field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.custom_fields import FieldKind, FieldValue
from app.domain.members import HandleData, Platform
from app.domain.profiles import MemberDraft
from app.ui.formatting import format_datetime
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.profile.details_form import HANDLES, TIME_ZONE
from app.ui.pages.members.profile.handles_editor import HandleRow
from app.ui.pages.members.profile_view import ProfileView
from app.ui.tasks import TaskRunner
from app.ui.undo import UndoStack
from app.ui.widgets.date_field import DateField
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text
from tests.ui.members.conftest import OpenProfile, member_with_ids


def _retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    type_text(qtbot, line, text)


def test_an_empty_profile_says_what_belongs_there(open_profile: OpenProfile, ctx: AppContext,
                                                  qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    view.show_member(None)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Select a member to see their profile"


def test_profile_shows_every_field_of_a_demo_member(demo_ctx: AppContext,
                                                    open_profile: OpenProfile,
                                                    qtmodeltester: object) -> None:
    member_id = member_with_ids(demo_ctx)
    joined = demo_ctx.fields.add_field("First event", FieldKind.DATE)
    before = demo_ctx.profiles.get(member_id)
    demo_ctx.profiles.update(member_id, _with(before.draft(), custom=(
        FieldValue(joined, date(2024, 3, 5)),), needs="a mentor · 导师"))
    profile = demo_ctx.profiles.get(member_id)
    view = open_profile(member_id)
    header, form = view.header, view.form

    assert header.name.text() == profile.display_name
    assert header.status.text() == profile.status.value.capitalize()
    assert header.role.text() == profile.role
    telegram = next(h for h in profile.handles if h.platform is Platform.TELEGRAM)
    assert f"(ID {telegram.platform_id})" in header.handles.text()
    assert header.tags.names() == [t.name for t in profile.tags]
    assert format_datetime(profile.created_at) in header.meta.text()
    assert "ago" in header.meta.text()
    assert f"{profile.note_count} notes" in header.meta.text()

    assert form.name.text() == profile.display_name
    assert form.aliases.toPlainText().splitlines() == list(profile.aliases)
    assert form.handles.filled() == profile.handles
    assert form.status.currentData() == profile.status.value
    assert form.role.currentText() == profile.role
    assert form.joined.text() == (profile.joined_on.isoformat() if profile.joined_on else "")
    assert form.location.text() == profile.location
    assert form.time_zone.value() == profile.time_zone
    assert form.interests.toPlainText() == profile.interests
    assert form.needs.toPlainText() == "a mentor · 导师"
    assert profile.custom_values
    for value in profile.custom_values:
        widget = form.custom_widget(value.field_id)
        if isinstance(widget, DateField):
            assert widget.text() == "2024-03-05" == value.value
        elif isinstance(widget, QComboBox):
            assert widget.currentText() == value.value
        else:
            assert isinstance(widget, QLineEdit) and widget.text() == value.value

    assert view.tabs.tabText(0) == f"Notes ({profile.note_count})"
    assert [n.id for n in view.notes.model.notes()] == [n.id for n in profile.notes]
    assert view.history_model.rowCount() == len(profile.history)
    assert "Edited" in view.history_model.index(0, 1).data()
    qtmodeltester.check(view.notes.model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.history_model)  # type: ignore[attr-defined]


def test_editing_a_field_saves_it_and_tells_the_list(open_profile: OpenProfile, ctx: AppContext,
                                                      qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    view.tabs.setCurrentWidget(view.form)
    _retype(qtbot, view.form.location, "杭州 Hangzhou")
    assert view.header.save_state.text() == "● Unsaved changes"
    assert view.header.save_button.isVisible()
    with qtbot.waitSignal(view.memberChanged, timeout=5000) as changed:
        pass  # the countdown saves on its own
    assert changed.args == [member]
    assert ctx.profiles.get(member).location == "杭州 Hangzhou"
    qtbot.waitUntil(lambda: view.header.save_state.text() == "All changes saved", timeout=5000)
    qtbot.waitUntil(lambda: "杭州 Hangzhou" in view.header.meta.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Edited: Location" in view.history_model.index(0, 1).data(),
                    timeout=5000)


def test_ctrl_s_saves_at_once(open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    view.save_timer.setInterval(600_000)  # only Ctrl+S can save now
    view.tabs.setCurrentWidget(view.form)
    view.form.interests.setFocus()
    type_text(qtbot, view.form.interests, "摄影 and hiking")
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        qtbot.keyClick(view.form.interests, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctx.profiles.get(member).interests == "摄影 and hiking"


def test_a_new_role_is_saved_when_typed_out_not_half_way(
        open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    view.tabs.setCurrentWidget(view.form)
    role = view.form.role.lineEdit()
    assert role is not None
    _retype(qtbot, role, "trainee mod")
    assert view.has_unsaved_changes()
    assert view.header.save_state.text() == "● Unsaved changes"
    assert not view.save_timer.isActive()  # nothing is saved while the name is half typed
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        qtbot.keyClick(role, Qt.Key.Key_Tab)  # leaving the field finishes it
    assert ctx.profiles.get(member).role == "trainee mod"
    assert [r.name for r in ctx.fields.roles()].count("trainee mod") == 1
    assert not any(r.name.startswith("trainee m") and r.name != "trainee mod"
                   for r in ctx.fields.roles())


def test_a_service_error_appears_next_to_its_field(open_profile: OpenProfile, ctx: AppContext,
                                                    qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    points = ctx.fields.add_field("Points", FieldKind.NUMBER)
    view = open_profile(member)
    view.tabs.setCurrentWidget(view.form)
    line = view.form.time_zone.lineEdit()
    assert line is not None
    _retype(qtbot, line, "Mars/Olympus")
    view.save_now()
    qtbot.waitUntil(lambda: bool(view.form.error_text(TIME_ZONE)), timeout=5000)
    assert view.form.error_text(TIME_ZONE).startswith('Time zone: "Mars/Olympus" is not an IANA')
    assert view.form.time_zone.property("invalid") is True
    assert view.header.save_state.text() == "Not saved: see the marked field"
    assert ctx.profiles.get(member).time_zone == ""

    _retype(qtbot, line, "Asia/Shanghai")
    number = view.form.custom_widget(points)
    assert isinstance(number, QLineEdit)
    _retype(qtbot, number, "lots")
    view.save_now()
    qtbot.waitUntil(lambda: bool(view.form.error_text("field:Points")), timeout=5000)
    assert "is not a number" in view.form.error_text("field:Points")
    assert not view.form.error_text(TIME_ZONE)
    assert number.property("invalid") is True

    _retype(qtbot, number, "12.5")
    view.save_now()
    qtbot.waitUntil(lambda: view.header.save_state.text() == "All changes saved", timeout=5000)
    saved = ctx.profiles.get(member)
    assert saved.time_zone == "Asia/Shanghai"
    assert [v.value for v in saved.custom_values] == ["12.5"]
    assert not view.form.error_text("field:Points")


def test_a_bad_platform_id_is_marked_on_its_handle(open_profile: OpenProfile, ctx: AppContext,
                                                    qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    row = _add_handle(view, qtbot, "Telegram", "@ada", "12ab")
    view.save_now()
    qtbot.waitUntil(lambda: bool(view.form.error_text(HANDLES)), timeout=5000)
    assert view.form.error_text(HANDLES) == 'telegram ID: "12ab" is not a numeric ID (digits only).'
    assert row.platform_id.property("invalid") is True
    assert ctx.profiles.get(member).handles == ()


def test_a_64_bit_platform_id_survives_the_editor(open_profile: OpenProfile, ctx: AppContext,
                                                  qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    other = ctx.profiles.create(_draft("Bo"))
    big = str(2**64 - 1)  # beyond any C++ int and any double's exact range
    view = open_profile(member)
    row = _add_handle(view, qtbot, "Discord", "ada#1", big)
    with qtbot.waitSignal(view.memberChanged, timeout=5000) as changed:
        qtbot.keyClick(row.platform_id, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [member]
    assert ctx.profiles.get(member).handles == (HandleData(Platform.DISCORD, "ada#1", big),)

    open_profile(other)
    view = open_profile(member)
    assert view.form.handles.rows()[0].platform_id.text() == big
    assert f"(ID {big})" in view.header.handles.text()


def test_escape_asks_to_close(open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    view.tabs.setCurrentWidget(view.form)
    view.form.name.setFocus()
    with qtbot.waitSignal(view.closeRequested, timeout=1000):
        qtbot.keyClick(view.form.name, Qt.Key.Key_Escape)


def test_choosing_another_member_saves_the_typing(open_profile: OpenProfile, ctx: AppContext,
                                                  qtbot: QtBot) -> None:
    first = ctx.profiles.create(_draft("Ada"))
    second = ctx.profiles.create(_draft("Bo"))
    view = open_profile(first)
    view.save_timer.setInterval(600_000)
    view.tabs.setCurrentWidget(view.form)
    _retype(qtbot, view.form.location, "Lisbon")
    with qtbot.waitSignal(view.memberChanged, timeout=5000) as changed:
        open_profile(second)
    assert changed.args == [first]
    assert ctx.profiles.get(first).location == "Lisbon"
    assert view.form.location.text() == ""
    assert view.header.name.text() == "Bo"


def test_typing_during_a_save_then_leaving_keeps_both_changes(
        open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    first = ctx.profiles.create(_draft("Ada"))
    second = ctx.profiles.create(_draft("Bo"))
    view = open_profile(first)
    view.tabs.setCurrentWidget(view.form)
    _retype(qtbot, view.form.location, "Lisbon")
    view.save_now()  # in flight on a worker now
    _retype(qtbot, view.form.name, "Ada Lovelace")
    open_profile(second)  # leaves at once: a second save starts while the first runs
    qtbot.waitUntil(lambda: ctx.profiles.get(first).display_name == "Ada Lovelace",
                    timeout=5000)
    assert ctx.profiles.get(first).location == "Lisbon"


def test_hiding_the_profile_saves_the_typing(open_profile: OpenProfile, ctx: AppContext,
                                             qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    view.save_timer.setInterval(600_000)
    view.tabs.setCurrentWidget(view.form)
    _retype(qtbot, view.form.name, "Ada Lovelace")
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        view.close()
    assert ctx.profiles.get(member).display_name == "Ada Lovelace"


def test_tags_are_added_and_removed_with_undo(open_profile: OpenProfile, ctx: AppContext,
                                              qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    chips = view.header.tags
    click(qtbot, chips.add_button)
    assert chips.add_box.hasFocus()
    type_text(qtbot, chips.add_box, "新人 newcomer")
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        qtbot.keyClick(chips.add_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chips.names() == ["新人 newcomer"], timeout=5000)
    assert [t.name for t in ctx.profiles.get(member).tags] == ["新人 newcomer"]

    chip = chips.chips()[0]
    assert chip.remove_button is not None
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        click(qtbot, chip.remove_button)
    qtbot.waitUntil(lambda: chips.names() == [], timeout=5000)
    assert ctx.profiles.get(member).tags == ()
    assert view.undo_notice.isVisible()
    assert view.undo_notice.label.text() == "Removed the tag “新人 newcomer” —"

    view.notes.list.setFocus()
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        qtbot.keyClick(view.notes.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chips.names() == ["新人 newcomer"], timeout=5000)


def test_a_member_deleted_elsewhere_is_said_to_be_gone(open_profile: OpenProfile,
                                                       ctx: AppContext, qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    view = open_profile(member)
    ctx.trash.delete_members([member])
    view.reload()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.gone, timeout=5000)
    assert view.gone.title.text() == "This member no longer exists"


def test_the_profile_shares_the_pages_undo_stack(open_profile: OpenProfile, ctx: AppContext,
                                                 qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("Ada"))
    tag = ctx.tags.create("vip")
    ctx.tags.tag_members(tag, [member])
    view = open_profile(member)
    page_stack = UndoStack()
    view.use_undo_stack(page_stack)
    with qtbot.waitSignal(page_stack.pushed, timeout=5000) as pushed:
        chip = view.header.tags.chips()[0]
        assert chip.remove_button is not None
        click(qtbot, chip.remove_button)
    assert pushed.args == ["Removed the tag “vip”"]
    assert not view.undo_notice.isVisible()  # the window's status bar shows it instead


def test_the_view_has_its_own_ctrl_z_only_without_a_window_undo(
        deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot) -> None:
    alone = ProfileView(deps, runner, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(alone)
    alone.show()
    qtbot.waitExposed(alone)
    assert alone.undo_action.isEnabled()

    window = QMainWindow()
    qtbot.addWidget(window)
    undo = QAction("Undo", window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.addAction(undo)
    window.setCentralWidget(ProfileView(deps, runner, dialogs))  # type: ignore[arg-type]
    window.show()
    qtbot.waitExposed(window)
    embedded = window.centralWidget()
    assert isinstance(embedded, ProfileView)
    assert not embedded.undo_action.isEnabled()


def _add_handle(view: ProfileView, qtbot: QtBot, platform: str, handle: str,
                platform_id: str) -> HandleRow:
    """Add a handle the way a user does: the button, the platform typed, then the fields."""
    view.tabs.setCurrentWidget(view.form)
    click(qtbot, view.form.handles.add_button)
    row = view.form.handles.rows()[-1]
    row.platform.setFocus()
    qtbot.keyClicks(row.platform, platform)
    assert row.platform.currentText() == platform
    type_text(qtbot, row.handle, handle)
    type_text(qtbot, row.platform_id, platform_id)
    return row


def _draft(name: str) -> MemberDraft:
    return MemberDraft(display_name=name)


def _with(draft: MemberDraft, custom: tuple[FieldValue, ...], needs: str) -> MemberDraft:
    return replace(draft, custom_values=(*draft.custom_values, *custom), needs=needs)


def test_in_chinese_built_in_roles_are_shown_translated_and_stored_by_name(
        chinese: None, open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = ctx.profiles.create(_draft("王小明"))
    view = open_profile(member)
    view.tabs.setCurrentWidget(view.form)
    roles = view.form.role
    shown = [roles.itemText(i) for i in range(roles.count())]
    assert {"成员", "版主", "VIP"} <= set(shown) and "member" not in shown
    assert view.header.role.text() == "成员"
    roles.setFocus()
    line = roles.lineEdit()
    assert line is not None
    _retype(qtbot, line, "版主")
    with qtbot.waitSignal(view.memberChanged, timeout=5000):
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert ctx.profiles.get(member).role == "moderator"  # one role, whatever the language
    assert [r.name for r in ctx.fields.roles()].count("版主") == 0
