"""Importing a member list of ``members`` rows from CSV (issue 3: 100,000 rows under 20 s).

The file is what a Chinese-locale Excel user keeps (UTF-8 with BOM, Chinese headers that the
importer recognises: name, WeChat, phone, Telegram, tags, note, joined, status, city). Steward's
figure is ``MemberImportService.run`` into an empty data folder: detect, map, validate, match
handles, write in one transaction, index. The floor stores the same rows with the bare driver:
``csv.reader`` and ``executemany`` into the same tables (members, their handles, tag links and
notes) in one transaction, with no matching, no validation and no search index.
"""

from __future__ import annotations

import csv
import random
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.bench.env import BenchEnv
from app.bench.figures import FloorMismatch, Reading, runs_at_most
from app.bench.timing import timed
from app.db.types import to_db_text
from app.importers.plan import open_import

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
TAGS = ("VIP", "新人", "活跃", "潜水", "志愿者", "讲师", "广告嫌疑", "老成员")
HEADER = "姓名,微信号,手机,Telegram,标签,备注,入群时间,状态,城市"
FLOOR = ("the same members, handles, tag links and notes: csv.reader + executemany on the bare "
         "driver (SQLCipher), one transaction, no matching, validation or search index")


def make_member_csv(path: Path, rows: int, seed: int = 7) -> Path:
    """A realistic member list as a Chinese-locale Excel user would keep it (UTF-8 with BOM)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write(HEADER + "\r\n")
        for i in range(rows):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 3 else "")
            tags = "、".join(rng.sample(TAGS, rng.randint(0, 3)))
            phone = f"13{rng.randint(0, 9)}{i:08d}" if i % 2 else ""
            telegram = f"@user_{i}" if i % 4 == 0 else ""
            note = f"第{i}位成员，喜欢讨论产品设计，曾在群里分享过经验。" if i % 5 else ""
            joined = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            fh.write(f"{name},wxid_{i:07d},{phone},{telegram},\"{tags}\",{note},{joined},"
                     f"{'活跃' if i % 10 else '禁言'},上海\r\n")
    return path


def member_csv(env: BenchEnv) -> Path:
    """The benchmark's CSV of ``env.members`` rows, written once."""
    path = env.work / f"members-{env.members}.csv"
    if not path.exists():
        make_member_csv(path, env.members)
    return path


@runs_at_most(3)
def import_csv(env: BenchEnv) -> list[Reading]:
    source = member_csv(env)
    folder = env.empty_copy("import")
    with env.context(folder) as ctx:
        took, summary = timed(lambda: ctx.member_import.run(open_import(source)))
    if summary.added != env.members or summary.skipped:
        raise FloorMismatch(f"the import added {summary.added} of {env.members} rows, "
                            f"skipped {len(summary.skipped)}")
    target = env.empty_copy("import-floor")
    with env.floor_store(target) as conn:
        floor_took, stored = timed(lambda: _floor_import(conn, source))
    if stored != env.members:
        raise FloorMismatch(f"the floor stored {stored} of {env.members} rows")
    shutil.rmtree(folder)
    shutil.rmtree(target)
    mb = source.stat().st_size / 1e6
    return [
        Reading(f"import.csv_{env.members}_rows", "ms", took, floor_took, FLOOR),
        Reading("import.csv_rows_per_s", "rows/s", env.members / took * 1000,
                env.members / floor_took * 1000, FLOOR, higher_is_better=True),
        Reading("import.csv_mb_per_s", "MB/s", mb / took * 1000, mb / floor_took * 1000, FLOOR,
                higher_is_better=True),
    ]


def _floor_import(conn: Any, source: Path) -> int:
    now = to_db_text(datetime.now(UTC))
    members, handles, links, notes = [], [], [], []
    with source.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for member_id, row in enumerate(reader, start=1):
            name, wechat, phone, telegram, tags, note, joined, status, city = row
            members.append((member_id, name, "active" if status == "活跃" else "muted", "member",
                            joined, city, now, now))
            handles.append((member_id, "wechat", wechat))
            if phone:
                handles.append((member_id, "phone", phone))
            if telegram:
                handles.append((member_id, "telegram", telegram.lstrip("@")))
            links.extend((member_id, TAGS.index(t) + 1) for t in tags.split("、") if t)
            if note:
                notes.append((member_id, note, now, now))
    conn.execute("BEGIN")
    conn.execute("DELETE FROM tag")
    conn.executemany("INSERT INTO tag (id, name, color) VALUES (?, ?, '#5b8def')",
                     [(i + 1, t) for i, t in enumerate(TAGS)])
    conn.executemany("INSERT INTO member (id, display_name, status, role, joined_on, location, "
                     "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)", members)
    conn.executemany("INSERT INTO handle (member_id, platform, handle) VALUES (?,?,?)", handles)
    conn.executemany("INSERT INTO member_tag (member_id, tag_id) VALUES (?,?)", links)
    conn.executemany("INSERT INTO note (member_id, body, pinned, created_at, updated_at) "
                     "VALUES (?,?,0,?,?)", notes)
    conn.execute("COMMIT")
    return len(members)
