"""CSV reading: encodings, delimiters, and every kind of malformed file from the issue."""

from __future__ import annotations

import tracemalloc
from itertools import islice
from pathlib import Path

import pytest

from app.domain.member_io import ImportFormat, MemberDraft, SkippedRow
from app.domain.members import HandleData, MemberStatus, Platform
from app.importers.csv_source import CsvTable
from app.importers.errors import ImportValidationError
from app.importers.plan import open_import

HEADER = "姓名,微信号,标签,备注,入群时间,状态\n"
ROW = "张三,zhangsan,\"VIP,新人\",第一次见面,2024年5月1日,禁言\n"


def _drafts(path: Path) -> list[MemberDraft | SkippedRow]:
    return list(open_import(path, ImportFormat.CSV).drafts())


def _write(tmp_path: Path, data: bytes, name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_each_encoding_excel_writes_is_detected(tmp_path: Path, encoding: str) -> None:
    text = HEADER + ROW
    if encoding == "utf-16":
        # Excel's "Unicode text" is tab-separated UTF-16.
        text = text.replace(",", "\t").replace("VIP\t新人", "VIP,新人")
    path = _write(tmp_path, text.encode(encoding))
    [draft] = _drafts(path)
    assert isinstance(draft, MemberDraft)
    assert draft.display_name == "张三"
    assert draft.handles == (HandleData(Platform.WECHAT, "zhangsan"),)
    assert draft.tags == ("VIP", "新人")
    assert draft.notes[0].body == "第一次见面"
    assert draft.status is MemberStatus.MUTED
    assert str(draft.joined_on) == "2024-05-01"


def test_windows_1252_is_refused_with_the_line_and_what_it_looks_like(tmp_path: Path) -> None:
    text = "Name,Email\nAnna,anna@example.com\nJürgen Müller,jm@example.com\n"
    path = _write(tmp_path, text.encode("cp1252"))
    with pytest.raises(ImportValidationError) as err:
        CsvTable(path)
    assert err.value.line == 3 and err.value.field == "encoding"
    assert "members.csv, line 3" in str(err.value) and "CSV UTF-8" in str(err.value)


@pytest.mark.parametrize(("encoding", "text"), [
    ("euc_kr", "이름,메모\n" + "김철수,안녕하세요 반갑습니다\n" * 20),
    ("euc_jp", "名前,メモ\n" + "山田太郎,こんにちは、よろしくお願いします\n" * 5),
    ("shift_jis", "名前,メモ\n" + "山田太郎,こんにちは、よろしくお願いします\n" * 5),
    ("big5", "姓名,備註\n" + "張偉,這是一個關於社群運營的備註，請幫忙處理\n" * 20),
])
def test_other_east_asian_encodings_are_refused_not_garbled(tmp_path: Path, encoding: str,
                                                             text: str) -> None:
    """GB18030 would decode some of these into nonsense; charset-normalizer breaks the tie."""
    with pytest.raises(ImportValidationError) as err:
        CsvTable(_write(tmp_path, text.encode(encoding)))
    assert err.value.field == "encoding" and "neither UTF-8 nor GB18030" in str(err.value)


def test_a_tiny_gb18030_file_is_still_chinese(tmp_path: Path) -> None:
    assert CsvTable(_write(tmp_path, "名字\n李\n".encode("gb18030"))).encoding == "gb18030"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = ["Name", "Phone", "Note"], ["Ann", "+86 138", "likes, commas; and tabs"]
    lines = [delimiter.join(f'"{c}"' if delimiter in c or "," in c or ";" in c else c
                            for c in row) for row in rows]
    path = _write(tmp_path, ("\n".join(lines) + "\n").encode())
    table = CsvTable(path)
    assert table.delimiter == delimiter
    [draft] = _drafts(path)
    assert isinstance(draft, MemberDraft)
    assert draft.notes[0].body == "likes, commas; and tabs"


def test_ragged_rows_short_ones_import_long_ones_are_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path, b"Name,Phone,Tags\nAnn\nBob,123,a,b,c\nCy,456,t,,\n")
    ann, bob, cy = _drafts(path)
    assert isinstance(ann, MemberDraft) and ann.display_name == "Ann"
    assert isinstance(bob, SkippedRow) and bob.line == 3 and bob.field == "column 4"
    assert "unquoted delimiter" in bob.reason
    assert isinstance(cy, MemberDraft) and cy.tags == ("t",)  # empty trailing cells are fine


