"""Likely duplicates, and merging two members into one.

Detection is cheap enough to run on demand at 100,000 members: shared handles and platform IDs are
GROUP BY queries on indexes; names are read once, reduced to a comparison key, grouped by equal
keys, and near keys (one edit apart, longer names only) are found through shared one-deletion
variants, comparing only within small buckets instead of every pair.

Merging is one transaction: every row that points at the other member moves to the survivor,
the profile is completed from the other record, a history entry is written, and only then is
the other member removed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence

from app.db.repositories import duplicates as repo
from app.db.repositories import history as history_repo
from app.db.repositories import merge as merge_repo
from app.db.repositories import profiles as profile_repo
from app.domain.duplicates import (
    DuplicateGroup,
    DuplicateReason,
    DuplicateReport,
    MergeResult,
    deletion_variants,
    name_key,
)
from app.domain.history import HistoryKind
from app.errors import NotFoundError, UserError
from app.messages import msg
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

MIN_SIMILAR = 5  # shorter names are too often different people one character apart
MAX_BUCKET = 50  # a variant shared by more keys than this says nothing
MAX_SHOWN = 50  # members listed per group


class DuplicateService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def find(self, offset: int = 0, limit: int = 100) -> DuplicateReport:
        """Groups of likely duplicates, strongest evidence and smallest groups first."""
        with self._sessions() as session:
            raw: list[tuple[DuplicateReason, str, list[int]]] = []
            raw += [(DuplicateReason.SAME_HANDLE, f"{p}: {h}", ids)
                    for p, h, ids in repo.shared_handles(session)]
            raw += [(DuplicateReason.SAME_PLATFORM_ID, f"{p}: {i}", ids)
                    for p, i, ids in repo.shared_platform_ids(session)]
            raw += _name_groups(repo.names(session))
            groups = _distinct(raw)
            page = groups[max(0, offset):max(0, offset) + max(1, limit)]
            wanted = {i for _, _, ids in page for i in ids[:MAX_SHOWN]}
            cards = repo.candidates(session, sorted(wanted))
        shown = []
        for reason, key, ids in page:
            members = sorted((cards[i] for i in ids[:MAX_SHOWN] if i in cards),
                             key=lambda c: (c.created_at, c.id))
            shown.append(DuplicateGroup(reason, key, len(ids), tuple(members)))
        return DuplicateReport(len(groups), offset, tuple(shown))

    def merge(self, survivor_id: int, other_id: int) -> MergeResult:
        """Merge ``other`` into ``survivor`` in one transaction."""
        if survivor_id == other_id:
            raise UserError(msg("Merge: choose two different members."))
        now = self._clock()
        with self._sessions() as session:
            survivor = profile_repo.member_fields(session, survivor_id)
            other = profile_repo.member_fields(session, other_id)
            if survivor is None:
                raise NotFoundError(msg("Member"), survivor_id)
            if other is None:
                raise NotFoundError(msg("Member"), other_id)
            moved = merge_repo.move_rows(session, survivor_id, other_id)
            merge_repo.drop_duplicate_handles(session, survivor_id)
            profile_repo.update_member(session, survivor_id, _completed(survivor, other), now)
            history_repo.add_event(session, survivor_id, HistoryKind.MERGED, now,
                                   {"from_id": other_id, "from_name": other.display_name})
            merge_repo.delete_member(session, other_id)
            session.commit()
        log.info("Merged member #%d into #%d", other_id, survivor_id)
        return MergeResult(survivor_id, other_id, moved)


def _completed(survivor: profile_repo.MemberFields,
               other: profile_repo.MemberFields) -> dict[str, object]:
    """The survivor's fields, completed from the other record (the survivor's values win)."""
    changes: dict[str, object] = {}
    mine = survivor.aliases.splitlines()
    aliases = _unique_lines([*mine, other.display_name, *other.aliases.splitlines()],
                            exclude=survivor.display_name)
    if aliases != [a.strip() for a in mine if a.strip()]:
        changes["aliases"] = "\n".join(aliases)
    for column in ("location", "time_zone"):
        if not getattr(survivor, column) and getattr(other, column):
            changes[column] = getattr(other, column)
    for column in ("interests", "needs"):
        mine, theirs = getattr(survivor, column), getattr(other, column)
        if theirs and theirs.strip().casefold() not in mine.casefold():
            changes[column] = f"{mine}\n{theirs}".strip()
    if other.joined_on and (survivor.joined_on is None or other.joined_on < survivor.joined_on):
        changes["joined_on"] = other.joined_on
    if other.created_at and survivor.created_at and other.created_at < survivor.created_at:
        changes["created_at"] = other.created_at  # known since the older record
    return changes


def _unique_lines(lines: Iterable[str], exclude: str) -> list[str]:
    seen = {exclude.casefold()}
    out = []
    for line in lines:
        text = line.strip()
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


def _name_groups(rows: Sequence[tuple[int, str]]
                 ) -> list[tuple[DuplicateReason, str, list[int]]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for member_id, name in rows:
        key = name_key(name)
        if key:
            by_key[key].append(member_id)
    groups = [(DuplicateReason.SAME_NAME, key, sorted(ids))
              for key, ids in by_key.items() if len(ids) > 1]
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if len(key) >= MIN_SIMILAR:
            for variant in deletion_variants(key):
                buckets[variant].append(key)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for keys in buckets.values():
        if 1 < len(keys) <= MAX_BUCKET:
            first = root(keys[0])
            for key in keys[1:]:
                parent.setdefault(first, first)
                other = root(key)
                if other != first:
                    parent[other] = first
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in parent:
        clusters[root(key)].append(key)
    for keys in clusters.values():
        if len(keys) > 1:
            ids = sorted(i for key in keys for i in by_key[key])
            groups.append((DuplicateReason.SIMILAR_NAME, " ≈ ".join(sorted(keys)), ids))
    return groups


def _distinct(raw: list[tuple[DuplicateReason, str, list[int]]]
              ) -> list[tuple[DuplicateReason, str, list[int]]]:
    """Strongest reason first, then smaller groups; a member set already shown is not repeated."""
    order = list(DuplicateReason)
    raw.sort(key=lambda g: (order.index(g[0]), len(g[2]), g[1]))
    seen: set[tuple[int, ...]] = set()
    out = []
    for reason, key, ids in raw:
        members = tuple(ids)
        if members not in seen:
            seen.add(members)
            out.append((reason, key, ids))
    return out
