"""The members CSV template: the way in for WeChat groups, which have no export.

The template ships as ``resources/templates/members_template.csv`` (UTF-8 with a byte-order mark,
so Excel shows the Chinese headers), with one bilingual header per field that the importer's
header recognition maps without help; this writes a copy wherever the user wants it.
"""

from __future__ import annotations

from pathlib import Path

from app.exporters.atomic import atomic_binary

TEMPLATE = Path("templates") / "members_template.csv"


def write_members_template(resources: Path, out: Path) -> Path:
    data = (resources / TEMPLATE).read_bytes()
    with atomic_binary(out) as fh:
        fh.write(data)
    return out
