"""The composition root: build everything once, in one place, for the GUI and the CLI alike.

paths → secret store → database engine (migrated) → services. Nothing here is global: the caller
holds the returned ``AppContext`` and passes what each part needs through constructors.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from app.db.change_marker import track_changes
from app.db.engine import Driver
from app.db.migrate import open_database
from app.paths import AppPaths
from app.secrets.keyring_store import KeyringStore
from app.secrets.store import SecretStore
from app.services.backups import BackupService
from app.services.demo import DemoSeeder
from app.services.members import MemberService
from app.services.privacy import PrivacyService
from app.services.restore import RestoreService
from app.services.sessions import SessionFactory, session_factory
from app.services.trash import TrashService


@dataclass
class AppContext:
    paths: AppPaths
    secrets: SecretStore
    driver: Driver
    engine: Engine
    sessions: SessionFactory
    members: MemberService
    demo: DemoSeeder
    backups: BackupService
    restore: RestoreService
    trash: TrashService
    privacy: PrivacyService

    def close(self) -> None:
        self.engine.dispose()


def build_context(paths: AppPaths, secrets: SecretStore | None = None,
                  driver: Driver | None = None) -> AppContext:
    """Open (and if needed create and migrate) the data folder's database and wire the services."""
    paths.ensure()
    store: SecretStore = secrets if secrets is not None else KeyringStore()
    chosen = driver or database_driver(paths, store)
    engine = open_database(paths, chosen)
    track_changes(engine)
    sessions = session_factory(engine)
    backups = BackupService(paths, chosen, sessions)
    return AppContext(
        paths=paths,
        secrets=store,
        driver=chosen,
        engine=engine,
        sessions=sessions,
        members=MemberService(sessions),
        demo=DemoSeeder(engine),
        backups=backups,
        restore=RestoreService(paths, chosen),
        trash=TrashService(sessions),
        privacy=PrivacyService(sessions, engine, backups),
    )


def database_driver(paths: AppPaths, secrets: SecretStore) -> Driver:
    """The DB-API driver (and key) for this data folder.

    The one place that decides it, so the startup recovery and the ``restore``/``recover``
    commands, which run without an open database, use the same key as everything else.
    """
    del paths, secrets  # the SQLCipher key hand-off (issue 4, secrets half) goes here
    return Driver()
