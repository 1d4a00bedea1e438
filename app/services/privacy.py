"""Per-member privacy tools: hand over everything, anonymise, or erase for good.

All three find "everything about the member" the same way the trash does, by walking the foreign
keys (``app.db.snapshot``), so records that later features link to a member are included without
this module knowing about them. Each action is written to the audit list with the member's id and
counts only.

Anonymising keeps the member row (with its id, status, role, join date and tags) so statistics and
case outcomes that point at it stay intact, and removes what identifies the person: names, place,
interests, handles and notes. Erasing removes every row. Both overwrite the deleted content
(``secure_delete``), drop the member's items from the trash, and purge freed pages and the log
(``app.db.purge``). Backups made earlier still contain the member until they rotate out; an erase
can remove them too, after a fresh backup without the member has been written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, MetaData
from sqlmodel import Session, SQLModel

import app.db.models  # noqa: F401  (registers every table on SQLModel.metadata)
from app.db import snapshot
from app.db.purge import purge_freed_pages
from app.db.repositories import audit as audit_repo
from app.db.repositories import trash as trash_repo
from app.db.types import to_db_text
from app.domain.privacy import (
    AnonymiseResult,
    AuditAction,
    AuditEntry,
    ErasePlan,
    EraseResult,
    ExportResult,
    MemberDossier,
)
from app.domain.progress import Progress
from app.errors import UserError
from app.exporters.member_dossier import write_member_archive
from app.messages import msg
from app.services.backups import BackupService
from app.services.sessions import SessionFactory
from app.services.trash import secure_delete

log = logging.getLogger(__name__)

# What identifies the person (with everything that hangs off these tables, such as a note's
# attachments); the rest of what points at the member (tags, cases, points, activity) is kept.
# custom_value: operator-defined fields hold free text about the person (and note_version,
# under note, holds earlier note bodies): all identity, all removed.
IDENTITY_TABLES = ("handle", "note", "custom_value")
IDENTITY_COLUMNS = ("aliases", "location", "time_zone", "interests", "needs")
DEFAULT_ANONYMOUS_NAME = "Anonymous member {id}"


class PrivacyService:
    def __init__(self, sessions: SessionFactory, engine: Engine, backups: BackupService,
                 metadata: MetaData = SQLModel.metadata,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessions
        self._engine = engine
        self._backups = backups
        self._metadata = metadata
        self._clock = clock

    # -- export --------------------------------------------------------------------------------
    def dossier(self, member_id: int) -> MemberDossier:
        with self._sessions() as session:
            snap = self._snapshot(session, member_id)
        return MemberDossier(
            member_id=member_id,
            exported_at=self._clock(),
            records=tuple((t, tuple(rows)) for t, rows in _root_first(snap)),
            linked=tuple((t, tuple(rows)) for t, rows in snap.context.items()),
            referenced_by=tuple(sorted(_link_counts(snap).items())),
        )

    def export_member(self, member_id: int, dest: Path) -> ExportResult:
        dossier = self.dossier(member_id)
        try:
            size = write_member_archive(dossier, dest)
        except OSError as exc:
            raise UserError(msg("Could not write {path}: {why}. Choose another folder or free "
                                "some space.", path=dest, why=exc.strerror or str(exc))) from exc
        rows = sum(len(rows) for _t, rows in dossier.records)
        with self._sessions() as session:
            audit_repo.record(session, self._clock(), AuditAction.EXPORT, member_id,
                              f"rows={rows}")
            session.commit()
        log.info("Exported member %d (%d rows)", member_id, rows)
        return ExportResult(path=dest, rows=rows, size=size)

    # -- anonymise -------------------------------------------------------------------------------
    def anonymise_member(self, member_id: int,
                         name_template: str = DEFAULT_ANONYMOUS_NAME) -> AnonymiseResult:
        tables = self._identity_tables()
        with self._sessions() as session:
            conn = session.connection()
            snap = self._snapshot(session, member_id)
            with secure_delete(conn):
                removed = snapshot.delete(conn, self._metadata, snap, tables=tables)
                conn.exec_driver_sql(
                    "UPDATE member SET display_name = ?, "
                    + ", ".join(f"{c} = ''" for c in IDENTITY_COLUMNS)
                    + ", updated_at = ? WHERE id = ?",
                    (name_template.replace("{id}", str(member_id)),
                     to_db_text(self._clock()), member_id))
                trashed = trash_repo.remove_for_member(session, member_id)
                audit_repo.record(session, self._clock(), AuditAction.ANONYMISE, member_id,
                                  f"rows={removed}; trash_items={trashed}")
            session.commit()
        purge_freed_pages(self._engine)
        log.info("Anonymised member %d (%d rows removed)", member_id, removed)
        return AnonymiseResult(member_id, removed, trashed)

    # -- erase ---------------------------------------------------------------------------------
    def erase_plan(self, member_id: int) -> ErasePlan:
        with self._sessions() as session:
            snap = self._snapshot(session, member_id)
            trashed = trash_repo.count_for_member(session, member_id)
        backups = self._backups.list()
        return ErasePlan(
            member_id=member_id,
            display_name=str(snap.root.get("display_name", "")),
            rows=tuple((t, len(rows)) for t, rows in _root_first(snap)),
            trash_items=trashed,
            backups=len(backups),
            oldest_backup=backups[-1].taken_at if backups else None,
        )

    def erase_member(self, member_id: int, confirmation: str, remove_backups: bool = False,
                     progress: Progress | None = None) -> EraseResult:
        plan = self.erase_plan(member_id)
        if not plan.accepts(confirmation):
            raise UserError(msg("Member {id} was not erased: the confirmation must be the "
                                "member's name exactly, or ERASE.", id=member_id))
        with self._sessions() as session:
            conn = session.connection()
            snap = self._snapshot(session, member_id)
            with secure_delete(conn):
                removed = snapshot.delete(conn, self._metadata, snap)
                trashed = trash_repo.remove_for_member(session, member_id)
                audit_repo.record(session, self._clock(), AuditAction.ERASE, member_id,
                                  f"rows={removed}; trash_items={trashed}")
            session.commit()
        purge_freed_pages(self._engine)
        removed_backups = 0
        if remove_backups:
            removed_backups = self._replace_backups(member_id, progress)
        log.info("Erased member %d (%d rows, %d trash items, %d backups removed)", member_id,
                 removed, trashed, removed_backups)
        return EraseResult(member_id, removed, trashed, removed_backups)

    def _replace_backups(self, member_id: int, progress: Progress | None) -> int:
        """Write a backup without the member, then delete every older one."""
        fresh = self._backups.backup_now("post-erase", progress=progress).file
        old = [b for b in self._backups.list() if fresh is None or b.path != fresh.path]
        removed = 0
        for backup in old:
            try:
                backup.path.unlink()
                removed += 1
            except OSError as exc:
                log.warning("Could not remove the backup %s: %s", backup.name, exc)
        with self._sessions() as session:
            audit_repo.record(session, self._clock(), AuditAction.BACKUPS_REMOVED, member_id,
                              f"backups={removed}")
            session.commit()
        return removed

    # -- audit -----------------------------------------------------------------------------------
    def audit(self, limit: int = 200) -> tuple[AuditEntry, ...]:
        with self._sessions() as session:
            return audit_repo.recent(session, limit)

    # -- helpers ---------------------------------------------------------------------------------
    def _snapshot(self, session: Session, member_id: int) -> snapshot.Snapshot:
        snap = snapshot.collect(session.connection(), self._metadata, "member", {"id": member_id})
        if snap is None:
            raise UserError(msg("There is no member with id {id}.", id=member_id))
        return snap

    def _identity_tables(self) -> set[str]:
        """The identity tables and every table below them in the foreign-key graph."""
        found = set(IDENTITY_TABLES)
        changed = True
        while changed:
            changed = False
            for table in self._metadata.sorted_tables:
                if table.name in found:
                    continue
                if any(fk.referred_table.name in found for fk in table.foreign_key_constraints):
                    found.add(table.name)
                    changed = True
        return found


def _root_first(snap: snapshot.Snapshot) -> list[tuple[str, list[snapshot.Row]]]:
    ordered = [(snap.root_table, snap.rows.get(snap.root_table, []))]
    ordered += [(t, rows) for t, rows in snap.rows.items() if t != snap.root_table]
    return ordered


def _link_counts(snap: snapshot.Snapshot) -> dict[str, int]:
    counts: dict[str, int] = {}
    for link in snap.links:
        counts[link.table] = counts.get(link.table, 0) + 1
    return counts
