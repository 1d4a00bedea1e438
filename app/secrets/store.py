"""Where secrets live: the ``SecretStore`` protocol and its errors.

Everything that needs a secret (the database key, tokens) asks a ``SecretStore``; which store is
used is decided once, in the composition root, and shown to the user.
"""

from __future__ import annotations

from typing import Protocol


class SecretStoreError(Exception):
    """The store cannot be used; ``str()`` says why in words a user can act on."""


class SecretStore(Protocol):
    @property
    def description(self) -> str:
        """A short, user-facing name of where secrets go (shown in Settings)."""
        ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...
