"""A tabular file as the importers see it: headers once, then rows that can be read again."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass

from app.importers.errors import ImportValidationError


@dataclass(frozen=True)
class SourceRow:
    line: int  # the line (CSV) or row (XLSX) where the record starts, counted from 1
    cells: tuple[str, ...]


def is_blank(cells: tuple[str, ...]) -> bool:
    return all(not cell.strip() for cell in cells)


class Table(ABC):
    """A CSV or XLSX file: the header is the first non-blank row, data rows follow.

    Each call of ``rows()`` reads the file again from the first row after the header, so a
    preview and the import itself never hold the file in memory. Subclasses provide
    ``_records()``, every row of the file from the top.
    """

    source: str
    estimated_rows: int  # for progress: lines (CSV) or the sheet's rows (XLSX)
    headers: tuple[str, ...] = ()
    header_line: int = 0

    @abstractmethod
    def _records(self) -> Iterator[SourceRow]: ...

    def _find_header(self, problem: str, advice: str) -> None:
        """``problem`` says what is empty: "the file is empty (no header row)"."""
        for row in self._records():
            if not is_blank(row.cells):
                self.headers = tuple(cell.strip() for cell in row.cells)
                self.header_line = row.line
                return
        raise ImportValidationError(self.source, 1, "header", problem, advice)

    def rows(self) -> Iterator[SourceRow]:
        for row in self._records():
            if row.line > self.header_line:
                yield row
