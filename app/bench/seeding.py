"""Writing at scale: the demo seeder's rate against inserting the same rows with the bare driver.

The floor replays exactly the rows Steward wrote (members, handles, tag links, notes, custom
values, note versions, history; read back from the seeded file, outside the clock) into an empty
database with the same schema, in the same transaction chunks and with the same durability
settings, but without the triggers that keep the search index and the list's sort keys. The
ratio is the price of generating rows, indexing them for search and Steward's layers.
"""

from __future__ import annotations

import shutil
from typing import Any

from app.bench.env import BenchEnv
from app.bench.figures import Reading, runs_at_most
from app.bench.timing import rate, timed
from app.services.demo import CHUNK

# (table, how its rows belong to a chunk of member ids, columns); rows are read back per chunk
TABLES = (
    ("member", "id BETWEEN ? AND ?",
     "id, display_name, aliases, status, role, joined_on, location, time_zone, interests, needs, "
     "created_at, updated_at"),
    ("handle", "member_id BETWEEN ? AND ?", "member_id, platform, handle, platform_id"),
    ("member_tag", "member_id BETWEEN ? AND ?", "member_id, tag_id"),
    ("note", "member_id BETWEEN ? AND ?", "id, member_id, body, pinned, created_at, updated_at"),
    ("custom_value", "member_id BETWEEN ? AND ?", "member_id, field_id, value, number"),
    ("note_version", "note_id IN (SELECT id FROM note WHERE member_id BETWEEN ? AND ?)",
     "note_id, body, written_at, replaced_at"),
    ("member_event", "member_id BETWEEN ? AND ?", "member_id, kind, detail, at"),
)
SETUP = (("tag", "*"), ("custom_field", "*"))
FLOOR = ("the same rows, same chunks, executemany on the bare driver (SQLCipher), without the "
         "search index and sort keys")


@runs_at_most(3)
def demo_seeding(env: BenchEnv) -> list[Reading]:
    folder = env.empty_copy("seed")
    with env.context(folder) as ctx:
        took, result = timed(lambda: ctx.demo.seed(env.members, seed=env.seed,
                                                   notes_per_member=env.notes_per_member))
    with env.floor_connection(folder) as conn:
        chunks = _read_chunks(conn)
        setup = [(table, columns, conn.execute(f"SELECT {columns} FROM {table}").fetchall())
                 for table, columns in SETUP]
    rows = sum(len(part) for chunk in chunks for part in chunk)
    target = env.empty_copy("seed-floor")
    with env.floor_store(target) as conn:
        for table, columns, found in setup:  # what both need before the first member
            if found:
                names = columns if columns != "*" else ", ".join(
                    r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
                marks = ",".join("?" * len(found[0]))
                conn.executemany(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})",
                                 found)
        floor_took, _ = timed(lambda: _replay(conn, chunks))
    shutil.rmtree(folder)
    shutil.rmtree(target)
    return [
        Reading("seed.demo.members_per_s", "members/s", rate(result.members, took),
                rate(result.members, floor_took), FLOOR, higher_is_better=True),
        Reading("seed.demo.rows_per_s", "rows/s", rate(rows, took), rate(rows, floor_took),
                FLOOR, higher_is_better=True),
    ]


def _read_chunks(conn: Any) -> list[list[list[tuple[Any, ...]]]]:
    low, high = conn.execute("SELECT min(id), max(id) FROM member").fetchone()
    chunks = []
    for start in range(low, high + 1, CHUNK):
        end = start + CHUNK - 1
        chunks.append([
            conn.execute(f"SELECT {columns} FROM {table} WHERE {belongs} ORDER BY rowid",
                         (start, end)).fetchall()
            for table, belongs, columns in TABLES
        ])
    return chunks


def _replay(conn: Any, chunks: list[list[list[tuple[Any, ...]]]]) -> None:
    for chunk in chunks:
        conn.execute("BEGIN")
        for (table, _belongs, columns), rows in zip(TABLES, chunk, strict=True):
            if rows:
                marks = ",".join("?" * len(columns.split(",")))
                conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        conn.execute("COMMIT")
