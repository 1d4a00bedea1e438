"""SQLModel tables, and nothing else; one module per area so features add tables side by side.

Importing this package registers every table on ``SQLModel.metadata`` (Alembic's env relies on it).
"""

from app.db.models.members import Handle, Member, MemberTag, Note, Tag

__all__ = ("Handle", "Member", "MemberTag", "Note", "Tag")
