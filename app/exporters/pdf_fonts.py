"""The bundled CJK font, for PDFs written with fpdf2.

fpdf2's built-in fonts (Helvetica and friends) cover Latin-1 only, so Chinese needs an embedded
Unicode font. We embed the bundled "Steward Sans CJK SC" (TrueType outlines, so every fpdf2
release Steward allows can subset it). fpdf2 writes a subset of the glyphs actually used plus a
ToUnicode map, which keeps the Chinese in an exported PDF visible on any viewer, copyable and
searchable. The font also has Latin, so one family serves a whole mixed-language document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.bundled_fonts import BOLD, FAMILY, REGULAR, font_path

if TYPE_CHECKING:
    import fpdf


# fpdf2 style -> file. CJK type has no italics; emphasis set in italic is shown upright (as
# Chinese typesetting does) instead of raising "Undefined font" in the middle of an export.
STYLE_FILES = {"": REGULAR, "B": BOLD, "I": REGULAR, "BI": BOLD}


def add_cjk_font(pdf: fpdf.FPDF, resources: Path) -> str:
    """Register the bundled font on ``pdf`` and return the family name for ``set_font``.

    ``resources`` is the resources folder. Calling it twice on the
    same document is harmless: fpdf2 warns about a font added twice, and Steward's tests turn
    warnings into errors.
    """
    for style, name in STYLE_FILES.items():
        path = font_path(resources, name)
        if f"{FAMILY.lower()}{style}" in pdf.fonts:
            continue
        pdf.add_font(FAMILY, style, str(path))
    return FAMILY

