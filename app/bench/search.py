"""Search latency for queries of 1 to 10 characters, in Han and Latin script, through the real
``SearchService`` (names, nicknames, handles, tags, custom fields and notes, ranked).

The queries and the timing are ``app.bench.search_bench``'s (the members core's own benchmark):
words of the demo community, common and rare, names, partial handles and misses. Its floor is
what the index alone costs: the same FTS5 lookups (names, handles, notes; first page of each) on
a bare connection with the same driver, with no ranking, no de-duplication, no result building.
Figures are grouped by script and length (1, 2, 3–5, 6–10 characters): the median of the
queries' p50s, and the worst of their p95s (the issue's target: p95 under 50 ms).
"""

from __future__ import annotations

from app.bench.env import BenchEnv
from app.bench.figures import Reading
from app.bench.search_bench import measure_search
from app.paths import AppPaths

REPEATS = 10
FLOOR = "the same FTS5 index lookups on the bare driver (SQLCipher), no ranking or results"


def search_service(env: BenchEnv) -> list[Reading]:
    folder = env.populated()
    with env.context(folder) as ctx:
        bench = measure_search(ctx.search, AppPaths(folder).db_file, ctx.driver,
                               repeats=REPEATS)
    out: list[Reading] = []
    for script, span, p50, p95, floor50, floor95 in bench.by_group():
        name = f"search.{script}.{span}_chars"
        out.append(Reading(f"{name}.p50", "ms", p50, floor50, FLOOR))
        out.append(Reading(f"{name}.p95", "ms", p95, floor95, FLOOR))
    return out
