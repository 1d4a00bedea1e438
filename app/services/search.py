"""One search over names, aliases, handles, tags, custom fields, profile text and notes.

Results are members, each shown once at its best match, ranked in tiers: an exact name or handle,
then names and handles that start with the query, then names, aliases, handles, tags, custom field
values and profile text that contain it, and notes last (newest first). Each tier is read from an
index only as far as the page needs, so a one-letter query over half a million notes costs the
same as a rare word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlmodel import Session

from app.db.repositories import search as repo
from app.domain.search import (
    MatchField,
    SearchHit,
    SearchPage,
    clip,
    excerpt,
    find_spans,
    search_terms,
)
from app.services.sessions import SessionFactory

MAX_LIMIT = 500
# Rows read per tier at most: bounds the cost when one member owns thousands of matching notes.
MAX_SCAN = 20_000


@dataclass(frozen=True)
class _Found:
    field: MatchField
    ref: int | None  # the handle, tag, custom value or note that matched


class _Ranking:
    """Members in rank order, each kept at its first (best) match."""

    def __init__(self, need: int) -> None:
        self.need = need
        self.found: dict[int, _Found] = {}

    @property
    def full(self) -> bool:
        return len(self.found) >= self.need

    def add(self, member_id: int, field: MatchField, ref: int | None = None) -> None:
        if not self.full and member_id not in self.found:
            self.found[member_id] = _Found(field, ref)


class SearchService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def search(self, query: str, offset: int = 0, limit: int = 20) -> SearchPage:
        offset = max(0, offset)
        limit = max(1, min(limit, MAX_LIMIT))
        terms = search_terms(query)
        if not terms:
            return SearchPage(query, offset, (), False)
        ranking = _Ranking(offset + limit + 1)
        with self._sessions() as session:
            self._rank(session, terms, ranking)
            chosen = list(ranking.found.items())[offset:offset + limit]
            hits = self._hits(session, terms, chosen)
        return SearchPage(query, offset, hits, len(ranking.found) > offset + limit)

    # -- ranking ---------------------------------------------------------------------------
    def _rank(self, session: Session, terms: tuple[str, ...], ranking: _Ranking) -> None:
        whole = " ".join(terms)
        need = ranking.need
        tiers: list[Callable[[], None]] = [
            lambda: [ranking.add(m, MatchField.NAME) for m in repo.exact_names(session, whole,
                                                                                 need)],
            lambda: [ranking.add(m, MatchField.HANDLE, h)
                     for m, h in repo.exact_handles(session, whole, need)],
            lambda: [ranking.add(m, MatchField.NAME) for m in repo.name_prefix(session, whole,
                                                                                 need)],
            lambda: [ranking.add(m, MatchField.HANDLE, h)
                     for m, h in repo.handle_prefix(session, whole, need)],
            lambda: self._fts(session, ranking, "member", terms, repo.NAME_COLUMNS,
                              MatchField.NAME),
            lambda: self._fts(session, ranking, "member", terms, repo.ALIAS_COLUMNS,
                              MatchField.ALIAS),
            lambda: self._fts(session, ranking, "handle", terms, (), MatchField.HANDLE),
            lambda: self._tags(session, ranking, terms),
            lambda: self._fts(session, ranking, "custom_value", terms, (), MatchField.CUSTOM),
            lambda: self._fts(session, ranking, "member", terms, repo.PROFILE_COLUMNS,
                              MatchField.PROFILE),
            lambda: self._fts(session, ranking, "note", terms, (), MatchField.NOTE),
        ]
        for tier in tiers:
            if ranking.full:
                return
            tier()

    def _fts(self, session: Session, ranking: _Ranking, base: str, terms: tuple[str, ...],
             columns: tuple[str, ...], field: MatchField) -> None:
        for found in repo.matches(base, terms, columns):
            self._read(session, ranking, base, found, field)

    def _read(self, session: Session, ranking: _Ranking, base: str, found: repo.Match,
              field: MatchField) -> None:
        batch = max(2 * ranking.need, 50)
        before: int | None = None
        scanned = 0
        while not ranking.full and scanned < MAX_SCAN:
            ids = repo.matching_rowids(session, found, batch, before)
            owner = ({i: i for i in ids} if base == "member"
                     else repo.owners(session, base, ids))
            for row_id in ids:
                if row_id in owner:
                    ranking.add(owner[row_id], field, None if base == "member" else row_id)
            if len(ids) < batch:
                return
            before = ids[-1]
            scanned += len(ids)
            batch = min(batch * 4, 5000)  # many matches per member: read further, faster

    def _tags(self, session: Session, ranking: _Ranking, terms: tuple[str, ...]) -> None:
        tag_ids = repo.matching_tags(session, terms)
        if not tag_ids:
            return
        batch = max(2 * ranking.need, 50)
        before: int | None = None
        scanned = 0
        while not ranking.full and scanned < MAX_SCAN:
            rows = repo.tagged_members(session, tag_ids, batch, before)
            for _link, member_id, tag_id in rows:
                ranking.add(member_id, MatchField.TAG, tag_id)
            if len(rows) < batch:
                return
            before = rows[-1][0]
            scanned += len(rows)
            batch = min(batch * 4, 5000)

    # -- presenting ------------------------------------------------------------------------
    def _hits(self, session: Session, terms: tuple[str, ...],
              chosen: Sequence[tuple[int, _Found]]) -> tuple[SearchHit, ...]:
        ids = [member_id for member_id, _ in chosen]
        if not ids:
            return ()
        cards = repo.member_cards(session, ids)
        handles = repo.handles_of(session, ids)
        tags = repo.tags_of(session, ids)
        refs = {f: [found.ref for _, found in chosen if found.field is f and found.ref]
                for f in MatchField}
        handle_rows = repo.handle_rows(session, refs[MatchField.HANDLE])  # type: ignore[arg-type]
        tag_names = repo.tag_names(session, refs[MatchField.TAG])  # type: ignore[arg-type]
        custom = repo.custom_rows(session, refs[MatchField.CUSTOM])  # type: ignore[arg-type]
        needle = max(terms, key=len)
        notes = repo.note_excerpts(session, refs[MatchField.NOTE], needle)  # type: ignore[arg-type]
        hits = []
        for member_id, found in chosen:
            card = cards.get(member_id)
            if card is None:
                continue  # removed between ranking and presenting (another window)
            matched, label = card.display_name, ""
            if found.field is MatchField.ALIAS:
                lines = [a for a in card.aliases.splitlines() if a.strip()]
                matched = next((a for a in lines if find_spans(a, terms)), card.aliases)
            elif found.field is MatchField.HANDLE and found.ref in handle_rows:
                handle = handle_rows[found.ref]
                label = handle.platform.value
                in_id = find_spans(handle.platform_id, terms) and not find_spans(handle.handle,
                                                                                 terms)
                matched = handle.platform_id if in_id else handle.handle
            elif found.field is MatchField.TAG and found.ref in tag_names:
                matched = tag_names[found.ref]
            elif found.field is MatchField.CUSTOM and found.ref in custom:
                label, matched = custom[found.ref]
            elif found.field is MatchField.PROFILE:
                label, matched = next(
                    ((name, text) for name, text in (("interests", card.interests),
                                                     ("needs", card.needs),
                                                     ("location", card.location))
                     if find_spans(text, terms)),
                    ("interests", card.interests))
            elif found.field is MatchField.NOTE and found.ref in notes:
                text, cut_start, cut_end = notes[found.ref]
                matched = clip(excerpt(text, terms, width=len(text)), cut_start, cut_end)
            if found.field is not MatchField.NOTE:
                matched = excerpt(matched, terms)
            hits.append(SearchHit(
                member_id=member_id, display_name=card.display_name, status=card.status,
                field=found.field, matched=matched, spans=find_spans(matched, terms),
                handles=tuple(handles.get(member_id, ())), tags=tuple(tags.get(member_id, ())),
                note_id=found.ref if found.field is MatchField.NOTE else None, label=label))
        return tuple(hits)
