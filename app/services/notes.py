"""Notes on members: Markdown text, pinned or not, every earlier wording kept.

Lists return previews (``NoteSummary``); ``body`` fetches one full note when the user opens it.
Deleting a note is not here: deletes go through the trash.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from app.db.repositories import notes as repo
from app.db.repositories import profiles as profile_repo
from app.db.repositories.sql import set_positions
from app.domain.names import clean_name
from app.domain.notes import NoteSummary, NoteTemplateData, NoteVersionData
from app.errors import NotFoundError, UserError
from app.messages import msg
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

MAX_NOTE_CHARS = 50_000_000  # far above a pasted chat log; stops a runaway paste of a disk image
MAX_TEMPLATE_NAME = 200


def _body(text: str) -> str:
    if not text.strip():
        raise UserError(msg("Note: write something first (the note is empty)."))
    if len(text) > MAX_NOTE_CHARS:
        raise UserError(msg("Note: {count} characters is more than Steward keeps in one note "
                            "({limit}); split it or attach it as a file.",
                            count=f"{len(text):,}", limit=f"{MAX_NOTE_CHARS:,}"))
    return text


class NoteService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def timeline(self, member_id: int, offset: int = 0, limit: int = 200
                 ) -> tuple[NoteSummary, ...]:
        with self._sessions() as session:
            return repo.timeline(session, member_id, offset, limit)

    def body(self, note_id: int) -> str:
        with self._sessions() as session:
            text = repo.body(session, note_id)
        if text is None:
            raise NotFoundError(msg("Note"), note_id)
        return text

    def add(self, member_id: int, text: str, pinned: bool = False) -> NoteSummary:
        body = _body(text)
        now = self._clock()
        with self._sessions() as session:
            if not profile_repo.existing_ids(session, [member_id]):
                raise NotFoundError(msg("Member"), member_id)
            note_id = repo.add(session, member_id, body, pinned, now)
            profile_repo.touch(session, [member_id], now)
            session.commit()
            summary = repo.summary(session, note_id)
        log.info("Added note #%d to member #%d (%d characters)", note_id, member_id, len(body))
        assert summary is not None
        return summary

    def edit(self, note_id: int, text: str) -> NoteSummary:
        """Replace the text; the previous wording becomes a version (unless nothing changed)."""
        body = _body(text)
        now = self._clock()
        with self._sessions() as session:
            member_id = repo.owner(session, note_id)
            if member_id is None:
                raise NotFoundError(msg("Note"), note_id)
            if repo.edit(session, note_id, body, now):
                profile_repo.touch(session, [member_id], now)
                session.commit()
                log.info("Edited note #%d", note_id)
            summary = repo.summary(session, note_id)
        assert summary is not None
        return summary

    def set_pinned(self, note_id: int, pinned: bool) -> None:
        with self._sessions() as session:
            if not repo.set_pinned(session, note_id, pinned):
                raise NotFoundError(msg("Note"), note_id)
            session.commit()

    def versions(self, note_id: int) -> tuple[NoteVersionData, ...]:
        """Earlier wordings, newest first."""
        with self._sessions() as session:
            return repo.versions(session, note_id)

    def version_body(self, version_id: int) -> str:
        with self._sessions() as session:
            text = repo.version_body(session, version_id)
        if text is None:
            raise NotFoundError(msg("Note version"), version_id)
        return text

    # -- templates ---------------------------------------------------------------------------
    def templates(self) -> tuple[NoteTemplateData, ...]:
        with self._sessions() as session:
            return repo.templates(session)

    def add_template(self, name: str, body: str) -> int:
        clean = self._template_name(name)
        with self._sessions() as session:
            template_id = repo.add_template(session, clean, _body(body), self._clock())
            session.commit()
        return template_id

    def update_template(self, template_id: int, name: str, body: str) -> None:
        clean = self._template_name(name)
        with self._sessions() as session:
            if not repo.update_template(session, template_id, clean, _body(body), self._clock()):
                raise NotFoundError(msg("Template"), template_id)
            session.commit()

    def delete_template(self, template_id: int) -> NoteTemplateData:
        """Remove a template; returns it so the caller can offer Undo (``add_template``)."""
        with self._sessions() as session:
            template = repo.template(session, template_id)
            if template is None:
                raise NotFoundError(msg("Template"), template_id)
            repo.delete_template(session, template_id)
            session.commit()
        return template

    def reorder_templates(self, template_ids: Sequence[int]) -> None:
        with self._sessions() as session:
            set_positions(session, "note_template", template_ids)
            session.commit()

    @staticmethod
    def _template_name(name: str) -> str:
        return clean_name(msg("Template name"), name, MAX_TEMPLATE_NAME)
