"""Where secrets live: the ``SecretStore`` protocol and its errors.

Everything that needs a secret (the database key, later tokens) asks a ``SecretStore``; which
store is used is decided once, in the composition root, and shown to the user in Settings.
"""

from __future__ import annotations

from typing import Protocol

from app.domain.security import KeyringProblem
from app.errors import UserError
from app.messages import msg


class SecretStoreError(UserError):
    """The store cannot be used; ``str()`` says why in words a user can act on."""


class KeyringUnusable(SecretStoreError):
    """The system keyring failed its round trip (or a real read/write); ``problem`` says how."""

    def __init__(self, problem: KeyringProblem, backend: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.backend = backend


class WrongPassphrase(SecretStoreError):
    def __init__(self) -> None:
        super().__init__(msg("The passphrase is not correct."))


class SecretStore(Protocol):
    @property
    def description(self) -> str:
        """A short, English name of where secrets go (logs and CLI; the UI words its own)."""
        ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class ProbedStore(SecretStore, Protocol):
    """A store that must prove itself before it is trusted (the system keyring, or a stand-in)."""

    @property
    def backend_name(self) -> str:
        """A stable, non-secret identifier of the backend, remembered between runs."""
        ...

    @property
    def backend_label(self) -> str:
        """The backend's own short name, for people."""
        ...

    def probe(self) -> None:
        """Raise ``KeyringUnusable`` unless a value survives a set/get/delete round trip."""
        ...
