"""Settings → Security: is the database encrypted, where is its key, and switching stores."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.security import KeyStatus, StoreKind
from app.ui.icons import icon


class SecuritySection(QGroupBox):
    usePassphraseRequested = Signal()
    useKeyringRequested = Signal()
    changePassphraseRequested = Signal()
    rekeyRequested = Signal()

    def __init__(self, status: KeyStatus, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Security"), parent)
        form = QFormLayout(self)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        self.encryption = QLabel()
        self.encryption.setWordWrap(True)
        form.addRow(self.tr("Database"), self.encryption)
        self.store = QLabel()
        self.store.setWordWrap(True)
        self.store.setAccessibleName(self.tr("Key kept in"))
        form.addRow(self.tr("Key kept in"), self.store)
        self.notice = QLabel()
        self.notice.setObjectName("Muted")
        self.notice.setWordWrap(True)
        form.addRow("", self.notice)
        row = QHBoxLayout()
        self.use_passphrase = QPushButton(icon("keyring"), self.tr("Use a passphrase instead…"))
        self.change_passphrase = QPushButton(self.tr("Change passphrase…"))
        self.use_keyring = QPushButton(icon("keyring"),
                                       self.tr("Use the system keyring instead…"))
        self.rekey = QPushButton(self.tr("Re-encrypt with a new key…"))
        self.rekey.setToolTip(self.tr(
            "Re-encrypt the database, its backups and attachments under a new random key, for "
            "example after a copy of the data folder or the recovery key may have leaked"))
        for button in (self.use_passphrase, self.change_passphrase, self.use_keyring, self.rekey):
            row.addWidget(button)
        row.addStretch(1)
        form.addRow("", row)
        self.use_passphrase.clicked.connect(self.usePassphraseRequested)
        self.use_keyring.clicked.connect(self.useKeyringRequested)
        self.change_passphrase.clicked.connect(self.changePassphraseRequested)
        self.rekey.clicked.connect(self.rekeyRequested)
        self.set_status(status)

    def set_status(self, status: KeyStatus) -> None:
        if status.encrypted:
            self.encryption.setText(self.tr("Encrypted with SQLCipher (256-bit key)"))
        else:
            self.encryption.setText(self.tr("Not encrypted"))
        keyring = status.kind is StoreKind.KEYRING
        if keyring:
            self.store.setText(self.tr("The system keyring (%1)").replace(
                "%1", status.backend_label or status.backend_name))
        else:
            self.store.setText(self.tr("A passphrase, asked each time Steward starts"))
        notice = ""
        if keyring and status.previous_backend:
            notice = self.tr("The keyring changed since the last run (it was %1).").replace(
                "%1", status.previous_backend.removeprefix("keyring.backends."))
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.use_passphrase.setVisible(keyring)
        self.change_passphrase.setVisible(not keyring)
        self.use_keyring.setVisible(not keyring)
        self.rekey.setVisible(status.encrypted)

    def set_busy(self, busy: bool) -> None:
        for button in (self.use_passphrase, self.change_passphrase, self.use_keyring, self.rekey):
            button.setEnabled(not busy)
