"""Saved segments: in the sidebar with live counts, filtering the list, built and edited in the
segment editor, renamed and deleted (with Undo) from the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, MemberStatus
from app.domain.segments import FieldCondition, FieldOp, SegmentDefinition
from app.ui.main_window import MainWindow
from app.ui.pages.members.bulk_tags import MemberTarget
from app.ui.pages.members.segment_editor import SegmentEditor
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text
from tests.ui.members.conftest import settle


def _open_members(window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    window.show_page(window.members_index())
    qtbot.waitUntil(window.members_page.is_ready, timeout=5000)
    settle(qtbot, runner)


def _sidebar_segments(window: MainWindow) -> dict[str, str]:
    """Segment name → the row's text ("VIP   30"), as the sidebar shows them."""
    bar = window.sidebar
    return {s.name: bar.list.item(bar.segment_row(s.segment_id)).text() for s in bar.segments()}


def _editor(window: MainWindow, qtbot: QtBot) -> SegmentEditor:
    page = window.members_page
    qtbot.waitUntil(lambda: any(isinstance(d, SegmentEditor) for d in page.open_dialogs()),
                    timeout=5000)
    editor = next(d for d in page.open_dialogs() if isinstance(d, SegmentEditor))
    qtbot.waitUntil(lambda: "match" in editor.count_label.text(), timeout=5000)
    return editor


def test_segments_sit_under_members_with_live_counts_and_filter_the_list(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    _open_members(window, qtbot, runner)
    counts = {c.name: c.count for c in demo_ctx.segments.counts()}
    assert _sidebar_segments(window) == {name: f"{name}   {count}"
                                         for name, count in counts.items()}
    bar = window.sidebar
    members_row = bar.page_row(window.members_index())
    first = bar.segments()[0]
    assert bar.segment_row(first.segment_id) == members_row + 1  # right under Members
    vip = next(s for s in bar.segments() if s.name == "VIP")
    page = window.members_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        bar.list.setCurrentRow(bar.segment_row(vip.segment_id))
    assert window.current_page() is page
    assert page.model.rowCount() == vip.count
    assert page.segment_bar.isVisible() and page.segment_label.text() == "Segment: VIP"
    assert page.header.subtitle.text() == f"VIP · {vip.count} matching"
    # the Members row itself shows everyone again
    with qtbot.waitSignal(page.loaded, timeout=5000):
        bar.list.setCurrentRow(members_row)
    assert page.model.rowCount() == 300 and not page.segment_bar.isVisible()
    # and "Show everyone" on the segment bar does the same, selecting the Members row
    with qtbot.waitSignal(page.loaded, timeout=5000):
        bar.list.setCurrentRow(bar.segment_row(vip.segment_id))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, page.segment_clear)
    assert page.model.rowCount() == 300 and bar.list.currentRow() == members_row
    settle(qtbot, runner)


def test_a_new_segment_from_a_suggestion_saved_edited_and_counted(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    _open_members(window, qtbot, runner)
    page = window.members_page
    page.new_segment_action.trigger()
    editor = _editor(window, qtbot)
    assert set(editor.suggestion_buttons) == {"new_this_week", "vip", "silent_30_days"}
    click(qtbot, editor.suggestion_buttons["vip"])
    assert editor.name.text() == "VIP"
    vip_tag = next(t for t in demo_ctx.tags.list() if t.name == "VIP")
    assert editor.tags_any.value() == (vip_tag.id,)
    click(qtbot, editor.save_button)  # the demo already has a segment called VIP
    qtbot.waitUntil(editor.error.isVisible, timeout=5000)
    assert "already exists" in editor.error.text()

    editor.name.clear()
    type_text(qtbot, editor.name, "活跃 VIP")
    editor.statuses[MemberStatus.ACTIVE].setChecked(True)
    definition = SegmentDefinition(tags_any=(vip_tag.id,), statuses=(MemberStatus.ACTIVE,))
    expected = demo_ctx.segments.count(definition)
    qtbot.waitUntil(lambda: editor.count_label.text() == f"{expected} members match now",
                    timeout=5000)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: "活跃 VIP" in _sidebar_segments(window), timeout=5000)
    saved = demo_ctx.segments.by_name("活跃 VIP")
    assert saved is not None and saved.definition == definition
    assert _sidebar_segments(window)["活跃 VIP"] == f"活跃 VIP   {expected}"
    # the new segment is shown at once, its row selected
    qtbot.waitUntil(lambda: window.sidebar.current_segment() == saved.id, timeout=5000)
    settle(qtbot, runner)
    assert page.model.rowCount() == expected

    # edit it: another status, a new name
    click(qtbot, page.segment_edit)
    editor = _editor(window, qtbot)
    assert editor.statuses[MemberStatus.ACTIVE].isChecked()
    editor.statuses[MemberStatus.MUTED].setChecked(True)
    editor.name.setText("VIP (active or muted)")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: "VIP (active or muted)" in _sidebar_segments(window), timeout=5000)
    settle(qtbot, runner)
    both = SegmentDefinition(tags_any=(vip_tag.id,),
                             statuses=(MemberStatus.ACTIVE, MemberStatus.MUTED))
    assert demo_ctx.segments.get(saved.id).definition == both
    count = demo_ctx.segments.count(both)
    qtbot.waitUntil(lambda: _sidebar_segments(window).get("VIP (active or muted)")
                    == f"VIP (active or muted)   {count}", timeout=5000)
    assert page.model.rowCount() == count
    settle(qtbot, runner)


