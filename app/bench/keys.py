"""Data folders that open without a person at the keyboard, in this process and in children.

Benchmarks and crash tests run Steward in child processes (the real ``main.py``, a GUI window)
that have no keyring to share with their parent. Their folders keep the database key sealed with
a passphrase, the one the CLI reads from ``STEWARD_PASSPHRASE``, and the children run with the
``fail`` keyring backend so nothing ever reaches a real keychain. The vault uses a cheap key
derivation: unlocking then costs about a millisecond, like a keyring lookup, instead of the
shipped scrypt's few hundred (a cost only passphrase users pay, once per start).

The database itself is encrypted exactly as a user's is (SQLCipher, same key size and settings).
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring.backends.fail

from app.bootstrap import AppContext, DriverWrapper, build_context, database_driver, open_keys
from app.db.engine import Driver
from app.paths import AppPaths
from app.secrets.environment import ENV_PASSPHRASE, EnvironmentPrompter
from app.secrets.key_settings import KdfParams
from app.secrets.keyring_store import KeyringStore

PASSPHRASE = "steward unattended passphrase 2024"
CHEAP_KDF = KdfParams(n=2**10, r=8, p=1)
FAIL_BACKEND = "keyring.backends.fail.Keyring"


def child_environment() -> dict[str, str]:
    """The environment for a child that opens these folders (``python main.py …``)."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": FAIL_BACKEND, ENV_PASSPHRASE: PASSPHRASE}


def _prompter() -> EnvironmentPrompter:
    return EnvironmentPrompter({ENV_PASSPHRASE: PASSPHRASE}, None)


def _no_keyring() -> KeyringStore:
    return KeyringStore(keyring.backends.fail.Keyring())


def open_folder(folder: Path, *, read_only: bool = False,
                wrap_driver: DriverWrapper | None = None) -> AppContext:
    """Steward's context on ``folder``, as the composition root builds it; a new folder gets
    its key (passphrase vault) and an encrypted, migrated database."""
    paths = AppPaths(folder)
    created = not paths.encryption_file.exists()
    ctx = build_context(paths, secrets=_no_keyring(), prompter=_prompter(), kdf=CHEAP_KDF,
                        read_only=read_only, wrap_driver=wrap_driver)
    if created:
        ctx.keys.mark_recovery_key_saved()  # no reminder on every later start
    return ctx


def folder_driver(folder: Path) -> Driver:
    """The driver (SQLCipher with the folder's key) for bare connections to ``folder``'s files:
    floors and checks that must not go through Steward's layers. Creates nothing."""
    paths = AppPaths(folder)
    keys = open_keys(paths, prompter=_prompter(), secrets=_no_keyring(), kdf=CHEAP_KDF,
                     create=False)
    return database_driver(paths, keys)