def test_text_after_a_closing_quote_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, b'Name,Phone,Note\nAnn,1,ok\nBob,2,"said "hi" then"\n')
    with pytest.raises(ImportValidationError) as err:
        _drafts(path)
    assert (err.value.line, err.value.field) == (3, "Note")
    assert "closing double quote" in str(err.value)


def test_a_quote_that_never_closes_names_where_it_opened(tmp_path: Path) -> None:
    path = _write(tmp_path, b'Name,Note\nAnn,fine\nBob,"never closed\nCy,x\n')
    with pytest.raises(ImportValidationError) as err:
        _drafts(path)
    assert (err.value.line, err.value.field) == (3, "Note")
    assert "never closed" in str(err.value)


def test_a_stray_quote_inside_a_value_is_kept_as_text(tmp_path: Path) -> None:
    path = _write(tmp_path, b'Name,Note\nAnn,5" screen\n')
    [draft] = _drafts(path)
    assert isinstance(draft, MemberDraft) and draft.notes[0].body == '5" screen'


def test_binary_junk_is_refused_as_not_text(tmp_path: Path) -> None:
    path = _write(tmp_path, b"Name,Note\nAnn,ok\n\x00\x01\x02\xff\xfe junk\n")
    with pytest.raises(ImportValidationError) as err:
        CsvTable(path)
    assert (err.value.line, err.value.field) == (3, "encoding")
    assert "binary data" in str(err.value)


def test_empty_file_and_blank_file_say_there_is_no_header(tmp_path: Path) -> None:
    for data in (b"", b"\n\n  \n"):
        with pytest.raises(ImportValidationError) as err:
            CsvTable(_write(tmp_path, data))
        assert err.value.field == "header"


def test_hostile_values_are_kept_as_plain_text(tmp_path: Path) -> None:
    long_name = "名" * 10_000
    payloads = [
        (long_name, "ten thousand characters"),
        ("Robert'); DROP TABLE member;--", "SQL"),
        ("=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("😀 Emoji 👩‍👩‍👧", "🎉"),
        ("مرحبا بالعالم", "שלום \u202egnp.exe"),
    ]
    body = "Name,Note\n" + "".join(
        '"{}","{}"\n'.format(n.replace('"', '""'), b.replace('"', '""')) for n, b in payloads)
    drafts = _drafts(_write(tmp_path, body.encode()))
    assert [(d.display_name, d.notes[0].body) for d in drafts  # type: ignore[union-attr]
            ] == payloads


def test_excel_scientific_notation_ids_are_skipped_with_advice(tmp_path: Path) -> None:
    path = _write(tmp_path, b"Name,Telegram ID\nAnn,1.23457E+17\n")
    [row] = _drafts(path)
    assert isinstance(row, SkippedRow) and row.field == "Telegram ID"
    assert "format the column as Text" in row.reason


def test_a_title_row_above_blank_lines_is_not_needed(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\n\nName,Email\nAnn,a@x.org\n")
    table = CsvTable(path)
    assert (table.headers, table.header_line) == (("Name", "Email"), 3)
    [draft] = _drafts(path)
    assert isinstance(draft, MemberDraft) and draft.line == 4


def _big_csv(path: Path, megabytes: int, first: str = "") -> None:
    row = ("张三丰,wxid_{n},\"VIP,新人\",一段比较长的备注，用来把文件撑到一百兆。" + "x" * 120 + "\n")
    with path.open("w", encoding="utf-8") as fh:
        fh.write("姓名,微信号,标签,备注\n" + first)
        n = 0
        while fh.tell() < megabytes * 1024 * 1024:
            fh.writelines(row.format(n=n + i) for i in range(1000))
            n += 1000


def test_a_100_mb_file_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    _big_csv(path, 100)
    tracemalloc.start()
    try:
        plan = open_import(path)
        first = list(islice(plan.drafts(), 2000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(first) == 2000 and isinstance(first[-1], MemberDraft)
    assert plan.estimated_rows > 400_000
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_an_unclosed_quote_in_a_100_mb_file_stops_at_the_cell_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    _big_csv(path, 100, first='"')  # the first data row opens a quote that never closes
    tracemalloc.start()
    try:
        with pytest.raises(ImportValidationError) as err:
            list(open_import(path).drafts())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (err.value.line, err.value.field) == (2, "姓名")
    assert peak < 200 * 1024 * 1024
