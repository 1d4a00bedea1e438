"""The system keyring, trusted only after it proves it keeps what it is given.

``keyring`` picks a backend silently: the ``fail`` backend raises on use, and the ``null`` backend
or an empty chainer accept a value and drop it. A set/get/delete round trip with a random value is
the only reliable test, so ``KeyringStore.probe`` does exactly that before anything real is stored.
"""

from __future__ import annotations

import contextlib
import secrets as pysecrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "Steward"
_PROBE = "steward-probe"

# Backends that must never be chosen: one stores in plain text, one prompts on an invisible terminal.
_REFUSED_MODULES = ("keyrings.alt", "keyrings.cryptfile")


class KeyringStore:
    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend or keyring.get_keyring()
        self._service = service

    @property
    def backend_name(self) -> str:
        backend = self._backend
        return f"{type(backend).__module__}.{type(backend).__name__}"

    @property
    def description(self) -> str:
        return f"system keyring ({getattr(self._backend, 'name', self.backend_name)})"

    def probe(self) -> None:
        """Raise ``SecretStoreError`` unless a value survives a set/get/delete round trip."""
        from app.secrets.store import SecretStoreError

        if self.backend_name.startswith(_REFUSED_MODULES):
            raise SecretStoreError(
                f"The keyring backend {self.backend_name} stores secrets unsafely; Steward will "
                "not use it. Use the desktop's keyring, or a passphrase."
            )
        value = pysecrets.token_hex(16)
        try:
            self._backend.set_password(self._service, _PROBE, value)
            read = self._backend.get_password(self._service, _PROBE)
            self._backend.delete_password(self._service, _PROBE)
        except keyring.errors.KeyringLocked as exc:
            raise SecretStoreError(
                "The system keyring is locked. Unlock it (log in to your desktop keyring) "
                "and try again, or use a passphrase."
            ) from exc
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreError(
                "No system keyring is available. Install or start one (for example GNOME "
                "Keyring or KWallet), or use a passphrase."
            ) from exc
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keyring refused the request ({type(exc).__name__}). Unlock or "
                "repair it, or use a passphrase."
            ) from exc
        if read != value:
            raise SecretStoreError(
                f"The system keyring ({self.backend_name}) does not keep what it is given. "
                "Steward cannot store its key there; use a passphrase instead."
            )

    def get(self, name: str) -> str | None:
        return self._backend.get_password(self._service, name)

    def set(self, name: str, value: str) -> None:
        self._backend.set_password(self._service, name, value)

    def delete(self, name: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(self._service, name)
