"""``python main.py bench`` measures on a throwaway demo community and prints named figures."""

from __future__ import annotations

import io
import json
from pathlib import Path

from app.bench.report import FIGURES, IN_PROCESS
from app.bench.runner import source_name
from app.cli import main


def test_bench_prints_one_json_object_of_figures_beside_floors(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(tmp_path / "data"), "bench", "--members", "400", "--runs",
                 "2", "--json"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    report = json.loads(out.getvalue())
    figures = report["figures"]
    for name in ("list.open", "list.scroll.page_p95", "list.sort.name", "list.sort.tags",
                 "search.latin.1_chars.p95", "search.cjk.1_chars.p95", "search.cjk.6-10_chars.p50",
                 "seed.demo.members_per_s", "import.csv_400_rows", "export.markdown_one_file",
                 "export.markdown_file_per_member", "backup.400_members"):
        assert figures[name]["runs"] == 2, name
        assert figures[name]["median"] > 0, name
        assert figures[name]["floor"]["median"] > 0, name
    assert figures["seed.demo.members_per_s"]["unit"] == "members/s"
    assert report["pending"] == {}
    assert report["failed"] == {}
    assert report["machine"]["sqlite"]


def test_one_figure_can_be_checked_alone(tmp_path: Path) -> None:
    out = io.StringIO()
    code = main(["--data-dir", str(tmp_path / "data"), "bench", "--members", "300", "--runs",
                 "1", "--figure", "member_list"], stdout=out, stderr=io.StringIO())
    assert code == 0
    lines = out.getvalue().splitlines()
    assert lines and all(line.startswith("list.") for line in lines)


def test_the_suite_lists_every_first_figure() -> None:
    names = {source_name(fn) for fn in FIGURES}
    assert {"member_list.member_list", "search.search_service", "seeding.demo_seeding",
            "member_import.import_csv", "export.export_all_notes", "backup.backup_database",
            "startup.cold_start", "window.gui_session"} <= names
    assert set(IN_PROCESS) <= set(FIGURES)
