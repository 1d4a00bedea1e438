"""The frozen build must not trim a Qt module the app imports (a print dialog once crashed the
installed app at start because QtPrintSupport had been excluded). Checked here, in seconds,
instead of only in the minutes-long frozen build."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found.update(n.split(".")[1] for n in names
                         if n.startswith("PySide6.") and n.count(".") >= 1)
    return found


def _qt_modules_excluded() -> set[str]:
    spec = (ROOT / "packaging" / "steward.spec").read_text(encoding="utf-8")
    block = re.search(r'f"PySide6\.\{module\}" for module in \((.*?)\)', spec, re.S)
    assert block, "the spec's list of excluded Qt modules was not found"
    return set(re.findall(r'"(Qt\w+)"', block.group(1)))


def test_no_imported_qt_module_is_trimmed_from_the_frozen_build() -> None:
    imported = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert imported & _qt_modules_excluded() == set()
