"""The export service on a real database: selections, round trips into a new data folder, and
writes that never leave a half-written file."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import AppContext
from app.domain.member_io import ExportFormat, ExportSelection
from app.errors import Cancelled, UserError
from app.importers.plan import open_import
from tests.helpers.member_io import comparable_all, stored_records
from tests.helpers.pdf import pdf_text

ALL = ExportSelection()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder holding only what the export writes (tmp_path also holds the data folder)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(("fmt", "per_member", "name"), [
    (ExportFormat.MARKDOWN, False, "all.md"), (ExportFormat.MARKDOWN, True, "folder"),
    (ExportFormat.CSV, False, "all.csv"), (ExportFormat.JSON, False, "all.json")])
def test_demo_community_round_trips(demo_ctx: AppContext, fresh: AppContext, out_dir: Path,
                                    fmt: ExportFormat, per_member: bool, name: str) -> None:
    out = out_dir / name
    result = demo_ctx.member_export.export(ALL, fmt, out, per_member=per_member)
    assert result.members == 300 and result.notes > 300
    assert result.files == (300 if per_member else 1)
    summary = fresh.member_import.run(open_import(out))
    assert (summary.added, summary.skipped) == (300, ())
    original = stored_records(demo_ctx.sessions)
    assert sorted(comparable_all(stored_records(fresh.sessions)), key=repr) == \
        sorted(comparable_all(original), key=repr)
    assert [p.name for p in out_dir.iterdir()] == [name]


def test_selection_by_ids_and_by_tag(demo_ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "some.json"
    result = demo_ctx.member_export.export(ExportSelection(member_ids=(5, 3, 5)),
                                           ExportFormat.JSON, out)
    assert (result.members, [d.display_name for d in open_import(out).drafts()]) == \
        (2, [r.display_name for r in stored_records(demo_ctx.sessions) if r.id in (5, 3)][::-1])
    tagged = [r for r in stored_records(demo_ctx.sessions) if "VIP" in r.tags]
    result = demo_ctx.member_export.export(ExportSelection(tag="VIP"), ExportFormat.CSV,
                                           tmp_path / "vip.csv")
    assert result.members == len(tagged) > 0


@pytest.mark.parametrize(("selection", "message"), [
    (ExportSelection(member_ids=(1, 99999)), "No member with id 99999"),
    (ExportSelection(tag="no such tag"), "no tag named 'no such tag'"),
    (ExportSelection(segment="VIPs"), "no saved segment called “VIPs”"),
])
def test_bad_selections_are_clear(demo_ctx: AppContext, out_dir: Path,
                                  selection: ExportSelection, message: str) -> None:
    with pytest.raises(UserError, match=message):
        demo_ctx.member_export.export(selection, ExportFormat.MARKDOWN, out_dir / "x.md")
    assert list(out_dir.iterdir()) == []


def test_pdf_for_the_set_has_copyable_chinese(demo_ctx: AppContext, tmp_path: Path) -> None:
    records = [r for r in stored_records(demo_ctx.sessions) if r.notes][:20]
    out = tmp_path / "notes.pdf"
    demo_ctx.member_export.export(ExportSelection(member_ids=tuple(r.id for r in records)),
                                  ExportFormat.PDF, out)
    text = pdf_text(out)
    chinese = [r for r in records if any("\u4e00" <= ch <= "\u9fff" for ch in r.display_name)]
    assert chinese and all(r.display_name in text for r in chinese)
    folder = tmp_path / "pdfs"
    result = demo_ctx.member_export.export(ExportSelection(member_ids=(records[0].id,)),
                                           ExportFormat.PDF, folder, per_member=True)
    assert result.files == 1 and next(folder.iterdir()).suffix == ".pdf"


# -- faults: nothing half-written under the final name -----------------------------------------

def test_dev_full_is_a_clear_error(demo_ctx: AppContext) -> None:
    with pytest.raises(UserError) as err:
        demo_ctx.member_export.export(ALL, ExportFormat.JSON, Path("/dev/full"))
    assert "/dev/full" in str(err.value) and "space" in str(err.value)


def test_unwritable_folder_names_the_path(demo_ctx: AppContext, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="does not exist"):
        demo_ctx.member_export.export(ALL, ExportFormat.MARKDOWN, blocker / "out.md")
    with pytest.raises(UserError, match="is a folder"):
        demo_ctx.member_export.export(ALL, ExportFormat.MARKDOWN, tmp_path)
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine")
    with pytest.raises(UserError, match="not an empty folder"):
        demo_ctx.member_export.export(ALL, ExportFormat.MARKDOWN, tmp_path / "busy",
                                      per_member=True)
    assert (tmp_path / "busy" / "keep.txt").read_text() == "mine"


class _CancelSoon:
    def __init__(self) -> None:
        self.calls = 0

    def report(self, done: int, total: int, message: str = "") -> None:
        self.calls += 1

    def cancelled(self) -> bool:
        return self.calls >= 2


@pytest.mark.parametrize("per_member", [False, True])
def test_cancel_keeps_the_previous_file_and_leaves_no_partial(
        demo_ctx: AppContext, out_dir: Path, per_member: bool) -> None:
    out = out_dir / ("folder" if per_member else "notes.md")
    if not per_member:
        out.write_text("yesterday's export")
    with pytest.raises(Cancelled):
        demo_ctx.member_export.export(ALL, ExportFormat.MARKDOWN, out, per_member=per_member,
                                      progress=_CancelSoon())
    expected = [] if per_member else ["notes.md"]
    assert sorted(p.name for p in out_dir.iterdir()) == expected
    if not per_member:
        assert out.read_text() == "yesterday's export"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KB tmpfs (root only): a real "disk full" in the middle of a write."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        if os.environ.get("CI", "").lower() == "true" and os.geteuid() == 0:
            pytest.fail(f"cannot mount a tmpfs as root: {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize("per_member", [False, True])
def test_disk_full_midway_leaves_nothing(demo_ctx: AppContext, tiny_disk: Path,
                                         per_member: bool) -> None:
    out = tiny_disk / ("folder" if per_member else "notes.md")
    with pytest.raises(UserError) as err:
        demo_ctx.member_export.export(ALL, ExportFormat.MARKDOWN, out, per_member=per_member)
    assert "No space left" in str(err.value) and str(tiny_disk) in str(err.value)
    assert list(tiny_disk.iterdir()) == []
