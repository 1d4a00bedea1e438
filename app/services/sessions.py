"""A session factory bound to one engine: the only thing services need from the database layer."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import Session

SessionFactory = Callable[[], Session]


def session_factory(engine: Engine) -> SessionFactory:
    def make() -> Session:
        # expire_on_commit=False: services hand out plain data, never ORM objects, but a
        # caller that reads an attribute after commit should not trigger a refresh query.
        return Session(engine, expire_on_commit=False)

    return make
