"""Column recognition in English and Chinese, overrides, the preview, and the template."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.custom_fields import CustomFieldDef, FieldKind
from app.domain.member_io import MemberDraft, SkippedRow
from app.errors import UserError
from app.importers.mapping import (
    IGNORE,
    all_targets,
    apply_overrides,
    parse_map_option,
    parse_target,
    recognise_columns,
    recognise_header,
)
from app.importers.plan import open_import
from app.importers.rows import build_preview
from app.importers.table import SourceRow
from app.paths import resources_dir

EXPECTED = {
    "name": ["Name", "姓名", "昵称", "Display Name", "display_name", "DISPLAY-NAME", " name "],
    "aliases": ["Aliases", "nickname", "别名"],
    "tags": ["Tags", "标签", "tag"],
    "note": ["Note", "notes", "备注", "Remarks"],
    "interests": ["Interests", "兴趣", "爱好", "兴趣和需求"],
    "needs": ["Needs", "需求", "诉求", "Needs 需求"],
    "wechat": ["WeChat", "微信", "微信号", "WeChat ID", "wxid"],
    "telegram": ["telegram", "TG", "Telegram username"],
    "telegram_id": ["Telegram ID", "tg_id"],
    "discord": ["Discord"],
    "discord_id": ["Discord ID"],
    "slack": ["Slack"],
    "whatsapp": ["WhatsApp"],
    "phone": ["Phone", "手机", "电话", "手机号码", "Mobile"],
    "email": ["Email", "E-mail", "邮箱", "e_mail"],
    "joined": ["Joined", "入群时间", "加入时间", "Join date"],
    "status": ["Status", "状态"],
    "role": ["Role", "角色"],
    "location": ["Location", "城市", "地区", "City"],
    "time_zone": ["Time zone", "timezone", "时区", "TZ"],
}


@pytest.mark.parametrize(("target", "header"),
                         [(t, h) for t, headers in EXPECTED.items() for h in headers])
def test_common_headers_are_recognised(target: str, header: str) -> None:
    recognised = recognise_header(header)
    assert recognised is not None and str(recognised) == target


@pytest.mark.parametrize("header", ["Name 姓名", "微信号（必填）", "Joined 入群时间 (YYYY-MM-DD)",
                                    "Phone / 手机"])
def test_bilingual_and_annotated_headers_are_recognised(header: str) -> None:
    assert recognise_header(header) is not None


def test_unknown_and_conflicting_headers_are_ignored() -> None:
    assert recognise_header("Favourite colour") is None
    assert recognise_header("Name / Phone") is None  # two fields in one header: let the user say


def test_second_name_column_becomes_aliases_and_repeats_are_ignored() -> None:
    mapping = recognise_columns(["姓名", "昵称", "Status", "状态", "备注", "Notes"])
    assert [str(t) for t in mapping] == ["name", "aliases", "status", "ignore", "note", "note"]


def test_overrides_by_header_normalised_header_or_number() -> None:
    headers = ["姓名", "群内身份", "WX"]
    mapping = recognise_columns(headers)
    assert mapping[1] == IGNORE
    mapping = apply_overrides(headers, mapping, [("群内身份", "role"), ("wx", "ignore"),
                                                 ("1", "aliases")], "f.csv")
    assert [str(t) for t in mapping] == ["aliases", "role", "ignore"]


def test_overriding_a_one_value_field_moves_it() -> None:
    headers = ["Name", "Full name"]
    mapping = apply_overrides(headers, recognise_columns(headers), [("Full name", "name")], "f")
    assert [str(t) for t in mapping] == ["ignore", "name"]


def test_bad_overrides_name_the_column_or_list_the_fields() -> None:
    with pytest.raises(UserError, match="Its columns are: 'Name'"):
        apply_overrides(["Name"], recognise_columns(["Name"]), [("Nope", "name")], "f.csv")
    with pytest.raises(ValueError, match="use one of name, aliases"):
        parse_target("shoe size")
    with pytest.raises(ValueError, match="COLUMN=FIELD"):
        parse_map_option("no equals sign")
    assert parse_map_option("a=b=wechat") == ("a=b", "wechat")


FIELDS = (CustomFieldDef(1, "生日", FieldKind.DATE), CustomFieldDef(2, "Level", FieldKind.CHOICE,
                                                                ("Gold", "Silver")),
          CustomFieldDef(3, "需求", FieldKind.TEXT))


def test_a_header_that_names_a_custom_field_goes_to_it() -> None:
    headers = ["Name", "生日", "ｌｅｖｅｌ", " LEVEL ", "需求", "Needs"]
    mapping = recognise_columns(headers, FIELDS)
    # Width and case do not matter; a field named like a common header wins (the operator
    # named it so); a second column for the same field is ignored.
    assert [str(t) for t in mapping] == ["name", "custom:生日", "custom:Level", "ignore",
                                         "custom:需求", "needs"]
    assert [str(t) for t in recognise_columns(headers)] == \
        ["name", "ignore", "ignore", "ignore", "needs", "ignore"]


def test_custom_targets_are_parsed_from_map_options() -> None:
    assert str(parse_target("custom:level", FIELDS)) == "custom:Level"  # the field's spelling
    assert str(parse_target("ＣＵＳＴＯＭ：生日", FIELDS)) == "custom:生日"
    assert str(parse_target("custom: Not yet made")) == "custom:Not yet made"
    assert str(parse_target("生日", FIELDS)) == "custom:生日"
    assert str(parse_target("needs")) == "needs"
    with pytest.raises(ValueError, match="names no custom field"):
        parse_target("custom:")
    assert parse_map_option("Birthday=custom:生日") == ("Birthday", "custom:生日")
    assert parse_map_option("a=b=custom:x=y") == ("a=b", "custom:x=y")
    headers = ["Name", "Birthday"]
    mapping = apply_overrides(headers, recognise_columns(headers, FIELDS),
                              [("Birthday", "custom:生日")], "f.csv", FIELDS)
    assert [str(t) for t in mapping] == ["name", "custom:生日"]
    assert "custom:Level" in {str(t) for t in all_targets(FIELDS)}


def test_a_plan_offers_every_target_with_its_custom_fields(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("Steward member ID,Name,Mood [custom choice: calm | busy]\n", encoding="utf-8")
    plan = open_import(path, fields=FIELDS)
    assert [str(t) for t in plan.mapping] == ["member_key", "name", "custom:Mood"]
    offered = [str(t) for t in plan.targets()]
    assert offered[-5:] == ["custom:生日", "custom:Level", "custom:需求", "custom:Mood", "ignore"]
    assert offered[:2] == ["name", "aliases"]
    assert plan.with_mapping(plan.mapping).custom_fields == FIELDS
    later = open_import(path).with_custom_fields(FIELDS, [("Name", "custom:Level")])
    assert [str(t) for t in later.mapping] == ["member_key", "custom:Level", "custom:Mood"]
    assert later.custom_fields == FIELDS


def test_custom_values_are_checked_by_kind_in_the_preview() -> None:
    headers = ("Name", "Birthday", "Level")
    mapping = apply_overrides(headers, recognise_columns(headers, FIELDS),
                              [("Birthday", "custom:生日")], "f.csv", FIELDS)
    sample = [SourceRow(2, ("Ann", "1990/4/1", "gold")), SourceRow(7, ("Bob", "31/12", "")),
              SourceRow(8, ("Cy", "", "Bronze"))]
    first, second, third = build_preview("f.csv", headers, mapping, sample, FIELDS).rows
    assert isinstance(first, MemberDraft)
    assert first.custom == (("生日", "1990-04-01"), ("Level", "Gold"))  # canonical forms
    assert isinstance(second, SkippedRow) and isinstance(third, SkippedRow)
    assert second.describe() == ("f.csv, line 7, Birthday: '31/12' is not a date "
                                 "(use YYYY-MM-DD) (custom field '生日')")
    assert third.describe() == ("f.csv, line 8, Level: 'Bronze' is not one of the choices "
                                "(Gold, Silver)")


def test_preview_is_a_pure_function_of_the_mapping() -> None:
    headers = ("名字", "状态", "微信")
    sample = [SourceRow(2, ("Ann", "潜水", "ann")), SourceRow(3, ("Bob", "禁言", "bob"))]
    mapping = recognise_columns(headers)
    preview = build_preview("f.csv", headers, mapping, sample)
    assert preview.columns[0].samples == ("Ann", "Bob")
    first, second = preview.rows
    assert isinstance(first, SkippedRow) and first.field == "状态" and first.line == 2
    assert isinstance(second, MemberDraft) and second.status is not None
    unmapped = apply_overrides(headers, mapping, [("状态", "ignore")], "f.csv")
    assert all(isinstance(r, MemberDraft) for r in build_preview("f.csv", headers, unmapped,
                                                                 sample).rows)


def test_the_shipped_template_maps_every_column(tmp_path: Path) -> None:
    template = resources_dir() / "templates" / "members_template.csv"
    assert template.read_bytes().startswith(b"\xef\xbb\xbf")
    plan = open_import(template)
    assert plan.table is not None
    targets = {str(t) for t in plan.mapping}
    assert IGNORE not in plan.mapping
    assert {"name", "aliases", "wechat", "telegram", "discord", "slack", "whatsapp", "phone",
            "email", "tags", "note", "interests", "needs", "joined", "status", "role",
            "location", "time_zone"} <= targets
    filled = tmp_path / "filled.csv"
    filled.write_bytes(template.read_bytes() + "王芳,芳芳,wf_88,,,,,138 0013 8000,,"
                       "\"VIP,新人\",第一次备注,摄影,找工作,2024/3/8,活跃,版主,杭州,"
                       "Asia/Shanghai\r\n".encode())
    [draft] = list(open_import(filled).drafts())
    assert isinstance(draft, MemberDraft)
    assert (draft.display_name, draft.aliases, draft.role, draft.location, draft.time_zone,
            draft.interests, draft.needs) == \
        ("王芳", "芳芳", "版主", "杭州", "Asia/Shanghai", "摄影", "找工作")
    assert [h.handle for h in draft.handles] == ["wf_88", "138 0013 8000"]
