"""The icon set: every named icon is drawn from the one bundled icon font."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.ui.icons import NAMES, font_files, icon


def _inked(name: str) -> int:
    image = icon(name).pixmap(QSize(24, 24)).toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 0)


def test_every_named_icon_draws_a_glyph(qapp: QApplication) -> None:
    assert [name for name in NAMES if _inked(name) < 10] == []


def test_the_icon_font_is_the_material_design_one() -> None:
    ttf, charmap = font_files()
    assert ttf.startswith("materialdesignicons6-") and ttf.endswith(".ttf")
    assert charmap.endswith(".json")
