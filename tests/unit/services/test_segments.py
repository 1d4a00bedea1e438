"""Segments: saved filters that count live, select members for bulk work, and never break SQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bootstrap import AppContext
from app.domain.custom_fields import FieldKind, FieldValue
from app.domain.members import MemberQuery, MemberStatus
from app.domain.profiles import MemberDraft
from app.domain.segments import (
    FieldCondition,
    FieldOp,
    SegmentDefinition,
    SegmentFormatError,
)
from app.errors import UserError
from app.services.notes import NoteService
from app.services.profiles import ProfileService
from app.services.segments import SegmentService
from app.services.tags import TagService
from tests.unit.services.conftest import Clock


@pytest.fixture
def town(ctx: AppContext, clock: Clock) -> dict[str, int]:
    """Six members with known tags, statuses, roles, join dates, fields and notes."""
    profiles = ProfileService(ctx.sessions, clock)
    notes = NoteService(ctx.sessions, clock)
    tags = TagService(ctx.sessions, clock)  # tagging touches updated_at: use the test's clock
    vip, helper = tags.create("VIP"), tags.create("志愿者")
    points = ctx.fields.add_field("Points", FieldKind.NUMBER)
    plan = ctx.fields.add_field("Plan", FieldKind.CHOICE, ["Free", "Pro", "Team"])
    since = ctx.fields.add_field("Customer since", FieldKind.DATE)
    today = clock.now.date()

    def add(name: str, **kw: object) -> int:
        return profiles.create(MemberDraft(name, **kw))  # type: ignore[arg-type]

    clock.advance(days=-60)
    ids = {
        "old": add("Old Timer", joined_on=today - timedelta(days=400), role="VIP",
                   custom_values=(FieldValue(points, 1500), FieldValue(plan, "Pro"),
                                  FieldValue(since, "2020-01-01"))),
        "quiet": add("Quiet One", joined_on=today - timedelta(days=90),
                     custom_values=(FieldValue(points, 20),)),
    }
    tags.tag_members(vip, [ids["old"]])
    clock.advance(days=59)
    ids["talker"] = add("Talker", joined_on=today - timedelta(days=80),
                        custom_values=(FieldValue(plan, "Team"),))
    notes.add(ids["talker"], "聊了很多关于摄影的话题")
    ids["new"] = add("新人小李", joined_on=today - timedelta(days=2), status=MemberStatus.ACTIVE,
                     handles=())
    ids["banned"] = add("Spammer", joined_on=today - timedelta(days=3),
                        status=MemberStatus.BANNED)
    ids["nodate"] = add("No Date")  # joined unknown, created an hour ago
    tags.tag_members(vip, [ids["talker"]])
    tags.tag_members(helper, [ids["talker"], ids["new"]])
    clock.advance(days=1)
    ids["tag_vip"], ids["tag_helper"] = vip, helper
    ids["f_points"], ids["f_plan"], ids["f_since"] = points, plan, since
    return ids


def _members(service: SegmentService, definition: SegmentDefinition,
             town: dict[str, int]) -> set[str]:
    names = {v: k for k, v in town.items() if not k.startswith(("tag_", "f_"))}
    return {names[i] for i in service.member_ids(definition)}


def test_each_condition_selects_the_right_members(ctx: AppContext, clock: Clock,
                                                  town: dict[str, int]) -> None:
    seg = SegmentService(ctx.sessions, clock)
    vip, helper = town["tag_vip"], town["tag_helper"]
    cases = {
        SegmentDefinition(tags_all=(vip, helper)): {"talker"},
        SegmentDefinition(tags_any=(vip, helper)): {"old", "talker", "new"},
        SegmentDefinition(tags_none=(vip,)): {"quiet", "new", "banned", "nodate"},
        SegmentDefinition(statuses=(MemberStatus.BANNED, MemberStatus.LEFT)): {"banned"},
        SegmentDefinition(roles=("vip",)): {"old"},
        SegmentDefinition(joined_after=clock.now.date() - timedelta(days=85),
                          joined_before=clock.now.date() - timedelta(days=3)):
            {"talker", "banned"},
        SegmentDefinition(joined_within_days=7): {"new", "banned", "nodate"},
        SegmentDefinition(silent_for_days=30): {"old", "quiet"},
        SegmentDefinition(fields=(FieldCondition(town["f_points"], FieldOp.GREATER, "100"),)):
            {"old"},
        SegmentDefinition(fields=(FieldCondition(town["f_points"], FieldOp.LESS_OR_EQUAL,
                                                 "1,500"),)): {"old", "quiet"},
        SegmentDefinition(fields=(FieldCondition(town["f_plan"], FieldOp.ONE_OF,
                                                 values=("pro", "team")),)): {"old", "talker"},
        SegmentDefinition(fields=(FieldCondition(town["f_plan"], FieldOp.NOT_EQUALS, "Pro"),)):
            {"quiet", "talker", "new", "banned", "nodate"},
        SegmentDefinition(fields=(FieldCondition(town["f_since"], FieldOp.LESS,
                                                 "2021-01-01"),)): {"old"},
        SegmentDefinition(fields=(FieldCondition(town["f_plan"], FieldOp.IS_EMPTY),)):
            {"quiet", "new", "banned", "nodate"},
        SegmentDefinition(fields=(FieldCondition(town["f_points"], FieldOp.IS_SET),
                                  FieldCondition(town["f_plan"], FieldOp.CONTAINS, "r"),)):
            {"old"},
        SegmentDefinition(text="摄影"): {"talker"},  # a note
        SegmentDefinition(text="小李"): {"new"},  # a name
        SegmentDefinition(text="志愿"): {"talker", "new"},  # a tag
        SegmentDefinition(statuses=(MemberStatus.ACTIVE,), tags_any=(vip,), text="talk"):
            {"talker"},
        SegmentDefinition(): {"old", "quiet", "talker", "new", "banned", "nodate"},
    }
    for definition, expected in cases.items():
        assert _members(seg, definition, town) == expected, definition
        assert seg.count(definition) == len(expected)


def test_impossible_values_match_no_one_instead_of_failing(ctx: AppContext,
                                                           town: dict[str, int]) -> None:
    for condition in (FieldCondition(town["f_points"], FieldOp.GREATER, "lots"),
                      FieldCondition(town["f_plan"], FieldOp.EQUALS, "Platinum"),
                      FieldCondition(town["f_since"], FieldOp.LESS, "yesterday"),
                      FieldCondition(9999, FieldOp.EQUALS, "x")):
        assert ctx.segments.count(SegmentDefinition(fields=(condition,))) == 0


def test_saved_segments_count_live_and_survive_renames(ctx: AppContext, clock: Clock,
                                                       town: dict[str, int]) -> None:
    seg = SegmentService(ctx.sessions, clock)
    vips = seg.save("VIPs", SegmentDefinition(tags_any=(town["tag_vip"],)))
    new = seg.save("New", SegmentDefinition(joined_within_days=7))
    with pytest.raises(UserError, match="already exists"):
        seg.save("vips", SegmentDefinition())
    seg.rename(vips, "贵宾")
    seg.reorder([new, vips])
    assert [(c.name, c.count) for c in seg.counts()] == [("New", 3), ("贵宾", 2)]
    ctx.tags.rename(town["tag_vip"], "Very Important")  # segments refer to tags by id
    assert seg.count(seg.resolve(vips)) == 2
    clock.advance(days=10)  # "new this week" moves with time
    assert seg.count(seg.resolve(new)) == 0
    deleted = seg.delete(new)
    assert deleted.name == "New" and [s.name for s in seg.list()] == ["贵宾"]


def test_suggestions_cover_new_vip_and_silent(ctx: AppContext, clock: Clock,
                                              town: dict[str, int]) -> None:
    seg = SegmentService(ctx.sessions, clock)
    found = {s.key: _members(seg, s.definition, town) for s in seg.suggestions()}
    assert found == {"new_this_week": {"new", "banned", "nodate"},
                     "vip": {"old", "talker"},  # the VIP tag wins over the role
                     "silent_30_days": {"old", "quiet"}}


def test_an_unreadable_saved_definition_is_reported_not_used(ctx: AppContext,
                                                             town: dict[str, int]) -> None:
    seg_id = ctx.segments.save("Broken", SegmentDefinition(tags_any=(town["tag_vip"],)))
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE segment SET definition = '{\"version\": 99}'")
    (broken,) = ctx.segments.list()
    assert "newer Steward" in broken.problem
    assert [c.count for c in ctx.segments.counts()] == [0]
    with pytest.raises(UserError, match="newer Steward"):
        ctx.segments.resolve(seg_id)


@pytest.mark.parametrize("text", ["", "[]", "{", '{"tags_all": "x"}', '{"statuses": ["gone"]}',
                                  '{"fields": [{"op": "eq"}]}', '{"silent_for_days": -1}',
                                  '{"joined_after": "yesterday"}', '{"version": 2}'])
def test_bad_json_is_a_segment_format_error(text: str) -> None:
    with pytest.raises(SegmentFormatError):
        SegmentDefinition.from_json(text)


_ids = st.lists(st.integers(-5, 50), max_size=3).map(tuple)
_conditions = st.builds(FieldCondition, field_id=st.integers(-1, 5),
                        op=st.sampled_from(FieldOp), value=st.text(max_size=12),
                        values=st.lists(st.text(max_size=8), max_size=3).map(tuple))
definitions = st.builds(
    SegmentDefinition, tags_all=_ids, tags_any=_ids, tags_none=_ids,
    statuses=st.lists(st.sampled_from(MemberStatus), max_size=3).map(tuple),
    roles=st.lists(st.text(max_size=10), max_size=2).map(tuple),
    joined_after=st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1)),
    joined_before=st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1)),
    joined_within_days=st.none() | st.integers(0, 36_500),
    silent_for_days=st.none() | st.integers(0, 36_500),
    fields=st.lists(_conditions, max_size=3).map(tuple),
    text=st.text(max_size=15),
)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(definition=definitions)
def test_any_valid_definition_compiles_runs_and_round_trips(ctx: AppContext,
                                                            town: dict[str, int],
                                                            definition: SegmentDefinition
                                                            ) -> None:
    clean = SegmentDefinition.from_json(definition.to_json())
    assert clean.to_json() == SegmentDefinition.from_json(clean.to_json()).to_json()
    count = ctx.segments.count(clean)
    assert 0 <= count <= 6
    assert len(ctx.segments.member_ids(clean)) == count
    assert ctx.members.count(MemberQuery()) == 6


def test_sql_in_definitions_is_just_text(ctx: AppContext) -> None:
    ctx.profiles.create(MemberDraft("Robert'); DROP TABLE member;--"))
    definition = SegmentDefinition(roles=("x' OR 1=1 --",), text="'; DROP TABLE member; --")
    assert ctx.segments.count(definition) == 0
    assert ctx.segments.count(SegmentDefinition(text="Robert'); DROP")) == 1
