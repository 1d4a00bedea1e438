"""Collects the core's message templates (``msg("…")`` calls under app/) into
``app/ui/message_catalog.py``, so lupdate, which reads only the UI sources, finds them.

Run by ``make translations`` before lupdate; tests/test_translations.py checks that the
committed catalog is current. A ``msg()`` whose template is not a string literal is refused:
a template built at run time could never be translated.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "app" / "ui" / "message_catalog.py"
HEADER = '''"""Every message template of the Qt-free core, for lupdate (generated: do not edit).

Made by ``packaging/tools/message_catalog.py`` (``make translations``); see app/messages.py.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
'''


class TemplateError(ValueError):
    pass


def _is_msg_call(node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""
    return name in ("msg", "Message")


def templates(app_dir: Path) -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(app_dir.rglob("*.py")):
        if path.parts[-2:] == ("ui", "message_catalog.py") or path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not _is_msg_call(node):
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise TemplateError(f"{path.relative_to(app_dir.parent)}:{node.lineno}: the "
                                    "template of msg() must be a string literal")
            found.setdefault(first.value, None)
    return sorted(found)


def render(items: list[str]) -> str:
    lines = [f"    QT_TRANSLATE_NOOP(\"Messages\", {item!r}),\n" for item in items]
    return HEADER + "".join(lines) + ")\n"


def main() -> int:
    try:
        text = render(templates(ROOT / "app"))
    except TemplateError as exc:
        print(f"message_catalog: {exc}", file=sys.stderr)
        return 1
    CATALOG.write_text(text, encoding="utf-8")
    print(f"{CATALOG.relative_to(ROOT)}: {text.count('QT_TRANSLATE_NOOP(')} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
