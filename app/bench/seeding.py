"""Writing at scale: the demo seeder's rate against inserting the same rows with plain sqlite3.

The floor replays exactly the rows Steward wrote (read back from the seeded file, outside the
clock) into an empty database with the same schema, in the same transaction chunks and with the
same durability settings, so the ratio is the price of generating rows plus Steward's layers.
"""

from __future__ import annotations

import shutil
from typing import Any

from app.bench.env import BenchEnv
from app.bench.figures import Reading
from app.bench.timing import rate, timed
from app.services.demo import CHUNK

TABLES = (
    ("member", "id", "id, display_name, aliases, status, role, joined_on, location, time_zone, "
                     "interests, created_at, updated_at"),
    ("handle", "member_id", "member_id, platform, handle, platform_id"),
    ("member_tag", "member_id", "member_id, tag_id"),
    ("note", "member_id", "member_id, body, pinned, created_at, updated_at"),
)


def demo_seeding(env: BenchEnv) -> list[Reading]:
    folder = env.empty_copy("seed")
    with env.context(folder) as ctx:
        took, result = timed(lambda: ctx.demo.seed(env.members, seed=env.seed,
                                                   notes_per_member=env.notes_per_member))
    with env.floor_connection(folder) as conn:
        chunks = _read_chunks(conn)
        tags = conn.execute("SELECT id, name, color FROM tag").fetchall()
    rows = sum(len(part) for chunk in chunks for part in chunk) + len(tags)
    target = env.empty_copy("seed-floor")
    with env.floor_connection(target) as conn:
        floor_took, _ = timed(lambda: _replay(conn, tags, chunks))
    shutil.rmtree(folder)
    shutil.rmtree(target)
    label = "the same rows, same chunks, executemany on plain sqlite3"
    return [
        Reading("seed.demo.members_per_s", "members/s", rate(result.members, took),
                rate(result.members, floor_took), label, higher_is_better=True),
        Reading("seed.demo.rows_per_s", "rows/s", rate(rows, took), rate(rows, floor_took),
                label, higher_is_better=True),
    ]


def _read_chunks(conn: Any) -> list[list[list[tuple[Any, ...]]]]:
    low, high = conn.execute("SELECT min(id), max(id) FROM member").fetchone()
    chunks = []
    for start in range(low, high + 1, CHUNK):
        end = start + CHUNK - 1
        chunks.append([
            conn.execute(f"SELECT {columns} FROM {table} WHERE {key} BETWEEN ? AND ? "
                         f"ORDER BY rowid", (start, end)).fetchall()
            for table, key, columns in TABLES
        ])
    return chunks


def _replay(conn: Any, tags: list[tuple[Any, ...]], chunks: list[list[list[tuple[Any, ...]]]],
            ) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO tag (id, name, color) VALUES (?, ?, ?)", tags)
    conn.execute("COMMIT")
    for chunk in chunks:
        conn.execute("BEGIN")
        for (table, _key, columns), rows in zip(TABLES, chunk, strict=True):
            marks = ",".join("?" * len(columns.split(",")))
            conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        conn.execute("COMMIT")
