"""Choosing a passphrase (twice, with the rules shown) and entering it at each start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.secrets.passphrase import MIN_PASSPHRASE_CHARS, passphrase_too_short
from app.secrets.unlock import Choice
from app.ui.unlock.frame import KeyDialogFrame, error_label, show_error


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(300)
    # No undo history, no drag out, no context-menu copy: the text lives only in the field.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    return field


class NewPassphraseDialog(KeyDialogFrame):
    """A new passphrase; with ``change=True`` the current one is asked first."""

    def __init__(self, *, change: bool = False, parent: QWidget | None = None) -> None:
        if change:
            heading = self.tr("Change the passphrase")
            body = self.tr("Enter the current passphrase, then the new one twice.")
        else:
            heading = self.tr("Choose a passphrase")
            body = self.tr(
                "Steward will ask for it each time it starts. A few unrelated words are easy to "
                "remember and hard to guess. If you forget it, only the recovery key opens "
                "your data.")
        super().__init__(self.tr("Steward"), heading, body, parent=parent)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.current = _secret_field(self.tr("Current passphrase"))
        if change:
            form.addRow(self.tr("Current passphrase"), self.current)
        self.first = _secret_field(self.tr("New passphrase"))
        self.second = _secret_field(self.tr("Repeat it"))
        form.addRow(self.tr("Passphrase") if not change else self.tr("New passphrase"),
                    self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        self.column.addLayout(form)
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        self.column.addWidget(self.show_text)
        self.rule = QLabel(self.tr("At least %1 characters.").replace(
            "%1", str(MIN_PASSPHRASE_CHARS)))
        self.rule.setObjectName("Muted")
        self.column.addWidget(self.rule)
        self.error = error_label()
        self.column.addWidget(self.error)
        self.cancel_button = self.add_button(self.tr("Cancel"))
        self.ok_button = self.add_button(
            self.tr("Change passphrase") if change else self.tr("Use this passphrase"),
            primary=True)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.accept)
        self._change = change
        for field in (self.current, self.first, self.second):
            field.textChanged.connect(self._validate)
        self.finish()
        self._validate()
        (self.current if change else self.first).setFocus()

    def passphrase(self) -> str:
        return self.first.text()

    def current_passphrase(self) -> str:
        return self.current.text()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in (self.current, self.first, self.second):
            field.setEchoMode(mode)

    def _validate(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = ""
        if first and passphrase_too_short(first):
            problem = self.tr("The passphrase is too short.")
        elif second and first != second:
            problem = self.tr("The two passphrases are not the same.")
        elif self._change and first and first == self.current.text():
            problem = self.tr("The new passphrase is the same as the current one.")
        show_error(self.error, problem)
        ready = bool(first) and first == second and not problem and (
            not self._change or bool(self.current.text()))
        self.ok_button.setEnabled(ready)


class AskPassphraseDialog(KeyDialogFrame):
    """The passphrase at start; or "forgot it" (the recovery key); or quit."""

    def __init__(self, *, wrong: bool, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Steward"), self.tr("Enter your passphrase"),
                         self.tr("Your data in %1 is protected by a passphrase.").replace(
                             "%1", data_dir), parent=parent)
        self.answer: str | Choice = Choice.QUIT
        self.field = _secret_field(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.column.addWidget(self.field)
        self.error = error_label()
        self.column.addWidget(self.error)
        if wrong:
            show_error(self.error, self.tr("That passphrase is not correct. Try again."))
        self.forgot_button = self.add_button(self.tr("Forgot it? Use the recovery key"),
                                             left=True)
        self.quit_button = self.add_button(self.tr("Quit"))
        self.open_button = self.add_button(self.tr("Open"), primary=True)
        self.forgot_button.clicked.connect(self._forgot)
        self.quit_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.open_button.setEnabled(False)
        self.finish()
        self.field.setFocus()

    def _open(self) -> None:
        self.answer = self.field.text()
        self.accept()

    def _forgot(self) -> None:
        self.answer = Choice.RECOVERY_KEY
        self.accept()
