"""The import service on a real database: matching, all-or-nothing, cancel, dry run, summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import AppContext
from app.domain.member_io import ImportSummary
from app.errors import Cancelled
from app.importers.errors import ImportValidationError
from app.importers.plan import open_import


def _csv(tmp_path: Path, text: str, name: str = "m.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(ctx: AppContext, path: Path, **kwargs: object) -> ImportSummary:
    return ctx.member_import.run(open_import(path), **kwargs)  # type: ignore[arg-type]


def _rows(ctx: AppContext, sql: str) -> list[tuple[object, ...]]:
    with ctx.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def test_rows_with_a_known_handle_update_that_member(ctx: AppContext, tmp_path: Path) -> None:
    first = _csv(tmp_path, "姓名,微信号,Telegram,标签,备注,城市\n"
                           "张三,zs01,@zhang,VIP,初次见面,上海\n李四,ls02,,,,北京\n")
    summary = _import(ctx, first)
    assert (summary.added, summary.updated, summary.notes_added, summary.tags_created) == \
        (2, 0, 1, 1)
    second = _csv(tmp_path, "Name,Telegram,Tags,Notes,Location\n"
                            ",zhang,新人,第二次聊天,\n李四,,,,\n", "again.csv")
    summary = _import(ctx, second)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 0)
    assert _rows(ctx, "SELECT display_name, location FROM member ORDER BY id") == \
        [("张三", "上海"), ("李四", "北京"), ("李四", "")]
    assert _rows(ctx, "SELECT t.name FROM member_tag mt JOIN tag t ON t.id = mt.tag_id "
                      "WHERE mt.member_id = 1 ORDER BY t.name") == [("VIP",), ("新人",)]
    assert _rows(ctx, "SELECT body FROM note WHERE member_id = 1 ORDER BY id") == \
        [("初次见面",), ("第二次聊天",)]


def test_importing_the_same_file_twice_adds_nothing(ctx: AppContext, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Name,Email,Note\nAnn,Ann@Example.org,hello\n")
    _import(ctx, path)
    summary = _import(ctx, path)
    assert (summary.added, summary.updated, summary.unchanged, summary.notes_added) == \
        (0, 0, 1, 0)
    assert _rows(ctx, "SELECT count(*) FROM note") == [(1,)]


def test_skipped_rows_are_listed_with_line_and_reason(ctx: AppContext, tmp_path: Path) -> None:
    _import(ctx, _csv(tmp_path, "Name,WeChat\nA,wa\nB,wb\n", "seed.csv"))
    path = _csv(tmp_path, "Name,WeChat,Joined,Status\n"
                          ",nobody,,\n"          # new member without a name
                          "X,\"wa,wb\",,\n"      # handles of two different members
                          "Y,wy,31/12/2024,\n"   # ambiguous date
                          "Z,wz,,asleep\n"       # unknown status
                          ",wa,,\n")             # no name, but a known handle: fine
    summary = _import(ctx, path)
    assert [(s.line, s.field) for s in summary.skipped] == \
        [(2, "name"), (3, "handles"), (4, "Joined"), (5, "Status")]
    reasons = " ".join(s.describe() for s in summary.skipped)
    assert "m.csv, line 3, handles: its handles belong to 2 different members" in reasons
    assert "YYYY-MM-DD" in reasons and "use one of active" in reasons
    assert summary.added == 0 and summary.unchanged == 1


def test_hostile_text_is_stored_exactly(ctx: AppContext, tmp_path: Path) -> None:
    names = ["Robert'); DROP TABLE member;--", "名" * 10_000, "😀👩‍👩‍👧", "مرحبا \u202eabc",
             "=cmd|' /C calc'!A0"]
    body = "Name,Note\n" + "".join('"{0}","{0}"\n'.format(n.replace('"', '""')) for n in names)
    summary = _import(ctx, _csv(tmp_path, body))
    assert summary.added == len(names)
    assert _rows(ctx, "SELECT display_name FROM member ORDER BY id") == [(n,) for n in names]
    assert _rows(ctx, "SELECT body FROM note ORDER BY id") == [(n,) for n in names]


def test_an_error_late_in_the_file_leaves_nothing_behind(ctx: AppContext, tmp_path: Path) -> None:
    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n"
                    for i in range(50))
    cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nPHOTO;ENCODING=b:@@@@\r\nEND:VCARD\r\n"
    path = tmp_path / "contacts.vcf"
    path.write_text(cards, encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        _import(ctx, path)
    assert err.value.line == 204
    assert _rows(ctx, "SELECT count(*) FROM member") == [(0,)]


class _CancelAfter:
    def __init__(self, reports: int) -> None:
        self.reports = reports
        self.seen: list[tuple[int, int]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return len(self.seen) >= self.reports


def test_cancel_rolls_everything_back(ctx: AppContext, tmp_path: Path) -> None:
    rows = "".join(f"Member {i},w{i},tag{i % 7},note {i}\n" for i in range(3000))
    path = _csv(tmp_path, "Name,WeChat,Tags,Note\n" + rows)
    progress = _CancelAfter(reports=3)
    with pytest.raises(Cancelled):
        _import(ctx, path, progress=progress)
    assert progress.seen[0] == (500, 3002)
    assert _rows(ctx, "SELECT count(*) FROM member") == [(0,)]
    assert _rows(ctx, "SELECT count(*) FROM tag") == [(0,)]


def test_dry_run_reports_and_saves_nothing(ctx: AppContext, tmp_path: Path) -> None:
    summary = _import(ctx, _csv(tmp_path, "Name,Tags\nAnn,x\nBob,y\n"), dry_run=True)
    assert (summary.dry_run, summary.added, summary.tags_created) == (True, 2, 2)
    assert _rows(ctx, "SELECT count(*) FROM member") == [(0,)]


def test_vcard_extras_become_a_note_and_json_tag_colours_apply(ctx: AppContext,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nBDAY:19850415\nORG:ACME\nEND:VCARD\n",
                    encoding="utf-8")
    _import(ctx, path)
    assert _rows(ctx, "SELECT body FROM note") == [("Birthday: 1985-04-15\nOrganisation: ACME",)]
    data = tmp_path / "m.json"
    data.write_text('{"format": "steward.members", "version": 1, "tags": [{"name": "红", '
                    '"color": "#ff0000"}], "members": [{"name": "Bo", "tags": ["红"]}]}',
                    encoding="utf-8")
    _import(ctx, data)
    assert _rows(ctx, "SELECT name, color FROM tag") == [("红", "#ff0000")]
