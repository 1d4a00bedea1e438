"""The one rule for names a user types (tags, roles, fields, segments, templates)."""

from __future__ import annotations

from app.errors import UserError


def clean_name(label: str, text: str, limit: int) -> str:
    """``text`` with runs of whitespace made single spaces, or a UserError naming ``label``."""
    clean = " ".join(text.split())
    if not clean:
        raise UserError(f"{label}: enter a name.")
    if len(clean) > limit:
        raise UserError(f"{label}: at most {limit} characters, not {len(clean):,}.")
    return clean
