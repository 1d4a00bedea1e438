"""Where the database key lives and what went wrong with the keyring, as plain values.

These cross from ``app.secrets`` to the UI: the UI turns each ``KeyringProblem`` into its own
translated explanation, the CLI uses the English message carried by the exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StoreKind(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


class KeyringProblem(StrEnum):
    """Why the system keyring cannot be trusted with the database key."""

    REFUSED_BACKEND = "refused-backend"  # keyrings.alt / keyrings.cryptfile
    NO_BACKEND = "no-backend"  # keyring's ``fail`` backend: nothing installed or running
    EMPTY_CHAINER = "empty-chainer"  # the chainer has nothing to chain: drops what it is given
    NULL_BACKEND = "null-backend"  # the ``null`` backend: drops what it is given
    DROPS_VALUES = "drops-values"  # another backend that accepted a value and lost it
    LOCKED = "locked"  # the collection is locked and was not unlocked
    CANCELLED = "cancelled"  # the user dismissed the unlock or permission prompt
    UNAVAILABLE = "unavailable"  # the service is not reachable (D-Bus, daemon not running)
    WRITE_FAILED = "write-failed"
    READ_FAILED = "read-failed"
    DELETE_FAILED = "delete-failed"
    DIFFERENT_VALUE = "different-value"  # read back something other than what was written

    @property
    def retry_may_help(self) -> bool:
        """Problems a user can fix in the keyring itself and then try again."""
        return self in (KeyringProblem.LOCKED, KeyringProblem.CANCELLED,
                        KeyringProblem.UNAVAILABLE, KeyringProblem.READ_FAILED,
                        KeyringProblem.WRITE_FAILED)


class RecoveryReason(StrEnum):
    """Why Steward asks for the recovery key instead of opening the database directly."""

    KEY_MISSING = "key-missing"  # the keyring has no key for this data folder
    KEY_DIFFERENT = "key-different"  # the store returned a key that does not fit this database
    NO_KEY_SETTINGS = "no-key-settings"  # encryption.json is gone (database copied without it)
    KEYRING_UNUSABLE = "keyring-unusable"  # the key is in a keyring that cannot be used now
    PASSPHRASE_FORGOTTEN = "passphrase-forgotten"


class RecoveryError(StrEnum):
    """What was wrong with a recovery key the user typed."""

    FORMAT = "format"  # wrong length or characters that are not in the alphabet
    CHECKSUM = "checksum"  # a typo: the built-in checksum does not match
    WRONG_KEY = "wrong-key"  # a valid recovery key, but not this database's


@dataclass(frozen=True)
class KeyStatus:
    """What Settings shows about encryption; never the key itself."""

    kind: StoreKind
    backend_name: str  # the keyring backend class, e.g. keyring.backends.SecretService.Keyring
    backend_label: str  # its own short name, e.g. "SecretService Keyring"
    previous_backend: str  # the backend used on the previous run, when it differs; else ""
    encrypted: bool
