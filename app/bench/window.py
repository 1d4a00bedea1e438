"""The member list in the real window at scale: time to rows, GUI-thread freezes, memory.

Runs ``app.ui.bench.session`` in a child process on a fresh copy of the populated folder. For
each scripted list action the figures are the time from the last input to rows on screen (floor:
the page queries it waited for, on the bare driver, on the same file, right after; a typed search
also waits for the list's 200 ms debounce, which the floor does not) and the longest freeze of
the GUI thread (floor: the longest gap of the same timer while the window sat idle; the suite
fails any action over 250 ms). Exporting the notes of a tag's members, importing 3,000 members
into the populated folder and Back up now give their longest freeze too. Peak memory of the GUI
process, after the list actions and after the background work, stands beside a bare PySide6
window's.
"""

from __future__ import annotations

import shutil

from app.bench.child import measure_child
from app.bench.env import BenchEnv
from app.bench.figures import Reading, runs_at_most
from app.bench.member_list import floor_page
from app.bench.search_bench import floor_query
from app.bench.timing import timed
from app.domain.members import MemberQuery, MemberSort

SEARCH_PAGE = 100  # the first page of ranked results (the Members page asks for 100)


@runs_at_most(3)
def gui_session(env: BenchEnv) -> list[Reading]:
    folder = env.populated_copy("gui")  # the session imports members: a fresh copy each run
    bare = measure_child("-m", "app.ui.bench.bare_window")
    session = measure_child("-m", "app.ui.bench.session", "--data-dir", str(folder)).data
    env.facts["qt"] = str(session.get("qt", "?"))
    idle = float(session["idle_gap_ms"])
    out: list[Reading] = []
    with env.floor_connection(folder) as conn:
        for action in session["actions"]:
            key = action["key"]
            floor_ms = 0.0
            for page in action["pages"]:
                query = MemberQuery(text=page["text"], sort=MemberSort(page["sort"]),
                                    descending=page["descending"], offset=page["offset"],
                                    limit=page["limit"])
                took, _ = timed(lambda q=query: floor_page(conn, q))
                floor_ms += took
            if action["pages"]:  # an action that fetched nothing has no query to compare with
                out.append(Reading(f"gui.{key}.response", "ms", action["response_ms"], floor_ms,
                                   "the pages fetched after the last input, on the "
                                   "bare driver (no search debounce, no painting)"))
            elif action.get("search"):
                took, _ = timed(lambda t=action["search"]: floor_query(conn, t, SEARCH_PAGE))
                out.append(Reading(f"gui.{key}.response", "ms", action["response_ms"], took,
                                   "the same search's FTS5 index lookups on the bare driver "
                                   "(no search debounce, no ranking, no painting)"))
            out.append(Reading(f"gui.{key}.longest_freeze", "ms", action["gap_ms"], idle,
                               "the 16 ms timer's longest gap with the window idle"))
    out.append(Reading(f"memory.gui_peak_{env.members}_members", "MB",
                       float(session["peak_rss_mb"]), float(bare.data["peak_rss_mb"]),
                       "peak RSS of a bare PySide6 window"))
    out.append(Reading("memory.gui_peak_after_export_import_backup", "MB",
                       float(session["peak_rss_after_background_mb"]),
                       float(bare.data["peak_rss_mb"]), "peak RSS of a bare PySide6 window"))
    shutil.rmtree(folder)
    return out
