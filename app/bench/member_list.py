"""The member list at scale: opening it, scrolling through it, sorting it by each column.

Steward's figure is the service call the list page makes (``MemberService.page``: a session,
the page query, the count, domain objects). The floor is the same count and page query on a plain
connection, returning the same ids (checked, so the two are known to do the same work).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.bench.env import BenchEnv
from app.bench.figures import FloorMismatch, Reading
from app.bench.stats import percentile
from app.bench.timing import timed
from app.db.repositories.members import SORT_COLUMNS
from app.db.repositories.search import member_set
from app.domain.members import MemberQuery, MemberSort
from app.domain.search import search_terms

PAGE = 200
SCROLL_STOPS = 20
FLOOR = "count + page query on the bare driver (SQLCipher)"



def floor_page(conn: Any, query: MemberQuery) -> list[int]:
    """The list's page with the bare driver: the total, then the rows the table shows (the
    same index-backed order and the same search-index lookup as Steward's SQL, as one query
    and without sessions, mapping or domain objects)."""
    where, params = "1", {}
    terms = search_terms(query.text)
    if terms:
        found, params = member_set(terms, everything=False, key="q")
        where = f"m.id IN ({found})"
    direction = "DESC" if query.descending else "ASC"
    order = f"{SORT_COLUMNS[query.sort]} {direction}, m.id {direction}"
    conn.execute(f"SELECT count(*) FROM member m WHERE {where}", params).fetchone()
    rows = conn.execute(
        f"""WITH page AS (SELECT m.id FROM member m WHERE {where} ORDER BY {order}
                          LIMIT {int(query.limit)} OFFSET {int(query.offset)})
            SELECT m.id, m.display_name, m.status, m.role, m.joined_on, m.updated_at,
              m.location,
              (SELECT group_concat(h.handle, ' · ') FROM handle h WHERE h.member_id = m.id),
              (SELECT group_concat(t.name, ', ') FROM member_tag mt JOIN tag t ON t.id = mt.tag_id
                WHERE mt.member_id = m.id)
            FROM page JOIN member m ON m.id = page.id ORDER BY {order}""", params).fetchall()
    return [r[0] for r in rows]


def compare(env: BenchEnv, queries: Sequence[MemberQuery]) -> tuple[list[float], list[float]]:
    """Time each query through Steward and on the floor, alternating; check both agree."""
    folder = env.populated()
    steward_ms: list[float] = []
    floor_ms: list[float] = []
    with env.context(folder) as ctx, env.floor_connection(folder) as conn:
        ctx.members.page(queries[0])  # warm the pool and the page cache for both
        floor_page(conn, queries[0])
        for query in queries:
            took, page = timed(lambda q=query: ctx.members.page(q))
            steward_ms.append(took)
            took, ids = timed(lambda q=query: floor_page(conn, q))
            floor_ms.append(took)
            if [row.id for row in page.rows] != ids:
                raise FloorMismatch(f"Steward and the floor disagree on {query}")
    return steward_ms, floor_ms


def member_list(env: BenchEnv) -> list[Reading]:
    """Open (first page by name), scroll (pages across the list), sort (each key, both ways)."""
    out: list[Reading] = []
    steward, floor = compare(env, [MemberQuery(limit=PAGE)])
    out.append(Reading("list.open", "ms", steward[0], floor[0], FLOOR))

    last = max(0, env.members - PAGE)
    stops = [MemberQuery(offset=last * i // (SCROLL_STOPS - 1), limit=PAGE)
             for i in range(SCROLL_STOPS)]
    steward, floor = compare(env, stops)
    out.append(Reading("list.scroll.page_p95", "ms", percentile(steward, 0.95),
                       percentile(floor, 0.95), FLOOR))
    out.append(Reading("list.scroll.last_page", "ms", steward[-1], floor[-1], FLOOR))

    for key in MemberSort:
        both = [MemberQuery(sort=key, descending=d, limit=PAGE) for d in (False, True)]
        steward, floor = compare(env, both)
        out.append(Reading(f"list.sort.{key.value}", "ms", max(steward), max(floor), FLOOR))
    return out
