"""Member profiles: create, edit and read one member with everything about them.

Every write is one transaction that also records the member's history (created, status or role
changed, which fields were edited) and touches ``updated_at``. Logs name members by id only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlmodel import Session

from app.db.repositories import history as history_repo
from app.db.repositories import notes as note_repo
from app.db.repositories import profile_schema as schema_repo
from app.db.repositories import profiles as repo
from app.domain.custom_fields import FieldValue, canonical_value
from app.domain.history import HistoryKind
from app.domain.members import MemberStatus, Platform
from app.domain.profiles import MemberDraft, MemberProfile, clean_draft
from app.errors import NotFoundError, UserError
from app.messages import msg
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

TIMELINE_PAGE = 200


class ProfileService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading ---------------------------------------------------------------------------
    def get(self, member_id: int) -> MemberProfile:
        with self._sessions() as session:
            fields = repo.member_fields(session, member_id)
            if fields is None:
                raise NotFoundError(msg("Member"), member_id)
            return MemberProfile(
                id=member_id, display_name=fields.display_name,
                aliases=tuple(a for a in fields.aliases.splitlines() if a.strip()),
                handles=repo.handles(session, member_id), status=MemberStatus.parse(fields.status),
                role=fields.role, joined_on=fields.joined_on, location=fields.location,
                time_zone=fields.time_zone, interests=fields.interests, needs=fields.needs,
                created_at=fields.created_at,  # type: ignore[arg-type]
                updated_at=fields.updated_at,  # type: ignore[arg-type]
                tags=repo.tags(session, member_id),
                custom_values=repo.custom_values(session, member_id),
                notes=note_repo.timeline(session, member_id, limit=TIMELINE_PAGE),
                note_count=note_repo.count(session, member_id),
                history=history_repo.events(session, member_id),
            )

    def find_by_handle(self, platform: Platform, handle: str) -> int | None:
        """The member with this handle on this platform (case-insensitive), if any."""
        with self._sessions() as session:
            return repo.member_by_handle(session, Platform(platform).value, handle.strip())

    def find_by_platform_id(self, platform: Platform, platform_id: str) -> int | None:
        with self._sessions() as session:
            return repo.member_by_platform_id(session, Platform(platform).value,
                                              platform_id.strip())

    # -- writing ---------------------------------------------------------------------------
    def create(self, draft: MemberDraft) -> int:
        clean = clean_draft(draft)
        now = self._clock()
        with self._sessions() as session:
            role = self._role(session, clean.role)
            values = self._custom_values(session, clean.custom_values)
            member_id = repo.insert_member(session, self._fields(clean, role), now)
            repo.replace_handles(session, member_id, clean.handles)
            for field_id, value in values:
                repo.set_custom_value(session, member_id, field_id, value)
            history_repo.add_event(session, member_id, HistoryKind.CREATED, now)
            session.commit()
        log.info("Created member #%d", member_id)
        return member_id

    def update(self, member_id: int, draft: MemberDraft) -> bool:
        """Apply the draft; returns False when nothing changed."""
        clean = clean_draft(draft)
        now = self._clock()
        with self._sessions() as session:
            old = repo.member_fields(session, member_id)
            if old is None:
                raise NotFoundError(msg("Member"), member_id)
            role = self._role(session, clean.role)
            new = self._fields(clean, role).values()
            changes = {c: v for c, v in new.items() if old.values()[c] != v}
            changed = [c for c in changes if c not in ("status", "role")]
            if repo.handles(session, member_id) != clean.handles:
                repo.replace_handles(session, member_id, clean.handles)
                changed.append("handles")
            names = {v.field_id: v.name for v in repo.custom_values(session, member_id)}
            for field_id, value in self._custom_values(session, clean.custom_values):
                if repo.set_custom_value(session, member_id, field_id, value):
                    field = schema_repo.custom_field(session, field_id)
                    changed.append(field.name if field else names.get(field_id, str(field_id)))
            if not changes and not changed:
                return False
            repo.update_member(session, member_id, changes, now)
            if "status" in changes:
                history_repo.add_event(session, member_id, HistoryKind.STATUS_CHANGED, now,
                                       {"from": old.status, "to": changes["status"]})
            if "role" in changes:
                history_repo.add_event(session, member_id, HistoryKind.ROLE_CHANGED, now,
                                       {"from": old.role, "to": changes["role"]})
            if changed:
                history_repo.add_event(session, member_id, HistoryKind.UPDATED, now,
                                       {"fields": changed})
            session.commit()
        log.info("Updated member #%d (%d fields)", member_id, len(changes) + len(changed))
        return True

    def set_status(self, member_ids: Sequence[int], status: MemberStatus) -> int:
        """Change the status of a selection in one transaction; returns how many changed."""
        status = MemberStatus(status)
        now = self._clock()
        changed = 0
        with self._sessions() as session:
            for member_id in dict.fromkeys(member_ids):
                old = repo.member_fields(session, member_id)
                if old is None or old.status == status.value:
                    continue
                repo.update_member(session, member_id, {"status": status.value}, now)
                history_repo.add_event(session, member_id, HistoryKind.STATUS_CHANGED, now,
                                       {"from": old.status, "to": status.value})
                changed += 1
            session.commit()
        log.info("Status set to %s for %d members", status.value, changed)
        return changed

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _fields(draft: MemberDraft, role: str) -> repo.MemberFields:
        return repo.MemberFields(
            display_name=draft.display_name, aliases="\n".join(draft.aliases),
            status=draft.status.value, role=role, joined_on=draft.joined_on,
            location=draft.location, time_zone=draft.time_zone, interests=draft.interests,
            needs=draft.needs)

    @staticmethod
    def _role(session: Session, name: str) -> str:
        """The role's name as the list spells it; a new role joins the list."""
        known = schema_repo.role_by_name(session, name)
        if known is not None:
            return known.name
        schema_repo.add_role(session, name)
        return name

    @staticmethod
    def _custom_values(session: Session, values: Sequence[FieldValue]
                       ) -> list[tuple[int, tuple[str, float | None] | None]]:
        out = []
        for item in values:
            definition = schema_repo.custom_field(session, item.field_id)
            if definition is None:
                raise UserError(msg("Custom field #{ident} no longer exists; reopen the profile "
                                    "and try again.", ident=item.field_id))
            out.append((item.field_id, canonical_value(definition, item.value)))
        return out
