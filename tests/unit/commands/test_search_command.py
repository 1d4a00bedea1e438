"""``python main.py search``: the same search from a terminal, with JSON for scripts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.bootstrap import build_context
from app.cli import main
from app.domain.members import HandleData, Platform
from app.domain.profiles import MemberDraft
from app.paths import AppPaths

BIG_ID = str(2**63 - 1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "community"
    # the default store: the in-memory keyring every test gets, which the CLI will use too
    ctx = build_context(AppPaths(data))
    try:
        member_id = ctx.profiles.create(MemberDraft(
            "王小明", handles=(HandleData(Platform.TELEGRAM, "@xiaoming", BIG_ID),)))
        ctx.tags.tag_members(ctx.tags.create("VIP"), [member_id])
        ctx.notes.add(member_id, "推荐了很多新成员")
        for i in range(30):
            ctx.profiles.create(MemberDraft(f"王{i:02d}"))
    finally:
        ctx.close()
    return data


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_json_lists_members_with_handles_tags_and_the_match(folder: Path) -> None:
    code, out, _ = _run("--data-dir", str(folder), "search", "新成员", "--json")
    assert code == 0
    (hit,) = json.loads(out)
    assert hit["id"] == 1 and hit["display_name"] == "王小明"
    assert hit["handles"] == [{"platform": "telegram", "handle": "@xiaoming",
                               "platform_id": BIG_ID}]
    assert hit["tags"] == ["VIP"] and hit["field"] == "note"
    assert "新成员" in hit["matched"]


def test_limit_and_plain_text_output(folder: Path) -> None:
    code, out, _ = _run("--data-dir", str(folder), "search", "王", "--limit", "5")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 6
    assert lines[0].startswith("#2\t王00\t[name] 王00")  # name order: digits before 小
    assert lines[-1].startswith("… more results: --offset 5")
    code, out, _ = _run("--data-dir", str(folder), "search", "王", "--json", "--limit", "40")
    assert len(json.loads(out)) == 31


def test_no_match_and_usage_errors(folder: Path) -> None:
    code, out, _ = _run("--data-dir", str(folder), "search", "NEAR(\"x\") OR *")
    assert (code, out.strip()) == (0, "No matching members.")
    with pytest.raises(SystemExit) as usage:
        _run("--data-dir", str(folder), "search")
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        _run("--data-dir", str(folder), "search", "x", "--limit", "0")
    assert usage.value.code == 2
