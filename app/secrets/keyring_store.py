"""The system keyring, trusted only after it proves it keeps what it is given.

``keyring`` picks a backend silently: the ``fail`` backend raises on use, and the ``null`` backend
or an empty chainer accept a value and drop it. A locked Secret Service collection asks the
desktop to show an unlock prompt, which the user may dismiss (or which cannot be shown at all on
a headless session). A set/get/delete round trip with a random value is the only reliable test,
so ``KeyringStore.probe`` does exactly that before anything real is stored, and every failure is
turned into a ``KeyringProblem`` the UI can explain.
"""

from __future__ import annotations

import logging
import secrets as pysecrets
from collections.abc import Callable, Iterator
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.domain.security import KeyringProblem
from app.messages import Message, msg
from app.secrets.store import KeyringUnusable

log = logging.getLogger(__name__)

SERVICE = "Steward"
_PROBE = "steward-probe"

# Backends that must never be chosen: one stores in plain text, one prompts on an invisible
# terminal.
_REFUSED_MODULES = ("keyrings.alt", "keyrings.cryptfile")

_T = TypeVar("_T")


def problem_message(problem: KeyringProblem, backend: str) -> Message:
    """What ``problem`` means, in words a user can act on (``backend``: the backend's name)."""
    match problem:
        case KeyringProblem.REFUSED_BACKEND:
            return msg("The keyring backend {backend} stores secrets unsafely; Steward will not "
                       "use it.", backend=backend)
        case KeyringProblem.NO_BACKEND:
            return msg("No system keyring is available (keyring chose its 'fail' backend). "
                       "Install or start one, for example GNOME Keyring or KWallet.")
        case KeyringProblem.EMPTY_CHAINER:
            return msg("No system keyring is available: keyring's chainer backend has nothing to "
                       "chain, so it would silently drop the key.")
        case KeyringProblem.NULL_BACKEND:
            return msg("The keyring backend is keyring's 'null' backend, which silently drops "
                       "everything stored in it.")
        case KeyringProblem.DROPS_VALUES:
            return msg("The system keyring ({backend}) accepted a test value and then lost it.",
                       backend=backend)
        case KeyringProblem.LOCKED:
            return msg("The system keyring is locked and was not unlocked. Unlock it (log in to "
                       "your desktop keyring) and try again.")
        case KeyringProblem.CANCELLED:
            return msg("The system keyring asked for permission and the request was cancelled "
                       "(or its prompt could not be shown).")
        case KeyringProblem.UNAVAILABLE:
            return msg("The system keyring ({backend}) is not reachable: is its service running?",
                       backend=backend)
        case KeyringProblem.WRITE_FAILED:
            return msg("The system keyring ({backend}) refused to store a value.",
                       backend=backend)
        case KeyringProblem.READ_FAILED:
            return msg("The system keyring ({backend}) failed to read back a value.",
                       backend=backend)
        case KeyringProblem.DELETE_FAILED:
            return msg("The system keyring ({backend}) failed to delete a test value.",
                       backend=backend)
        case KeyringProblem.DIFFERENT_VALUE:
            return msg("The system keyring ({backend}) returned a different value from the one "
                       "it was given.", backend=backend)
    raise AssertionError(problem)


