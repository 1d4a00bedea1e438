"""Search queries over the FTS5 index (see ``app.db.fts`` for how the two indexes are built).

Every piece of user text reaches FTS5 only inside a double-quoted string with its quotes doubled,
so operators (AND, OR, NOT, NEAR), ``*``, ``^``, ``:`` and parentheses typed by a user are plain
text. Each function answers one tier of the ranking and returns rows in a stable order (usually
newest first, which FTS5 serves straight from its index with ``ORDER BY rowid DESC``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from app.db.fts import split_cjk
from app.db.repositories.sql import fetch_all, in_list
from app.domain.members import HandleData, MemberStatus, Platform

MIN_TRIGRAM = 3
NAME_COLUMNS = ("display_name",)
ALIAS_COLUMNS = ("aliases",)
PROFILE_COLUMNS = ("interests", "needs", "location")
MEMBER_COLUMNS = NAME_COLUMNS + ALIAS_COLUMNS + PROFILE_COLUMNS
_WORD = re.compile(r"[^\W_]+")
_HIGHEST = "\U0010ffff"  # sorts after every character: the upper bound of a prefix range


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def short_expression(term: str) -> str | None:
    """FTS5 query for a term of one or two characters on the short index, or None if it has
    nothing searchable (only punctuation or symbols)."""
    parts: list[str] = []
    for cjk, piece in split_cjk(unicodedata.normalize("NFKC", term)):
        if not cjk:
            parts += [_quoted(word) + "*" for word in _WORD.findall(piece)]
        elif len(piece) == 1:
            # Every bigram starting with the character, and the character ending a run.
            parts.append(_quoted(piece) + "*")
        else:
            parts += [_quoted(piece[i:i + 2]) for i in range(len(piece) - 1)]
    return " AND ".join(parts) or None


@dataclass(frozen=True)
class Match:
    """``WHERE`` clause (on the FTS table ``table``) selecting rows that contain every term."""

    table: str
    where: str
    params: dict[str, Any]

    def rowids(self) -> str:
        return f"SELECT rowid FROM {self.table} WHERE {self.where}"


def match(base: str, terms: Sequence[str], columns: Sequence[str] = (), key: str = "m",
          folded: bool = False) -> Match | None:
    """Rows of ``base`` (member, handle, note, custom_value) whose ``columns`` (all when empty)
    contain every term; None when no term can ever match.

    Exact (the default): terms of three or more characters are substrings (trigram index),
    shorter ones go to the short index. ``folded`` is the forgiving second pass: Latin terms of
    any length become word prefixes on the short index, where width, case and accents are
    folded ("ｐｙｔｈｏｎ" finds "Python", "zoe" finds "Zoë"); CJK terms stay substrings.
    """
    long_terms: list[str] = []
    short_terms: list[str] = []
    for term in terms:
        if not folded:
            (long_terms if len(term) >= MIN_TRIGRAM else short_terms).append(term)
            continue
        normal = unicodedata.normalize("NFKC", term)
        cjk = any(c for c, _ in split_cjk(normal))
        if len(normal) >= MIN_TRIGRAM and cjk:
            long_terms.append(normal)
        else:
            short_terms.append(term)
    # A short term with nothing searchable in it (a stray "@" or "-") is ignored.
    short_parts = [p for p in map(short_expression, short_terms) if p]
    scope = ("{" + " ".join(columns) + "} : ") if columns else ""
    params: dict[str, Any] = {}
    clauses: list[str] = []
    tri, short = f"{base}_fts", f"{base}_short_fts"
    if long_terms:
        params[f"{key}_tri"] = scope + "(" + " AND ".join(_quoted(t) for t in long_terms) + ")"
        clauses.append(f"{tri} MATCH :{key}_tri")
    if short_parts:
        params[f"{key}_short"] = scope + "(" + " AND ".join(short_parts) + ")"
        if not long_terms:
            return Match(short, f"{short} MATCH :{key}_short", params)
        clauses.append(f"rowid IN (SELECT rowid FROM {short} WHERE {short} MATCH :{key}_short)")
    if not clauses:
        return None
    return Match(tri, " AND ".join(clauses), params)


def matches(base: str, terms: Sequence[str], columns: Sequence[str] = (),
            key: str = "m") -> list[Match]:
    """The exact match, then the folded one when it asks something different."""
    exact = match(base, terms, columns, key)
    loose = match(base, terms, columns, f"{key}f", folded=True)
    found = [m for m in (exact, loose) if m is not None]
    if exact is not None and loose is not None and exact.table == loose.table and \
            list(exact.params.values()) == list(loose.params.values()):
        found.pop()
    return found


# -- ranking tiers ---------------------------------------------------------------------------

def exact_names(session: Session, query: str, limit: int) -> list[int]:
    rows = fetch_all(session, "SELECT id FROM member WHERE display_name = :q ORDER BY id "
                              "LIMIT :n", {"q": query, "n": limit})
    return [int(r[0]) for r in rows]


def _handle_variants(query: str) -> tuple[str, str]:
    bare = query.lstrip("@")
    return (bare, "@" + bare) if bare else (query, query)


def exact_handles(session: Session, query: str, limit: int) -> list[tuple[int, int]]:
    """(member id, handle id) whose handle or platform ID is exactly the query (``@`` optional)."""
    bare, at = _handle_variants(query)
    rows = fetch_all(
        session,
        "SELECT member_id, id FROM handle WHERE handle IN (:bare, :at) "
        "UNION SELECT member_id, id FROM handle WHERE platform_id = :q AND platform_id != '' "
        "ORDER BY 1 LIMIT :n",
        {"bare": bare, "at": at, "q": query, "n": limit})
    return [(int(r[0]), int(r[1])) for r in rows]


def name_prefix(session: Session, query: str, limit: int) -> list[int]:
    rows = fetch_all(
        session,
        "SELECT id FROM member WHERE display_name >= :lo AND display_name < :hi "
        "ORDER BY display_name, id LIMIT :n",
        {"lo": query, "hi": query + _HIGHEST, "n": limit})
    return [int(r[0]) for r in rows]


def handle_prefix(session: Session, query: str, limit: int) -> list[tuple[int, int]]:
    bare, at = _handle_variants(query)
    rows = fetch_all(
        session,
        "SELECT member_id, id, handle FROM handle WHERE handle >= :lo1 AND handle < :hi1 "
        "UNION ALL "
        "SELECT member_id, id, handle FROM handle WHERE handle >= :lo2 AND handle < :hi2 "
        "ORDER BY 3, 2 LIMIT :n",
        {"lo1": bare, "hi1": bare + _HIGHEST, "lo2": at, "hi2": at + _HIGHEST, "n": limit})
    return [(int(r[0]), int(r[1])) for r in rows]


def matching_rowids(session: Session, found: Match, limit: int,
                    before: int | None = None) -> list[int]:
    """Newest-first ids of the rows ``found`` selects, ``limit`` at a time (keyset on rowid)."""
    where = found.where + ("" if before is None else " AND rowid < :before")
    rows = fetch_all(session, f"SELECT rowid FROM {found.table} WHERE {where} "
                              "ORDER BY rowid DESC LIMIT :n",
                     {**found.params, "before": before, "n": limit})
    return [int(r[0]) for r in rows]


def owners(session: Session, table: str, ids: Sequence[int]) -> dict[int, int]:
    """Row id → member id for rows of handle, note or custom_value."""
    marks, params = in_list("r", ids)
    rows = fetch_all(session, f"SELECT id, member_id FROM {table} WHERE id IN {marks}", params)
    return {int(r[0]): int(r[1]) for r in rows}


def matching_tags(session: Session, terms: Sequence[str]) -> list[int]:
    """Tags whose name contains every term (tags are few: a scan is instant)."""
    rows = fetch_all(session, "SELECT id, name FROM tag")
    folded = [t.casefold() for t in terms]
    return [int(r[0]) for r in rows if all(t in str(r[1]).casefold() for t in folded)]


def tagged_members(session: Session, tag_ids: Sequence[int], limit: int,
                   before: int | None = None) -> list[tuple[int, int, int]]:
    """(link rowid, member id, tag id), most recently tagged first."""
    marks, params = in_list("t", tag_ids)
    keyset = "" if before is None else "AND rowid < :before"
    rows = fetch_all(session, f"SELECT rowid, member_id, tag_id FROM member_tag "
                              f"WHERE tag_id IN {marks} {keyset} ORDER BY rowid DESC LIMIT :n",
                     {**params, "before": before, "n": limit})
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]


# -- what a result shows --------------------------------------------------------------------

@dataclass(frozen=True)
class MemberCard:
    id: int
    display_name: str
    status: MemberStatus
    aliases: str
    interests: str
    needs: str
    location: str


def member_cards(session: Session, ids: Sequence[int]) -> dict[int, MemberCard]:
    marks, params = in_list("m", ids)
    rows = fetch_all(session, f"SELECT id, display_name, status, aliases, interests, needs, "
                              f"location FROM member WHERE id IN {marks}", params)
    return {int(r[0]): MemberCard(int(r[0]), r[1], MemberStatus.parse(r[2]), r[3], r[4], r[5], r[6])
            for r in rows}


def handles_of(session: Session, ids: Sequence[int]) -> dict[int, list[HandleData]]:
    marks, params = in_list("m", ids)
    out: dict[int, list[HandleData]] = {i: [] for i in ids}
    for member_id, platform, handle, platform_id in fetch_all(
            session, f"SELECT member_id, platform, handle, platform_id FROM handle "
                     f"WHERE member_id IN {marks} ORDER BY id", params):
        out[int(member_id)].append(HandleData(Platform.parse(platform), handle, platform_id))
    return out


def tags_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    marks, params = in_list("m", ids)
    out: dict[int, list[str]] = {i: [] for i in ids}
    for member_id, name in fetch_all(
            session, f"SELECT mt.member_id, t.name FROM member_tag mt JOIN tag t "
                     f"ON t.id = mt.tag_id WHERE mt.member_id IN {marks} ORDER BY t.name", params):
        out[int(member_id)].append(name)
    return out


def handle_rows(session: Session, ids: Sequence[int]) -> dict[int, HandleData]:
    marks, params = in_list("h", ids)
    return {int(r[0]): HandleData(Platform.parse(r[1]), r[2], r[3]) for r in fetch_all(
        session, f"SELECT id, platform, handle, platform_id FROM handle WHERE id IN {marks}",
        params)}


def tag_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    marks, params = in_list("t", ids)
    return {int(r[0]): r[1] for r in fetch_all(
        session, f"SELECT id, name FROM tag WHERE id IN {marks}", params)}


def custom_rows(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """custom_value id → (field name, value)."""
    marks, params = in_list("v", ids)
    return {int(r[0]): (r[1], r[2]) for r in fetch_all(
        session, f"SELECT v.id, f.name, v.value FROM custom_value v "
                 f"JOIN custom_field f ON f.id = v.field_id WHERE v.id IN {marks}", params)}


EXCERPT_BEFORE = 40
EXCERPT_CHARS = 200


def note_excerpts(session: Session, ids: Sequence[int],
                  needle: str) -> dict[int, tuple[str, bool, bool]]:
    """note id → (excerpt around the first ``needle``, cut at start, cut at end).

    Done in SQL so a multi-megabyte note never travels to Python for a search result.
    """
    marks, params = in_list("n", ids)
    rows = fetch_all(
        session,
        f"""
        SELECT id, substr(body, start, :chars), start > 1, length(body) >= start + :chars
        FROM (SELECT id, body,
                     max(1, instr(lower(body), lower(:needle)) - :before) AS start
              FROM note WHERE id IN {marks})
        """,
        {**params, "needle": needle, "before": EXCERPT_BEFORE, "chars": EXCERPT_CHARS})
    return {int(r[0]): (r[1], bool(r[2]), bool(r[3])) for r in rows}


def member_set(terms: Sequence[str], *, everything: bool, key: str) -> tuple[str, dict[str, Any]]:
    """SQL selecting the ids of members that match every term in one place: names, aliases and
    handles, plus (``everything``) tags, custom values, profile text and notes."""
    columns = MEMBER_COLUMNS if everything else NAME_COLUMNS + ALIAS_COLUMNS
    sources: list[tuple[str, tuple[str, ...], str]] = [
        ("member", columns, "{rows}"),
        ("handle", (), "SELECT member_id FROM handle WHERE id IN ({rows})"),
    ]
    if everything:
        sources += [("custom_value", (), "SELECT member_id FROM custom_value WHERE id IN ({rows})"),
                    ("note", (), "SELECT member_id FROM note WHERE id IN ({rows})")]
    parts: list[str] = []
    params: dict[str, Any] = {}
    for base, cols, template in sources:
        for found in matches(base, terms, cols, key=f"{key}_{base}"):
            parts.append(template.format(rows=found.rowids()))
            params.update(found.params)
    if everything and terms:
        conditions = []
        for i, term in enumerate(terms):
            params[f"{key}_tag{i}"] = term
            conditions.append(f"instr(lower(name), lower(:{key}_tag{i})) > 0")
        parts.append("SELECT member_id FROM member_tag WHERE tag_id IN "
                     f"(SELECT id FROM tag WHERE {' AND '.join(conditions)})")
    return (" UNION ".join(parts) if parts else "SELECT NULL WHERE 0"), params
