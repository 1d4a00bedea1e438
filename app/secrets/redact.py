"""A logging filter that blanks anything shaped like a key: a safety net, not the rule.

The rule is that no code logs a secret. This filter catches the shapes Steward's secrets take if
one ever slips into a message, an argument or a traceback: 64 hex digits (the database key),
SQLCipher's ``x'…'`` literal, a recovery key, a base64 rendering of 32 bytes, and anything after
"passphrase=" or "password=".
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

REDACTED = "[redacted]"

_PATTERNS = (
    re.compile(r"x'[0-9A-Fa-f]{16,}'"),
    re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64,}(?![0-9A-Fa-f])"),
    re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Za-z]{4}[- ]){13}[0-9A-Za-z]{4}(?![0-9A-Za-z])"),
    re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{43}="),
    re.compile(r"(?i)((?:pass(?:word|phrase)|secret|token)\s*[=:]\s*)\S+"),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
        else:
            text = pattern.sub(REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Attach to a handler: rewrites each record's message and traceback before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def redacting_excepthook(log: logging.Logger) -> ExceptHook:
    """A ``sys.excepthook`` for crash output: the traceback goes to the log (which redacts) and,
    redacted, to stderr."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled exception", exc_info=(kind, exc, tb))
        print(redact("".join(traceback.format_exception(kind, exc, tb))), file=sys.stderr)

    return hook
