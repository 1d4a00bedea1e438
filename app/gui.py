"""The GUI: QApplication, fonts, translators, theme, and the main window.

``GuiController`` is the GUI half of the composition root: it owns the objects that live as long
as the window (settings, translators, task runner) and can rebuild the window when the language
changes, so a language switch takes effect without a restart.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.bootstrap import AppContext, build_context
from app.domain.self_check import CheckResult
from app.errors import UserError
from app.paths import AppPaths, resources_dir
from app.secrets.environment import EnvironmentPrompter
from app.secrets.key_settings import KdfParams
from app.secrets.redact import redacting_excepthook
from app.secrets.store import ProbedStore
from app.secrets.unlock import KeyPrompter, UnlockCancelled
from app.services.health import check_database
from app.ui.dialogs import Dialogs
from app.ui.i18n import Translators, pick_language
from app.ui.main_window import MainWindow, WindowDeps
from app.ui.tasks import TaskRunner
from app.ui.theme import ThemeChoice, apply_theme
from app.ui.unlock.key_dialogs import ExecDialog, KeyDialogs

log = logging.getLogger(__name__)

SMOKE_PAGE_TIMEOUT_MS = 60_000


class GuiController:
    def __init__(self, app: QApplication, paths: AppPaths, requested_language: str | None, *,
                 secrets: ProbedStore | None = None, dialogs: Dialogs | None = None,
                 exec_dialog: ExecDialog | None = None, kdf: KdfParams | None = None) -> None:
        """``secrets``, ``dialogs``, ``exec_dialog`` and ``kdf`` are for tests and tools: an
        in-memory key store, recording dialogs, a driver for the key dialogs, a cheap KDF."""
        self.app = app
        self.paths = paths
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

    def open(self, interactive: bool = True) -> bool:
        """Unlock the key (asking through dialogs when ``interactive``), open the database and
        build the window; False if the user quit or the folder cannot be used."""
        prompter: KeyPrompter = self.key_dialogs if interactive else EnvironmentPrompter(
            os.environ, sys.stderr, self.paths.db_file)
        try:
            self.context = build_context(self.paths, secrets=self._secrets, prompter=prompter,
                                         kdf=self._kdf)
        except UnlockCancelled:
            log.info("The user quit instead of unlocking the data folder")
            return False
        except UserError as exc:
            log.info("Could not open the data folder: %s", type(exc).__name__)
            if interactive:
                self.dialogs.warn(None, APP_NAME, str(exc))
            else:
                print(f"steward: {exc}", file=sys.stderr)
            return False
        self.window = self._make_window()
        return True

    def _make_window(self) -> MainWindow:
        ctx = self.context
        assert ctx is not None
        deps = WindowDeps(
            members=ctx.members,
            demo=ctx.demo,
            check=lambda: check_database(ctx.paths.db_file, ctx.driver),
            data_dir=str(ctx.paths.data_dir),
            log_dir=str(ctx.paths.logs_dir),
            keys=ctx.keys,
            language=self.translators.language,
            language_saved=self.language_saved,
            theme=self.theme,
        )
        window = MainWindow(deps, self.runner, self.settings, self.dialogs, self.key_dialogs)
        window.languageChosen.connect(self._language_chosen)
        window.themeChosen.connect(self._theme_chosen)
        return window

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
        self.runner.wait_for_done(30_000)
        if self.context is not None:
            self.context.close()


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


def run_gui(paths: AppPaths, lang: str | None = None, smoke_test: bool = False) -> int:
    app = make_application(sys.argv[:1])
    previous_hook = sys.excepthook
    # An exception escaping a slot is a bug: log it and print it redacted, never raw.
    sys.excepthook = redacting_excepthook(log)
    controller = GuiController(app, paths, lang)
    try:
        if not controller.open(interactive=not smoke_test):
            return 1
        assert controller.window is not None
        if smoke_test:
            return smoke(controller)
        controller.window.show()
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
    """Run the event loop until ``condition`` holds or the time is up (no sleeping)."""
    if condition():
        return True
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if condition() or deadline.hasExpired() else None)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()
