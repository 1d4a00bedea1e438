"""Importing needs and custom field values, creating fields from Steward's own exports, and the
search index, roles and history after an import that ran without per-row triggers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bootstrap import AppContext
from app.domain.custom_fields import FieldKind, FieldValue
from app.domain.history import HistoryKind
from app.domain.member_io import ExportFormat, ExportSelection, ImportSummary
from app.domain.members import HandleData, Platform
from app.domain.profiles import MemberDraft
from app.errors import UserError
from app.importers.plan import open_import


def _csv(tmp_path: Path, text: str, name: str = "m.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _fields(ctx: AppContext) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind.value, f.options) for f in ctx.fields.fields()}


def _values(ctx: AppContext, member_id: int) -> dict[str, str]:
    return {v.name: v.value for v in ctx.profiles.get(member_id).custom_values}


def _ids(ctx: AppContext, query: str) -> set[int]:
    return {hit.member_id for hit in ctx.search.search(query, limit=50).hits}


@pytest.fixture
def with_fields(ctx: AppContext) -> AppContext:
    ctx.fields.add_field("生日", FieldKind.DATE)
    ctx.fields.add_field("会员等级", FieldKind.CHOICE, ["金卡", "银卡"])
    ctx.fields.add_field("年龄", FieldKind.NUMBER)
    ctx.fields.add_field("公司", FieldKind.TEXT)
    return ctx


def test_columns_named_like_custom_fields_are_imported_by_kind(with_fields: AppContext,
                                                               tmp_path: Path) -> None:
    ctx = with_fields
    path = _csv(tmp_path, "姓名,微信,生日,会员等级,年龄,公司,需求,备注\n"
                          "张三,zs,1990/4/1,金卡,\"1,200\",星河科技,找合伙人,喜欢摄影\n"
                          "李四,ls,,,,,,\n"
                          "王五,ww,31/12/1990,,,,,\n"
                          "赵六,zl,,铜卡,,,,\n"
                          "钱七,qq,,,很多,,,\n")
    summary = ctx.member_import.run(ctx.member_import.open(path))
    assert summary.added == 2
    assert [row.describe() for row in summary.skipped] == [
        "m.csv, line 4, 生日: '31/12/1990' is not a date (use YYYY-MM-DD)",
        "m.csv, line 5, 会员等级: '铜卡' is not one of the choices (金卡, 银卡)",
        "m.csv, line 6, 年龄: '很多' is not a number (use digits, e.g. 12.5)"]
    zhang = ctx.profiles.find_by_handle(Platform.WECHAT, "zs")
    assert zhang is not None
    profile = ctx.profiles.get(zhang)
    assert profile.needs == "找合伙人"
    assert _values(ctx, zhang) == {"生日": "1990-04-01", "会员等级": "金卡", "年龄": "1200",
                                   "公司": "星河科技"}
    assert {v.name: v.number for v in profile.custom_values}["年龄"] == 1200.0


def test_search_finds_imported_members_by_note_word_and_custom_value(
        with_fields: AppContext, tmp_path: Path) -> None:
    ctx = with_fields
    rows = "".join(f"成员{i},wx{i},普通备注 {i},,\n" for i in range(300))
    path = _csv(tmp_path, "姓名,微信,备注,公司,需求\n" + rows +
                "Ann,ann1,met at the Hangzhou meetup,星河科技,looking for a cofounder\n")
    ctx.member_import.run(ctx.member_import.open(path))
    ann = ctx.profiles.find_by_handle(Platform.WECHAT, "ann1")
    assert ann is not None
    assert _ids(ctx, "Hangzhou") == {ann}       # a note word (trigram index)
    assert _ids(ctx, "星河") == {ann}           # a two-character custom value (short index)
    assert _ids(ctx, "星河科技") == {ann}
    assert _ids(ctx, "cofounder") == {ann}      # needs
    assert _ids(ctx, "wx299") == {ctx.profiles.find_by_handle(Platform.WECHAT, "wx299")}


def test_updates_of_existing_members_keep_the_search_index_exact(with_fields: AppContext,
                                                                 tmp_path: Path) -> None:
    """Rows that existed before the import and change in it are re-indexed from their new text;
    the rest of the index is untouched (FTS5's own integrity check agrees)."""
    ctx = with_fields
    fields = {f.name: f.id for f in ctx.fields.fields()}
    member = ctx.profiles.create(MemberDraft(
        "张三", handles=(HandleData(Platform.TELEGRAM, "@zhang", ""),), location="上海",
        custom_values=(FieldValue(fields["公司"], "旧公司"),)))
    path = _csv(tmp_path, "Telegram,Telegram ID,城市,公司,需求\n"
                          "@zhang,5012345678901234567,杭州,新公司,学英语\n")
    summary = ctx.member_import.run(ctx.member_import.open(path))
    assert (summary.added, summary.updated) == (0, 1)
    assert _ids(ctx, "杭州") == {member} and _ids(ctx, "上海") == set()
    assert _ids(ctx, "新公司") == {member} and _ids(ctx, "旧公司") == set()
    assert _ids(ctx, "旧") == set() and _ids(ctx, "学英") == {member}
    assert _ids(ctx, "5012345678901234567") == {member}
    with ctx.engine.begin() as conn:
        for table in ("member", "handle", "note", "custom_value"):
            conn.exec_driver_sql(f"INSERT INTO {table}_fts ({table}_fts, rank) "
                                 "VALUES ('integrity-check', 1)")
            conn.exec_driver_sql(f"INSERT INTO {table}_short_fts ({table}_short_fts) "
                                 "VALUES ('integrity-check')")
        triggers = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"member_fts_au", "handle_fts_ai", "custom_value_fts_au", "handle_sort_ai"} <= triggers
    history = ctx.profiles.get(member).history
    assert history[0].kind == HistoryKind.IMPORTED
    assert history[0].detail == {"source": "csv", "file": "m.csv",
                                 "fields": ["handles", "location", "needs", "公司"]}


