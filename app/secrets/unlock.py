"""Find (or, on a first run, create) the data folder's database key, asking the user only when
there is a real choice to make.

The rules this flow keeps:
- a key is trusted only when a store gave it back unchanged and it fits this database (its check
  value in ``encryption.json``, or, with no such file, it opens the database);
- a new key is created only when there is no database yet, or a plain one to encrypt; when a
  database exists and its key cannot be found, the answer is the recovery key, never a new key
  or an empty database;
- when the keyring cannot be used, the user picks: try again, a passphrase, or quit. Nothing
  falls back silently, and nothing is written before the key is safely stored.
The questions go to a ``KeyPrompter``: dialogs in the GUI, the environment in the CLI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from app.db.cipher import FileState, file_state, finish_interrupted, key_opens
from app.domain.security import RecoveryError, RecoveryReason, StoreKind
from app.errors import CorruptDatabaseError
from app.messages import msg
from app.paths import AppPaths
from app.secrets.key_settings import (
    KdfParams,
    KeySettings,
    KeySettingsFile,
    PassphraseRecord,
)
from app.secrets.keys import DatabaseKey
from app.secrets.passphrase import PassphraseStore
from app.secrets.recovery import RecoveryKeyError, format_recovery_key, parse_recovery_key
from app.secrets.store import KeyringUnusable, ProbedStore, SecretStore, WrongPassphrase

log = logging.getLogger(__name__)

KeyringFactory = Callable[[], ProbedStore]


class Choice(StrEnum):
    RETRY = "retry"
    PASSPHRASE = "passphrase"
    RECOVERY_KEY = "recovery-key"
    QUIT = "quit"


class UnlockCancelled(Exception):
    """The user chose to quit instead of unlocking; not an error."""


class KeyPrompter(Protocol):
    def keyring_unusable(self, error: KeyringUnusable, *, holds_key: bool) -> Choice:
        """RETRY, PASSPHRASE or QUIT."""
        ...

    def choose_passphrase(self) -> str | None:
        """A new passphrase (confirmed), or None to quit."""
        ...

    def ask_passphrase(self, *, wrong: bool) -> str | Choice:
        """The passphrase, or Choice.RECOVERY_KEY (forgotten) or Choice.QUIT."""
        ...

    def ask_recovery_key(self, reason: RecoveryReason, error: RecoveryError | None) -> str | None:
        ...

    def offer_to_store_key(self, where: str) -> bool:
        """After a recovery: store the key in ``where`` again so the next start is quiet?"""
        ...

    def show_recovery_key(self, recovery: str, *, first_time: bool) -> bool:
        """Show the recovery key; True once the user confirms it is saved."""
        ...

    def backend_changed(self, before: str, now: str) -> None: ...


def key_name(folder_id: str, slot: str = "") -> str:
    """The store entry for one data folder's key (``slot``: "", "next" or "previous")."""
    prefix = "database-key" if not slot else f"database-key-{slot}"
    return f"{prefix}:{folder_id}"


@dataclass
class Unlocked:
    """The outcome: ``key`` None means there is no encrypted database and none was created."""

    key: DatabaseKey | None
    store: SecretStore | None
    settings: KeySettings | None
    settings_file: KeySettingsFile
    previous_backend: str = ""
    created: bool = False


def settings_file_for(paths: AppPaths) -> KeySettingsFile:
    return KeySettingsFile(paths.encryption_file)


