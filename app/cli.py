"""The command-line face of Steward's services.

Exit codes: 0 success; 1 a problem the user can fix, explained in one line on stderr; 2 a usage
error (argparse's convention); 3 a bug, with the traceback in the log file rather than on screen.
Each command lives in its own module under ``app.commands``.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app import APP_NAME, __version__
from app.commands import COMMANDS
from app.commands.common import EXIT_BUG, EXIT_USER
from app.db.faults import translate
from app.errors import Cancelled, DataFolderError, UserError
from app.logging_setup import configure_logging
from app.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
OUTPUT_FAULTS = (errno.ENOSPC, errno.EDQUOT, errno.EIO)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="steward", description=f"{APP_NAME}: a desktop community manager.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder to use (default: the per-user folder; "
                             "env STEWARD_DATA_DIR)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: system)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, visit every page, and exit")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation has everything it needs, and exit "
                             "(the self-check command has more options)")
    # Hidden: make bench times the real start up to a usable window (app/ui/bench/startup.py).
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--verbose", "-v", action="store_true", help="log at DEBUG level")
    parser.add_argument("--progress-lines", action="store_true",
                        help="report progress as JSON lines on stdout (for scripts)")
    parser.add_argument("--read-only", action="store_true",
                        help="open the data without changing anything (also chosen "
                             "automatically when the data folder cannot be written)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMANDS:
        importlib.import_module(module_name).register(sub)
    return parser


def main(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = build_parser().parse_args(list(argv))
    paths = resolve_paths(args.data_dir)
    try:
        read_only_reason = "--read-only" if args.read_only else _prepare_folder(paths, args)
        args.read_only_reason = read_only_reason  # commands open through open_context()
        if args.command is None and args.self_check:
            from app.commands import self_check

            return self_check.run(self_check.defaults(), paths, out)
        if args.command is None:
            from app.gui import run_gui  # Qt is imported only when a window is wanted.

            return run_gui(paths, lang=args.lang, smoke_test=args.smoke_test,
                           bench_startup=args.bench_startup, read_only_reason=read_only_reason)
        code = int(args.handler(args, paths, out))
        out.flush()  # a buffered stdout on a full disk fails here, not at exit with a traceback
        return code
    except UserError as exc:
        print(f"steward: {exc}", file=err)
        log.info("Command %s failed: %s", args.command, type(exc).__name__)
        return EXIT_USER
    except Cancelled:
        print("steward: cancelled", file=err)
        return EXIT_USER
    except KeyboardInterrupt:
        print("steward: interrupted", file=err)
        return EXIT_USER
    except OSError as exc:
        if exc.filename is None and exc.errno in OUTPUT_FAULTS:  # stdout on a full disk
            _discard_output(out)
            print(f"steward: could not write the output ({exc.strerror}). Free some disk "
                  "space or send the output elsewhere.", file=err)
            return EXIT_USER
        fault = translate(exc, Path(str(exc.filename))) if exc.filename else None
        if fault is None:
            log.exception("Unexpected error in command %s", args.command)
            print(f"steward: unexpected error (a bug); details are in {paths.log_file}",
                  file=err)
            return EXIT_BUG
        print(f"steward: {fault}", file=err)
        return EXIT_USER
    except Exception:
        log.exception("Unexpected error in command %s", args.command)
        print(f"steward: unexpected error (a bug); details are in {paths.log_file}", file=err)
        return EXIT_BUG


def _discard_output(out: TextIO) -> None:
    """Point the output's file descriptor at the null device, so the text still buffered for
    the full disk is dropped quietly at exit instead of failing again with a traceback."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, out.fileno())
        os.close(null)


def _prepare_folder(paths: AppPaths, args: argparse.Namespace) -> str:
    """Create the folders and start the log; "" when done, or why the folder can only be read.

    A folder that cannot be written (a full or read-only disk) whose database exists is still
    worth opening read-only: the commands and the window that only read go on, and those that
    write meet the same error again and report it.
    """
    try:
        paths.ensure()
    except DataFolderError as exc:
        if not paths.db_file.is_file():
            raise
        return str(exc)
    # matplotlib keeps a font cache; keep it inside the data folder, like everything else.
    os.environ.setdefault("MPLCONFIGDIR", str(paths.cache_dir / "matplotlib"))
    configure_logging(paths.log_file, logging.DEBUG if args.verbose else logging.INFO)
    return ""


def entry_point() -> None:
    """The ``steward`` launcher installed by pip and by the packages."""
    sys.exit(main(sys.argv[1:]))
