"""Export members and their notes: who (the selection, a segment, a tag, everyone), which
format, where; then progress with Cancel, and the file named at the end with "Open folder".

The export service writes to a temporary name and renames it when complete, so Cancel leaves
nothing behind; the segment and tag lists are read on a worker when the dialog opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.member_io import ExportFormat, ExportResult, ExportSelection
from app.domain.members import MemberQuery, TagSummary
from app.domain.segments import SavedSegment
from app.errors import UserError
from app.ui.dialogs import Dialogs
from app.ui.formatting import format_count
from app.ui.icons import icon
from app.ui.messages import error_text
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.tasks import Task, TaskRunner
from app.ui.theme import repolish
from app.ui.widgets.progress import show_progress


@dataclass(frozen=True)
class ExportChoice:
    """One entry of the format list: what the service is asked for, and the file it makes."""

    format: ExportFormat
    per_member: bool
    suffix: str
    name_filter: str


@dataclass(frozen=True)
class _Lists:
    everyone: int
    segments: tuple[SavedSegment, ...]
    tags: tuple[TagSummary, ...]


class ExportDialog(QDialog):
    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 member_ids: list[int], segment_name: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._runner = runner
        self._dialogs = dialogs
        self._member_ids = list(dict.fromkeys(member_ids))
        self._segment_name = segment_name
        self._task: Task | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export notes"))
        self.setMinimumWidth(640)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        title = QLabel(self.tr("Export members and their notes"))
        title.setObjectName("DialogTitle")
        outer.addWidget(title)

        who = QGridLayout()
        who.setHorizontalSpacing(12)
        who.setVerticalSpacing(8)
        self.scope = QButtonGroup(self)
        self.selected = QRadioButton()
        self.segment = QRadioButton(self.tr("The members of a segment"))
        self.tag = QRadioButton(self.tr("The members with a tag"))
        self.everyone = QRadioButton(self.tr("Everyone"))
        self.segment_combo = QComboBox()
        self.segment_combo.setAccessibleName(self.tr("Segment"))
        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        for button in (self.selected, self.segment, self.tag, self.everyone):
            self.scope.addButton(button)
        count = len(self._member_ids)
        self.selected.setText(self.tr("The selected member") if count == 1 else
                              self.tr("The %1 selected members").replace("%1", format_count(count)))
        self.selected.setEnabled(count > 0)
        who.addWidget(self.selected, 0, 0, 1, 2)
        who.addWidget(self.segment, 1, 0)
        who.addWidget(self.segment_combo, 1, 1)
        who.addWidget(self.tag, 2, 0)
        who.addWidget(self.tag_combo, 2, 1)
        who.addWidget(self.everyone, 3, 0, 1, 2)
        who.setColumnStretch(1, 1)

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for text, choice in self._formats():
            self.format.addItem(text, choice)
        self.format_help = QLabel()
        self.format_help.setObjectName("Muted")
        self.format_help.setWordWrap(True)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        who_box = QWidget()
        who_box.setLayout(who)
        form.addRow(self.tr("Who"), who_box)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow("", self.format_help)
        outer.addLayout(form)

        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.done_icon = QLabel()
        self.done_icon.setPixmap(icon("done", "#2e9d5b").pixmap(20, 20))
        self.done_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.done_icon.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.done_icon)
        status_row.addWidget(self.status, 1)
        outer.addWidget(self.bar)
        outer.addLayout(status_row)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        self.open_folder = QPushButton(icon("folder"), self.tr("Open folder"))
        self.open_folder.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.export_button = QPushButton(icon("export", "white"), self.tr("Export…"))
        self.export_button.setObjectName("Primary")
        self.export_button.setDefault(True)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        outer.addLayout(buttons)

        self.format.currentIndexChanged.connect(self._format_chosen)
        self.scope.buttonToggled.connect(lambda *_: self._update())
        self.segment_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.open_folder.clicked.connect(self._open_folder)
        (self.selected if count else self.everyone).setChecked(True)
        self._format_chosen()
        self._load_lists()

    def _formats(self) -> list[tuple[str, ExportChoice]]:
        md, csv = self.tr("Markdown files (*.md)"), self.tr("CSV files (*.csv)")
        pdf, json = self.tr("PDF documents (*.pdf)"), self.tr("JSON files (*.json)")
        return [
            (self.tr("Markdown, one combined file"),
             ExportChoice(ExportFormat.MARKDOWN, False, ".md", md)),
            (self.tr("Markdown, one file per member"),
             ExportChoice(ExportFormat.MARKDOWN, True, "", "")),
            (self.tr("CSV for Excel"), ExportChoice(ExportFormat.CSV, False, ".csv", csv)),
            (self.tr("PDF, one document"), ExportChoice(ExportFormat.PDF, False, ".pdf", pdf)),
            (self.tr("PDF, one file per member"), ExportChoice(ExportFormat.PDF, True, "", "")),
            (self.tr("JSON, everything, for other tools"),
             ExportChoice(ExportFormat.JSON, False, ".json", json)),
        ]

    def _help(self, choice: ExportChoice) -> str:
        if choice.format is ExportFormat.MARKDOWN:
            return self.tr("Plain text with each member's profile at the top; the complete "
                           "form, which Steward can import again.")
        if choice.format is ExportFormat.CSV:
            return self.tr("One row per note, opens in Excel and WPS with Chinese intact; "
                           "cells that a spreadsheet would run as formulas are made harmless.")
        if choice.format is ExportFormat.PDF:
            return self.tr("A readable document to print or share, Chinese included. Emoji "
                           "show as □.")
        return self.tr("Everything, with platform IDs as text, for other tools.")

    # -- choices -----------------------------------------------------------------------------
    def choice(self) -> ExportChoice:
        choice = self.format.currentData()
        assert isinstance(choice, ExportChoice)
        return choice

    def select_format(self, fmt: ExportFormat, per_member: bool = False) -> None:
        for row in range(self.format.count()):
            choice = self.format.itemData(row)
            if choice.format is fmt and choice.per_member == per_member:
                self.format.setCurrentIndex(row)
                return

    def selection(self) -> ExportSelection | None:
        """Who to export, or None when the chosen scope has nothing to pick yet."""
        if self.selected.isChecked():
            return ExportSelection(member_ids=tuple(self._member_ids))
        if self.segment.isChecked():
            name = self.segment_combo.currentData()
            return ExportSelection(segment=name) if name else None
        if self.tag.isChecked():
            name = self.tag_combo.currentData()
            return ExportSelection(tag=name) if name else None
        return ExportSelection()

    def _format_chosen(self) -> None:
        self.format_help.setText(self._help(self.choice()))
        self._update()

    def _update(self) -> None:
        self.segment_combo.setEnabled(self.segment.isChecked())
        self.tag_combo.setEnabled(self.tag.isChecked())
        self.export_button.setEnabled(self._task is None and self.selection() is not None)

    def _load_lists(self) -> None:
        deps = self._deps

        def read(_progress: object) -> _Lists:
            return _Lists(deps.members.count(MemberQuery()), deps.segments.list(),
                          deps.tags.list())

        self._runner.run(read, self._show_lists, owner=self)

    def _show_lists(self, lists: _Lists) -> None:
        self.everyone.setText(self.tr("Everyone (%1 members)")
                              .replace("%1", format_count(lists.everyone)))
        self.segment_combo.clear()
        for segment in lists.segments:
            self.segment_combo.addItem(segment.name, segment.name)
        self.segment.setEnabled(bool(lists.segments))
        if self._segment_name:
            index = self.segment_combo.findData(self._segment_name)
            if index >= 0:
                self.segment_combo.setCurrentIndex(index)
                self.segment.setChecked(True)
        self.tag_combo.clear()
        for tag in lists.tags:
            self.tag_combo.addItem(self.tr("%1 (%2)").replace("%1", tag.name).replace(
                "%2", format_count(tag.member_count)), tag.name)
        self.tag.setEnabled(bool(lists.tags))
        self._update()

    # -- exporting ---------------------------------------------------------------------------
    def _target(self, choice: ExportChoice) -> Path | None:
        stamp = date.today().isoformat()
        if choice.per_member:
            folder = self._dialogs.choose_folder(
                self, self.tr("Choose where to put the folder of files"))
            if not folder:
                return None
            base = Path(folder) / self.tr("Steward notes %1").replace("%1", stamp)
            target, number = base, 2
            while target.exists():
                target = base.with_name(f"{base.name} ({number})")
                number += 1
            return target
        chosen = self._dialogs.save_file(self, self.tr("Export notes"),
                                         f"steward-notes-{stamp}{choice.suffix}",
                                         choice.name_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(choice.suffix)

    def export(self) -> None:
        selection = self.selection()
        if selection is None or self._task is not None:
            return
        choice = self.choice()
        target = self._target(choice)
        if target is None:
            return
        service = self._deps.member_export
        self.status.setText(self.tr("Exporting…"))
        self.status.setObjectName("")
        self.status.show()
        self.done_icon.hide()
        self.open_folder.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.close_button.setText(self.tr("Cancel"))
        self._task = self._runner.run(
            lambda progress: service.export(selection, choice.format, target,
                                            per_member=choice.per_member, progress=progress),
            lambda result: self._done(result, choice), self._failed,
            label=self.tr("Exporting notes"), cancellable=True, owner=self)
        self._task.progressed.connect(self._progress)
        self._task.finished.connect(self._finished)
        self._update()

    def _progress(self, done: object, total: object, _message: str) -> None:
        if show_progress(self.bar, done, total):
            self.status.setText(self.tr("Exported %1 of %2 members…")
                                .replace("%1", format_count(done))
                                .replace("%2", format_count(total)))

    def _done(self, result: ExportResult, choice: ExportChoice) -> None:
        path = Path(result.path)
        self.result_path = path
        members = format_count(result.members)
        if choice.per_member:
            text = self.tr("Exported %1 members to %2 files in %3").replace("%1", members) \
                .replace("%2", format_count(result.files)).replace("%3", str(path))
        elif result.members == 1:
            text = self.tr("Exported 1 member to %1").replace("%1", str(path))
        else:
            text = self.tr("Exported %1 members to %2").replace("%1", members) \
                .replace("%2", str(path))
        self.status.setText(text)
        self.done_icon.show()
        self.open_folder.show()
        self.close_button.setText(self.tr("Close"))

    def _failed(self, error: BaseException) -> None:
        self.status.setObjectName("ErrorText")
        self.status.setText(error_text(error) if isinstance(error, UserError) else self.tr(
            "The export stopped on an unexpected problem; the log has the details. Nothing "
            "was written."))

    def _finished(self) -> None:
        task = self._task
        self._task = None
        self.bar.hide()
        if task is not None and task.cancel_requested and self.result_path is None:
            self.status.setText(self.tr("Cancelled. Nothing was written."))
            self.close_button.setText(self.tr("Close"))
        repolish(self.status)
        self._update()

    def _open_folder(self) -> None:
        path = self.result_path
        if path is not None:
            self._dialogs.show_folder(str(path if path.is_dir() else path.parent))

    def reject(self) -> None:
        """Cancel stops an export in flight first (nothing is written); then it closes."""
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
