"""Find duplicates: likely pairs (and groups) with the reason, and Merge into the member kept.

The strongest evidence comes first (a shared handle or platform ID, then the same or a similar
name). Merging moves handles, tags, notes and everything linked to the member kept, in one
transaction per pair; it cannot be undone, so the confirmation says exactly what moves.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.duplicates import DuplicateGroup, DuplicateReason, DuplicateReport, MergeResult
from app.domain.profiles import MemberProfile
from app.ui.dialogs import Dialogs
from app.ui.formatting import format_date
from app.ui.icons import icon
from app.ui.lifetime import while_alive
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.tasks import TaskRunner

GROUPS_SHOWN = 200


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # MergeResult (the last one, when a group merged several)
    message = Signal(str)

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duplicates = deps.duplicates
        self._profiles = deps.profiles
        self._runner = runner
        self._dialogs = dialogs
        self._groups: tuple[DuplicateGroup, ...] = ()
        self._reasons = {
            DuplicateReason.SAME_HANDLE: self.tr("Same handle"),
            DuplicateReason.SAME_PLATFORM_ID: self.tr("Same platform ID"),
            DuplicateReason.SAME_NAME: self.tr("Same name"),
            DuplicateReason.SIMILAR_NAME: self.tr("Similar names"),
        }
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.summary = QLabel(self.tr("Looking for members who may be the same person…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Likely duplicates"))
        self.groups.setAlternatingRowColors(True)
        self.groups.setWordWrap(True)
        self.groups.currentRowChanged.connect(self._show_group)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 0, 0, 0)
        column.setSpacing(8)
        self.reason = QLabel()
        self.reason.setObjectName("EmptyTitle")
        self.reason.setWordWrap(True)
        column.addWidget(self.reason)
        keep = QLabel(self.tr("Keep this member; the others are merged into it:"))
        keep.setObjectName("Muted")
        keep.setWordWrap(True)
        column.addWidget(keep)
        self.choices = QVBoxLayout()
        self.choices.setSpacing(6)
        column.addLayout(self.choices)
        column.addStretch(1)
        self.merge_button = QPushButton(icon("merge", "white"), self.tr("Merge…"))
        self.merge_button.setObjectName("Primary")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        column.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        self.survivor = QButtonGroup(self)
        splitter = QSplitter()
        splitter.addWidget(self.groups)
        splitter.addWidget(right)
        self.groups.setMinimumWidth(300)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        duplicates = self._duplicates
        self.merge_button.setEnabled(False)
        self._runner.run(lambda _p: duplicates.find(0, GROUPS_SHOWN),
                         while_alive(self, self._show), label=self.tr("Looking for duplicates"))

    def _show(self, report: DuplicateReport) -> None:
        self._groups = report.groups
        self.groups.clear()
        locale = QLocale()
        for group in report.groups:
            names = ", ".join(m.display_name for m in group.members)
            if group.size > len(group.members):
                names += " " + self.tr("and %1 more").replace(
                    "%1", locale.toString(group.size - len(group.members)))
            item = QListWidgetItem(f"{self._reason_text(group)}\n{names}")
            item.setToolTip(names)
            self.groups.addItem(item)
        if report.total == 0:
            self.summary.setText(self.tr("No likely duplicates: no two members share a handle "
                                         "or a platform ID, and no names are alike."))
            self._clear_choices()
            self.reason.clear()
        else:
            text = (self.tr("1 group of members may be the same person.") if report.total == 1
                    else self.tr("%1 groups of members may be the same person.")
                    .replace("%1", locale.toString(report.total)))
            if report.total > len(report.groups):
                text += " " + self.tr("The first %1 are shown; merge some, and the rest follow.")\
                    .replace("%1", locale.toString(len(report.groups)))
            self.summary.setText(text)
            self.groups.setCurrentRow(0)
            self.groups.setFocus()

    def _reason_text(self, group: DuplicateGroup) -> str:
        """The reason, with the shared handle or ID (a name's comparison key says nothing)."""
        if group.reason in (DuplicateReason.SAME_HANDLE, DuplicateReason.SAME_PLATFORM_ID):
            return f"{self._reasons[group.reason]} · {group.key}"
        return self._reasons[group.reason]

    def current_group(self) -> DuplicateGroup | None:
        row = self.groups.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def _clear_choices(self) -> None:
        for button in self.survivor.buttons():
            self.survivor.removeButton(button)
            button.deleteLater()

    def _show_group(self, row: int) -> None:
        self._clear_choices()
        group = self.current_group()
        self.merge_button.setEnabled(group is not None)
        if group is None:
            return
        self.reason.setText(self._reason_text(group))
        for i, member in enumerate(group.members):
            parts = [member.display_name]
            if member.handles:
                parts.append(member.handles)
            parts.append(self.tr("added %1").replace(
                "%1", format_date(member.created_at.astimezone().date())))
            button = QRadioButton(" · ".join(parts))
            button.setToolTip(" · ".join(parts))
            self.survivor.addButton(button, member.id)
            self.choices.addWidget(button)
            button.setChecked(i == 0)  # the oldest record is the usual keeper

    def merge(self) -> None:
        group = self.current_group()
        survivor_id = self.survivor.checkedId()
        if group is None or survivor_id < 0:
            return
        survivor = next(m for m in group.members if m.id == survivor_id)
        others = [m.id for m in group.members if m.id != survivor_id]
        profiles = self._profiles

        def confirm(found: list[MemberProfile]) -> None:
            handles = sum(len(p.handles) for p in found)
            tags = len({t.id for p in found for t in p.tags})
            notes = sum(p.note_count for p in found)
            names = "”, “".join(p.display_name for p in found)
            text = (self.tr("Merge “%1” into “%2”? Their %3 handles, %4 tags and %5 notes, and "
                            "everything else linked to them, move to “%2”; empty fields of "
                            "“%2” are filled from them; then “%1” is removed. This cannot be "
                            "undone.")
                    .replace("%1", names).replace("%2", survivor.display_name)
                    .replace("%3", QLocale().toString(handles))
                    .replace("%4", QLocale().toString(tags))
                    .replace("%5", QLocale().toString(notes)))
            if self._dialogs.confirm(self, self.tr("Merge members"), text, self.tr("Merge")):
                self._merge(survivor_id, survivor.display_name, others, names)

        self._runner.run(lambda _p: [profiles.get(i) for i in others], while_alive(self, confirm))

    def _merge(self, survivor_id: int, survivor_name: str, others: list[int],
               names: str) -> None:
        duplicates = self._duplicates
        self.merge_button.setEnabled(False)

        def op(_p: object) -> list[MergeResult]:
            return [duplicates.merge(survivor_id, other) for other in others]

        def done(results: list[MergeResult]) -> None:
            moved = sum(rows for r in results for _table, rows in r.moved)
            self.message.emit(self.tr("Merged “%1” into “%2” (%3 records moved)")
                              .replace("%1", names).replace("%2", survivor_name)
                              .replace("%3", QLocale().toString(moved)))
            if results:
                self.merged.emit(results[-1])
            self.reload()

        self._runner.run(op, while_alive(self, done), label=self.tr("Merging members"))