class Unlocker:
    def __init__(self, paths: AppPaths, prompter: KeyPrompter, keyring: KeyringFactory,
                 kdf: KdfParams | None = None) -> None:
        self._paths = paths
        self._prompter = prompter
        self._keyring = keyring
        self._kdf = kdf or KdfParams()
        self._file = settings_file_for(paths)
        self._previous_backend = ""

    @property
    def _db(self) -> Path:
        return self._paths.db_file

    def run(self, *, create: bool = True) -> Unlocked:
        """``create=False`` (read-only commands) never writes a key or a settings file."""
        settings = self._file.load()
        if create:
            finish_interrupted(self._db)
        state = file_state(self._db)
        if not create and state is FileState.MISSING:
            return Unlocked(None, None, settings, self._file)
        if settings is None:
            if state is FileState.EMPTY:
                raise CorruptDatabaseError(self._db, msg("the file is empty"))
            if state is FileState.OPAQUE:
                return self._adopt()
            if not create:
                return Unlocked(None, None, None, self._file)
            return self._first_run(plain=state is FileState.PLAIN)
        key, store, settings = self._open_existing(settings)
        if create and not settings.recovery_key_saved:
            settings = self._show_recovery_key(key, settings, first_time=False)
        return Unlocked(key, store, settings, self._file,
                        previous_backend=self._previous_backend)

    # -- first run ---------------------------------------------------------------------------
    def _first_run(self, *, plain: bool) -> Unlocked:
        if plain:
            _refuse_damaged_plain(self._db)
        key = DatabaseKey.generate()
        store, settings = self._new_store(key, KeySettings.new_folder_id(), saved=False)
        log.info("Created a database key, kept in the %s store", settings.store.value)
        settings = self._show_recovery_key(key, settings, first_time=True)
        return Unlocked(key, store, settings, self._file, created=True)

    def _adopt(self) -> Unlocked:
        """An encrypted database without its encryption.json: only the recovery key opens it."""
        key = self._recover(RecoveryReason.NO_KEY_SETTINGS, None)
        store, settings = self._new_store(key, KeySettings.new_folder_id(), saved=True)
        return Unlocked(key, store, settings, self._file)

    def _new_store(self, key: DatabaseKey, folder_id: str, *,
                   saved: bool) -> tuple[SecretStore, KeySettings]:
        """Put ``key`` in the keyring if it proves itself, else in a passphrase vault the user
        chooses; the settings file is written only after the key is stored and read back."""
        name = key_name(folder_id)
        while True:
            keyring = self._keyring()
            try:
                keyring.probe()
                put_and_verify(keyring, name, key)
            except KeyringUnusable as err:
                log.info("Keyring unusable: %s", err.problem.value)
                choice = self._prompter.keyring_unusable(err, holds_key=False)
                if choice is Choice.RETRY:
                    continue
                if choice is Choice.PASSPHRASE:
                    break
                raise UnlockCancelled() from None
            settings = KeySettings(folder_id=folder_id, store=StoreKind.KEYRING,
                                   key_check=key.check_value(),
                                   keyring_backend=keyring.backend_name,
                                   recovery_key_saved=saved)
            self._file.save(settings)
            return keyring, settings
        return self._new_passphrase_store(key, KeySettings(
            folder_id=folder_id, store=StoreKind.PASSPHRASE, key_check=key.check_value(),
            recovery_key_saved=saved))

    def _new_passphrase_store(self, key: DatabaseKey,
                              settings: KeySettings) -> tuple[SecretStore, KeySettings]:
        passphrase = self._prompter.choose_passphrase()
        if passphrase is None:
            raise UnlockCancelled()
        store = PassphraseStore.create(passphrase, self._kdf,
                                       {key_name(settings.folder_id): key.hex()},
                                       self._persist_vault)
        settings = replace(settings, store=StoreKind.PASSPHRASE, passphrase=store.record)
        self._file.save(settings)
        log.info("The database key is now sealed with a passphrase")
        return store, settings

    def _persist_vault(self, record: PassphraseRecord) -> None:
        self._file.update(passphrase=record)

    # -- later runs --------------------------------------------------------------------------
    def _open_existing(self, settings: KeySettings
                       ) -> tuple[DatabaseKey, SecretStore, KeySettings]:
        if settings.store is StoreKind.PASSPHRASE:
            return self._open_with_passphrase(settings)
        return self._open_with_keyring(settings)

    def _open_with_keyring(self, settings: KeySettings
                           ) -> tuple[DatabaseKey, SecretStore, KeySettings]:
        name = key_name(settings.folder_id)
        keyring = self._keyring()
        if settings.keyring_backend and keyring.backend_name != settings.keyring_backend:
            self._previous_backend = settings.keyring_backend
            log.info("The keyring backend changed since the last run")
            self._prompter.backend_changed(settings.keyring_backend, keyring.backend_name)
        while True:
            try:
                keyring.probe()
                stored = keyring.get(name)
                break
            except KeyringUnusable as err:
                log.info("Keyring unusable: %s", err.problem.value)
                choice = self._prompter.keyring_unusable(err, holds_key=True)
                if choice is Choice.RETRY:
                    keyring = self._keyring()
                    continue
                if choice is Choice.PASSPHRASE:
                    key = self._recover(RecoveryReason.KEYRING_UNUSABLE, settings)
                    store, settings = self._new_passphrase_store(key, settings)
                    return key, store, settings
                raise UnlockCancelled() from None
        key = _parse_stored(stored)
        if key is None or not _fits(key, settings):
            reason = RecoveryReason.KEY_MISSING if stored is None else RecoveryReason.KEY_DIFFERENT
            log.info("No usable key in the keyring (%s)", reason.value)
            key = self._recover(reason, settings)
            if self._prompter.offer_to_store_key(keyring.backend_label):
                try:
                    put_and_verify(keyring, name, key)
                except KeyringUnusable as err:
                    # The database opens for this session; the next start asks again.
                    log.info("Could not store the recovered key: %s", err.problem.value)
        if keyring.backend_name != settings.keyring_backend:
            settings = replace(settings, keyring_backend=keyring.backend_name)
            self._file.save(settings)
        return key, keyring, settings

    def _open_with_passphrase(self, settings: KeySettings
                              ) -> tuple[DatabaseKey, SecretStore, KeySettings]:
        assert settings.passphrase is not None
        name = key_name(settings.folder_id)
        wrong = False
        while True:
            answer = self._prompter.ask_passphrase(wrong=wrong)
            if answer is Choice.RECOVERY_KEY:
                key = self._recover(RecoveryReason.PASSPHRASE_FORGOTTEN, settings)
                return (key, *self._new_passphrase_store(key, settings))
            if isinstance(answer, Choice):
                raise UnlockCancelled()
            try:
                store = PassphraseStore.unlock(answer, settings.passphrase, self._persist_vault)
                break
            except WrongPassphrase:
                log.info("Wrong passphrase")
                wrong = True
        key = _parse_stored(store.get(name))
        if key is None or not _fits(key, settings):
            key = self._recover(RecoveryReason.KEY_DIFFERENT, settings)
            store.set(name, key.hex())
            settings = self._file.load() or settings
        return key, store, settings

    # -- recovery ----------------------------------------------------------------------------
    def _recover(self, reason: RecoveryReason, settings: KeySettings | None) -> DatabaseKey:
        error: RecoveryError | None = None
        while True:
            text = self._prompter.ask_recovery_key(reason, error)
            if text is None:
                raise UnlockCancelled()
            try:
                key = parse_recovery_key(text)
            except RecoveryKeyError as exc:
                error = exc.kind
                continue
            fits = _fits(key, settings) if settings is not None else key_opens(self._db, key)
            if fits:
                log.info("Opened with the recovery key")
                return key
            error = RecoveryError.WRONG_KEY

    def _show_recovery_key(self, key: DatabaseKey, settings: KeySettings, *,
                           first_time: bool) -> KeySettings:
        if self._prompter.show_recovery_key(format_recovery_key(key), first_time=first_time):
            settings = replace(self._file.load() or settings, recovery_key_saved=True)
            self._file.save(settings)
        return settings


def put_and_verify(store: SecretStore, name: str, key: DatabaseKey) -> None:
    """Store ``key`` and read it back before anything relies on it."""
    from app.domain.security import KeyringProblem

    store.set(name, key.hex())
    back = store.get(name)
    if back != key.hex():
        backend = getattr(store, "backend_name", type(store).__name__)
        problem = KeyringProblem.DROPS_VALUES if back is None else KeyringProblem.DIFFERENT_VALUE
        raise KeyringUnusable(problem, backend,
                              msg("The store ({backend}) did not give the database key back "
                                  "unchanged; Steward will not rely on it.", backend=backend))


def _parse_stored(value: str | None) -> DatabaseKey | None:
    if value is None:
        return None
    try:
        return DatabaseKey.from_hex(value)
    except ValueError:
        return None


def _fits(key: DatabaseKey, settings: KeySettings) -> bool:
    # During an unfinished re-key the store may already hold the new key.
    return key.check_value() in {settings.key_check, settings.next_key_check} - {""}


def _refuse_damaged_plain(db: Path) -> None:
    """A damaged plain database is reported before any key exists (nothing is written)."""
    from app.db.engine import Driver
    from app.db.migrate import inspect_database

    inspect_database(db, Driver())
