"""Delete → trash → Undo, and the Trash page, driven like a user would."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.ui.main_window import MainWindow
from app.ui.models.trash_table import TrashTableModel
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.records import dump


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    table = window.members_page.table
    table.setFocus()
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.members_page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def _open_members(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(1)
    qtbot.waitUntil(window.members_page.is_ready, timeout=5000)


def test_delete_key_moves_members_to_the_trash_and_ctrl_z_brings_them_back(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot) -> None:
    _open_members(window, qtbot)
    before = dump(demo_ctx.engine)
    names = [window.members_page.model.index(r, 0).data() for r in (0, 1, 2)]
    _select_rows(window, [0, 1, 2])
    qtbot.keyClick(window.members_page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.undo_notice.isVisible(), timeout=5000)
    assert window.undo_notice.label.text() == "Moved 3 members to the trash —"
    assert window.undo_notice.button.text() == "Undo"
    qtbot.waitUntil(lambda: window.members_page.header.subtitle.text() == "297 members",
                    timeout=5000)
    assert demo_ctx.members.overview().members == 297
    assert sorted(e.label for e in demo_ctx.trash.list()) == sorted(names)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.members_page.header.subtitle.text() == "300 members",
                    timeout=5000)
    assert dump(demo_ctx.engine) == before
    assert demo_ctx.trash.list() == ()
    assert not window.undo_notice.isVisible()
    qtbot.waitUntil(lambda: "Restored 3 members" in window.statusBar().currentMessage(),
                    timeout=5000)


def test_the_undo_button_in_the_status_bar_and_nothing_left_to_undo(
        demo_ctx: AppContext, window: MainWindow, qtbot: QtBot) -> None:
    _open_members(window, qtbot)
    name = window.members_page.model.index(0, 0).data()
    _select_rows(window, [0])
    window.member_actions.delete_action.trigger()
    qtbot.waitUntil(lambda: window.undo_notice.isVisible(), timeout=5000)
    assert window.undo_notice.label.text() == f"Moved “{name}” to the trash —"
    qtbot.mouseClick(window.undo_notice.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_ctx.members.overview().members == 300, timeout=5000)
    window.undo()
    assert window.statusBar().currentMessage() == "Nothing to undo on this page"


def test_trash_page_restores_and_deletes_forever(demo_ctx: AppContext, window: MainWindow,
                                                 dialogs: RecordingDialogs, qtbot: QtBot,
                                                 qtmodeltester: object) -> None:
    demo_ctx.trash.delete_members([1, 2, 3])
    window.show_page(window.stack.indexOf(window.trash_page))
    page = window.trash_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.stack.currentWidget() is page.table
    assert page.header.subtitle.text() == ("Deleted members and notes are kept for 30 days, "
                                           "then removed for good")
    assert not page.restore_button.isEnabled()

    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    restored_label = page.model.entry(0).label  # type: ignore[union-attr]
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert "Restored 1 item" in window.statusBar().currentMessage()
    assert restored_label not in [e.label for e in demo_ctx.trash.list()]

    page.table.setFocus()
    page.table.selectRow(0)
    doomed = page.model.entry(0).label  # type: ignore[union-attr]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("confirm", "Delete forever")
    assert "Delete these 1 items for good?" in text and doomed in text
    assert "cannot be restored" in text and "Backups made earlier still contain it" in text
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert demo_ctx.members.overview().members == 298


def test_declining_delete_forever_keeps_everything(demo_ctx: AppContext, window: MainWindow,
                                                   dialogs: RecordingDialogs,
                                                   qtbot: QtBot) -> None:
    demo_ctx.trash.delete_members([5])
    dialogs.answer = False
    window.show_page(window.stack.indexOf(window.trash_page))
    page = window.trash_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.empty_action.trigger()
    assert dialogs.shown[-1][0] == "confirm"
    assert len(demo_ctx.trash.list()) == 1


def test_an_empty_trash_says_what_belongs_there(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(window.stack.indexOf(window.trash_page))
    page = window.trash_page
    qtbot.waitUntil(page.is_ready, timeout=5000)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "The trash is empty"
    assert "stay here for 30 days" in page.empty.body.text()
    assert not page.empty_action.isEnabled()


def test_trash_model_describes_contents(demo_ctx: AppContext, qtmodeltester: object) -> None:
    demo_ctx.trash.delete_members([7])
    model = TrashTableModel()
    model.set_entries(demo_ctx.trash.list())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    entry = model.entry(0)
    assert entry is not None
    text = model.describe_contents(entry)
    counts = dict(entry.contents)
    assert (f"{counts['note']} notes" in text or "1 note" in text) and "handle" in text
    assert model.index(0, 1).data() == "Member"
