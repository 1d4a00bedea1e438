"""Logging to a rotating file in the data folder.

Messages at INFO and above must never carry personal data or secrets: log ids and counts, not
names, notes or keys. A redacting filter is a safety net, not the rule.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.secrets.redact import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler to the root logger and return it (for removal in tests)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
