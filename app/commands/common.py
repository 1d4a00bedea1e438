"""Pieces shared by the command modules."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from app.paths import AppPaths

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
