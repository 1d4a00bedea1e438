"""A secret store that keeps nothing on disk: for tests, and for a session that must not persist."""

from __future__ import annotations


class MemorySecretStore:
    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    @property
    def description(self) -> str:
        return "memory (not saved)"

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)
