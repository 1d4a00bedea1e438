"""The trash: whole records out and back, found through the foreign keys, expiring on time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.bootstrap import AppContext
from app.errors import Cancelled
from app.services.trash import TrashService
from tests.helpers.records import LIVE_TABLES, dump, member_with_everything, with_later_features


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_member_to_trash_and_back_is_identical(demo_ctx: AppContext) -> None:
    member = member_with_everything(demo_ctx.engine)
    before = dump(demo_ctx.engine)
    result = demo_ctx.trash.delete_members([member])
    assert result.records == 1 and result.rows > 4
    after = dump(demo_ctx.engine)
    assert member not in [r[0] for r in after["member"]]
    assert all(r[1] != member for r in after["handle"] + after["note"])
    assert all(r[0] != member for r in after["member_tag"])
    (entry,) = demo_ctx.trash.list()
    assert entry.kind == "member" and entry.member_id == member
    assert entry.label == next(r[1] for r in before["member"] if r[0] == member)
    assert dict(entry.contents)["note"] >= 2 and "handle" in dict(entry.contents)
    assert entry.expires_at - entry.deleted_at == timedelta(days=30)

    restored = demo_ctx.trash.restore([entry.id])
    assert (restored.restored, restored.kept, restored.renumbered) == (1, (), 0)
    assert dump(demo_ctx.engine) == before
    assert demo_ctx.trash.list() == ()


def test_several_members_and_undo_of_the_whole_delete(demo_ctx: AppContext) -> None:
    before = dump(demo_ctx.engine)
    result = demo_ctx.trash.delete_members([4, 9, 16, 9])
    assert result.records == 3 and len(result.item_ids) == 3
    assert demo_ctx.members.overview().members == 297
    demo_ctx.trash.restore(result.item_ids)
    assert dump(demo_ctx.engine) == before


def test_an_id_taken_meanwhile_gets_a_new_one_and_everything_follows(demo_ctx: AppContext) -> None:
    last = 300
    notes_before = len([r for r in dump(demo_ctx.engine)["note"] if r[1] == last])
    result = demo_ctx.trash.delete_members([last])
    demo_ctx.demo.seed(1, seed=99)  # SQLite hands id 300 out again
    outcome = demo_ctx.trash.restore(result.item_ids)
    assert outcome.renumbered == 1
    rows = dump(demo_ctx.engine)
    new_id = max(r[0] for r in rows["member"])
    assert new_id == 301
    assert len([r for r in rows["note"] if r[1] == new_id]) == notes_before


def test_a_note_comes_back_only_to_a_member_who_exists(demo_ctx: AppContext) -> None:
    member = member_with_everything(demo_ctx.engine)
    note_id = next(r[0] for r in dump(demo_ctx.engine)["note"] if r[1] == member)
    notes = demo_ctx.trash.delete_notes([note_id])
    member_item = demo_ctx.trash.delete_members([member])
    outcome = demo_ctx.trash.restore(notes.item_ids)
    assert outcome.restored == 0 and len(outcome.kept) == 1
    assert ": " in outcome.kept[0]  # "name: excerpt"
    demo_ctx.trash.restore(member_item.item_ids)
    assert demo_ctx.trash.restore(notes.item_ids).restored == 1
    assert note_id in [r[0] for r in dump(demo_ctx.engine)["note"]]


def test_a_tag_deleted_meanwhile_is_left_out_of_the_restore(demo_ctx: AppContext) -> None:
    member = member_with_everything(demo_ctx.engine)
    tag_id = next(r[1] for r in dump(demo_ctx.engine)["member_tag"] if r[0] == member)
    result = demo_ctx.trash.delete_members([member])
    with demo_ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM tag WHERE id = ?", (tag_id,))
    outcome = demo_ctx.trash.restore(result.item_ids)
    assert outcome.restored == 1 and outcome.dropped_rows == 1
    assert (member, tag_id) not in dump(demo_ctx.engine)["member_tag"]


def test_items_expire_after_the_retention_period(ctx: AppContext) -> None:
    ctx.demo.seed(10)
    start = datetime(2026, 5, 1, 12, tzinfo=UTC)
    clock = Clock(start)
    trash = TrashService(ctx.sessions, clock=clock)
    trash.delete_members([1, 2])
    clock.now = start + timedelta(days=10)
    trash.delete_members([3])
    assert trash.purge_expired(start + timedelta(days=29, hours=23)) == 0
    assert trash.purge_expired(start + timedelta(days=30, seconds=1)) == 2
    assert [e.member_id for e in trash.list()] == [3]
    trash.set_retention_days(7)
    assert trash.list()[0].expires_at == start + timedelta(days=17)
    assert trash.purge_expired(start + timedelta(days=17, seconds=1)) == 1
    assert trash.list() == ()


def test_delete_forever_removes_only_what_was_chosen(ctx: AppContext) -> None:
    ctx.demo.seed(5)
    first = ctx.trash.delete_members([1])
    ctx.trash.delete_members([2])
    assert ctx.trash.delete_forever(first.item_ids) == 1
    assert [e.member_id for e in ctx.trash.list()] == [2]
    assert ctx.trash.restore(first.item_ids).restored == 0


def test_cancel_midway_changes_nothing(demo_ctx: AppContext) -> None:
    before = dump(demo_ctx.engine)

    class CancelAfterTwo:
        calls = 0

        def report(self, done: int, total: int, message: str = "") -> None:
            self.calls += 1

        def cancelled(self) -> bool:
            return self.calls >= 2

    with pytest.raises(Cancelled):
        demo_ctx.trash.delete_members([1, 2, 3, 4], progress=CancelAfterTwo())
    assert dump(demo_ctx.engine) == before
    assert demo_ctx.trash.list() == ()


def test_later_features_tables_are_found_through_foreign_keys(demo_ctx: AppContext) -> None:
    metadata = with_later_features(demo_ctx.engine)
    member = member_with_everything(demo_ctx.engine)
    note_id = next(r[0] for r in dump(demo_ctx.engine)["note"] if r[1] == member)
    with demo_ctx.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO note_attachment (note_id, file_name) VALUES (?, 'a.png')",
                             (note_id,))
        conn.exec_driver_sql("INSERT INTO points_entry (member_id, points) VALUES (?, 5), (?, 7)",
                             (member, member))
        conn.exec_driver_sql("INSERT INTO case_report (reporter_id, summary) VALUES (?, 'spam')",
                             (member,))
    extra = ("note_attachment", "points_entry", "case_report")
    before = dump(demo_ctx.engine, LIVE_TABLES + extra)
    trash = TrashService(demo_ctx.sessions, metadata=metadata)
    result = trash.delete_members([member])
    during = dump(demo_ctx.engine, extra)
    assert during["note_attachment"] == [] and during["points_entry"] == []
    assert during["case_report"] == [(1, None, "spam")]  # SET NULL: the case stays, unlinked
    (entry,) = trash.list()
    assert dict(entry.contents).items() >= {("note_attachment", 1), ("points_entry", 2)}
    trash.restore(result.item_ids)
    assert dump(demo_ctx.engine, LIVE_TABLES + extra) == before  # and the case points at them again
