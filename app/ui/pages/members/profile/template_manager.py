"""Note templates: add, rename, rewrite and delete the texts the note editor can insert."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.notes import NoteTemplateData
from app.errors import UserError
from app.services.notes import NoteService
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.messages import error_text
from app.ui.models.rows_table import RowsTableModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.tables import list_table


class TemplateListModel(RowsTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Template")], parent=parent)

    def cell(self, row: NoteTemplateData, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.name
        return None


class TemplateManager(QDialog):
    changed = Signal()

    def __init__(self, notes: NoteService, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes = notes
        self._runner = runner
        self._dialogs = dialogs
        self._current: NoteTemplateData | None = None
        self._deleted: NoteTemplateData | None = None
        self.setWindowTitle(self.tr("Note templates"))
        self.resize(820, 520)

        self.model = TemplateListModel(self)
        self.table = list_table(self.model, self.tr("Templates"), multi=False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumWidth(300)
        self.new_button = QPushButton(icon("add"), self.tr("New template"))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Template text"))
        self.body.setPlaceholderText(self.tr("The text to insert, in Markdown"))
        self.error = QLabel()
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(icon("save", "white"), self.tr("Save template"))
        self.save_button.setObjectName("Primary")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Text"), self.body)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.error)
        save_row = QHBoxLayout()
        self.undo_label = QLabel()
        self.undo_label.setObjectName("Muted")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("Link")
        self.undo_label.hide()
        self.undo_button.hide()
        save_row.addWidget(self.undo_label)
        save_row.addWidget(self.undo_button)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)

        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(row, 1)
        outer.addWidget(close)

        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        self.save_button.clicked.connect(self._save)
        self.undo_button.clicked.connect(self._undo_delete)
        self._load()

    def _load(self, select_id: int | None = None) -> None:
        notes = self._notes

        def shown(templates: tuple[NoteTemplateData, ...]) -> None:
            self.model.set_rows(templates)
            row = next((i for i, t in enumerate(templates) if t.id == select_id), 0)
            if templates:
                self.table.selectRow(row)
            else:
                self._new()

        self._runner.run(lambda _p: notes.templates(), shown, owner=self)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        template = self.model.row_at(current.row())
        if isinstance(template, NoteTemplateData):
            self._current = template
            self.name.setText(template.name)
            self.body.setPlainText(template.body)
            self.error.hide()
        self.delete_button.setEnabled(self._current is not None)

    def _new(self) -> None:
        self._current = None
        self.table.setCurrentIndex(QModelIndex())  # so choosing any row again reads it
        self.table.clearSelection()
        self.name.clear()
        self.body.clear()
        self.error.hide()
        self.delete_button.setEnabled(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        notes = self._notes
        current = self._current
        name, body = self.name.text(), self.body.toPlainText()

        def op(_progress: object) -> int:
            if current is None:
                return notes.add_template(name, body)
            notes.update_template(current.id, name, body)
            return current.id

        def saved(template_id: int) -> None:
            self.changed.emit()
            self._load(template_id)

        self._runner.run(op, saved, self._failed, label=self.tr("Saving the template"), owner=self)

    def _delete(self) -> None:
        current = self._current
        if current is None:
            return
        notes = self._notes

        def deleted(template: NoteTemplateData) -> None:
            self._deleted = template
            self.undo_label.setText(self.tr("Deleted “%1”").replace("%1", template.name))
            self.undo_label.show()
            self.undo_button.show()
            self.changed.emit()
            self._load()

        self._runner.run(lambda _p: notes.delete_template(current.id), deleted, self._failed,
                         label=self.tr("Deleting the template"), owner=self)

    def _undo_delete(self) -> None:
        template = self._deleted
        if template is None:
            return
        self._deleted = None
        self.undo_label.hide()
        self.undo_button.hide()
        notes = self._notes

        def restored(template_id: int) -> None:
            self.changed.emit()
            self._load(template_id)

        self._runner.run(lambda _p: notes.add_template(template.name, template.body), restored,
                         self._failed, label=self.tr("Restoring the template"), owner=self)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.error.setText(error_text(error))
            self.error.show()
