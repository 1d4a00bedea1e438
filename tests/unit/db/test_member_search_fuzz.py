"""Any text typed into the member list's search box finds every member whose name, nickname or
handle contains it.

A property test over arbitrary terms (LIKE and FTS5 syntax, backslashes, quotes, CJK, emoji,
mixed case), most of them cut from the community's own names and handles so that they do match
something. The rule checked is the one a user relies on: a member with one field holding every
term (ASCII case folded) is in the list. Terms are three characters or more, where the index
matches substrings in any script (shorter ones match word starts; tests/unit/services/test_search
covers them). Runs under the Hypothesis profile in force (tests/helpers/hypothesis_profiles.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import closing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bootstrap import AppContext, build_context
from app.domain.members import MemberQuery
from app.paths import AppPaths
from tests.conftest import EncryptedTemplate
from tests.helpers.prompter import FAST_KDF
from tests.helpers.raw_db import raw_connection

pytestmark = pytest.mark.fuzz

ODD = st.text(alphabet=st.sampled_from([*"anAN王李张伟_%\\\"'*():^ @.1-🙂ＡＢ"]),
              min_size=3, max_size=6)
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

Community = tuple[AppContext, dict[int, list[str]]]


@pytest.fixture(scope="module")
def community(tmp_path_factory: pytest.TempPathFactory,
              encrypted_template: EncryptedTemplate) -> Iterator[Community]:
    paths = AppPaths(tmp_path_factory.mktemp("search-fuzz"))
    store = encrypted_template.copy_to(paths)
    ctx = build_context(paths, secrets=store, kdf=FAST_KDF)
    ctx.demo.seed(400, seed=5)
    texts: dict[int, list[str]] = {}
    with closing(raw_connection(ctx)) as conn:
        for member_id, name, aliases in conn.execute(
                "SELECT id, display_name, aliases FROM member"):
            texts[member_id] = [name, *(aliases or "").split("\n")]
        for member_id, handle in conn.execute("SELECT member_id, handle FROM handle"):
            texts[member_id].append(handle)
    yield ctx, texts
    ctx.close()
    shutil.rmtree(paths.data_dir, ignore_errors=True)


def _fold(value: str) -> str:
    return value.translate(_ASCII_FOLD)


@st.composite
def typed_terms(draw: st.DrawFn, texts: list[str]) -> list[str]:
    """One to three terms, each a piece of a real name or handle, or odd characters."""
    terms = []
    for _ in range(draw(st.integers(1, 3))):
        source = draw(st.sampled_from(texts))
        if len(source.strip()) >= 3 and draw(st.booleans()):
            start = draw(st.integers(0, len(source) - 3))
            end = draw(st.integers(start + 3, min(len(source), start + 8)))
            piece = source[start:end]
            terms.append(piece.swapcase() if draw(st.booleans()) else piece)
        else:
            terms.append(draw(ODD))
    return [t for t in terms if len(t.strip()) >= 3 and " " not in t.strip()]


@given(data=st.data())
def test_the_list_finds_every_member_containing_the_text(community: Community,
                                                          data: st.DataObject) -> None:
    ctx, texts = community
    pool = sorted({t for fields in texts.values() for t in fields if t})
    terms = data.draw(typed_terms(pool))
    text = " ".join(t.strip() for t in terms)
    needles = [_fold(t.strip()) for t in terms]
    expected = {mid for mid, fields in texts.items()
                if any(all(n in _fold(f) for n in needles) for f in fields)}
    page = ctx.members.page(MemberQuery(text=text, limit=500))
    found = {row.id for row in page.rows}
    assert page.total == len(found)  # 400 members fit one page: the count agrees with the rows
    assert expected <= found, sorted(expected - found)[:5]
