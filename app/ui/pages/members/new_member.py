"""The "New member" dialog: a display name and a first handle, nothing more, so adding someone
takes seconds; everything else is filled in on the profile that opens next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.members import HandleData, Platform
from app.domain.profiles import MemberDraft
from app.ui.unlock.frame import error_label
from app.ui.widgets.dialog_buttons import primary_buttons


class NewMemberDialog(QDialog):
    createRequested = Signal(object)  # MemberDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New member"))
        self.setMinimumWidth(520)
        platforms = {
            Platform.WECHAT: self.tr("WeChat"), Platform.TELEGRAM: self.tr("Telegram"),
            Platform.DISCORD: self.tr("Discord"), Platform.SLACK: self.tr("Slack"),
            Platform.WHATSAPP: self.tr("WhatsApp"), Platform.EMAIL: self.tr("Email"),
            Platform.PHONE: self.tr("Phone"), Platform.OTHER: self.tr("Other"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Who joined?"))
        heading.setObjectName("DialogTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setSpacing(8)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("The name you know them by"))
        self.name.setAccessibleName(self.tr("Display name"))
        form.addRow(self.tr("&Display name"), self.name)
        handle_row = QHBoxLayout()
        handle_row.setSpacing(8)
        self.platform = QComboBox()
        for platform, label in platforms.items():
            self.platform.addItem(label, platform.value)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(self.tr("Handle or number (optional)"))
        self.handle.setAccessibleName(self.tr("Handle"))
        handle_row.addWidget(self.platform)
        handle_row.addWidget(self.handle, 1)
        handle_label = QLabel(self.tr("First &handle"))
        handle_label.setBuddy(self.platform)
        form.addRow(handle_label, handle_row)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons, self.create_button = primary_buttons(self, self.tr("Create"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip())))
        self.setTabOrder(self.name, self.platform)
        self.setTabOrder(self.platform, self.handle)
        self.setTabOrder(self.handle, self.create_button)

    def draft(self) -> MemberDraft:
        handle = self.handle.text().strip()
        platform = Platform(self.platform.currentData())
        handles = (HandleData(platform, handle),) if handle else ()
        return MemberDraft(display_name=self.name.text(), handles=handles)

    def busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy and bool(self.name.text().strip()))

    def show_error(self, text: str) -> None:
        """A problem with what was typed (the service names the field); the dialog stays."""
        self.busy(False)
        self.error.setText(text)
        self.error.show()
        self.adjustSize()

    def _create(self) -> None:
        if not self.name.text().strip():
            return
        self.error.hide()
        self.busy(True)
        self.createRequested.emit(self.draft())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in either field creates, as the default button would
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.create_button.isEnabled():
            self._create()
            return
        super().keyPressEvent(event)
