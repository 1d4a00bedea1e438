"""The one rule for names a user types (tags, roles, fields, segments, templates)."""

from __future__ import annotations

from app.errors import UserError
from app.messages import msg


def clean_name(label: str, text: str, limit: int) -> str:
    """``text`` with runs of whitespace made single spaces, or a UserError naming ``label``
    (pass it as a ``msg(...)``: it is shown to the user)."""
    clean = " ".join(text.split())
    if not clean:
        raise UserError(msg("{label}: enter a name.", label=label))
    if len(clean) > limit:
        raise UserError(msg("{label}: at most {limit} characters, not {count}.", label=label,
                            limit=limit, count=f"{len(clean):,}"))
    return clean
