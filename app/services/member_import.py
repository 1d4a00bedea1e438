"""Import members from a file, all or nothing.

The whole file is applied in one transaction: if any row raises (a broken vCard, a damaged
workbook), if the user cancels, or for a dry run, everything is rolled back and the database is as
it was. Rows the importer could not use are reported in the summary with their line and reason;
the other rows are imported.

Matching: a row whose handle (same platform and handle, allowing "@name"/"name" on Telegram and
letter case in e-mail) belongs to an existing member updates that member instead of adding one;
rows of one member in Steward's own CSV (one row per note) are tied together by the export's member
ID column. An update fills in what the file says and leaves alone what it leaves empty; aliases,
handles and tags are added to, never removed; notes are appended, except one that the member
already had with the same text (and time, when the file gives one), so importing a file twice does
not double its notes. A role the list lacks joins the list.

Custom fields: a value goes to the importing folder's field of that name (ignoring case and width)
and must fit its kind, or the row is skipped with the line and the field named. A column mapped to
a field that does not exist stops the import before anything is written (create the field in the
profile editor first); only the field definitions in Steward's own exports (CSV, Markdown, JSON)
create missing fields, with the kind and options they had.

Every member added or changed gets an "imported" entry in its history. The writes run inside
``bulk_insert`` so a large file is not slowed by the search index's per-row triggers; the index is
complete when the transaction commits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from app.db.bulk import bulk_insert
from app.db.repositories import profile_schema as schema_repo
from app.db.repositories.member_import import MemberWriter, StoredProfile, iso_date
from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import ImportFormat, ImportSummary, MemberDraft, NoteDraft, SkippedRow
from app.domain.members import MemberStatus
from app.domain.progress import NullProgress, Progress, check_cancel
from app.errors import UserError
from app.importers.custom_columns import FieldLookup, check_value, spec_lookup
from app.importers.errors import RowSkipped
from app.importers.mapping import TargetKind
from app.importers.plan import ImportPlan, open_import
from app.importers.rows import ALIAS_JOIN, USER_LIST_SPLIT
from app.messages import message_of, msg
from app.services.sessions import SessionFactory

REPORT_EVERY = 500
IMPORTING = msg("Importing members")


class MemberImportService:
    def __init__(self, sessions: SessionFactory,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessions
        self._clock = clock

    def custom_fields(self) -> tuple[CustomFieldDef, ...]:
        with self._sessions() as session:
            return schema_repo.custom_fields(session)

    def open(self, path: Path, fmt: ImportFormat | None = None,
             overrides: Sequence[tuple[str, str]] = ()) -> ImportPlan:
        """``open_import`` with this data folder's custom fields, so columns named like one of
        them are mapped to it and the preview checks their values."""
        return open_import(path, fmt, overrides, self.custom_fields())

    def run(self, plan: ImportPlan, *, dry_run: bool = False,
            progress: Progress | None = None) -> ImportSummary:
        """Apply the plan; safe to call from a worker thread (it opens its own session)."""
        progress = progress or NullProgress()
        with self._sessions() as session:
            try:
                with bulk_insert(session.connection()):
                    writer = MemberWriter(session)
                    summary = _Import(writer, self._clock(), plan).run(progress)
                    writer.reindex_changed()
            except BaseException:
                session.rollback()
                raise
            if dry_run:
                session.rollback()
                return replace(summary, dry_run=True)
            session.commit()
            return summary



@dataclass
class _Current:
    """The member the previous row went to: consecutive rows of one member skip the lookups."""

    member_id: int = 0
    handles: dict[tuple[str, str], str] = field(default_factory=dict)
    tags: set[int] = field(default_factory=set)


class _Fields:
    """The importing folder's custom fields by name; creates the ones a Steward export defines
    (``plan.field_specs``, which grows while a JSON or Markdown file is read)."""

    def __init__(self, writer: MemberWriter, plan: ImportPlan, now: datetime) -> None:
        self._writer = writer
        self._plan = plan
        self._now = now
        self._known = FieldLookup(writer.custom_fields())
        self._seen_specs = 0
        self.created: list[str] = []

    def sync(self) -> None:
        """Create the fields the export defines and this folder lacks, in the export's order."""
        specs = self._plan.field_specs
        if len(specs) == self._seen_specs:
            return
        for spec in list(specs.values())[self._seen_specs:]:
            if self._known.get(spec.name) is None:
                self._known.add(self._writer.add_custom_field(spec, self._now))
                self.created.append(spec.name)
        self._seen_specs = len(specs)

    def get(self, name: str) -> CustomFieldDef | None:
        found = self._known.get(name)
        if found is None and spec_lookup(self._plan.field_specs, name) is not None:
            self.sync()
            found = self._known.get(name)
        return found

    def check_mapping(self) -> None:
        """Every column mapped to a custom field must have one to go to (before any write)."""
        table = self._plan.table
        for index, target in enumerate(self._plan.mapping):
            if target.kind is TargetKind.CUSTOM and self.get(target.key) is None:
                header = table.headers[index] if table and index < len(table.headers) \
                    else msg("column {number}", number=index + 1)
                raise UserError(msg(
                    "{source}: the column {column} goes to the custom field {field}, which this "
                    "data folder does not have. Create it in the profile editor first (Members, "
                    "Fields), or map the column to another field or to ignore.",
                    source=self._plan.source, column=repr(header), field=repr(target.key)))


