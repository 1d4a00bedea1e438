"""A Dialogs stand-in that records what would have been shown, and answers as scripted."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from app.domain.backups import RecoveryOffer
from app.domain.privacy import ErasePlan
from app.ui.erase_dialog import EraseChoice
from app.ui.recovery import RecoveryChoice


@dataclass
class RecordingDialogs:
    answer: bool = True
    save_path: str | None = None  # what the file dialog "chooses"; None: the user cancels
    open_path: str | None = None  # the file the open dialog "chooses"; None: the user cancels
    folder_path: str | None = None  # the folder the folder dialog "chooses"
    shown_folders: list[str] = field(default_factory=list)  # folders "opened" in the file manager
    print_answer: bool = True  # False: the user cancels the print dialog
    recovery: RecoveryChoice = RecoveryChoice.QUIT
    erase: EraseChoice | None = None
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # plain text of each printed document
    offers: list[RecoveryOffer] = field(default_factory=list)
    erase_plans: list[ErasePlan] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)  # ask_text answers, in order
    items: list[str | None] = field(default_factory=list)  # choose_item answers (the item)
    colors: list[str | None] = field(default_factory=list)  # choose_color answers

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.shown.append(("warn", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str = "") -> bool:
        self.shown.append(("confirm", title, text))
        return self.answer

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> str | None:
        self.shown.append(("save_file", title, suggested))
        return self.save_path

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        self.shown.append(("open_file", title, name_filter))
        return self.open_path

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        self.shown.append(("choose_folder", title, ""))
        return self.folder_path

    def show_folder(self, path: str) -> None:
        self.shown_folders.append(path)

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        self.shown.append(("ask_text", title, label))
        return self.texts.pop(0) if self.texts else None

    def choose_item(self, parent: QWidget | None, title: str, label: str,
                    items: list[str]) -> int | None:
        self.shown.append(("choose_item", title, "\n".join(items)))
        answer = self.items.pop(0) if self.items else None
        return items.index(answer) if answer in items else None

    def choose_color(self, parent: QWidget | None, title: str, initial: str) -> str | None:
        self.shown.append(("choose_color", title, initial))
        return self.colors.pop(0) if self.colors else None

    def print_document(self, parent: QWidget | None, document: QTextDocument) -> bool:
        self.shown.append(("print", "", ""))
        if self.print_answer:
            self.printed.append(document.toPlainText())
        return self.print_answer

    def recover(self, parent: QWidget | None, offer: RecoveryOffer) -> RecoveryChoice:
        self.offers.append(offer)
        return self.recovery

    def confirm_erase(self, parent: QWidget | None, plan: ErasePlan) -> EraseChoice | None:
        self.erase_plans.append(plan)
        return self.erase
