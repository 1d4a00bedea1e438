"""Starting the app: the key dialogs in the order a user meets them, through GuiController."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.db.cipher import FileState, file_state, key_opens
from app.gui import GuiController
from app.paths import AppPaths
from app.secrets.keyring_store import KeyringStore
from app.secrets.memory import MemorySecretStore
from app.secrets.store import ProbedStore
from app.ui.unlock.keyring_problem import KeyringProblemDialog
from app.ui.unlock.passphrase import AskPassphraseDialog, NewPassphraseDialog
from app.ui.unlock.recovery_key_screen import RecoveryKeyScreen
from app.ui.unlock.recovery_prompt import RecoveryKeyDialog
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.prompter import FAST_KDF
from tests.helpers.typing import type_text

Answer = Callable[[QDialog], None]


class User:
    """Answers each dialog the app opens, in order, and remembers the recovery key it saw."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.answers: list[Answer] = []
        self.seen: list[str] = []
        self.recovery = ""

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(type(dialog).__name__)
        self.qtbot.addWidget(dialog)
        dialog.show()
        if not self.answers:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        self.answers.pop(0)(dialog)
        return dialog.result()

    def saves_the_recovery_key(self) -> None:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, RecoveryKeyScreen)
            self.recovery = dialog.key_label.text().replace("\n", "  ")
            click(self.qtbot, dialog.saved)
            click(self.qtbot, dialog.continue_button)
        self.answers.append(answer)

    def types_the_recovery_key(self) -> None:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, RecoveryKeyDialog)
            type_text(self.qtbot, dialog.field, self.recovery)
            click(self.qtbot, dialog.open_button)
        self.answers.append(answer)

    def chooses(self, button: str) -> None:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, KeyringProblemDialog)
            click(self.qtbot, getattr(dialog, button))
        self.answers.append(answer)

    def sets_passphrase(self, text: str) -> None:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, NewPassphraseDialog)
            type_text(self.qtbot, dialog.first, text)
            type_text(self.qtbot, dialog.second, text)
            click(self.qtbot, dialog.ok_button)
        self.answers.append(answer)

    def enters_passphrase(self, text: str) -> None:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, AskPassphraseDialog)
            type_text(self.qtbot, dialog.field, text)
            click(self.qtbot, dialog.open_button)
        self.answers.append(answer)


@pytest.fixture
def start(qapp: QApplication, paths: AppPaths, qtbot: QtBot
          ) -> Iterator[Callable[[ProbedStore, User, RecordingDialogs], GuiController]]:
    started: list[GuiController] = []

    def run(store: ProbedStore, user: User, dialogs: RecordingDialogs) -> GuiController:
        gui = GuiController(qapp, paths, "en", secrets=store, dialogs=dialogs,
                            exec_dialog=user, kdf=FAST_KDF)
        started.append(gui)
        gui.open()
        return gui

    yield run
    for gui in started:
        if gui.window is not None:
            gui.window.close()
        gui.shutdown()


def test_first_run_shows_the_recovery_key_once(start: Callable[..., GuiController],
                                               paths: AppPaths, qtbot: QtBot) -> None:
    store = MemorySecretStore()
    user = User(qtbot)
    user.saves_the_recovery_key()
    gui = start(store, user, RecordingDialogs())
    assert gui.window is not None and user.seen == ["RecoveryKeyScreen"]
    assert file_state(paths.db_file) is FileState.OPAQUE
    assert json.loads(paths.encryption_file.read_text())["recovery_key_saved"] is True
    gui.context.close()  # type: ignore[union-attr]
    again = User(qtbot)
    assert start(store, again, RecordingDialogs()).window is not None
    assert again.seen == []


def test_a_wiped_keychain_opens_with_the_recovery_key_and_stores_it_again(
        start: Callable[..., GuiController], qtbot: QtBot) -> None:
    store = MemorySecretStore()
    user = User(qtbot)
    user.saves_the_recovery_key()
    start(store, user, RecordingDialogs()).context.close()  # type: ignore[union-attr]
    for name in store.names():
        store.delete(name)
    user.types_the_recovery_key()
    dialogs = RecordingDialogs(answer=True)
    gui = start(store, user, dialogs)
    assert gui.window is not None
    assert user.seen == ["RecoveryKeyScreen", "RecoveryKeyDialog"]
    assert [kind for kind, _t, _x in dialogs.shown] == ["confirm"] and store.names()


