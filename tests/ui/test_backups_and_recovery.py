"""Settings → Backups, restore from the window, and the recovery dialog at startup."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext, build_context
from app.domain.backups import (
    BackupFile,
    BackupSettings,
    RecoveryAction,
    RecoveryOffer,
    RetentionPolicy,
)
from app.gui import HOUR_MS, GuiController
from app.paths import AppPaths
from app.secrets.environment import EnvironmentPrompter
from app.secrets.memory import MemorySecretStore
from app.ui.main_window import MainWindow
from app.ui.models.backup_table import BackupTableModel
from app.ui.recovery import RecoveryChoice, RecoveryDialog
from tests.conftest import EncryptedTemplate
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.prompter import FAST_KDF


def _open_settings(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(window.stack.indexOf(window.settings_page))
    qtbot.waitUntil(lambda: window.backups_section.summary.text() != "", timeout=5000)


def test_back_up_now_lists_the_backup(ctx: AppContext, window: MainWindow, qtbot: QtBot,
                                      qtmodeltester: object) -> None:
    _open_settings(window, qtbot)
    section = window.backups_section
    assert section.model.rowCount() == 0
    assert section.summary.text().startswith("No backups yet.")
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(section.model)  # type: ignore[attr-defined]
    assert section.model.index(0, 1).data() == "Backed up by hand"
    assert section.model.index(0, 2).data().endswith(("KB", "KiB", "MB", "MiB"))
    assert "1 backups" in section.summary.text()
    assert ctx.backups.list()[0].reason == "manual"


def test_restore_asks_first_and_says_what_happens(ctx: AppContext, window: MainWindow,
                                                  dialogs: RecordingDialogs,
                                                  qtbot: QtBot) -> None:
    ctx.backups.backup_now("manual")
    _open_settings(window, qtbot)
    section = window.backups_section
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    assert not section.restore_button.isEnabled()
    section.table.selectRow(0)
    dialogs.answer = False
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    _kind, title, text = dialogs.shown[-1]
    assert title == "Restore a backup"
    assert "first backs up the current state" in text and "Changes made after" in text
    dialogs.answer = True
    with qtbot.waitSignal(window.restoreRequested, timeout=2000) as signal:
        qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(ctx.backups.list()[0].path)]


def test_retention_settings_are_saved(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> None:
    _open_settings(window, qtbot)
    section = window.backups_section
    assert section.daily.value() == 12 and section.trash_days.value() == 30
    with qtbot.waitSignal(window.backupSettingsChanged, timeout=5000) as signal:
        section.daily.setValue(5)
        section.interval.setValue(2)
        section.trash_days.setValue(10)
    assert signal.args[0] == BackupSettings(RetentionPolicy(daily=5), interval_hours=2)
    assert ctx.backups.settings() == signal.args[0]
    assert ctx.trash.retention_days() == 10


def test_backup_model_names_the_reasons(qtmodeltester: object, tmp_path: Path) -> None:
    model = BackupTableModel()
    when = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    model.set_backups([BackupFile(tmp_path / f"{r}.db", when, r, 2_500_000)
                       for r in ("auto", "pre-migration-0001", "pre-restore", "post-erase")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.index(r, 1).data() for r in range(4)] == [
        "Automatic", "Before an upgrade", "Before a restore", "After erasing a member"]


# -- the recovery dialog ---------------------------------------------------------------------------
def _offer(action: RecoveryAction, missing: bool = False) -> RecoveryOffer:
    backup = BackupFile(Path("/data/backups/steward-20260305T140000000000Z-auto.db"),
                        datetime(2026, 3, 5, 14, 0, tzinfo=UTC), "auto", 3_000_000)
    return RecoveryOffer(Path("/data/steward.db"), "the database is damaged (page 7)", action,
                         backup if action == RecoveryAction.RESTORE_BACKUP else None,
                         unusable_backups=1, missing=missing)


def test_recovery_dialog_names_the_file_and_the_plan(qtbot: QtBot) -> None:
    dialog = RecoveryDialog(_offer(RecoveryAction.RESTORE_BACKUP))
    qtbot.addWidget(dialog)
    assert "/data/steward.db" in dialog.problem.text() and "page 7" in dialog.problem.text()
    assert "newest backup that verifies is from Mar 5, 2026" in dialog.plan.text()
    assert "never deleted" in dialog.plan.text()
    assert dialog.proceed_button is not None
    assert dialog.proceed_button.text() == "Restore this backup"
    assert dialog.empty_button is None
    qtbot.mouseClick(dialog.proceed_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RecoveryChoice.PROCEED


def test_recovery_dialog_for_a_foreign_log_and_for_nothing_to_restore(qtbot: QtBot) -> None:
    log_dialog = RecoveryDialog(_offer(RecoveryAction.SET_ASIDE_LOG))
    qtbot.addWidget(log_dialog)
    assert log_dialog.proceed_button is not None
    assert log_dialog.proceed_button.text() == "Set the log aside"
    assert "file itself is whole" in log_dialog.plan.text()
    nothing = RecoveryDialog(_offer(RecoveryAction.NONE))
    qtbot.addWidget(nothing)
    assert nothing.proceed_button is None
    assert "will not change anything" in nothing.plan.text()
    qtbot.mouseClick(nothing.quit_button, Qt.MouseButton.LeftButton)
    assert nothing.choice == RecoveryChoice.QUIT
    missing = RecoveryDialog(_offer(RecoveryAction.RESTORE_BACKUP, missing=True))
    qtbot.addWidget(missing)
    assert missing.empty_button is not None


# -- the controller: startup recovery, restore, periodic backups ------------------------------------
@dataclass
class Folder:
    paths: AppPaths
    store: MemorySecretStore


@pytest.fixture
def folder(paths: AppPaths, encrypted_template: EncryptedTemplate) -> Folder:
    """An encrypted data folder with 40 members and one backup of exactly that state."""
    store = encrypted_template.copy_to(paths)
    ctx = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}, None),
                        kdf=FAST_KDF)
    ctx.demo.seed(40, seed=2)
    ctx.backups.backup_now("manual")
    ctx.close()
    return Folder(paths, store)


@pytest.fixture
def make_controller(qapp: QApplication) -> Iterator[Callable[[Folder, RecordingDialogs],
                                                             GuiController]]:
    made: list[GuiController] = []

    def make(where: Folder, dialogs: RecordingDialogs) -> GuiController:
        gui = GuiController(qapp, where.paths, "en", secrets=where.store,
                            dialogs=dialogs, kdf=FAST_KDF)  # type: ignore[arg-type]
        made.append(gui)
        return gui

    yield make
    for gui in made:
        if gui.window is not None:
            gui.window.close()
        gui.shutdown()


Make = Callable[[Folder, RecordingDialogs], GuiController]


def _damage(paths: AppPaths) -> bytes:
    data = bytearray(paths.db_file.read_bytes())
    data[4096 * 2:4096 * 3] = b"\x13" * 4096
    paths.db_file.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_at_start_is_offered_the_newest_backup(folder: Folder,
                                                                  make_controller: Make) -> None:
    damaged = _damage(folder.paths)
    dialogs = RecordingDialogs(recovery=RecoveryChoice.PROCEED)
    gui = make_controller(folder, dialogs)
    assert gui.open()
    (offer,) = dialogs.offers
    assert offer.database == folder.paths.db_file
    assert offer.action == RecoveryAction.RESTORE_BACKUP
    assert gui.context is not None and gui.context.members.overview().members == 40
    kept = [p for p in folder.paths.data_dir.iterdir()
            if p.name.startswith("steward.damaged-") and p.suffix == ".db"]
    assert [p.read_bytes() for p in kept] == [damaged]


def test_quitting_the_recovery_dialog_changes_nothing(folder: Folder,
                                                      make_controller: Make) -> None:
    damaged = _damage(folder.paths)
    dialogs = RecordingDialogs(recovery=RecoveryChoice.QUIT)
    gui = make_controller(folder, dialogs)
    assert not gui.open()
    assert len(dialogs.offers) == 1
    assert folder.paths.db_file.read_bytes() == damaged


def test_a_missing_database_with_backups_is_not_silently_replaced(
        folder: Folder, make_controller: Make) -> None:
    folder.paths.db_file.unlink()
    dialogs = RecordingDialogs(recovery=RecoveryChoice.PROCEED)
    gui = make_controller(folder, dialogs)
    assert gui.open()
    assert dialogs.offers[0].missing
    assert gui.context is not None and gui.context.members.overview().members == 40


def test_restore_from_settings_reopens_on_the_restored_data(folder: Folder,
                                                            make_controller: Make,
                                                            qtbot: QtBot) -> None:
    gui = make_controller(folder, RecordingDialogs())
    assert gui.open() and gui.context is not None and gui.window is not None
    gui.window.show()
    gui.context.demo.seed(10, seed=4)
    backup = gui.context.backups.list()[0].path
    old_window = gui.window
    gui.restore_backup(str(backup))
    qtbot.waitUntil(lambda: gui.window is not old_window, timeout=10000)
    assert gui.context.members.overview().members == 40
    reasons = [b.reason for b in gui.context.backups.list()]
    assert "pre-restore" in reasons
    assert "Restored the backup" in gui.window.statusBar().currentMessage()


def test_start_backs_up_changes_and_sets_the_timer(folder: Folder, make_controller: Make,
                                                   qtbot: QtBot) -> None:
    gui = make_controller(folder, RecordingDialogs())
    assert gui.open() and gui.context is not None
    ctx = gui.context
    ctx.trash.delete_members([1])  # a change since the backup taken in the fixture
    ctx.backups.save_settings(BackupSettings(interval_hours=3))
    gui.start_maintenance()
    qtbot.waitUntil(lambda: len(ctx.backups.list()) == 2, timeout=10000)
    qtbot.waitUntil(gui.backup_timer.isActive, timeout=5000)
    assert gui.backup_timer.interval() == 3 * HOUR_MS
    gui.back_up_if_changed()  # the timer's work: nothing changed, so nothing is written
    qtbot.waitUntil(lambda: gui.runner.active == 0, timeout=5000)
    assert len(ctx.backups.list()) == 2
