"""The command-line face of Steward's services.

Exit codes: 0 success; 1 a problem the user can fix, explained in one line on stderr; 2 a usage
error (argparse's convention); 3 a bug, with the traceback in the log file rather than on screen.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from app import APP_NAME, __version__
from app.errors import Cancelled, UserError
from app.logging_setup import configure_logging
from app.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
LANGUAGES = ("en", "zh_CN")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="steward", description=f"{APP_NAME}: a desktop community manager.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder to use (default: the per-user folder; env STEWARD_DATA_DIR)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: system)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, visit every page, and exit")
    parser.add_argument("--verbose", "-v", action="store_true", help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill the data folder with a demo community")
    demo.add_argument("--members", type=_positive_int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--notes-per-member", type=_non_negative_int, default=5, metavar="K",
                      help="average notes per member (default 5)")

    check = sub.add_parser("check", help="verify the database's integrity and schema version")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def main(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = build_parser().parse_args(list(argv))
    paths = resolve_paths(args.data_dir)
    try:
        paths.ensure()
        configure_logging(paths.log_file, logging.DEBUG if args.verbose else logging.INFO)
        if args.command is None:
            from app.gui import run_gui  # Qt is imported only when a window is wanted.

            return run_gui(paths, lang=args.lang, smoke_test=args.smoke_test)
        handler = _COMMANDS[args.command]
        return handler(args, paths, out)
    except UserError as exc:
        print(f"steward: {exc}", file=err)
        log.info("Command failed: %s", type(exc).__name__)
        return EXIT_USER
    except Cancelled:
        print("steward: cancelled", file=err)
        return EXIT_USER
    except KeyboardInterrupt:
        print("steward: interrupted", file=err)
        return EXIT_USER
    except Exception:
        log.exception("Unexpected error in command %s", args.command)
        print(f"steward: unexpected error (a bug); details are in {paths.log_file}", file=err)
        return EXIT_BUG


class _TerminalProgress:
    """Progress on stderr, at most a few times a second, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._last = 0.0
        self._tty = stream.isatty()

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if self._tty and (now - self._last > 0.2 or done >= total):
            self._last = now
            self._stream.write(f"\r{self._label}: {done:,}/{total:,}")
            if done >= total:
                self._stream.write("\n")
            self._stream.flush()

    def cancelled(self) -> bool:
        return False


def _cmd_demo(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bootstrap import build_context

    ctx = build_context(paths)
    try:
        started = time.monotonic()
        result = ctx.demo.seed(args.members, seed=args.seed,
                               notes_per_member=args.notes_per_member,
                               progress=_TerminalProgress(sys.stderr, "Creating members"))
        elapsed = time.monotonic() - started
    finally:
        ctx.close()
    print(f"Created {result.members:,} members with {result.handles:,} handles and "
          f"{result.notes:,} notes in {elapsed:.1f} s ({paths.data_dir})", file=out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.db.engine import Driver
    from app.services.health import check_database

    report = check_database(paths.db_file, Driver())
    if args.json:
        print(json.dumps({"ok": report.ok, "path": report.path,
                          "schema": report.schema_revision, "head": report.head_revision,
                          "integrity": report.integrity, "members": report.members,
                          "problems": list(report.problems)}, ensure_ascii=False), file=out)
    elif report.ok:
        print(f"OK: {report.path} (schema {report.schema_revision}, integrity ok, "
              f"{report.members:,} members)", file=out)
    if not report.ok:
        if not args.json:
            print("steward: " + "; ".join(report.problems), file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, AppPaths, TextIO], int]] = {
    "demo": _cmd_demo,
    "check": _cmd_check,
}


def entry_point() -> None:
    """The ``steward`` launcher installed by pip and by the packages."""
    sys.exit(main(sys.argv[1:]))
