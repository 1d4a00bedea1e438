"""Qt can draw Chinese with the bundled font, behind the platform UI font."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from app.ui.fonts import apply_ui_font, register_app_fonts

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FAMILY = "Steward Sans CJK SC"
SAMPLE = "社群运营会员案件"


@pytest.fixture
def families(qapp: QApplication) -> list[str]:
    for name in ("StewardSans-Regular.ttf", "StewardSans-Bold.ttf"):
        path = RESOURCES / "fonts" / name
        if not path.is_file():
            message = f"{path} is missing; run packaging/tools/subset_font.py"
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(message)
            pytest.skip(message)
    return register_app_fonts(RESOURCES)


@pytest.fixture
def restore_app_font(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    yield
    qapp.setFont(before)


def test_registered_family_is_known_to_qt(families: list[str]) -> None:
    assert families == [FAMILY]
    assert FAMILY in QFontDatabase.families()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(FAMILY)
    assert "Bold" in QFontDatabase.styles(FAMILY)


def test_bundled_font_has_the_glyphs(families: list[str]) -> None:
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        font = QFont(FAMILY, 11, weight)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # judge this font alone
        raw = QRawFont.fromFont(font)
        assert raw.isValid()
        assert raw.familyName() == FAMILY
        # Pass code points: PySide6's str -> QChar overload answers False for some ideographs.
        assert all(raw.supportsCharacter(ord(ch)) for ch in SAMPLE)
        assert QFontMetrics(font).inFontUcs4(ord("运"))


def test_accepts_the_fonts_folder_too(families: list[str]) -> None:
    assert register_app_fonts(RESOURCES) == families


def test_missing_font_names_the_file(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"StewardSans-Regular\.ttf"):
        register_app_fonts(tmp_path)


def test_unreadable_font_names_the_file(qapp: QApplication, tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "StewardSans-Regular.ttf").write_bytes(b"not a font")
    with pytest.raises(RuntimeError, match=r"StewardSans-Regular\.ttf"):
        register_app_fonts(tmp_path)


@pytest.mark.usefixtures("restore_app_font")
def test_ui_font_keeps_platform_family_first(qapp: QApplication, families: list[str]) -> None:
    platform_family = qapp.font().family()

    apply_ui_font(qapp, families)

    font = qapp.font()
    assert font.families()[0] == platform_family
    assert FAMILY in font.families()
    assert 10 <= font.pointSizeF() <= 11
    metrics = QFontMetrics(font)
    assert metrics.horizontalAdvance(SAMPLE) > 0
