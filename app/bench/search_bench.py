"""Search latency by query length and script, against the floor.

The floor for a query is what the index alone costs: the same FTS5 lookups (names, handles and
notes, the first page of each) run through a plain ``sqlite3`` connection on the same file, with no
ranking, no de-duplication and no result building. The service's time minus the floor is what
Steward adds on top.

Run by hand on a demo folder::

    python main.py --data-dir /tmp/s demo --members 100000
    python -m app.bench.search_bench --data-dir /tmp/s
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.db.engine import Driver, connect_raw
from app.db.fts import is_cjk
from app.db.repositories.search import match
from app.domain.search import search_terms
from app.services.search import SearchService

# Queries of 1 to 10 characters in both scripts: common and rare words, names, partial handles,
# phone and ID digits, and queries that match nothing. Words come from the demo community.
DEFAULT_QUERIES: tuple[str, ...] = (
    "王", "分", "的", "鑫", "王伟", "分享", "欧阳", "群规", "活跃", "鑫鑫",
    "上官子", "社群运", "新成员", "社群运营", "上官子涵", "产品设计经", "今天在群里分",
    "提醒过一次不要", "可以邀请做一次线", "希望多一些内容建议", "新人欢迎已完成介绍了",
    "a", "z", "al", "qq", "13", "ale", "tea", "zzq", "alex", "smith", "panda_", "python",
    "meetup", "@tiger_1", "feedback", "referral", "wxid_sunny", "Alex Smith", "remote wor",
)


@dataclass(frozen=True)
class QueryTiming:
    query: str
    script: str  # "cjk", "latin" or "mixed"
    length: int
    hits: int
    p50_ms: float
    p95_ms: float
    floor_p50_ms: float
    floor_p95_ms: float


@dataclass(frozen=True)
class SearchBench:
    timings: tuple[QueryTiming, ...]

    @property
    def p95_ms(self) -> float:
        return max((t.p95_ms for t in self.timings), default=0.0)

    def by_group(self) -> list[tuple[str, str, float, float, float, float]]:
        """(script, lengths, p50, p95, floor p50, floor p95) over the queries of each group."""
        groups: dict[tuple[str, str], list[QueryTiming]] = {}
        for t in self.timings:
            span = "1" if t.length == 1 else "2" if t.length == 2 else \
                "3-5" if t.length <= 5 else "6-10"
            groups.setdefault((t.script, span), []).append(t)
        out = []
        for (script, span), items in sorted(groups.items()):
            out.append((script, span, statistics.median(t.p50_ms for t in items),
                        max(t.p95_ms for t in items),
                        statistics.median(t.floor_p50_ms for t in items),
                        max(t.floor_p95_ms for t in items)))
        return out

    def table(self) -> str:
        lines = ["| script | length | p50 ms | p95 ms | floor p50 ms | floor p95 ms |",
                 "| --- | --- | ---: | ---: | ---: | ---: |"]
        lines += [f"| {s} | {n} | {a:.2f} | {b:.2f} | {c:.2f} | {d:.2f} |"
                  for s, n, a, b, c, d in self.by_group()]
        return "\n".join(lines)


def script_of(text: str) -> str:
    letters = [c for c in text if not c.isspace()]
    cjk = sum(1 for c in letters if is_cjk(c))
    return "cjk" if cjk == len(letters) else "latin" if cjk == 0 else "mixed"


def _percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _timed(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    run()  # warm the page cache and the statement cache
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return _percentiles(samples)


def floor_query(conn: Any, query: str, limit: int) -> int:
    """The index lookups alone, first page of names, handles and notes, on a bare connection."""
    terms = search_terms(query)
    found = 0
    for base, columns in (("member", ("display_name",)), ("handle", ()), ("note", ())):
        m = match(base, terms, columns)
        if m is not None:
            found += len(conn.execute(f"SELECT rowid FROM {m.table} WHERE {m.where} "
                                      f"ORDER BY rowid DESC LIMIT {int(limit)}",
                                      m.params).fetchall())
    return found


def measure_search(search: SearchService, db_file: Path, driver: Driver | None = None,
                   queries: Sequence[str] = DEFAULT_QUERIES, repeats: int = 30,
                   limit: int = 20) -> SearchBench:
    """Time ``search`` beside its floor: the same index lookups on a bare DB-API connection
    (the same driver, so an encrypted database is compared with SQLCipher, not sqlite3)."""
    timings = []
    with closing(connect_raw(db_file, driver or Driver(), read_only=True)) as conn:
        for query in queries:
            hits = len(search.search(query, limit=limit).hits)
            p50, p95 = _timed(lambda q=query: search.search(q, limit=limit), repeats)
            f50, f95 = _timed(lambda q=query: floor_query(conn, q, limit), repeats)
            timings.append(QueryTiming(query, script_of(query), len(query), hits, p50, p95,
                                       f50, f95))
    return SearchBench(tuple(timings))


def main(argv: Sequence[str] | None = None) -> int:
    from app.bootstrap import build_context
    from app.paths import AppPaths
    from app.secrets.memory import MemorySecretStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args(argv)
    ctx = build_context(AppPaths(args.data_dir), secrets=MemorySecretStore())
    try:
        bench = measure_search(ctx.search, ctx.paths.db_file, ctx.driver, repeats=args.repeats)
    finally:
        ctx.close()
    for t in bench.timings:
        print(f"{t.query!r:16} {t.script:6} len {t.length:2}  hits {t.hits:3}  "
              f"p50 {t.p50_ms:6.2f}  p95 {t.p95_ms:6.2f}  floor {t.floor_p50_ms:5.2f}/"
              f"{t.floor_p95_ms:5.2f} ms")
    print()
    print(bench.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
