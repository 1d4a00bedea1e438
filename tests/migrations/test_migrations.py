"""The schema only moves forward, through tested migrations, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from app.bootstrap import build_context
from app.db.engine import Driver, make_engine
from app.db.fts import include_object
from app.db.migrate import head_revision, open_database
from app.errors import CorruptDatabaseError, NewerSchemaError, NotADatabaseError
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore

FIXTURES = Path(__file__).parent / "fixtures"


def test_empty_folder_is_upgraded_to_head(paths: AppPaths) -> None:
    paths.ensure()
    engine = open_database(paths, Driver())
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()
    assert list(paths.backups_dir.iterdir()) == []  # nothing to back up in a new folder


def test_models_and_migrations_agree(paths: AppPaths) -> None:
    paths.ensure()
    engine = open_database(paths, Driver())
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.db")))
def test_every_released_schema_upgrades_with_its_data(paths: AppPaths, fixture: str) -> None:
    paths.ensure()
    shutil.copyfile(FIXTURES / fixture, paths.db_file)
    with sqlite3.connect(paths.db_file) as before:
        members = before.execute("SELECT count(*) FROM member").fetchone()[0]
        notes = before.execute("SELECT count(*) FROM note").fetchone()[0]
    assert members > 0
    engine = open_database(paths, Driver())
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM member").scalar() == members
        assert conn.exec_driver_sql("SELECT count(*) FROM note").scalar() == notes
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()


SEARCH_TABLES = ("member", "handle", "note", "custom_value")


def test_the_search_index_and_its_triggers_exist_at_head(paths: AppPaths) -> None:
    paths.ensure()
    open_database(paths, Driver()).dispose()
    with sqlite3.connect(paths.db_file) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for table in SEARCH_TABLES:
        assert {f"{table}_fts", f"{table}_short_fts", f"{table}_fts_ai", f"{table}_fts_ad",
                f"{table}_fts_au"} <= names, table


def test_upgrading_0001_fills_the_search_index_for_existing_rows(paths: AppPaths) -> None:
    paths.ensure()
    shutil.copyfile(FIXTURES / "schema_0001.db", paths.db_file)
    with sqlite3.connect(paths.db_file) as before:
        name = before.execute("SELECT display_name FROM member WHERE display_name GLOB '*[^ -~]*'"
                              " ORDER BY id LIMIT 1").fetchone()[0]
        handle = before.execute("SELECT handle FROM handle ORDER BY id LIMIT 1").fetchone()[0]
        note = before.execute("SELECT substr(body, 3, 6) FROM note ORDER BY id LIMIT 1"
                              ).fetchone()[0]
    ctx = build_context(paths, secrets=MemorySecretStore())
    try:
        assert name in [h.display_name for h in ctx.search.search(name[:1], limit=500).hits]
        assert name in [h.display_name for h in ctx.search.search(name, limit=500).hits]
        assert ctx.search.search(handle[2:9]).hits
        assert any(note in h.matched for h in ctx.search.search(note, limit=500).hits)
    finally:
        ctx.close()


def test_tags_differing_only_by_case_become_one_without_losing_members(paths: AppPaths) -> None:
    paths.ensure()
    shutil.copyfile(FIXTURES / "schema_0001.db", paths.db_file)
    with sqlite3.connect(paths.db_file) as legacy:
        legacy.execute("INSERT INTO tag (name, color) VALUES ('vip', '#000000')")
        vip_lower = legacy.execute("SELECT id FROM tag WHERE name = 'vip'").fetchone()[0]
        tagged = {r[0] for r in legacy.execute(
            "SELECT member_id FROM member_tag mt JOIN tag t ON t.id = mt.tag_id "
            "WHERE t.name = 'VIP'")}
        legacy.execute("INSERT OR IGNORE INTO member_tag VALUES (1, ?), (2, ?)",
                       (vip_lower, vip_lower))
    open_database(paths, Driver()).dispose()
    with sqlite3.connect(paths.db_file) as conn:
        rows = conn.execute("SELECT id, name, color FROM tag WHERE name = 'vip'").fetchall()
        assert len(rows) == 1 and rows[0][1] == "VIP"  # the older spelling and colour stay
        now = {r[0] for r in conn.execute("SELECT member_id FROM member_tag WHERE tag_id = ?",
                                          (rows[0][0],))}
    assert now == tagged | {1, 2}


def test_a_backup_is_taken_before_migrating(paths: AppPaths) -> None:
    paths.ensure()
    with sqlite3.connect(paths.db_file) as legacy:  # an unversioned database with user data
        legacy.execute("CREATE TABLE keepsake (v TEXT)")
        legacy.execute("INSERT INTO keepsake VALUES ('成员备注')")
    open_database(paths, Driver()).dispose()
    backups = list(paths.backups_dir.glob("*.db"))
    assert len(backups) == 1 and "pre-migration" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT v FROM keepsake").fetchone()[0] == "成员备注"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(paths.backups_dir.glob("*.partial"))


def test_a_newer_database_is_refused_and_left_untouched(paths: AppPaths) -> None:
    paths.ensure()
    open_database(paths, Driver()).dispose()
    engine = make_engine(paths.db_file)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()  # the last connection to close checkpoints the WAL into the file
    before = paths.db_file.read_bytes()
    with pytest.raises(NewerSchemaError) as err:
        open_database(paths, Driver())
    assert "newer version of Steward" in str(err.value)
    assert paths.db_file.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_file.write_bytes(b"this is a shopping list, not a database\n" * 200)
    before = paths.db_file.read_bytes()
    with pytest.raises(NotADatabaseError) as err:
        open_database(paths, Driver())
    assert str(paths.db_file) in str(err.value)
    assert paths.db_file.read_bytes() == before


def test_a_damaged_database_is_refused_and_left_untouched(paths: AppPaths,
                                                          template_db: Path) -> None:
    paths.ensure()
    data = bytearray(template_db.read_bytes())
    page = 4096
    data[page * 2: page * 3] = b"\xde\xad\xbe\xef" * (page // 4)  # a garbage page
    paths.db_file.write_bytes(bytes(data))
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_database(paths, Driver())
    assert paths.db_file.read_bytes() == bytes(data)
