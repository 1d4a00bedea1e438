"""Search latency for queries of 1 to 10 characters, in Latin and Han script.

The queries are cut from the community's own text (names, nicknames, handles and notes), so a
search figure measures hits and misses the way a user produces them. ``latency`` is generic:
the search a feature adds (FTS over notes, the quick-open palette) becomes a figure by passing its
own search call and its floor, in a few lines like ``list_filter_search`` below.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

from app.bench.env import BenchEnv
from app.bench.figures import FloorMismatch, Reading
from app.bench.member_list import PAGE, floor_page
from app.bench.stats import percentile
from app.bench.timing import timed
from app.domain.members import MemberQuery

LENGTHS = range(1, 11)
PER_LENGTH = 4
SCRIPTS = {
    "latin": re.compile(r"[A-Za-z0-9]+"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+"),
}
SearchFn = Callable[[str], Sequence[int]]


def search_queries(conn: Any, seed: int, per_length: int = PER_LENGTH) -> dict[str, list[str]]:
    """``per_length`` queries of each length 1–10 per script, from the database's own text."""
    rng = random.Random(seed)
    texts = [r[0] for r in conn.execute(
        "SELECT display_name FROM member WHERE id % 53 = 0 UNION ALL "
        "SELECT aliases FROM member WHERE id % 59 = 0 UNION ALL "
        "SELECT handle FROM handle WHERE id % 61 = 0 UNION ALL "
        "SELECT body FROM note WHERE id % 211 = 0")]
    queries: dict[str, list[str]] = {}
    for script, pattern in SCRIPTS.items():
        runs = [m for text in texts for m in pattern.findall(text or "")]
        chosen: list[str] = []
        for length in LENGTHS:
            long_enough = [r for r in runs if len(r) >= length]
            if not long_enough:
                continue
            for _ in range(per_length):
                run = rng.choice(long_enough)
                start = rng.randrange(len(run) - length + 1)
                chosen.append(run[start:start + length])
        queries[script] = chosen
    return queries


def latency(prefix: str, queries: dict[str, list[str]], steward: SearchFn, floor: SearchFn,
            floor_label: str) -> list[Reading]:
    """p50 and p95 per script; each query timed through Steward, then on the floor."""
    out: list[Reading] = []
    for script, texts in queries.items():
        if not texts:
            continue
        steward(texts[0])  # warm-up, so the first query does not pay for opening the pool
        floor(texts[0])
        steward_ms: list[float] = []
        floor_ms: list[float] = []
        for text in texts:
            took, found = timed(lambda t=text: steward(t))
            steward_ms.append(took)
            took, expected = timed(lambda t=text: floor(t))
            floor_ms.append(took)
            if list(found) != list(expected):
                raise FloorMismatch(f"{prefix}: Steward and the floor disagree on {text!r}")
        for label, fraction in (("p50", 0.5), ("p95", 0.95)):
            out.append(Reading(f"{prefix}.{script}.{label}", "ms",
                               percentile(steward_ms, fraction), percentile(floor_ms, fraction),
                               floor_label))
    return out


def list_filter_search(env: BenchEnv) -> list[Reading]:
    """Today's search: the member list's filter (LIKE over names, nicknames and handles)."""
    folder = env.populated()
    with env.context(folder) as ctx, env.floor_connection(folder) as conn:
        queries = search_queries(conn, env.seed)

        def steward(text: str) -> list[int]:
            return [r.id for r in ctx.members.page(MemberQuery(text=text, limit=PAGE)).rows]

        def floor(text: str) -> list[int]:
            return floor_page(conn, MemberQuery(text=text, limit=PAGE))

        return latency("search.list_filter", queries, steward, floor,
                       "the same LIKE count + page on plain sqlite3")