def test_a_column_mapped_to_a_missing_field_stops_before_anything_is_written(
        ctx: AppContext, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name,Birthday\nAnn,2000-01-01\n")
    plan = ctx.member_import.open(path, overrides=[("Birthday", "custom:生日")])
    with pytest.raises(UserError) as err:
        ctx.member_import.run(plan)
    assert str(err.value).startswith(
        "m.csv: the column 'Birthday' goes to the custom field '生日', which this data folder "
        "does not have. Create it in the profile editor first")
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM member").scalar() == 0
    assert ctx.fields.fields() == ()


def test_a_field_created_after_the_plan_was_made_is_used(ctx: AppContext, tmp_path: Path) -> None:
    """The wizard may stay open while the operator adds the field: the run checks again."""
    path = _csv(tmp_path, "Name,Birthday\nAnn,2000-1-2\nBo,soon\n")
    plan = ctx.member_import.open(path, overrides=[("Birthday", "custom:生日")])
    ctx.fields.add_field("生日", FieldKind.DATE)
    summary = ctx.member_import.run(plan)
    assert summary.added == 1
    assert [(s.line, s.field) for s in summary.skipped] == [(3, "生日")]


def test_roles_join_the_list_and_aliases_are_one_per_line(ctx: AppContext,
                                                          tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name,别名,外号,Role,WeChat\n"
                          "Ann,\"Annie, A.\",annie,群主,a1\nBo,,,vip,b1\n")
    ctx.member_import.run(open_import(path))
    roles = [r.name for r in ctx.fields.roles()]
    assert roles[-1] == "群主" and "vip" not in roles  # VIP is on the list already
    ann = ctx.profiles.find_by_handle(Platform.WECHAT, "a1")
    assert ann is not None and ctx.profiles.get(ann).aliases == ("Annie", "A.")
    again = _csv(tmp_path, "WeChat,Aliases\na1,\"a., Nan\"\n", "again.csv")
    ctx.member_import.run(open_import(again))
    assert ctx.profiles.get(ann).aliases == ("Annie", "A.", "Nan")


def test_a_new_member_gets_one_imported_history_entry(ctx: AppContext, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name\nAnn\n")
    ctx.member_import.run(open_import(path))
    [entry] = ctx.profiles.get(1).history
    assert (entry.kind, entry.detail) == (HistoryKind.IMPORTED, {"source": "csv",
                                                                 "file": "m.csv"})


def _export(ctx: AppContext, fmt: ExportFormat, out: Path) -> Path:
    ctx.member_export.export(ExportSelection(), fmt, out)
    return out


@pytest.mark.parametrize(("fmt", "name"), [(ExportFormat.MARKDOWN, "all.md"),
                                           (ExportFormat.CSV, "all.csv"),
                                           (ExportFormat.JSON, "all.json")])
def test_steward_exports_recreate_missing_fields_and_keep_existing_ones(
        with_fields: AppContext, fresh: AppContext, tmp_path: Path, fmt: ExportFormat,
        name: str) -> None:
    source = with_fields
    ids = {f.name: f.id for f in source.fields.fields()}
    source.profiles.create(MemberDraft("Ann", needs="找工作", custom_values=(
        FieldValue(ids["生日"], "1990-04-01"), FieldValue(ids["会员等级"], "银卡"),
        FieldValue(ids["年龄"], "12.5"))))
    source.fields.add_field("Unused", FieldKind.CHOICE, ["x | y", "z"])
    out = _export(source, fmt, tmp_path / name)
    fresh.fields.add_field("年龄", FieldKind.TEXT)  # the same name, another kind: it stays
    summary: ImportSummary = fresh.member_import.run(fresh.member_import.open(out))
    assert summary.fields_created == ("生日", "会员等级", "公司", "Unused")
    assert _fields(fresh) == {"年龄": ("text", ()), "生日": ("date", ()),
                              "会员等级": ("choice", ("金卡", "银卡")), "公司": ("text", ()),
                              "Unused": ("choice", ("x | y", "z"))}
    member = fresh.profiles.get(1)
    assert member.needs == "找工作"
    assert {v.name: v.value for v in member.custom_values} == \
        {"生日": "1990-04-01", "会员等级": "银卡", "年龄": "12.5"}


def test_a_choice_the_importing_folder_lacks_skips_the_row(with_fields: AppContext,
                                                          fresh: AppContext,
                                                          tmp_path: Path) -> None:
    ids = {f.name: f.id for f in with_fields.fields.fields()}
    with_fields.profiles.create(MemberDraft("Ann", custom_values=(
        FieldValue(ids["会员等级"], "银卡"),)))
    out = _export(with_fields, ExportFormat.JSON, tmp_path / "all.json")
    fresh.fields.add_field("会员等级", FieldKind.CHOICE, ["金卡"])
    summary = fresh.member_import.run(open_import(out))
    assert summary.added == 0
    assert [r.describe() for r in summary.skipped] == [
        "all.json, line 2, 会员等级: '银卡' is not one of the choices (金卡)"]


def test_json_values_may_be_numbers_and_unknown_fields_skip_the_row(ctx: AppContext,
                                                                   tmp_path: Path) -> None:
    ctx.fields.add_field("Score", FieldKind.NUMBER)
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": "steward.members", "version": 1, "members": [
        {"name": "A", "custom": {"score": 1e-7}}, {"name": "B", "custom": {"Score": 12}},
        {"name": "C", "custom": {"Nope": "x"}}]}, indent=1), encoding="utf-8")
    summary = ctx.member_import.run(open_import(path))
    assert summary.added == 2
    assert [(s.field, s.reason) for s in summary.skipped] == [
        ("Nope", "this data folder has no custom field of that name; create it in the profile "
                 "editor first")]
    assert _values(ctx, 1) == {"Score": "0.0000001"} and _values(ctx, 2) == {"Score": "12"}
