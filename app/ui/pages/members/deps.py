"""The services the Members screens use, gathered once so pages and dialogs take one object."""

from __future__ import annotations

from dataclasses import dataclass

from app.bootstrap import AppContext
from app.services.duplicates import DuplicateService
from app.services.member_export import MemberExportService
from app.services.member_import import MemberImportService
from app.services.members import MemberService
from app.services.notes import NoteService
from app.services.privacy import PrivacyService
from app.services.profile_schema import ProfileSchemaService
from app.services.profiles import ProfileService
from app.services.search import SearchService
from app.services.segments import SegmentService
from app.services.tags import TagService
from app.services.trash import TrashService


@dataclass(frozen=True)
class MembersUiDeps:
    members: MemberService
    profiles: ProfileService
    fields: ProfileSchemaService
    tags: TagService
    notes: NoteService
    search: SearchService
    segments: SegmentService
    duplicates: DuplicateService
    member_import: MemberImportService
    member_export: MemberExportService
    trash: TrashService
    privacy: PrivacyService

    @classmethod
    def from_context(cls, ctx: AppContext) -> MembersUiDeps:
        return cls(members=ctx.members, profiles=ctx.profiles, fields=ctx.fields, tags=ctx.tags,
                   notes=ctx.notes, search=ctx.search, segments=ctx.segments,
                   duplicates=ctx.duplicates, member_import=ctx.member_import,
                   member_export=ctx.member_export, trash=ctx.trash, privacy=ctx.privacy)
