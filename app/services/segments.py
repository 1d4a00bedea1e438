"""Saved segments: the sidebar's filters, their live counts, and the members they select.

A segment is resolved at the moment it is used ("new this week" means this week), and its member
ids are what bulk actions and exports act on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from sqlmodel import Session

from app.db.repositories import segments as repo
from app.db.repositories.members import count_members, member_ids
from app.db.repositories.profile_schema import custom_fields, role_by_name
from app.db.repositories.sql import set_positions
from app.db.repositories.tags import by_name as tag_by_name
from app.domain.custom_fields import CustomFieldDef
from app.domain.members import MemberQuery, MemberSort, MemberStatus
from app.domain.names import clean_name
from app.domain.segments import SavedSegment, SegmentCount, SegmentDefinition, SegmentSuggestion
from app.errors import NotFoundError, UserError
from app.messages import msg
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

MAX_SEGMENT_NAME = 100


class SegmentService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def list(self) -> tuple[SavedSegment, ...]:
        with self._sessions() as session:
            return repo.all_segments(session)

    def get(self, segment_id: int) -> SavedSegment:
        with self._sessions() as session:
            return self._segment(session, segment_id)

    def by_name(self, name: str) -> SavedSegment | None:
        with self._sessions() as session:
            return repo.by_name(session, " ".join(name.split()))

    def save(self, name: str, definition: SegmentDefinition) -> int:
        clean = clean_name(msg("Segment name"), name, MAX_SEGMENT_NAME)
        with self._sessions() as session:
            if repo.by_name(session, clean) is not None:
                raise UserError(msg("Segment name: \"{name}\" already exists.", name=clean))
            segment_id = repo.add(session, clean, definition, self._clock())
            session.commit()
        return segment_id

    def update(self, segment_id: int, name: str | None = None,
               definition: SegmentDefinition | None = None) -> None:
        with self._sessions() as session:
            segment = self._segment(session, segment_id)
            clean = segment.name if name is None else clean_name(msg("Segment name"), name,
                                                                 MAX_SEGMENT_NAME)
            other = repo.by_name(session, clean)
            if other is not None and other.id != segment_id:
                raise UserError(msg("Segment name: \"{name}\" already exists.", name=clean))
            if definition is None and segment.problem:
                raise UserError(segment.problem)
            repo.update(session, segment_id, clean,
                        definition if definition is not None else segment.definition,
                        self._clock())
            session.commit()

    def rename(self, segment_id: int, name: str) -> None:
        self.update(segment_id, name=name)

    def reorder(self, segment_ids: Sequence[int]) -> None:
        with self._sessions() as session:
            set_positions(session, "segment", segment_ids)
            session.commit()

    def delete(self, segment_id: int) -> SavedSegment:
        """Delete a saved segment (members are untouched); returns it for Undo (``save``)."""
        with self._sessions() as session:
            segment = self._segment(session, segment_id)
            repo.delete(session, segment_id)
            session.commit()
        return segment

    def counts(self) -> tuple[SegmentCount, ...]:
        """Live member counts for every saved segment (an unreadable one counts 0)."""
        with self._sessions() as session:
            fields = self._fields(session)
            return tuple(
                SegmentCount(s.id, s.name,
                             0 if s.problem else self._count(session, s.definition, fields))
                for s in repo.all_segments(session))

    def count(self, definition: SegmentDefinition) -> int:
        with self._sessions() as session:
            return self._count(session, definition, self._fields(session))

    def member_ids(self, definition: SegmentDefinition,
                   sort: MemberSort = MemberSort.NAME) -> tuple[int, ...]:
        """Every member the segment selects now, in list order."""
        with self._sessions() as session:
            query = MemberQuery(segment=definition, sort=sort)
            return tuple(member_ids(session, query, self._clock(), self._fields(session),
                                    paged=False))

    def resolve(self, segment_id: int) -> SegmentDefinition:
        """The definition of a saved segment, ready to select members."""
        segment = self.get(segment_id)
        if segment.problem:
            raise UserError(segment.problem)
        return segment.definition

    def suggestions(self) -> tuple[SegmentSuggestion, ...]:
        """Ready-made segments; "VIP" uses the VIP tag when there is one, else the VIP role."""
        with self._sessions() as session:
            vip_tag = tag_by_name(session, "VIP")
            vip_role = role_by_name(session, "VIP")
        vip = (SegmentDefinition(tags_any=(vip_tag.id,)) if vip_tag is not None
               else SegmentDefinition(roles=(vip_role.name if vip_role else "VIP",)))
        return (
            SegmentSuggestion("new_this_week", "New this week",
                              SegmentDefinition(joined_within_days=7)),
            SegmentSuggestion("vip", "VIP", vip),
            SegmentSuggestion("silent_30_days", "Silent for 30 days",
                              SegmentDefinition(statuses=(MemberStatus.ACTIVE,),
                                                silent_for_days=30)),
        )

    def _count(self, session: Session, definition: SegmentDefinition,
               fields: dict[int, CustomFieldDef]) -> int:
        query = replace(MemberQuery(), segment=definition)
        return count_members(session, query, self._clock(), fields)

    @staticmethod
    def _fields(session: Session) -> dict[int, CustomFieldDef]:
        return {f.id: f for f in custom_fields(session)}

    @staticmethod
    def _segment(session: Session, segment_id: int) -> SavedSegment:
        segment = repo.get(session, segment_id)
        if segment is None:
            raise NotFoundError(msg("Segment"), segment_id)
        return segment


class NamedSegmentMembers:
    """A saved segment's members, looked up by the segment's name inside the caller's session.

    This is what the export service needs (``--segment NAME``): the selection is resolved in
    the same transaction that reads the records, so the file holds exactly the people the
    segment selected at that moment.
    """

    def __init__(self, clock: Clock = utc_clock) -> None:
        self._clock = clock

    def member_ids(self, session: Session, name: str) -> tuple[int, ...]:
        segment = repo.by_name(session, " ".join(name.split()))
        if segment is None:
            known = ", ".join(s.name for s in repo.all_segments(session))
            if not known:
                raise UserError(msg("There is no saved segment called “{name}” (saved "
                                    "segments: none yet). Check the name, or export with --tag "
                                    "or --member.", name=name))
            raise UserError(msg("There is no saved segment called “{name}” (saved segments: "
                                "{known}). Check the name, or export with --tag or --member.",
                                name=name, known=known))
        if segment.problem:
            raise UserError(segment.problem)
        fields = {f.id: f for f in custom_fields(session)}
        query = MemberQuery(segment=segment.definition)
        return tuple(member_ids(session, query, self._clock(), fields, paged=False))
