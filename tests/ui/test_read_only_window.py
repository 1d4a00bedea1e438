"""Opened read-only (a full or read-only disk), the window shows the data and says why it
cannot change it; the actions that would write explain instead of failing half-way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext, build_context
from app.ui.main_window import MainWindow, WindowDeps
from app.ui.tasks import TaskRunner
from app.ui.theme import ThemeChoice
from tests.helpers.dialogs import RecordingDialogs

REASON = "Cannot use the data folder /x: Read-only file system."


def test_a_read_only_window_lists_members_and_says_why(qtbot: QtBot, demo_ctx: AppContext,
                                                       tmp_path: Path) -> None:
    paths = demo_ctx.paths
    demo_ctx.close()
    before = paths.db_file.read_bytes()
    ctx = build_context(paths, secrets=demo_ctx.secrets, read_only=True)
    runner = TaskRunner()
    dialogs = RecordingDialogs()
    deps = WindowDeps.from_context(ctx, language="en", language_saved="",
                                   theme=ThemeChoice.LIGHT, read_only_reason=REASON)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(deps, runner, settings, dialogs)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_label.isVisible()
        assert window.read_only_label.toolTip() == REASON
        assert not window.demo_action.isEnabled()
        window.show_page(1)
        qtbot.waitUntil(window.members_page.is_ready)
        assert window.members_page.model.rowCount() == 300
        # the page's other loads (sidebar counts, tag chips) finish first, so the count below
        # can only mean that asking for a demo started no write
        qtbot.waitUntil(lambda: runner.active == 0, timeout=10_000)
        window.create_demo()  # e.g. from an empty state's button
        assert dialogs.shown == [("warn", "Steward", REASON)]
        assert runner.active == 0
    finally:
        runner.wait_for_done(10_000)
        ctx.close()
    assert paths.db_file.read_bytes() == before
