"""Tags: create, rename, recolour, merge, delete (with undo), and bulk tagging.

Bulk operations run in one transaction whatever the size of the selection, and touch the
``updated_at`` of exactly the members whose tags changed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from sqlmodel import Session

from app.db.repositories import profiles as profile_repo
from app.db.repositories import segments as segment_repo
from app.db.repositories import tags as repo
from app.db.repositories.profile_schema import custom_fields
from app.db.repositories.segment_sql import compile_segment
from app.domain.members import DeletedTag, TagData, TagSummary
from app.domain.names import clean_name
from app.domain.segments import SegmentDefinition
from app.errors import NotFoundError, UserError
from app.messages import msg
from app.services.clock import Clock, utc_clock
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

DEFAULT_COLOR = "#5b8def"
MAX_TAG_NAME = 64
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")


def clean_tag_name(name: str) -> str:
    clean = clean_name(msg("Tag name"), name, MAX_TAG_NAME)
    if "," in clean or "，" in clean:
        raise UserError(msg("Tag name \"{name}\": commas separate tags; use another character.",
                            name=clean))
    return clean


def clean_color(color: str) -> str:
    if not _COLOR.match(color.strip()):
        raise UserError(msg("Tag colour: \"{color}\" is not a colour like #5b8def.", color=color))
    return color.strip().lower()


class TagService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utc_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def list(self) -> tuple[TagSummary, ...]:
        """Every tag with how many members carry it, by name."""
        with self._sessions() as session:
            return repo.summaries(session)

    def create(self, name: str, color: str = DEFAULT_COLOR) -> int:
        clean, colour = clean_tag_name(name), clean_color(color)
        with self._sessions() as session:
            if repo.by_name(session, clean) is not None:
                raise UserError(msg("Tag name: \"{name}\" already exists.", name=clean))
            tag_id = repo.create(session, clean, colour)
            session.commit()
        return tag_id

    def ensure(self, name: str, color: str = DEFAULT_COLOR) -> int:
        """The id of the tag called ``name`` (any case), created if missing (for importers)."""
        clean = clean_tag_name(name)
        with self._sessions() as session:
            found = repo.by_name(session, clean)
            if found is not None:
                return found.id
            tag_id = repo.create(session, clean, clean_color(color))
            session.commit()
        return tag_id

    def rename(self, tag_id: int, name: str) -> None:
        clean = clean_tag_name(name)
        with self._sessions() as session:
            tag = self._tag(session, tag_id)
            other = repo.by_name(session, clean)
            if other is not None and other.id != tag_id:
                raise UserError(msg("Tag name: \"{name}\" already exists; merge the two tags "
                                    "instead.", name=clean))
            repo.update(session, tag_id, clean, tag.color)
            session.commit()

    def recolor(self, tag_id: int, color: str) -> None:
        colour = clean_color(color)
        with self._sessions() as session:
            tag = self._tag(session, tag_id)
            repo.update(session, tag_id, tag.name, colour)
            session.commit()

    def merge(self, source_id: int, target_id: int) -> int:
        """Fold ``source`` into ``target``: its members get ``target`` (once), saved segments
        that mention it now mention ``target``, and ``source`` is gone. Returns the number of
        members newly given ``target``."""
        if source_id == target_id:
            raise UserError(msg("Merge tags: choose two different tags."))
        with self._sessions() as session:
            self._tag(session, source_id)
            self._tag(session, target_id)
            moved = repo.merge(session, source_id, target_id)
            segment_repo.replace_tag(session, source_id, target_id, self._clock())
            session.commit()
        log.info("Merged tag #%d into #%d (%d links moved)", source_id, target_id, moved)
        return moved

    def delete(self, tag_id: int) -> DeletedTag:
        """Delete the tag (members stay); returns what ``restore`` needs to undo it."""
        with self._sessions() as session:
            tag = self._tag(session, tag_id)
            members = repo.delete(session, tag_id)
            segment_repo.replace_tag(session, tag_id, None, self._clock())
            session.commit()
        log.info("Deleted tag #%d (%d members carried it)", tag_id, len(members))
        return DeletedTag(tag.name, tag.color, members)

    def restore(self, deleted: DeletedTag) -> int:
        """Undo ``delete``: the tag again, on the members that still exist."""
        with self._sessions() as session:
            existing = repo.by_name(session, deleted.name)
            tag_id = existing.id if existing else repo.create(session, deleted.name,
                                                              deleted.color)
            repo.link(session, tag_id, deleted.member_ids)
            session.commit()
        return tag_id

    def tag_members(self, tag_id: int, member_ids: Sequence[int]) -> int:
        """Give the tag to a selection; returns how many did not have it yet."""
        return len(self.add_to(tag_id, member_ids))

    def untag_members(self, tag_id: int, member_ids: Sequence[int]) -> int:
        return len(self.remove_from(tag_id, member_ids))

    def add_to(self, tag_id: int, member_ids: Sequence[int]) -> tuple[int, ...]:
        """Give the tag to a selection in one transaction; returns exactly the members that did
        not have it, which is what an Undo takes it away from again."""
        with self._sessions() as session:
            self._tag(session, tag_id)
            added = repo.link(session, tag_id, member_ids)
            profile_repo.touch(session, added, self._clock())
            session.commit()
        return tuple(added)

    def remove_from(self, tag_id: int, member_ids: Sequence[int]) -> tuple[int, ...]:
        """Take the tag from a selection; returns the members that had it (for Undo)."""
        with self._sessions() as session:
            self._tag(session, tag_id)
            removed = repo.unlink(session, tag_id, member_ids)
            profile_repo.touch(session, removed, self._clock())
            session.commit()
        return tuple(removed)

    def tag_segment(self, tag_id: int, definition: SegmentDefinition) -> int:
        """Give the tag to every member of a segment, in one transaction."""
        return len(self.add_to_segment(tag_id, definition))

    def untag_segment(self, tag_id: int, definition: SegmentDefinition) -> int:
        return len(self.remove_from_segment(tag_id, definition))

    def add_to_segment(self, tag_id: int, definition: SegmentDefinition) -> tuple[int, ...]:
        """The segment is resolved in the same transaction that tags it; returns who changed."""
        return self._segment_links(tag_id, definition, add=True)

    def remove_from_segment(self, tag_id: int, definition: SegmentDefinition
                            ) -> tuple[int, ...]:
        return self._segment_links(tag_id, definition, add=False)

    def _segment_links(self, tag_id: int, definition: SegmentDefinition,
                       add: bool) -> tuple[int, ...]:
        with self._sessions() as session:
            self._tag(session, tag_id)
            fields = {f.id: f for f in custom_fields(session)}
            where, params = compile_segment(definition, self._clock(), fields)
            if add:
                changed = repo.link(session, tag_id,
                                    repo.ids_without(session, tag_id, where, params))
            else:
                changed = repo.unlink(session, tag_id,
                                      repo.ids_with(session, tag_id, where, params))
            profile_repo.touch(session, changed, self._clock())
            session.commit()
        return tuple(changed)

    def set_member_tags(self, member_id: int, tag_ids: Sequence[int]) -> None:
        """Make the member's tags exactly ``tag_ids`` (the profile's tag chips)."""
        with self._sessions() as session:
            if not profile_repo.existing_ids(session, [member_id]):
                raise NotFoundError(msg("Member"), member_id)
            current = repo.member_tag_ids(session, member_id)
            wanted = set(tag_ids)
            for tag_id in wanted - current:
                self._tag(session, tag_id)
                repo.link(session, tag_id, [member_id])
            for tag_id in current - wanted:
                repo.unlink(session, tag_id, [member_id])
            if wanted != current:
                profile_repo.touch(session, [member_id], self._clock())
            session.commit()

    @staticmethod
    def _tag(session: Session, tag_id: int) -> TagData:
        tag = repo.get(session, tag_id)
        if tag is None:
            raise NotFoundError(msg("Tag"), tag_id)
        return tag
