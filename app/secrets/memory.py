"""A secret store that keeps nothing on disk: for tests, and for a session that must not persist.

It stands in for the system keyring (it has a backend name and a probe that always passes), so
tests run the same unlock flow as the app without touching a real keychain or paying for a KDF.
"""

from __future__ import annotations


class MemorySecretStore:
    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values: dict[str, str] = dict(values or {})

    @property
    def description(self) -> str:
        return "memory (not saved)"

    @property
    def backend_name(self) -> str:
        return "app.secrets.memory.MemorySecretStore"

    @property
    def backend_label(self) -> str:
        return "memory (not saved)"

    def probe(self) -> None:
        return None

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._values)
