"""The dialog shown before the window opens when the database cannot be used as it is.

It names the file and the problem, says exactly what Steward proposes (restore the newest backup
that verifies, or set aside a log that belongs elsewhere) and what that means for recent changes,
and promises what is true: the damaged file is renamed, never deleted.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from app.domain.backups import RecoveryAction, RecoveryOffer
from app.ui.formatting import format_datetime, format_size
from app.ui.messages import localized
from app.ui.widgets.notice_dialog import NoticeDialog


class RecoveryChoice(StrEnum):
    PROCEED = "proceed"  # do what the offer proposes
    START_EMPTY = "start_empty"  # only offered when the file is missing
    QUIT = "quit"


class RecoveryDialog(NoticeDialog):
    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Steward: the database needs attention"), "damaged", "#c2410c",
                         self.tr("The database is missing") if offer.missing
                         else self.tr("The database cannot be opened as it is"), parent)
        self.choice = RecoveryChoice.QUIT
        column = self.column
        self.problem = self.paragraph(
            self.tr("File: %1\nProblem: %2.").replace("%1", str(offer.database))
            .replace("%2", localized(offer.problem)))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan = self.paragraph(self._plan_text(offer))
        if offer.unusable_backups:
            self.paragraph(
                self.tr("1 newer backup could not be verified with this computer's key and was "
                        "skipped.") if offer.unusable_backups == 1 else
                self.tr("%1 newer backups could not be verified with this computer's key and "
                        "were skipped.").replace("%1", QLocale().toString(offer.unusable_backups)),
                muted=True)
        column.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.quit_button)
        self.empty_button: QPushButton | None = None
        if offer.missing:
            self.empty_button = QPushButton(self.tr("Start with an empty database"))
            self.empty_button.clicked.connect(lambda: self._choose(RecoveryChoice.START_EMPTY))
            buttons.addWidget(self.empty_button)
        self.proceed_button: QPushButton | None = None
        if offer.action != RecoveryAction.NONE:
            label = (self.tr("Set the log aside") if offer.action == RecoveryAction.SET_ASIDE_LOG
                     else self.tr("Restore this backup"))
            self.proceed_button = QPushButton(label)
            self.proceed_button.setObjectName("Primary")
            self.proceed_button.setDefault(True)
            self.proceed_button.clicked.connect(lambda: self._choose(RecoveryChoice.PROCEED))
            buttons.addWidget(self.proceed_button)
        self.finish(buttons)

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()

    def _plan_text(self, offer: RecoveryOffer) -> str:
        if offer.action == RecoveryAction.SET_ASIDE_LOG:
            return self.tr(
                "The database file itself is whole. Steward will rename the log beside it "
                "(it is kept, not deleted) and open the database as it was when it was last "
                "saved in full. Nothing else changes.")
        if offer.action == RecoveryAction.NONE or offer.backup is None:
            return self.tr(
                "No backup in the backups folder could be verified with this computer's key, so "
                "Steward cannot repair this by itself and will not change anything. If you "
                "moved to a new computer, open Steward with your recovery key; if you have a "
                "backup file elsewhere, restore it with “steward restore FILE”.")
        backup = offer.backup
        when = format_datetime(backup.taken_at)
        text = self.tr(
            "The newest backup that verifies is from %1 (%2). Steward will put it in place of "
            "the database. Changes made after %1 are not in it.").replace("%1", when).replace(
            "%2", format_size(backup.size))
        if not offer.missing:
            text += " " + self.tr(
                "The damaged file is renamed to steward.damaged-(date).db in the same folder, "
                "never deleted, so nothing is lost if it can be repaired later.")
        return text
