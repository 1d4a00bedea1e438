"""Secrets sealed with a key derived from a passphrase, for machines without a usable keyring.

The passphrase does not become the database key. scrypt turns it into a key-encryption key that
seals a small vault (AES-GCM) holding the same random database key the keyring would hold. So:
- changing the passphrase re-seals a few hundred bytes, atomically, and never rewrites the
  database;
- switching between keyring and passphrase moves the key, not the data;
- the recovery key stays valid whatever the passphrase is.
The salt, the KDF parameters and the sealed vault are not secret and live in ``encryption.json``.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.messages import msg
from app.secrets.key_settings import KdfParams, PassphraseRecord
from app.secrets.store import SecretStoreError, WrongPassphrase

MIN_PASSPHRASE_CHARS = 8
_AAD = b"steward passphrase vault v1"
_SALT_BYTES = 16
_NONCE_BYTES = 12

Persist = Callable[[PassphraseRecord], None]


def _normalise(passphrase: str) -> bytes:
    # NFC: the same characters typed through different input methods give the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.validate()
    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(
        _normalise(passphrase))


def passphrase_too_short(passphrase: str) -> bool:
    return len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_CHARS


class PassphraseStore:
    """A ``SecretStore`` whose values live in the sealed vault of ``encryption.json``."""

    def __init__(self, kek: bytes, record: PassphraseRecord, values: dict[str, str],
                 persist: Persist) -> None:
        self._kek = kek
        self._record = record
        self._values = dict(values)
        self._persist = persist

    @classmethod
    def create(cls, passphrase: str, params: KdfParams, values: dict[str, str],
               persist: Persist) -> PassphraseStore:
        """A new vault holding ``values``; the caller saves ``store.record`` (nothing is written
        here, so creating a store and switching to it can be one atomic settings write)."""
        if not passphrase:
            raise SecretStoreError(msg("The passphrase is empty."))
        salt = os.urandom(_SALT_BYTES)
        kek = derive_kek(passphrase, salt, params)
        record = PassphraseRecord(kdf=params, salt=salt, vault=_seal(kek, values))
        return cls(kek, record, values, persist)

    @classmethod
    def unlock(cls, passphrase: str, record: PassphraseRecord,
               persist: Persist) -> PassphraseStore:
        kek = derive_kek(passphrase, record.salt, record.kdf)
        return cls(kek, record, _open(kek, record.vault), persist)

    @property
    def record(self) -> PassphraseRecord:
        return self._record

    @property
    def description(self) -> str:
        return "passphrase (asked at each start)"

    def matches(self, passphrase: str) -> bool:
        try:
            _open(derive_kek(passphrase, self._record.salt, self._record.kdf),
                  self._record.vault)
        except WrongPassphrase:
            return False
        return True

    def rewrapped(self, passphrase: str, params: KdfParams) -> PassphraseStore:
        """The same secrets under a new passphrase (new salt); not saved until the caller does."""
        return PassphraseStore.create(passphrase, params, self._values, self._persist)

    def values(self) -> dict[str, str]:
        return dict(self._values)

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        values = {**self._values, name: value}
        self._save(values)

    def delete(self, name: str) -> None:
        if name in self._values:
            self._save({k: v for k, v in self._values.items() if k != name})

    def _save(self, values: dict[str, str]) -> None:
        record = PassphraseRecord(kdf=self._record.kdf, salt=self._record.salt,
                                  vault=_seal(self._kek, values))
        self._persist(record)  # only once the file holds it does the store change
        self._record = record
        self._values = values


def _seal(kek: bytes, values: dict[str, str]) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    plain = json.dumps({"values": values}, sort_keys=True).encode("utf-8")
    return nonce + AESGCM(kek).encrypt(nonce, plain, _AAD)


def _open(kek: bytes, vault: bytes) -> dict[str, str]:
    try:
        plain = AESGCM(kek).decrypt(vault[:_NONCE_BYTES], vault[_NONCE_BYTES:], _AAD)
    except (InvalidTag, ValueError):
        raise WrongPassphrase() from None
    values = json.loads(plain.decode("utf-8"))["values"]
    return {str(k): str(v) for k, v in values.items()}
