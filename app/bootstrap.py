"""The composition root: build everything once, in one place, for the GUI and the CLI alike.

paths → secret store → database engine (migrated) → services. Nothing here is global: the caller
holds the returned ``AppContext`` and passes what each part needs through constructors.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from app.atomic_files import sweep_stale_partials
from app.db.engine import Driver
from app.db.migrate import open_database
from app.paths import AppPaths
from app.secrets.keyring_store import KeyringStore
from app.secrets.store import SecretStore
from app.services.demo import DemoSeeder
from app.services.members import MemberService
from app.services.sessions import SessionFactory, session_factory


@dataclass
class AppContext:
    paths: AppPaths
    secrets: SecretStore
    driver: Driver
    engine: Engine
    sessions: SessionFactory
    members: MemberService
    demo: DemoSeeder
    read_only: bool = False

    def close(self) -> None:
        self.engine.dispose()


def build_context(paths: AppPaths, secrets: SecretStore | None = None,
                  driver: Driver | None = None, *, read_only: bool = False) -> AppContext:
    """Open (and if needed create and migrate) the data folder's database and wire the services.

    ``read_only``: change nothing in the folder (it may be on a full or read-only disk); writes
    then fail with a message saying the data can only be read.
    """
    if not read_only:
        paths.ensure()
        sweep_stale_partials(paths.data_dir)  # left by a writer that was killed (atomic_files)
    store: SecretStore = secrets if secrets is not None else KeyringStore()
    chosen = driver or Driver()
    engine = open_database(paths, chosen, read_only=read_only)
    sessions = session_factory(engine)
    return AppContext(
        paths=paths,
        secrets=store,
        driver=chosen,
        engine=engine,
        sessions=sessions,
        members=MemberService(sessions),
        demo=DemoSeeder(engine),
        read_only=read_only,
    )
