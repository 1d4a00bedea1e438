"""The cell conventions of Steward's own CSV export, shared by the CSV exporter and the importer.

A CSV whose first header cell is exactly ``Steward member ID`` was written by Steward and is read
back losslessly under these rules (any other CSV is read as a user's spreadsheet):

- Formula neutralisation (OWASP CSV injection): a cell that a spreadsheet could read as a formula,
  one starting with ``= + - @``, tab, CR or LF, or their full-width forms ``＝ ＋ － ＠`` (which
  CJK-locale spreadsheets may convert), is written with a leading apostrophe. So that the marker
  can be undone without ambiguity, a cell that itself starts with an apostrophe gets one too; on
  import exactly one leading apostrophe is removed.
- Lists (tags, handles of one platform, their platform IDs) hold one item per line; inside an
  item a backslash is written ``\\\\``, a line feed ``\\n`` and a carriage return ``\\r``.
- Times are UTC ISO 8601 with microseconds and ``Z``; yes/no cells are ``yes`` or empty.
"""

from __future__ import annotations

MARKER = "Steward member ID"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
APOSTROPHE = "'"


def neutralise(value: str) -> str:
    if value.startswith((*FORMULA_STARTS, APOSTROPHE)):
        return APOSTROPHE + value
    return value


def unneutralise(value: str) -> str:
    return value[1:] if value.startswith(APOSTROPHE) else value


def join_list(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(
        item.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") for item in items)


def split_list(cell: str) -> list[str]:
    if not cell:
        return []
    return [_unescape(item) for item in cell.split("\n")]


def _unescape(item: str) -> str:
    out: list[str] = []
    chars = iter(item)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        out.append({"n": "\n", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
    return "".join(out)
