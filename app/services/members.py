"""Member use cases for the list and the dashboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from app.db.repositories import members as member_repo
from app.db.repositories import overview as overview_repo
from app.domain.members import MemberPage, MemberQuery
from app.domain.overview import Overview
from app.services.sessions import SessionFactory


class MemberService:
    def __init__(self, sessions: SessionFactory,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessions
        self._clock = clock

    def page(self, query: MemberQuery) -> MemberPage:
        with self._sessions() as session:
            return member_repo.page_members(session, query)

    def overview(self) -> Overview:
        with self._sessions() as session:
            return overview_repo.overview(session, self._clock())
