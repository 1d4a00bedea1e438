"""Export members and their notes: Markdown (per member or combined), CSV, PDF or JSON.

The selection (explicit ids, a tag, a segment, or everyone) becomes an iterable of member ids;
the repository turns ids into records a batch at a time, inside one read transaction (a consistent
snapshot, and writers are never blocked under WAL); the exporter writes them to a temporary file
or folder that is renamed into place only when complete. Cancel stops between members and leaves
nothing behind.

Segments: ``SegmentMembers`` resolves a saved segment by name (``NamedSegmentMembers`` from the
segments service, wired in the composition root).

Every format carries ``needs`` and the custom field values; the lossless ones (Markdown, CSV,
JSON) also describe the custom fields themselves, so importing into a data folder that lacks them
creates them. Notes are exported as they read now, without their earlier versions.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlmodel import Session

from app.db.repositories import member_records as repo
from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import ExportFormat, ExportResult, ExportSelection, MemberRecord
from app.domain.progress import NullProgress, Progress, check_cancel
from app.errors import UserError
from app.exporters import markdown
from app.exporters.atomic import (
    atomic_binary,
    atomic_folder,
    atomic_text,
    write_error,
    write_new_file,
)
from app.exporters.csv_export import write_csv
from app.exporters.filenames import member_file_name
from app.exporters.json_export import write_json
from app.exporters.pdf_export import PdfWriter
from app.messages import msg
from app.services.sessions import SessionFactory

EXPORTING = msg("Exporting members")


class SegmentMembers(Protocol):
    """Resolves a saved segment's name to its member ids (provided by the segments feature)."""

    def member_ids(self, session: Session, name: str) -> Iterable[int]: ...


@dataclass
class _Counter:
    members: int = 0
    notes: int = 0


class MemberExportService:
    def __init__(self, sessions: SessionFactory, resources: Path,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 segments: SegmentMembers | None = None) -> None:
        self._sessions = sessions
        self._resources = resources
        self._clock = clock
        self._segments = segments

    def export(self, selection: ExportSelection, fmt: ExportFormat, out: Path, *,
               per_member: bool = False, progress: Progress | None = None) -> ExportResult:
        """Write the selection to ``out`` (a file, or a new folder when ``per_member``)."""
        progress = progress or NullProgress()
        now = self._clock()
        if per_member and fmt not in (ExportFormat.MARKDOWN, ExportFormat.PDF):
            raise UserError(msg("One file per member is available for Markdown and PDF, not "
                                "{format}; leave out --per-member.", format=fmt.value))
        with self._sessions() as session:
            ids, total = self._resolve(session, selection)
            counter = _Counter()
            records = self._counted(repo.iter_records(session, ids), counter, total, progress)
            fields = repo.list_fields(session)
            files = 1
            if per_member:
                files = self._per_member(records, fmt, out, now, fields)
            elif fmt is ExportFormat.MARKDOWN:
                with atomic_text(out) as fh:
                    markdown.write_members(fh, records, fields)
            elif fmt is ExportFormat.CSV:
                with atomic_text(out) as fh:
                    write_csv(fh, records, fields)
            elif fmt is ExportFormat.JSON:
                with atomic_text(out) as fh:
                    write_json(fh, records, repo.list_tags(session), now, fields)
            else:
                writer = PdfWriter(self._resources, "Steward: member notes", now)
                for record in records:
                    writer.add(record)
                with atomic_binary(out) as fh:
                    writer.write(fh)
            progress.report(total, total, EXPORTING)
            return ExportResult(str(out), counter.members, counter.notes, files)

    def _per_member(self, records: Iterable[MemberRecord], fmt: ExportFormat, out: Path,
                    now: datetime, fields: Sequence[CustomFieldDef]) -> int:
        files = 0
        suffix = ".md" if fmt is ExportFormat.MARKDOWN else ".pdf"
        with atomic_folder(out) as folder:
            for record in records:
                target = folder / member_file_name(record.display_name, record.id, suffix)
                if fmt is ExportFormat.MARKDOWN:
                    text = io.StringIO(newline="")
                    markdown.write_member(text, record, fields)
                    data = text.getvalue().encode("utf-8")
                else:
                    writer = PdfWriter(self._resources, record.display_name, now)
                    writer.add(record)
                    pdf = io.BytesIO()
                    writer.write(pdf)
                    data = pdf.getvalue()
                try:
                    write_new_file(target, data)
                except OSError as exc:
                    raise write_error(target, exc) from exc
                files += 1
        return files

    def _resolve(self, session: Session, selection: ExportSelection) -> tuple[Iterable[int], int]:
        if selection.segment:
            if self._segments is None:
                raise UserError(msg("Exporting a segment needs the segments feature; export "
                                    "with --tag or --member instead."))
            ids = list(self._segments.member_ids(session, selection.segment))
            return ids, len(ids)
        if selection.member_ids:
            wanted = list(dict.fromkeys(selection.member_ids))
            missing = sorted(set(wanted) - repo.existing_ids(session, wanted))
            if missing:
                listed = ", ".join(str(m) for m in missing[:10])
                raise UserError(msg("No member with id {listed}; check the ids (the member list "
                                    "shows them) and try again.", listed=listed))
            return wanted, len(wanted)
        if selection.tag:
            tag = repo.tag_id(session, selection.tag)
            if tag is None:
                raise UserError(msg("There is no tag named {tag}; check the spelling "
                                    "(tags are case-sensitive).", tag=repr(selection.tag)))
            return repo.member_ids_with_tag(session, tag), repo.count_members(session, tag)
        return repo.all_member_ids(session), repo.count_members(session)

    @staticmethod
    def _counted(records: Iterator[MemberRecord], counter: _Counter, total: int,
                 progress: Progress) -> Iterator[MemberRecord]:
        for record in records:
            # every member: one PDF per member takes most of a second, and Cancel must not
            # wait for a hundred of them (both calls are cheap; reporters throttle themselves)
            check_cancel(progress)
            progress.report(counter.members, total, EXPORTING)
            counter.members += 1
            counter.notes += len(record.notes)
            yield record
        check_cancel(progress)
