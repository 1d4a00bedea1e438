"""The member fields a column can be imported as, named for people, and the combo that picks one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.importers.mapping import Field, Target, TargetKind, all_targets
from app.ui.member_texts import MemberTexts
from app.ui.models.import_tables import TARGET_ROLE

Index = QModelIndex | QPersistentModelIndex


class TargetNames(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = MemberTexts(self)
        self._fields = {
            Field.NAME: self.tr("Name"), Field.ALIASES: self.tr("Other names"),
            Field.STATUS: self.tr("Status"), Field.ROLE: self.tr("Role"),
            Field.JOINED: self.tr("Joined"), Field.LOCATION: self.tr("Location"),
            Field.TIME_ZONE: self.tr("Time zone"), Field.INTERESTS: self.tr("Interests"),
            Field.NEEDS: self.tr("Needs"),
            Field.TAGS: self.tr("Tags"), Field.NOTE: self.tr("Note"),
            Field.NOTE_CREATED: self.tr("Note: written on"),
            Field.NOTE_UPDATED: self.tr("Note: edited on"),
            Field.NOTE_PINNED: self.tr("Note: pinned"), Field.CREATED: self.tr("Added on"),
            Field.MEMBER_KEY: self.tr("Steward member ID"),
        }

    def label(self, target: Target) -> str:
        if target.kind is TargetKind.IGNORE:
            return self.tr("Don't import")
        if target.kind is TargetKind.HANDLE:
            return self.tr("%1 handle").replace("%1", self._texts.platform(target.key))
        if target.kind is TargetKind.HANDLE_ID:
            return self.tr("%1 user ID").replace("%1", self._texts.platform(target.key))
        if target.kind is TargetKind.CUSTOM:
            return self.tr("%1 (your field)").replace("%1", target.key)
        return self._fields.get(Field(target.key), target.key)

    def choices(self, targets: Sequence[Target]) -> list[tuple[str, Target]]:
        """The targets, "Don't import" first, then in the order a person looks for them."""
        ignore = [t for t in targets if t.kind is TargetKind.IGNORE]
        rest = [t for t in targets if t.kind is not TargetKind.IGNORE]
        return [(self.label(t), t) for t in (*ignore, *rest)]


class TargetDelegate(QStyledItemDelegate):
    """A combo of targets in the "Import as" column; a choice is applied at once."""

    def __init__(self, names: TargetNames, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._choices = names.choices(all_targets())

    def set_targets(self, targets: Sequence[Target]) -> None:
        """The plan's targets (its data folder's custom fields among them); before editors open."""
        self._choices = self._names.choices(targets)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setMaxVisibleItems(20)
        for label, target in self._choices:
            combo.addItem(label, target)
        combo.setAccessibleName(self.tr("Import as"))
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        target = index.data(TARGET_ROLE)
        if isinstance(editor, QComboBox):
            for row in range(editor.count()):
                if editor.itemData(row) == target:
                    editor.setCurrentIndex(row)
                    return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
