"""Every lossless export reads back exactly: generated members → file → import into an empty
database → the same members, handles, tags and notes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given

from app.bootstrap import AppContext
from app.domain.member_io import MemberRecord
from app.domain.members import TagData
from app.exporters.csv_export import write_csv
from app.exporters.filenames import member_file_name
from app.exporters.json_export import write_json
from app.exporters.markdown import write_member, write_members
from app.importers.plan import open_import
from tests.helpers.hypothesis_profiles import fuzzing
from tests.helpers.member_io import comparable_all, member_sets, stored_records

pytestmark = pytest.mark.fuzz
SETTINGS = fuzzing(40)


def _wipe(ctx: AppContext) -> None:
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM member")
        conn.exec_driver_sql("DELETE FROM tag")


def _write(fmt: str, folder: Path, records: list[MemberRecord]) -> Path:
    if fmt == "md-folder":
        target = folder / "per-member"
        target.mkdir(exist_ok=True)
        for old in target.iterdir():
            old.unlink()
        for record in records:
            name = member_file_name(record.display_name, record.id, ".md")
            with (target / name).open("w", encoding="utf-8", newline="") as fh:
                write_member(fh, record)
        return target
    path = folder / f"members.{fmt}"
    with path.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "md":
            write_members(fh, records)
        elif fmt == "csv":
            write_csv(fh, records)
        else:
            tags = [TagData(0, t, "#123456") for t in sorted({t for r in records for t in r.tags})]
            write_json(fh, records, tags, datetime(2024, 1, 1, tzinfo=UTC))
    return path


@pytest.mark.parametrize("fmt", ["md", "md-folder", "csv", "json"])
@SETTINGS
@given(records=member_sets())
def test_export_then_import_gives_the_same_members(ctx: AppContext, tmp_path: Path, fmt: str,
                                                   records: list[MemberRecord]) -> None:
    _wipe(ctx)
    path = _write(fmt, tmp_path, records)
    summary = ctx.member_import.run(open_import(path))
    assert summary.skipped == ()
    assert summary.added == len(records)
    assert sorted(comparable_all(stored_records(ctx.sessions)), key=repr) == \
        sorted(comparable_all(records), key=repr)


@SETTINGS
@given(records=member_sets(max_members=2))
def test_importing_an_export_twice_changes_nothing(ctx: AppContext, tmp_path: Path,
                                                   records: list[MemberRecord]) -> None:
    """Re-importing updates members through their handles and skips notes they already have."""
    records = [r for r in records if r.handles] or records[:0]
    _wipe(ctx)
    if not records:
        return
    path = _write("csv", tmp_path, records)
    ctx.member_import.run(open_import(path))
    first = stored_records(ctx.sessions)
    again = ctx.member_import.run(open_import(path))
    assert (again.added, again.notes_added) == (0, 0)
    assert comparable_all(stored_records(ctx.sessions)) == comparable_all(first)
