"""``encryption.json``: the non-secret facts about a data folder's key, kept next to the database.

It holds which store has the key, which keyring backend was used last (so a change can be
explained), a one-way check value of the key, and in passphrase mode the KDF parameters, salt and
the sealed vault. Nothing in it lets anyone open the database without the keyring entry, the
passphrase or the recovery key.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app.domain.security import StoreKind
from app.errors import UserError
from app.messages import msg
from app.secrets.files import write_atomic

FORMAT = 1


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost parameters; 2**17 x 8 takes about 0.2 s and 128 MiB on a laptop."""

    n: int = 2**17
    r: int = 8
    p: int = 1
    name: str = "scrypt"

    def validate(self) -> None:
        if self.name != "scrypt":
            raise ValueError(f"unknown key derivation {self.name!r}")
        if self.n < 2**10 or self.n > 2**22 or self.n & (self.n - 1):
            raise ValueError("scrypt n must be a power of two between 2**10 and 2**22")
        if not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            raise ValueError("scrypt r or p out of range")


@dataclass(frozen=True)
class PassphraseRecord:
    kdf: KdfParams
    salt: bytes
    vault: bytes  # 12-byte nonce + AES-GCM ciphertext of the stored secrets


@dataclass(frozen=True)
class KeySettings:
    folder_id: str
    store: StoreKind
    key_check: str
    keyring_backend: str = ""
    recovery_key_saved: bool = False
    passphrase: PassphraseRecord | None = None
    next_key_check: str = ""  # a re-key towards this key was started and may be unfinished
    previous_key_check: str = ""  # files under the previous key may still need re-encrypting

    @staticmethod
    def new_folder_id() -> str:
        return secrets.token_hex(8)


class KeySettingsFile:
    """Read and write one folder's ``encryption.json``; every write is atomic."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> KeySettings | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UserError(msg("Cannot read {path}: {why}.", path=self.path,
                                why=exc.strerror or str(exc))) from exc
        try:
            return _decode(json.loads(text))
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise UserError(msg(
                "{path} is damaged ({detail}). Restore it from a copy of the data folder, or "
                "move it aside: Steward will then ask for the recovery key.",
                path=self.path, detail=str(exc))) from None

    def save(self, settings: KeySettings) -> None:
        data = json.dumps(_encode(settings), indent=2, sort_keys=True).encode("utf-8")
        try:
            write_atomic(self.path, data)
        except OSError as exc:
            raise UserError(msg(
                "Cannot write {path}: {why}. Free some disk space or fix the folder's "
                "permissions; nothing was changed.", path=self.path,
                why=exc.strerror or str(exc))) from exc

    def update(self, **changes: Any) -> KeySettings:
        current = self.load()
        if current is None:
            raise UserError(msg("{path} disappeared while Steward was running.",
                                path=self.path))
        updated = replace(current, **changes)
        self.save(updated)
        return updated


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _encode(settings: KeySettings) -> dict[str, Any]:
    out: dict[str, Any] = {
        "format": FORMAT,
        "folder_id": settings.folder_id,
        "store": settings.store.value,
        "key_check": settings.key_check,
        "keyring_backend": settings.keyring_backend,
        "recovery_key_saved": settings.recovery_key_saved,
        "next_key_check": settings.next_key_check,
        "previous_key_check": settings.previous_key_check,
    }
    if settings.passphrase is not None:
        record = settings.passphrase
        out["passphrase"] = {"kdf": asdict(record.kdf), "salt": _b64(record.salt),
                             "vault": _b64(record.vault)}
    return out


def _decode(data: dict[str, Any]) -> KeySettings:
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown format {data.get('format')!r}")
    record = None
    if data.get("passphrase") is not None:
        raw = data["passphrase"]
        kdf = KdfParams(**raw["kdf"])
        kdf.validate()
        record = PassphraseRecord(kdf=kdf, salt=_unb64(raw["salt"]), vault=_unb64(raw["vault"]))
    store = StoreKind(data["store"])
    if store == StoreKind.PASSPHRASE and record is None:
        raise ValueError("passphrase mode without its vault")
    return KeySettings(
        folder_id=str(data["folder_id"]),
        store=store,
        key_check=str(data["key_check"]),
        keyring_backend=str(data.get("keyring_backend", "")),
        recovery_key_saved=bool(data.get("recovery_key_saved", False)),
        passphrase=record,
        next_key_check=str(data.get("next_key_check", "")),
        previous_key_check=str(data.get("previous_key_check", "")),
    )
