"""Alembic environment, run programmatically by ``app.db.migrate`` (and by ``alembic`` in dev).

The connection comes in through ``config.attributes["connection"]`` so that the migration runs on
a connection the caller has prepared (key, pragmas, foreign keys off). FTS5 virtual tables and
their shadow tables are created by hand in migrations and are invisible to the models, so they are
filtered out of autogenerate comparisons.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import app.db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.db.fts import include_object


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Steward runs migrations through app.db.migrate, with a connection.")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
