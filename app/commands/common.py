"""Pieces shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from app.domain.progress import Progress
from app.errors import UserError
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.bootstrap import AppContext

Handler = Callable[[argparse.Namespace, AppPaths, TextIO], int]
EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


def positive_int(text: str) -> int:
    value = non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


class TerminalProgress:
    """Progress on stderr, a few times a second, only when stderr is a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._label = label
        self._last = 0.0
        self._tty = self._stream.isatty()

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if self._tty and (now - self._last > 0.2 or done >= total):
            self._last = now
            self._stream.write(f"\r{message or self._label}: {done:,}/{total:,}")
            if done >= total:
                self._stream.write("\n")
            self._stream.flush()

    def cancelled(self) -> bool:
        return False


def command_group(sub: Any, name: str, help_text: str, dest: str) -> Any:
    """The sub-command group ``name`` (``import``, ``export``…), created by whichever command
    module registers first, so several modules can add ``import members``, ``import chats``…"""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
        group = parser.add_subparsers(dest=dest, metavar="WHAT", required=True)
        parser.set_defaults(_group=group)
        return group
    return parser.get_default("_group")


class LineProgress:
    """Progress for scripts (``--progress-lines``): one JSON line on stdout per report, flushed.

    Where a service reports only after a commit (the demo seeder does), each line is an
    acknowledgement that the work up to ``done`` is durable; the crash tests read them so.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def report(self, done: int, total: int, message: str = "") -> None:
        self._stream.write(json.dumps({"progress": {"done": done, "total": total}}) + "\n")
        self._stream.flush()

    def cancelled(self) -> bool:
        return False


def progress_for(args: argparse.Namespace, out: TextIO, label: str) -> Progress:
    """The progress a command should report to: JSON lines when asked, else the terminal."""
    if getattr(args, "progress_lines", False):
        return LineProgress(out)
    return TerminalProgress(label)


def open_context(args: argparse.Namespace, paths: AppPaths, *, writes: bool) -> AppContext:
    """The command's context. A command that only reads opens read-only when asked to or when
    the data folder cannot be written; one that writes refuses ``--read-only`` and otherwise
    meets (and reports) the folder's real problem, a full disk or a read-only one."""
    from app.bootstrap import build_context

    if writes and getattr(args, "read_only", False):
        raise UserError(f"'{args.command}' changes the data, so it cannot run with --read-only; "
                        "run it without --read-only.")
    reason = getattr(args, "read_only_reason", "")
    return build_context(paths, read_only=bool(reason) and not writes)
