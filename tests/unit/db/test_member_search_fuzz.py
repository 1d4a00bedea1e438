"""Any text typed into the member search finds exactly the members that contain it.

A property test over arbitrary input (LIKE wildcards, backslashes, CJK, emoji, mixed case): the
list filter must agree with a plain-Python reference of its rule, a case-insensitive (ASCII, as
SQLite's LIKE) substring of the name, the nicknames or a handle. Runs under the Hypothesis profile
in force ("ci" in the normal suite, "slow" with -m slow; tests/helpers/hypothesis_profiles.py).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bootstrap import AppContext, build_context
from app.domain.members import MemberQuery
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore

TYPED = st.sampled_from([*"anAN王李张伟_%\\ @.1-", "sunny", "wxid_", "欧阳", "🙂"])
SEARCH_TEXT = st.lists(TYPED | st.characters(exclude_categories=("Cc", "Cs")),
                       max_size=8).map("".join)
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture(scope="module")
def community(tmp_path_factory: pytest.TempPathFactory,
              template_db: Path) -> Iterator[tuple[AppContext, dict[int, list[str]]]]:
    paths = AppPaths(tmp_path_factory.mktemp("search-fuzz"))
    paths.ensure()
    shutil.copyfile(template_db, paths.db_file)
    ctx = build_context(paths, secrets=MemorySecretStore())
    ctx.demo.seed(400, seed=5)
    texts: dict[int, list[str]] = {}
    with closing(sqlite3.connect(paths.db_file)) as conn:
        for member_id, name, aliases in conn.execute(
                "SELECT id, display_name, aliases FROM member"):
            texts[member_id] = [name, aliases]
        for member_id, handle in conn.execute("SELECT member_id, handle FROM handle"):
            texts[member_id].append(handle)
    yield ctx, texts
    ctx.close()


def _fold(value: str) -> str:
    return value.translate(_ASCII_FOLD)


@given(text=SEARCH_TEXT)
def test_search_finds_exactly_the_members_containing_the_text(
        community: tuple[AppContext, dict[int, list[str]]], text: str) -> None:
    ctx, texts = community
    needle = _fold(text.strip())
    expected = {mid for mid, fields in texts.items() if any(needle in _fold(f) for f in fields)}
    page = ctx.members.page(MemberQuery(text=text, limit=500))
    assert page.total == len(expected)
    assert {row.id for row in page.rows} == expected
