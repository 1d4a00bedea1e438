"""File names for one-file-per-member exports, safe from whatever a member calls themselves.

A display name can hold anything: slashes and ``..`` (path traversal), control and bidi-override
characters (a name that displays as "gpj.exe" backwards), Windows' reserved device names (CON,
NUL, COM1 … even with an extension), trailing dots and spaces (which Windows drops), or ten
thousand characters. The name is reduced to a readable, portable stem and the member's id is
appended, so two members never share a file even when their names reduce to the same stem or
differ only in letter case (case-insensitive file systems).
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM_CHARS = 60
MAX_NAME_BYTES = 200  # well under the 255-byte limit of common file systems, suffix included
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    ("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
     *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")))


def safe_stem(name: str) -> str:
    text = unicodedata.normalize("NFC", name)
    # Cc: control characters; Cf: format characters (bidi overrides, zero-width joiners…);
    # Cs/Co/Cn: surrogates, private use, unassigned.
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch
                   for ch in text)
    text = _FORBIDDEN.sub("_", text)
    text = _SPACES.sub(" ", text).strip().lstrip(".").strip()
    text = text[:MAX_STEM_CHARS].rstrip(". ")
    while len(text.encode("utf-8")) > MAX_NAME_BYTES - 40:
        text = text[:-1].rstrip(". ")
    if text.split(".")[0].strip().upper() in _RESERVED:
        text = "_" + text
    return text


def member_file_name(name: str, member_id: int, suffix: str) -> str:
    stem = safe_stem(name)
    return f"{stem} ({member_id}){suffix}" if stem else f"member {member_id}{suffix}"
