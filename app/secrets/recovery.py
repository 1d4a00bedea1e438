"""The recovery key: the database key written so a person can copy it by hand.

Crockford's base32 (no I, L, O or U; case does not matter; O reads as 0 and I/L as 1), 14 groups
of 4 characters. The 32 key bytes are followed by 3 checksum bytes, so a typo is caught as a
typo ("check the groups") instead of looking like a wrong key.
"""

from __future__ import annotations

import hashlib

from app.domain.security import RecoveryError
from app.secrets.keys import KEY_BYTES, DatabaseKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK_BYTES = 3
_GROUP = 4
_TOTAL_BYTES = KEY_BYTES + _CHECK_BYTES  # 35 bytes = 280 bits = 56 characters exactly
CHARACTERS = _TOTAL_BYTES * 8 // 5
GROUPS = CHARACTERS // _GROUP
_READS_AS = {"O": "0", "I": "1", "L": "1"}


class RecoveryKeyError(ValueError):
    """A typed recovery key cannot be read; ``kind`` says how it is wrong."""

    def __init__(self, kind: RecoveryError, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def format_recovery_key(key: DatabaseKey) -> str:
    data = key.raw + _checksum(key.raw)
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(CHARACTERS):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i:i + _GROUP] for i in range(0, CHARACTERS, _GROUP))


def recovery_groups(formatted: str) -> list[str]:
    return formatted.split("-")


def parse_recovery_key(text: str) -> DatabaseKey:
    """Read what a user typed or pasted: spaces, dashes and line breaks are ignored."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_")
    cleaned = "".join(_READS_AS.get(ch, ch) for ch in cleaned)
    bad = sorted({ch for ch in cleaned if ch not in ALPHABET})
    if bad:
        raise RecoveryKeyError(RecoveryError.FORMAT,
                               "the recovery key contains characters it never uses: "
                               + " ".join(bad))
    if len(cleaned) != CHARACTERS:
        raise RecoveryKeyError(RecoveryError.FORMAT,
                               f"a recovery key has {CHARACTERS} characters ({GROUPS} groups of "
                               f"{_GROUP}); this one has {len(cleaned)}")
    number = 0
    for ch in cleaned:
        number = (number << 5) | ALPHABET.index(ch)
    data = number.to_bytes(_TOTAL_BYTES, "big")
    raw, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if _checksum(raw) != check:
        raise RecoveryKeyError(RecoveryError.CHECKSUM,
                               "the recovery key has a typo (its checksum does not match); "
                               "compare each group with the saved copy")
    return DatabaseKey(raw)


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(b"steward recovery key\x00" + raw).digest()[:_CHECK_BYTES]
