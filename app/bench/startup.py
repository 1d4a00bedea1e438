"""Cold start: from launching ``python main.py`` to a main window a user can work in.

Measured in fresh processes (the OS file cache is warm: it is the start a user sees every day,
not the first after a reboot). ``--bench-startup`` is the real entry point with one difference:
once the first page has loaded and the event loop is idle, it reports and quits. The floor is a
bare PySide6 window started the same way.
"""

from __future__ import annotations

from app.bench.child import measure_child
from app.bench.env import BenchEnv
from app.bench.figures import Reading

FLOOR = "a bare PySide6 window, fresh process"


def cold_start(env: BenchEnv) -> list[Reading]:
    bare = measure_child("-m", "app.ui.bench.bare_window")
    empty = measure_child("main.py", "--data-dir", str(env.folder("start-empty")),
                          "--bench-startup")
    full = measure_child("main.py", "--data-dir", str(env.shared_copy("start-full")),
                         "--bench-startup")
    env.facts["qt"] = str(full.data.get("qt", "?"))
    return [
        Reading("startup.empty_folder", "ms", empty.ready_ms, bare.ready_ms, FLOOR),
        Reading(f"startup.{env.members}_members", "ms", full.ready_ms, bare.ready_ms, FLOOR),
        Reading(f"memory.startup_{env.members}_members", "MB", full.data["peak_rss_mb"],
                bare.data["peak_rss_mb"], "peak RSS of a bare PySide6 window"),
    ]
