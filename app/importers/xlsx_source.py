"""XLSX workbooks as tables, read with openpyxl in read-only (streaming) mode.

Only the first worksheet is read. Excel stores numbers as doubles, so a whole number comes back as
a float; it is written without ".0" (a phone number 13800138000 stays that), and a date cell
becomes an ISO date. A file that is not a real XLSX (an old .xls, a password-protected workbook,
a CSV renamed) is refused before openpyxl sees it, with what to do instead.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from app.importers.errors import ImportValidationError
from app.importers.table import SourceRow, Table
from app.messages import msg

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class XlsxTable(Table):
    def __init__(self, path: Path, source: str | None = None) -> None:
        self.path = path
        self.source = source or path.name
        self._check_container()
        self.estimated_rows = 0
        self._probe = True  # the first read also learns the sheet's size, for progress
        self._find_header(msg("the first worksheet is empty (no header row)"),
                          msg("Put the column names in the first row of the first sheet"))

    def _check_container(self) -> None:
        with self.path.open("rb") as fh:
            head = fh.read(8)
        if head.startswith(OLE_MAGIC):
            self._refuse(msg("this is an old Excel .xls file or a password-protected workbook"),
                         msg("Open it in Excel, remove any password and save it as .xlsx (or CSV "
                             "UTF-8)"))
        if not head.startswith(ZIP_MAGIC) or not zipfile.is_zipfile(self.path):
            self._refuse(msg("this is not an XLSX workbook (an XLSX file is a zip archive)"),
                         msg("If it is really a CSV file, import it as CSV (the format "
                             "choice, or --format csv); otherwise save it from Excel as .xlsx"))

    def _refuse(self, problem: str, advice: str, line: int = 1) -> NoReturn:
        raise ImportValidationError(self.source, line, "format", problem, advice)

    def _records(self) -> Iterator[SourceRow]:
        from openpyxl import load_workbook

        try:
            with warnings.catch_warnings():
                # openpyxl warns about styles and extensions it ignores; they do not matter here.
                warnings.simplefilter("ignore")
                workbook = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # a hostile or damaged zip can fail anywhere inside openpyxl
            self._refuse(msg("the workbook cannot be read ({error})", error=type(exc).__name__),
                         msg("Open it in Excel and save it again as .xlsx"))
        line = 0
        try:
            sheet = workbook.worksheets[0] if workbook.worksheets else None
            if sheet is None:
                return
            if self._probe:
                self.estimated_rows, self._probe = int(sheet.max_row or 0), False
            line = int(sheet.min_row or 1) - 1
            rows = sheet.iter_rows(values_only=True)
            while True:
                try:
                    values = next(rows)
                except StopIteration:
                    return
                except Exception as exc:
                    self._refuse(msg("row {row} cannot be read ({error})", row=line + 1,
                                     error=type(exc).__name__),
                                 msg("Open it in Excel and save it again as .xlsx"), line + 1)
                line += 1
                yield SourceRow(line, tuple(cell_text(v) for v in values))
        finally:
            workbook.close()


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