def test_no_keyring_then_a_passphrase(start: Callable[..., GuiController], paths: AppPaths,
                                      qtbot: QtBot) -> None:
    store = KeyringStore(keyring.backends.fail.Keyring())
    user = User(qtbot)
    user.chooses("passphrase_button")
    user.sets_passphrase("开门 open sesame")
    user.saves_the_recovery_key()
    gui = start(store, user, RecordingDialogs())
    assert gui.window is not None
    assert "passphrase" in gui.window.settings_page.security.store.text()
    gui.context.close()  # type: ignore[union-attr]
    user.enters_passphrase("开门 open sesame")
    assert start(store, user, RecordingDialogs()).window is not None
    assert user.seen[-1] == "AskPassphraseDialog"


def test_quit_at_the_keyring_problem_writes_nothing(start: Callable[..., GuiController],
                                                    paths: AppPaths, qtbot: QtBot) -> None:
    user = User(qtbot)
    user.chooses("quit_button")
    gui = start(KeyringStore(keyring.backends.fail.Keyring()), user, RecordingDialogs())
    assert gui.window is None and gui.context is None
    assert not paths.db_file.exists() and not paths.encryption_file.exists()


def test_re_keying_from_settings_keeps_the_data_and_shows_a_new_recovery_key(
        start: Callable[..., GuiController], paths: AppPaths, qtbot: QtBot) -> None:
    store = MemorySecretStore()
    user = User(qtbot)
    user.saves_the_recovery_key()
    dialogs = RecordingDialogs(answer=True)
    gui = start(store, user, dialogs)
    assert gui.context is not None and gui.window is not None
    gui.context.demo.seed(20, seed=5)
    first_recovery, old_key = user.recovery, gui.context.keys.key
    window = gui.window
    window.show()
    window.show_page(window.stack.indexOf(window.settings_page))
    button = window.settings_page.security.rekey
    qtbot.waitUntil(button.isVisible, timeout=5000)

    user.saves_the_recovery_key()  # the new one, shown once the data is open again
    click(qtbot, button)
    assert dialogs.shown[-1][0:2] == ("confirm", "Re-encrypt with a new key")
    qtbot.waitUntil(lambda: user.seen.count("RecoveryKeyScreen") == 2, timeout=30_000)

    assert gui.window is not window and gui.context is not None
    assert gui.context.members.overview().members == 20
    assert user.recovery != first_recovery
    assert not key_opens(paths.db_file, old_key)
    assert key_opens(paths.db_file, gui.context.keys.key)
    assert json.loads(paths.encryption_file.read_text())["recovery_key_saved"] is True
    assert "Re-encrypted the database" in gui.window.statusBar().currentMessage()
    assert "pre-rekey" in [b.reason for b in gui.context.backups.list()]


def test_declining_the_re_key_changes_nothing(start: Callable[..., GuiController],
                                              paths: AppPaths, qtbot: QtBot) -> None:
    user = User(qtbot)
    user.saves_the_recovery_key()
    dialogs = RecordingDialogs(answer=False)
    gui = start(MemorySecretStore(), user, dialogs)
    assert gui.window is not None and gui.context is not None
    key, settings = gui.context.keys.key, paths.encryption_file.read_bytes()
    window = gui.window
    window.show()
    window.show_page(window.stack.indexOf(window.settings_page))
    qtbot.waitUntil(window.settings_page.security.rekey.isVisible, timeout=5000)
    click(qtbot, window.settings_page.security.rekey)
    assert dialogs.shown[-1][0] == "confirm"
    assert gui.window is window and window.isEnabled()
    assert key_opens(paths.db_file, key) and paths.encryption_file.read_bytes() == settings
    assert user.seen == ["RecoveryKeyScreen"]  # only the first run's
