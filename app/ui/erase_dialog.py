"""Erasing a member for good: say exactly what goes, and ask for the name typed out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.privacy import ERASE_WORD, ErasePlan
from app.ui.formatting import format_datetime
from app.ui.icons import icon


@dataclass(frozen=True)
class EraseChoice:
    confirmation: str
    remove_backups: bool


class EraseDialog(QDialog):
    def __init__(self, plan: ErasePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.setWindowTitle(self.tr("Erase member for good"))
        self.setMinimumWidth(540)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.setSpacing(16)
        picture = QLabel()
        picture.setPixmap(icon("erase", "#c62828").pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(picture)
        column = QVBoxLayout()
        column.setSpacing(12)
        outer.addLayout(column, 1)

        heading = QLabel(self.tr("Erase “%1” for good?").replace("%1", plan.display_name))
        heading.setObjectName("EmptyTitle")
        heading.setWordWrap(True)
        column.addWidget(heading)
        self.what = QLabel(self._what_text())
        self.what.setWordWrap(True)
        column.addWidget(self.what)

        self.backups = QCheckBox()
        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)
        self.backups_note.setObjectName("Muted")
        if plan.backups and plan.oldest_backup is not None:
            self.backups_note.setText(self.tr(
                "%1 backups made before now (the oldest from %2) still contain this member. "
                "They are protected like the database and are removed by rotation within about "
                "a year.").replace("%1", QLocale().toString(plan.backups))
                .replace("%2", format_datetime(plan.oldest_backup)))
            self.backups.setText(self.tr(
                "Also delete those %1 backups now (a fresh backup without this member is "
                "written first). Backups you copied elsewhere are not affected.")
                .replace("%1", QLocale().toString(plan.backups)))
            column.addWidget(self.backups_note)
            column.addWidget(self.backups)
        else:
            self.backups.hide()

        prompt = QLabel(self.tr("To confirm, type the member's name (%1) or %2:")
                        .replace("%1", plan.display_name).replace("%2", ERASE_WORD))
        prompt.setWordWrap(True)
        column.addWidget(prompt)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Confirmation"))
        column.addWidget(self.typed)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        self.erase_button = QPushButton(icon("erase", "white"), self.tr("Erase for good"))
        self.erase_button.setObjectName("Danger")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.erase_button)
        column.addLayout(buttons)
        self.typed.textChanged.connect(
            lambda text: self.erase_button.setEnabled(self._plan.accepts(text)))

    def choice(self) -> EraseChoice:
        return EraseChoice(self.typed.text(), not self.backups.isHidden() and
                           self.backups.isChecked())

    def _what_text(self) -> str:
        counts = dict(self._plan.rows)
        locale = QLocale()
        known = {"member", "handle", "note", "member_tag"}
        other = sum(n for t, n in counts.items() if t not in known)
        text = self.tr(
            "This deletes the profile, %1 handles, %2 notes and %3 tag assignments, %4 other "
            "linked records, and %5 items of theirs in the trash. The freed space in the "
            "database file is overwritten. This cannot be undone.")
        for key, value in (("%1", counts.get("handle", 0)), ("%2", counts.get("note", 0)),
                           ("%3", counts.get("member_tag", 0)), ("%4", other),
                           ("%5", self._plan.trash_items)):
            text = text.replace(key, locale.toString(value))
        return text
