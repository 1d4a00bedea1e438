"""``bench``: the in-process benchmarks, as one JSON object of named figures.

For a quick check of one figure (``--figure search``) without the full suite; ``make bench``
runs everything, GUI figures included, and writes docs/PERFORMANCE.md. The data is a demo
community built in the system temp folder and removed afterwards; the data folder is not used.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from app.commands.common import EXIT_OK, EXIT_USER, positive_int
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser("bench", help="measure Steward against the bare database driver (no window)")
    parser.add_argument("--members", type=positive_int, default=100_000, metavar="N",
                        help="demo members to measure on (default 100000)")
    parser.add_argument("--runs", type=positive_int, default=3, metavar="R",
                        help="runs per figure (default 3)")
    parser.add_argument("--figure", metavar="TEXT",
                        help="only figures whose name contains TEXT (for example: search)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--verbose-bench", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bench.report import IN_PROCESS, measure

    result, machine = measure(IN_PROCESS, args.members, args.runs, args.figure,
                              verbose=args.verbose_bench)
    if args.json:
        print(json.dumps({"members": args.members, "runs": args.runs, "machine": machine,
                          **result.as_json()}, ensure_ascii=False), file=out)
    else:
        for figure in result.figures:
            floor = ""
            if figure.floor is not None and figure.overhead is not None:
                floor = f"  floor {figure.floor.median:,.2f}  ({figure.overhead:.2f}x)"
            print(f"{figure.name:34} {figure.value.median:12,.2f} {figure.unit:9}{floor}",
                  file=out)
        for pending in result.pending:
            print(f"{pending.source:34} pending: {pending.reason}", file=out)
        for failed in result.failed:
            print(f"{failed.source:34} FAILED:\n{failed.reason}", file=out)
    return EXIT_USER if result.failed else EXIT_OK