class _Import:
    def __init__(self, writer: MemberWriter, now: datetime, plan: ImportPlan) -> None:
        self.writer = writer
        self.now = now
        self.plan = plan
        self.groups: dict[str, int] = {}
        self.group_of: dict[int, str] = {}
        self.added: set[int] = set()
        self.matched: set[int] = set()
        self.changed: set[int] = set()
        self.notes_added = 0
        self.skipped: list[SkippedRow] = []
        self.current = _Current()
        self.old_notes_up_to = 0
        self.fields = _Fields(writer, plan, now)
        self.what_changed: dict[int, set[str]] = {}

    def run(self, progress: Progress) -> ImportSummary:
        self.old_notes_up_to = self.writer.max_note_id()
        self.fields.sync()
        self.fields.check_mapping()
        total = max(1, self.plan.estimated_rows)
        done = 0
        for item in self.plan.drafts():
            done += 1
            if done % REPORT_EVERY == 0:
                check_cancel(progress)
                progress.report(min(done, total), max(total, done), IMPORTING)
            if isinstance(item, SkippedRow):
                self.skipped.append(item)
                continue
            try:
                self.apply(item)
            except RowSkipped as skip:
                self.skipped.append(SkippedRow(item.source, item.line, skip.field, skip.reason))
        check_cancel(progress)
        self.fields.sync()
        for name in self.writer.tags_created:
            color = self.plan.tag_colors.get(name)
            if color:
                self.writer.set_tag_color(name, color)
        updated = self.changed & self.matched
        self._record_history(updated)
        progress.report(done, done, IMPORTING)
        return ImportSummary(
            added=len(self.added), updated=len(updated),
            unchanged=len(self.matched - updated - self.added),
            notes_added=self.notes_added, tags_created=len(self.writer.tags_created),
            skipped=tuple(self.skipped), fields_created=tuple(self.fields.created))

    def _record_history(self, updated: set[int]) -> None:
        source = {"source": self.plan.format.value, "file": self.plan.source}
        if self.added:
            self.writer.record_added(source, self.now)
        for member_id in sorted(updated):
            fields = sorted(self.what_changed.get(member_id, ()))
            self.writer.record_updated(member_id, {**source, "fields": fields}, self.now)

    def _changed(self, member_id: int, what: str) -> None:
        if member_id not in self.added:
            self.what_changed.setdefault(member_id, set()).add(what)

    def apply(self, draft: MemberDraft) -> None:
        values = self._custom_values(draft)  # checked first: a skipped row writes nothing
        member_id = self._resolve(draft)
        continuation = fresh = False
        if member_id is None:
            member_id, fresh = self._insert(draft), True
        else:
            continuation = member_id == self.current.member_id and bool(draft.group_key)
            if member_id != self.current.member_id:
                self.current = _Current(member_id, self.writer.handles(member_id))
            if member_id not in self.added:
                self.matched.add(member_id)
            if not continuation:  # a Steward CSV repeats the profile on every note row
                self._update_profile(member_id, draft)
        if draft.group_key:
            self.groups[draft.group_key] = member_id
            self.group_of.setdefault(member_id, draft.group_key)
        touched = self._add_handles(member_id, draft) | self._add_tags(member_id, draft)
        touched |= self._add_notes(member_id, draft)
        if values and not continuation:
            touched |= self._set_custom(member_id, values, fresh)
        if touched and member_id not in self.added and member_id not in self.changed:
            self.changed.add(member_id)
            self.writer.touch(member_id, self.now)

    def _resolve(self, draft: MemberDraft) -> int | None:
        if draft.group_key and draft.group_key in self.groups:
            return self.groups[draft.group_key]
        if not draft.handles:
            return None
        found = self.writer.find_by_handles(draft.handles)
        # A member added earlier in this file under another export ID is someone else who shares
        # a handle (the exporting database allowed it): keep them apart, as they were.
        found = {m for m in found
                 if not (draft.group_key and self.group_of.get(m, draft.group_key)
                         != draft.group_key)}
        if len(found) > 1:
            listed = ", ".join(f"#{m}" for m in sorted(found))
            raise RowSkipped("handles", msg("its handles belong to {count} different members "
                                            "({listed}); merge those members first, or split "
                                            "this row", count=len(found), listed=listed))
        return found.pop() if found else None

    def _custom_values(self, draft: MemberDraft
                       ) -> list[tuple[CustomFieldDef, tuple[str, float | None]]]:
        values = []
        for name, text in draft.custom:
            definition = self.fields.get(name)
            if definition is None:
                raise RowSkipped(name, msg("this data folder has no custom field of that name; "
                                           "create it in the profile editor first"))
            try:
                values.append((definition, check_value(definition, text)))
            except ValueError as exc:
                raise RowSkipped(name, message_of(exc)) from None
        return values

    def _set_custom(self, member_id: int,
                    values: list[tuple[CustomFieldDef, tuple[str, float | None]]],
                    fresh: bool) -> bool:
        stored = {} if fresh else self.writer.custom_values(member_id)
        touched = False
        for definition, (value, number) in values:
            old = stored.get(definition.id)
            if old is None:
                self.writer.add_custom_value(member_id, definition.id, value, number)
            elif old[1] != value:
                self.writer.set_custom_value(old[0], value, number)
            else:
                continue
            stored[definition.id] = (old[0] if old else 0, value)
            self._changed(member_id, definition.name)
            touched = True
        return touched

    def _insert(self, draft: MemberDraft) -> int:
        if not draft.display_name.strip():
            raise RowSkipped("name", msg("the name is empty; a new member needs one. Fill it in, "
                                         "or give a handle that an existing member already has"))
        role = draft.role or "member"
        self.writer.ensure_role(role)
        profile = StoredProfile(
            display_name=draft.display_name, aliases=draft.aliases,
            status=(draft.status or MemberStatus.ACTIVE).value, role=role,
            joined_on=iso_date(draft.joined_on), location=draft.location,
            time_zone=draft.time_zone, interests=draft.interests, needs=draft.needs)
        member_id = self.writer.insert_member(profile, draft.created_at or self.now, self.now)
        self.added.add(member_id)
        self.current = _Current(member_id)
        return member_id

    def _update_profile(self, member_id: int, draft: MemberDraft) -> None:
        old = self.writer.profile(member_id)
        new = StoredProfile(
            display_name=draft.display_name if draft.display_name.strip() else old.display_name,
            aliases=merge_aliases(old.aliases, draft.aliases),
            status=draft.status.value if draft.status else old.status,
            role=draft.role or old.role,
            joined_on=iso_date(draft.joined_on) or old.joined_on,
            location=draft.location or old.location, time_zone=draft.time_zone or old.time_zone,
            interests=draft.interests or old.interests, needs=draft.needs or old.needs)
        if new != old:
            if draft.role:
                self.writer.ensure_role(draft.role)
            self.writer.update_member(member_id, new, self.now)
            self.changed.add(member_id)
            for name, before in vars(old).items():
                if vars(new)[name] != before:
                    self._changed(member_id, name)

    def _add_handles(self, member_id: int, draft: MemberDraft) -> bool:
        touched = False
        known = self.current.handles
        for handle in draft.handles:
            key = (handle.platform.value, handle.handle)
            if key not in known:
                self.writer.add_handle(member_id, handle)
            elif handle.platform_id and known[key] != handle.platform_id:
                self.writer.set_platform_id(member_id, handle)
            else:
                continue
            known[key] = handle.platform_id
            self._changed(member_id, "handles")
            touched = True
        return touched

    def _add_tags(self, member_id: int, draft: MemberDraft) -> bool:
        touched = False
        for name in draft.tags:
            tag_id = self.writer.tag_id(name)
            if tag_id not in self.current.tags:
                self.current.tags.add(tag_id)
                if self.writer.add_tag(member_id, tag_id):
                    self._changed(member_id, "tags")
                    touched = True
        return touched

    def _add_notes(self, member_id: int, draft: MemberDraft) -> bool:
        notes = list(draft.notes)
        if draft.extras:
            notes.append(NoteDraft("\n".join(f"{label}: {value}"
                                             for label, value in draft.extras)))
        touched = False
        for note in notes:
            if member_id not in self.added and self.writer.has_note(
                    member_id, note.body, note.created_at, self.old_notes_up_to):
                continue
            created = note.created_at or self.now
            self.writer.add_note(member_id, note.body, note.pinned, created,
                                 note.updated_at or created)
            self.notes_added += 1
            self._changed(member_id, "notes")
            touched = True
        return touched


def merge_aliases(old: str, new: str) -> str:
    """Aliases are one per line; new names are added on new lines, and a name already there
    (whatever its case, or written in a list with commas) is not repeated."""
    if not new or new == old:
        return old
    if not old:
        return new
    have = {a.strip().casefold() for a in USER_LIST_SPLIT.split(old) if a.strip()}
    extra = []
    for alias in USER_LIST_SPLIT.split(new):
        key = alias.strip().casefold()
        if key and key not in have:
            have.add(key)
            extra.append(alias.strip())
    return ALIAS_JOIN.join([old, *extra]) if extra else old
