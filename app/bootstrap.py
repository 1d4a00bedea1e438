"""The composition root: build everything once, in one place, for the GUI and the CLI alike.

paths → secret store → database engine (migrated) → services. Nothing here is global: the caller
holds the returned ``AppContext`` and passes what each part needs through constructors.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from app.db.engine import Driver
from app.db.migrate import open_database
from app.paths import AppPaths, resources_dir
from app.secrets.keyring_store import KeyringStore
from app.secrets.store import SecretStore
from app.services.demo import DemoSeeder
from app.services.member_export import MemberExportService
from app.services.member_import import MemberImportService
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
    member_import: MemberImportService
    member_export: MemberExportService

    def close(self) -> None:
        self.engine.dispose()


def build_context(paths: AppPaths, secrets: SecretStore | None = None,
                  driver: Driver | None = None) -> AppContext:
    """Open (and if needed create and migrate) the data folder's database and wire the services."""
    paths.ensure()
    store: SecretStore = secrets if secrets is not None else KeyringStore()
    chosen = driver or Driver()
    engine = open_database(paths, chosen)
    sessions = session_factory(engine)
    return AppContext(
        paths=paths,
        secrets=store,
        driver=chosen,
        engine=engine,
        sessions=sessions,
        members=MemberService(sessions),
        demo=DemoSeeder(engine),
        member_import=MemberImportService(sessions),
        member_export=MemberExportService(sessions, resources_dir()),
    )
