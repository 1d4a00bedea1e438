"""A Dialogs stand-in that records what would have been shown, and answers confirmations."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget


@dataclass
class RecordingDialogs:
    answer: bool = True
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.shown.append(("warn", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answer
