"""A bare DB-API connection to a test context's database, keyed like the app's own.

Tests that look at raw rows or bytes (column types, foreign-key lists, index integrity) must
not open the file with plain sqlite3: the database is encrypted by default.
"""

from __future__ import annotations

from typing import Any

from app.bootstrap import AppContext
from app.db.fts import register_functions


def raw_connection(ctx: AppContext, *, functions: bool = True) -> Any:
    conn = ctx.driver.module.connect(str(ctx.paths.db_file), check_same_thread=False)
    ctx.driver.prepare(conn)
    if functions:
        register_functions(conn)
    return conn
