"""Every lossless export reads back exactly: generated members with custom field values → file →
import into an empty database, with the same custom fields defined or with none at all (a new
laptop: the export's definitions create them) → the same members, handles, tags, notes, needs and
custom values, and the same field definitions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from app.bootstrap import AppContext
from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import MemberRecord
from app.domain.members import TagData
from app.exporters.csv_export import write_csv
from app.exporters.filenames import member_file_name
from app.exporters.json_export import write_json
from app.exporters.markdown import write_member, write_members
from app.importers.plan import open_import
from tests.helpers.member_io import (
    comparable_all,
    field_definitions,
    member_sets,
    members_with_fields,
    stored_records,
)

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _wipe(ctx: AppContext) -> None:
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM member")
        conn.exec_driver_sql("DELETE FROM tag")
        conn.exec_driver_sql("DELETE FROM custom_field")


def _write(fmt: str, folder: Path, records: list[MemberRecord],
           fields: tuple[CustomFieldDef, ...] = ()) -> Path:
    if fmt == "md-folder":
        target = folder / "per-member"
        target.mkdir(exist_ok=True)
        for old in target.iterdir():
            old.unlink()
        for record in records:
            name = member_file_name(record.display_name, record.id, ".md")
            with (target / name).open("w", encoding="utf-8", newline="") as fh:
                write_member(fh, record, fields)
        return target
    path = folder / f"members.{fmt}"
    with path.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "md":
            write_members(fh, records, fields)
        elif fmt == "csv":
            write_csv(fh, records, fields)
        else:
            tags = [TagData(0, t, "#123456") for t in sorted({t for r in records for t in r.tags})]
            write_json(fh, records, tags, datetime(2024, 1, 1, tzinfo=UTC), fields)
    return path


@pytest.mark.parametrize("defined", [True, False], ids=["fields-defined", "new-laptop"])
@pytest.mark.parametrize("fmt", ["md", "md-folder", "csv", "json"])
@SETTINGS
@given(generated=members_with_fields())
def test_export_then_import_gives_the_same_members(
        ctx: AppContext, tmp_path: Path, fmt: str, defined: bool,
        generated: tuple[tuple[CustomFieldDef, ...], list[MemberRecord]]) -> None:
    fields, records = generated
    _wipe(ctx)
    if defined:  # the importing folder has the same fields (made in the profile editor)
        for f in fields:
            ctx.fields.add_field(f.name, f.kind, f.options)
    path = _write(fmt, tmp_path, records, fields)
    summary = ctx.member_import.run(ctx.member_import.open(path))
    assert summary.skipped == ()
    assert summary.added == len(records)
    assert summary.fields_created == (() if defined else tuple(f.name for f in fields))
    assert field_definitions(ctx.sessions) == [(f.name, f.kind, f.options) for f in fields]
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
