"""The GUI benchmark: Steward's real window on a large folder, driven by scripted actions.

``python -m app.ui.bench.session --data-dir D`` opens the main window as the app does (GUI
controller, task runner, pages), measures the idle timer gap, then drives the member list
(open, scroll, sort by each column, search in both scripts) and reports, for each action, the
time until rows were on screen and the longest freeze of the GUI thread, plus the process's peak
memory. ``app.bench.window`` runs it and sets each figure beside its floor.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import qVersion

from app.bench.memory import peak_rss_mb
from app.bench.protocol import report
from app.gui import GuiController, make_application
from app.paths import AppPaths
from app.ui.bench import actions as act
from app.ui.bench.driver import drive, idle_gap
from app.ui.waiting import wait_until

SEARCHES = (("search_latin", "an"), ("search_han", "王"), ("search_handle", "panda_1"),
            ("search_note_words", "线上分享"))
MEMBERS_PAGE = 1


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
        window.show_page(0)  # start where a new user does, whatever page was saved last time
        wait_until(lambda: window.current_page().is_ready(), 120_000)
        runner = controller.runner
        page = window.members_page
        steps = [act.open_list(page, runner, lambda: window.show_page(MEMBERS_PAGE)),
                 act.scroll_to_end(page, runner), act.scroll_to_start(page, runner),
                 act.page_down(page, runner), act.drag_scrollbar(page, runner),
                 *act.sort_every_column(page, runner)]
        for key, text in SEARCHES:
            steps += [act.scroll_to_start(page, runner), act.type_search(page, runner, text, key),
                      act.scroll_to_end(page, runner)]
        steps.append(act.clear_search(page, runner))
        _unique_keys(steps)
        idle = idle_gap()
        results = []
        for step in steps:
            result = drive(step)
            results.append({**asdict(result),
                            "pages": [asdict(q) | {"sort": q.sort.value} for q in result.pages]})
        report({"qt": qVersion(), "idle_gap_ms": idle, "actions": results,
                "peak_rss_mb": peak_rss_mb()})
        window.close()
        return 0
    finally:
        controller.shutdown()


def _unique_keys(steps: list[act.ListAction]) -> None:
    """A repeated action gets a numbered key, so each is its own figure in the report."""
    seen: dict[str, int] = {}
    for step in steps:
        seen[step.key] = seen.get(step.key, 0) + 1
        if seen[step.key] > 1:
            step.key = f"{step.key}_{seen[step.key]}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
