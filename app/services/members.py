"""Member use cases for the list and the dashboard."""

from __future__ import annotations

from app.db.repositories import members as member_repo
from app.db.repositories import overview as overview_repo
from app.db.repositories.profile_schema import custom_fields
from app.domain.members import MemberPage, MemberQuery
from app.domain.overview import Overview
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory


class MemberService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def page(self, query: MemberQuery) -> MemberPage:
        with self._sessions() as session:
            fields = {f.id: f for f in custom_fields(session)}
            return member_repo.page_members(session, query, self._clock(), fields)

    def count(self, query: MemberQuery) -> int:
        with self._sessions() as session:
            fields = {f.id: f for f in custom_fields(session)}
            return member_repo.count_members(session, query, self._clock(), fields)

    def ids(self, query: MemberQuery) -> tuple[int, ...]:
        """Every member id the query selects, in list order (for bulk actions and exports)."""
        with self._sessions() as session:
            fields = {f.id: f for f in custom_fields(session)}
            return tuple(member_repo.member_ids(session, query, self._clock(), fields,
                                                paged=False))

    def position(self, query: MemberQuery, member_id: int) -> int | None:
        """Where the member sits in the query's list (0-based), or None when it is filtered out:
        what "show this member in the list" scrolls to."""
        with self._sessions() as session:
            fields = {f.id: f for f in custom_fields(session)}
            return member_repo.member_position(session, query, self._clock(), fields, member_id)

    def overview(self) -> Overview:
        with self._sessions() as session:
            return overview_repo.overview(session, self._clock())
