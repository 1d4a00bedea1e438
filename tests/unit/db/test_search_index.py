"""The search index: its text function, its triggers, the bulk path, and both SQLite builds."""

from __future__ import annotations

import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from app.bootstrap import AppContext, build_context
from app.db import fts
from app.db.bulk import bulk_insert
from app.db.fts import missing_search_support, register_functions, search_tokens
from app.db.search_index import indexed_tables, rebuild
from app.db.sort_keys import refresh
from app.domain.members import MemberQuery
from app.domain.profiles import MemberDraft
from app.domain.search import MatchField
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore
from tests.helpers.raw_db import raw_connection


def test_the_short_index_text_splits_cjk_into_bigrams() -> None:
    assert search_tokens("Alex Smith @a_b") == "Alex Smith @a_b"  # ASCII untouched
    assert search_tokens("王小明").split() == ["王小", "小明", "明"]
    assert search_tokens("学AI工具").split() == ["学", "AI", "工具", "具"]
    assert search_tokens("ＶＩＰ会员").split() == ["VIP", "会员", "员"]  # width folded
    assert search_tokens("お早う 한국어").split() == ["お早", "早う", "う", "한국", "국어", "어"]
    assert search_tokens(None) is None
    assert search_tokens(12) == "12"


def test_this_sqlite_supports_the_index() -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        assert missing_search_support(conn) is None


def _names(ctx: AppContext, query: str) -> list[str]:
    return [h.display_name for h in ctx.search.search(query).hits]


def test_bulk_insert_indexes_new_rows_and_puts_the_triggers_back(ctx: AppContext) -> None:
    ctx.profiles.create(MemberDraft("Before 之前"))
    with ctx.engine.connect() as conn:
        triggers = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
    assert len(triggers) == 19  # 12 for the search index, 7 for the sort keys
    with ctx.engine.begin() as conn, bulk_insert(conn):
        conn.exec_driver_sql("INSERT INTO member (display_name, aliases, status, role, "
                             "location, time_zone, interests, needs, created_at, updated_at) "
                             "VALUES ('Bulk 批量', '', 'active', 'member', '', '', '', '', "
                             "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')")
        conn.exec_driver_sql("INSERT INTO handle (member_id, platform, handle, platform_id) "
                             "VALUES (2, 'telegram', '@bulky', '')")
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = "
                                    "'trigger' ORDER BY name").all() == triggers
    assert _names(ctx, "批量") == ["Bulk 批量"] and _names(ctx, "bulky") == ["Bulk 批量"]
    assert _names(ctx, "之前") == ["Before 之前"]  # old rows were not indexed twice
    ctx.profiles.create(MemberDraft("After 之后"))  # the triggers work again
    assert _names(ctx, "之后") == ["After 之后"]


def test_a_failed_bulk_insert_rolls_back_with_its_triggers(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError), ctx.engine.begin() as conn, bulk_insert(conn):
        conn.exec_driver_sql("INSERT INTO member (display_name, status, role, created_at, "
                             "updated_at) VALUES ('Lost', 'active', 'member', "
                             "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')")
        raise RuntimeError("cancelled half way")
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar() == 19
    assert ctx.members.count(MemberQuery()) == 0
    ctx.profiles.create(MemberDraft("Lost"))
    assert _names(ctx, "Lost") == ["Lost"]


def test_rebuild_repairs_a_damaged_index(ctx: AppContext) -> None:
    ctx.profiles.create(MemberDraft("欧阳娜娜"))
    with ctx.engine.begin() as conn:
        for table in indexed_tables(conn):
            conn.exec_driver_sql(f"INSERT INTO {table.short} ({table.short}) "
                                 "VALUES ('delete-all')")
    assert _names(ctx, "娜娜") == []
    with ctx.engine.begin() as conn:
        rebuild(conn)
    assert _names(ctx, "娜娜") == ["欧阳娜娜"]


def test_a_bare_connection_must_register_the_function_to_write(ctx: AppContext) -> None:
    sql = ("INSERT INTO member (display_name, status, role, created_at, updated_at) VALUES "
           "('Raw 生', 'active', 'member', '2026-01-01 00:00:00.000000', "
           "'2026-01-01 00:00:00.000000')")
    with closing(raw_connection(ctx, functions=False)) as raw, pytest.raises(
            ctx.driver.module.OperationalError, match="steward_fts_tokens"):
        raw.execute(sql)
    assert ctx.members.count(MemberQuery()) == 0  # refused whole, nothing half-indexed
    with closing(raw_connection(ctx, functions=False)) as raw:
        register_functions(raw)
        raw.execute(sql)
        raw.commit()
    assert _names(ctx, "生") == ["Raw 生"]


def test_search_works_on_sqlcipher_and_its_newer_sqlite(tmp_path: Path) -> None:
    ctx = build_context(AppPaths(tmp_path / "enc"), secrets=MemorySecretStore())
    assert ctx.driver.module is sqlcipher3.dbapi2  # the app's default database is encrypted
    try:
        member_id = ctx.profiles.create(MemberDraft("加密 Member", handles=()))
        ctx.notes.add(member_id, "秘密的备注 secret")
        hits = ctx.search.search("秘密").hits
        assert [(h.member_id, h.field) for h in hits] == [(member_id, MatchField.NOTE)]
        assert ctx.search.search("加").hits[0].member_id == member_id
    finally:
        ctx.close()
    assert not (tmp_path / "enc" / "steward.db").read_bytes().startswith(b"SQLite format 3")


def test_bulk_insert_leaves_the_same_sort_keys_as_the_triggers(ctx: AppContext) -> None:
    ctx.demo.seed(60, seed=4, notes_per_member=1)  # bulk: keys computed once per batch
    ctx.profiles.create(MemberDraft("Trigger-made"))
    ctx.tags.tag_members(ctx.tags.create("AAA first"), [1, 2, 61])  # triggers on old members
    with ctx.engine.begin() as conn:
        bulk = conn.exec_driver_sql("SELECT id, sort_handle, sort_tag FROM member "
                                    "ORDER BY id").all()
        refresh(conn)
        fresh = conn.exec_driver_sql("SELECT id, sort_handle, sort_tag FROM member "
                                     "ORDER BY id").all()
    assert bulk == fresh
    assert [r[2] for r in bulk[:2]] == ["AAA first", "AAA first"]
    assert sum(1 for r in bulk if r[1] is None) == 1  # only the member without handles


@given(st.text(alphabet=st.sampled_from(list("王小明 \nA\u0301\u0308éｖ①ﬁ\u3000、b")), max_size=300),
       st.integers(min_value=1, max_value=40))
def test_long_text_is_tokenised_in_pieces_exactly_as_a_whole(text: str, piece: int) -> None:
    whole = fts._CJK_RUN.sub(fts._bigrams, unicodedata.normalize("NFKC", text))
    original = fts.TOKEN_PIECE
    fts.TOKEN_PIECE = piece
    try:
        assert search_tokens(text) == whole
    finally:
        fts.TOKEN_PIECE = original
