"""Search: any length, any script, ranked, with the matching text, and never an error."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bootstrap import AppContext
from app.domain.custom_fields import FieldKind, FieldValue
from app.domain.members import MemberQuery, Platform
from app.domain.search import MatchField, SearchHit
from tests.unit.services.conftest import AddMember

BIG_ID = str(2**63 - 1)


@pytest.fixture
def people(ctx: AppContext, add_member: AddMember) -> dict[str, int]:
    company = ctx.fields.add_field("公司 Company", FieldKind.TEXT)
    ids = {
        "wang": add_member("王小明", (Platform.WECHAT, "wxid_wangxm"),
                           (Platform.TELEGRAM, "@xiaoming", BIG_ID), location="上海"),
        "li": add_member("小明 Li", (Platform.EMAIL, "li@example.com"), aliases=("Xiaoming",)),
        "ouyang": add_member("欧阳娜娜", (Platform.WECHAT, "wxid_nana")),
        "alex": add_member("Alex Smith", (Platform.EMAIL, "alex.smith@example.com"),
                           interests="photography, 王者荣耀"),
        "sam": add_member("Sam", (Platform.DISCORD, "samurai_99", "123456789012345678"),
                          aliases=("老王",),
                          custom_values=(FieldValue(company, "王氏集团"),)),
        "zoe": add_member("Zoe", (Platform.SLACK, "zoe")),
    }
    ctx.notes.add(ids["ouyang"], "提到小明推荐她来的，想学习AI工具的用法。")
    ctx.notes.add(ids["alex"], 'Met at the Python meetup; wrote NEAR("x") * AND stuff on a card.')
    ctx.notes.add(ids["zoe"], "隔壁老王说她很活跃")
    ctx.tags.tag_members(ctx.tags.create("王牌"), [ids["zoe"]])
    return ids


def _found(ctx: AppContext, query: str, limit: int = 50) -> list[tuple[int, MatchField]]:
    return [(h.member_id, h.field) for h in ctx.search.search(query, limit=limit).hits]


def _hit(ctx: AppContext, query: str, member_id: int) -> SearchHit:
    return next(h for h in ctx.search.search(query, limit=50).hits if h.member_id == member_id)


def test_one_chinese_character_is_found_anywhere_and_ranked(ctx: AppContext,
                                                            people: dict[str, int]) -> None:
    found = _found(ctx, "王")
    assert found == [
        (people["wang"], MatchField.NAME),     # the name starts with it
        (people["sam"], MatchField.ALIAS),     # 老王
        (people["zoe"], MatchField.TAG),       # 王牌
        (people["alex"], MatchField.PROFILE),  # interests: 王者荣耀
    ]
    # Sam's company 王氏集团 also contains 王, but his alias ranks higher, and he appears once.


def test_two_character_chinese_words(ctx: AppContext, people: dict[str, int]) -> None:
    assert _found(ctx, "小明") == [
        (people["li"], MatchField.NAME),       # starts with 小明
        (people["wang"], MatchField.NAME),     # contains it
        (people["ouyang"], MatchField.NOTE),   # only a note mentions 小明
    ]
    note = _hit(ctx, "小明", people["ouyang"])
    start, length = note.spans[0]
    assert note.matched[start:start + length] == "小明"
    assert _found(ctx, "欧阳") == [(people["ouyang"], MatchField.NAME)]
    assert _found(ctx, "老王") == [(people["sam"], MatchField.ALIAS),
                                   (people["zoe"], MatchField.NOTE)]
    assert _found(ctx, "娜王") == []  # both characters occur, but not side by side


def test_three_or_more_characters_are_substring_matches(ctx: AppContext,
                                                        people: dict[str, int]) -> None:
    assert _found(ctx, "王小明") == [(people["wang"], MatchField.NAME)]
    assert _found(ctx, "推荐她来") == [(people["ouyang"], MatchField.NOTE)]
    assert _found(ctx, "王氏集团") == [(people["sam"], MatchField.CUSTOM)]
    assert _hit(ctx, "王氏集团", people["sam"]).label == "公司 Company"
    assert _found(ctx, "smi") == [(people["alex"], MatchField.NAME)]
    assert _found(ctx, "meetup") == [(people["alex"], MatchField.NOTE)]


def test_mixed_scripts(ctx: AppContext, people: dict[str, int]) -> None:
    assert _found(ctx, "AI工具") == [(people["ouyang"], MatchField.NOTE)]
    assert _found(ctx, "小明 li") == [(people["li"], MatchField.NAME)]  # both words, one name
    assert _found(ctx, "Li 小") == [(people["li"], MatchField.NAME)]
    assert _found(ctx, "alex 上海") == []  # the words must match in the same place


def test_partial_handles_and_long_platform_ids(ctx: AppContext, people: dict[str, int]) -> None:
    assert _found(ctx, "xiaom")[0] == (people["wang"], MatchField.HANDLE)
    assert _found(ctx, "@xiao")[0] == (people["wang"], MatchField.HANDLE)
    assert _found(ctx, "angx") == [(people["wang"], MatchField.HANDLE)]
    assert _found(ctx, "samurai_99") == [(people["sam"], MatchField.HANDLE)]
    assert _found(ctx, "sa")[0] == (people["sam"], MatchField.NAME)
    hit = _hit(ctx, "2233720368547", people["wang"])
    assert (hit.field, hit.matched, hit.label) == (MatchField.HANDLE, BIG_ID, "telegram")
    assert _found(ctx, BIG_ID) == [(people["wang"], MatchField.HANDLE)]  # exact ID
    assert _found(ctx, "@zoe") == [(people["zoe"], MatchField.HANDLE)]  # "@" is optional
    tg = next(h for h in hit.handles if h.platform is Platform.TELEGRAM)
    assert tg.platform_id == BIG_ID


@pytest.mark.parametrize("query", [
    '"', '""', "'", "*", "a*", "^王", "NEAR", "NEAR(a b)", "AND", "OR NOT", "(", ")", "{", "}",
    "display_name:王", "{display_name}: x", "'; DROP TABLE member; --", "%", "_", "\\", "-",
    "+", "@", ":", "王*", '"小明"', "\x00", "\ud800", "🙂", "🙂🙂🙂", "\u200b", " ", "a" * 5000,
    "NOT 王", "王 OR 李", "col : \"x\"",
])
def test_fts_syntax_is_plain_text(ctx: AppContext, people: dict[str, int], query: str) -> None:
    page = ctx.search.search(query)
    assert len(page.hits) <= 20
    assert ctx.members.count(MemberQuery()) == 6  # nothing was dropped


def test_operators_typed_by_a_user_match_literally(ctx: AppContext,
                                                   people: dict[str, int]) -> None:
    assert _found(ctx, 'NEAR("x")') == [(people["alex"], MatchField.NOTE)]
    assert _found(ctx, "* AND") == [(people["alex"], MatchField.NOTE)]
    assert _found(ctx, "王 OR 李") == []  # OR is a word here, and no one has it


def test_ranking_puts_names_and_handles_before_notes(ctx: AppContext,
                                                     add_member: AddMember) -> None:
    noted = add_member("Bob")
    ctx.notes.add(noted, "talked about kiwi smoothies")
    tagged = add_member("Carol")
    ctx.tags.tag_members(ctx.tags.create("kiwi fans"), [tagged])
    handle = add_member("Dave", (Platform.TELEGRAM, "@thekiwi"))
    contains = add_member("Big Kiwi Eve")
    prefix = add_member("Kiwi Fruit")
    exact = add_member("kiwi")
    assert [m for m, _ in _found(ctx, "kiwi")] == [exact, prefix, contains, handle, tagged,
                                                   noted]


def test_pages_do_not_overlap_and_say_when_there_is_more(ctx: AppContext,
                                                         add_member: AddMember) -> None:
    ids = {add_member(f"张{i:02d}") for i in range(23)}
    pages = [ctx.search.search("张", offset=o, limit=10) for o in (0, 10, 20)]
    seen = [h.member_id for p in pages for h in p.hits]
    assert len(seen) == 23 and set(seen) == ids
    assert [p.has_more for p in pages] == [True, True, False]


def test_the_index_follows_every_edit(ctx: AppContext, people: dict[str, int]) -> None:
    member_id = people["zoe"]
    profile = ctx.profiles.get(member_id)
    ctx.profiles.update(member_id, replace(profile.draft(), display_name="Zoë 周",
                                           handles=()))
    assert _found(ctx, "zoe") == [(member_id, MatchField.NAME)]  # diacritics ignored (short)
    assert _found(ctx, "周") == [(member_id, MatchField.NAME)]
    assert _found(ctx, "@zoe") == [(member_id, MatchField.NAME)]  # no handle left
    note = ctx.notes.timeline(member_id)[0]
    ctx.notes.edit(note.id, "换了新的说法")
    assert _found(ctx, "老王") == [(people["sam"], MatchField.ALIAS)]
    assert _found(ctx, "说法") == [(member_id, MatchField.NOTE)]


def test_results_carry_handles_tags_and_a_short_matching_text(ctx: AppContext,
                                                              people: dict[str, int]) -> None:
    ctx.notes.add(people["li"], "前言" * 400 + "关键的那一句在这里" + "后记" * 400)
    hit = _hit(ctx, "关键的那一句", people["li"])
    assert hit.matched.startswith("…") and hit.matched.endswith("…")
    assert "关键的那一句" in hit.matched and len(hit.matched) <= 210
    assert [h.handle for h in hit.handles] == ["li@example.com"]
    zoe = _hit(ctx, "王牌", people["zoe"])
    assert (zoe.field, zoe.matched, zoe.tags) == (MatchField.TAG, "王牌", ("王牌",))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40), offset=st.integers(0, 30), limit=st.integers(-5, 600))
def test_search_never_raises(ctx: AppContext, people: dict[str, int], query: str, offset: int,
                             limit: int) -> None:
    page = ctx.search.search(query, offset=offset, limit=limit)
    assert len({h.member_id for h in page.hits}) == len(page.hits)
    for hit in page.hits:
        for start, length in hit.spans:
            assert start >= 0 and start + length <= len(hit.matched)
