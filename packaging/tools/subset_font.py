#!/usr/bin/env python3
"""Build Steward's bundled CJK font from Debian's Noto Sans CJK collection.

Why this exists: Steward must show Simplified Chinese in Qt widgets, matplotlib charts and fpdf2
PDFs on machines that have no CJK font, without downloading anything at run time. The full Noto
Sans CJK collection is ~20 MB per weight and holds five regional faces; we keep only the
Simplified Chinese face, only the Unicode blocks a community manager's UI and exports need, and
ship one TrueType file per weight that all three renderers accept.

What it does, per weight (Regular, Bold):

1. Opens ``NotoSansCJK-<Weight>.ttc`` and picks the face whose family is "Noto Sans CJK SC"
   (looked up by name, not by index, so a reordered collection cannot silently pick Japanese).
2. Subsets it with fontTools to the blocks in ``RANGES`` plus every character of GB 2312 (see
   ``gb2312_repertoire``). The source has no glyph for ~790 of the requested code points (rare
   math operators, arrows and Latin letters, unassigned slots), which is fine. Every OpenType
   layout feature is kept except ``locl``: in the SC face ``locl`` maps to the Japanese, Korean
   and Traditional Chinese glyph forms, which would add ~17,500 glyphs Steward never shows.
   Vertical forms, proportional punctuation (palt/halt) and kerning stay, so shaping is
   unchanged for Simplified Chinese.
3. Converts the CFF (cubic) outlines to TrueType (quadratic, ``glyf``) with cu2qu at a tolerance
   of 1 font unit (1/1000 em). Why: fpdf2 embeds CID-keyed CFF only since 2.8.6 (Steward allows
   >= 2.7.8), matplotlib's Type 42 PDF output labels CFF fonts as TrueType (poppler warns
   "Mismatch between font type and embedded font file"), and one outline format for every
   consumer keeps testing simple. It costs ~2 MB per weight over CFF.
   Hinting is dropped (CFF hints do not translate to TrueType anyway); a ``gasp`` table asks
   renderers to smooth symmetrically, which is what unhinted fonts want.
4. Renames the font to "Steward Sans CJK SC" (see "Naming" below) and records its provenance in
   the name table (description, unique ID, version), keeping copyright, trademark and licence
   records intact, as OFL condition 2 requires.

Naming: the upstream noto-cjk licence reads "Copyright 2014-2021 Adobe (http://www.adobe.com/),
with Reserved Font Name 'Source'." so "Source" is the only Reserved Font Name and "Noto" is not
one; "Noto" is, however, a Google trademark (name ID 7). We rename anyway: a modified font must
not pass itself off as the original, and an identically named system-wide "Noto Sans CJK SC" would
otherwise shadow (or be shadowed by) our subset in fontconfig, Qt and matplotlib lookups.

The output is reproducible: the same source files and fontTools version give byte-identical
files (the head table keeps the source's timestamps; nothing depends on the clock or on hashing
order). Run it from the repository root with the project's virtual environment:

    .venv/bin/python packaging/tools/subset_font.py

Options: ``--source-dir`` (default /usr/share/fonts/opentype/noto, from Debian's fonts-noto-cjk)
and ``--out-dir`` (default resources/fonts next to this repository). It takes ~25 s per weight.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools import version as fonttools_version
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools.ttLib.tables._g_a_s_p import (
    GASP_DOGRAY,
    GASP_GRIDFIT,
    GASP_SYMMETRIC_GRIDFIT,
    GASP_SYMMETRIC_SMOOTHING,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_OUT_DIR = REPO_ROOT / "resources" / "fonts"

SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Steward Sans CJK SC"
PS_FAMILY = "StewardSansCJKSC"

# (source collection, output file, style name)
WEIGHTS = (
    ("NotoSansCJK-Regular.ttc", "StewardSans-Regular.ttf", "Regular"),
    ("NotoSansCJK-Bold.ttc", "StewardSans-Bold.ttf", "Bold"),
)

# Inclusive code point ranges kept in the subset.
RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0020, 0x007E, "Basic Latin"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x20A0, 0x20CF, "Currency Symbols"),
    (0x2100, 0x214F, "Letterlike Symbols"),
    (0x2190, 0x21FF, "Arrows"),
    (0x2200, 0x22FF, "Mathematical Operators"),
    (0x2460, 0x24FF, "Enclosed Alphanumerics (①②③, common in Chinese lists)"),
    (0x2500, 0x257F, "Box Drawing"),
    (0x25A0, 0x25FF, "Geometric Shapes"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
    (0xF900, 0xFAFF, "CJK Compatibility Ideographs"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
)

# cu2qu tolerance in font units (the source has 1000 units per em).
CU2QU_MAX_ERR = 1.0

# Name IDs we rewrite; every other record (copyright, trademark, designer, licence...) is kept.
RENAMED_IDS = (1, 2, 3, 4, 5, 6, 16, 17, 18, 21, 22, 25)


def gb2312_repertoire() -> set[int]:
    """Every character of GB 2312, China's basic national character set.

    The blocks above miss a few hundred of its symbols that Chinese text really uses: pinyin
    tone letters (ǎ ǚ), Roman numerals (Ⅻ), ㈠, ☆, kana, Bopomofo, Greek and Cyrillic letters.
    Python's codec table is fixed, so the result is too.
    """
    repertoire: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                text = bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            repertoire.update(ord(char) for char in text)
    return repertoire


def unicodes(ranges: Iterable[tuple[int, int, str]] = RANGES) -> set[int]:
    blocks = {cp for first, last, _label in ranges for cp in range(first, last + 1)}
    return blocks | gb2312_repertoire()


def load_sc_face(collection: Path) -> TTFont:
    """Return the Simplified Chinese face, found by name so a reordered .ttc cannot fool us."""
    # recalcTimestamp=False keeps the source's head.modified, so rebuilds are byte-identical.
    for font in TTCollection(str(collection), recalcTimestamp=False).fonts:
        if font["name"].getDebugName(1) == SOURCE_FAMILY:
            return font
    raise SystemExit(f"{collection}: no face named {SOURCE_FAMILY!r}")


def subset_face(font: TTFont) -> None:
    layout_tags: set[str] = set()
    for tag in ("GSUB", "GPOS"):
        if tag in font:
            layout_tags |= {rec.FeatureTag for rec in font[tag].table.FeatureList.FeatureRecord}

    options = subset.Options()
    options.layout_features = sorted(layout_tags - {"locl"})
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(font)

    # Qt on Windows and macOS derives a font's writing systems from the OS/2 code page bits
    # alone; without bit 18 (code page 936, GB2312) it would not list Simplified Chinese for the
    # font and could skip it when falling back for Han text. fontTools keeps the bit only if
    # U+3105 (Bopomofo) survives, which the GB2312 repertoire guarantees; check it did.
    if 18 not in font["OS/2"].getCodePageRanges():
        raise SystemExit("OS/2 code page bit 18 (GB2312) was pruned; Qt would not see Chinese")


def cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines with quadratic TrueType ones (the otf2ttf recipe from fontTools)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, CU2QU_MAX_ERR, reverse_direction=True))
        glyf[name] = pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:  # vertical origins are CFF-only; vmtx carries them for glyf fonts
        del font["VORG"]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)

    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: CID-keyed CFF has none worth keeping
    post.extraNames = []
    post.mapping = {}

    gasp = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {
        0xFFFF: GASP_GRIDFIT | GASP_DOGRAY | GASP_SYMMETRIC_GRIDFIT | GASP_SYMMETRIC_SMOOTHING
    }
    font["gasp"] = gasp
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, style: str, source_label: str) -> None:
    name = font["name"]
    version = f"{font['head'].fontRevision:.3f}"
    source_ps = name.getDebugName(6)
    original_description = name.getDebugName(10) or ""
    name.names = [rec for rec in name.names if rec.nameID not in RENAMED_IDS]

    ps_name = f"{PS_FAMILY}-{style}"
    description = (
        f"{FAMILY} is a modified version of {SOURCE_FAMILY} {version} ({source_label}): "
        "subset to Latin, punctuation, symbols and the basic CJK blocks, outlines converted "
        "to TrueType, hinting removed, renamed. Built by Steward's "
        "packaging/tools/subset_font.py. Original credits: " + original_description
    )
    records = {
        1: FAMILY,
        2: style,
        3: f"{version};STEWARD;{ps_name};from {source_ps}",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        5: f"Version {version}; Steward subset of {source_ps}",
        6: ps_name,
        10: description,
    }
    # Windows/Unicode records only, like the source: Mac Roman cannot encode the CJK credits.
    for name_id, text in records.items():
        name.removeNames(nameID=name_id)
        name.setName(text, name_id, 3, 1, 0x409)
    name.names.sort(key=lambda rec: (rec.platformID, rec.platEncID, rec.langID, rec.nameID))


def build(source: Path, target: Path, style: str, source_label: str) -> None:
    font = load_sc_face(source)
    subset_face(font)
    cff_to_glyf(font)
    rename(font, style, source_label)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    font.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=DEFAULT_SOURCE_DIR)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    parser.add_argument(
        "--source-label",
        default="Debian fonts-noto-cjk 1:20220127+repack1-1",
        help="where the source came from, written into the font's description",
    )
    args = parser.parse_args(argv)

    print(f"fontTools {fonttools_version}; {len(unicodes())} code points requested")
    for source_name, target_name, style in WEIGHTS:
        source = args.source_dir / source_name
        target = args.out_dir / target_name
        build(source, target, style, args.source_label)
        with TTFont(str(target), lazy=True) as check:
            glyphs = len(check.getGlyphOrder())
            mapped = len(check.getBestCmap())
        size = target.stat().st_size
        print(f"{target}: {size:,} bytes ({size / 2**20:.2f} MiB), {glyphs} glyphs, "
              f"{mapped} code points, sha256 {sha256(target)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
