"""At 100,000 members, long work never freezes the window: backup, import, export, a huge note.

Each test drives the real screen the way the user does (Settings' Back up now, the import
wizard's Import, the export dialog's Export…, a 3 MB note opened in the profile) and fails if
the GUI thread stopped answering for more than 250 ms while the work ran and its result came
back. Larger variants (a 100,000-row import, every note exported) run behind the slow marker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.bench.member_import import make_member_csv
from app.bootstrap import AppContext
from app.domain.member_io import ExportFormat
from app.ui.bench.actions import InputAction, back_up_now, clicked
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.export_dialog import ExportDialog
from app.ui.pages.members.import_wizard import ImportWizard
from app.ui.pages.members.profile_view import ProfileView
from app.ui.pages.settings.backups import BackupsSection
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.responsiveness import assert_responsive
from tests.helpers.scale import huge_note


def _shown(qtbot: QtBot, widget: object) -> None:
    qtbot.addWidget(widget)
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)


def test_back_up_now_at_scale(qtbot: QtBot, large_ctx: AppContext, runner: TaskRunner,
                              dialogs: RecordingDialogs) -> None:
    section = BackupsSection(large_ctx.backups, large_ctx.trash, runner, dialogs)
    _shown(qtbot, section)
    qtbot.waitUntil(lambda: runner.active == 0)
    before = large_ctx.backups.list()
    assert_responsive(qtbot, back_up_now(section.backup_button, runner))
    after = large_ctx.backups.list()
    assert len(after) == len(before) + 1 and after[0].reason == "manual"
    assert after[0].size > 50_000_000  # the whole 100,000-member database
    assert section.model.rowCount() == len(after)  # the list shows it


@pytest.mark.parametrize("rows", [3_000, pytest.param(100_000, marks=pytest.mark.slow)])
def test_importing_a_member_list_at_scale(qtbot: QtBot, large_ctx: AppContext,
                                          runner: TaskRunner, dialogs: RecordingDialogs,
                                          tmp_path: Path, rows: int) -> None:
    members = large_ctx.members.overview().members
    wizard = ImportWizard(MembersUiDeps.from_context(large_ctx), runner, dialogs)
    _shown(qtbot, wizard)
    dialogs.open_path = str(make_member_csv(tmp_path / "members.csv", rows))
    click(qtbot, wizard.file_page.browse)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    start = wizard.button(QWizard.WizardButton.NextButton)
    assert start.text() == "&Import"
    qtbot.waitUntil(lambda: start.isEnabled() and runner.active == 0, timeout=30_000)
    assert_responsive(qtbot, clicked("import", "import members (wizard)", runner, start),
                      timeout_ms=300_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert wizard.summary_page.counts["added"].text().replace(",", "") == str(rows)
    assert large_ctx.members.overview().members == members + rows


@pytest.mark.parametrize("everyone", [False, pytest.param(True, marks=pytest.mark.slow)],
                         ids=["a-tag", "everyone"])
def test_exporting_notes_at_scale(qtbot: QtBot, scaled_ctx: AppContext, runner: TaskRunner,
                                  dialogs: RecordingDialogs, tmp_path: Path,
                                  everyone: bool) -> None:
    dialog = ExportDialog(MembersUiDeps.from_context(scaled_ctx), runner, dialogs, [])
    _shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.everyone.text().startswith("Everyone ("), timeout=30_000)
    if everyone:
        click(qtbot, dialog.everyone)
    else:
        click(qtbot, dialog.tag)
        dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData("VIP"))
    dialog.select_format(ExportFormat.MARKDOWN)
    target = tmp_path / "notes.md"
    dialogs.save_path = str(target)
    assert_responsive(qtbot, clicked("export", "export notes (dialog)", runner,
                                     dialog.export_button), timeout_ms=300_000)
    qtbot.waitUntil(dialog.open_folder.isVisible, timeout=10_000)
    assert dialog.status.text().startswith("Exported ")
    assert target.stat().st_size > 1_000_000


def test_opening_a_huge_note_at_scale(qtbot: QtBot, large_ctx: AppContext, runner: TaskRunner,
                                      dialogs: RecordingDialogs) -> None:
    member = 50_000
    note = huge_note(large_ctx, megabytes=3, member_id=member)
    view = ProfileView(MembersUiDeps.from_context(large_ctx), runner, dialogs)
    view.resize(1000, 820)
    _shown(qtbot, view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.show_member(member)
    panel = view.notes
    row = next(r for r in range(panel.model.rowCount()) if panel.model.note_at(r).id == note)
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(row))
    assert_responsive(qtbot, InputAction(
        "open_huge_note", "open a 3 MB note", lambda: qtbot.keyClick(panel.list, Qt.Key.Key_Return),
        panel.reader.is_loaded))
    assert panel.reader.plain.document().characterCount() - 1 == len(large_ctx.notes.body(note))
    view.close()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=10_000)


def test_the_huge_note_helper_makes_a_note_of_megabytes(demo_ctx: AppContext) -> None:
    note_id = huge_note(demo_ctx, megabytes=3)
    body = demo_ctx.notes.body(note_id)
    assert 2_900_000 < len(body.encode("utf-8")) < 3_100_000
    assert "王伟" in body and body.count("\n") > 20_000
