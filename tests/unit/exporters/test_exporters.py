"""The exporters on their own: file names, formula neutralisation, Markdown structure, PDF text."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.custom_fields import CustomFieldDef, CustomValue, FieldKind
from app.domain.member_io import ImportFormat, MemberDraft, MemberRecord, NoteRecord
from app.domain.members import HandleData, MemberStatus, Platform
from app.exporters.csv_export import write_csv
from app.exporters.filenames import member_file_name
from app.exporters.json_export import write_json
from app.exporters.markdown import write_members
from app.exporters.pdf_export import write_pdf
from app.importers import cells
from app.importers.custom_columns import column_header, parse_column_header
from app.importers.errors import ImportValidationError
from app.importers.plan import open_import
from app.paths import resources_dir
from tests.helpers.pdf import pdf_text

WHEN = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
FIELDS = (CustomFieldDef(1, "生日", FieldKind.DATE), CustomFieldDef(2, "年龄", FieldKind.NUMBER),
          CustomFieldDef(3, "会员等级", FieldKind.CHOICE, ("金卡", "银卡 | 普通")),
          CustomFieldDef(4, "公司", FieldKind.TEXT))
VALUES = (CustomValue(1, "生日", FieldKind.DATE, "1990-04-01"),
          CustomValue(2, "年龄", FieldKind.NUMBER, "42", 42.0),
          CustomValue(3, "会员等级", FieldKind.CHOICE, "银卡 | 普通"),
          CustomValue(4, "公司", FieldKind.TEXT, "=ACME"))


def _record(name: str = "张伟 Wei", notes: tuple[str, ...] = ("第一条备注",), member_id: int = 7,
            **changes: object) -> MemberRecord:
    values: dict[str, object] = dict(
        id=member_id, display_name=name, aliases="小张", status=MemberStatus.ACTIVE, role="VIP",
        joined_on=date(2023, 3, 8), location="上海", time_zone="Asia/Shanghai",
        interests="摄影、跑步", needs="找工作", custom=VALUES, created_at=WHEN, updated_at=WHEN,
        handles=(HandleData(Platform.TELEGRAM, "@wei", "5012345678901234567"),),
        tags=("VIP", "新人"),
        notes=tuple(NoteRecord(i, body, i == 0, WHEN, WHEN) for i, body in enumerate(notes)))
    values.update(changes)
    return MemberRecord(**values)  # type: ignore[arg-type]


# -- file names --------------------------------------------------------------------------------

HOSTILE = ["../../etc/passwd", "CON", "con.txt", "nul", "COM1.md", "a/b\\c:d*e?f\"g<h>i|j",
           "  ...  ", "", "name. ", "\u202egnp.exe", "tab\tnew\nline\x00nul", "名" * 10_000,
           "😀" * 200, ".hidden", "LPT9 . x"]
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10))}


def _assert_safe(file_name: str) -> None:
    assert file_name and "/" not in file_name and "\\" not in file_name
    assert not any(ord(ch) < 32 or ch in '<>:"|?*' for ch in file_name)
    assert not file_name.startswith((".", " ")) and not file_name.endswith((".", " "))
    assert len(file_name.encode("utf-8")) <= 200
    assert file_name.split(".")[0].strip().upper() not in RESERVED
    assert "\u202e" not in file_name


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_give_safe_file_names(tmp_path: Path, name: str) -> None:
    file_name = member_file_name(name, 42, ".md")
    _assert_safe(file_name)
    assert file_name.endswith("(42).md") or file_name == "member 42.md"
    (tmp_path / file_name).write_text("x")  # the file system accepts it
    assert (tmp_path / file_name).parent == tmp_path


@given(name=st.text(), first=st.integers(1, 10**9), second=st.integers(1, 10**9))
def test_any_name_is_safe_and_ids_keep_files_apart(name: str, first: int, second: int) -> None:
    a, b = member_file_name(name, first, ".md"), member_file_name(name.upper(), second, ".md")
    _assert_safe(a)
    if first != second:
        assert a.casefold() != b.casefold()


# -- CSV ---------------------------------------------------------------------------------------

PAYLOADS = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1+1", "'quoted", "plain"]


def test_every_formula_like_cell_is_neutralised_and_read_back() -> None:
    records = [_record(name=p, notes=(p,), member_id=i, aliases=p, role=p, location=p,
                       tags=(p,)) for i, p in enumerate(PAYLOADS, start=1)]
    out = io.StringIO()
    write_csv(out, records)
    text = out.getvalue()
    assert text.startswith("\ufeff" + cells.MARKER)
    rows = list(csv.reader(io.StringIO(text[1:])))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(cells.FORMULA_STARTS), cell
    assert rows[1][1] == "'=1+1" and rows[-1][1] == "plain"


def test_members_without_notes_still_get_a_row(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, [_record(notes=()), _record(member_id=8, notes=("a", "b"))])
    drafts = list(open_import(path).drafts())
    assert [len(d.notes) for d in drafts] == [0, 1, 1]  # type: ignore[union-attr]
    assert [d.group_key for d in drafts] == ["7", "8", "8"]  # type: ignore[union-attr]


def test_nul_which_csv_cannot_carry_becomes_a_visible_replacement(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, [_record(notes=("a\0b",))])
    [draft] = open_import(path).drafts()
    assert isinstance(draft, MemberDraft) and draft.notes[0].body == "a\ufffdb"


def test_csv_has_needs_and_a_column_per_custom_field_that_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, [_record(), _record(member_id=8, custom=(), needs="")], FIELDS)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8")[1:])))
    assert rows[0][-4:] == ["生日 [custom date]", "年龄 [custom number]",
                            "会员等级 [custom choice: 金卡 | 银卡 \\| 普通]", "公司 [custom text]"]
    assert rows[1][-4:] == ["1990-04-01", "42", "银卡 | 普通", "'=ACME"]
    assert rows[2][-4:] == ["", "", "", ""]
    assert "Needs" in rows[0] and rows[1][rows[0].index("Needs")] == "找工作"
    plan = open_import(path)
    first, second = plan.drafts()
    assert isinstance(first, MemberDraft) and isinstance(second, MemberDraft)
    assert first.needs == "找工作"
    assert first.custom == (("生日", "1990-04-01"), ("年龄", "42"), ("会员等级", "银卡 | 普通"),
                            ("公司", "=ACME"))
    assert second.custom == ()
    assert [(s.name, s.kind, s.options) for s in plan.field_specs.values()] == \
        [(f.name, f.kind, f.options) for f in FIELDS]


@given(name=st.text(min_size=1, max_size=30).map(lambda t: " ".join(t.split())).filter(bool),
       kind=st.sampled_from(list(FieldKind)),
       options=st.lists(st.text(min_size=1, max_size=12).map(str.strip).filter(bool),
                        min_size=1, max_size=5, unique_by=str.casefold))
def test_any_custom_field_survives_its_csv_header(name: str, kind: FieldKind,
                                                  options: list[str]) -> None:
    header = column_header(name, kind, options)
    spec = parse_column_header(header)
    assert spec is not None and (spec.name, spec.kind) == (name, kind)
    assert spec.options == (tuple(options) if kind is FieldKind.CHOICE else ())


def test_a_user_csv_keeps_its_apostrophes() -> None:
    """Only Steward's own export loses its leading apostrophes on import."""
    assert cells.unneutralise("'=1") == "=1"


