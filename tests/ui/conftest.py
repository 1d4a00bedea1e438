"""Fixtures for widget tests: a task runner, settings in the data folder, and a main window built
from a real context (fresh database copy) with recording dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.paths import resources_dir
from app.ui.main_window import MainWindow, WindowDeps
from app.ui.tasks import TaskRunner
from app.ui.theme import ThemeChoice
from tests.helpers.dialogs import RecordingDialogs


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_for_done(10_000)


@pytest.fixture
def settings(ctx: AppContext) -> QSettings:
    return QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


def make_window(ctx: AppContext, runner: TaskRunner, settings: QSettings,
                dialogs: RecordingDialogs, qtbot: QtBot) -> MainWindow:
    deps = WindowDeps.from_context(ctx, language="en", language_saved="",
                                   theme=ThemeChoice.LIGHT)
    window = MainWindow(deps, runner, settings, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(ctx: AppContext, runner: TaskRunner, settings: QSettings, dialogs: RecordingDialogs,
           qtbot: QtBot) -> MainWindow:
    win = make_window(ctx, runner, settings, dialogs, qtbot)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    """Steward's Chinese translation installed, as the language setting does; build the
    widget under test after this fixture, since tr() runs when a widget is made."""
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "steward_zh_CN.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
