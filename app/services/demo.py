"""Fill a data folder with a realistic bilingual demo community.

Written for speed (100,000 members with half a million notes in well under a minute): rows are
generated in Python and written with ``executemany`` on the session's connection, one short
transaction per chunk, so progress can be shown, Cancel stops between chunks, and readers are never
blocked for long.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, Engine

from app.db.bulk import bulk_insert
from app.db.types import to_db_text
from app.domain.members import MemberStatus
from app.domain.progress import NullProgress, Progress, check_cancel
from app.domain.segments import SegmentDefinition
from app.services import demo_data as words

CHUNK = 10000


@dataclass(frozen=True)
class DemoResult:
    members: int
    handles: int
    notes: int
    tags: int


@dataclass
class _Rows:
    members: list[tuple[object, ...]]
    handles: list[tuple[object, ...]]
    tags: list[tuple[int, int]]
    notes: list[tuple[object, ...]]
    values: list[tuple[object, ...]]


class DemoSeeder:
    def __init__(self, engine: Engine, now: datetime | None = None) -> None:
        self._engine = engine
        self._now = now or datetime.now(UTC)

    def seed(self, members: int, seed: int = 1, notes_per_member: int = 5,
             progress: Progress | None = None, chunk: int = CHUNK) -> DemoResult:
        """Add ``members`` demo members, ``chunk`` per transaction.

        ``progress.report(done, …)`` is called only after the chunk that reaches ``done`` has
        committed, so each report is an acknowledgement: that many members are durable (the
        crash tests hold the seeder to this).
        """
        progress = progress or NullProgress()
        rng = random.Random(seed)
        tag_ids = self._ensure_tags()
        fields = self._ensure_fields()
        self._ensure_roles()
        self._ensure_segments()
        with self._engine.begin() as conn:
            first_id = int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM member")
                           .scalar_one())
        totals = [0, 0, 0]
        done = 0
        while done < members:
            check_cancel(progress)
            count = min(chunk, members - done)
            rows = self._generate(rng, first_id + done, count, tag_ids, notes_per_member)
            rows.values.extend(_values(rng, first_id + done, count, fields))
            with self._engine.begin() as conn, bulk_insert(conn):
                last_note = int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM note")
                                .scalar_one())
                _insert(conn, "INSERT INTO member (id, display_name, aliases, status, role, "
                              "joined_on, location, time_zone, interests, needs, created_at, "
                              "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows.members)
                _insert(conn, "INSERT INTO handle (member_id, platform, handle, platform_id) "
                              "VALUES (?,?,?,?)", rows.handles)
                _insert(conn, "INSERT INTO member_tag (member_id, tag_id) VALUES (?,?)",
                        rows.tags)
                _insert(conn, "INSERT INTO note (member_id, body, pinned, created_at, "
                              "updated_at) VALUES (?,?,?,?,?)", rows.notes)
                _insert(conn, "INSERT INTO custom_value (member_id, field_id, value, number) "
                              "VALUES (?,?,?,?)", rows.values)
                # A few notes were edited once (their first wording is a version); every member
                # has the "created" entry a real profile gets.
                conn.exec_driver_sql(
                    "INSERT INTO note_version (note_id, body, written_at, replaced_at) "
                    "SELECT id, substr(body, 1, 20) || '…', created_at, updated_at FROM note "
                    "WHERE id > ? AND id % 40 = 0", (last_note,))
                conn.exec_driver_sql(
                    "INSERT INTO member_event (member_id, kind, detail, at) "
                    "SELECT id, 'created', '{\"source\": \"demo\"}', created_at FROM member "
                    "WHERE id BETWEEN ? AND ?", (first_id + done, first_id + done + count - 1))
            done += count
            totals[0] += len(rows.handles)
            totals[1] += len(rows.notes)
            progress.report(done, members)
        return DemoResult(members=members, handles=totals[0], notes=totals[1], tags=len(tag_ids))

    def _ensure_fields(self) -> list[tuple[int, str, tuple[str, ...]]]:
        with self._engine.begin() as conn:
            position = int(conn.exec_driver_sql(
                "SELECT coalesce(max(position), -1) + 1 FROM custom_field").scalar_one())
            for offset, (name, kind, options) in enumerate(words.FIELDS):
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO custom_field (name, kind, options, position, "
                    "created_at) VALUES (?, ?, ?, ?, ?)",
                    (name, kind, json.dumps(list(options), ensure_ascii=False),
                     position + offset, to_db_text(self._now)))
            found = []
            for name, kind, options in words.FIELDS:
                row = conn.exec_driver_sql("SELECT id, kind FROM custom_field WHERE name = ?",
                                           (name,)).one()
                if row[1] == kind:
                    found.append((int(row[0]), kind, options))
            return found

    def _ensure_roles(self) -> None:
        """The demo's roles join the role list, so editors and segment forms offer them."""
        with self._engine.begin() as conn:
            for position, name in enumerate(dict.fromkeys(words.ROLES)):
                conn.exec_driver_sql("INSERT OR IGNORE INTO role (name, position) VALUES (?, ?)",
                                     (name, position))

    def _ensure_segments(self) -> None:
        """The sidebar's ready-made segments, so a demo community shows them with counts."""
        with self._engine.begin() as conn:
            vip = conn.exec_driver_sql("SELECT id FROM tag WHERE name = 'VIP'").scalar()
            segments = (
                ("New this week · 本周新成员", SegmentDefinition(joined_within_days=7)),
                ("VIP", SegmentDefinition(tags_any=(int(vip),)) if vip else
                 SegmentDefinition(roles=("VIP",))),
                ("Silent for 30 days · 30 天未活跃",
                 SegmentDefinition(statuses=(MemberStatus.ACTIVE,), silent_for_days=30)),
            )
            stamp = to_db_text(self._now)
            for position, (name, definition) in enumerate(segments):
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO segment (name, definition, position, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?)",
                    (name, definition.to_json(), position, stamp, stamp))

    def _ensure_tags(self) -> list[int]:
        with self._engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO tag (name, color) VALUES (?, ?)", list(words.TAGS))
            names = [name for name, _ in words.TAGS]
            marks = ",".join("?" for _ in names)
            return [int(r[0]) for r in conn.exec_driver_sql(
                f"SELECT id FROM tag WHERE name IN ({marks})", tuple(names))]

    def _generate(self, rng: random.Random, start: int, count: int, tag_ids: list[int],
                  notes_per_member: int) -> _Rows:
        rows = _Rows([], [], [], [], [])
        for member_id in range(start, start + count):
            chinese = rng.random() < 0.6
            name, aliases = _name(rng, chinese)
            joined = self._now.date() - timedelta(days=int(rng.expovariate(1 / 300)))
            created = self._now - timedelta(days=(self._now.date() - joined).days,
                                            seconds=rng.randrange(86400))
            created_text = to_db_text(created)
            location, tz = rng.choice(words.LOCATIONS)
            status = rng.choices(("active", "muted", "left", "removed", "banned"),
                                 (85, 4, 8, 2, 1))[0]
            interests = "、".join(rng.sample(words.INTERESTS, rng.randint(1, 3)))
            rows.members.append((member_id, name, aliases, status, rng.choice(words.ROLES),
                                 _iso(joined), location, tz, interests, rng.choice(words.NEEDS),
                                 created_text, created_text))
            rows.handles.extend(_handles(rng, member_id, chinese))
            for tag_id in rng.sample(tag_ids, rng.choice((0, 1, 1, 2, 2, 3))):
                rows.tags.append((member_id, tag_id))
            for body, when in _notes(rng, chinese, created, self._now, notes_per_member):
                stamp = to_db_text(when)
                rows.notes.append((member_id, body, int(rng.random() < 0.05), stamp, stamp))
        return rows


