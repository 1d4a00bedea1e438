"""Per-member privacy tools: a complete export, anonymising that keeps statistics, erasing for
good (down to the bytes of the file), and an audit list without personal data."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.bootstrap import AppContext
from app.domain.privacy import AuditAction
from app.errors import UserError
from app.paths import AppPaths
from app.services.privacy import PrivacyService
from tests.helpers.databases import plain_services
from tests.helpers.records import dump, member_with_everything, with_later_features

PHRASE = "独一无二的备注 canary-phrase-8d1f"
NAME = "Zyxwv Quill 测试员"


def file_bytes(paths: AppPaths) -> bytes:
    """The database as it is on disk: the file and any log beside it."""
    db = paths.db_file
    wal = db.with_name(db.name + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def mark(engine: Engine, member: int) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE member SET display_name = ? WHERE id = ?", (NAME, member))
        conn.exec_driver_sql("INSERT INTO note (member_id, body, pinned, created_at, updated_at) "
                             "VALUES (?, ?, 0, '2026-01-02 03:04:05.000000', "
                             "'2026-01-02 03:04:05.000000')", (member, PHRASE))


def test_export_holds_everything_readably(demo_ctx: AppContext, tmp_path: Path) -> None:
    member = member_with_everything(demo_ctx.engine.engine)
    mark(demo_ctx.engine, member)
    rows = dump(demo_ctx.engine.engine)
    target = tmp_path / "out" / "export.zip"
    target.parent.mkdir()
    result = demo_ctx.privacy.export_member(member, target)
    assert result.path == target and result.size == target.stat().st_size
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == [f"member-{member}.json", f"member-{member}.md"]
        data = json.loads(archive.read(f"member-{member}.json"))
        markdown = archive.read(f"member-{member}.md").decode("utf-8")
    records = data["records"]
    assert records["member"][0]["display_name"] == NAME
    handles = [r for r in rows["handle"] if r[1] == member]
    assert sorted(h["handle"] for h in records["handle"]) == sorted(h[3] for h in handles)
    notes = [r for r in rows["note"] if r[1] == member]
    assert sorted(n["body"] for n in records["note"]) == sorted(n[2] for n in notes)
    tag_ids = {r[1] for r in rows["member_tag"] if r[0] == member}
    tag_names = {r[1] for r in rows["tag"] if r[0] in tag_ids}
    assert {t["name"] for t in data["linked"]["tag"]} == tag_names
    # every row that belongs to the member is in the file (history and other linked tables too)
    assert result.rows == sum(len(table_rows) for table_rows in records.values())
    assert result.rows >= 1 + len(handles) + len(notes) + len(tag_ids)
    assert len(records["member_tag"]) == len(tag_ids)
    assert markdown.startswith(f"# {NAME}\n")
    for text in [PHRASE, *tag_names, *(h[3] for h in handles)]:
        assert text in markdown
    assert not list(target.parent.glob("*.partial"))
    (event,) = demo_ctx.privacy.audit()
    assert (event.action, event.member_id) == (AuditAction.EXPORT.value, member)


def test_export_includes_what_later_features_link_to_the_member(demo_ctx: AppContext,
                                                                tmp_path: Path) -> None:
    metadata = with_later_features(demo_ctx.engine.engine)
    member = member_with_everything(demo_ctx.engine.engine)
    with demo_ctx.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO points_entry (member_id, points) VALUES (?, 42)",
                             (member,))
        conn.exec_driver_sql("INSERT INTO case_report (reporter_id, summary) VALUES (?, 'x')",
                             (member,))
    privacy = PrivacyService(demo_ctx.sessions, demo_ctx.engine, demo_ctx.backups, metadata)
    privacy.export_member(member, tmp_path / "m.zip")
    with zipfile.ZipFile(tmp_path / "m.zip") as archive:
        data = json.loads(archive.read(f"member-{member}.json"))
        markdown = archive.read(f"member-{member}.md").decode("utf-8")
    assert data["records"]["points_entry"][0]["points"] == 42
    assert data["referenced_by"] == {"case_report": 1}
    assert "### points_entry (1)" in markdown and "points: 42" in markdown


def test_anonymise_removes_identity_and_keeps_statistics(tmp_path: Path) -> None:
    plain = plain_services(tmp_path / "plain", members=60)  # plain, so the bytes can be read
    try:
        metadata = with_later_features(plain.engine)
        member = member_with_everything(plain.engine)
        mark(plain.engine, member)
        with plain.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO points_entry (member_id, points) VALUES (?, 5)",
                                 (member,))
        note_ids = [r[0] for r in dump(plain.engine)["note"] if r[1] == member]
        plain.trash.delete_notes(note_ids[:1])  # a trashed note holds identity too
        plain.engine.dispose()
        assert NAME.encode() in file_bytes(plain.paths)
        tables = ("member", "member_tag", "handle", "note", "points_entry")
        before = dump(plain.engine, tables)
        privacy = PrivacyService(plain.sessions, plain.engine, plain.backups, metadata)
        result = privacy.anonymise_member(member, "Anonymous member {id}")
        assert result.trash_items_removed == 1
        after = dump(plain.engine, tables)
        assert len(after["member"]) == len(before["member"])
        assert after["member_tag"] == before["member_tag"]  # tags (segments) stay
        assert after["points_entry"] == before["points_entry"]  # statistics, same member_id
        row = next(r for r in after["member"] if r[0] == member)
        old = next(r for r in before["member"] if r[0] == member)
        assert row[1] == f"Anonymous member {member}"
        assert (row[2], row[6], row[7], row[8]) == ("", "", "", "")
        assert (row[3], row[4], row[5], row[9]) == (old[3], old[4], old[5], old[9])
        assert not [h for h in after["handle"] if h[1] == member]
        assert not [n for n in after["note"] if n[1] == member]
        others = [r for r in before["handle"] if r[1] != member]
        assert [h for h in after["handle"] if h[1] != member] == others
        assert plain.trash.list() == ()
        plain.engine.dispose()
        raw = file_bytes(plain.paths)
        assert NAME.encode() not in raw and PHRASE.encode() not in raw
    finally:
        plain.close()


def test_erase_asks_for_the_name_then_leaves_no_trace_in_the_file(tmp_path: Path) -> None:
    plain = plain_services(tmp_path / "plain", members=60)
    try:
        member = member_with_everything(plain.engine)
        mark(plain.engine, member)
        note_ids = [r[0] for r in dump(plain.engine)["note"] if r[1] == member]
        plain.trash.delete_notes(note_ids[-1:])
        plain.engine.dispose()
        assert PHRASE.encode() in file_bytes(plain.paths)  # the check below can fail

        plan = plain.privacy.erase_plan(member)
        assert plan.display_name == NAME and plan.trash_items == 1
        assert dict(plan.rows)["member"] == 1
        with pytest.raises(UserError):
            plain.privacy.erase_member(member, "Zyxwv")
        assert member in [r[0] for r in dump(plain.engine)["member"]]

        result = plain.privacy.erase_member(member, f"  {NAME} ")
        assert result.trash_items_removed == 1 and result.backups_removed == 0
        assert member not in [r[0] for r in dump(plain.engine)["member"]]
        plain.engine.dispose()
        raw = file_bytes(plain.paths)
        assert PHRASE.encode() not in raw and NAME.encode() not in raw
        events = plain.privacy.audit()
        assert [(e.action, e.member_id) for e in events] == [(AuditAction.ERASE.value, member)]
        assert NAME not in events[0].detail and "rows=" in events[0].detail
    finally:
        plain.close()


def test_erase_in_an_encrypted_folder(demo_ctx: AppContext) -> None:
    member = member_with_everything(demo_ctx.engine.engine)
    mark(demo_ctx.engine, member)
    result = demo_ctx.privacy.erase_member(member, NAME)
    assert result.rows_removed > 3
    with demo_ctx.engine.connect() as conn:
        left = conn.exec_driver_sql("SELECT count(*) FROM note WHERE body = ?",
                                    (PHRASE,)).scalar_one()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    assert left == 0


def test_erase_can_also_remove_the_backups_that_still_hold_the_member(tmp_path: Path) -> None:
    plain = plain_services(tmp_path / "plain", members=30)
    try:
        member = member_with_everything(plain.engine)
        mark(plain.engine, member)
        old = plain.backups.backup_now("manual").file
        assert old is not None and PHRASE.encode() in old.path.read_bytes()
        assert plain.privacy.erase_plan(member).backups == 1
        result = plain.privacy.erase_member(member, "ERASE", remove_backups=True)
        assert result.backups_removed == 1
        (left,) = plain.backups.list()
        assert left.reason == "post-erase" and PHRASE.encode() not in left.path.read_bytes()
        assert [e.action for e in plain.privacy.audit()] == [
            AuditAction.BACKUPS_REMOVED.value, AuditAction.ERASE.value]
    finally:
        plain.close()


def test_unknown_member_is_a_clear_error(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        ctx.privacy.export_member(12345, tmp_path / "x.zip")
    assert "12345" in str(err.value)
    assert not (tmp_path / "x.zip").exists()


def test_anonymise_removes_custom_fields_needs_and_old_note_versions(ctx: AppContext) -> None:
    from app.domain.custom_fields import FieldKind, FieldValue
    from app.domain.profiles import MemberDraft

    field = ctx.fields.add_field("微信备注名", FieldKind.TEXT)
    member = ctx.profiles.create(MemberDraft("李雷", needs="想找工作",
                                             custom_values=(FieldValue(field, "雷哥"),)))
    note = ctx.notes.add(member, "第一版备注")
    ctx.notes.edit(note.id, "第二版备注")
    ctx.privacy.anonymise_member(member)
    profile = ctx.profiles.get(member)
    assert profile.needs == "" and not [v for v in profile.custom_values if v.value]
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM custom_value WHERE member_id = ?",
                                    (member,)).scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM note_version").scalar() == 0
    assert ctx.search.search("雷哥").hits == () and ctx.search.search("第一版").hits == ()
