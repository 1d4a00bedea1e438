"""The bundled CJK font, for matplotlib charts.

matplotlib only looks at system fonts, and its default DejaVu Sans has no Chinese, so a chart
titled "社群运营" would show boxes on most machines. We register the bundled "Steward Sans CJK
SC" with matplotlib's font manager and list it after DejaVu Sans: matplotlib (>= 3.6) falls back
along ``font.family`` per character, so Latin keeps matplotlib's usual look and Han text uses
the same glyphs as the window and the PDFs.

matplotlib only, never pyplot and never Qt: charts are built and tested without a GUI.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib import font_manager

from app.bundled_fonts import FONT_FILES, font_path

LATIN_FAMILY = "DejaVu Sans"  # ships inside matplotlib, so it is always there


def register_chart_fonts(resources: Path) -> str:
    """Make the bundled fonts known to matplotlib and return their family name.

    ``resources`` is the resources folder. Safe to call more than
    once: ``FontManager.addfont`` appends blindly, so a font already listed is not added again,
    which keeps the font list from growing every time a window or test sets charts up.
    """
    manager = font_manager.fontManager
    family = ""
    for name in FONT_FILES:
        path = font_path(resources, name)
        entry = next((e for e in manager.ttflist if e.fname == str(path)), None)
        if entry is None:
            manager.addfont(str(path))
            entry = next(e for e in manager.ttflist if e.fname == str(path))
        family = family or entry.name
    return family


def chart_rc(family: str) -> dict[str, object]:
    """rcParams that give every chart a Chinese-capable font.

    Use as ``matplotlib.rc_context(chart_rc(family))`` around building a figure (text picks its
    font family when it is created), or apply once at start-up with ``rcParams.update``.
    Type 42 embeds the real TrueType font in PDF/PS exports instead of drawing glyphs as Type 3
    procedures: smaller files, and the Chinese stays searchable and copyable.
    """
    return {
        "font.family": [LATIN_FAMILY, family],
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
    }

