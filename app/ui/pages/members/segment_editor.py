"""The segment editor: a saved filter built from tags (all of / any of / none of), status, role,
joined dates, silence, custom-field conditions and text, with a live count of who matches.

New segments can start from a ready-made suggestion ("New this week", "VIP", "Silent for 30
days"). Deleting a segment never touches members, so it asks nothing and leaves an Undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_fields import CustomFieldDef, FieldKind, RoleData, canonical_value
from app.domain.members import MemberStatus, TagSummary
from app.domain.segments import (
    FieldCondition,
    FieldOp,
    SavedSegment,
    SegmentDefinition,
    SegmentSuggestion,
)
from app.errors import UserError
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.lifetime import while_alive
from app.ui.member_texts import MemberTexts
from app.ui.messages import error_text
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.tag_filter import TagChip
from app.ui.tasks import TaskRunner
from app.ui.unlock.frame import error_label
from app.ui.widgets.dialog_buttons import primary_buttons
from app.ui.widgets.flow_box import FlowBox

COUNT_DELAY_MS = 300
NO_VALUE = (FieldOp.IS_SET, FieldOp.IS_EMPTY)


@dataclass(frozen=True)
class EditorChoices:
    """What the editor offers, read once on the worker before it opens."""

    tags: tuple[TagSummary, ...]
    roles: tuple[RoleData, ...]
    fields: tuple[CustomFieldDef, ...]
    suggestions: tuple[SegmentSuggestion, ...]


def load_choices(deps: MembersUiDeps) -> EditorChoices:
    return EditorChoices(deps.tags.list(), deps.fields.roles(), deps.fields.fields(),
                         deps.segments.suggestions())


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, left-aligned."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class TagPicker(QWidget):
    """Chosen tags as removable chips, and "Add tag" with the others."""

    changed = Signal()

    def __init__(self, tags: tuple[TagSummary, ...], accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags = {t.id: t for t in tags}
        self._chosen: list[int] = []
        self._chips: list[TagChip] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.flow = FlowBox(self, spacing=4)
        outer.addWidget(self.flow)
        self.add_button = QToolButton()
        self.add_button.setObjectName("Flat")
        self.add_button.setIcon(icon("tag_add"))
        self.add_button.setText(self.tr("Add tag"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setAccessibleName(accessible)
        self.menu = QMenu(self.add_button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.add_button.setMenu(self.menu)
        self.add_button.setEnabled(bool(tags))
        self._rebuild()

    def value(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def set_value(self, tag_ids: tuple[int, ...]) -> None:
        self._chosen = [t for t in dict.fromkeys(tag_ids) if t in self._tags]
        self._rebuild()

    def add(self, tag_id: int) -> None:
        if tag_id not in self._chosen:
            self._chosen.append(tag_id)
            self._rebuild()
            self.changed.emit()

    def remove(self, tag_id: int) -> None:
        if tag_id in self._chosen:
            self._chosen.remove(tag_id)
            self._rebuild()
            self.changed.emit()
            self.add_button.setFocus()

    def _fill_menu(self) -> None:
        self.menu.clear()
        for tag in sorted(self._tags.values(), key=lambda t: t.name.casefold()):
            if tag.id not in self._chosen:
                self.menu.addAction(tag.name).triggered.connect(
                    lambda _c=False, i=tag.id: self.add(i))

    def _rebuild(self) -> None:
        for chip in self._chips:
            chip.deleteLater()
        self._chips = []
        for tag_id in self._chosen:
            chip = TagChip(self._tags[tag_id], self.flow, removable=True)
            chip.clicked.connect(lambda _c=False, i=tag_id: self.remove(i))
            self._chips.append(chip)
        self.flow.set_widgets([*self._chips, self.add_button])
        self.updateGeometry()


class FieldConditionRow(QWidget):
    changed = Signal()
    removeRequested = Signal(object)  # this row

    def __init__(self, fields: tuple[CustomFieldDef, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields = fields
        self._op_names = {
            FieldOp.EQUALS: self.tr("is"), FieldOp.NOT_EQUALS: self.tr("is not"),
            FieldOp.CONTAINS: self.tr("contains"), FieldOp.LESS: self.tr("is less than"),
            FieldOp.LESS_OR_EQUAL: self.tr("is at most"),
            FieldOp.GREATER: self.tr("is more than"),
            FieldOp.GREATER_OR_EQUAL: self.tr("is at least"),
            FieldOp.ONE_OF: self.tr("is one of (separate with ;)"),
            FieldOp.IS_SET: self.tr("is filled in"), FieldOp.IS_EMPTY: self.tr("is empty"),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.field = QComboBox()
        for field in fields:
            self.field.addItem(field.name, field.id)
        self.field.setAccessibleName(self.tr("Field"))
        self.op = QComboBox()
        self.op.setAccessibleName(self.tr("Condition"))
        self.value = QComboBox()
        self.value.setEditable(True)
        self.value.setAccessibleName(self.tr("Value"))
        self.value.setMinimumWidth(140)
        self.remove = QToolButton()
        self.remove.setObjectName("Flat")
        self.remove.setIcon(icon("close"))
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.remove.setAccessibleName(self.tr("Remove this condition"))
        for widget in (self.field, self.op, self.value):
            row.addWidget(widget)
        row.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(self._op_changed)
        self.value.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        self._field_changed()

    def current_field(self) -> CustomFieldDef | None:
        field_id = self.field.currentData()
        return next((f for f in self._fields if f.id == field_id), None)

    def _ops(self, kind: FieldKind) -> tuple[FieldOp, ...]:
        if kind is FieldKind.TEXT:
            return (FieldOp.CONTAINS, FieldOp.EQUALS, FieldOp.NOT_EQUALS, *NO_VALUE)
        if kind is FieldKind.CHOICE:
            return (FieldOp.EQUALS, FieldOp.NOT_EQUALS, FieldOp.ONE_OF, *NO_VALUE)
        return (FieldOp.EQUALS, FieldOp.NOT_EQUALS, FieldOp.LESS, FieldOp.LESS_OR_EQUAL,
                FieldOp.GREATER, FieldOp.GREATER_OR_EQUAL, *NO_VALUE)

    def _field_changed(self) -> None:
        field = self.current_field()
        kind = field.kind if field is not None else FieldKind.TEXT
        self.op.blockSignals(True)
        self.op.clear()
        for op in self._ops(kind):
            self.op.addItem(self._op_names[op], op.value)
        self.op.blockSignals(False)
        self.value.clear()
        if field is not None and field.kind is FieldKind.CHOICE:
            self.value.addItems(list(field.options))
        placeholder = {FieldKind.DATE: self.tr("YYYY-MM-DD"),
                       FieldKind.NUMBER: self.tr("a number")}.get(kind, "")
        line = self.value.lineEdit()
        if line is not None:
            line.setPlaceholderText(placeholder)
        self._op_changed()

    def _op_changed(self) -> None:
        op = FieldOp(self.op.currentData()) if self.op.currentData() else FieldOp.EQUALS
        self.value.setVisible(op not in NO_VALUE)
        self.changed.emit()

    def set_condition(self, condition: FieldCondition) -> None:
        index = self.field.findData(condition.field_id)
        if index >= 0:
            self.field.setCurrentIndex(index)
        op_index = self.op.findData(condition.op.value)
        if op_index >= 0:
            self.op.setCurrentIndex(op_index)
        self.value.setCurrentText("; ".join(condition.values) if condition.op is FieldOp.ONE_OF
                                  else condition.value)

    def condition(self) -> FieldCondition:
        """The condition, or UserError naming the field when the value cannot be one."""
        field = self.current_field()
        if field is None:
            raise UserError(self.tr("Choose a field for each condition."))
        op = FieldOp(self.op.currentData())
        text = self.value.currentText().strip()
        if op in NO_VALUE:
            return FieldCondition(field.id, op)
        if op is FieldOp.ONE_OF:
            values = tuple(v.strip() for v in text.split(";") if v.strip())
            if not values:
                raise UserError(self.tr("“%1”: enter at least one value.")
                                .replace("%1", field.name))
            return FieldCondition(field.id, op, values=values)
        if not text:
            raise UserError(self.tr("“%1”: enter a value to compare with.")
                            .replace("%1", field.name))
        if op is not FieldOp.CONTAINS:
            try:
                canonical_value(field, text)
            except UserError as exc:
                raise UserError(error_text(exc)) from None
        return FieldCondition(field.id, op, value=text)


class SegmentEditor(QDialog):
    saved = Signal(object)  # segment id
    deleted = Signal(object)  # SavedSegment, for Undo

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 choices: EditorChoices, segment: SavedSegment | None,
                 chip_tags: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments = deps.segments
        self._runner = runner
        self._dialogs = dialogs
        self._choices = choices
        self._segment = segment
        self._count_generation = 0
        self.setWindowTitle(self.tr("Edit segment") if segment else self.tr("New segment"))
        self.resize(720, 680)
        self._status_names = {
            MemberStatus.ACTIVE: self.tr("Active"), MemberStatus.MUTED: self.tr("Muted"),
            MemberStatus.LEFT: self.tr("Left"), MemberStatus.REMOVED: self.tr("Removed"),
            MemberStatus.BANNED: self.tr("Banned"),
        }
        self._suggestion_names = {"new_this_week": self.tr("New this week"),
                                  "vip": self.tr("VIP"),
                                  "silent_30_days": self.tr("Silent for 30 days")}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        self.name = QLineEdit(segment.name if segment else "")
        self.name.setPlaceholderText(self.tr("For example: Shanghai volunteers"))
        self.name.setAccessibleName(self.tr("Segment name"))
        name_row = QFormLayout()
        name_row.addRow(self.tr("&Name"), self.name)
        outer.addLayout(name_row)

        self.suggestion_buttons: dict[str, QPushButton] = {}
        if segment is None and choices.suggestions:
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(QLabel(self.tr("Start from:")))
            for suggestion in choices.suggestions:
                button = QPushButton(self._suggestion_names.get(suggestion.key, suggestion.name))
                button.setObjectName("Link")
                button.clicked.connect(lambda _c=False, s=suggestion: self.use_suggestion(s))
                row.addWidget(button)
                self.suggestion_buttons[suggestion.key] = button
            row.addStretch(1)
            outer.addLayout(row)

        body = QWidget()
        form = QFormLayout(body)
        form.setSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tags_all = TagPicker(choices.tags, self.tr("Add a tag members must all have"))
        self.tags_any = TagPicker(choices.tags, self.tr("Add a tag members need one of"))
        self.tags_none = TagPicker(choices.tags, self.tr("Add a tag members must not have"))
        form.addRow(self.tr("Has all of these tags"), self.tags_all)
        form.addRow(self.tr("Has any of these tags"), self.tags_any)
        form.addRow(self.tr("Has none of these tags"), self.tags_none)

        self.statuses: dict[MemberStatus, QCheckBox] = {}
        for status, label in self._status_names.items():
            self.statuses[status] = QCheckBox(label)
        form.addRow(self.tr("Status is any of"), _row(*self.statuses.values()))

        self.roles: dict[str, QCheckBox] = {}
        role_box = FlowBox(spacing=12)
        known = [role.name for role in choices.roles]
        saved = segment.definition.roles if segment is not None else ()
        # a role the segment names but the role list lost (renamed, deleted) stays choosable
        known += [r for r in saved if r.casefold() not in {k.casefold() for k in known}]
        texts = MemberTexts(self)
        for name in known:
            box = QCheckBox(texts.role(name))
            self.roles[name] = box
        role_box.set_widgets(list(self.roles.values()))
        form.addRow(self.tr("Role is any of"), role_box)

        self.joined_after_on = QCheckBox(self.tr("on or after"))
        self.joined_after = self._date_edit()
        self.joined_before_on = QCheckBox(self.tr("on or before"))
        self.joined_before = self._date_edit()
        form.addRow(self.tr("Joined"), _row(self.joined_after_on, self.joined_after,
                                            self.joined_before_on, self.joined_before))
        self.within_on = QCheckBox(self.tr("in the last"))
        self.within = self._days()
        form.addRow(self.tr("Joined recently"),
                    _row(self.within_on, self.within, QLabel(self.tr("days"))))
        self.silent_on = QCheckBox(self.tr("no note and no change for"))
        self.silent = self._days()
        form.addRow(self.tr("Silent"), _row(self.silent_on, self.silent, QLabel(self.tr("days"))))

        self.conditions_box = QVBoxLayout()
        self.conditions_box.setSpacing(6)
        self.conditions: list[FieldConditionRow] = []
        self.add_condition_button = QPushButton(icon("add"), self.tr("Add a field condition"))
        self.add_condition_button.setEnabled(bool(choices.fields))
        if not choices.fields:
            self.add_condition_button.setToolTip(
                self.tr("Define custom fields in Settings first."))
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        fields_column = QVBoxLayout()
        fields_column.addLayout(self.conditions_box)
        fields_column.addWidget(self.add_condition_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Custom fields"), fields_column)

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Words in names, handles, tags, fields or notes"))
        self.text.setAccessibleName(self.tr("Mentions"))
        form.addRow(self.tr("Mentions"), self.text)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        outer.addWidget(self.count_label)
        self.error = error_label()
        outer.addWidget(self.error)

        self.buttons, self.save_button = primary_buttons(self, self.tr("Save"))
        self.delete_button: QPushButton | None = None
        if segment is not None:
            self.delete_button = self.buttons.addButton(
                self.tr("Delete segment"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self._count)
        self.set_definition(segment.definition if segment else SegmentDefinition(
            tags_all=chip_tags))
        self._watch(body)
        self._count()

    # -- building -------------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        chinese = QLocale().language() == QLocale.Language.Chinese
        edit.setDisplayFormat("yyyy年M月d日" if chinese else "MMM d, yyyy")
        return edit

    @staticmethod
    def _days() -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 36_500)
        box.setValue(30)
        return box

    def _watch(self, body: QWidget) -> None:
        """Any change to the form recounts (after a pause)."""
        for box in body.findChildren(QCheckBox):
            box.toggled.connect(self._changed)
        for spin in body.findChildren(QSpinBox):
            spin.valueChanged.connect(self._changed)
        for edit in body.findChildren(QDateEdit):
            edit.dateChanged.connect(self._changed)
        for picker in (self.tags_all, self.tags_any, self.tags_none):
            picker.changed.connect(self._changed)
        self.text.textChanged.connect(self._changed)

    def add_condition(self, condition: FieldCondition | None = None) -> FieldConditionRow:
        row = FieldConditionRow(self._choices.fields)
        if condition is not None:
            row.set_condition(condition)
        row.changed.connect(self._changed)
        row.removeRequested.connect(self._remove_condition)
        self.conditions.append(row)
        self.conditions_box.addWidget(row)
        self._changed()
        return row

    def _remove_condition(self, row: FieldConditionRow) -> None:
        self.conditions.remove(row)
        row.deleteLater()
        self._changed()

    # -- the definition -------------------------------------------------------------------
    def set_definition(self, d: SegmentDefinition) -> None:
        self.tags_all.set_value(d.tags_all)
        self.tags_any.set_value(d.tags_any)
        self.tags_none.set_value(d.tags_none)
        for status, box in self.statuses.items():
            box.setChecked(status in d.statuses)
        wanted = {r.casefold() for r in d.roles}
        for name, box in self.roles.items():
            box.setChecked(name.casefold() in wanted)
        for on, edit, value in ((self.joined_after_on, self.joined_after, d.joined_after),
                                (self.joined_before_on, self.joined_before, d.joined_before)):
            on.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        self.within_on.setChecked(d.joined_within_days is not None)
        if d.joined_within_days is not None:
            self.within.setValue(d.joined_within_days)
        self.silent_on.setChecked(d.silent_for_days is not None)
        if d.silent_for_days is not None:
            self.silent.setValue(d.silent_for_days)
        for row in list(self.conditions):
            self._remove_condition(row)
        for condition in d.fields:
            self.add_condition(condition)
        self.text.setText(d.text)

    def definition(self) -> SegmentDefinition:
        """What the form says, or UserError naming what to fix."""

        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        return SegmentDefinition(
            tags_all=self.tags_all.value(), tags_any=self.tags_any.value(),
            tags_none=self.tags_none.value(),
            statuses=tuple(s for s, box in self.statuses.items() if box.isChecked()),
            roles=tuple(name for name, box in self.roles.items() if box.isChecked()),
            joined_after=day(self.joined_after) if self.joined_after_on.isChecked() else None,
            joined_before=day(self.joined_before) if self.joined_before_on.isChecked() else None,
            joined_within_days=self.within.value() if self.within_on.isChecked() else None,
            silent_for_days=self.silent.value() if self.silent_on.isChecked() else None,
            fields=tuple(row.condition() for row in self.conditions),
            text=self.text.text().strip(),
        )

    def use_suggestion(self, suggestion: SegmentSuggestion) -> None:
        self.set_definition(suggestion.definition)
        if not self.name.text().strip():
            self.name.setText(self._suggestion_names.get(suggestion.key, suggestion.name))
        self._changed()

    # -- counting, saving, deleting -------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def _count(self) -> None:
        try:
            definition = self.definition()
        except UserError as exc:
            self.count_label.setText(error_text(exc))
            return
        self._count_generation += 1
        generation = self._count_generation
        segments = self._segments
        self.count_label.setText(self.tr("Counting…"))
        self._runner.run(lambda _p: segments.count(definition),
                         while_alive(self, lambda count: self._counted(generation, count)))

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._count_generation:
            return
        self.count_label.setText(
            self.tr("1 member matches now") if count == 1 else
            self.tr("%1 members match now").replace("%1", QLocale().toString(count)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.save_button.setEnabled(True)

    def save(self) -> None:
        self.error.hide()
        name = self.name.text()
        if not name.strip():
            self._show_error(self.tr("Give the segment a name."))
            self.name.setFocus()
            return
        try:
            definition = self.definition()
        except UserError as exc:
            self._show_error(error_text(exc))
            return
        self.save_button.setEnabled(False)
        segments = self._segments
        segment = self._segment

        def op(_p: object) -> int:
            if segment is None:
                return segments.save(name, definition)
            segments.update(segment.id, name=name, definition=definition)
            return segment.id

        def done(segment_id: int) -> None:
            self.accept()
            self.saved.emit(segment_id)

        self._runner.run(op, while_alive(self, done),
                         while_alive(self, lambda exc: self._show_error(error_text(exc))),
                         label=self.tr("Saving the segment"))

    def delete(self) -> None:
        segment = self._segment
        if segment is None:
            return
        segments = self._segments

        def done(deleted: SavedSegment) -> None:
            self.accept()
            self.deleted.emit(deleted)

        self._runner.run(lambda _p: segments.delete(segment.id), while_alive(self, done),
                         while_alive(self, lambda exc: self._show_error(error_text(exc))),
                         label=self.tr("Deleting the segment"))
