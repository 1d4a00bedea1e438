from __future__ import annotations

import base64
import logging

import pytest

from app.secrets.keys import DatabaseKey
from app.secrets.recovery import format_recovery_key
from app.secrets.redact import RedactingFilter, redact, redacting_excepthook


def test_key_shapes_are_blanked() -> None:
    key = DatabaseKey.generate()
    for secret in (key.hex(), key.hex().upper(), key.sqlcipher_literal(),
                   format_recovery_key(key), base64.b64encode(key.raw).decode(),
                   base64.urlsafe_b64encode(key.raw).decode()):
        assert secret not in redact(f"before {secret} after"), secret
    assert "hunter22" not in redact("login passphrase=hunter22 ok")


def test_ordinary_messages_pass_unchanged() -> None:
    text = "Backed up 12,345 members to steward-20240101T000000Z-manual.db (schema 0001)"
    assert redact(text) == text


def test_the_filter_covers_arguments_and_tracebacks() -> None:
    key = DatabaseKey.generate()
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "key was %s", (key.hex(),),
                               None)
    try:
        raise RuntimeError(f"PRAGMA key = \"{key.sqlcipher_literal()}\"")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    RedactingFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert key.hex() not in formatted and "[redacted]" in formatted


@pytest.mark.expect_log_warnings  # the hook logs the crash as an error, on purpose
def test_crash_output_is_redacted(capsys: pytest.CaptureFixture[str],
                                  caplog: pytest.LogCaptureFixture) -> None:
    key = DatabaseKey.generate()
    hook = redacting_excepthook(logging.getLogger("app.test"))
    try:
        raise RuntimeError(f"failed with {key.hex()}")
    except RuntimeError as exc:
        hook(RuntimeError, exc, exc.__traceback__)
    printed = capsys.readouterr().err
    assert "RuntimeError" in printed and key.hex() not in printed
    assert caplog.records[-1].levelno == logging.ERROR
