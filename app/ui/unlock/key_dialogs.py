"""The GUI's answers in the unlock flow (a ``KeyPrompter``), and the passphrase dialogs Settings
needs. Every dialog runs through ``exec_dialog`` so tests can drive it instead of blocking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.security import RecoveryError, RecoveryReason
from app.secrets.store import KeyringUnusable
from app.secrets.unlock import Choice
from app.ui.dialogs import Dialogs
from app.ui.unlock.keyring_problem import KeyringProblemDialog
from app.ui.unlock.passphrase import AskPassphraseDialog, NewPassphraseDialog
from app.ui.unlock.recovery_key_screen import RecoveryKeyScreen
from app.ui.unlock.recovery_prompt import RecoveryKeyDialog

ExecDialog = Callable[[QDialog], int]


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


class KeyDialogs(QObject):
    def __init__(self, dialogs: Dialogs, data_dir: str, resources: Path,
                 exec_dialog: ExecDialog | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._data_dir = data_dir
        self._resources = resources
        self._exec = exec_dialog or _exec

    # -- KeyPrompter -------------------------------------------------------------------------
    def keyring_unusable(self, error: KeyringUnusable, *, holds_key: bool) -> Choice:
        dialog = KeyringProblemDialog(error, holds_key=holds_key)
        self._exec(dialog)
        return dialog.choice

    def choose_passphrase(self) -> str | None:
        return self.new_passphrase(None)

    def ask_passphrase(self, *, wrong: bool) -> str | Choice:
        dialog = AskPassphraseDialog(wrong=wrong, data_dir=self._data_dir)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return Choice.QUIT
        return dialog.answer

    def ask_recovery_key(self, reason: RecoveryReason, error: RecoveryError | None) -> str | None:
        dialog = RecoveryKeyDialog(reason, error)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.text()

    def offer_to_store_key(self, where: str) -> bool:
        return self._dialogs.confirm(None, self.tr("Steward"), self.tr(
            "Your data is open. Store its key in the system keyring (%1) again, so that "
            "Steward opens without the recovery key next time?").replace("%1", where))

    def show_recovery_key(self, recovery: str, *, first_time: bool) -> bool:
        screen = RecoveryKeyScreen(recovery, self._data_dir, self._dialogs, self._resources,
                                   first_time=first_time)
        accepted = self._exec(screen) == QDialog.DialogCode.Accepted
        return accepted and screen.confirmed()

    def backend_changed(self, before: str, now: str) -> None:
        self._dialogs.info(None, self.tr("Steward"), self.tr(
            "The system keyring changed since Steward last ran.\n\nBefore: %1\nNow: %2\n\n"
            "If the new keyring does not have the key, Steward asks for your recovery key.")
            .replace("%1", before).replace("%2", now))

    # -- Settings ----------------------------------------------------------------------------
    def new_passphrase(self, parent: QWidget | None) -> str | None:
        dialog = NewPassphraseDialog(parent=parent)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    def change_passphrase(self, parent: QWidget | None) -> tuple[str, str] | None:
        """(current, new), or None if the user cancelled."""
        dialog = NewPassphraseDialog(change=True, parent=parent)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.current_passphrase(), dialog.passphrase()
