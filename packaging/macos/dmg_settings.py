"""dmgbuild settings for Steward's disk image (the window that opens when the .dmg is mounted).

    dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Steward.app Steward dist/Steward.dmg

dmgbuild runs this file with ``defines`` (the -D values) in scope.
"""
# ruff: noqa: F821
from pathlib import Path

application = defines.get("app", "dist/Steward.app")
app_name = Path(application).name
icon = str(Path(application) / "Contents" / "Resources" / "steward.icns")

format = "ULFO"  # LZFSE-compressed, read-only (macOS 10.11+)
filesystem = "APFS"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
icon_locations = {app_name: (150, 170), "Applications": (490, 170)}
window_rect = ((200, 200), (640, 380))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
show_icon_preview = False
icon_size = 128
text_size = 13
