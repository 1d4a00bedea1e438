"""Notes: Markdown kept as written, edits keep earlier versions, huge notes stay light in lists."""

from __future__ import annotations

import pytest

from app.bootstrap import AppContext
from app.domain.notes import PREVIEW_CHARS
from app.domain.profiles import MemberDraft
from app.errors import NotFoundError, UserError
from app.services.notes import NoteService
from app.services.profiles import ProfileService
from tests.unit.services.conftest import AddMember, Clock


def test_notes_keep_their_markdown_and_every_earlier_version(ctx: AppContext,
                                                             clock: Clock) -> None:
    notes = NoteService(ctx.sessions, clock)
    member_id = ProfileService(ctx.sessions, clock).create(MemberDraft("小明"))
    first = notes.add(member_id, "**欢迎** new member\n\n- 介绍了群规")
    clock.advance(minutes=5)
    edited = notes.edit(first.id, "**欢迎** new member\n\n- 介绍了群规\n- 已加好友")
    clock.advance(minutes=5)
    notes.edit(first.id, "third wording")
    assert notes.body(first.id) == "third wording"
    versions = notes.versions(first.id)
    assert [v.preview for v in versions] == [
        "**欢迎** new member\n\n- 介绍了群规\n- 已加好友", "**欢迎** new member\n\n- 介绍了群规"]
    assert versions[1].written_at == first.created_at
    assert versions[0].written_at == edited.updated_at
    assert notes.version_body(versions[1].id).startswith("**欢迎**")
    assert notes.timeline(member_id)[0].versions == 2 and notes.timeline(member_id)[0].edited
    assert notes.edit(first.id, "third wording").versions == 2  # unchanged text: no new version


def test_pinned_notes_come_first_then_newest(ctx: AppContext, clock: Clock,
                                             add_member: AddMember) -> None:
    notes = NoteService(ctx.sessions, clock)
    member_id = add_member("A")
    ids = []
    for text in ("oldest", "middle", "newest"):
        ids.append(notes.add(member_id, text).id)
        clock.advance(minutes=1)
    notes.set_pinned(ids[0], True)
    assert [n.preview for n in notes.timeline(member_id)] == ["oldest", "newest", "middle"]
    notes.set_pinned(ids[0], False)
    assert [n.preview for n in ctx.profiles.get(member_id).notes] == ["newest", "middle",
                                                                       "oldest"]


def test_a_note_of_several_megabytes_is_stored_whole_but_listed_as_a_preview(
        ctx: AppContext, add_member: AddMember) -> None:
    member_id = add_member("Chatty")
    chat = "".join(f"[10:{i % 60:02d}] 群友{i}: 今天的分享很有收获 thanks!\n"
                   for i in range(120_000))
    assert len(chat.encode()) > 5_000_000
    note = ctx.notes.add(member_id, chat)
    ctx.notes.add(member_id, "short one")
    listed = {n.id: n for n in ctx.notes.timeline(member_id)}
    assert len(listed[note.id].preview) == PREVIEW_CHARS
    assert listed[note.id].length == len(chat) and listed[note.id].truncated
    assert ctx.notes.body(note.id) == chat
    hits = ctx.search.search("群友119999").hits  # the very end of the note is searchable
    assert [(h.member_id, h.note_id) for h in hits] == [(member_id, note.id)]
    assert len(hits[0].matched) < 300


def test_adding_a_note_touches_the_member(ctx: AppContext, clock: Clock) -> None:
    profiles = ProfileService(ctx.sessions, clock)
    member_id = profiles.create(MemberDraft("A"))
    clock.advance(days=3)
    NoteService(ctx.sessions, clock).add(member_id, "checked in")
    assert profiles.get(member_id).updated_at == clock.now


def test_empty_notes_and_missing_targets_are_refused(ctx: AppContext,
                                                     add_member: AddMember) -> None:
    member_id = add_member("A")
    with pytest.raises(UserError, match="empty"):
        ctx.notes.add(member_id, "  \n ")
    with pytest.raises(NotFoundError):
        ctx.notes.add(member_id + 1, "hello")
    with pytest.raises(NotFoundError):
        ctx.notes.edit(999, "hello")
    with pytest.raises(NotFoundError):
        ctx.notes.body(999)


def test_templates_are_seeded_in_both_languages_and_editable(ctx: AppContext) -> None:
    names = [t.name for t in ctx.notes.templates()]
    assert any("Welcome" in n and "欢迎跟进" in n for n in names)
    assert any("Warning" in n and "警告记录" in n for n in names)
    assert any("Feedback" in n and "反馈" in n for n in names)
    new = ctx.notes.add_template("Event follow-up · 活动回访", "- Attended · 出席: ")
    ctx.notes.update_template(new, "Event · 活动", "- Score · 评分: ")
    ctx.notes.reorder_templates([new, *[t.id for t in ctx.notes.templates() if t.id != new]])
    assert ctx.notes.templates()[0].name == "Event · 活动"
    removed = ctx.notes.delete_template(new)
    assert removed.body == "- Score · 评分: "
    assert new not in [t.id for t in ctx.notes.templates()]
    with pytest.raises(UserError):
        ctx.notes.add_template(" ", "body")
