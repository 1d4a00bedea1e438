"""The export dialog: who, which format, where; the files it writes are read back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.member_io import ExportFormat
from app.domain.profiles import MemberDraft
from app.importers.plan import open_import
from app.ui.formatting import format_count
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.export_dialog import ExportDialog
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.pdf import pdf_text


def _dialog(deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs, qtbot: QtBot,
            member_ids: list[int], segment: str | None = None) -> ExportDialog:
    dialog = ExportDialog(deps, runner, dialogs, member_ids, segment)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.everyone.text().startswith("Everyone ("), timeout=5000)
    return dialog


def _export(dialog: ExportDialog, qtbot: QtBot) -> None:
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.open_folder.isVisible(), timeout=60_000)


def test_the_selected_members_to_csv_read_back(demo_ctx: AppContext, deps: MembersUiDeps,
                                               runner: TaskRunner, dialogs: RecordingDialogs,
                                               qtbot: QtBot, tmp_path: Path) -> None:
    ids = [3, 1, 2]
    dialog = _dialog(deps, runner, dialogs, qtbot, ids)
    assert dialog.selected.isChecked() and dialog.selected.text() == "The 3 selected members"
    assert dialog.everyone.text() == f"Everyone ({format_count(300)} members)"
    dialog.select_format(ExportFormat.CSV)
    assert "formulas are made harmless" in dialog.format_help.text()
    target = tmp_path / "notes.csv"
    dialogs.save_path = str(tmp_path / "notes")  # the extension is added when left out
    _export(dialog, qtbot)
    kind, title, suggested = dialogs.shown[-1]
    assert (kind, title) == ("save_file", "Export notes") and suggested.endswith(".csv")
    assert dialog.status.text() == f"Exported 3 members to {target}"
    assert dialog.close_button.text() == "Close"

    drafts = list(open_import(target).drafts())
    names = {d.display_name for d in drafts}  # type: ignore[union-attr]
    assert names == {demo_ctx.profiles.get(i).display_name for i in ids}
    click(qtbot, dialog.open_folder)
    assert dialogs.shown_folders == [str(tmp_path)]


def test_a_tag_to_pdf_keeps_chinese_readable(ctx: AppContext, deps: MembersUiDeps,
                                             runner: TaskRunner, dialogs: RecordingDialogs,
                                             qtbot: QtBot, tmp_path: Path) -> None:
    wang = ctx.profiles.create(MemberDraft(display_name="王小明"))
    ctx.profiles.create(MemberDraft(display_name="Not tagged"))
    ctx.notes.add(wang, "喜欢摄影，周末常去西湖")
    tag = ctx.tags.create("摄影组")
    ctx.tags.tag_members(tag, [wang])
    dialog = _dialog(deps, runner, dialogs, qtbot, [])
    assert not dialog.selected.isEnabled() and dialog.everyone.isChecked()
    click(qtbot, dialog.tag)
    assert dialog.tag_combo.currentText() == "摄影组 (1)"
    dialog.select_format(ExportFormat.PDF)
    dialogs.save_path = str(tmp_path / "摄影组.pdf")
    _export(dialog, qtbot)
    assert dialog.status.text() == f"Exported 1 member to {tmp_path / '摄影组.pdf'}"
    text = pdf_text(tmp_path / "摄影组.pdf")
    assert "王小明" in text and "喜欢摄影" in text
    assert "Not tagged" not in text


def test_a_segment_one_markdown_file_per_member(demo_ctx: AppContext, deps: MembersUiDeps,
                                               runner: TaskRunner, dialogs: RecordingDialogs,
                                               qtbot: QtBot, tmp_path: Path) -> None:
    segment = demo_ctx.segments.list()[1]  # "VIP", from the demo
    members = demo_ctx.segments.member_ids(segment.definition)
    dialog = _dialog(deps, runner, dialogs, qtbot, [5], segment.name)
    assert dialog.segment.isChecked() and dialog.segment_combo.currentText() == segment.name
    dialog.select_format(ExportFormat.MARKDOWN, per_member=True)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.folder_path = str(out)
    _export(dialog, qtbot)
    folders = list(out.iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("Steward notes ")
    assert len(list(folders[0].glob("*.md"))) == len(members)
    assert dialog.status.text() == (f"Exported {format_count(len(members))} members to "
                                    f"{format_count(len(members))} files in {folders[0]}")
    click(qtbot, dialog.open_folder)
    assert dialogs.shown_folders == [str(folders[0])]


def test_cancel_stops_the_export_and_writes_nothing(demo_ctx: AppContext, deps: MembersUiDeps,
                                                   runner: TaskRunner, dialogs: RecordingDialogs,
                                                   qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(deps, runner, dialogs, qtbot, [])
    dialog.select_format(ExportFormat.PDF, per_member=True)  # slow: a font per document
    out = tmp_path / "out"
    out.mkdir()
    dialogs.folder_path = str(out)
    click(qtbot, dialog.export_button)
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported "), timeout=30_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is Cancel: it stops the export first
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status.text() == "Cancelled. Nothing was written.",
                    timeout=30_000)
    assert list(out.iterdir()) == []
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        click(qtbot, dialog.close_button)


def test_nothing_is_written_when_the_save_dialog_is_cancelled(
        ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot) -> None:
    dialog = _dialog(deps, runner, dialogs, qtbot, [])
    dialogs.save_path = None
    click(qtbot, dialog.export_button)
    assert dialogs.shown[-1][0] == "save_file"
    assert runner.active == 0 and not dialog.status.isVisible()
