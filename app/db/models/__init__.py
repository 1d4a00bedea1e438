"""SQLModel tables, and nothing else; one module per area so features add tables side by side.

Importing this package registers every table on ``SQLModel.metadata`` (Alembic's env relies on it).
"""

from app.db.models.members import Handle, Member, MemberTag, Note, Tag
from app.db.models.trust import AppSetting, AuditEvent, DataMarker, TrashItem

__all__ = (
    "AppSetting",
    "AuditEvent",
    "DataMarker",
    "Handle",
    "Member",
    "MemberTag",
    "Note",
    "Tag",
    "TrashItem",
)
