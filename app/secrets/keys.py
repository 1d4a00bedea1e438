"""The database key: 256 random bits that never show up in a repr, a log line or a traceback.

The key is used raw by SQLCipher (``PRAGMA key = "x'…'"``), so opening the database costs no key
derivation. Everything else that must be encrypted "with the database" (attachments) uses subkeys
derived from it with HKDF, so the one recovery key restores all of it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
_CHECK_LABEL = b"steward key check v1"


class DatabaseKey:
    """A 256-bit key. ``repr``/``str`` hide it; ``==`` compares in constant time."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError(f"a database key has {KEY_BYTES} bytes")
        self._raw = bytes(raw)

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_hex(cls, text: str) -> DatabaseKey:
        """Parse what a store returned; ``ValueError`` (without the text) if it is not a key."""
        try:
            raw = bytes.fromhex(text.strip())
        except ValueError:
            raise ValueError("the stored value is not a hexadecimal key") from None
        return cls(raw)

    @property
    def raw(self) -> bytes:
        return self._raw

    def hex(self) -> str:
        return self._raw.hex()

    def sqlcipher_literal(self) -> str:
        """The raw-key form SQLCipher takes without running its own key derivation."""
        return f"x'{self._raw.hex()}'"

    def check_value(self) -> str:
        """A one-way fingerprint stored next to the database to recognise the right key.

        It tells "wrong key" from "damaged file" (SQLCipher reports both as "not a database") and
        lets a typed recovery key be checked even when the database itself cannot be read.
        """
        return hmac.new(self._raw, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]

    def derive(self, purpose: str) -> bytes:
        """A 256-bit subkey for one purpose (for example attachments)."""
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                    info=f"steward/{purpose}".encode()).derive(self._raw)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseKey):
            return NotImplemented
        return hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self.check_value())

    def __repr__(self) -> str:
        return "DatabaseKey(<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a DatabaseKey is never pickled or copied to disk")
