"""SQLModel tables, and nothing else; one module per area so features add tables side by side.

Importing this package registers every table on ``SQLModel.metadata`` (Alembic's env relies on it).
"""

from app.db.models.history import MemberEvent
from app.db.models.members import Handle, Member, MemberTag, Note, Tag
from app.db.models.notes import NoteTemplate, NoteVersion
from app.db.models.profile_schema import CustomField, CustomValue, Role
from app.db.models.segments import Segment
from app.db.models.trust import AppSetting, AuditEvent, DataMarker, TrashItem

__all__ = (
    "AppSetting",
    "AuditEvent",
    "CustomField",
    "CustomValue",
    "DataMarker",
    "Handle",
    "Member",
    "MemberEvent",
    "MemberTag",
    "Note",
    "NoteTemplate",
    "NoteVersion",
    "Role",
    "Segment",
    "Tag",
    "TrashItem",
)
