"""Shared pieces for import/export tests: generated members and a comparable view of a database."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from app.db.repositories.member_records import all_member_ids, iter_records, list_fields
from app.domain.custom_fields import (
    CustomFieldDef,
    CustomValue,
    FieldKind,
    canonical_value,
    clean_options,
)
from app.domain.member_io import MemberRecord, NoteRecord
from app.domain.members import HandleData, MemberStatus, Platform
from app.importers.custom_columns import field_key
from app.services.sessions import SessionFactory

# Any Unicode text except lone surrogates (not text at all) and NUL, which a CSV cannot carry
# (the CSV export writes U+FFFD for it; tests/unit/exporters covers that).
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
               max_size=40)
LONG_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                    max_size=400)
NON_BLANK = TEXT.filter(lambda s: s.strip() != "")
TIMES = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                     timezones=st.just(UTC))
IDS = st.one_of(st.just(""), st.integers(min_value=1, max_value=2**63 - 1).map(str))


FIELD_NAMES = TEXT.map(lambda t: " ".join(t.split())[:100]).filter(bool)


@st.composite
def custom_field_sets(draw: Any, max_fields: int = 4) -> tuple[CustomFieldDef, ...]:
    """Field definitions as the profile editor makes them (names unique whatever the case or
    width, options cleaned), in display order."""
    names = draw(st.lists(FIELD_NAMES, max_size=max_fields, unique_by=field_key))
    fields = []
    for position, name in enumerate(names, start=1):
        kind = draw(st.sampled_from(list(FieldKind)))
        options: tuple[str, ...] = ()
        if kind is FieldKind.CHOICE:
            options = clean_options(name, draw(st.lists(NON_BLANK, min_size=1, max_size=4)))
        fields.append(CustomFieldDef(position, name, kind, options, position))
    return tuple(fields)


def _raw_value(kind: FieldKind, options: tuple[str, ...]) -> st.SearchStrategy[Any]:
    if kind is FieldKind.NUMBER:
        return st.one_of(st.integers(min_value=-10**20, max_value=10**20),
                         st.floats(allow_nan=False, allow_infinity=False),
                         st.decimals(allow_nan=False, allow_infinity=False, places=4,
                                     max_value=10**12, min_value=-10**12).map(str))
    if kind is FieldKind.DATE:
        return st.dates()
    if kind is FieldKind.CHOICE:
        return st.sampled_from(options)
    return NON_BLANK


@st.composite
def custom_values(draw: Any, fields: tuple[CustomFieldDef, ...]) -> tuple[CustomValue, ...]:
    """Stored (canonical) values for some of ``fields``, as the profile editor would keep them."""
    values = []
    for definition in fields:
        if not draw(st.booleans()):
            continue
        stored = canonical_value(definition, draw(_raw_value(definition.kind,
                                                             definition.options)))
        if stored is not None:
            values.append(CustomValue(definition.id, definition.name, definition.kind,
                                      stored[0], stored[1]))
    return tuple(values)


@st.composite
def member_records(draw: Any, member_id: int,
                   fields: tuple[CustomFieldDef, ...] = ()) -> MemberRecord:
    handles = draw(st.lists(st.tuples(st.sampled_from(list(Platform)), NON_BLANK, IDS),
                            max_size=4, unique_by=lambda h: (h[0], h[1])))
    notes = draw(st.lists(st.builds(NoteRecord, id=st.just(0), body=TEXT | LONG_TEXT,
                                    pinned=st.booleans(), created_at=TIMES, updated_at=TIMES),
                          max_size=4))
    return MemberRecord(
        id=member_id, display_name=draw(NON_BLANK), aliases=draw(TEXT),
        status=draw(st.sampled_from(list(MemberStatus))), role=draw(NON_BLANK),
        joined_on=draw(st.none() | st.dates(min_value=date(1990, 1, 1))),
        location=draw(TEXT), time_zone=draw(TEXT), interests=draw(TEXT),
        created_at=draw(TIMES), updated_at=draw(TIMES),
        handles=tuple(HandleData(p, h, i) for p, h, i in handles),
        tags=tuple(draw(st.lists(NON_BLANK, max_size=3, unique_by=str.casefold))),
        notes=tuple(notes), needs=draw(TEXT), custom=draw(custom_values(fields)))


@st.composite
def member_sets(draw: Any, max_members: int = 4,
                fields: tuple[CustomFieldDef, ...] = ()) -> list[MemberRecord]:
    count = draw(st.integers(min_value=1, max_value=max_members))
    return [draw(member_records(member_id=i + 1, fields=fields)) for i in range(count)]


@st.composite
def members_with_fields(draw: Any, max_members: int = 4
                        ) -> tuple[tuple[CustomFieldDef, ...], list[MemberRecord]]:
    fields = draw(custom_field_sets())
    return fields, draw(member_sets(max_members, fields))


def comparable(record: MemberRecord) -> tuple[Any, ...]:
    """Everything a round trip must keep (ids and the member's updated time change on import)."""
    return (
        record.display_name, record.aliases, record.status, record.role, record.joined_on,
        record.location, record.time_zone, record.interests, record.needs, record.created_at,
        tuple(sorted((h.platform.value, h.handle, h.platform_id) for h in record.handles)),
        # tag names are case-insensitive: "VIP" and "vip" are one tag, spelled as first made
        tuple(sorted(t.casefold() for t in record.tags)),
        tuple(sorted((n.body, n.pinned, n.created_at, n.updated_at) for n in record.notes)),
        tuple(sorted((v.name, v.kind, v.value) for v in record.custom)),
    )


def field_definitions(sessions: SessionFactory) -> list[tuple[str, FieldKind, tuple[str, ...]]]:
    with sessions() as session:
        return [(f.name, f.kind, f.options) for f in list_fields(session)]


def comparable_all(records: Iterable[MemberRecord]) -> list[tuple[Any, ...]]:
    return [comparable(r) for r in records]


def stored_records(sessions: SessionFactory) -> list[MemberRecord]:
    with sessions() as session:
        return list(iter_records(session, list(all_member_ids(session))))
