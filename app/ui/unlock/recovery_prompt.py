"""Typing the recovery key: why it is needed, and live feedback while it is typed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.security import RecoveryError, RecoveryReason
from app.secrets.recovery import CHARACTERS, RecoveryKeyError, parse_recovery_key
from app.ui.unlock.frame import KeyDialogFrame, error_label, show_error
from app.ui.unlock.texts import KeyTexts


def key_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


class RecoveryKeyDialog(KeyDialogFrame):
    def __init__(self, reason: RecoveryReason, error: RecoveryError | None,
                 parent: QWidget | None = None) -> None:
        self._texts = KeyTexts()
        super().__init__(self.tr("Steward"), self.tr("Enter your recovery key"),
                         self._texts.reason(reason), parent=parent)
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Recovery key"))
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.field.setFont(key_font(12))
        self.field.setMinimumWidth(520)
        self.column.addWidget(self.field)
        self.progress = QLabel()
        self.progress.setObjectName("Muted")
        self.column.addWidget(self.progress)
        self.error = error_label()
        self.column.addWidget(self.error)
        if error is not None:
            show_error(self.error, self._texts.recovery_error(error))
        self.quit_button = self.add_button(self.tr("Quit"))
        self.open_button = self.add_button(self.tr("Open"), primary=True)
        self.quit_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.accept)
        self.field.textChanged.connect(self._check)
        self.finish()
        self._check("")
        self.field.setFocus()

    def text(self) -> str:
        return self.field.text()

    def _check(self, text: str) -> None:
        typed = sum(1 for ch in text if ch.isalnum())
        self.progress.setText(self.tr("%1 of %2 characters").replace("%1", str(typed))
                              .replace("%2", str(CHARACTERS)))
        ok = False
        if typed >= CHARACTERS:
            try:
                parse_recovery_key(text)
                ok = True
                show_error(self.error, "")
            except RecoveryKeyError as exc:
                show_error(self.error, self._texts.recovery_error(exc.kind))
        self.open_button.setEnabled(ok)
