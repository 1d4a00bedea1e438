"""Notes in the profile: write, edit (versions kept), pin, delete with Undo, templates, preview,
and a 3 MB note that opens without freezing the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.notes import PREVIEW_CHARS
from app.domain.profiles import MemberDraft
from app.ui.formatting import format_count
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.profile_view import ProfileView
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.gui_gaps import LIMIT_MS, longest_gap_ms
from tests.helpers.typing import type_text
from tests.ui.members.conftest import OpenProfile


def _member(ctx: AppContext, notes: tuple[str, ...] = ()) -> int:
    member = ctx.profiles.create(MemberDraft(display_name="Ada"))
    for body in notes:
        ctx.notes.add(member, body)
    return member


def _bodies(view: ProfileView) -> list[str]:
    return [n.preview for n in view.notes.model.notes()]


def _select(view: ProfileView, qtbot: QtBot, body: str) -> None:
    row = _bodies(view).index(body)
    view.notes.list.setFocus()
    view.notes.list.setCurrentIndex(view.notes.model.index(row))


def test_writing_a_note(open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = _member(ctx, ("older note",))
    view = open_profile(member)
    panel = view.notes
    click(qtbot, panel.new_button)
    assert panel.is_editing() and panel.editor.editor.hasFocus()
    type_text(qtbot, panel.editor.editor, "聊了 **Python** 活动")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClick(panel.editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not panel.is_editing()
    assert _bodies(view) == ["聊了 **Python** 活动", "older note"]
    assert [n.preview for n in ctx.notes.timeline(member)] == _bodies(view)
    assert view.tabs.tabText(0) == "Notes (2)"
    assert panel.model.note_at(panel.list.currentIndex().row()).preview == "聊了 **Python** 活动"


def test_an_empty_note_is_not_saved(open_profile: OpenProfile, ctx: AppContext,
                                    qtbot: QtBot) -> None:
    view = open_profile(_member(ctx))
    click(qtbot, view.notes.new_button)
    click(qtbot, view.notes.save_button)
    assert view.notes.editor_error.text() == "Write something first: the note is empty."
    assert view.notes.is_editing()


def test_the_preview_renders_markdown(open_profile: OpenProfile, ctx: AppContext,
                                      qtbot: QtBot) -> None:
    view = open_profile(_member(ctx))
    editor = view.notes.editor
    click(qtbot, view.notes.new_button)
    qtbot.keyClicks(editor.editor, "# Plan")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.editor, "- **call** Bo")
    click(qtbot, editor.preview_button)
    assert editor.is_previewing()
    assert editor.preview.toPlainText().split() == ["Plan", "call", "Bo"]
    assert editor.preview.document().findBlockByNumber(0).blockFormat().headingLevel() == 1
    qtbot.keyClick(editor.preview, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not editor.is_previewing()


def test_editing_keeps_the_previous_wording(open_profile: OpenProfile, ctx: AppContext,
                                            qtbot: QtBot, qtmodeltester: object) -> None:
    member = _member(ctx, ("first wording",))
    view = open_profile(member)
    panel = view.notes
    _select(view, qtbot, "first wording")
    assert not panel.history_action.isEnabled()
    panel.edit_action.trigger()
    assert panel.editor.text() == "first wording"
    qtbot.keyClicks(panel.editor.editor, ", then more")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        click(qtbot, panel.save_button)
    assert _bodies(view) == ["first wording, then more"]
    note = panel.model.note_at(0)
    assert note is not None and note.versions == 1
    qtbot.waitUntil(panel.history_action.isEnabled, timeout=5000)
    assert "edited" in panel.card_delegate.header_text(note)

    panel.history_action.trigger()
    assert panel.stack.currentWidget() is panel.versions_page
    qtbot.waitUntil(lambda: panel.version_view.is_loaded(), timeout=5000)
    assert panel.versions_model.rowCount() == 1
    assert panel.version_view.text() == "first wording"
    assert panel.versions_model.index(0, 3).data() == "first wording"
    qtmodeltester.check(panel.versions_model)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.versions_table, Qt.Key.Key_Escape)
    assert panel.stack.currentWidget() is panel.timeline_page


def test_pin_and_unpin(open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = _member(ctx, ("old", "new"))
    view = open_profile(member)
    panel = view.notes
    assert _bodies(view) == ["new", "old"]
    _select(view, qtbot, "old")
    assert panel.pin_action.text() == "Pin to the top"
    with qtbot.waitSignal(view.loaded, timeout=5000):
        panel.pin_action.trigger()
    assert _bodies(view) == ["old", "new"]
    assert ctx.notes.timeline(member)[0].pinned
    assert panel.model.note_at(panel.list.currentIndex().row()).preview == "old"
    assert panel.pin_action.text() == "Unpin"
    assert panel.card_delegate.header_text(panel.model.note_at(0)).startswith("Pinned · ")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        panel.pin_action.trigger()
    assert _bodies(view) == ["new", "old"]


def test_delete_moves_the_note_to_the_trash_and_ctrl_z_brings_it_back(
        open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = _member(ctx, ("keep", "doomed"))
    view = open_profile(member)
    _select(view, qtbot, "doomed")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClick(view.notes.list, Qt.Key.Key_Delete)
    assert _bodies(view) == ["keep"]
    assert [e.kind for e in ctx.trash.list()] == ["note"]
    assert view.undo_notice.isVisible()
    assert view.undo_notice.label.text() == "Moved a note to the trash —"

    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClick(view.notes.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(_bodies(view)) == ["doomed", "keep"]
    assert ctx.trash.list() == ()
    assert not view.undo_notice.isVisible()


def test_a_template_is_inserted_into_a_new_note(open_profile: OpenProfile, ctx: AppContext,
                                                qtbot: QtBot) -> None:
    member = _member(ctx)
    view = open_profile(member)
    panel = view.notes
    templates = ctx.notes.templates()
    assert templates  # the migration ships a few
    click(qtbot, panel.new_button)
    type_text(qtbot, panel.editor.editor, "见面记录")
    actions = [a for a in panel.editor.template_menu.actions() if a.text() == templates[0].name]
    assert len(actions) == 1
    actions[0].trigger()
    assert panel.editor.text() == "见面记录\n" + templates[0].body
    with qtbot.waitSignal(view.loaded, timeout=5000):
        click(qtbot, panel.save_button)
    assert ctx.notes.timeline(member)[0].preview == ("见面记录\n" + templates[0].body)[
        :PREVIEW_CHARS]

    # "From a template" starts a note with the template already in it
    from_template = [a for a in panel.template_menu.actions() if a.text() == templates[1].name]
    from_template[0].trigger()
    assert panel.is_editing() and panel.editor.text() == templates[1].body


def test_cancelling_a_written_note_asks_first(open_profile: OpenProfile, ctx: AppContext,
                                             dialogs: RecordingDialogs, qtbot: QtBot) -> None:
    member = _member(ctx)
    view = open_profile(member)
    panel = view.notes
    click(qtbot, panel.new_button)
    type_text(qtbot, panel.editor.editor, "half a thought")
    dialogs.answer = False
    qtbot.keyClick(panel.editor.editor, Qt.Key.Key_Escape)
    assert dialogs.shown[-1][:2] == ("confirm", "Discard this note?")
    assert panel.is_editing() and panel.editor.text() == "half a thought"
    dialogs.answer = True
    click(qtbot, panel.cancel_button)
    assert not panel.is_editing()
    assert ctx.notes.timeline(member) == ()


def test_a_note_being_written_is_saved_when_the_window_closes(
        open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    member = _member(ctx)
    view = open_profile(member)
    click(qtbot, view.notes.new_button)
    type_text(qtbot, view.notes.editor.editor, "不要丢 don't lose this")
    view.close()
    qtbot.waitUntil(lambda: len(ctx.notes.timeline(member)) == 1, timeout=5000)
    assert ctx.notes.timeline(member)[0].preview == "不要丢 don't lose this"


def test_a_note_being_written_is_saved_when_another_member_is_chosen(
        open_profile: OpenProfile, ctx: AppContext, qtbot: QtBot) -> None:
    first, second = _member(ctx), _member(ctx)
    view = open_profile(first)
    click(qtbot, view.notes.new_button)
    type_text(qtbot, view.notes.editor.editor, "for the first member")
    open_profile(second)
    assert not view.notes.is_editing()
    qtbot.waitUntil(lambda: len(ctx.notes.timeline(first)) == 1, timeout=5000)
    assert ctx.notes.timeline(second) == ()


def test_a_huge_note_opens_without_freezing_the_window(open_profile: OpenProfile,
                                                      ctx: AppContext, qtbot: QtBot) -> None:
    line = "[2024-03-05 14:00] 王小明: 今天的活动大家觉得怎么样？Great, let's do it again!\n"
    body = (line * (3_000_000 // len(line) + 1))[:3_000_000]
    member = _member(ctx, ("short one",))
    ctx.notes.add(member, body)
    view = open_profile(member)
    panel = view.notes
    huge = panel.model.note_at(0)
    assert huge is not None and huge.length == 3_000_000
    assert len(huge.preview) == PREVIEW_CHARS  # the timeline never holds the body
    assert panel.card_delegate.footer_text(huge) == (
        f"Open to read all {format_count(3_000_000)} characters")
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))

    gap = longest_gap_ms(qtbot, lambda: qtbot.keyClick(panel.list, Qt.Key.Key_Return),
                         panel.reader.is_loaded)
    assert gap < LIMIT_MS, f"the window froze for {gap:.0f} ms"
    assert panel.stack.currentWidget() is panel.reader_page
    assert panel.reader.stack.currentWidget() is panel.reader.plain
    assert panel.reader.plain.document().characterCount() - 1 == len(body)
    assert panel.reader.plain.toPlainText() == body
    assert "shown as plain text" in panel.reader.notice.text()

    gap = longest_gap_ms(qtbot, panel.edit_action.trigger,
                         lambda: panel.editor.is_loaded() and panel.save_button.isEnabled())
    assert gap < LIMIT_MS, f"the editor froze the window for {gap:.0f} ms"
    assert panel.editor.text() == body
    panel.editor.editor.moveCursor(panel.editor.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.editor.editor, "END")
    gap = longest_gap_ms(qtbot, lambda: panel.save_button.click(),
                         lambda: not panel.is_editing() and panel.reader.is_loaded())
    assert gap < LIMIT_MS, f"saving froze the window for {gap:.0f} ms"
    assert ctx.notes.body(huge.id) == body + "END"


def test_closing_the_main_window_keeps_a_note_and_hiding_the_page_keeps_the_editor(
        deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs, ctx: AppContext,
        qtbot: QtBot) -> None:
    member = _member(ctx)
    window = QMainWindow()
    qtbot.addWidget(window)
    pages = QStackedWidget()
    view = ProfileView(deps, runner, dialogs)
    pages.addWidget(view)
    pages.addWidget(QWidget())
    window.setCentralWidget(pages)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show_member(member)
    click(qtbot, view.notes.new_button)
    type_text(qtbot, view.notes.editor.editor, "written before switching pages")

    pages.setCurrentIndex(1)  # another page: the note stays in the editor, unsaved
    pages.setCurrentIndex(0)
    assert view.notes.is_editing()
    assert view.notes.editor.text() == "written before switching pages"
    assert ctx.notes.timeline(member) == ()

    window.close()
    qtbot.waitUntil(lambda: len(ctx.notes.timeline(member)) == 1, timeout=5000)
    assert ctx.notes.timeline(member)[0].preview == "written before switching pages"


def test_a_double_click_opens_a_note_and_esc_goes_back(open_profile: OpenProfile,
                                                       ctx: AppContext, qtbot: QtBot) -> None:
    view = open_profile(_member(ctx, ("**short** note",)))
    panel = view.notes
    where = panel.list.visualRect(panel.model.index(0)).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert panel.stack.currentWidget() is panel.reader_page
    assert panel.reader.is_loaded()  # a short note is its own preview: nothing to fetch
    assert panel.reader.text() == "short note"
    with qtbot.assertNotEmitted(view.closeRequested):
        qtbot.keyClick(panel.reader.browser, Qt.Key.Key_Escape)
    assert panel.stack.currentWidget() is panel.timeline_page
    with qtbot.waitSignal(view.closeRequested, timeout=1000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
