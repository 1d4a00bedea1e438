"""CSV files as tables: encoding and delimiter found automatically, rows streamed.

Rows are read one at a time from the open file, so a 100 MB export costs the memory of one row.
The reader is strict about quotes: a value with text after its closing quote, or a quote that is
never closed, is refused with the line and the column where it happens instead of being imported
with its quotes silently moved. A cell may hold up to ``FIELD_LIMIT`` characters (several MB of
pasted chat fit); a longer one is almost always a quote that was never closed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.importers.encoding import detect_encoding
from app.importers.errors import ImportValidationError
from app.importers.table import SourceRow, Table
from app.messages import msg

DELIMITERS = (",", ";", "\t")
FIELD_LIMIT = 32 * 1024 * 1024
SNIFF_CHARS = 64 * 1024
SNIFF_ROWS = 50
QUOTE_ADVICE = msg("Put the whole value in double quotes and write a quote inside it twice "
                   "(\"\"), or save the file again from Excel")


@dataclass(frozen=True)
class _Dialect:
    delimiter: str


class CsvTable(Table):
    def __init__(self, path: Path, source: str | None = None) -> None:
        self.path = path
        self.source = source or path.name
        info = detect_encoding(path, self.source)
        self.encoding = info.encoding
        self.estimated_rows = info.lines
        # csv's limit is process-wide; raising it is idempotent and only ever widens it.
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
        self.delimiter = self._sniff()
        self._find_header(msg("the file is empty (no header row)"),
                          msg("Put the column names in the first row"))

    def _sniff(self) -> str:
        with self.path.open(encoding=self.encoding, newline="") as fh:
            sample = fh.read(SNIFF_CHARS)
        if len(sample) == SNIFF_CHARS and "\n" in sample:
            sample = sample[: sample.rindex("\n") + 1]
        best, best_score = ",", (0.0, 0)
        for delimiter in DELIMITERS:
            try:
                counts = [len(r) for r, _ in zip(
                    csv.reader(io.StringIO(sample), delimiter=delimiter), range(SNIFF_ROWS),
                    strict=False)]
            except csv.Error:
                continue
            if not counts or counts[0] < 2:
                continue
            share = sum(1 for c in counts if c == counts[0]) / len(counts)
            score = (share, counts[0])
            if score > best_score:
                best, best_score = delimiter, score
        return best

    def _records(self) -> Iterator[SourceRow]:
        with self.path.open(encoding=self.encoding, newline="") as fh:
            lines = _RecordingLines(fh)
            reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
            previous = 0
            while True:
                lines.start()
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise self._quote_error(previous + 1, lines.text(), str(exc)) from None
                yield SourceRow(previous + 1, tuple(cells))
                previous = reader.line_num

    def _quote_error(self, line: int, text: str, detail: str) -> ImportValidationError:
        column, problem = locate_quote_problem(text, self.delimiter)
        if "field larger" in detail:
            problem = msg("a value is longer than 32 MB; a double quote (\") that opens a value "
                          "is probably never closed")
        field = self.headers[column] if column < len(self.headers) else ""
        return ImportValidationError(self.source, line,
                                     field or msg("column {number}", number=column + 1),
                                     problem, QUOTE_ADVICE)


class _RecordingLines:
    """Feeds csv.reader and keeps the raw text of the record being read, to explain errors."""

    KEEP = 1 << 20

    def __init__(self, fh: io.TextIOBase) -> None:
        self._fh = fh
        self._parts: list[str] = []
        self._kept = 0

    def start(self) -> None:
        self._parts.clear()
        self._kept = 0

    def text(self) -> str:
        return "".join(self._parts)

    def __iter__(self) -> _RecordingLines:
        return self

    def __next__(self) -> str:
        line = self._fh.readline()
        if not line:
            raise StopIteration
        if self._kept < self.KEEP:
            self._parts.append(line)
            self._kept += len(line)
        return line


def locate_quote_problem(text: str, delimiter: str) -> tuple[int, str]:
    """The 0-based column of a quoting error in one record's raw text, and what it is."""
    column, in_quotes, closed, field_start, opened_at = 0, False, False, True, 0
    for ch in text:
        if in_quotes:
            if ch == '"':
                in_quotes, closed = False, True
            continue
        if closed:
            if ch == '"':
                in_quotes, closed = True, False
                continue
            if ch == delimiter:
                column, closed, field_start = column + 1, False, True
                continue
            if ch in "\r\n":
                closed = False
                continue
            return column, msg("there is text after the closing double quote of a value")
        if ch == '"' and field_start:
            in_quotes, opened_at, field_start = True, column, False
        elif ch == delimiter:
            column, field_start = column + 1, True
        else:
            field_start = False
    if in_quotes:
        return opened_at, msg("a double quote (\") opens a value here and is never closed")
    return column, msg("the quoting of this row is broken")