def _insert(conn: Connection, sql: str, rows: list[tuple[object, ...]]) -> None:
    if rows:  # an empty parameter list would run the statement once, unbound
        conn.exec_driver_sql(sql, rows)


def _values(rng: random.Random, start: int, count: int,
            fields: list[tuple[int, str, tuple[str, ...]]]) -> Iterator[tuple[object, ...]]:
    share = {"number": 0.4, "choice": 0.3, "text": 0.1}
    for member_id in range(start, start + count):
        for field_id, kind, options in fields:
            if rng.random() >= share.get(kind, 0.1):
                continue
            if kind == "number":
                points = rng.randint(0, 2000)
                yield (member_id, field_id, str(points), float(points))
            elif kind == "choice":
                yield (member_id, field_id, rng.choice(options), None)
            else:
                yield (member_id, field_id, rng.choice(words.COMPANIES), None)


def _iso(day: date) -> str:
    return day.isoformat()


def _name(rng: random.Random, chinese: bool) -> tuple[str, str]:
    nick = f"{rng.choice(words.NICK_WORDS)}{rng.randint(1, 999)}"
    if chinese:
        return rng.choice(words.CN_SURNAMES) + rng.choice(words.CN_GIVEN), nick
    return f"{rng.choice(words.EN_FIRST)} {rng.choice(words.EN_LAST)}", nick


def _handles(rng: random.Random, member_id: int, chinese: bool) -> Iterator[tuple[object, ...]]:
    base = f"{rng.choice(words.NICK_WORDS)}_{member_id}"
    if chinese:
        yield (member_id, "wechat", f"wxid_{base}", "")
        if rng.random() < 0.5:
            number = f"13{rng.randint(0, 9)}{rng.randint(10**7, 10**8 - 1)}"
            yield (member_id, "phone", f"+86 {number}", "")
    else:
        yield (member_id, "email", f"{base}@example.com", "")
    if rng.random() < 0.6:
        # Telegram and Discord IDs are 64-bit; kept as text end to end.
        yield (member_id, "telegram", f"@{base}", str(rng.randint(10**9, 2**62)))
    if rng.random() < 0.4:
        yield (member_id, "discord", base, str(rng.randint(10**17, 2**63 - 1)))
    if rng.random() < 0.15:
        yield (member_id, rng.choice(("slack", "whatsapp")), base, "")


def _notes(rng: random.Random, chinese: bool, start: datetime, now: datetime,
           per_member: int) -> Iterator[tuple[str, datetime]]:
    templates = words.NOTES_CN if chinese else words.NOTES_EN
    span = max(1, int((now - start).total_seconds()))
    for _ in range(rng.randint(0, per_member * 2)):
        body = rng.choice(templates).format(topic=rng.choice(words.INTERESTS))
        yield body, start + timedelta(seconds=rng.randrange(span))
