"""Database drivers for tests: plain SQLite, and SQLCipher with a fixed test key."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from app.db.engine import Driver

TEST_KEY = "x'" + "5a" * 32 + "'"


def sqlcipher_driver(key: str = TEST_KEY) -> Driver:
    def prepare(conn: Any) -> None:
        conn.execute(f'PRAGMA key = "{key}"')

    return Driver(module=sqlcipher3.dbapi2, prepare=prepare, name="sqlcipher")
