"""The composition root: build everything once, in one place, for the GUI and the CLI alike.

paths → secret store (unlock the database key) → database engine (SQLCipher, migrated) →
services. Nothing here is global: the caller holds the returned ``AppContext`` and passes what
each part needs through constructors. This is the only place that chooses the database driver.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import Engine

from app.atomic_files import sweep_stale_partials
from app.db.change_marker import track_changes
from app.db.cipher import FileState, cipher_driver, file_state
from app.db.engine import Driver
from app.db.migrate import open_database
from app.errors import UserError
from app.messages import msg
from app.paths import AppPaths, resources_dir
from app.secrets.environment import EnvironmentPrompter
from app.secrets.key_settings import KdfParams
from app.secrets.keyring_store import KeyringStore
from app.secrets.manager import KeyManager
from app.secrets.store import ProbedStore, SecretStore
from app.secrets.unlock import KeyPrompter, Unlocker
from app.services.backups import BackupService
from app.services.demo import DemoSeeder
from app.services.duplicates import DuplicateService
from app.services.member_export import MemberExportService
from app.services.member_import import MemberImportService
from app.services.members import MemberService
from app.services.notes import NoteService
from app.services.privacy import PrivacyService
from app.services.profile_schema import ProfileSchemaService
from app.services.profiles import ProfileService
from app.services.restore import RestoreService
from app.services.search import SearchService
from app.services.segments import NamedSegmentMembers, SegmentService
from app.services.sessions import SessionFactory, session_factory
from app.services.tags import TagService
from app.services.trash import TrashService


@dataclass
class AppContext:
    paths: AppPaths
    keys: KeyManager
    driver: Driver
    engine: Engine
    sessions: SessionFactory
    members: MemberService
    profiles: ProfileService
    fields: ProfileSchemaService  # roles and custom fields
    tags: TagService
    notes: NoteService
    search: SearchService
    segments: SegmentService
    duplicates: DuplicateService
    demo: DemoSeeder
    backups: BackupService
    restore: RestoreService
    trash: TrashService
    privacy: PrivacyService
    member_import: MemberImportService
    member_export: MemberExportService
    read_only: bool = False  # opened without changing anything; writes fail with a message

    @property
    def secrets(self) -> SecretStore:
        return self.keys.store

    def close(self) -> None:
        self.engine.dispose()


def open_keys(paths: AppPaths, *, prompter: KeyPrompter | None = None,
              secrets: ProbedStore | None = None, kdf: KdfParams | None = None,
              create: bool = True, environ: Mapping[str, str] | None = None
              ) -> KeyManager | None:
    """Unlock (or on a first run create) the database key; None when there is no encrypted
    database and ``create`` is False (read-only commands on an empty or plain folder).

    ``secrets`` replaces the system keyring (tests use an in-memory store); ``prompter``
    answers the questions (the GUI's dialogs; by default the environment, for the CLI).
    """
    def keyring() -> ProbedStore:
        return secrets if secrets is not None else KeyringStore()

    chosen = prompter or EnvironmentPrompter(os.environ if environ is None else environ,
                                             sys.stderr, paths.db_file)
    unlocked = Unlocker(paths, chosen, keyring, kdf).run(create=create)
    if unlocked.key is None or unlocked.store is None or unlocked.settings is None:
        return None
    manager = KeyManager(paths, unlocked.settings_file, unlocked.settings, unlocked.store,
                         unlocked.key, keyring, kdf, previous_backend=unlocked.previous_backend)
    if create:
        manager.resume()
    return manager


def database_driver(paths: AppPaths, keys: KeyManager | None) -> Driver:
    """SQLCipher keyed with the folder's key; plain sqlite3 only for a file that is still plain
    (a read-only ``check`` before the first encrypted run)."""
    if keys is None or file_state(paths.db_file) is FileState.PLAIN:
        return Driver()
    return cipher_driver(keys.key)


DriverWrapper = Callable[[Driver], Driver]


def build_context(paths: AppPaths, secrets: ProbedStore | None = None,
                  prompter: KeyPrompter | None = None, kdf: KdfParams | None = None, *,
                  read_only: bool = False, wrap_driver: DriverWrapper | None = None
                  ) -> AppContext:
    """Unlock the key, open (and if needed create, encrypt and migrate) the database, and wire
    the services.

    ``read_only``: change nothing in the folder (it may be on a full or read-only disk): no key
    is created, nothing is migrated, and writes fail with a message saying the data can only be
    read. ``wrap_driver`` is for fault tests (a keyed driver whose files cannot grow).
    """
    if not read_only:
        paths.ensure()
    keys = open_keys(paths, prompter=prompter, secrets=secrets, kdf=kdf, create=not read_only)
    if keys is None:  # read-only, and no encrypted database with its key here
        raise UserError(msg(
            "{path} does not exist or has never been opened by this Steward, so there is "
            "nothing to open read-only. Check the --data-dir folder, or open it once without "
            "--read-only from a folder that can be written.", path=paths.db_file))
    return assemble(paths, keys, read_only=read_only, wrap_driver=wrap_driver)


def assemble(paths: AppPaths, keys: KeyManager, *, read_only: bool = False,
             wrap_driver: DriverWrapper | None = None) -> AppContext:
    """Open (create, migrate) the database with the unlocked key and wire the services.

    Apart from ``build_context`` so that the window can unlock first and, if the database
    turns out to be damaged, offer a restore with the same key before trying again.
    """
    if not read_only:
        sweep_stale_partials(paths.data_dir)  # left by a writer that was killed (atomic_files)
    driver = cipher_driver(keys.key)
    if wrap_driver is not None:
        driver = wrap_driver(driver)
    engine = open_database(paths, driver, read_only=read_only)
    track_changes(engine)
    sessions = session_factory(engine)
    backups = BackupService(paths, driver, sessions)
    return AppContext(
        paths=paths,
        keys=keys,
        driver=driver,
        engine=engine,
        sessions=sessions,
        members=MemberService(sessions),
        profiles=ProfileService(sessions),
        fields=ProfileSchemaService(sessions),
        tags=TagService(sessions),
        notes=NoteService(sessions),
        search=SearchService(sessions),
        segments=SegmentService(sessions),
        duplicates=DuplicateService(sessions),
        demo=DemoSeeder(engine),
        backups=backups,
        restore=RestoreService(paths, driver),
        trash=TrashService(sessions),
        privacy=PrivacyService(sessions, engine, backups),
        member_import=MemberImportService(sessions),
        member_export=MemberExportService(sessions, resources_dir(),
                                          segments=NamedSegmentMembers()),
        read_only=read_only,
    )


def restore_service(paths: AppPaths, *, prompter: KeyPrompter | None = None,
                    secrets: ProbedStore | None = None) -> RestoreService:
    """Restoring and recovering work without an open database, with the folder's key.

    The key is unlocked without creating one; when the database file is gone but the folder
    has its key settings, the existing key is still unlocked (backups are under it).
    """
    paths.ensure()
    missing = not paths.db_file.exists()
    keys = open_keys(paths, prompter=prompter, secrets=secrets,
                     create=missing and paths.encryption_file.exists())
    return RestoreService(paths, cipher_driver(keys.key) if keys is not None else Driver())
