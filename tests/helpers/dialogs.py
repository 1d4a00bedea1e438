"""A Dialogs stand-in that records what would have been shown, and answers confirmations."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget


@dataclass
class RecordingDialogs:
    answer: bool = True
    save_path: str | None = None  # what the file dialog "chooses"; None: the user cancels
    print_answer: bool = True  # False: the user cancels the print dialog
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # plain text of each printed document

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.shown.append(("warn", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answer

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> str | None:
        self.shown.append(("save_file", title, suggested))
        return self.save_path

    def print_document(self, parent: QWidget | None, document: QTextDocument) -> bool:
        self.shown.append(("print", "", ""))
        if self.print_answer:
            self.printed.append(document.toPlainText())
        return self.print_answer
