"""The profile's editable fields, with each validation error shown next to its field.

The form knows nothing of saving: it emits ``edited`` on every change the user makes (``typing``
while a role or time zone name is half typed: a half-typed role must not join the role list),
builds a
``MemberDraft`` on request, and places a service's ``UserError`` under the field it names
(``InvalidProfile.field``, ``InvalidFieldValue.field``, or the text before the first colon).
Values are written into the widgets with their signals blocked, so loading is never an edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_fields import CustomFieldDef, CustomValue, FieldKind, FieldValue, RoleData
from app.domain.members import MemberStatus
from app.domain.profiles import InvalidProfile, MemberDraft, MemberProfile
from app.errors import UserError
from app.ui.member_texts import MemberTexts
from app.ui.messages import error_text
from app.ui.pages.members.profile.handles_editor import HandlesEditor
from app.ui.theme import repolish
from app.ui.widgets.date_field import DateField
from app.ui.widgets.time_zone_combo import TimeZoneCombo, local_clock, utc_offset

FORM_WIDTH = 760

# Keys of the error slots: the field names the services use in their messages.
NAME, ALIASES, HANDLES, STATUS, ROLE = "Display name", "Other names", "Handles", "Status", "Role"
JOINED, LOCATION, TIME_ZONE, INTERESTS, NEEDS = ("Joined", "Location", "Time zone", "Interests",
                                                 "Needs")


def error_field(error: UserError) -> str:
    """The field a service error is about ("" when it names none)."""
    field = getattr(error, "field", None)
    if isinstance(field, str) and field:
        return field
    head, sep, _rest = str(error).partition(":")
    return head.strip() if sep and len(head) < 80 else ""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    repolish(widget)


@dataclass
class _Slot:
    """One field on the form: the widget the user edits and the label under it for errors."""

    widget: QWidget
    error: QLabel


def _text_box(lines: int, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    height = box.fontMetrics().lineSpacing() * lines + 18
    box.setFixedHeight(height)
    return box


class DetailsForm(QScrollArea):
    edited = Signal()  # a change worth saving soon
    typing = Signal()  # unsaved, but not to be saved until the typing is finished

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.texts = MemberTexts(self)
        body = QWidget()
        body.setMaximumWidth(FORM_WIDTH)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 8, 16, 16)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.setWidget(body)
        self._slots: dict[str, _Slot] = {}

        self.general_error = QLabel()
        self.general_error.setObjectName("ErrorText")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.form.addRow(self.general_error)

        self._section(self.tr("Who they are"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self._add(NAME, self.tr("&Name"), self.name)
        self.aliases = _text_box(3, self.tr("Nicknames and other names, one per line"))
        self.aliases.setAccessibleName(self.tr("Other names"))
        self._add(ALIASES, self.tr("&Other names"), self.aliases)
        self.handles = HandlesEditor(self.texts)
        self._add(HANDLES, self.tr("Handles"), self.handles)

        self._section(self.tr("Membership"))
        self.status = QComboBox()
        for status in MemberStatus:
            self.status.addItem(self.texts.status(status), status.value)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setMaximumWidth(320)
        self._add(STATUS, self.tr("&Status"), self.status)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setToolTip(self.tr("Pick a role, or type a new one to add it to the list"))
        self.role.setMaximumWidth(320)
        self._add(ROLE, self.tr("&Role"), self.role)
        self.joined = DateField()
        self.joined.edit.setAccessibleName(self.tr("Joined"))
        self._add(JOINED, self.tr("&Joined"), self.joined)

        self._section(self.tr("Where they are"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("City, region or country"))
        self.location.setAccessibleName(self.tr("Location"))
        self._add(LOCATION, self.tr("&Location"), self.location)
        self.time_zone = TimeZoneCombo()
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.zone_hint = QLabel()
        self.zone_hint.setObjectName("Muted")
        zone_box = QWidget()
        zone_row = QVBoxLayout(zone_box)
        zone_row.setContentsMargins(0, 0, 0, 0)
        zone_row.setSpacing(2)
        zone_row.addWidget(self.time_zone)
        zone_row.addWidget(self.zone_hint)
        self._add(TIME_ZONE, self.tr("&Time zone"), zone_box, focus=self.time_zone)

        self._section(self.tr("What they care about"))
        self.interests = _text_box(3, self.tr("Topics, skills, what they like to talk about"))
        self.interests.setAccessibleName(self.tr("Interests"))
        self._add(INTERESTS, self.tr("&Interests"), self.interests)
        self.needs = _text_box(3, self.tr("What they are looking for, or asked you for"))
        self.needs.setAccessibleName(self.tr("Needs"))
        self._add(NEEDS, self.tr("N&eeds"), self.needs)

        self.custom_title = self._section(self.tr("Your fields"))
        self._custom_defs: tuple[CustomFieldDef, ...] = ()
        self._custom_widgets: dict[int, QWidget] = {}
        self._custom_rows: list[QWidget] = []

        self.name.textEdited.connect(self._edited)
        self.aliases.textChanged.connect(self._edited)
        self.handles.edited.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        role_line = self.role.lineEdit()
        assert role_line is not None
        role_line.textEdited.connect(self._typing)
        role_line.editingFinished.connect(self._role_finished)
        self.role.activated.connect(self._edited)
        self.joined.edited.connect(self._edited)
        self.location.textEdited.connect(self._edited)
        self.time_zone.typing.connect(self._typing)
        self.time_zone.edited.connect(self._edited)
        self.time_zone.currentTextChanged.connect(self._show_offset)
        self.interests.textChanged.connect(self._edited)
        self.needs.textChanged.connect(self._edited)
        self._loading = False
        self._saved_role = ""

    # -- building ----------------------------------------------------------------------------
    def _section(self, title: str) -> QLabel:
        label = QLabel(title)
        label.setObjectName("SectionTitle")
        label.setStyleSheet("QLabel#SectionTitle { font-weight: 600; padding-top: 8px; }")
        self.form.addRow(label)
        return label

    def _add(self, key: str, label: str, widget: QWidget,
             focus: QWidget | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("ErrorText")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        title = QLabel(label)
        title.setBuddy(focus or widget)
        self.form.addRow(title, box)
        self._slots[key] = _Slot(focus or widget, error)
        return box

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _typing(self) -> None:
        if not self._loading:
            self.typing.emit()

    def _role_finished(self) -> None:
        if self.role.currentText() != self._saved_role:
            self._edited()

    def _show_offset(self, zone: str) -> None:
        clock = local_clock(zone.strip())
        self.zone_hint.setText(self.tr("%1 there now (%2)").replace("%1", clock).replace(
            "%2", utc_offset(zone.strip())) if clock else "")
        self.zone_hint.setVisible(bool(clock))

    def set_schema(self, roles: Sequence[RoleData], fields: Sequence[CustomFieldDef],
                   zones: Sequence[str]) -> None:
        self._loading = True
        try:
            current = self.role.currentText()
            names = [self.texts.role(r.name) for r in roles]
            if [self.role.itemText(i) for i in range(self.role.count())] != names:
                self.role.blockSignals(True)
                self.role.clear()
                self.role.addItems(names)
                self.role.setCurrentText(current)
                self.role.blockSignals(False)
            self.time_zone.set_zones(zones)
            if tuple(fields) != self._custom_defs:
                self._build_custom(tuple(fields))
        finally:
            self._loading = False

    def _build_custom(self, fields: tuple[CustomFieldDef, ...]) -> None:
        for key in [k for k in self._slots if k.startswith("field:")]:
            del self._slots[key]
        for row in self._custom_rows:
            self.form.removeRow(row)
        self._custom_rows = []
        self._custom_widgets = {}
        self._custom_defs = fields
        self.custom_title.setVisible(bool(fields))
        for definition in fields:
            widget = self._custom_widget(definition)
            self._custom_widgets[definition.id] = widget
            box = self._add(f"field:{definition.name}", definition.name.replace("&", "&&"), widget)
            self._custom_rows.append(box)

    def _custom_widget(self, definition: CustomFieldDef) -> QWidget:
        if definition.kind is FieldKind.DATE:
            field = DateField()
            field.edited.connect(self._edited)
            field.edit.setAccessibleName(definition.name)
            return field
        if definition.kind is FieldKind.CHOICE:
            combo = QComboBox()
            combo.addItem(self.tr("Not set"), "")
            for option in definition.options:
                combo.addItem(option, option)
            combo.currentIndexChanged.connect(self._edited)
            combo.setAccessibleName(definition.name)
            return combo
        line = QLineEdit()
        line.setAccessibleName(definition.name)
        if definition.kind is FieldKind.NUMBER:
            line.setPlaceholderText(self.tr("A number, e.g. 12.5"))
            line.setMaximumWidth(240)
        line.textEdited.connect(self._edited)
        return line

    # -- values ------------------------------------------------------------------------------
    def set_profile(self, profile: MemberProfile) -> None:
        """Show the profile's values (only the widgets whose value differs are touched, so the
        cursor stays where the user left it)."""
        self._loading = True
        try:
            _set_line(self.name, profile.display_name)
            _set_box(self.aliases, "\n".join(profile.aliases))
            self.handles.set_handles(profile.handles)
            index = self.status.findData(profile.status.value)
            if index != self.status.currentIndex():
                self.status.setCurrentIndex(index)
            shown = self.texts.role(profile.role)
            if self.role.currentText() != shown:
                self.role.setCurrentText(shown)
            self._saved_role = shown
            self.joined.set_value(profile.joined_on)
            _set_line(self.location, profile.location)
            self.time_zone.set_value(profile.time_zone)
            self._show_offset(profile.time_zone)
            _set_box(self.interests, profile.interests)
            _set_box(self.needs, profile.needs)
            values = {v.field_id: v for v in profile.custom_values}
            for definition in self._custom_defs:
                self._set_custom(definition, values.get(definition.id))
        finally:
            self._loading = False

    def _set_custom(self, definition: CustomFieldDef, value: CustomValue | None) -> None:
        widget = self._custom_widgets[definition.id]
        text = value.value if value else ""
        if isinstance(widget, DateField):
            widget.set_value(text)
        elif isinstance(widget, QComboBox):
            index = widget.findData(text)
            widget.setCurrentIndex(max(0, index))
        elif isinstance(widget, QLineEdit):
            _set_line(widget, text)

    def custom_widget(self, field_id: int) -> QWidget | None:
        return self._custom_widgets.get(field_id)

    def draft(self) -> MemberDraft:
        """What the form says; InvalidProfile for a value that cannot even be read (a date)."""
        try:
            joined = self.joined.value()
        except ValueError:
            raise InvalidProfile(JOINED, f"\"{self.joined.text()}\" is not a date; use "
                                         "YYYY-MM-DD, e.g. 2024-03-05.") from None
        values = []
        for definition in self._custom_defs:
            widget = self._custom_widgets[definition.id]
            if isinstance(widget, DateField):
                raw: str = widget.text()
            elif isinstance(widget, QComboBox):
                raw = str(widget.currentData() or "")
            else:
                raw = widget.text() if isinstance(widget, QLineEdit) else ""
            values.append(FieldValue(definition.id, raw or None))
        return MemberDraft(
            display_name=self.name.text(),
            aliases=tuple(self.aliases.toPlainText().splitlines()),
            handles=self.handles.handles(),
            status=MemberStatus(str(self.status.currentData())),
            role=self.texts.role_name(self.role.currentText()),
            joined_on=joined,
            location=self.location.text(),
            time_zone=self.time_zone.value(),
            interests=self.interests.toPlainText(),
            needs=self.needs.toPlainText(),
            custom_values=tuple(values),
        )

    # -- errors ------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for slot in self._slots.values():
            slot.error.hide()
            slot.error.clear()
            set_invalid(slot.widget, False)
        for row in self.handles.rows():
            set_invalid(row.handle, False)
            set_invalid(row.platform_id, False)
        self.general_error.hide()

    def show_error(self, error: UserError) -> QWidget | None:
        """Put the message under the field it names; returns the widget marked invalid."""
        self.clear_errors()
        field = error_field(error)
        slot, widget = self._slot_for(field)
        if slot is None:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            self.ensureWidgetVisible(self.general_error)
            return None
        slot.error.setText(error_text(error))
        slot.error.show()
        target = widget or slot.widget
        set_invalid(target, True)
        self.ensureWidgetVisible(target)
        return target

    def error_text(self, key: str) -> str:
        slot = self._slots.get(key)
        return slot.error.text() if slot is not None and slot.error.isVisible() else ""

    def _slot_for(self, field: str) -> tuple[_Slot | None, QWidget | None]:
        if field in self._slots:
            return self._slots[field], None
        if f"field:{field}" in self._slots:
            return self._slots[f"field:{field}"], None
        platform, _sep, part = field.rpartition(" ")
        if platform and part in ("ID", "handle"):
            row = self.handles.row_for(platform)
            widget = None
            if row is not None:
                widget = row.platform_id if part == "ID" else row.handle
            return self._slots[HANDLES], widget
        return None, None


def _set_line(line: QLineEdit, text: str) -> None:
    if line.text() != text:
        line.setText(text)


def _set_box(box: QPlainTextEdit, text: str) -> None:
    if box.toPlainText() != text:
        box.setPlainText(text)
