"""What the Security section's buttons do: ask (through the key dialogs), then let the key manager
switch or change the store on a worker (scrypt and keyring calls may take a moment), then show
the new status. Every change is atomic in the manager; on any failure nothing has changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.secrets.manager import KeyManager
from app.secrets.store import KeyringUnusable, WrongPassphrase
from app.ui.dialogs import Dialogs
from app.ui.formatting import join_sentences
from app.ui.messages import error_text
from app.ui.pages.settings.security import SecuritySection
from app.ui.tasks import TaskRunner
from app.ui.unlock.key_dialogs import KeyDialogs
from app.ui.unlock.texts import KeyTexts


class SecurityActions(QObject):
    done = Signal(str)  # a message for the status bar
    rekeyConfirmed = Signal()  # the GUI controller re-keys: the database must be closed first

    def __init__(self, keys: KeyManager, section: SecuritySection, runner: TaskRunner,
                 dialogs: Dialogs, key_dialogs: KeyDialogs, window: QWidget) -> None:
        super().__init__(window)
        self._keys = keys
        self._section = section
        self._runner = runner
        self._dialogs = dialogs
        self._key_dialogs = key_dialogs
        self._window = window
        section.usePassphraseRequested.connect(self.use_passphrase)
        section.useKeyringRequested.connect(self.use_keyring)
        section.changePassphraseRequested.connect(self.change_passphrase)
        section.rekeyRequested.connect(self.rekey)

    def use_passphrase(self) -> None:
        passphrase = self._key_dialogs.new_passphrase(self._window)
        if passphrase is None:
            return
        keys = self._keys
        self._run(lambda: keys.use_passphrase(passphrase),
                  self.tr("Your data is now protected by a passphrase."),
                  self.tr("Switching to a passphrase"))

    def use_keyring(self) -> None:
        self._run(self._keys.use_keyring,
                  self.tr("The key is now kept in the system keyring."),
                  self.tr("Moving the key to the system keyring"))

    def change_passphrase(self) -> None:
        answer = self._key_dialogs.change_passphrase(self._window)
        if answer is None:
            return
        current, new = answer
        keys = self._keys
        self._run(lambda: keys.change_passphrase(current, new),
                  self.tr("The passphrase was changed."),
                  self.tr("Changing the passphrase"))

    def rekey(self) -> None:
        if self._dialogs.confirm(self._window, self.tr("Re-encrypt with a new key"), self.tr(
                "Steward will re-encrypt the database, its backups and attachments under a new "
                "random key. The window closes the data while it works; a backup is taken "
                "first, and if anything fails the old key still opens everything.\n\n"
                "Your recovery key changes: you will be shown the new one to save or print, and "
                "the old one will no longer open this data."),
                self.tr("Re-encrypt")):
            self.rekeyConfirmed.emit()

    def _run(self, op: Callable[[], None], success: str, label: str) -> None:
        self._section.set_busy(True)

        def finished(_result: object) -> None:
            self._section.set_busy(False)
            self._section.set_status(self._keys.status())
            self.done.emit(success)

        def failed(exc: BaseException) -> None:
            self._section.set_busy(False)
            self._section.set_status(self._keys.status())
            if isinstance(exc, WrongPassphrase):
                text = self.tr("The current passphrase is not correct. Nothing was changed.")
            elif isinstance(exc, KeyringUnusable):
                text = join_sentences(KeyTexts().problem(exc.problem), self.tr("Nothing was changed."))
            else:
                text = error_text(exc)
            self._dialogs.warn(self._window, self.tr("Steward"), text)

        self._runner.run(lambda _progress: op(), finished, failed, label=label)
