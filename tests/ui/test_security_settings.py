"""Settings → Security: the status a user sees, and switching keyring ↔ passphrase for real."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.security import KeyStatus, StoreKind
from app.paths import resources_dir
from app.ui.main_window import MainWindow, WindowDeps
from app.ui.pages.settings.security import SecuritySection
from app.ui.tasks import TaskRunner
from app.ui.theme import ThemeChoice
from app.ui.unlock.key_dialogs import KeyDialogs
from app.ui.unlock.passphrase import NewPassphraseDialog
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text


class DialogDriver:
    """Plays the user in each key dialog the window opens, from a list of answers."""

    def __init__(self, qtbot: QtBot, answers: list[Callable[[QDialog], None]]) -> None:
        self.qtbot = qtbot
        self.answers = answers
        self.seen: list[str] = []

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(type(dialog).__name__)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.answers.pop(0)(dialog)
        return dialog.result()


def new_passphrase(qtbot: QtBot, text: str, current: str = "") -> Callable[[QDialog], None]:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        if current:
            type_text(qtbot, dialog.current, current)
        type_text(qtbot, dialog.first, text)
        type_text(qtbot, dialog.second, text)
        click(qtbot, dialog.ok_button)
    return answer


def _window(ctx: AppContext, runner: TaskRunner, settings: QSettings,
            dialogs: RecordingDialogs, driver: DialogDriver, qtbot: QtBot) -> MainWindow:
    deps = WindowDeps.from_context(ctx, language="en", language_saved="",
                                   theme=ThemeChoice.LIGHT)
    key_dialogs = KeyDialogs(dialogs, str(ctx.paths.data_dir), resources_dir(), driver)
    window = MainWindow(deps, runner, settings, dialogs, key_dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.stack.indexOf(window.settings_page))
    qtbot.waitExposed(window)
    return window


def test_the_status_says_where_the_key_is(qtbot: QtBot) -> None:
    section = SecuritySection(KeyStatus(StoreKind.KEYRING, "keyring.backends.SecretService.Keyring",
                                        "SecretService Keyring",
                                        "keyring.backends.kwallet.DBusKeyring", True))
    qtbot.addWidget(section)
    section.show()
    assert section.encryption.text() == "Encrypted with SQLCipher (256-bit key)"
    assert section.store.text() == "The system keyring (SecretService Keyring)"
    assert "kwallet" in section.notice.text() and section.notice.isVisible()
    assert section.use_passphrase.isVisible()
    assert not section.change_passphrase.isVisible() and not section.use_keyring.isVisible()
    section.set_status(KeyStatus(StoreKind.PASSPHRASE, "", "", "", True))
    assert "passphrase" in section.store.text() and section.notice.isHidden()
    assert section.change_passphrase.isVisible() and section.use_keyring.isVisible()
    assert not section.use_passphrase.isVisible()


def test_switch_to_a_passphrase_change_it_and_switch_back(
        ctx: AppContext, runner: TaskRunner, settings: QSettings, qtbot: QtBot) -> None:
    dialogs = RecordingDialogs()
    driver = DialogDriver(qtbot, [
        new_passphrase(qtbot, "我的 first passphrase"),
        new_passphrase(qtbot, "second passphrase", current="wrong passphrase"),
        new_passphrase(qtbot, "second passphrase", current="我的 first passphrase"),
    ])
    window = _window(ctx, runner, settings, dialogs, driver, qtbot)
    security = window.settings_page.security
    assert security.store.text().startswith("The system keyring")

    click(qtbot, security.use_passphrase)
    qtbot.waitUntil(lambda: security.change_passphrase.isVisible(), timeout=10_000)
    assert json.loads(ctx.paths.encryption_file.read_text())["store"] == "passphrase"
    qtbot.waitUntil(lambda: "passphrase" in window.statusBar().currentMessage(), timeout=5000)

    click(qtbot, security.change_passphrase)  # with a wrong current passphrase
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    assert dialogs.shown[-1][0] == "warn" and "not correct" in dialogs.shown[-1][2]
    click(qtbot, security.change_passphrase)
    qtbot.waitUntil(lambda: "changed" in window.statusBar().currentMessage(), timeout=10_000)
    assert ctx.keys.store.matches("second passphrase")  # type: ignore[attr-defined]

    click(qtbot, security.use_keyring)
    qtbot.waitUntil(lambda: security.use_passphrase.isVisible(), timeout=10_000)
    assert ctx.keys.status().kind is StoreKind.KEYRING
    assert json.loads(ctx.paths.encryption_file.read_text())["store"] == "keyring"
    assert driver.seen == ["NewPassphraseDialog"] * 3 and driver.answers == []


def test_cancelling_the_passphrase_dialog_changes_nothing(
        ctx: AppContext, runner: TaskRunner, settings: QSettings, qtbot: QtBot) -> None:
    before = ctx.paths.encryption_file.read_bytes()

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        click(qtbot, dialog.cancel_button)

    driver = DialogDriver(qtbot, [cancel])
    window = _window(ctx, runner, settings, RecordingDialogs(), driver, qtbot)
    qtbot.waitUntil(lambda: runner.active == 0, timeout=10_000)  # the pages finished loading
    click(qtbot, window.settings_page.security.use_passphrase)
    assert driver.answers == [] and runner.active == 0  # nothing was started
    assert ctx.paths.encryption_file.read_bytes() == before
