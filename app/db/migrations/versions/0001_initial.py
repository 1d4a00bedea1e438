"""Initial schema: members, handles, tags, notes.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db.types import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("role", sa.String(64), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("location", sa.String(), nullable=False, server_default=""),
        sa.Column("time_zone", sa.String(64), nullable=False, server_default=""),
        sa.Column("interests", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_member_name", "member", ["display_name"])
    op.create_index("ix_member_status", "member", ["status"])
    op.create_index("ix_member_joined", "member", ["joined_on"])
    op.create_index("ix_member_updated", "member", ["updated_at"])

    op.create_table(
        "handle",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("handle", sa.String(), nullable=False),
        sa.Column("platform_id", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index("ix_handle_lookup", "handle", ["platform", "handle"])
    op.create_index("ix_handle_member", "handle", ["member_id"])

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("color", sa.String(9), nullable=False),
    )

    op.create_table(
        "member_tag",
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("tag_id", sa.Integer(), sa.ForeignKey("tag.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_member_tag_tag", "member_tag", ["tag_id"])

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_note_member", "note", ["member_id", "created_at"])


def downgrade() -> None:
    # Steward's schema only moves forward; a downgrade is done by restoring a backup.
    raise NotImplementedError("restore the pre-migration backup instead")
