"""The canary: known secrets go through every key workflow; none may be found on disk afterwards.

A known token is put in the key store, a known phrase in a note, and known passphrases are used.
Then: first run, reopen, CLI demo and check, recovery after a wiped keychain, a re-key, switching
to a passphrase, changing it, switching back, and a forced bug at DEBUG level whose message and
log call carry the key. Afterwards the data folder (database, backups, attachments, logs,
settings, encryption.json) and the temp folder are searched for every secret in plain, hex,
base64 and UTF-16 forms: zero hits. The note phrase must not appear in any database file.
"""

from __future__ import annotations

import base64
import io
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import build_context
from app.cli import main
from app.paths import AppPaths
from app.secrets.keys import DatabaseKey
from app.secrets.recovery import format_recovery_key
from app.services.demo import DemoSeeder
from tests.helpers.keyring_backend import MemoryKeyring
from tests.helpers.prompter import FAST_KDF, ScriptedPrompter
from tests.helpers.secrets import add_note, note_bodies

PHRASE = "canary note 金丝雀私密备注 5c1e"
TOKEN = "canary-token-金丝雀-93d1f0"
PASSPHRASES = ("canary passphrase 金丝雀口令 one", "canary passphrase 金丝雀口令 two")


def _forms(secret: str | bytes) -> Iterator[bytes]:
    """The ways a secret could sit in a file: as text in several encodings, hex, base64."""
    texts: list[str] = []
    if isinstance(secret, bytes):
        yield secret
        texts += [secret.hex(), secret.hex().upper(), base64.b64encode(secret).decode(),
                  base64.urlsafe_b64encode(secret).decode()]
    else:
        texts += [secret, secret.encode().hex(), base64.b64encode(secret.encode()).decode()]
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            yield text.encode(encoding)


def _secrets_of(key: DatabaseKey) -> list[str | bytes]:
    return [key.raw, key.hex(), format_recovery_key(key), key.sqlcipher_literal()]


def _files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())


@pytest.mark.expect_log_warnings  # the forced bug is logged as an error, on purpose
def test_no_secret_is_written_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       memory_keyring: MemoryKeyring) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data = tmp_path / "data"
    paths = AppPaths(data)
    keys: list[DatabaseKey] = []
    out, err = io.StringIO(), io.StringIO()

    # first run and demo from the CLI, at DEBUG level
    assert main(["--verbose", "--data-dir", str(data), "demo", "--members", "40"], out, err) == 0
    # reopen, a private note, a known token in the key store, an attachment
    ctx = build_context(paths, kdf=FAST_KDF)
    add_note(ctx, PHRASE)
    ctx.secrets.set("api-token", TOKEN)
    ctx.keys.attachments().store_bytes(PHRASE.encode())
    keys.append(ctx.keys.key)
    recovery = ctx.keys.recovery_key()
    ctx.close()
    assert main(["--verbose", "--data-dir", str(data), "check"], out, err) == 0

    # a wiped keychain: the recovery key opens the folder and the key is stored again
    for entry in [e for e in memory_keyring.values if e[1].startswith("database-key")]:
        del memory_keyring.values[entry]
    prompter = ScriptedPrompter(recovery_keys=[recovery])
    ctx = build_context(paths, prompter=prompter, kdf=FAST_KDF)
    assert note_bodies(ctx)[-1] == PHRASE
    ctx.close()

    # a re-key; the new recovery key is shown at the next start
    ctx.keys.rekey()
    keys.append(ctx.keys.key)
    ctx = build_context(paths, prompter=ScriptedPrompter(), kdf=FAST_KDF)
    ctx.close()

    # passphrase: switch, reopen, change, reopen, switch back
    ctx.keys.use_passphrase(PASSPHRASES[0])
    ctx = build_context(paths, prompter=ScriptedPrompter(passphrases=[PASSPHRASES[0]]),
                        kdf=FAST_KDF)
    ctx.keys.change_passphrase(PASSPHRASES[0], PASSPHRASES[1])
    ctx.close()
    ctx = build_context(paths, prompter=ScriptedPrompter(passphrases=[PASSPHRASES[1]]),
                        kdf=FAST_KDF)
    ctx.keys.use_keyring()
    ctx.close()

    # a bug at DEBUG level whose message carries the key (the redacting filter's job)
    key = keys[-1]

    def bug(*_args: object, **_kwargs: object) -> object:
        logging.getLogger("app.canary").debug("the key is %s", key.hex())
        raise RuntimeError(f"boom with PRAGMA key = \"{key.sqlcipher_literal()}\"")

    monkeypatch.setattr(DemoSeeder, "seed", bug)
    err = io.StringIO()
    assert main(["--verbose", "--data-dir", str(data), "demo", "--members", "1"], out, err) == 3
    assert key.hex() not in err.getvalue()
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in log_text and "[redacted]" in log_text  # the bug was logged

    secrets: list[str | bytes] = [TOKEN, *PASSPHRASES]
    for used in keys:
        secrets += _secrets_of(used)
    searched = _files(data, temp)
    assert any(p.name == "encryption.json" for p in searched)
    assert any(p.suffix == ".log" for p in searched)
    hits = []
    for path in searched:
        content = path.read_bytes()
        for secret in secrets:
            for form in _forms(secret):
                if form in content:
                    hits.append(f"{path.relative_to(tmp_path)}: {form[:12]!r}…")
    assert hits == []

    databases = [p for p in searched if ".db" in p.name]
    assert paths.db_file in databases and any("backups" in p.parts for p in databases)
    for path in databases + _files(paths.attachments_dir):
        content = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert PHRASE.encode(encoding) not in content, path
            assert "金丝雀私密备注".encode(encoding) not in content, path
