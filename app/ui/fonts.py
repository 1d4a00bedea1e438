"""The bundled CJK font, for Qt widgets.

Steward is used in Chinese on machines that may have no Chinese font at all (a fresh Windows
install in another locale, a minimal Linux desktop). Qt would then draw boxes. We ship
"Steward Sans CJK SC" (a subset of Noto Sans CJK SC, see resources/fonts/README.md) and hand
it to Qt as a fallback behind the platform's own UI font, so Latin text still looks native and
Chinese always has glyphs, the same glyphs in the window, the charts and the PDFs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.bundled_fonts import FONT_FILES, font_path

# UI.md asks for a 10–11 pt base size whatever the platform default is.
MIN_POINT_SIZE = 10.0
MAX_POINT_SIZE = 11.0


def register_app_fonts(resources: Path) -> list[str]:
    """Load the bundled fonts into this process's Qt font database.

    ``resources`` is the resources folder. Fails loudly rather than
    falling back to tofu: a missing or unreadable font is a broken install, and the message names
    the file so the user or packager can see what is missing.
    """
    families: list[str] = []
    for name in FONT_FILES:
        path = font_path(resources, name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            raise RuntimeError(f"Qt could not load the bundled font {path}; reinstall Steward.")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_ui_font(app: QApplication, families: list[str]) -> None:
    """Make the bundled families the fallback behind the platform UI font.

    The platform family stays first so Latin text keeps the native look (Segoe UI, SF, Cantarell);
    Qt walks the family list per character, so Han text lands on the bundled font before any
    system font, which keeps Chinese consistent across machines.
    """
    font = QFont(app.font())
    platform_family = font.family()
    font.setFamilies([platform_family, *(f for f in families if f != platform_family)])
    size = font.pointSizeF()
    if size <= 0:  # the platform font was set in pixels; fall back to the base size
        size = MIN_POINT_SIZE
    font.setPointSizeF(min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE))
    app.setFont(font)

