"""Search results, and how a typed query becomes search terms.

A query is split on whitespace into terms; a result must contain every term (in one name, handle,
note…). Terms of three or more characters are substring matches in any script; shorter terms are
answered by the short-query index (a Chinese character or two-character word anywhere, a Latin
word prefix). Control characters and unpaired surrogates are dropped, so nothing a user can paste
turns into an error.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.domain.members import HandleData, MemberStatus

MAX_QUERY = 200
MAX_TERMS = 8


class MatchField(StrEnum):
    """Where the query matched, in rank order: names and handles before notes."""

    NAME = "name"
    ALIAS = "alias"
    HANDLE = "handle"
    TAG = "tag"
    CUSTOM = "custom"
    PROFILE = "profile"
    NOTE = "note"


@dataclass(frozen=True)
class SearchHit:
    member_id: int
    display_name: str
    status: MemberStatus
    field: MatchField
    matched: str  # the matching text, shortened around the match
    spans: tuple[tuple[int, int], ...]  # (start, length) of each term inside ``matched``
    handles: tuple[HandleData, ...]
    tags: tuple[str, ...]
    note_id: int | None = None
    label: str = ""  # the custom field's name, for CUSTOM matches


@dataclass(frozen=True)
class SearchPage:
    query: str
    offset: int
    hits: tuple[SearchHit, ...]
    has_more: bool


def clean_query(text: str) -> str:
    """The query as searched: printable characters, single spaces, at most MAX_QUERY long."""
    kept = []
    for ch in text[: MAX_QUERY * 2]:
        category = unicodedata.category(ch)
        if category in ("Cs", "Co", "Cn"):
            continue
        kept.append(" " if category.startswith(("C", "Z")) else ch)
    return " ".join("".join(kept).split())[:MAX_QUERY].strip()


def search_terms(text: str) -> tuple[str, ...]:
    """Distinct whitespace-separated terms (case-insensitive), at most MAX_TERMS."""
    terms: list[str] = []
    seen: set[str] = set()
    for term in clean_query(text).split(" "):
        key = term.casefold()
        if term and key not in seen:
            seen.add(key)
            terms.append(term)
    return tuple(terms[:MAX_TERMS])


def find_spans(text: str, terms: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where each term occurs in ``text``, case-insensitively, as sorted (start, length)."""
    folded = text.casefold()
    if len(folded) != len(text):  # casefold changed lengths (ß → ss): fall back to lower()
        folded = text.lower()
        if len(folded) != len(text):
            return ()
    spans: set[tuple[int, int]] = set()
    for term in terms:
        needle = term.casefold() if len(term.casefold()) == len(term) else term.lower()
        if not needle:
            continue
        start = folded.find(needle)
        while start >= 0 and len(spans) < 50:
            spans.add((start, len(needle)))
            start = folded.find(needle, start + len(needle))
    return tuple(sorted(spans))


_FLAT = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


def excerpt(text: str, terms: tuple[str, ...], width: int = 120, before: int = 30) -> str:
    """One line of ``text`` around the first term, with "…" where it was cut."""
    flat = text.translate(_FLAT)
    if len(flat) <= width:
        return flat
    folded = flat.casefold() if len(flat.casefold()) == len(flat) else flat.lower()
    found = [p for p in (folded.find(t.casefold()) for t in terms) if p >= 0]
    start = max(0, min(found, default=0) - before)
    end = min(len(flat), start + width)
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


def clip(text: str, cut_start: bool, cut_end: bool) -> str:
    """A stored excerpt shown as one line, with "…" on the sides that were cut."""
    return ("…" if cut_start else "") + text.translate(_FLAT) + ("…" if cut_end else "")
