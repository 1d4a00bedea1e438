"""Keyring backends for tests: an in-memory one (so no test touches the developer's keychain),
and misbehaving ones that reproduce what real backends do when something is wrong."""

from __future__ import annotations

from collections.abc import Callable

from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise PasswordDeleteError(username)
        del self.values[(service, username)]


class OtherMemoryKeyring(MemoryKeyring):
    """A second backend class, to play "the keyring changed between runs"."""


class FaultyKeyring(MemoryKeyring):
    """A memory keyring whose operations can be made to raise or to return something else.

    ``raise_on`` maps "get"/"set"/"delete" to a factory of the exception to raise; ``reads``
    transforms what ``get`` returns (for "a different value comes back").
    """

    def __init__(self) -> None:
        super().__init__()
        self.raise_on: dict[str, Callable[[], BaseException]] = {}
        self.reads: Callable[[str | None], str | None] = lambda value: value

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_raise("get")
        return self.reads(super().get_password(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_raise("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_raise("delete")
        super().delete_password(service, username)

    def _maybe_raise(self, op: str) -> None:
        factory = self.raise_on.get(op)
        if factory is not None:
            raise factory()


class EmptyChainer(ChainerBackend):
    """keyring's chainer when no real backend is installed: it accepts and drops everything."""

    backends = ()  # type: ignore[assignment]
