"""At 100,000 members, long work on a worker never freezes the window: backup, import, export.

Each test starts the work the way the user does and fails if the GUI thread stopped answering for
more than 250 ms while it ran and its result came back. Back up now is the real Settings button;
import and export start through the task runner exactly as every screen does (``service_action``)
until the import wizard and the export dialog land, when their button clicks replace the trigger.
Larger variants (a 100,000-row import, every note exported) run behind the slow marker.

Opening a huge note belongs to the profile screen: its test builds the profile on ``large_ctx``,
adds ``tests.helpers.scale.huge_note(ctx)`` and asserts
``assert_responsive(qtbot, RunnerAction("huge_note", "open a huge note", runner, click))``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.bench.member_import import make_member_csv
from app.bootstrap import AppContext
from app.domain.member_io import ExportFormat, ExportResult, ExportSelection, ImportSummary
from app.importers.plan import open_import
from app.ui.bench.actions import back_up_now, service_action
from app.ui.pages.settings.backups import BackupsSection
from app.ui.tasks import TaskRunner
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.responsiveness import assert_responsive
from tests.helpers.scale import huge_note


def test_back_up_now_at_scale(qtbot: QtBot, large_ctx: AppContext, runner: TaskRunner) -> None:
    section = BackupsSection(large_ctx.backups, large_ctx.trash, runner, RecordingDialogs())
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: runner.active == 0)
    before = large_ctx.backups.list()
    assert_responsive(qtbot, back_up_now(section.backup_button, runner))
    after = large_ctx.backups.list()
    assert len(after) == len(before) + 1 and after[0].reason == "manual"
    assert after[0].size > 50_000_000  # the whole 100,000-member database
    assert section.model.rowCount() == len(after)  # the list shows it


@pytest.mark.parametrize("rows", [3_000, pytest.param(100_000, marks=pytest.mark.slow)])
def test_importing_a_member_list_at_scale(qtbot: QtBot, large_ctx: AppContext,
                                          runner: TaskRunner, tmp_path: Path, rows: int) -> None:
    plan = open_import(make_member_csv(tmp_path / "members.csv", rows))
    members = large_ctx.members.overview().members
    done: list[ImportSummary] = []
    assert_responsive(qtbot, service_action(
        "import", "import members", runner,
        lambda progress: large_ctx.member_import.run(plan, progress=progress), done.append),
        timeout_ms=300_000)
    assert done and done[0].added == rows and not done[0].skipped
    assert large_ctx.members.overview().members == members + rows


@pytest.mark.parametrize("selection", [
    pytest.param(ExportSelection(tag="VIP"), id="a-tag"),
    pytest.param(ExportSelection(), id="everyone", marks=pytest.mark.slow),
])
def test_exporting_notes_at_scale(qtbot: QtBot, scaled_ctx: AppContext, runner: TaskRunner,
                                  tmp_path: Path, selection: ExportSelection) -> None:
    target = tmp_path / "notes.md"
    done: list[ExportResult] = []
    assert_responsive(qtbot, service_action(
        "export", "export notes", runner,
        lambda progress: scaled_ctx.member_export.export(
            selection, ExportFormat.MARKDOWN, target, progress=progress), done.append),
        timeout_ms=300_000)
    assert done and done[0].members > 1000 and done[0].notes > done[0].members
    assert target.stat().st_size > 1_000_000


def test_the_huge_note_hook_makes_a_note_of_megabytes(demo_ctx: AppContext) -> None:
    note_id = huge_note(demo_ctx, megabytes=3)
    body = demo_ctx.notes.body(note_id)
    assert 2_900_000 < len(body.encode("utf-8")) < 3_100_000
    assert "王伟" in body and body.count("\n") > 20_000
