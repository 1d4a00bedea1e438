"""``self-check`` (also ``--self-check``): is everything Steward loads at run time present?

Meant for installers and CI: run from inside a frozen build, it reports the keyring backend, the
SQLite and SQLCipher versions, FTS5 trigram search, the migration head, the languages and the
bundled font, and exits 1 with the list of what is missing. It reads nothing from the data folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from app import __version__
from app.commands.common import EXIT_OK, EXIT_USER
from app.domain.self_check import SelfCheckReport
from app.paths import AppPaths, resources_dir


def register(sub: Any) -> None:
    parser = sub.add_parser("self-check", help="check that this installation has everything "
                            "it loads at run time (keyring, SQLCipher, migrations, languages, "
                            "font)")
    add_options(parser)
    parser.set_defaults(handler=run)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--probe-keyring", action="store_true",
                        help="also store, read back and delete a random test value in the "
                             "system keyring")


def defaults() -> argparse.Namespace:
    """The options of a plain ``--self-check`` (the global flag has no sub-options)."""
    parser = argparse.ArgumentParser(add_help=False)
    add_options(parser)
    return parser.parse_args([])


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.db.migrate import MIGRATIONS_DIR
    from app.gui import run_self_check_qt
    from app.secrets.keyring_store import KeyringStore
    from app.services.self_check import qt_free_checks

    probe = KeyringStore().probe if args.probe_keyring else None
    with _matplotlib_cache_in_temp():
        checks = qt_free_checks(MIGRATIONS_DIR, keyring_probe=probe)
        checks.extend(run_self_check_qt(resources_dir()))
    report = SelfCheckReport(version=__version__, frozen=bool(getattr(sys, "frozen", False)),
                             platform=sys.platform, checks=tuple(checks))
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(format_report(report), file=out)
    if not report.ok:
        if not args.json:
            print(f"steward: self-check found {len(report.problems)} problem(s); "
                  "reinstall Steward or report the list above", file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


@contextmanager
def _matplotlib_cache_in_temp() -> Iterator[None]:
    """matplotlib writes a font cache to the user's config folder on first use; the self-check
    keeps it in the temp folder so it leaves nothing behind (unless the caller chose one)."""
    if "MPLCONFIGDIR" in os.environ:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="steward-self-check-mpl-") as scratch:
        os.environ["MPLCONFIGDIR"] = scratch
        try:
            yield
        finally:
            del os.environ["MPLCONFIGDIR"]


def format_report(report: SelfCheckReport) -> str:
    build = "frozen build" if report.frozen else "source checkout"
    lines = [f"Steward {report.version} self-check ({build}, {report.platform})"]
    width = max(len(c.name) for c in report.checks)
    for check in report.checks:
        mark = "ok  " if check.ok else "FAIL"
        lines.append(f"  {mark}  {check.name:<{width}}  {check.summary}")
    lines.append("all checks passed" if report.ok
                 else f"{len(report.problems)} problem(s): " + "; ".join(report.problems))
    return "\n".join(lines)
