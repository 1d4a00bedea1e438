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
not double its notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from app.db.repositories.member_import import MemberWriter, StoredProfile, iso_date
from app.domain.member_io import ImportSummary, MemberDraft, NoteDraft, SkippedRow
from app.domain.members import MemberStatus
from app.domain.progress import NullProgress, Progress, check_cancel
from app.importers.errors import RowSkipped
from app.importers.plan import ImportPlan
from app.importers.rows import USER_LIST_SPLIT
from app.services.sessions import SessionFactory

REPORT_EVERY = 500


class MemberImportService:
    def __init__(self, sessions: SessionFactory,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessions
        self._clock = clock

    def run(self, plan: ImportPlan, *, dry_run: bool = False,
            progress: Progress | None = None) -> ImportSummary:
        """Apply the plan; safe to call from a worker thread (it opens its own session)."""
        progress = progress or NullProgress()
        with self._sessions() as session:
            try:
                summary = _Import(MemberWriter(session), self._clock(), plan).run(progress)
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

    def run(self, progress: Progress) -> ImportSummary:
        self.old_notes_up_to = self.writer.max_note_id()
        total = max(1, self.plan.estimated_rows)
        done = 0
        for item in self.plan.drafts():
            done += 1
            if done % REPORT_EVERY == 0:
                check_cancel(progress)
                progress.report(min(done, total), max(total, done), "Importing members")
            if isinstance(item, SkippedRow):
                self.skipped.append(item)
                continue
            try:
                self.apply(item)
            except RowSkipped as skip:
                self.skipped.append(SkippedRow(item.source, item.line, skip.field, skip.reason))
        check_cancel(progress)
        for name in self.writer.tags_created:
            color = self.plan.tag_colors.get(name)
            if color:
                self.writer.set_tag_color(name, color)
        progress.report(done, done, "Importing members")
        updated = self.changed & self.matched
        return ImportSummary(
            added=len(self.added), updated=len(updated),
            unchanged=len(self.matched - updated - self.added),
            notes_added=self.notes_added, tags_created=len(self.writer.tags_created),
            skipped=tuple(self.skipped))

    def apply(self, draft: MemberDraft) -> None:
        member_id = self._resolve(draft)
        if member_id is None:
            member_id = self._insert(draft)
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
            raise RowSkipped("handles", f"its handles belong to {len(found)} different members "
                        f"({listed}); merge those members first, or split this row")
        return found.pop() if found else None

    def _insert(self, draft: MemberDraft) -> int:
        if not draft.display_name.strip():
            raise RowSkipped("name", "the name is empty; a new member needs one. Fill it in, or give "
                        "a handle that an existing member already has")
        profile = StoredProfile(
            display_name=draft.display_name, aliases=draft.aliases,
            status=(draft.status or MemberStatus.ACTIVE).value, role=draft.role or "member",
            joined_on=iso_date(draft.joined_on), location=draft.location,
            time_zone=draft.time_zone, interests=draft.interests)
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
            interests=draft.interests or old.interests)
        if new != old:
            self.writer.update_member(member_id, new, self.now)
            self.changed.add(member_id)

    def _add_handles(self, member_id: int, draft: MemberDraft) -> bool:
        touched = False
        known = self.current.handles
        for handle in draft.handles:
            key = (handle.platform.value, handle.handle)
            if key not in known:
                self.writer.add_handle(member_id, handle)
                known[key] = handle.platform_id
                touched = True
            elif handle.platform_id and known[key] != handle.platform_id:
                self.writer.set_platform_id(member_id, handle)
                known[key] = handle.platform_id
                touched = True
        return touched

    def _add_tags(self, member_id: int, draft: MemberDraft) -> bool:
        touched = False
        for name in draft.tags:
            tag_id = self.writer.tag_id(name)
            if tag_id not in self.current.tags:
                self.current.tags.add(tag_id)
                touched |= self.writer.add_tag(member_id, tag_id)
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
            touched = True
        return touched


def merge_aliases(old: str, new: str) -> str:
    """Aliases are free text; new names are appended, those already there are not repeated."""
    if not new or new == old:
        return old
    if not old:
        return new
    have = {a.strip() for a in USER_LIST_SPLIT.split(old) if a.strip()}
    extra = [a.strip() for a in USER_LIST_SPLIT.split(new) if a.strip() and a.strip() not in have]
    return ", ".join([old, *extra]) if extra else old