class KeyringStore:
    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._service = service

    @property
    def backend_name(self) -> str:
        backend = self._backend
        return f"{type(backend).__module__}.{type(backend).__name__}"

    @property
    def backend_label(self) -> str:
        return str(getattr(self._backend, "name", "") or self.backend_name)

    @property
    def description(self) -> str:
        return f"system keyring ({self.backend_label})"

    def probe(self) -> None:
        """Raise ``KeyringUnusable`` unless a value survives a set/get/delete round trip."""
        self._refuse_known_bad()
        value = pysecrets.token_hex(16)
        self._call(KeyringProblem.WRITE_FAILED,
                   lambda: self._backend.set_password(self._service, _PROBE, value))
        read = self._call(KeyringProblem.READ_FAILED,
                          lambda: self._backend.get_password(self._service, _PROBE))
        if read is None:
            raise self._unusable(self._dropping_problem())
        if read != value:
            self._try_delete(_PROBE)
            raise self._unusable(KeyringProblem.DIFFERENT_VALUE)
        self._call(KeyringProblem.DELETE_FAILED,
                   lambda: self._backend.delete_password(self._service, _PROBE))
        if self._call(KeyringProblem.READ_FAILED,
                      lambda: self._backend.get_password(self._service, _PROBE)) is not None:
            raise self._unusable(KeyringProblem.DELETE_FAILED)

    def get(self, name: str) -> str | None:
        return self._call(KeyringProblem.READ_FAILED,
                          lambda: self._backend.get_password(self._service, name))

    def set(self, name: str, value: str) -> None:
        self._call(KeyringProblem.WRITE_FAILED,
                   lambda: self._backend.set_password(self._service, name, value))

    def delete(self, name: str) -> None:
        try:
            self._backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored under that name: already gone
        except Exception as exc:
            raise self._unusable(classify(exc, KeyringProblem.DELETE_FAILED)) from exc

    # -- helpers -----------------------------------------------------------------------------
    def _refuse_known_bad(self) -> None:
        backend = self._backend
        if type(backend).__module__.startswith(_REFUSED_MODULES):
            raise self._unusable(KeyringProblem.REFUSED_BACKEND)
        if isinstance(backend, fail.Keyring):
            raise self._unusable(KeyringProblem.NO_BACKEND)
        if isinstance(backend, null.Keyring):
            raise self._unusable(KeyringProblem.NULL_BACKEND)
        if isinstance(backend, chainer.ChainerBackend):
            chained = list(backend.backends)
            if not chained:
                raise self._unusable(KeyringProblem.EMPTY_CHAINER)
            refused = [b for b in chained if type(b).__module__.startswith(_REFUSED_MODULES)]
            if refused:
                # the chainer writes to the first backend that accepts: it might be this one
                raise KeyringUnusable(
                    KeyringProblem.REFUSED_BACKEND, self.backend_name,
                    msg("The keyring backend {backend} (through the chainer) stores secrets "
                        "unsafely; Steward will not use it.",
                        backend=type(refused[0]).__module__))

    def _dropping_problem(self) -> KeyringProblem:
        if isinstance(self._backend, chainer.ChainerBackend):
            return KeyringProblem.EMPTY_CHAINER
        return KeyringProblem.DROPS_VALUES

    def _call(self, problem: KeyringProblem, op: Callable[[], _T]) -> _T:
        try:
            return op()
        except Exception as exc:
            # Backends raise keyring errors, but also secretstorage/jeepney/D-Bus errors and
            # plain RuntimeErrors: none of them may reach the user as a traceback.
            found = classify(exc, problem)
            log.info("Keyring %s failed: %s (%s)", self.backend_name, found.value,
                     type(exc).__name__)
            raise self._unusable(found) from exc

    def _try_delete(self, name: str) -> None:
        try:
            self._backend.delete_password(self._service, name)
        except Exception:
            log.debug("Could not remove the keyring probe entry", exc_info=True)

    def _unusable(self, problem: KeyringProblem) -> KeyringUnusable:
        return KeyringUnusable(problem, self.backend_name,
                               problem_message(problem, self.backend_name))


def classify(exc: BaseException, default: KeyringProblem) -> KeyringProblem:
    """Name the problem behind an exception from any keyring backend (and what it wraps)."""
    chain = list(_exception_chain(exc))
    names = {f"{type(e).__module__}.{type(e).__name__}" for e in chain}
    words = " ".join(str(e).lower() for e in chain)
    if any(n.endswith("PromptDismissedException") for n in names) or "dismiss" in words \
            or "cancel" in words or "-128" in words:  # -128: macOS errSecUserCanceled
        return KeyringProblem.CANCELLED
    if any(isinstance(e, keyring.errors.KeyringLocked) for e in chain) or any(
            n.endswith("LockedException") for n in names):
        return KeyringProblem.LOCKED
    if any(isinstance(e, keyring.errors.NoKeyringError) for e in chain):
        return KeyringProblem.NO_BACKEND
    if any(isinstance(e, keyring.errors.InitError) for e in chain) or any(
            n.startswith(("jeepney.", "dbus.")) or n.endswith("NotAvailableException")
            for n in names):
        return KeyringProblem.UNAVAILABLE
    return default


def _exception_chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
