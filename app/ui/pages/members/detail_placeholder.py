"""The detail pane's stand-in until the profile view is wired in, and the factory types the
Members page takes for the profile view, the import wizard and the export dialog.

The page builds its detail pane, import wizard and export dialog through the factories it is
given, so the list side and the profile side are built apart and joined in one place (the main
window). ``DetailPlaceholder`` has the profile view's interface: ``show_member``,
``memberChanged`` and ``closeRequested`` (Esc).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.profiles import MemberProfile
from app.ui.dialogs import Dialogs
from app.ui.formatting import format_datetime
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.tasks import TaskRunner


class DetailPane(Protocol):
    """What the page needs from its detail pane (a QWidget)."""

    memberChanged: SignalInstance  # a member id, after an edit was saved
    closeRequested: SignalInstance  # Esc: back to the list
    message: SignalInstance  # a result for the status bar

    def show_member(self, member_id: int | None) -> None: ...


class ImportDialog(Protocol):
    imported: SignalInstance  # the import's summary, once it has been applied

    def open(self) -> None: ...


class ExportDialog(Protocol):
    def open(self) -> None: ...


ProfileFactory = Callable[[MembersUiDeps, TaskRunner, Dialogs, QWidget | None], QWidget]
ImportFactory = Callable[[MembersUiDeps, TaskRunner, Dialogs, QWidget | None], ImportDialog]
# member_ids: the selection (empty with no segment: everyone); segment_name: a saved segment
ExportFactory = Callable[[MembersUiDeps, TaskRunner, Dialogs, list[int], str | None,
                          QWidget | None], ExportDialog]


class DetailPlaceholder(QWidget):
    """Shows who is open (name, handles, tags, notes count) until the real profile view lands."""

    memberChanged = Signal(object)
    closeRequested = Signal()
    message = Signal(str)

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles = deps.profiles
        self._runner = runner
        self._member_id: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Member details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("EmptyTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr("The full profile, with notes, opens here. Esc goes back to "
                                   "the list."))
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    @property
    def member_id(self) -> int | None:
        return self._member_id

    def show_member(self, member_id: int | None) -> None:
        self._member_id = member_id
        if member_id is None:
            self.title.clear()
            self.body.clear()
            return
        profiles = self._profiles
        self._runner.run(lambda _p: profiles.get(member_id), self._show)

    def _show(self, profile: MemberProfile) -> None:
        if profile.id != self._member_id:
            return  # another member was opened meanwhile
        self.title.setText(profile.display_name)
        lines = [", ".join(h.handle or h.platform_id for h in profile.handles),
                 ", ".join(t.name for t in profile.tags),
                 self.tr("%1 notes").replace("%1", QLocale().toString(profile.note_count)),
                 self.tr("Last changed %1").replace("%1", format_datetime(profile.updated_at))]
        self.body.setText("\n".join(line for line in lines if line))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)
