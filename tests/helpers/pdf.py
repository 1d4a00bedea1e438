"""Read a PDF back as text with poppler's pdftotext, as a user's viewer would show it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pdftotext is missing (apt-get install poppler-utils)")
        pytest.skip("pdftotext is missing (apt-get install poppler-utils)")
    done = subprocess.run([tool, "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, encoding="utf-8",
                          check=True, timeout=60)
    return done.stdout
