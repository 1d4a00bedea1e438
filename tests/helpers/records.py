"""Reading whole tables back, and a schema with the tables later features might add."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Engine, ForeignKey, Integer, MetaData, String, Table
from sqlmodel import SQLModel

LIVE_TABLES = ("member", "handle", "member_tag", "note", "tag")


def dump(engine: Engine, tables: tuple[str, ...] = LIVE_TABLES) -> dict[str, list[Any]]:
    with engine.connect() as conn:
        return {t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2")]
                for t in tables}


def member_with_everything(engine: Engine) -> int:
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT m.id FROM member m WHERE EXISTS (SELECT 1 FROM handle h WHERE h.member_id=m.id)"
            " AND EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m.id)"
            " AND (SELECT count(*) FROM note n WHERE n.member_id = m.id) >= 2 LIMIT 1").first()
    assert row is not None
    return int(row[0])


def with_later_features(engine: Engine) -> MetaData:
    """The schema plus tables later features might add, linked to members and notes."""
    metadata = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(metadata)
    Table("note_attachment", metadata, Column("id", Integer, primary_key=True),
          Column("note_id", Integer, ForeignKey("note.id", ondelete="CASCADE"), nullable=False),
          Column("file_name", String, nullable=False))
    Table("points_entry", metadata, Column("id", Integer, primary_key=True),
          Column("member_id", Integer, ForeignKey("member.id"), nullable=False),
          Column("points", Integer, nullable=False))
    Table("case_report", metadata, Column("id", Integer, primary_key=True),
          Column("reporter_id", Integer, ForeignKey("member.id", ondelete="SET NULL"),
                 nullable=True),
          Column("summary", String, nullable=False))
    metadata.create_all(engine)
    return metadata
