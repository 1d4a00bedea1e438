"""Charts draw Chinese with the bundled font, without pyplot and without Qt."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import matplotlib as mpl
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from app.charts.fonts import chart_rc, register_chart_fonts

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
REGULAR = RESOURCES / "fonts" / "StewardSans-Regular.ttf"
BOLD = RESOURCES / "fonts" / "StewardSans-Bold.ttf"
CHINESE = "社群运营 · 会员增长"


def _require_fonts() -> None:
    """Skip on a developer checkout without the font; in CI a missing font is a failure."""
    missing = [path for path in (REGULAR, BOLD) if not path.is_file()]
    if not missing:
        return
    message = f"{missing[0]} is missing; run packaging/tools/subset_font.py"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def _render_png(title: str) -> tuple[bytes, list[str]]:
    """Draw a small chart and return the PNG and every glyph-missing warning it raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = Figure(figsize=(3, 2), dpi=60)
        FigureCanvasAgg(fig)
        ax = fig.subplots()
        ax.set_title(title)
        ax.bar(["一月", "二月"], [3, 5])
        out = io.BytesIO()
        fig.savefig(out, format="png")
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    return out.getvalue(), missing


def test_register_returns_family_and_is_idempotent() -> None:
    _require_fonts()
    family = register_chart_fonts(RESOURCES)
    count = len(font_manager.fontManager.ttflist)

    assert register_chart_fonts(RESOURCES) == family == "Steward Sans CJK SC"
    assert register_chart_fonts(RESOURCES) == family
    assert len(font_manager.fontManager.ttflist) == count


def test_missing_font_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"StewardSans-Regular\.ttf"):
        register_chart_fonts(tmp_path)


def test_chinese_string_resolves_to_the_bundled_file() -> None:
    _require_fonts()
    family = register_chart_fonts(RESOURCES)
    rc = chart_rc(family)
    assert rc["font.family"] == ["DejaVu Sans", family]

    # matplotlib falls back along font.family per character: the first family whose font has
    # the glyphs is the one that draws them.
    chosen = []
    for name in rc["font.family"]:
        path = font_manager.findfont(
            font_manager.FontProperties(family=name), fallback_to_default=False
        )
        font = font_manager.get_font(path)
        if all(font.get_char_index(ord(ch)) for ch in CHINESE.replace(" ", "")):
            chosen.append(path)
    assert chosen and Path(chosen[0]) == REGULAR.resolve()

    bold = font_manager.findfont(
        font_manager.FontProperties(family=family, weight="bold"), fallback_to_default=False
    )
    assert Path(bold).name == "StewardSans-Bold.ttf"


def test_chinese_title_renders_without_missing_glyphs() -> None:
    _require_fonts()
    family = register_chart_fonts(RESOURCES)
    with mpl.rc_context(chart_rc(family)):
        png, missing = _render_png(CHINESE)
    assert png.startswith(b"\x89PNG")
    assert missing == []


def test_without_the_fallback_glyphs_are_reported_missing() -> None:
    """Control: proves the check above would notice tofu."""
    with mpl.rc_context({"font.family": ["DejaVu Sans"]}):
        _png, missing = _render_png(CHINESE)
    assert missing
