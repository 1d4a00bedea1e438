"""The recovery key as a one-page PDF the user can print or keep away from this computer.

The words come from the caller (already translated); this module only lays them out. The key is
set large, in groups, two lines of seven, so it can be read back and typed without mistakes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.exporters.pdf_fonts import add_cjk_font


@dataclass(frozen=True)
class RecoverySheetText:
    title: str
    intro: str
    key_label: str
    folder_label: str
    created_label: str
    advice: tuple[str, ...]


# Locale formatting uses special spaces the bundled font subset does not carry.
_SPACES = {0x00A0: " ", 0x2009: " ", 0x202F: " "}


def recovery_sheet_pdf(text: RecoverySheetText, groups: list[str], data_dir: str,
                       created: str, resources: Path) -> bytes:
    created = created.translate(_SPACES)
    data_dir = data_dir.translate(_SPACES)
    from fpdf import FPDF  # lazily: see app.exporters.pdf_export.PdfWriter

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(text.title)
    pdf.set_creator("Steward")
    pdf.add_page()
    family = add_cjk_font(pdf, resources)
    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font(family, "B", 20)
    pdf.multi_cell(width, 10, text.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "", 11)
    pdf.multi_cell(width, 6, text.intro, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font(family, "B", 11)
    pdf.cell(width, 7, text.key_label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 120, 120)
    top = pdf.get_y()
    pdf.set_font(family, "B", 17)
    half = (len(groups) + 1) // 2
    for line in (groups[:half], groups[half:]):
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(width - 8, 12, "  ".join(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.rect(pdf.l_margin, top - 2, width, pdf.get_y() - top + 4)
    pdf.ln(8)

    pdf.set_font(family, "", 10)
    pdf.multi_cell(width, 6, f"{text.folder_label}: {data_dir}", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(width, 6, f"{text.created_label}: {created}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "", 11)
    for line in text.advice:
        pdf.multi_cell(width, 6, f"•  {line}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())
