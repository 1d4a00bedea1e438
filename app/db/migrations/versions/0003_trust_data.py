"""Trash, privacy audit list, data settings and the change marker.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.db.types import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trash_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("contents", sa.Text(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_trash_item_deleted", "trash_item", ["deleted_at"])
    op.create_index("ix_trash_item_member", "trash_item", ["member_id"])

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])

    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )

    marker = op.create_table(
        "data_marker",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("database_id", sa.String(32), nullable=False),
        sa.Column("change_token", sa.String(32), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
    )
    op.bulk_insert(marker, [{
        "id": 1,
        "database_id": uuid.uuid4().hex,
        "change_token": uuid.uuid4().hex,
        "changed_at": datetime.now(UTC),
    }])


def downgrade() -> None:
    raise NotImplementedError("restore the pre-migration backup instead")
