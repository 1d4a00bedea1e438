"""Any input either parses or is refused with the importer's own error naming the line and field."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.bootstrap import AppContext
from app.domain.member_io import ImportFormat, MemberDraft, SkippedRow
from app.exporters.csv_export import write_csv
from app.exporters.json_export import write_json
from app.exporters.markdown import write_members
from app.importers.errors import ImportValidationError
from app.importers.plan import open_import
from tests.helpers.member_io import members_with_fields

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _parse_all(path: Path, fmt: ImportFormat) -> list[MemberDraft | SkippedRow] | None:
    """The parsed rows, or None when the importer refused the file properly."""
    try:
        plan = open_import(path, fmt)
        if plan.table is not None:
            plan.preview()
        return list(plan.drafts())
    except ImportValidationError as exc:
        assert exc.line >= 1
        assert exc.field
        assert path.name in str(exc) and f"line {exc.line}" in str(exc)
        return None


def _check_rows(rows: list[MemberDraft | SkippedRow] | None) -> None:
    for row in rows or []:
        assert row.line >= 1
        if isinstance(row, SkippedRow):
            assert row.field and row.reason


CELL = st.text(alphabet=st.sampled_from(list('ab ,;\t"\'\n\r=+-@张三😀\u202e\x00é')), max_size=8)


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes_as_csv(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    _check_rows(_parse_all(path, ImportFormat.CSV))


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_csv_like_text(tmp_path: Path, rows: list[list[str]], delimiter: str,
                       encoding: str) -> None:
    header = delimiter.join(["姓名", "微信", "标签", "备注", "入群时间"][: max(len(r) for r in rows)])
    text = header + "\n" + "\n".join(delimiter.join(r) for r in rows)
    path = tmp_path / "rows.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _check_rows(_parse_all(path, ImportFormat.CSV))


PROPERTY = st.sampled_from(["FN", "N", "NICKNAME", "EMAIL", "TEL", "IMPP", "NOTE", "CATEGORIES",
                            "ADR", "TZ", "BDAY", "X-SOCIALPROFILE", "PHOTO", "item1.EMAIL", "x y"])
PARAMS = st.sampled_from(["", ";TYPE=work", ";ENCODING=b", ";ENCODING=QUOTED-PRINTABLE",
                          ";CHARSET=GB2312", ";CHARSET=nope", ';X-USER="a:b"', ";VALUE=uri"])
VALUE = st.text(alphabet=st.sampled_from(list("aZ09=+/\\;,:张 \t")), max_size=20)


@FUZZ
@given(lines=st.lists(st.one_of(
    st.tuples(PROPERTY, PARAMS, VALUE).map(lambda t: f"{t[0]}{t[1]}:{t[2]}"),
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", " folded", "", "garbage"])),
    max_size=14), wrap=st.booleans())
def test_vcard_like_text(tmp_path: Path, lines: list[str], wrap: bool) -> None:
    body = (["BEGIN:VCARD", "VERSION:4.0", *lines, "END:VCARD"] if wrap else lines)
    path = tmp_path / "cards.vcf"
    path.write_bytes("\r\n".join(body).encode("utf-8"))
    _check_rows(_parse_all(path, ImportFormat.VCARD))


@FUZZ
@given(data=st.binary(max_size=300))
def test_any_bytes_as_vcard_xlsx_markdown_json(tmp_path: Path, data: bytes) -> None:
    for fmt, name in ((ImportFormat.VCARD, "a.vcf"), (ImportFormat.XLSX, "a.xlsx"),
                      (ImportFormat.MARKDOWN, "a.md"), (ImportFormat.JSON, "a.json")):
        path = tmp_path / name
        path.write_bytes(data)
        _check_rows(_parse_all(path, fmt))


@FUZZ
@given(cells=st.lists(st.lists(st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=False), st.booleans(), CELL,
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1))),
    min_size=1, max_size=4), max_size=5))
def test_generated_workbooks(tmp_path: Path, cells: list[list[object]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Phone", "Joined", "Tags"])
    for row in cells:
        sheet.append([c.replace("\x00", "") if isinstance(c, str) else c for c in row])
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    _check_rows(_parse_all(path, ImportFormat.XLSX))


@FUZZ
@given(generated=members_with_fields(max_members=2), cut=st.floats(min_value=0, max_value=1),
       junk=st.text(max_size=5))
def test_damaged_steward_exports(tmp_path: Path, generated: tuple[Any, list[Any]], cut: float,
                                 junk: str) -> None:
    fields, records = generated
    for fmt, name in ((ImportFormat.MARKDOWN, "m.md"), (ImportFormat.JSON, "m.json"),
                      (ImportFormat.CSV, "m.csv")):
        out = io.StringIO()
        if fmt is ImportFormat.MARKDOWN:
            write_members(out, records, fields)
        elif fmt is ImportFormat.CSV:
            write_csv(out, records, fields)
        else:
            write_json(out, records, [], datetime(2024, 1, 1, tzinfo=UTC), fields)
        text = out.getvalue()
        at = int(len(text) * cut)
        path = tmp_path / name
        path.write_text(text[:at] + junk + text[at + 1:], encoding="utf-8", newline="")
        _check_rows(_parse_all(path, fmt))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from(["text", "number", "date", "choice", "2024-05-01", "12.5", "金卡"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["name", "kind", "options", "生日", "Level", "x"]), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=JSON_VALUES, custom=JSON_VALUES)
def test_any_custom_fields_in_json_import_or_are_refused(ctx: AppContext, tmp_path: Path,
                                                         fields: Any, custom: Any) -> None:
    """Whatever a hand-edited export says about custom fields, the import either runs (rows it
    cannot use are listed) or is refused as a whole with the file, line and key; never a crash."""
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"format": "steward.members", "version": 1, "fields": fields,
                                "members": [{"name": "A", "custom": custom}]}, indent=1),
                    encoding="utf-8")
    try:
        summary = ctx.member_import.run(ctx.member_import.open(path), dry_run=True)
    except ImportValidationError as exc:
        assert exc.line >= 1 and exc.field and "f.json" in str(exc)
        return
    assert summary.added + len(summary.skipped) == 1
    assert all(row.field and row.reason for row in summary.skipped)


VCARD_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                     min_size=1, max_size=30).filter(lambda s: s.strip() == s and s)


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def _fold(line: bytes, width: int) -> bytes:
    """RFC 6350 folding at ``width`` octets, even inside a multi-byte character."""
    parts = [line[:width]] + [line[i:i + width - 1] for i in range(width, len(line), width - 1)]
    return b"\r\n ".join(parts)


@FUZZ
@given(name=VCARD_TEXT, note=st.lists(VCARD_TEXT, min_size=1, max_size=3).map("\n".join),
       tags=st.lists(VCARD_TEXT, max_size=3, unique=True), email=VCARD_TEXT,
       width=st.integers(min_value=2, max_value=80), version=st.sampled_from(["3.0", "4.0"]))
def test_written_vcards_read_back(tmp_path: Path, name: str, note: str, tags: list[str],
                                  email: str, width: int, version: str) -> None:
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{_escape(name)}",
             f"EMAIL;TYPE=home:{_escape(email)}", f"NOTE:{_escape(note)}"]
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    lines.append("END:VCARD")
    path = tmp_path / "w.vcf"
    path.write_bytes(b"\r\n".join(_fold(line.encode(), width) for line in lines) + b"\r\n")
    [card] = open_import(path).drafts()
    assert isinstance(card, MemberDraft)
    assert card.display_name == name
    assert [n.body for n in card.notes] == [note]
    assert card.tags == tuple(tags)
    assert [h.handle for h in card.handles] == [email]
