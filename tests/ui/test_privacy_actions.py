"""The member list's privacy menu: export, anonymise, erase (typed confirmation), and the audit
list in Settings."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.privacy import ErasePlan
from app.ui.erase_dialog import EraseChoice, EraseDialog
from app.ui.main_window import MainWindow
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text


def _select_first(window: MainWindow, qtbot: QtBot) -> tuple[int, str]:
    window.show_page(1)
    qtbot.waitUntil(window.members_page.is_ready, timeout=5000)
    window.members_page.table.selectRow(0)
    (chosen,) = window.members_page.selected_members()
    return chosen


def test_export_writes_the_zip_where_the_user_chose(demo_ctx: AppContext, window: MainWindow,
                                                   dialogs: RecordingDialogs, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    member_id, name = _select_first(window, qtbot)
    target = tmp_path / "handover.zip"
    dialogs.save_path = str(target)
    window.member_actions.export_action.trigger()
    assert dialogs.shown[-1] == ("save_file", "Export everything about this member",
                                 f"member-{member_id}.zip")
    qtbot.waitUntil(target.exists, timeout=5000)
    with zipfile.ZipFile(target) as archive:
        assert name in archive.read(f"member-{member_id}.md").decode("utf-8")
    qtbot.waitUntil(lambda: "not encrypted" in window.statusBar().currentMessage(),
                    timeout=5000)


def test_anonymise_says_what_is_lost_and_keeps_the_member(demo_ctx: AppContext,
                                                          window: MainWindow,
                                                          dialogs: RecordingDialogs,
                                                          qtbot: QtBot) -> None:
    member_id, name = _select_first(window, qtbot)
    window.member_actions.anonymise_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=5000)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "confirm" and name in text and "cannot be undone" in text
    assert "backups made earlier still hold the original data" in text
    qtbot.waitUntil(lambda: demo_ctx.privacy.audit() != (), timeout=5000)
    assert demo_ctx.members.overview().members == 300
    with demo_ctx.engine.connect() as conn:
        renamed = conn.exec_driver_sql("SELECT display_name FROM member WHERE id = ?",
                                       (member_id,)).scalar_one()
    assert renamed == f"Anonymous member {member_id}"


def test_erase_needs_the_typed_confirmation(demo_ctx: AppContext, window: MainWindow,
                                            dialogs: RecordingDialogs, qtbot: QtBot) -> None:
    member_id, name = _select_first(window, qtbot)
    dialogs.erase = None  # the user closes the dialog
    window.member_actions.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.erase_plans), timeout=5000)
    assert dialogs.erase_plans[0].display_name == name
    assert demo_ctx.members.overview().members == 300

    dialogs.erase = EraseChoice(confirmation="ERASE", remove_backups=False)
    window.member_actions.erase_action.trigger()
    qtbot.waitUntil(lambda: demo_ctx.members.overview().members == 299, timeout=5000)
    qtbot.waitUntil(lambda: "Erased member" in window.statusBar().currentMessage(), timeout=5000)

    window.show_page(window.stack.indexOf(window.settings_page))
    audit = window.privacy_section.audit
    qtbot.waitUntil(lambda: audit.count() == 1 and "Erased member" in audit.item(0).text(),
                    timeout=5000)
    assert f"member {member_id} for good" in audit.item(0).text()
    assert name not in audit.item(0).text()


def test_erase_dialog_enables_only_for_the_name_or_erase(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    plan = ErasePlan(member_id=4, display_name="王小明", rows=(("member", 1), ("handle", 2),
                                                                ("note", 5), ("member_tag", 1)),
                     trash_items=1, backups=3, oldest_backup=datetime(2026, 1, 2, tzinfo=UTC))
    dialog = EraseDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "2 handles, 5 notes, 1 tag assignment, 1 item in the trash." in dialog.what.text()
    assert "3 backups made before now" in dialog.backups_note.text()
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.typed, "王小")  # the wrong name
    assert not dialog.erase_button.isEnabled()
    dialog.typed.clear()
    type_text(qtbot, dialog.typed, "王小明")
    assert dialog.erase_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "ERASE")
    assert dialog.erase_button.isEnabled()
    box = dialog.backups  # click the box itself, as a user does
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.choice() == EraseChoice("ERASE", True)
