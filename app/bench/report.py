"""``make bench``: every figure, several runs, written to docs/PERFORMANCE.md.

FIGURES is the suite. A feature adds its figure by writing one function (``BenchEnv`` in,
``Reading``s out; see app/bench/__init__.py) and listing it here, in ``IN_PROCESS`` when it runs
without a window (``python main.py bench`` runs those) or in ``IN_CHILD_PROCESS`` when it times
a GUI child.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from app.bench import (
    backup,
    export,
    member_import,
    member_list,
    search,
    seeding,
    startup,
    window,
)
from app.bench.env import PROJECT_ROOT, BenchEnv
from app.bench.figures import FigureFn
from app.bench.machine import describe
from app.bench.markdown import render
from app.bench.runner import SuiteResult, run_suite, select

IN_PROCESS: tuple[FigureFn, ...] = (
    member_list.member_list,
    search.search_service,
    seeding.demo_seeding,
    member_import.import_csv,
    export.export_all_notes,
    backup.backup_database,
)
IN_CHILD_PROCESS: tuple[FigureFn, ...] = (
    startup.cold_start,
    window.gui_session,
)
FIGURES: tuple[FigureFn, ...] = IN_PROCESS + IN_CHILD_PROCESS

DEFAULT_MEMBERS = 100_000
DEFAULT_RUNS = 5


def measure(figures: tuple[FigureFn, ...], members: int, runs: int, pattern: str | None,
            verbose: bool) -> tuple[SuiteResult, dict[str, str]]:
    def log(text: str) -> None:
        if verbose:
            print(f"bench: {text}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="steward-bench-") as work:
        env = BenchEnv(Path(work), members=members, log=log)
        result = run_suite(select(figures, pattern), env, runs, log)
        return result, describe(env.facts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench.report",
                                     description="Run every benchmark and write the report.")
    parser.add_argument("--members", type=int, default=DEFAULT_MEMBERS)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--figure", metavar="TEXT", help="only figures whose name contains TEXT")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "PERFORMANCE.md")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI children need a platform
    result, machine = measure(FIGURES, args.members, args.runs, args.figure, verbose=True)
    machine["qt platform"] = os.environ.get("QT_QPA_PLATFORM", "default")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(result, machine, members=args.members, runs=args.runs),
                        encoding="utf-8")
    args.out.with_suffix(".json").write_text(
        json.dumps({"machine": machine, **result.as_json()}, ensure_ascii=False, indent=1),
        encoding="utf-8")
    print(f"bench: wrote {args.out} ({len(result.figures)} figures, {len(result.pending)} "
          f"pending, {len(result.failed)} failed) in {result.seconds / 60:.1f} min")
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
