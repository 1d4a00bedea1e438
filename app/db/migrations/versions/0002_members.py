"""Members: roles, custom fields, note versions and templates, segments, history, search index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Names, handles and tag names become case-insensitive (COLLATE NOCASE): tags that differed only by
case are merged first, so no member loses a tag. The search index (trigram and short-query FTS5
tables, see app/db/fts.py) is created with its triggers and filled from the existing rows.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.db.types import UTCDateTime
from app.messages import msg

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENS = "steward_fts_tokens"  # registered on every connection by app.db.engine

# table -> indexed columns; the rowid of each index is the table's id.
SEARCHABLE = {
    "member": ("display_name", "aliases", "interests", "needs", "location"),
    "handle": ("handle", "platform_id"),
    "note": ("body",),
    "custom_value": ("value",),
}
SHORT_DETAIL = {"member": "column", "handle": "none", "note": "none", "custom_value": "none"}

ROLES = ("member", "moderator", "VIP", "speaker")

TEMPLATES = (
    ("Welcome follow-up · 欢迎跟进",
     "## Welcome follow-up · 欢迎跟进\n\n"
     "- Joined via · 入群渠道: \n"
     "- Introduced themselves · 已自我介绍: yes / no · 是 / 否\n"
     "- Interests · 兴趣: \n"
     "- Read the rules · 已阅读群规: yes / no · 是 / 否\n"
     "- Next step · 下一步: \n"),
    ("Warning record · 警告记录",
     "## Warning record · 警告记录\n\n"
     "- Rule broken · 违反的群规: \n"
     "- What happened · 经过: \n"
     "- Evidence · 证据: \n"
     "- Sanction · 处理: warning · 警告\n"
     "- Member's response · 成员回应: \n"),
    ("Feedback · 反馈",
     "## Feedback · 反馈\n\n"
     "- Channel · 渠道: \n"
     "- Category · 类别: \n"
     "- Summary · 内容摘要: \n"
     "- Promised follow-up · 承诺的跟进: \n"),
    ("Check-in with a quiet member · 沉默成员回访",
     "## Check-in · 回访\n\n"
     "- Last seen active · 上次活跃: \n"
     "- Reason given · 原因: \n"
     "- What would help · 需要的帮助: \n"),
)


def upgrade() -> None:
    _require_search_support()
    _profile_columns()
    _new_tables()
    _seed()
    _sort_keys()
    for table, columns in SEARCHABLE.items():
        _search_index(table, columns)


# The member list sorts by "first handle" and "first tag" through indexed columns on member,
# kept current by these triggers (their names have no "_fts" in them: bulk inserts keep them).
HANDLE_KEY = "(SELECT min(h.handle) FROM handle h WHERE h.member_id = {m})"
TAG_KEY = ("(SELECT min(t.name) FROM member_tag mt JOIN tag t ON t.id = mt.tag_id "
           "WHERE mt.member_id = {m})")


def _sort_keys() -> None:
    def handle(m: str) -> str:
        return f"UPDATE member SET sort_handle = {HANDLE_KEY.format(m=m)} WHERE id = {m};"

    def tag(m: str) -> str:
        return f"UPDATE member SET sort_tag = {TAG_KEY.format(m=m)} WHERE id = {m};"

    op.execute(f"CREATE TRIGGER handle_sort_ai AFTER INSERT ON handle "
               f"BEGIN {handle('new.member_id')} END")
    op.execute(f"CREATE TRIGGER handle_sort_ad AFTER DELETE ON handle "
               f"BEGIN {handle('old.member_id')} END")
    op.execute(f"CREATE TRIGGER handle_sort_au AFTER UPDATE OF handle, member_id ON handle "
               f"BEGIN {handle('old.member_id')} {handle('new.member_id')} END")
    op.execute(f"CREATE TRIGGER member_tag_sort_ai AFTER INSERT ON member_tag "
               f"BEGIN {tag('new.member_id')} END")
    op.execute(f"CREATE TRIGGER member_tag_sort_ad AFTER DELETE ON member_tag "
               f"BEGIN {tag('old.member_id')} END")
    op.execute(f"CREATE TRIGGER member_tag_sort_au AFTER UPDATE OF member_id, tag_id "
               f"ON member_tag BEGIN {tag('old.member_id')} {tag('new.member_id')} END")
    op.execute("CREATE TRIGGER tag_sort_au AFTER UPDATE OF name ON tag BEGIN "
               f"UPDATE member SET sort_tag = {TAG_KEY.format(m='member.id')} "
               "WHERE id IN (SELECT member_id FROM member_tag WHERE tag_id = new.id); END")
    op.execute(f"UPDATE member SET sort_handle = {HANDLE_KEY.format(m='member.id')}, "
               f"sort_tag = {TAG_KEY.format(m='member.id')}")


def _require_search_support() -> None:
    bind = op.get_bind()
    version = bind.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    if tuple(int(p) for p in str(version).split(".")) < (3, 34, 0):
        raise RuntimeError(msg("SQLite {version} is too old for Steward's search (3.34+ "
                               "needed)", version=version))


def _profile_columns() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("needs", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("sort_handle", sa.String(collation="NOCASE"), nullable=True))
        batch.add_column(sa.Column("sort_tag", sa.String(collation="NOCASE"), nullable=True))
        batch.alter_column("display_name", existing_type=sa.String(),
                           type_=sa.String(collation="NOCASE"), existing_nullable=False)
        batch.create_index("ix_member_role", ["role"])
        batch.create_index("ix_member_location", ["location"])
        batch.create_index("ix_member_created", ["created_at"])
        batch.create_index("ix_member_sort_handle", ["sort_handle"])
        batch.create_index("ix_member_sort_tag", ["sort_tag"])

    with op.batch_alter_table("handle") as batch:
        batch.alter_column("handle", existing_type=sa.String(),
                           type_=sa.String(collation="NOCASE"), existing_nullable=False)
        batch.drop_index("ix_handle_lookup")
        batch.drop_index("ix_handle_member")
        batch.create_index("ix_handle_lookup", ["handle", "platform"])
        batch.create_index("ix_handle_member", ["member_id", "handle"])
        batch.create_index("ix_handle_platform_id", ["platform_id", "platform"])

    # Tags that differ only by case become one (the oldest keeps its name and colour).
    op.execute("""
        INSERT OR IGNORE INTO member_tag (member_id, tag_id)
        SELECT mt.member_id, (SELECT min(t2.id) FROM tag t2 WHERE lower(t2.name) = lower(t.name))
        FROM member_tag mt JOIN tag t ON t.id = mt.tag_id
    """)
    op.execute("""
        DELETE FROM member_tag WHERE tag_id IN (
            SELECT t.id FROM tag t
            WHERE t.id > (SELECT min(t2.id) FROM tag t2 WHERE lower(t2.name) = lower(t.name)))
    """)
    op.execute("""
        DELETE FROM tag
        WHERE id > (SELECT min(t2.id) FROM tag t2 WHERE lower(t2.name) = lower(tag.name))
    """)
    with op.batch_alter_table("tag") as batch:
        batch.alter_column("name", existing_type=sa.String(),
                           type_=sa.String(collation="NOCASE"), existing_nullable=False)


def _new_tables() -> None:
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64, collation="NOCASE"), nullable=False, unique=True),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "custom_field",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(collation="NOCASE"), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("options", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "custom_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("field_id", sa.Integer(),
                  sa.ForeignKey("custom_field.id", ondelete="CASCADE"), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("number", sa.Float(), nullable=True),
        sa.UniqueConstraint("member_id", "field_id", name="uq_custom_value_member_field"),
    )
    op.create_index("ix_custom_value_field", "custom_value", ["field_id", "value"])
    op.create_index("ix_custom_value_number", "custom_value", ["field_id", "number"])

    op.create_table(
        "note_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("note.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.Column("replaced_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_note_version_note", "note_version", ["note_id", "id"])
    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "segment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(collation="NOCASE"), nullable=False, unique=True),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "member_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_member_event_member", "member_event", ["member_id", "at"])


def _seed() -> None:
    bind = op.get_bind()
    for position, name in enumerate(ROLES):
        bind.exec_driver_sql("INSERT OR IGNORE INTO role (name, position) VALUES (?, ?)",
                             (name, position))
    bind.exec_driver_sql(
        "INSERT OR IGNORE INTO role (name, position) "
        "SELECT DISTINCT role, ? FROM member WHERE trim(role) != '' ORDER BY role",
        (len(ROLES),))
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    bind.exec_driver_sql(
        "INSERT INTO note_template (name, body, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(name, body, position, now, now) for position, (name, body) in enumerate(TEMPLATES)])


def _search_index(table: str, columns: tuple[str, ...]) -> None:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    new_tokens = ", ".join(f"{TOKENS}(new.{c})" for c in columns)
    old_tokens = ", ".join(f"{TOKENS}(old.{c})" for c in columns)
    tri, short = f"{table}_fts", f"{table}_short_fts"
    op.execute(f"CREATE VIRTUAL TABLE {tri} USING fts5({cols}, content='{table}', "
               f"content_rowid='id', tokenize='trigram', columnsize=0)")
    op.execute(f"CREATE VIRTUAL TABLE {short} USING fts5({cols}, content='', "
               f"tokenize='unicode61 remove_diacritics 2', detail={SHORT_DETAIL[table]}, "
               f"prefix='1 2', columnsize=0)")
    insert = (f"INSERT INTO {tri} (rowid, {cols}) VALUES (new.id, {new}); "
              f"INSERT INTO {short} (rowid, {cols}) VALUES (new.id, {new_tokens});")
    delete = (f"INSERT INTO {tri} ({tri}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
              f"INSERT INTO {short} ({short}, rowid, {cols}) "
              f"VALUES ('delete', old.id, {old_tokens});")
    op.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} "
               f"BEGIN {delete} {insert} END")
    op.execute(f"INSERT INTO {tri} ({tri}) VALUES ('rebuild')")
    op.execute(f"INSERT INTO {short} (rowid, {cols}) "
               f"SELECT id, {', '.join(f'{TOKENS}({c})' for c in columns)} FROM {table}")


def downgrade() -> None:
    # Steward's schema only moves forward; a downgrade is done by restoring a backup.
    raise NotImplementedError("restore the pre-migration backup instead")
