"""Take screenshots of every page, in English and Chinese, light and dark, at two sizes.

Usage: python packaging/tools/screenshots.py OUT_DIR [--members N] [--sizes 1280x800,1920x1080]
Runs offscreen on a throwaway data folder filled by the demo seeder, so the pictures show a
living community. Used to refresh docs/screenshots/ and to look at every screen after a change.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

_SCREEN = Path(__file__).resolve().parents[2] / "tests" / "helpers" / "offscreen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSize  # noqa: E402

from app.bootstrap import build_context  # noqa: E402
from app.gui import GuiController, _wait, make_application  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.secrets.environment import EnvironmentPrompter  # noqa: E402
from app.secrets.memory import MemorySecretStore  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--sizes", default="1280x800")
    parser.add_argument("--langs", default="en,zh_CN")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--pages", default="")
    parser.add_argument("--empty", action="store_true", help="leave the data folder empty")
    parser.add_argument("--search", default="", help="also shoot search results for this query")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp))
        # A throwaway folder: its key lives in memory, never in the developer's keyring.
        store = MemorySecretStore()
        ctx = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}))
        ctx.keys.mark_recovery_key_saved()
        if not args.empty:
            ctx.demo.seed(args.members, seed=7)
        ctx.close()
        for lang in args.langs.split(","):
            for theme in args.themes.split(","):
                for size in args.sizes.split(","):
                    width, height = (int(v) for v in size.split("x"))
                    shoot(app, paths, store, lang, theme, QSize(width, height), args)
    return 0


def shoot(app: object, paths: AppPaths, store: MemorySecretStore, lang: str, theme: str,
          size: QSize, args: argparse.Namespace) -> None:
    controller = GuiController(app, paths, lang, secrets=store)  # type: ignore[arg-type]
    controller._theme_chosen(theme)
    assert controller.open(interactive=False) and controller.window is not None
    window = controller.window
    window.resize(size)
    window.show()
    wanted = [p for p in args.pages.split(",") if p]
    for index, (name, page) in enumerate(window.pages):
        if wanted and name not in wanted:
            continue
        window.show_page(index)
        _wait(page.is_ready)
        _wait(lambda: controller.runner.active == 0)
        _wait(lambda: False, 200)  # let queued layout and show events settle before the grab
        suffix = "" if size == QSize(1280, 800) else f"-{size.width()}x{size.height()}"
        target = args.out / f"{name}-{lang}-{theme}{suffix}.png"
        window.grab().save(str(target))
        print(target)
        if name == "members" and args.search:
            _search_shots(window, controller, lang, theme, suffix, args)
    window.close()
    controller.shutdown()


def _search_shots(window: object, controller: GuiController, lang: str, theme: str,
                  suffix: str, args: argparse.Namespace) -> None:
    """Ranked search results (a one-character Chinese query) and the Ctrl+K palette."""
    page = window.members_page  # type: ignore[attr-defined]
    page.search.setText(args.search)
    _wait(lambda: False, 600)  # past the search box's delay
    _wait(lambda: controller.runner.active == 0)
    _wait(lambda: False, 200)
    target = args.out / f"search-{lang}-{theme}{suffix}.png"
    window.grab().save(str(target))  # type: ignore[attr-defined]
    print(target)
    page.search.clear()
    window.quick_open.popup(window)  # type: ignore[attr-defined]
    window.quick_open.edit.setText(args.search)  # type: ignore[attr-defined]
    _wait(lambda: False, 600)
    _wait(lambda: controller.runner.active == 0)
    target = args.out / f"quick-open-{lang}-{theme}{suffix}.png"
    window.quick_open.grab().save(str(target))  # a popup of its own, not part of the window
    print(target)
    window.quick_open.hide()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
