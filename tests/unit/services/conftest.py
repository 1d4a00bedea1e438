"""Helpers for service tests: a controllable clock and a quick way to add members."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from app.bootstrap import AppContext
from app.domain.members import HandleData, Platform
from app.domain.profiles import MemberDraft


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


AddMember = Callable[..., int]


@pytest.fixture
def add_member(ctx: AppContext) -> AddMember:
    def add(name: str, *handles: tuple[Platform, str] | tuple[Platform, str, str],
            **fields: object) -> int:
        items = tuple(HandleData(h[0], h[1], h[2] if len(h) > 2 else "") for h in handles)
        return ctx.profiles.create(MemberDraft(display_name=name, handles=items,
                                               **fields))  # type: ignore[arg-type]

    return add