def test_field_conditions_joined_dates_and_text_make_the_definition(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot, runner: TaskRunner) -> None:
    _open_members(window, qtbot, runner)
    window.members_page.edit_segment(None)
    editor = _editor(window, qtbot)
    fields = {f.name: f for f in demo_ctx.fields.fields()}
    points = fields["积分 Points"]
    row = editor.add_condition()
    row.field.setCurrentIndex(row.field.findData(points.id))
    row.op.setCurrentIndex(row.op.findData(FieldOp.GREATER_OR_EQUAL.value))
    row.value.setCurrentText("lots")
    editor.name.setText("Big scorers")
    click(qtbot, editor.save_button)
    assert editor.error.isVisible() and "Points" in editor.error.text()  # not a number
    row.value.setCurrentText("500")
    editor.within_on.setChecked(True)
    editor.within.setValue(90)
    editor.text.setText("Python")
    company = editor.add_condition()
    company.field.setCurrentIndex(company.field.findData(fields["公司 Company"].id))
    company.op.setCurrentIndex(company.op.findData(FieldOp.IS_SET.value))
    qtbot.waitUntil(company.remove.isVisible, timeout=2000)
    assert not company.value.isVisible()  # "is filled in" needs no value
    click(qtbot, company.remove)  # changed their mind
    page = window.members_page
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: window.sidebar.current_segment() is not None, timeout=5000)
    settle(qtbot, runner)
    saved = demo_ctx.segments.by_name("Big scorers")
    assert saved is not None and window.sidebar.current_segment() == saved.id
    assert saved.definition == SegmentDefinition(
        joined_within_days=90, text="Python",
        fields=(FieldCondition(points.id, FieldOp.GREATER_OR_EQUAL, "500"),))
    assert page.model.rowCount() == demo_ctx.members.count(MemberQuery(segment=saved.definition))
    settle(qtbot, runner)


def test_rename_and_delete_from_the_sidebar_with_undo(
        demo_ctx: AppContext, window: MainWindow, dialogs: RecordingDialogs, qtbot: QtBot,
        runner: TaskRunner) -> None:
    _open_members(window, qtbot, runner)
    bar = window.sidebar
    vip = next(s for s in bar.segments() if s.name == "VIP")
    dialogs.texts = ["Very important"]
    bar.segmentRenameRequested.emit(vip.segment_id, vip.name)
    qtbot.waitUntil(lambda: "Very important" in _sidebar_segments(window), timeout=5000)
    assert demo_ctx.segments.get(vip.segment_id).name == "Very important"

    bar.segmentDeleteRequested.emit(vip.segment_id)
    qtbot.waitUntil(lambda: "Very important" not in _sidebar_segments(window), timeout=5000)
    assert demo_ctx.members.overview().members == 300  # members are untouched
    assert window.undo_notice.label.text() == "Deleted the segment “Very important” —"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Very important" in _sidebar_segments(window), timeout=5000)
    settle(qtbot, runner)


def test_counts_follow_data_changes(demo_ctx: AppContext, window: MainWindow, qtbot: QtBot,
                                   runner: TaskRunner) -> None:
    _open_members(window, qtbot, runner)
    vip = next(s for s in window.sidebar.segments() if s.name == "VIP")
    page = window.members_page
    vip_tag = next(t for t in demo_ctx.tags.list() if t.name == "VIP")
    untagged = next(i for i in demo_ctx.members.ids(MemberQuery())
                    if "VIP" not in [t.name for t in demo_ctx.profiles.get(i).tags])
    page.bulk.apply(vip_tag.id, "VIP", True, MemberTarget(count=1, ids=(untagged,)))
    qtbot.waitUntil(lambda: _sidebar_segments(window)["VIP"] == f"VIP   {vip.count + 1}",
                    timeout=5000)
    settle(qtbot, runner)
