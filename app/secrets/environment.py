"""The CLI's side of the unlock flow: it never asks on a terminal (scripts would hang), it reads a
passphrase only from ``STEWARD_PASSPHRASE``, and every dead end is a ``UserError`` that says what
is wrong and what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from app.domain.security import RecoveryError, RecoveryReason
from app.errors import UserError
from app.secrets.passphrase import MIN_PASSPHRASE_CHARS, passphrase_too_short
from app.secrets.store import KeyringUnusable
from app.secrets.unlock import Choice

ENV_PASSPHRASE = "STEWARD_PASSPHRASE"

_OPEN_WINDOW = ("Open Steward's window (python main.py) to enter the recovery key; it was shown "
                "when the data folder was created.")

_RECOVERY_REASONS = {
    RecoveryReason.KEY_MISSING: "The database key is not in the system keyring (a new computer "
                                "or a wiped keychain?).",
    RecoveryReason.KEY_DIFFERENT: "The key store returned a key that does not open this "
                                  "database.",
    RecoveryReason.NO_KEY_SETTINGS: "{db} is not a plain SQLite database and the data folder "
                                    "has no encryption.json: either the database is encrypted "
                                    "and that file was lost (then the recovery key opens it), "
                                    "or the file is damaged or not a Steward database (then "
                                    "restore a backup). Nothing was changed.",
    RecoveryReason.KEYRING_UNUSABLE: "The database key is kept in a keyring that cannot be "
                                     "used now.",
    RecoveryReason.PASSPHRASE_FORGOTTEN: "The passphrase was forgotten.",
}


class EnvironmentPrompter:
    def __init__(self, environ: Mapping[str, str], notices: TextIO | None = None,
                 db: Path | None = None) -> None:
        self._passphrase = environ.get(ENV_PASSPHRASE) or None
        self._notices = notices
        self._db = db

    def keyring_unusable(self, error: KeyringUnusable, *, holds_key: bool) -> Choice:
        if holds_key:
            raise UserError(
                f"{error} The key of this data folder's database is kept in that keyring: fix "
                "the keyring and try again, or open Steward's window and choose \"Use a "
                f"passphrase\" with your recovery key (after that, set {ENV_PASSPHRASE} for the "
                "command line).")
        if self._passphrase is not None:
            return Choice.PASSPHRASE
        raise UserError(
            f"{error} No database was created. To protect the database with a passphrase "
            f"instead of the keyring, set {ENV_PASSPHRASE} (at least {MIN_PASSPHRASE_CHARS} "
            "characters) and run the command again, or fix the keyring.")

    def choose_passphrase(self) -> str | None:
        if self._passphrase is None:
            raise UserError(f"Set {ENV_PASSPHRASE} to the passphrase that should protect the "
                            "database.")
        if passphrase_too_short(self._passphrase):
            raise UserError(f"{ENV_PASSPHRASE} is too short: use at least "
                            f"{MIN_PASSPHRASE_CHARS} characters. No database was created.")
        return self._passphrase

    def ask_passphrase(self, *, wrong: bool) -> str | Choice:
        if self._passphrase is None:
            raise UserError(f"This data folder's database is protected by a passphrase. Set "
                            f"{ENV_PASSPHRASE} to it and run the command again.")
        if wrong:
            raise UserError(f"{ENV_PASSPHRASE} does not unlock this data folder. Check the "
                            "passphrase and try again.")
        return self._passphrase

    def ask_recovery_key(self, reason: RecoveryReason, error: RecoveryError | None) -> str | None:
        explanation = _RECOVERY_REASONS[reason].format(db=self._db or "The database")
        raise UserError(f"{explanation} {_OPEN_WINDOW}")

    def offer_to_store_key(self, where: str) -> bool:
        return False

    def show_recovery_key(self, recovery: str, *, first_time: bool) -> bool:
        if first_time and self._notices is not None:
            print("steward: created an encrypted database. Open Steward's window once to see "
                  "and save its recovery key.", file=self._notices)
        return False

    def backend_changed(self, before: str, now: str) -> None:
        if self._notices is not None:
            print(f"steward: the system keyring changed since the last run (was {before}, now "
                  f"{now}).", file=self._notices)
