"""PDFs embed the bundled font, and their Chinese survives a round trip through pdftotext."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fpdf import FPDF

from app.exporters.pdf_fonts import add_cjk_font

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
CHINESE = "社群运营：会员「张伟」已加入（¥120）"
BOLD_TEXT = "案件处理 Ⅻ ① ǚ"


def _skip_or_fail(message: str) -> None:
    """Skip on a developer machine; in CI a missing prerequisite is a failure."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        _skip_or_fail(f"{tool} not found; install poppler-utils")
    assert path is not None
    return path


@pytest.fixture
def fonts_present() -> None:
    for name in ("StewardSans-Regular.ttf", "StewardSans-Bold.ttf"):
        if not (RESOURCES / "fonts" / name).is_file():
            _skip_or_fail(f"{RESOURCES / 'fonts' / name} is missing; run subset_font.py")


def _write_pdf(target: Path) -> str:
    pdf = FPDF()
    family = add_cjk_font(pdf, RESOURCES)
    add_cjk_font(pdf, RESOURCES)  # a second call must not warn (warnings are errors)
    pdf.add_page()
    pdf.set_font(family, size=14)
    pdf.cell(text=CHINESE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, style="B", size=14)
    pdf.cell(text=BOLD_TEXT, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))
    return family


@pytest.mark.usefixtures("fonts_present")
def test_chinese_text_is_extractable(tmp_path: Path) -> None:
    pdftotext = _require("pdftotext")
    target = tmp_path / "cjk.pdf"
    _write_pdf(target)

    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(target), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout
    assert CHINESE in text
    assert BOLD_TEXT in text


@pytest.mark.usefixtures("fonts_present")
def test_both_weights_are_embedded(tmp_path: Path) -> None:
    pdffonts = _require("pdffonts")
    target = tmp_path / "cjk.pdf"
    _write_pdf(target)

    listing = subprocess.run(
        [pdffonts, str(target)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    # fpdf2 names the subset "<TAG>+<family><style>": one per weight used.
    names = sorted(row[0].split("+", 1)[-1] for row in rows)
    assert len(names) == 2 and all(n.startswith("StewardSansCJKSC") for n in names), listing
    # Columns after the encoding: emb sub uni object-id generation.
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows), listing


def test_missing_font_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"StewardSans-Regular\.ttf"):
        add_cjk_font(FPDF(), tmp_path)
