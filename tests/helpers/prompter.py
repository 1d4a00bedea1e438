"""A KeyPrompter that answers from a script and records every question it was asked.

A question the script did not expect fails the test, so a flow that asks more (or other)
questions than the user would see is caught.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.security import RecoveryError, RecoveryReason
from app.secrets.key_settings import KdfParams
from app.secrets.store import KeyringUnusable
from app.secrets.unlock import Choice


@dataclass
class ScriptedPrompter:
    keyring_choices: list[Choice] = field(default_factory=list)
    new_passphrases: list[str | None] = field(default_factory=list)
    passphrases: list[str | Choice] = field(default_factory=list)
    recovery_keys: list[str | None] = field(default_factory=list)
    store_again: bool = True
    confirm_saved: bool = True
    asked: list[tuple[object, ...]] = field(default_factory=list)
    shown_keys: list[str] = field(default_factory=list)

    def keyring_unusable(self, error: KeyringUnusable, *, holds_key: bool) -> Choice:
        self.asked.append(("keyring_unusable", error.problem, holds_key))
        return self._next(self.keyring_choices, "keyring_unusable")

    def choose_passphrase(self) -> str | None:
        self.asked.append(("choose_passphrase",))
        return self._next(self.new_passphrases, "choose_passphrase")

    def ask_passphrase(self, *, wrong: bool) -> str | Choice:
        self.asked.append(("ask_passphrase", wrong))
        return self._next(self.passphrases, "ask_passphrase")

    def ask_recovery_key(self, reason: RecoveryReason, error: RecoveryError | None) -> str | None:
        self.asked.append(("ask_recovery_key", reason, error))
        return self._next(self.recovery_keys, "ask_recovery_key")

    def offer_to_store_key(self, where: str) -> bool:
        self.asked.append(("offer_to_store_key", where))
        return self.store_again

    def show_recovery_key(self, recovery: str, *, first_time: bool) -> bool:
        self.asked.append(("show_recovery_key", first_time))
        self.shown_keys.append(recovery)
        return self.confirm_saved

    def backend_changed(self, before: str, now: str) -> None:
        self.asked.append(("backend_changed", before, now))

    def questions(self) -> list[str]:
        return [str(q[0]) for q in self.asked]

    @staticmethod
    def _next(queue: list, what: str):  # type: ignore[no-untyped-def]
        if not queue:
            raise AssertionError(f"the flow asked an unexpected question: {what}")
        return queue.pop(0)


# scrypt at its smallest allowed cost: the flows are the same, the tests stay fast.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)
