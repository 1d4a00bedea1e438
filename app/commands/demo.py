"""``demo``: fill the data folder with a realistic bilingual community."""

from __future__ import annotations

import argparse
import time
from typing import Any, TextIO

from app.commands.common import (
    EXIT_OK,
    non_negative_int,
    open_context,
    positive_int,
    progress_for,
)
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser("demo", help="fill the data folder with a demo community")
    parser.add_argument("--members", type=positive_int, default=500, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--notes-per-member", type=non_negative_int, default=5, metavar="K",
                        help="average notes per member (default 5)")
    # Hidden: members per transaction; the crash tests use small chunks to see many commits.
    parser.add_argument("--chunk", type=positive_int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    ctx = open_context(args, paths, writes=True)
    try:
        started = time.monotonic()
        result = ctx.demo.seed(args.members, seed=args.seed,
                               notes_per_member=args.notes_per_member,
                               progress=progress_for(args, out, "Creating members"),
                               **({"chunk": args.chunk} if args.chunk else {}))
        elapsed = time.monotonic() - started
    finally:
        ctx.close()
    print(f"Created {result.members:,} members with {result.handles:,} handles and "
          f"{result.notes:,} notes in {elapsed:.1f} s ({paths.data_dir})", file=out)
    return EXIT_OK
