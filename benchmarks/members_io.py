"""Member import/export benchmarks (issue 3 targets), each beside its plain-sqlite3 floor.

    .venv/bin/python benchmarks/members_io.py [--rows 100000] [--members 100000] [--json]

- ``import_csv``: a generated 100,000-row member CSV (names, WeChat IDs, phones, tags, a note)
  imported through ``MemberImportService`` into an empty data folder (target: under 20 s). Floor:
  the same rows inserted with the bare driver (SQLCipher) and executemany inside ``bulk_insert``
  (the search index filled once, as the import does), no matching or validation.
- ``export_md``: every member and note of a ``demo`` community (100,000 members, ~500,000 notes)
  exported to one Markdown file, and to one file per member (target: under 30 s). Floor: the
  bare driver reading every note and writing the bodies to a file.

The functions are importable so ``make bench`` (issue 6) can collect the same figures.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import AppContext, build_context
from app.db.bulk import bulk_insert
from app.db.engine import Driver, connect_raw, make_engine
from app.domain.member_io import ExportFormat, ExportSelection
from app.importers.plan import open_import
from app.paths import AppPaths
from app.secrets.environment import EnvironmentPrompter
from app.secrets.memory import MemorySecretStore

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
TAGS = ("VIP", "新人", "活跃", "潜水", "志愿者", "讲师", "广告嫌疑", "老成员")


def make_member_csv(path: Path, rows: int, seed: int = 7) -> Path:
    """A realistic member list as a Chinese-locale Excel user would keep it (UTF-8 with BOM)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write("姓名,微信号,手机,Telegram,标签,备注,入群时间,状态,城市\r\n")
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


def _context(folder: Path) -> AppContext:
    return build_context(AppPaths(folder), secrets=MemorySecretStore(),
                         prompter=EnvironmentPrompter({}, None))


def bench_import(workdir: Path, rows: int) -> dict[str, float]:
    csv_path = make_member_csv(workdir / "members.csv", rows)
    ctx = _context(workdir / "import-data")
    try:
        started = time.perf_counter()
        summary = ctx.member_import.run(open_import(csv_path))
        elapsed = time.perf_counter() - started
    finally:
        ctx.close()
    assert summary.added == rows and not summary.skipped, summary
    floor_ctx = _context(workdir / "floor-data")  # the same schema and driver, empty
    floor_ctx.close()
    floor = _import_floor(workdir / "floor-data" / "steward.db", floor_ctx.driver, csv_path)
    return {"import_csv_rows": rows, "import_csv_s": round(elapsed, 2),
            "import_csv_rows_per_s": round(rows / elapsed),
            "import_csv_floor_s": round(floor, 2), "import_csv_ratio": round(elapsed / floor, 1),
            "import_csv_mb": round(csv_path.stat().st_size / 1e6, 1)}


def _import_floor(db: Path, driver: Driver, csv_path: Path) -> float:
    """The same rows with the bare driver (SQLCipher, same pragmas): csv.reader + executemany,
    no matching, no validation; the search index is filled once at the end (``bulk_insert``)."""
    import csv

    engine = make_engine(db, driver, pooled=False)
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        members, handles, notes = [], [], []
        for member_id, row in enumerate(reader, start=1):
            members.append((member_id, row[0], "active", "member", row[6], row[8], "t", "t"))
            handles.append((member_id, "wechat", row[1]))
            if row[5]:
                notes.append((member_id, row[5], "t", "t"))
    with engine.begin() as conn, bulk_insert(conn):
        conn.exec_driver_sql("INSERT INTO member (id, display_name, status, role, joined_on, "
                             "location, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                             members)
        conn.exec_driver_sql("INSERT INTO handle (member_id, platform, handle) VALUES (?,?,?)",
                             handles)
        conn.exec_driver_sql("INSERT INTO note (member_id, body, pinned, created_at, "
                             "updated_at) VALUES (?,?,0,?,?)", notes)
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def bench_export(workdir: Path, members: int) -> dict[str, float]:
    ctx = _context(workdir / "export-data")
    figures: dict[str, float] = {}
    try:
        seeded = ctx.demo.seed(members, seed=5)
        figures["export_members"] = members
        figures["export_notes"] = seeded.notes
        for label, fmt, per_member, name in (
                ("export_md", ExportFormat.MARKDOWN, False, "all.md"),
                ("export_md_per_member", ExportFormat.MARKDOWN, True, "per-member"),
                ("export_csv", ExportFormat.CSV, False, "all.csv"),
                ("export_json", ExportFormat.JSON, False, "all.json")):
            started = time.perf_counter()
            ctx.member_export.export(ExportSelection(), fmt, workdir / name,
                                     per_member=per_member)
            figures[f"{label}_s"] = round(time.perf_counter() - started, 2)
    finally:
        ctx.close()
    floor = _export_floor(workdir / "export-data" / "steward.db", ctx.driver,
                          workdir / "floor.txt")
    figures["export_floor_s"] = round(floor, 2)
    figures["export_md_ratio"] = round(figures["export_md_s"] / floor, 1)
    return figures


def _export_floor(db: Path, driver: Driver, out: Path) -> float:
    started = time.perf_counter()
    conn = connect_raw(db, driver, read_only=True)
    with out.open("w", encoding="utf-8") as fh:
        for member_id, name, body in conn.execute(
                "SELECT m.id, m.display_name, n.body FROM member m "
                "LEFT JOIN note n ON n.member_id = m.id ORDER BY m.id"):
            fh.write(f"{member_id}\t{name}\t{body}\n")
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="steward-bench-"))
    try:
        figures = {**bench_import(workdir, args.rows), **bench_export(workdir, args.members)}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")


if __name__ == "__main__":
    main()
