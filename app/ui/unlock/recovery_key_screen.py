"""The first-run screen that shows the recovery key once, with "Save as PDF" and "Print".

The key is only ever shown here, kept in memory while the screen is open, and written only where
the user points: a PDF they save (refused inside the data folder, where it would sit next to the
database it opens) or a printer. There is no copy button: clipboard managers keep histories.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.exporters.recovery_sheet import RecoverySheetText, recovery_sheet_pdf
from app.secrets.files import write_atomic
from app.secrets.recovery import recovery_groups
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.unlock.frame import KeyDialogFrame
from app.ui.unlock.recovery_prompt import key_font

log = logging.getLogger(__name__)

PER_LINE = 7


class RecoveryKeyScreen(KeyDialogFrame):
    def __init__(self, recovery: str, data_dir: str, dialogs: Dialogs, resources: Path,
                 *, first_time: bool = True) -> None:
        super().__init__(
            self.tr("Steward"), self.tr("Save your recovery key"),
            self.tr("Steward encrypts your data. If the key that opens it is ever lost (a new "
                    "computer, a reset keychain, a forgotten passphrase), this recovery key is "
                    "the only way back in. Nobody else has a copy, not even Steward's "
                    "developers."),
            icon_name="keyring")
        self.setMinimumWidth(640)
        if not first_time:
            self.heading.setText(self.tr("Your recovery key has not been saved yet"))
        self._groups = recovery_groups(recovery)
        self._data_dir = data_dir
        self._dialogs = dialogs
        self._resources = resources

        box = QFrame()
        box.setObjectName("KeyBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 14, 16, 14)
        lines = [self._groups[i:i + PER_LINE] for i in range(0, len(self._groups), PER_LINE)]
        self.key_label = QLabel("\n".join("  ".join(line) for line in lines))
        self.key_label.setFont(key_font(15))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        inner.addWidget(self.key_label)
        self.column.addWidget(box)

        actions = QHBoxLayout()
        self.save_button = QPushButton(icon("folder"), self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_key)
        self.result_label = QLabel()
        self.result_label.setObjectName("Muted")
        self.result_label.setWordWrap(True)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.result_label, 1)
        self.column.addLayout(actions)

        advice = QLabel(self.tr(
            "Print it, or save the PDF somewhere other than this computer (a USB stick, your "
            "password manager). Anyone who has it can open your data: keep it private."))
        advice.setObjectName("Muted")
        advice.setWordWrap(True)
        self.column.addWidget(advice)
        self.saved = QCheckBox(self.tr("I have saved my recovery key in a safe place"))
        self.column.addWidget(self.saved)
        self.continue_button = self.add_button(self.tr("Continue"), primary=True)
        self.continue_button.setEnabled(False)
        self.saved.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        self.finish()

    def confirmed(self) -> bool:
        return self.saved.isChecked()

    # -- output ------------------------------------------------------------------------------
    def _sheet_text(self) -> RecoverySheetText:
        return RecoverySheetText(
            title=self.tr("Steward recovery key"),
            intro=self.tr("This key opens your Steward data if the key kept on the computer is "
                          "lost (a new computer, a reset keychain, a forgotten passphrase). "
                          "Anyone who has it can open your data."),
            key_label=self.tr("Recovery key"),
            folder_label=self.tr("Data folder"),
            created_label=self.tr("Created"),
            advice=(self.tr("Keep this page somewhere safe and private, away from the "
                            "computer."),
                    self.tr("To use it, start Steward and choose to enter the recovery key "
                            "when it asks."),
                    self.tr("Letters O and I are read as 0 and 1; dashes and spaces do not "
                            "matter.")))

    def _created(self) -> str:
        return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)

    def save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stamp = datetime.now().strftime("%Y-%m-%d")
        suggested = str(Path(folder) / f"Steward recovery key {stamp}.pdf")
        chosen = self._dialogs.save_file(self, self.tr("Save the recovery key"), suggested,
                                         self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen).expanduser().resolve()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.is_relative_to(Path(self._data_dir).resolve()):
            self._dialogs.warn(self, self.tr("Steward"), self.tr(
                "Save the recovery key outside the data folder: anyone who copies the folder "
                "would get the key along with the data it opens."))
            return
        try:
            pdf = recovery_sheet_pdf(self._sheet_text(), self._groups, self._data_dir,
                                     self._created(), self._resources)
            write_atomic(target, pdf)
        except OSError as exc:
            log.info("Could not save the recovery key PDF: %s", type(exc).__name__)
            self._dialogs.warn(self, self.tr("Steward"), self.tr(
                "Could not save %1: %2").replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)))
            return
        self.result_label.setText(self.tr("Saved to %1").replace("%1", str(target)))

    def print_key(self) -> None:
        text = self._sheet_text()
        lines = [self._groups[i:i + PER_LINE] for i in range(0, len(self._groups), PER_LINE)]
        key_html = "<br>".join("&nbsp;&nbsp;".join(line) for line in lines)
        advice = "".join(f"<li>{html.escape(a)}</li>" for a in text.advice)
        document = QTextDocument()
        document.setHtml(
            f"<h1>{html.escape(text.title)}</h1><p>{html.escape(text.intro)}</p>"
            f"<p><b>{html.escape(text.key_label)}</b></p>"
            f"<p style=\"font-family: monospace; font-size: 20pt;\">{key_html}</p>"
            f"<p>{html.escape(text.folder_label)}: {html.escape(self._data_dir)}<br>"
            f"{html.escape(text.created_label)}: {html.escape(self._created())}</p>"
            f"<ul>{advice}</ul>")
        if self._dialogs.print_document(self, document):
            self.result_label.setText(self.tr("Sent to the printer."))
