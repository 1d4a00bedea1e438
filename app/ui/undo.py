"""A small undo stack per page: "Moved 3 members to the trash — Undo".

Qt's ``QUndoStack`` runs ``undo()`` synchronously and assumes it succeeded; Steward's undos are
background tasks (a restore from the trash) that can fail or find the items already purged. So
an entry here only hands back a callable that starts the undo; the entry is removed when the undo
is started, and the page reports the outcome when the task finishes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

MAX_ENTRIES = 20


@dataclass(frozen=True)
class UndoEntry:
    text: str  # what was done, shown in the status bar and the Edit menu ("Moved 3 members…")
    undo: Callable[[], None]


class UndoStack(QObject):
    pushed = Signal(str)  # the text of the entry just pushed
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[UndoEntry] = []

    def push(self, text: str, undo: Callable[[], None]) -> None:
        self._entries.append(UndoEntry(text, undo))
        del self._entries[:-MAX_ENTRIES]
        self.pushed.emit(text)
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._entries)

    def undo_text(self) -> str:
        return self._entries[-1].text if self._entries else ""

    def undo(self) -> bool:
        if not self._entries:
            return False
        entry = self._entries.pop()
        self.changed.emit()
        entry.undo()
        return True

    def clear(self) -> None:
        self._entries.clear()
        self.changed.emit()
