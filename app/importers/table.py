"""A tabular file as the importers see it: headers once, then rows that can be read again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SourceRow:
    line: int  # the line (CSV) or row (XLSX) where the record starts, counted from 1
    cells: tuple[str, ...]


class Table(Protocol):
    """Each call of ``rows()`` reads the file again from the first row after the header, so a
    preview and the import itself do not hold the file in memory."""

    source: str
    headers: tuple[str, ...]
    header_line: int
    estimated_rows: int

    def rows(self) -> Iterator[SourceRow]: ...


def is_blank(cells: tuple[str, ...]) -> bool:
    return all(not cell.strip() for cell in cells)
