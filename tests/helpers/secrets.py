"""Small helpers for tests of the encrypted data folder."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from sqlmodel import select

from app.bootstrap import AppContext, build_context
from app.db.cipher import SQLITE_HEADER
from app.db.models import Member, Note
from app.paths import AppPaths
from app.secrets.keyring_store import KeyringStore
from tests.helpers.prompter import FAST_KDF, ScriptedPrompter


def open_context(paths: AppPaths, backend: KeyringBackend,
                 prompter: ScriptedPrompter | None = None) -> AppContext:
    return build_context(paths, secrets=KeyringStore(backend),
                         prompter=prompter or ScriptedPrompter(), kdf=FAST_KDF)


def add_note(ctx: AppContext, text: str, name: str = "Canary Member") -> None:
    with ctx.sessions() as session:
        member = Member(display_name=name)
        session.add(member)
        session.flush()
        assert member.id is not None
        session.add(Note(member_id=member.id, body=text))
        session.commit()


def note_bodies(ctx: AppContext) -> list[str]:
    with ctx.sessions() as session:
        return [n.body for n in session.exec(select(Note).order_by(Note.id))]


def plain_sqlite_files(folder: Path) -> list[Path]:
    """Every file under ``folder`` that anyone could open with sqlite3."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    found.append(path)
    return found
