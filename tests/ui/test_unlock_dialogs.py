"""The key dialogs as a user meets them: what they say, what they allow, what they return."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.security import KeyringProblem, RecoveryError, RecoveryReason
from app.paths import resources_dir
from app.secrets.keys import DatabaseKey
from app.secrets.recovery import format_recovery_key, parse_recovery_key
from app.secrets.store import KeyringUnusable
from app.secrets.unlock import Choice
from app.ui.unlock.keyring_problem import KeyringProblemDialog
from app.ui.unlock.passphrase import AskPassphraseDialog, NewPassphraseDialog
from app.ui.unlock.recovery_key_screen import RecoveryKeyScreen
from app.ui.unlock.recovery_prompt import RecoveryKeyDialog
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- first-run recovery key screen ------------------------------------------------------------
def _screen(qtbot: QtBot, tmp_path: Path, dialogs: RecordingDialogs
            ) -> tuple[RecoveryKeyScreen, str]:
    recovery = format_recovery_key(DatabaseKey.generate())
    screen = RecoveryKeyScreen(recovery, str(tmp_path / "data"), dialogs, resources_dir())
    _show(qtbot, screen)
    return screen, recovery


def test_the_recovery_key_is_shown_in_groups_and_continue_needs_confirmation(
        qtbot: QtBot, tmp_path: Path) -> None:
    screen, recovery = _screen(qtbot, tmp_path, RecordingDialogs())
    shown = screen.key_label.text()
    assert shown.count("\n") == 1 and len(shown.split()) == 14
    assert parse_recovery_key(shown) == parse_recovery_key(recovery)
    assert not screen.continue_button.isEnabled()
    click(qtbot, screen.saved)
    assert screen.continue_button.isEnabled()
    click(qtbot, screen.continue_button)
    assert screen.result() == QDialog.DialogCode.Accepted and screen.confirmed()


def test_save_as_pdf_writes_the_key_where_the_user_chooses(qtbot: QtBot, tmp_path: Path,
                                                           ) -> None:
    target = tmp_path / "usb-stick" / "my key"
    target.parent.mkdir()
    dialogs = RecordingDialogs(save_path=str(target))
    screen, recovery = _screen(qtbot, tmp_path, dialogs)
    click(qtbot, screen.save_button)
    pdf = target.with_name("my key.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in screen.result_label.text()
    from tests.helpers.pdf import pdf_text

    text = pdf_text(pdf)
    assert "Steward recovery key" in text
    assert all(group in text for group in recovery.split("-"))


def test_save_as_pdf_refuses_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    inside = tmp_path / "data" / "key.pdf"
    inside.parent.mkdir()
    dialogs = RecordingDialogs(save_path=str(inside))
    screen, _ = _screen(qtbot, tmp_path, dialogs)
    click(qtbot, screen.save_button)
    assert not inside.exists()
    assert dialogs.shown[-1][0] == "warn" and "outside the data folder" in dialogs.shown[-1][2]


def test_cancelling_the_save_dialog_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    screen, _ = _screen(qtbot, tmp_path, RecordingDialogs(save_path=None))
    click(qtbot, screen.save_button)
    assert screen.result_label.text() == ""


def test_print_sends_the_key_to_the_print_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = RecordingDialogs()
    screen, recovery = _screen(qtbot, tmp_path, dialogs)
    click(qtbot, screen.print_button)
    (printed,) = dialogs.printed
    assert all(group in printed for group in recovery.split("-"))
    assert "Sent to the printer" in screen.result_label.text()


# -- passphrases -------------------------------------------------------------------------------
def test_a_new_passphrase_must_be_long_enough_and_typed_twice(qtbot: QtBot) -> None:
    dialog = _show(qtbot, NewPassphraseDialog())
    assert isinstance(dialog, NewPassphraseDialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.first, "short")
    assert "too short" in dialog.error.text() and not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.first, " but now 长一点")
    type_text(qtbot, dialog.second, "short but now")
    assert "not the same" in dialog.error.text() and not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.second, " 长一点")
    assert dialog.error.isHidden() and dialog.ok_button.isEnabled()
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == "short but now 长一点"


def test_changing_asks_for_the_current_passphrase_first(qtbot: QtBot) -> None:
    dialog = _show(qtbot, NewPassphraseDialog(change=True))
    assert isinstance(dialog, NewPassphraseDialog)
    type_text(qtbot, dialog.first, "the new passphrase")
    type_text(qtbot, dialog.second, "the new passphrase")
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.current, "the new passphrase")
    assert "same as the current" in dialog.error.text()
    dialog.current.clear()
    type_text(qtbot, dialog.current, "the old passphrase")
    assert dialog.ok_button.isEnabled()


def test_asking_for_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _show(qtbot, AskPassphraseDialog(wrong=True, data_dir=str(tmp_path)))
    assert isinstance(dialog, AskPassphraseDialog)
    assert "not correct" in dialog.error.text() and dialog.error.isVisible()
    assert not dialog.open_button.isEnabled()
    type_text(qtbot, dialog.field, "口令 passphrase")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.answer == "口令 passphrase"


def test_forgot_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _show(qtbot, AskPassphraseDialog(wrong=False, data_dir=str(tmp_path)))
    assert isinstance(dialog, AskPassphraseDialog)
    assert dialog.error.isHidden()
    click(qtbot, dialog.forgot_button)
    assert dialog.answer is Choice.RECOVERY_KEY


# -- recovery key prompt -----------------------------------------------------------------------
def test_the_recovery_key_is_checked_while_it_is_typed(qtbot: QtBot) -> None:
    dialog = _show(qtbot, RecoveryKeyDialog(RecoveryReason.KEY_MISSING, None))
    assert isinstance(dialog, RecoveryKeyDialog)
    assert "not in this computer's keyring" in dialog.body.text()
    recovery = format_recovery_key(DatabaseKey.generate())
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    type_text(qtbot, dialog.field, typo[:20])
    assert "of 56 characters" in dialog.progress.text() and not dialog.open_button.isEnabled()
    type_text(qtbot, dialog.field, typo[20:])
    assert "typo" in dialog.error.text() and not dialog.open_button.isEnabled()
    dialog.field.clear()
    type_text(qtbot, dialog.field, recovery.lower().replace("-", " "))
    assert dialog.error.isHidden() and dialog.open_button.isEnabled()
    click(qtbot, dialog.open_button)
    assert parse_recovery_key(dialog.text()) == parse_recovery_key(recovery)


def test_a_wrong_recovery_key_is_explained(qtbot: QtBot) -> None:
    dialog = _show(qtbot, RecoveryKeyDialog(RecoveryReason.KEY_DIFFERENT,
                                            RecoveryError.WRONG_KEY))
    assert isinstance(dialog, RecoveryKeyDialog)
    assert "not the one for this data folder" in dialog.error.text()


# -- the keyring problem -----------------------------------------------------------------------
@pytest.mark.parametrize(("problem", "retry"), [
    (KeyringProblem.NO_BACKEND, False), (KeyringProblem.NULL_BACKEND, False),
    (KeyringProblem.EMPTY_CHAINER, False), (KeyringProblem.LOCKED, True),
    (KeyringProblem.CANCELLED, True), (KeyringProblem.READ_FAILED, True),
    (KeyringProblem.DIFFERENT_VALUE, False),
])
def test_the_keyring_problem_is_explained_with_the_right_choices(
        qtbot: QtBot, problem: KeyringProblem, retry: bool) -> None:
    error = KeyringUnusable(problem, "keyring.backends.fail.Keyring", "english detail")
    dialog = _show(qtbot, KeyringProblemDialog(error, holds_key=False))
    assert isinstance(dialog, KeyringProblemDialog)
    assert dialog.body.text() and "english detail" not in dialog.body.text()
    assert "keyring.backends.fail.Keyring" in dialog.detail.text()
    assert dialog.retry_button.isVisible() is retry
    click(qtbot, dialog.passphrase_button)
    assert dialog.choice is Choice.PASSPHRASE


def test_quit_from_the_keyring_problem(qtbot: QtBot) -> None:
    error = KeyringUnusable(KeyringProblem.LOCKED, "x", "")
    dialog = _show(qtbot, KeyringProblemDialog(error, holds_key=True))
    assert isinstance(dialog, KeyringProblemDialog)
    assert "recovery key" in dialog.advice.text()
    click(qtbot, dialog.quit_button)
    assert dialog.choice is Choice.QUIT and dialog.result() == QDialog.DialogCode.Rejected
