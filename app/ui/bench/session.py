"""The GUI benchmark: Steward's real window on a large folder, driven by scripted actions.

``python -m app.ui.bench.session --data-dir D`` opens the main window as the app does (GUI
controller, task runner, pages), measures the idle timer gap, then drives the member list
(open, scroll, sort by each column, search in both scripts) and long background work (export
every note, Back up now in Settings, import a member list), and reports, for each action, the
time until it was over and the longest freeze of the GUI thread, plus the process's peak memory.
``app.bench.window`` runs it and sets each figure beside its floor. The import writes: run it on
a copy.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import qVersion

from app.bench.member_import import make_member_csv
from app.bench.memory import peak_rss_mb
from app.bench.protocol import report
from app.domain.member_io import ExportFormat, ExportSelection
from app.gui import GuiController, freeze_startup_heap, make_application
from app.importers.plan import open_import
from app.paths import AppPaths
from app.ui.bench import actions as act
from app.ui.bench.driver import drive, idle_gap
from app.ui.main_window import MainWindow
from app.ui.waiting import wait_until

SEARCHES = (("search_latin", "an"), ("search_han", "王"), ("search_handle", "panda_1"),
            ("search_note_words", "线上分享"))
MEMBERS_PAGE = 1
IMPORT_ROWS = 3_000
EXPORT_TAG = "VIP"  # about one member in eight; every note is the export figure's (app.bench.export)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="app.ui.bench.session")
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args(argv)
    app = make_application(sys.argv[:1])
    controller = GuiController(app, AppPaths(Path(args.data_dir)), "en")
    if not controller.open(interactive=False):  # the key comes from the environment
        return 1
    window = controller.window
    assert window is not None
    try:
        window.show()
        freeze_startup_heap()  # as run_gui does once the window is up
        window.show_page(0)  # start where a new user does, whatever page was saved last time
        wait_until(lambda: window.current_page().is_ready(), 120_000)
        runner = controller.runner
        page = window.members_page
        steps = [act.open_list(page, runner, lambda: window.show_page(MEMBERS_PAGE)),
                 act.scroll_to_end(page, runner), act.scroll_to_start(page, runner),
                 act.page_down(page, runner), act.drag_scrollbar(page, runner),
                 *act.sort_every_column(page, runner)]
        # ranked results replace the list while there is text; each search clears the last
        steps += [act.type_search(page, runner, text, key) for key, text in SEARCHES]
        steps.append(act.clear_search(page, runner))
        _unique_keys(steps)
        idle = idle_gap()
        scratch = Path(tempfile.mkdtemp(prefix="steward-bench-session-"))
        try:
            results = [_measured(step) for step in steps]
            list_peak = peak_rss_mb()
            results += _background(controller, window, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        report({"qt": qVersion(), "idle_gap_ms": idle, "actions": results,
                "peak_rss_mb": list_peak, "peak_rss_after_background_mb": peak_rss_mb()})
        window.close()
        return 0
    finally:
        controller.shutdown()


def _measured(step: act.ListAction | act.RunnerAction) -> dict[str, object]:
    result = drive(step)
    return {**asdict(result), "pages": [asdict(q) | {"sort": q.sort.value} for q in result.pages]}


def _background(controller: GuiController, window: MainWindow,
                scratch: Path) -> list[dict[str, object]]:
    """Export a tag's notes and import a member list (started as the export dialog and the import
    wizard will start them), then Back up now, clicked in Settings. The import adds members, so
    it comes after every list figure."""
    ctx = controller.context
    assert ctx is not None
    runner = controller.runner
    source = make_member_csv(scratch / "members.csv", IMPORT_ROWS)
    results = [_measured(step) for step in (
        act.service_action("export_tag", "export the notes of a tag's members (Markdown)",
                           runner, lambda progress: ctx.member_export.export(
                               ExportSelection(tag=EXPORT_TAG), ExportFormat.MARKDOWN,
                               scratch / "tag.md", progress=progress)),
        act.service_action("import_members", f"import {IMPORT_ROWS:,} members (CSV)", runner,
                           lambda progress: ctx.member_import.run(open_import(source),
                                                                  progress=progress)),
    )]
    settings = next(i for i, (name, _page) in enumerate(window.pages) if name == "settings")
    window.show_page(settings)
    wait_until(lambda: window.current_page().is_ready() and not runner.active, 120_000)
    results.append(_measured(act.back_up_now(window.backups_section.backup_button, runner)))
    return results


def _unique_keys(steps: list[act.ListAction]) -> None:
    """A repeated action gets a numbered key, so each is its own figure in the report."""
    seen: dict[str, int] = {}
    for step in steps:
        seen[step.key] = seen.get(step.key, 0) + 1
        if seen[step.key] > 1:
            step.key = f"{step.key}_{seen[step.key]}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
