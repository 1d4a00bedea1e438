"""A tabular file as the importers see it: headers once, then rows that can be read again."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from app.importers.errors import ImportValidationError


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


class TableFile(ABC):
    """What CSV and XLSX tables share: the header is the first non-blank row, data rows follow.
    Subclasses provide ``_records()``, every row of the file from the top."""

    source: str
    headers: tuple[str, ...] = ()
    header_line: int = 0

    @abstractmethod
    def _records(self) -> Iterator[SourceRow]: ...

    def _find_header(self, where: str, advice: str) -> None:
        for row in self._records():
            if not is_blank(row.cells):
                self.headers = tuple(cell.strip() for cell in row.cells)
                self.header_line = row.line
                return
        raise ImportValidationError(self.source, 1, "header",
                                    f"{where} is empty (no header row)", advice)

    def rows(self) -> Iterator[SourceRow]:
        for row in self._records():
            if row.line > self.header_line:
                yield row
