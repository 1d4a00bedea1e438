"""What can be done with an unlocked key: switch stores, change the passphrase, re-key, and
finish whatever a crash interrupted (an encryption of plain files, a re-key).

Every change has one commit point that is a single atomic write or rename:
- switching stores or changing the passphrase: the new store is filled and verified first, then
  ``encryption.json`` is replaced in one write; only then is the old copy removed;
- re-keying: the new key is stored (under a "next" name) and recorded before the database is
  re-encrypted into a new file, and the rename of that verified file is the commit point. The
  old key stays (under a "previous" name) until backups and attachments are moved to the new key.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.db.backup import backup_database, backup_name
from app.db.cipher import (
    FileState,
    cipher_driver,
    ensure_not_in_use,
    export_database,
    file_state,
    finish_interrupted,
    key_opens,
    reencrypt_in_place,
)
from app.domain.progress import NullProgress, Progress
from app.domain.security import KeyStatus, StoreKind
from app.messages import msg
from app.paths import AppPaths
from app.secrets.attachments import PURPOSE as ATTACHMENTS
from app.secrets.attachments import AttachmentVault
from app.secrets.key_settings import KdfParams, KeySettings, KeySettingsFile, PassphraseRecord
from app.secrets.keys import DatabaseKey
from app.secrets.passphrase import PassphraseStore
from app.secrets.recovery import format_recovery_key
from app.secrets.store import SecretStore, SecretStoreError, WrongPassphrase
from app.secrets.unlock import KeyringFactory, key_name, put_and_verify

log = logging.getLogger(__name__)

_SLOTS = ("", "next", "previous")


class KeyManager:
    def __init__(self, paths: AppPaths, settings_file: KeySettingsFile, settings: KeySettings,
                 store: SecretStore, key: DatabaseKey, keyring: KeyringFactory,
                 kdf: KdfParams | None = None, previous_backend: str = "") -> None:
        self._paths = paths
        self._file = settings_file
        self._settings = settings
        self._store = store
        self._key = key
        self._keyring = keyring
        self._kdf = kdf or KdfParams()
        self._previous_backend = previous_backend

    # -- what is in use ----------------------------------------------------------------------
    @property
    def key(self) -> DatabaseKey:
        return self._key

    @property
    def store(self) -> SecretStore:
        return self._store

    @property
    def settings(self) -> KeySettings:
        return self._settings

    def status(self) -> KeyStatus:
        settings = self._settings
        label = getattr(self._store, "backend_label", "")
        return KeyStatus(kind=settings.store, backend_name=settings.keyring_backend,
                         backend_label=label if settings.store is StoreKind.KEYRING else "",
                         previous_backend=self._previous_backend,
                         encrypted=file_state(self._paths.db_file) is not FileState.PLAIN)

    def recovery_key(self) -> str:
        return format_recovery_key(self._key)

    def mark_recovery_key_saved(self) -> None:
        self._settings = self._file.update(recovery_key_saved=True)

    def attachments(self) -> AttachmentVault:
        return AttachmentVault(self._paths.attachments_dir, self._key.derive(ATTACHMENTS))

    # -- switching stores --------------------------------------------------------------------
    def use_passphrase(self, passphrase: str) -> None:
        """Move the key from the keyring into a vault sealed with ``passphrase``."""
        if self._settings.store is StoreKind.PASSPHRASE:
            raise SecretStoreError(msg("A passphrase is already in use; change it instead."))
        old = self._store
        values = self._entries(old)
        store = PassphraseStore.create(passphrase, self._kdf, values, self._persist_vault)
        # the commit point: one atomic write of encryption.json
        self._settings = self._file.update(store=StoreKind.PASSPHRASE, passphrase=store.record)
        self._store = store
        self._previous_backend = ""
        self._forget(old, values)
        log.info("Switched the key store to a passphrase")

    def use_keyring(self) -> None:
        """Move the key from the passphrase vault into the system keyring (after a probe)."""
        if self._settings.store is StoreKind.KEYRING:
            raise SecretStoreError(msg("The system keyring is already in use."))
        keyring = self._keyring()
        keyring.probe()
        values = self._entries(self._store)
        for name, value in values.items():
            put_and_verify(keyring, name, DatabaseKey.from_hex(value))
        # the commit point; the sealed vault goes with it
        self._settings = self._file.update(store=StoreKind.KEYRING, passphrase=None,
                                           keyring_backend=keyring.backend_name)
        self._store = keyring
        self._previous_backend = ""
        log.info("Switched the key store to the system keyring")

    def change_passphrase(self, current: str, new: str) -> None:
        store = self._store
        if not isinstance(store, PassphraseStore):
            raise SecretStoreError(msg("No passphrase is in use."))
        if not store.matches(current):
            raise WrongPassphrase()
        fresh = store.rewrapped(new, self._kdf)
        self._settings = self._file.update(passphrase=fresh.record)  # the commit point
        self._store = fresh
        log.info("Changed the passphrase")

    def _entries(self, store: SecretStore) -> dict[str, str]:
        values = {}
        for slot in _SLOTS:
            name = key_name(self._settings.folder_id, slot)
            value = store.get(name)
            if value is not None:
                values[name] = value
        return values

    def _forget(self, store: SecretStore, values: dict[str, str]) -> None:
        for name in values:
            try:
                store.delete(name)
            except SecretStoreError:
                log.info("Could not remove an old key entry from the previous store")

    def _persist_vault(self, record: PassphraseRecord) -> None:
        self._settings = self._file.update(passphrase=record)

    # -- re-keying ---------------------------------------------------------------------------
    def rekey(self, progress: Progress | None = None) -> None:
        """Re-encrypt the database (and then backups and attachments) under a new random key.

        No connection to the database may be open. The recovery key changes, so it is marked
        as not saved: the window shows the new one.
        """
        progress = progress or NullProgress()
        if self._settings.next_key_check or self._settings.previous_key_check:
            self.resume()
        db = self._paths.db_file
        ensure_not_in_use(db, self._key)  # refuse now, before anything changes
        old, new = self._key, DatabaseKey.generate()
        progress.report(0, 3, "storing the new key")
        put_and_verify(self._store, self._name("next"), new)
        self._settings = self._file.update(next_key_check=new.check_value())
        progress.report(1, 3, "backing up")
        backup_database(db, self._paths.backups_dir / backup_name("pre-rekey"),
                        cipher_driver(old))
        progress.report(2, 3, "re-encrypting the database")
        reencrypt_in_place(db, old, new)  # the commit point
        self._promote(old, new)
        self._reencrypt_leftovers(progress)
        progress.report(3, 3, "done")
        log.info("Re-keyed the database")

    def _promote(self, old: DatabaseKey | None, new: DatabaseKey) -> None:
        """The database is under ``new``: make it the key, keep ``old`` until files follow."""
        if old is not None:
            put_and_verify(self._store, self._name("previous"), old)
        put_and_verify(self._store, self._name(), new)
        self._settings = self._file.update(
            key_check=new.check_value(), next_key_check="",
            previous_key_check=old.check_value() if old is not None else "",
            recovery_key_saved=False)
        self._store.delete(self._name("next"))
        self._key = new

    def _reencrypt_leftovers(self, progress: Progress) -> None:
        previous = self._stored_key("previous", self._settings.previous_key_check)
        if previous is not None:
            files = self._backup_files()
            for done, path in enumerate(files):
                progress.report(done, len(files), "re-encrypting backups")
                if key_opens(path, previous):
                    reencrypt_in_place(path, previous, self._key)
            moved = self.attachments().reencrypt(previous.derive(ATTACHMENTS))
            log.info("Re-encrypted %d backups and %d attachments under the new key",
                     len(files), moved)
        self._store.delete(self._name("previous"))
        self._settings = self._file.update(previous_key_check="")

    # -- unfinished work ---------------------------------------------------------------------
    def resume(self) -> None:
        """Finish what a crash interrupted; run before the database is opened."""
        db = self._paths.db_file
        finish_interrupted(db)
        for path in self._backup_files(with_leftovers=True):
            finish_interrupted(path)
        if self._settings.next_key_check:
            new = self._stored_key("next", self._settings.next_key_check)
            if new is None and self._key.check_value() == self._settings.next_key_check:
                new = self._key
            if new is not None and key_opens(db, new):
                old = self._stored_key("previous", self._settings.key_check) or \
                    self._stored_key("", self._settings.key_check)
                log.info("Finishing an interrupted re-key")
                self._promote(old, new)
            else:
                log.info("Abandoning a re-key that never reached the database")
                self._store.delete(self._name("next"))
                self._settings = self._file.update(next_key_check="")
        if self._settings.previous_key_check:
            self._reencrypt_leftovers(NullProgress())
        self.encrypt_plain_files()

    def encrypt_plain_files(self) -> None:
        """Encrypt a plain database (from before encryption) and any plain backups.

        The database gets a verified encrypted backup first, then is replaced by a verified
        encrypted copy. The plain file is overwritten and deleted rather than kept: a plain copy
        of private notes left on disk would undo the encryption (see ``wipe_file`` for limits).
        """
        db = self._paths.db_file
        if file_state(db) is FileState.PLAIN:
            from app.db.engine import Driver
            from app.db.migrate import inspect_database

            inspect_database(db, Driver())  # a damaged file is reported, never converted
            export_database(db, None, self._paths.backups_dir / backup_name("pre-encryption"),
                            self._key)
            reencrypt_in_place(db, None, self._key)
            log.info("Encrypted the existing plain database")
        for path in self._backup_files():
            if file_state(path) is FileState.PLAIN:
                reencrypt_in_place(path, None, self._key)
                log.info("Encrypted a plain backup")

    # -- helpers -----------------------------------------------------------------------------
    def _name(self, slot: str = "") -> str:
        return key_name(self._settings.folder_id, slot)

    def _stored_key(self, slot: str, check: str) -> DatabaseKey | None:
        if not check:
            return None
        value = self._store.get(self._name(slot))
        if value is None:
            return None
        try:
            key = DatabaseKey.from_hex(value)
        except ValueError:
            return None
        return key if key.check_value() == check else None

    def _backup_files(self, *, with_leftovers: bool = False) -> list[Path]:
        folder = self._paths.backups_dir
        if not folder.is_dir():
            return []
        files = {p for p in folder.glob("*.db")}
        if with_leftovers:
            for suffix in (".new", ".old"):
                files |= {p.with_name(p.name[: -len(suffix)])
                          for p in folder.glob(f"*.db{suffix}")}
        return sorted(files)
