"""XLSX: real workbooks read in streaming mode; files that are not workbooks refused clearly."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.member_io import ImportFormat, MemberDraft, SkippedRow
from app.importers.errors import ImportValidationError
from app.importers.plan import open_import


def _book(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_workbook_with_numbers_dates_and_chinese(tmp_path: Path) -> None:
    path = _book(tmp_path / "成员.xlsx", [
        ["姓名", "手机", "入群时间", "标签", "Discord ID", "备注"],
        ["李雷", 13800138000, datetime(2024, 5, 1), "VIP、新人", "123456789012345", "@all 注意"],
        [None, None, None, None, None, None],
        ["韩梅梅", "+86 139 0000 0000", date(2023, 1, 2), None, None, None],
        ["Bad", None, "someday", None, None, None],
    ])
    plan = open_import(path)
    assert plan.format is ImportFormat.XLSX
    first, second, bad = plan.drafts()
    assert isinstance(first, MemberDraft) and first.line == 2
    assert [(h.platform.value, h.handle, h.platform_id) for h in first.handles] == [
        ("discord", "123456789012345", "123456789012345"), ("phone", "13800138000", "")]
    assert first.joined_on == date(2024, 5, 1) and first.tags == ("VIP", "新人")
    assert first.notes[0].body == "@all 注意"
    assert isinstance(second, MemberDraft) and second.line == 4
    assert isinstance(bad, SkippedRow) and (bad.line, bad.field) == (5, "入群时间")


def _refused(path: Path) -> ImportValidationError:
    with pytest.raises(ImportValidationError) as err:
        open_import(path, ImportFormat.XLSX)
    assert err.value.line == 1 and err.value.field == "format"
    assert path.name in str(err.value)
    return err.value


def test_a_csv_renamed_to_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Name,Phone\nAnn,1\n")
    assert "--format csv" in str(_refused(path))


def test_an_old_xls_or_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert "password" in str(_refused(path))


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8not really")
    assert "cannot be read" in str(_refused(path))


def test_a_truncated_workbook(tmp_path: Path) -> None:
    good = _book(tmp_path / "good.xlsx", [["Name"], ["Ann"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(cut)


def test_an_empty_workbook_has_no_header(tmp_path: Path) -> None:
    path = _book(tmp_path / "empty.xlsx", [])
    with pytest.raises(ImportValidationError) as err:
        open_import(path)
    assert err.value.field == "header"
