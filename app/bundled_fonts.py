"""Where the bundled CJK font lives, for the three places that load it (Qt, matplotlib, fpdf2).

One list of files and one lookup, so a packaging mistake is reported the same way everywhere:
a missing font is a broken install, named by path, never a silent fall back to tofu boxes.
"""

from __future__ import annotations

from pathlib import Path

from app.messages import msg

FAMILY = "Steward Sans CJK SC"
REGULAR = "StewardSans-Regular.ttf"
BOLD = "StewardSans-Bold.ttf"
FONT_FILES = (REGULAR, BOLD)


def font_path(resources: Path, name: str) -> Path:
    """The path of one bundled font file under the resources folder; raises if it is missing."""
    path = (resources / "fonts" / name).resolve()
    if not path.is_file():
        raise RuntimeError(msg("Bundled font {path} is missing; reinstall Steward.", path=path))
    return path
