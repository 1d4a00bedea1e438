"""A segment definition compiled to a parameterised SQL condition on ``member m``.

Only column names and operators chosen here are written into the SQL text; every value from a
definition (tag ids, statuses, dates, field values, search text) is a bound parameter. A condition
that can never be true (a number compared with text that is not a number, a field that has been
deleted) simply matches no one, so a valid definition always compiles.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from app.db.repositories.search import member_set
from app.db.types import to_db_text
from app.domain.custom_fields import CustomFieldDef, FieldKind, canonical_value
from app.domain.search import search_terms
from app.domain.segments import FieldCondition, FieldOp, SegmentDefinition
from app.errors import UserError

_COMPARE = {FieldOp.LESS: "<", FieldOp.LESS_OR_EQUAL: "<=", FieldOp.GREATER: ">",
            FieldOp.GREATER_OR_EQUAL: ">="}


class _Params:
    def __init__(self, key: str) -> None:
        self.key = key
        self.values: dict[str, Any] = {}

    def add(self, value: Any) -> str:
        name = f"{self.key}{len(self.values)}"
        self.values[name] = value
        return f":{name}"

    def many(self, values: Any) -> str:
        return "(" + ", ".join(self.add(v) for v in values) + ")"


def compile_segment(definition: SegmentDefinition, now: datetime,
                    fields: Mapping[int, CustomFieldDef], key: str = "s"
                    ) -> tuple[str, dict[str, Any]]:
    """``(condition, params)``; the condition is ``1`` for an empty definition."""
    p = _Params(key)
    where: list[str] = []
    for tag in definition.tags_all:
        where.append(f"m.id IN (SELECT member_id FROM member_tag WHERE tag_id = {p.add(tag)})")
    if definition.tags_any:
        where.append("m.id IN (SELECT member_id FROM member_tag WHERE tag_id IN "
                     f"{p.many(definition.tags_any)})")
    if definition.tags_none:
        where.append("m.id NOT IN (SELECT member_id FROM member_tag WHERE tag_id IN "
                     f"{p.many(definition.tags_none)})")
    if definition.statuses:
        where.append(f"m.status IN {p.many(s.value for s in definition.statuses)}")
    if definition.roles:
        where.append(f"m.role COLLATE NOCASE IN {p.many(definition.roles)}")
    if definition.joined_after is not None:
        where.append(f"m.joined_on >= {p.add(definition.joined_after.isoformat())}")
    if definition.joined_before is not None:
        where.append(f"m.joined_on <= {p.add(definition.joined_before.isoformat())}")
    if definition.joined_within_days is not None:
        since = now - timedelta(days=definition.joined_within_days)
        where.append(f"(m.joined_on >= {p.add(since.date().isoformat())} OR "
                     f"(m.joined_on IS NULL AND m.created_at >= {p.add(to_db_text(since))}))")
    if definition.silent_for_days is not None:
        cut = p.add(to_db_text(now - timedelta(days=definition.silent_for_days)))
        where.append(f"m.updated_at < {cut} AND NOT EXISTS (SELECT 1 FROM note n "
                     f"WHERE n.member_id = m.id AND n.created_at >= {cut})")
    for condition in definition.fields:
        where.append(_field_condition(condition, fields.get(condition.field_id), p))
    terms = search_terms(definition.text)
    if terms:
        sql, params = member_set(terms, everything=True, key=f"{key}t")
        p.values.update(params)
        where.append(f"m.id IN ({sql})")
    return (" AND ".join(where) if where else "1"), p.values


def _field_condition(c: FieldCondition, field: CustomFieldDef | None, p: _Params) -> str:
    kind = field.kind if field is not None else FieldKind.TEXT
    base = ("SELECT 1 FROM custom_value cv WHERE cv.member_id = m.id "
            f"AND cv.field_id = {p.add(c.field_id)}")
    if c.op is FieldOp.IS_SET:
        return f"EXISTS ({base})"
    if c.op is FieldOp.IS_EMPTY:
        return f"NOT EXISTS ({base})"
    if c.op is FieldOp.CONTAINS:
        return f"EXISTS ({base} AND instr(lower(cv.value), lower({p.add(c.value)})) > 0)"
    if c.op is FieldOp.ONE_OF:
        values = [_canonical(field, v)[0] for v in c.values] or [None]
        return f"EXISTS ({base} AND cv.value COLLATE NOCASE IN {p.many(values)})"
    text, number = _canonical(field, c.value)
    column, value = ("cv.number", number) if kind is FieldKind.NUMBER else ("cv.value", text)
    if c.op in (FieldOp.EQUALS, FieldOp.NOT_EQUALS):
        same = f"EXISTS ({base} AND {column} = {p.add(value)} COLLATE NOCASE)"
        return same if c.op is FieldOp.EQUALS else f"NOT {same}"
    return f"EXISTS ({base} AND {column} {_COMPARE[c.op]} {p.add(value)})"


def _canonical(field: CustomFieldDef | None, raw: str) -> tuple[str | None, float | None]:
    """The value as stored for this field, or (None, None) when it cannot be one."""
    if field is None:
        return raw, None
    try:
        value = canonical_value(field, raw)
    except UserError:
        return None, None
    return value if value is not None else (None, None)
