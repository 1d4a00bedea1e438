""""The system keyring cannot be used": what went wrong, and the user's choice."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.secrets.store import KeyringUnusable
from app.secrets.unlock import Choice
from app.ui.unlock.frame import KeyDialogFrame
from app.ui.unlock.texts import KeyTexts


class KeyringProblemDialog(KeyDialogFrame):
    def __init__(self, error: KeyringUnusable, *, holds_key: bool,
                 parent: QWidget | None = None) -> None:
        texts = KeyTexts()
        super().__init__(self.tr("Steward"), self.tr("The system keyring cannot be used"),
                         texts.problem(error.problem), parent=parent)
        self.choice = Choice.QUIT
        if holds_key:
            advice = self.tr(
                "This data folder's key is kept in the keyring. To open it without the keyring, "
                "choose a passphrase: you will enter your recovery key once, then the passphrase "
                "at each start.")
        else:
            advice = self.tr(
                "Steward keeps the key that encrypts your data in the system keyring. Instead, "
                "it can protect the key with a passphrase that you type each time Steward "
                "starts. Steward never stores the key unprotected.")
        self.advice = QLabel(advice)
        self.advice.setWordWrap(True)
        self.column.addWidget(self.advice)
        self.detail = QLabel(self.tr("Keyring backend: %1").replace("%1", error.backend))
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        self.column.addWidget(self.detail)

        self.quit_button = self.add_button(self.tr("Quit"), left=True)
        self.retry_button = self.add_button(self.tr("Try again"))
        self.retry_button.setVisible(error.problem.retry_may_help)
        self.passphrase_button = self.add_button(self.tr("Use a passphrase"), primary=True)
        self.quit_button.clicked.connect(lambda: self._answer(Choice.QUIT))
        self.retry_button.clicked.connect(lambda: self._answer(Choice.RETRY))
        self.passphrase_button.clicked.connect(lambda: self._answer(Choice.PASSPHRASE))
        self.finish()

    def _answer(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()
