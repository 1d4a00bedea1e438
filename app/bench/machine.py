"""The machine and the versions a set of figures was measured on.

Figures mean little without these: a laptop from 2016 and a workstation disagree by a factor of
five, and SQLite's planner changes between releases. The Qt version is learnt from a GUI child
process (this module must not import Qt), so it is passed in by the caller.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from contextlib import closing
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from app import __version__


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def ram_gb() -> float | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return round(pages * size / 1024**3, 1)


def sqlcipher_version() -> str:
    try:
        import sqlcipher3  # type: ignore[import-not-found]
    except ImportError:
        return "not installed"
    with closing(sqlcipher3.connect(":memory:")) as conn:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    return f"{row[0] if row else '?'} (SQLite {sqlcipher3.sqlite_version})"


def package_version(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def describe(facts: dict[str, str] | None = None) -> dict[str, str]:
    facts = facts or {}
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "steward": __version__,
        "cpu": cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "ram": f"{ram_gb()} GB",
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "sqlcipher": sqlcipher_version(),
        "sqlalchemy": package_version("SQLAlchemy"),
        "pyside6": package_version("PySide6-Essentials", "PySide6"),
        "qt": facts.get("qt", "not measured (no GUI figure ran)"),
    }
