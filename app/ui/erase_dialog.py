"""Erasing a member for good: say exactly what goes, and ask for the name typed out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.privacy import ERASE_WORD, ErasePlan
from app.ui.formatting import format_datetime, join_list, join_sentences
from app.ui.icons import icon
from app.ui.widgets.notice_dialog import NoticeDialog


@dataclass(frozen=True)
class EraseChoice:
    confirmation: str
    remove_backups: bool


class EraseDialog(NoticeDialog):
    def __init__(self, plan: ErasePlan, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Erase member for good"), "erase", "#c62828",
                         self.tr("Erase “%1” for good?").replace("%1", plan.display_name),
                         parent)
        self._plan = plan
        column = self.column
        self.what = self.paragraph(self._what_text())

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
            self.backups.setText(self.tr("Also delete those %1 backups now")
                                 .replace("%1", QLocale().toString(plan.backups)))
            self.backups_detail = QLabel(self.tr(
                "A fresh backup without this member is written first. Backups you copied "
                "elsewhere are not affected."))
            self.backups_detail.setWordWrap(True)
            self.backups_detail.setObjectName("Muted")
            self.backups_detail.setContentsMargins(24, 0, 0, 0)
            column.addWidget(self.backups_note)
            column.addWidget(self.backups)
            column.addWidget(self.backups_detail)
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
        self.finish(buttons)
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
        parts = [
            (counts.get("handle", 0), self.tr("1 handle"), self.tr("%1 handles")),
            (counts.get("note", 0), self.tr("1 note"), self.tr("%1 notes")),
            (counts.get("member_tag", 0), self.tr("1 tag assignment"),
             self.tr("%1 tag assignments")),
            (other, self.tr("1 other linked record"), self.tr("%1 other linked records")),
            (self._plan.trash_items, self.tr("1 item in the trash"),
             self.tr("%1 items in the trash")),
        ]
        listed = [one if n == 1 else many.replace("%1", locale.toString(n))
                  for n, one, many in parts if n]
        what = (self.tr("This deletes the profile and everything linked to it: %1.")
                .replace("%1", join_list(listed)) if listed
                else self.tr("This deletes the profile."))
        return join_sentences(what, self.tr("The freed space in the database file is "
                                            "overwritten. This cannot be undone."))
