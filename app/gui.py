"""The GUI: QApplication, fonts, translators, theme, and the main window.

``GuiController`` is the GUI half of the composition root: it owns the objects that live as long
as the window (settings, translators, task runner) and can rebuild the window when the language
changes, so a language switch takes effect without a restart.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from app import APP_ID, APP_NAME, __version__
from app.bootstrap import AppContext, assemble, open_keys
from app.db.cipher import cipher_driver
from app.db.faults import ReadOnlyStorageError
from app.domain.backups import BackupResult, BackupSettings, RecoveryOffer, RestoreResult
from app.domain.self_check import CheckResult
from app.errors import CorruptDatabaseError, DataFolderError, NotADatabaseError, UserError
from app.paths import AppPaths, resources_dir
from app.secrets.environment import EnvironmentPrompter
from app.secrets.key_settings import KdfParams
from app.secrets.redact import redacting_excepthook
from app.secrets.store import ProbedStore
from app.secrets.unlock import KeyPrompter, UnlockCancelled
from app.services.restore import RestoreService
from app.ui.dialogs import Dialogs
from app.ui.i18n import Translators, pick_language
from app.ui.main_window import MainWindow, WindowDeps
from app.ui.messages import error_text
from app.ui.recovery import RecoveryChoice
from app.ui.tasks import TaskRunner
from app.ui.theme import ThemeChoice, apply_theme
from app.ui.unlock.key_dialogs import ExecDialog, KeyDialogs
from app.ui.waiting import wait_until

log = logging.getLogger(__name__)

SMOKE_PAGE_TIMEOUT_MS = 60_000
HOUR_MS = 3_600_000


class GuiController(QObject):
    def __init__(self, app: QApplication, paths: AppPaths, requested_language: str | None, *,
                 secrets: ProbedStore | None = None, dialogs: Dialogs | None = None,
                 exec_dialog: ExecDialog | None = None, kdf: KdfParams | None = None,
                 read_only_reason: str = "") -> None:
        """``secrets``, ``dialogs``, ``exec_dialog`` and ``kdf`` are for tests and tools: an
        in-memory key store, recording dialogs, a driver for the key dialogs, a cheap KDF.
        ``read_only_reason`` (non-empty): open the data without changing it, and why."""
        super().__init__()
        self.app = app
        self.paths = paths
        self.read_only_reason = read_only_reason
        self._secrets = secrets
        self._kdf = kdf
        self.dialogs = dialogs or Dialogs()
        self.settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        self.translators = Translators(resources_dir() / "translations", app)
        self.language_saved = str(self.settings.value("ui/language", "") or "")
        self.translators.install(pick_language(requested_language, self.language_saved))
        self.theme = _theme_choice(str(self.settings.value("ui/theme", "system")))
        apply_theme(app, self.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.runner = TaskRunner(app)
        self.key_dialogs = KeyDialogs(self.dialogs, str(paths.data_dir), resources_dir(),
                                      exec_dialog)
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        # "every few hours while open": backs up only if the data changed since the last one
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BackupSettings().interval_hours * HOUR_MS)
        self.backup_timer.timeout.connect(self.back_up_if_changed)

    def open(self, interactive: bool = True) -> bool:
        """Unlock the key (asking through dialogs when ``interactive``), open the database and
        build the window; False if the user quit or the folder cannot be used.

        A damaged or missing database is offered a restore from the newest backup that
        verifies (``interactive`` only; otherwise the problem is printed).
        """
        prompter: KeyPrompter = self.key_dialogs if interactive else EnvironmentPrompter(
            os.environ, sys.stderr, self.paths.db_file)
        try:
            if self.read_only_reason:
                self.context = self._open_read_only(prompter)
            else:
                try:
                    self.context = self._open_writable(prompter, interactive)
                except (DataFolderError, ReadOnlyStorageError) as exc:
                    if not self.paths.db_file.is_file():
                        raise
                    # The data can still be shown: open it read-only and say why in the window.
                    self.read_only_reason = error_text(exc)
                    self.context = self._open_read_only(prompter)
        except _Declined:
            log.info("The user quit instead of restoring a backup")
            return False
        except UnlockCancelled:
            log.info("The user quit instead of unlocking the data folder")
            return False
        except UserError as exc:
            log.info("Could not open the data folder: %s", type(exc).__name__)
            if interactive:
                self.dialogs.warn(None, APP_NAME, error_text(exc))
            else:
                print(f"steward: {exc}", file=sys.stderr)
            return False
        self.window = self._make_window()
        return True

    def _open_writable(self, prompter: KeyPrompter, interactive: bool) -> AppContext:
        self.paths.ensure()
        keys = open_keys(self.paths, prompter=prompter, secrets=self._secrets, kdf=self._kdf)
        assert keys is not None, "create=True always yields a key or raises"
        restore = RestoreService(self.paths, cipher_driver(keys.key))
        if interactive and not self._offer_recovery_if_missing(restore):
            raise _Declined()
        try:
            return assemble(self.paths, keys)
        except (CorruptDatabaseError, NotADatabaseError) as exc:
            if not interactive or not self._recover(restore, exc):
                raise
            return assemble(self.paths, keys)

    def _open_read_only(self, prompter: KeyPrompter) -> AppContext:
        """Unlock the existing key (never create one) and open without writing anything: no
        recovery is offered, since a restore would have to write."""
        keys = open_keys(self.paths, prompter=prompter, secrets=self._secrets, kdf=self._kdf,
                         create=False)
        if keys is None:
            raise UserError(f"{self.paths.db_file} cannot be opened read-only: it does not "
                            "exist or has never been opened by this Steward.")
        return assemble(self.paths, keys, read_only=True)

    def _make_window(self) -> MainWindow:
        ctx = self.context
        assert ctx is not None
        deps = WindowDeps.from_context(ctx, language=self.translators.language,
                                       language_saved=self.language_saved, theme=self.theme,
                                       read_only_reason=self.read_only_reason)
        window = MainWindow(deps, self.runner, self.settings, self.dialogs, self.key_dialogs)
        window.languageChosen.connect(self._language_chosen)
        window.themeChosen.connect(self._theme_chosen)
        window.restoreRequested.connect(self.restore_backup)
        window.rekeyRequested.connect(self.rekey_database)
        window.backupSettingsChanged.connect(self._settings_changed)
        return window

    # -- recovery before the window opens --------------------------------------------------------
    def _offer_recovery_if_missing(self, restore: RestoreService) -> bool:
        """Backups exist but the database does not: ask rather than start empty."""
        offer = restore.plan_missing()
        if offer is None:
            return True
        choice = self.dialogs.recover(None, offer)
        if choice == RecoveryChoice.START_EMPTY:
            return True
        if choice != RecoveryChoice.PROCEED:
            raise _Declined()
        return self._carry_out(restore, offer)

    def _recover(self, restore: RestoreService,
                 error: CorruptDatabaseError | NotADatabaseError) -> bool:
        log.info("The database failed its startup check: %s", type(error).__name__)
        offer = restore.plan_recovery(error)
        if self.dialogs.recover(None, offer) != RecoveryChoice.PROCEED:
            raise _Declined()
        return self._carry_out(restore, offer)

    def _carry_out(self, restore: RestoreService, offer: RecoveryOffer) -> bool:
        """Run the recovery on a worker with a small progress dialog (no window exists yet)."""
        outcome: list[Any] = []
        loop = QEventLoop()

        def finished(value: Any) -> None:
            outcome.append(value)
            loop.quit()

        label = self.tr("Restoring a backup")
        task = self.runner.run(lambda progress: restore.recover(offer, progress), finished,
                               finished, label=label)
        shown = QProgressDialog(label, "", 0, 0)
        shown.setCancelButton(None)
        shown.setMinimumDuration(300)
        shown.setWindowTitle(APP_NAME)

        def moved(done: object, total: object, _message: str) -> None:
            if isinstance(done, int) and isinstance(total, int) and total > 0:
                shown.setMaximum(total)
                shown.setValue(done)

        task.progressed.connect(moved)
        if not outcome:
            task.finished.connect(loop.quit)
            loop.exec()
        shown.close()
        result = outcome[0] if outcome else None
        if isinstance(result, RestoreResult):
            return True
        text = str(result) if isinstance(result, UserError) else self.tr(
            "The recovery did not finish; details are in the log.")
        self.dialogs.warn(None, APP_NAME, text)
        raise _Declined()

    # -- backups while open --------------------------------------------------------------------
    def start_maintenance(self) -> None:
        """At start: purge expired trash, back up if anything changed, start the timer (none of
        it when the data is open read-only)."""
        ctx = self.context
        assert ctx is not None
        if ctx.read_only:
            return

        def work(progress: Any) -> tuple[int, BackupSettings, BackupResult]:
            purged = ctx.trash.purge_expired()
            result = ctx.backups.backup_if_changed(progress=progress)
            return purged, ctx.backups.settings(), result

        def done(outcome: tuple[int, BackupSettings, BackupResult]) -> None:
            purged, settings, _result = outcome
            if purged:
                log.info("Purged %d expired trash items", purged)
            self._settings_changed(settings)

        self.runner.run(work, done, label=self.tr("Backing up"), cancellable=True)

    def back_up_if_changed(self) -> None:
        ctx = self.context
        if ctx is None:
            return
        self.runner.run(lambda progress: ctx.backups.backup_if_changed(progress=progress),
                        lambda _result: None, label=self.tr("Backing up"), cancellable=True)

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, BackupSettings):
            self.backup_timer.setInterval(settings.interval_hours * HOUR_MS)
        self.backup_timer.start()

    # -- work on the closed database (restore, re-key) --------------------------------------------
    def restore_backup(self, path: str) -> None:
        """Close the database, restore ``path`` (the current state is backed up first), reopen."""
        def restore(ctx: AppContext, progress: Any) -> str:
            ctx.restore.restore(Path(path), progress)
            return self.tr("Restored the backup. The previous state was backed up first.")

        self._while_closed(self.tr("Restoring a backup"), restore)

    def rekey_database(self) -> None:
        """Close the database, re-encrypt it (and its backups and attachments) under a new key,
        reopen, and show the new recovery key, which replaces the old one."""
        def rekey(ctx: AppContext, progress: Any) -> str:
            ctx.keys.rekey(progress)
            return self.tr("Re-encrypted the database, its backups and attachments under a "
                           "new key.")

        self._while_closed(self.tr("Re-encrypting with a new key"), rekey,
                           then=self._show_new_recovery_key)

    def _while_closed(self, label: str, work: Callable[[AppContext, Any], str],
                      then: Callable[[], None] | None = None) -> None:
        """Run ``work`` on a worker with no connection open (the file is swapped or rewritten),
        then open the database again and rebuild the window; ``work`` returns the message."""
        window = self.window
        ctx = self.context
        assert window is not None and ctx is not None
        window.setEnabled(False)
        self.backup_timer.stop()

        def start() -> None:
            ctx.close()
            self.runner.run(lambda progress: work(ctx, progress),
                            lambda message: self._reopen(message, None, then),
                            lambda exc: self._reopen(None, exc, None), label=label)

        if self.runner.active:
            self.runner.idle.connect(start, type=Qt.ConnectionType.SingleShotConnection)
        else:
            start()

    def _reopen(self, message: str | None, error: BaseException | None,
                then: Callable[[], None] | None) -> None:
        ctx = self.context
        assert ctx is not None and self.window is not None
        try:
            self.context = assemble(self.paths, ctx.keys, read_only=ctx.read_only)
        except UserError as exc:
            self.dialogs.warn(self.window, APP_NAME, error_text(exc))
            self.window.close()
            return
        self._rebuild_window()
        assert self.window is not None
        if message is not None:
            self.window.show_message(message)
        elif isinstance(error, UserError):
            self.dialogs.warn(self.window, APP_NAME, error_text(error))
        self._settings_changed(None)
        if then is not None:
            then()

    def _show_new_recovery_key(self) -> None:
        keys = self.context.keys if self.context is not None else None
        if keys is not None and self.key_dialogs.show_recovery_key(keys.recovery_key(),
                                                                   first_time=False):
            keys.mark_recovery_key_saved()

    def _language_chosen(self, language: str) -> None:
        self.language_saved = language
        self.settings.setValue("ui/language", language)
        self.translators.install(pick_language(None, language))
        self._rebuild_window()

    def _rebuild_window(self) -> None:
        """Rebuild the window in place (same page, same geometry) after a language or theme
        change: every string and icon is created again from the new translator and palette."""
        old = self.window
        assert old is not None
        old.save_state()
        self.window = self._make_window()
        self.window.show()
        old.hide()
        old.deleteLater()

    def _theme_chosen(self, value: str) -> None:
        self.theme = _theme_choice(value)
        self.settings.setValue("ui/theme", self.theme.value)
        apply_theme(self.app, self.theme)
        if self.window is not None:
            self._rebuild_window()

    def _system_scheme_changed(self) -> None:
        if self.theme == ThemeChoice.SYSTEM:
            apply_theme(self.app, self.theme)
            if self.window is not None:
                self._rebuild_window()

    def shutdown(self) -> None:
        self.backup_timer.stop()
        self.runner.wait_for_done(30_000)
        if self.context is not None:
            self.context.close()


class _Declined(Exception):
    """The user chose to quit at the recovery dialog (or the recovery could not finish)."""


def _theme_choice(value: str) -> ThemeChoice:
    try:
        return ThemeChoice(value)
    except ValueError:
        return ThemeChoice.SYSTEM


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "steward.svg")))
    _load_fonts(app)
    return app


def _load_fonts(app: QApplication) -> None:
    from app.ui.fonts import apply_ui_font, register_app_fonts

    families = register_app_fonts(resources_dir())
    apply_ui_font(app, families)


def run_self_check_qt(resources: Path) -> list[CheckResult]:
    """The Qt half of ``--self-check``: a bare application, no window, no data folder.

    Over SSH or in a container there is no display; Qt would abort trying to open one, so the
    check falls back to the offscreen platform, which loads fonts and translations all the same.
    """
    from app.ui.self_check import qt_checks

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not isinstance(QApplication.instance(), QApplication):
        # Kept referenced by Qt itself until the process exits, like the window's application.
        QApplication(sys.argv[:1])
    return qt_checks(resources)


def freeze_startup_heap() -> None:
    """Take everything alive once the window is up out of the garbage collector's sight.

    A collection of the oldest generation walks every tracked object while holding the GIL, so
    it stops the GUI thread too. A worker that allocates a lot (an export, an import, a search)
    sets one off every so often, and at 100,000 members each froze the window for 100–500 ms.
    What exists after start-up (modules, Qt wrappers, the window) lives as long as the process,
    so walking it again is pure cost; frozen, a full collection walks only what came later.
    """
    gc.freeze()


def run_gui(paths: AppPaths, lang: str | None = None, smoke_test: bool = False,
            bench_startup: bool = False, read_only_reason: str = "") -> int:
    app = make_application(sys.argv[:1])
    previous_hook = sys.excepthook
    # An exception escaping a slot is a bug: log it and print it redacted, never raw.
    sys.excepthook = redacting_excepthook(log)
    controller = GuiController(app, paths, lang, read_only_reason=read_only_reason)
    try:
        if not controller.open(interactive=not (smoke_test or bench_startup)):
            return 1
        assert controller.window is not None
        if smoke_test:
            return smoke(controller)
        if bench_startup:
            from app.ui.bench.startup import report_when_ready

            return report_when_ready(controller.window)
        controller.window.show()
        freeze_startup_heap()
        controller.start_maintenance()
        return app.exec()
    finally:
        controller.shutdown()
        sys.excepthook = previous_hook


def smoke(controller: GuiController) -> int:
    """Open the window, visit every page, wait for each to load; 0 if all went well."""
    window = controller.window
    assert window is not None
    failures: list[str] = []
    bug_seen: list[str] = []
    controller.runner.bug.connect(bug_seen.append)
    controller.runner.userError.connect(bug_seen.append)
    window.show()
    for index, (name, page) in enumerate(window.pages):
        try:
            window.show_page(index)
            if not _wait(page.is_ready):
                failures.append(f"page {name} did not finish loading")
            if window.stack.currentWidget() is not page or not page.isVisible():
                failures.append(f"page {name} is not shown")
        except Exception:
            failures.append(f"page {name}: {traceback.format_exc(limit=3)}")
    _wait(lambda: controller.runner.active == 0)
    failures.extend(f"background task failed: {b}" for b in bug_seen)
    window.close()
    if failures:
        for failure in failures:
            print(f"smoke test: {failure}", file=sys.stderr)
        return 1
    print(f"smoke test: {len(window.pages)} pages OK", file=sys.stdout)
    return 0


def _wait(condition: Callable[[], bool], timeout_ms: int = SMOKE_PAGE_TIMEOUT_MS) -> bool:
    return wait_until(condition, timeout_ms, poll_ms=20)