# -- Markdown and JSON ---------------------------------------------------------------------------

def test_markdown_front_matter_and_notes_that_look_like_structure(tmp_path: Path) -> None:
    tricky = ("---\nsteward: 1\n---", "<!-- steward:note {\"length\": 1} -->\nx", "a\r\nb\rc",
              "# heading\n\n", "")
    record = _record(name="Evil\n<!-- steward:note {\"length\": 0} -->", notes=tricky)
    path = tmp_path / "m.md"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_members(fh, [record, _record(member_id=8)])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\nsteward: 1\n") and "\n# Evil <!-- steward" in text
    first, second = open_import(path).drafts()
    assert isinstance(first, MemberDraft) and isinstance(second, MemberDraft)
    assert first.display_name == record.display_name
    assert [n.body for n in first.notes] == list(tricky)
    assert first.handles[0].platform_id == "5012345678901234567"
    assert second.line > first.line


def test_markdown_carries_needs_custom_values_and_field_definitions(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_members(fh, [_record(), _record(member_id=8)], FIELDS)
    text = path.read_text(encoding="utf-8")
    assert 'needs: "找工作"\n' in text
    assert 'custom: {"生日": "1990-04-01", "年龄": 42, "会员等级": "银卡 | 普通", "公司": "=ACME"}\n' \
        in text
    assert text.count("fields:\n") == 1  # in the first member's front matter only
    assert '  - {"name": "会员等级", "kind": "choice", "options": ["金卡", "银卡 | 普通"]}\n' in text
    plan = open_import(path)
    drafts = list(plan.drafts())
    assert all(isinstance(d, MemberDraft) and d.custom[1] == ("年龄", "42") for d in drafts)
    assert list(plan.field_specs) == ["生日", "年龄", "会员等级", "公司"]


@pytest.mark.parametrize(("custom", "problem"), [
    ('["x"]', "must be an object"), ('{"a": [1]}', "text or a number"),
    ('{"a": true}', "text or a number")])
def test_markdown_with_broken_custom_values_is_refused(tmp_path: Path, custom: str,
                                                      problem: str) -> None:
    path = tmp_path / "m.md"
    path.write_text(f'---\nsteward: 1\nname: "A"\ncustom: {custom}\n---\n', encoding="utf-8")
    with pytest.raises(ImportValidationError, match=problem) as err:
        list(open_import(path).drafts())
    assert err.value.line == 1 and err.value.field.startswith("custom")


@pytest.mark.parametrize(("fields", "key"), [
    ('[{"name": "", "kind": "text"}]', "fields.name"),
    ('[{"name": "X", "kind": "colour"}]', "fields.kind"),
    ('[{"name": "X", "kind": "choice", "options": []}]', "fields.options"),
    ('{"name": "X"}', "fields")])
def test_json_with_broken_field_definitions_is_refused(tmp_path: Path, fields: str,
                                                      key: str) -> None:
    path = tmp_path / "m.json"
    path.write_text('{"format": "steward.members", "version": 1,\n"fields": ' + fields +
                    ', "members": []}', encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        list(open_import(path).drafts())
    assert (err.value.line, err.value.field) == (2, key)


def test_markdown_edited_by_hand_is_refused_with_the_note_line(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_members(fh, [_record()])
    path.write_text(path.read_text(encoding="utf-8").replace("第一条备注", "第一条"),
                    encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        list(open_import(path).drafts())
    assert err.value.field == "note" and "length" in str(err.value)


def test_other_markdown_is_not_mistaken_for_an_export(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_text("# Members\n\n- Ann\n")
    with pytest.raises(ImportValidationError) as err:
        list(open_import(path).drafts())
    assert (err.value.line, err.value.field) == (1, "front matter")


def test_json_has_a_stable_versioned_schema_and_ids_as_text() -> None:
    out = io.StringIO()
    write_json(out, [_record()], [], WHEN, FIELDS)
    data = json.loads(out.getvalue())
    assert (data["format"], data["version"]) == ("steward.members", 1)
    assert data["fields"] == [
        {"name": "生日", "kind": "date", "options": []},
        {"name": "年龄", "kind": "number", "options": []},
        {"name": "会员等级", "kind": "choice", "options": ["金卡", "银卡 | 普通"]},
        {"name": "公司", "kind": "text", "options": []}]
    member = data["members"][0]
    assert set(member) == {"id", "name", "aliases", "status", "role", "joined", "location",
                           "time_zone", "interests", "needs", "tags", "custom", "handles",
                           "created", "updated", "notes"}
    assert member["needs"] == "找工作"
    # Typed per kind: a number is a JSON number when that is exact, a choice its option's text.
    assert member["custom"] == {"生日": "1990-04-01", "年龄": 42, "会员等级": "银卡 | 普通",
                                "公司": "=ACME"}
    assert member["handles"][0] == {"platform": "telegram", "handle": "@wei",
                                    "id": "5012345678901234567"}
    assert member["notes"][0] == {"body": "第一条备注", "pinned": True,
                                  "created": "2024-05-01T09:30:00.000000Z",
                                  "updated": "2024-05-01T09:30:00.000000Z"}


def test_json_from_a_newer_steward_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text('{"format": "steward.members", "version": 2, "members": []}')
    with pytest.raises(ImportValidationError, match="newer"):
        list(open_import(path, ImportFormat.JSON).drafts())


# -- PDF ---------------------------------------------------------------------------------------

def test_pdf_chinese_is_visible_and_copyable(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    record = _record(notes=("今天在群里分享了摄影经验 😀", "Second note\twith a tab"))
    with path.open("wb") as fh:
        write_pdf(fh, [record, _record(name="李娜", member_id=8, notes=())],
                  resources_dir(), "Notes", WHEN)
    text = pdf_text(path)
    for expected in ("张伟 Wei", "小张", "上海", "今天在群里分享了摄影经验", "VIP, 新人",
                     "telegram: @wei (ID 5012345678901234567)", "李娜", "No notes.",
                     "Needs: 找工作", "生日: 1990-04-01", "年龄: 42", "会员等级: 银卡 | 普通"):
        assert expected in text
    assert b"StewardSans" in path.read_bytes()


NAME_CHARS = st.text(alphabet=st.sampled_from(list("张伟李娜社群运营ABCxyz019")), min_size=1,
                     max_size=12)


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAME_CHARS, min_size=1, max_size=3, unique=True),
       note=st.text(max_size=300))
def test_any_members_make_a_pdf_whose_names_read_back(tmp_path: Path, names: list[str],
                                                      note: str) -> None:
    """Whatever the notes hold (emoji, controls, bidi marks, RTL), the PDF is written without a
    warning and every name comes back as text. (Few examples: embedding the CJK font costs most
    of a second per document.)"""
    path = tmp_path / "p.pdf"
    with path.open("wb") as fh:
        write_pdf(fh, [_record(name=n, member_id=i, notes=(note,)) for i, n in enumerate(names)],
                  resources_dir(), "Notes", WHEN)
    text = pdf_text(path)
    assert all(n in text for n in names)
