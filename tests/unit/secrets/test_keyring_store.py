"""Each way a keyring can fail is detected by the probe and named."""

from __future__ import annotations

import keyring.errors
import pytest
from keyring.backends import fail, null
from secretstorage.exceptions import LockedException, PromptDismissedException

from app.domain.security import KeyringProblem
from app.secrets.keyring_store import KeyringStore
from app.secrets.store import KeyringUnusable
from tests.helpers.keyring_backend import EmptyChainer, FaultyKeyring, MemoryKeyring


def _problem(store: KeyringStore) -> KeyringProblem:
    with pytest.raises(KeyringUnusable) as err:
        store.probe()
    assert str(err.value)  # every problem carries a message a user can read
    return err.value.problem


def test_a_working_keyring_passes_and_keeps_nothing_behind() -> None:
    backend = MemoryKeyring()
    KeyringStore(backend).probe()
    assert backend.values == {}


def test_the_fail_backend_means_no_keyring() -> None:
    assert _problem(KeyringStore(fail.Keyring())) is KeyringProblem.NO_BACKEND


def test_the_null_backend_is_refused() -> None:
    assert _problem(KeyringStore(null.Keyring())) is KeyringProblem.NULL_BACKEND


def test_an_empty_chainer_is_refused() -> None:
    assert _problem(KeyringStore(EmptyChainer())) is KeyringProblem.EMPTY_CHAINER


def test_unsafe_backends_are_refused_by_module() -> None:
    unsafe = type("Keyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    with pytest.raises(KeyringUnusable) as err:
        KeyringStore(unsafe()).probe()
    assert err.value.problem is KeyringProblem.REFUSED_BACKEND
    assert "keyrings.alt" in str(err.value)


def test_a_locked_collection() -> None:
    backend = FaultyKeyring()
    backend.raise_on["set"] = lambda: keyring.errors.KeyringLocked("Failed to unlock the item!")
    assert _problem(KeyringStore(backend)) is KeyringProblem.LOCKED


def test_a_locked_collection_from_secretstorage() -> None:
    backend = FaultyKeyring()
    backend.raise_on["get"] = lambda: LockedException("Collection is locked!")
    assert _problem(KeyringStore(backend)) is KeyringProblem.LOCKED


def test_a_cancelled_unlock_prompt() -> None:
    """What SecretService raises when the user dismisses the prompt: InitError from
    secretstorage's PromptDismissedException."""
    def dismissed() -> BaseException:
        try:
            raise PromptDismissedException("Prompt dismissed.")
        except PromptDismissedException as inner:
            err = keyring.errors.InitError("Failed to create the collection: Prompt dismissed..")
            err.__cause__ = inner
            return err

    backend = FaultyKeyring()
    backend.raise_on["set"] = dismissed
    assert _problem(KeyringStore(backend)) is KeyringProblem.CANCELLED


def test_an_unreachable_service() -> None:
    backend = FaultyKeyring()
    backend.raise_on["set"] = lambda: keyring.errors.InitError("Failed to create the collection")
    assert _problem(KeyringStore(backend)) is KeyringProblem.UNAVAILABLE


def test_read_failing() -> None:
    backend = FaultyKeyring()
    backend.raise_on["get"] = lambda: RuntimeError("backend exploded")
    assert _problem(KeyringStore(backend)) is KeyringProblem.READ_FAILED


def test_write_failing() -> None:
    backend = FaultyKeyring()
    backend.raise_on["set"] = lambda: keyring.errors.PasswordSetError("no")
    assert _problem(KeyringStore(backend)) is KeyringProblem.WRITE_FAILED


def test_a_different_value_returned() -> None:
    backend = FaultyKeyring()
    backend.reads = lambda value: None if value is None else value[::-1]
    assert _problem(KeyringStore(backend)) is KeyringProblem.DIFFERENT_VALUE
    assert backend.values == {}  # the probe cleaned up after itself


def test_a_backend_that_drops_values() -> None:
    backend = FaultyKeyring()
    backend.reads = lambda _value: None
    assert _problem(KeyringStore(backend)) is KeyringProblem.DROPS_VALUES


def test_real_reads_and_writes_are_classified_too() -> None:
    backend = FaultyKeyring()
    store = KeyringStore(backend)
    backend.raise_on["get"] = lambda: keyring.errors.KeyringLocked("locked")
    with pytest.raises(KeyringUnusable) as err:
        store.get("database-key:x")
    assert err.value.problem is KeyringProblem.LOCKED


def test_deleting_a_missing_entry_is_not_an_error() -> None:
    KeyringStore(MemoryKeyring()).delete("never-stored")
