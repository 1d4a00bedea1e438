"""Tag or untag many members at once: a selection, a whole filtered list, or a saved segment.

Each is one transaction in the tag service, which returns exactly the members it changed; the
Undo it leaves in the status bar reverses just those ("Tagged 12 members with “VIP” — Undo").
A selection can reach rows that were never loaded (Shift+End at 100,000 members), so it is
described by row ranges of the list's query and turned into ids on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.domain.members import MemberQuery, TagSummary
from app.domain.segments import SegmentDefinition
from app.services.members import MemberService
from app.services.tags import TagService
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.tasks import TaskRunner
from app.ui.undo import UndoStack


@dataclass(frozen=True)
class MemberTarget:
    """Who a bulk action applies to: known ids, row ranges of a query, a whole query, or a
    saved segment (resolved by the service in the same transaction that changes it)."""

    count: int  # how many members, for the messages (rows selected, or the list's total)
    ids: tuple[int, ...] = ()
    query: MemberQuery | None = None
    ranges: tuple[tuple[int, int], ...] = ()  # (first row, rows) in ``query``'s order
    whole_query: bool = False
    segment: SegmentDefinition | None = None
    segment_name: str = ""

    def resolve(self, members: MemberService) -> tuple[int, ...]:
        """The member ids (on a worker: it may read the database)."""
        if self.query is None:
            return self.ids
        if self.whole_query:
            return members.ids(replace(self.query, offset=0))
        found = list(self.ids)
        for first, rows in self.ranges:
            page = members.page(replace(self.query, offset=first, limit=rows))
            found += [row.id for row in page.rows]
        return tuple(dict.fromkeys(found))


class BulkTagger(QObject):
    changed = Signal()  # tags were given or taken: reload the list
    message = Signal(str)
    tagCreated = Signal()  # a new tag exists: reload the tag chips

    def __init__(self, tags: TagService, members: MemberService, runner: TaskRunner,
                 dialogs: Dialogs, undo_stack: UndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._tags = tags
        self._members = members
        self._runner = runner
        self._dialogs = dialogs
        self._undo = undo_stack
        self._parent = parent

    def fill_menu(self, menu: QMenu, tags: tuple[TagSummary, ...],
                  target: Callable[[], MemberTarget | None]) -> None:
        """Add "Add tag ▸" and "Remove tag ▸" for ``target`` (asked when an entry is chosen)."""
        add = menu.addMenu(icon("tag_add"), self.tr("Add tag"))
        remove = menu.addMenu(icon("tag_remove"), self.tr("Remove tag"))
        for tag in sorted(tags, key=lambda t: t.name.casefold()):
            add.addAction(tag.name).triggered.connect(
                lambda _c=False, t=tag: self._apply(t.id, t.name, True, target()))
            remove.addAction(tag.name).triggered.connect(
                lambda _c=False, t=tag: self._apply(t.id, t.name, False, target()))
        if tags:
            add.addSeparator()
        add.addAction(self.tr("New tag…")).triggered.connect(lambda: self._new_tag(target()))
        remove.setEnabled(bool(tags))

    def apply(self, tag_id: int, name: str, add: bool, target: MemberTarget | None) -> None:
        self._apply(tag_id, name, add, target)

    def _new_tag(self, target: MemberTarget | None) -> None:
        if target is None:
            return
        name = self._dialogs.ask_text(self._parent, self.tr("New tag"),
                                      self.tr("Name of the new tag:"))
        if not name or not name.strip():
            return
        tags = self._tags

        def created(tag_id: int) -> None:
            self.tagCreated.emit()
            self._apply(tag_id, name.strip(), True, target)

        self._runner.run(lambda _p: tags.create(name), created, label=self.tr("Creating a tag"))

    def _apply(self, tag_id: int, name: str, add: bool, target: MemberTarget | None) -> None:
        if target is None or target.count == 0:
            self.message.emit(self.tr("Select members first, or open a segment."))
            return
        tags, members = self._tags, self._members

        def op(_progress: object) -> tuple[int, ...]:
            if target.segment is not None:
                return (tags.add_to_segment(tag_id, target.segment) if add
                        else tags.remove_from_segment(tag_id, target.segment))
            ids = target.resolve(members)
            return tags.add_to(tag_id, ids) if add else tags.remove_from(tag_id, ids)

        self._runner.run(op, lambda changed: self._done(tag_id, name, add, changed),
                         label=self.tr("Tagging members") if add else self.tr("Untagging members"))

    def _done(self, tag_id: int, name: str, add: bool, changed: tuple[int, ...]) -> None:
        self.changed.emit()
        count = QLocale().toString(len(changed))
        if not changed:
            self.message.emit(
                (self.tr("Everyone chosen already has “%1”") if add
                 else self.tr("No one chosen has “%1”")).replace("%1", name))
            return
        if add:
            text = (self.tr("Tagged 1 member with “%2”") if len(changed) == 1
                    else self.tr("Tagged %1 members with “%2”"))
        else:
            text = (self.tr("Removed “%2” from 1 member") if len(changed) == 1
                    else self.tr("Removed “%2” from %1 members"))
        text = text.replace("%1", count).replace("%2", name)
        self.message.emit(text)
        self._undo.push(text, lambda: self._undo_change(tag_id, add, changed))

    def _undo_change(self, tag_id: int, added: bool, changed: tuple[int, ...]) -> None:
        tags = self._tags

        def op(_progress: object) -> tuple[int, ...]:
            return tags.remove_from(tag_id, changed) if added else tags.add_to(tag_id, changed)

        def done(_result: tuple[int, ...]) -> None:
            self.changed.emit()
            self.message.emit(self.tr("Undone"))

        self._runner.run(op, done, label=self.tr("Undoing"))
