"""The four steps of importing members: the file, the columns, the import, the summary.

The wizard holds what the steps share (the opened ``ImportPlan`` and the ``ImportSummary``); every
step that reads the file does so on the task runner, because opening a large workbook or reading
the first rows of a 100 MB CSV takes seconds.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.member_io import ImportFormat, ImportSummary, MemberDraft, SkippedRow
from app.errors import UserError
from app.exporters.template import write_members_template
from app.importers.errors import ImportValidationError
from app.importers.mapping import Field, TargetKind
from app.importers.plan import PREVIEW_ROWS, ImportPlan, detect_format
from app.importers.rows import ImportPreview
from app.paths import resources_dir
from app.ui.formatting import format_count, join_list
from app.ui.icons import icon
from app.ui.member_texts import MemberTexts
from app.ui.messages import error_text
from app.ui.models.import_tables import ColumnMappingModel, PreviewRowsModel, SkippedRowsModel
from app.ui.pages.members.importing.targets import TargetDelegate, TargetNames
from app.ui.tasks import Task
from app.ui.widgets.progress import show_progress
from app.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from app.ui.pages.members.import_wizard import ImportWizard

PREVIEW_DELAY_MS = 150
FILE_FILTER = "*.csv *.tsv *.txt *.xlsx *.xlsm *.vcf *.vcard *.md *.json"


class ErrorBox(QFrame):
    """A problem with the file, said plainly: what went wrong, and the service's own words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        picture = QLabel()
        picture.setPixmap(icon("error", "#c62828").pixmap(28, 28))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("Muted")
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.hint)
        row.addWidget(picture)
        row.addLayout(column, 1)
        self.hide()

    def show_error(self, title: str, text: str, hint: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show()


class _Page(QWizardPage):
    def importer(self) -> ImportWizard:
        wizard = self.wizard()
        assert wizard is not None
        return wizard  # type: ignore[return-value]


# -- 1. the file -----------------------------------------------------------------------------
class FilePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr(
            "A spreadsheet (CSV or Excel), a vCard file from a phone or mail app, or a Steward "
            "export. Members whose handle Steward already knows are updated, not added twice."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.path.setAccessibleName(self.tr("File"))
        self.path.setClearButtonEnabled(True)
        self.browse = QPushButton(icon("folder"), self.tr("Choose…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)

        format_row = QHBoxLayout()
        format_label = QLabel(self.tr("&Format"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Detect from the file name"), None)
        self.format.addItem(self.tr("CSV (UTF-8, UTF-8 with BOM or GB18030)"), ImportFormat.CSV)
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ImportFormat.XLSX)
        self.format.addItem(self.tr("vCard 3.0 or 4.0 (.vcf)"), ImportFormat.VCARD)
        self.format.addItem(self.tr("Steward Markdown export"), ImportFormat.MARKDOWN)
        self.format.addItem(self.tr("Steward JSON export"), ImportFormat.JSON)
        format_label.setBuddy(self.format)
        format_row.addWidget(format_label)
        format_row.addWidget(self.format)
        format_row.addStretch(1)
        layout.addLayout(format_row)

        self.busy = QLabel()
        self.busy.setObjectName("Muted")
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error = ErrorBox()
        layout.addWidget(self.error)
        self.formats = QLabel(self.tr(
            "Steward reads:\n"
            "•  CSV in UTF-8, UTF-8 with BOM or GB18030 (what Excel and WPS write on Chinese "
            "systems); the encoding is found for you\n"
            "•  Excel workbooks (.xlsx): the first sheet\n"
            "•  vCard 3.0 and 4.0 (.vcf), from phones, Outlook, Gmail or Apple Contacts\n"
            "•  Steward's own Markdown, CSV and JSON exports, read back exactly\n\n"
            "Nothing is saved until the whole file has been read; you check the columns "
            "first."))
        self.formats.setObjectName("Muted")
        self.formats.setWordWrap(True)
        layout.addWidget(self.formats)
        layout.addStretch(1)

        template = QFrame()
        template.setObjectName("Card")
        template_row = QHBoxLayout(template)
        template_row.setContentsMargins(12, 12, 12, 12)
        template_text = QLabel(self.tr(
            "WeChat has no export. Download the CSV template, fill it in with Excel or WPS "
            "(one member per row; the headers are in English and Chinese), then import it here."))
        template_text.setWordWrap(True)
        self.template_button = QPushButton(icon("download"), self.tr("Download CSV template…"))
        template_row.addWidget(template_text, 1)
        template_row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(template)
        self.template_result = QLabel()
        self.template_result.setObjectName("Muted")
        self.template_result.setWordWrap(True)
        self.template_result.hide()
        layout.addWidget(self.template_result)

        self._opened: tuple[str, object] | None = None
        self._opening = False
        self.path.textChanged.connect(self._changed)
        self.format.currentIndexChanged.connect(self._changed)
        self.browse.clicked.connect(self._browse)
        self.template_button.clicked.connect(self._save_template)

    def _choice(self) -> tuple[str, ImportFormat | None]:
        data = self.format.currentData()  # the combo hands a StrEnum back as plain text
        return self.path.text().strip(), ImportFormat(data) if data else None

    def _changed(self) -> None:
        self.error.hide()
        path = self.path.text().strip()
        detected = ""
        if path:
            try:
                detected = self.tr("Detect from the file name (%1)").replace(
                    "%1", detect_format(Path(path)).value.upper())
            except UserError:
                detected = ""
        self.format.setItemText(0, detected or self.tr("Detect from the file name"))
        self.completeChanged.emit()

    def _browse(self) -> None:
        chosen = self.importer().dialogs.open_file(
            self, self.tr("Import members"),
            self.tr("Member files (%1)").replace("%1", FILE_FILTER) + ";;"
            + self.tr("All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self._opening

    def validatePage(self) -> bool:
        """Open the file on a worker first; the wizard moves on when it has been read."""
        choice = self._choice()
        wizard = self.importer()
        if self._opened == choice and wizard.plan is not None:
            return True
        if self._opening:
            return False
        path, fmt = choice
        self._opening = True
        self.busy.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.busy.show()
        self.error.hide()
        self.completeChanged.emit()

        def opened(plan: ImportPlan) -> None:
            self._finish()
            self._opened = choice
            wizard.plan = plan
            wizard.next()

        def failed(error: BaseException) -> None:
            self._finish()
            wizard.plan = None
            hint = ""
            if isinstance(error, ImportValidationError) and error.field == "format":
                hint = self.tr("If the file's name does not say what it holds, choose its "
                               "format above and try again.")
            self.error.show_error(self.tr("Steward cannot import this file"),
                                  error_text(error) if isinstance(error, UserError) else
                                  self.tr("An unexpected problem stopped the reading; the log "
                                          "has the details."), hint)

        service = wizard.deps.member_import
        wizard.runner.run(lambda _p: service.open(Path(path).expanduser(), fmt), opened, failed,
                          label=self.tr("Reading the file"), owner=self)
        return False

    def _finish(self) -> None:
        self._opening = False
        self.busy.hide()
        self.completeChanged.emit()

    def _save_template(self) -> None:
        wizard = self.importer()
        target = wizard.dialogs.save_file(self, self.tr("Save the members template"),
                                          "members_template.csv",
                                          self.tr("CSV files (*.csv)"))
        if not target:
            return

        def saved(path: Path) -> None:
            self.template_result.setText(self.tr(
                "Saved the template to %1. Fill it in, then choose it above.")
                .replace("%1", str(path)))
            self.template_result.show()

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.error.show_error(self.tr("The template was not saved"), error_text(error))

        wizard.runner.run(lambda _p: write_members_template(resources_dir(), Path(target)),
                          saved, failed, label=self.tr("Saving the template"), owner=self)


# -- 2. the columns --------------------------------------------------------------------------
class MappingPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check the columns"))
        self._names = TargetNames(self)
        texts = MemberTexts(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.mapping_model = ColumnMappingModel(self._names.label, self)
        self.mapping = list_table(self.mapping_model, self.tr("Columns"), row_height=36,
                                  multi=False)
        self.delegate = TargetDelegate(self._names, self.mapping)
        self.mapping.setItemDelegateForColumn(ColumnMappingModel.TARGET, self.delegate)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 200)
        self.mapping.setColumnWidth(1, 220)
        layout.addWidget(self.mapping, 3)

        self.problem = QLabel()
        self.problem.setObjectName("ErrorText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.preview_title = QLabel(self.tr("The first rows, as they will be imported"))
        self.preview_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.preview_title)
        self.preview_model = PreviewRowsModel(texts.platform, self)
        self.preview = list_table(self.preview_model, self.tr("Preview"), multi=False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 160, 220, 120, 200)):
            self.preview.setColumnWidth(column, width)
        layout.addWidget(self.preview, 2)
        self.busy = QLabel(self.tr("Reading the first rows…"))
        self.busy.setObjectName("Muted")
        self.busy.hide()
        layout.addWidget(self.busy)

        self._generation = 0
        self._usable = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._refresh_preview)
        self.mapping_model.mappingChanged.connect(self._mapping_changed)

    def initializePage(self) -> None:
        wizard = self.importer()
        plan = wizard.plan
        assert plan is not None
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        table = plan.table
        if table is not None:
            self.setSubTitle(self.tr(
                "Each column of %1 goes to the member field shown. Steward recognised the "
                "usual headers in English and Chinese; change any that it got wrong.")
                .replace("%1", plan.source))
            self.delegate.set_targets(plan.targets())
            self.mapping_model.set_columns(table.headers, plan.mapping, ())
            for row in range(self.mapping_model.rowCount()):
                self.mapping.openPersistentEditor(
                    self.mapping_model.index(row, ColumnMappingModel.TARGET))
            self.mapping.show()
            used = sum(1 for t in plan.mapping if t.kind is not TargetKind.IGNORE)
            self.summary.setText(self.tr("%1 of %2 columns will be imported.")
                                 .replace("%1", format_count(used))
                                 .replace("%2", format_count(len(plan.mapping))))
        else:
            self.setSubTitle(self.tr("A %1 file names its own fields; these are the first "
                                     "members it holds.").replace("%1", plan.format.value.upper()))
            self.mapping_model.set_columns((), (), ())
            self.mapping.hide()
            self.summary.setText(self.tr("About %1 members in %2.")
                                 .replace("%1", format_count(plan.estimated_rows))
                                 .replace("%2", plan.source))
        self._check_mapping()
        self._refresh_preview()

    def _mapping_changed(self) -> None:
        wizard = self.importer()
        if wizard.plan is None:
            return
        wizard.plan = wizard.plan.with_mapping(self.mapping_model.mapping())
        used = sum(1 for t in wizard.plan.mapping if t.kind is not TargetKind.IGNORE)
        self.summary.setText(self.tr("%1 of %2 columns will be imported.")
                             .replace("%1", format_count(used))
                             .replace("%2", format_count(len(wizard.plan.mapping))))
        self._check_mapping()
        self._timer.start()

    def _check_mapping(self) -> None:
        plan = self.importer().plan
        ok = True
        if plan is not None and plan.table is not None:
            ok = any(t.kind in (TargetKind.HANDLE, TargetKind.HANDLE_ID)
                     or t.key in (Field.NAME.value, Field.MEMBER_KEY.value)
                     for t in plan.mapping)
        self._show_problem("" if ok else self.tr(
            "No column is imported as Name or as a handle, so no row could be used. Choose "
            "“Name” for the column with the members' names."))

    def _show_problem(self, text: str) -> None:
        self._usable = not text
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._usable

    def _refresh_preview(self) -> None:
        wizard = self.importer()
        plan = wizard.plan
        if plan is None:
            return
        self._generation += 1
        generation = self._generation
        self.busy.show()

        def read(_progress: object) -> tuple[ImportPreview | tuple[MemberDraft | SkippedRow, ...],
                                             tuple[tuple[str, ...], ...]]:
            preview = plan.preview()
            if preview is None:
                return tuple(islice(plan.drafts(), PREVIEW_ROWS)), ()
            return preview, tuple(c.samples for c in preview.columns)

        def shown(result: tuple[object, tuple[tuple[str, ...], ...]]) -> None:
            if generation != self._generation:
                return
            self.busy.hide()
            preview, samples = result
            self.preview_model.set_preview(preview)  # type: ignore[arg-type]
            self.preview.clearSpans()
            for row in self.preview_model.skipped_rows():
                self.preview.setSpan(row, PreviewRowsModel.REASON, 1,
                                     self.preview_model.columnCount() - PreviewRowsModel.REASON)
            if samples:
                self.mapping_model.set_samples(samples)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.busy.hide()
                self._show_problem(error_text(error) if isinstance(error, UserError) else self.tr(
                    "The first rows could not be read; the log has the details."))

        wizard.runner.run(read, shown, failed, label=self.tr("Reading the first rows"), owner=self)


# -- 3. the import ---------------------------------------------------------------------------
class RunPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All or nothing: if you cancel, or something goes wrong, the "
                                 "members stay exactly as they were."))
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel the import"))
        self.retry_button = QPushButton(icon("import"), self.tr("Start the import again"))
        self.retry_button.hide()
        self.error = ErrorBox()
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.task: Task | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.start)

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Next"))
        self.start()

    def start(self) -> None:
        wizard = self.importer()
        plan = wizard.plan
        assert plan is not None
        wizard.summary = None
        self.error.hide()
        self.retry_button.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Importing %1…").replace("%1", plan.source))
        service = wizard.deps.member_import
        self.task = wizard.runner.run(
            lambda progress: service.run(plan, progress=progress), self._done, self._failed,
            label=self.tr("Importing members"), cancellable=True, owner=self)
        self.task.progressed.connect(self._progress)
        self.task.finished.connect(self._finished)
        # the wizard turns Back on for every page; an import in flight cannot be left
        QTimer.singleShot(0, self._lock_back)

    def _lock_back(self) -> None:
        wizard = self.wizard()
        if self.running() and wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def running(self) -> bool:
        return self.task is not None

    def _progress(self, done: object, total: object, _message: str) -> None:
        if show_progress(self.bar, done, total):
            self.label.setText(self.tr("Imported %1 of about %2 rows…")
                               .replace("%1", format_count(done))
                               .replace("%2", format_count(total)))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling… nothing will be saved."))

    def _done(self, summary: ImportSummary) -> None:
        wizard = self.importer()
        wizard.summary = summary
        wizard.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.error.show_error(self.tr("Nothing was imported"),
                              error_text(error) if isinstance(error, UserError) else self.tr(
                                  "An unexpected problem stopped the import; the log has the "
                                  "details. Your members are as they were."))

    def _finished(self) -> None:
        task = self.task
        self.task = None
        self.cancel_button.hide()
        self.bar.hide()
        wizard = self.importer()
        if task is not None and task.cancel_requested and wizard.summary is None:
            self.label.setText(self.tr("The import was cancelled. Nothing was saved."))
        elif wizard.summary is None:
            self.label.setText("")
        self.retry_button.setVisible(wizard.summary is None and not wizard.closing)
        self.completeChanged.emit()
        if wizard.closing:
            wizard.reject()
        elif wizard.summary is not None:
            wizard.next()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and self.importer().summary is not None


# -- 4. the summary --------------------------------------------------------------------------
class SummaryPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Done"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.counts: dict[str, QLabel] = {}
        names = (("added", self.tr("added")), ("updated", self.tr("updated")),
                 ("unchanged", self.tr("unchanged")), ("notes", self.tr("notes added")),
                 ("tags", self.tr("new tags")), ("skipped", self.tr("skipped")))
        for position, (key, text) in enumerate(names):
            card = QFrame()
            card.setObjectName("Card")
            column = QVBoxLayout(card)
            column.setContentsMargins(16, 10, 16, 10)
            column.setSpacing(0)
            value = QLabel("0")
            value.setObjectName("CardValue")
            label = QLabel(text)
            label.setObjectName("CardLabel")
            column.addWidget(value)
            column.addWidget(label)
            grid.addWidget(card, position // 3, position % 3)
            self.counts[key] = value
        layout.addLayout(grid)
        self.fields_created = QLabel()
        self.fields_created.setWordWrap(True)
        layout.addWidget(self.fields_created)
        self.skipped_title = QLabel()
        self.skipped_title.setWordWrap(True)
        layout.addWidget(self.skipped_title)
        self.skipped_model = SkippedRowsModel(self)
        self.skipped = list_table(self.skipped_model, self.tr("Skipped rows"), multi=False)
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.skipped.setColumnWidth(0, 70)
        self.skipped.setColumnWidth(1, 140)
        self.skipped.setWordWrap(True)
        layout.addWidget(self.skipped, 6)
        row = QHBoxLayout()
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy the list"))
        self.copied = QLabel()
        self.copied.setObjectName("Muted")
        row.addWidget(self.copy_button)
        row.addWidget(self.copied)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self.copy)

    def initializePage(self) -> None:
        wizard = self.importer()
        summary = wizard.summary
        plan = wizard.plan
        assert summary is not None and plan is not None
        self.setSubTitle(self.tr("Imported %1. Everything in it that could be used is now in "
                                 "Steward.").replace("%1", plan.source))
        values = {"added": summary.added, "updated": summary.updated,
                  "unchanged": summary.unchanged, "notes": summary.notes_added,
                  "tags": summary.tags_created, "skipped": len(summary.skipped)}
        for key, value in values.items():
            self.counts[key].setText(format_count(value))
        self.fields_created.setText(self.tr("New fields, as the file describes them: %1")
                                    .replace("%1", join_list(list(summary.fields_created))))
        self.fields_created.setVisible(bool(summary.fields_created))
        count = len(summary.skipped)
        self.skipped_title.setText(
            self.tr("1 row was skipped; fix it in the file and import the file again (members "
                    "already imported are updated, not doubled):") if count == 1 else
            self.tr("%1 rows were skipped; fix them in the file and import the file again "
                    "(members already imported are updated, not doubled):")
            .replace("%1", format_count(count)))
        self.skipped_model.set_rows(summary.skipped)
        for widget in (self.skipped_title, self.skipped, self.copy_button):
            widget.setVisible(count > 0)
        self.copied.clear()
        self.skipped.resizeRowsToContents()

    def skipped_text(self) -> str:
        summary = self.importer().summary
        return "\n".join(row.describe() for row in summary.skipped) if summary else ""

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.skipped_text())
        self.copied.setText(self.tr("Copied"))
