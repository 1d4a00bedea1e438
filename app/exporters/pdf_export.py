"""PDF export: a readable document of members and their notes, with the bundled CJK font embedded.

fpdf2 subsets the embedded font and writes a ToUnicode map, so the Chinese in the PDF is visible
on any viewer and comes back when copied or searched. Characters the font has no glyph for (emoji,
scripts outside its coverage) are shown as "□" rather than silently dropped, and control
characters (including bidi overrides that could make text read backwards) are removed; the PDF is
for reading and printing, the Markdown and JSON exports are the lossless ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from fpdf import FPDF

from app.domain.member_io import MemberRecord
from app.exporters.pdf_fonts import add_cjk_font

MISSING = "□"
_SPACES = {"\t": "    ", "\r\n": "\n", "\r": "\n"}


class _Glyphs:
    """Maps text onto what the embedded font can draw (per character, cached)."""

    def __init__(self, cmap: dict[int, object]) -> None:
        self._cmap = cmap
        self._table: dict[int, str] = {}

    def clean(self, text: str) -> str:
        for old, new in _SPACES.items():
            text = text.replace(old, new)
        return text.translate(self)

    def __getitem__(self, code: int) -> str:
        hit = self._table.get(code)
        if hit is None:
            char = chr(code)
            if char == "\n" or code in self._cmap:
                hit = char
            elif code < 0x20 or 0x7F <= code < 0xA0 or 0x200B <= code <= 0x200F \
                    or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or code == 0xFEFF:
                hit = ""
            else:
                hit = MISSING
            self._table[code] = hit
        return hit


class PdfWriter:
    def __init__(self, resources: Path, title: str, exported_at: datetime) -> None:
        self._pdf = FPDF(format="A4")
        self._pdf.set_auto_page_break(auto=True, margin=15)
        self._pdf.set_title(title)
        self._pdf.set_creator("Steward")
        self._family = add_cjk_font(self._pdf, resources)
        self._glyphs = _Glyphs(self._pdf.fonts[self._family.lower()].cmap)
        self._stamp = exported_at.strftime("%Y-%m-%d %H:%M UTC")
        self.members = 0

    def _text(self, text: str, size: float, style: str = "", height: float = 6) -> None:
        self._pdf.set_font(self._family, style=style, size=size)
        self._pdf.multi_cell(0, height, self._glyphs.clean(text), new_x="LMARGIN", new_y="NEXT")

    def add(self, record: MemberRecord) -> None:
        pdf = self._pdf
        pdf.add_page()
        self.members += 1
        self._text(record.display_name or "(no name)", 18, "B", 9)
        self._text(f"Exported by Steward, {self._stamp}", 8, height=5)
        pdf.ln(2)
        handles = "; ".join(f"{h.platform.value}: {h.handle}"
                            + (f" (ID {h.platform_id})" if h.platform_id else "")
                            for h in record.handles)
        facts = (("Aliases", record.aliases), ("Status", record.status.value),
                 ("Role", record.role),
                 ("Joined", record.joined_on.isoformat() if record.joined_on else ""),
                 ("Location", record.location), ("Time zone", record.time_zone),
                 ("Interests", record.interests), ("Needs", record.needs),
                 ("Tags", ", ".join(record.tags)), ("Handles", handles),
                 *((v.name, v.value) for v in record.custom))
        for label, value in facts:
            if value:
                self._text(f"{label}: {value}", 10)
        pdf.ln(3)
        self._text(f"Notes ({len(record.notes)})", 13, "B", 8)
        if not record.notes:
            self._text("No notes.", 10)
        for note in record.notes:
            pdf.ln(1)
            stamp = note.created_at.strftime("%Y-%m-%d %H:%M UTC")
            self._text(stamp + (" · pinned" if note.pinned else ""), 9, "B", 5)
            self._text(note.body, 10)

    def write(self, out: BinaryIO) -> None:
        if self.members == 0:
            self._pdf.add_page()
            self._text("No members to show.", 12)
        out.write(bytes(self._pdf.output()))


def write_pdf(out: BinaryIO, records: Iterable[MemberRecord], resources: Path, title: str,
              exported_at: datetime) -> int:
    writer = PdfWriter(resources, title, exported_at)
    for record in records:
        writer.add(record)
    writer.write(out)
    return writer.members
