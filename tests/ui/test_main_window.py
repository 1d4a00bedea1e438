"""The main window as a user drives it: pages, shortcuts, search, state that is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.typing import type_text
from tests.ui.conftest import make_window

PAGES = ("Dashboard", "Members", "Calendar", "Cases", "Insights", "Settings")
# Ctrl+1…6 are the six main pages (sidebar rows 0–4 and 6); the Trash sits before Settings in the
# sidebar and answers to Ctrl+7.
SHORTCUTS = (*((n, t, n - 1) for n, t in enumerate(PAGES[:5], start=1)), (6, "Settings", 6),
             (7, "Trash", 5))


def test_every_page_is_reachable_with_ctrl_number(window: MainWindow, qtbot: QtBot) -> None:
    for number, title, row in SHORTCUTS:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page().title() == title
        assert window.current_page().isVisible()
        assert window.sidebar.list.currentRow() == row


def test_empty_community_offers_a_way_to_start(window: MainWindow, qtbot: QtBot,
                                                runner: TaskRunner) -> None:
    qtbot.waitUntil(window.dashboard.is_ready, timeout=5000)
    assert window.dashboard.stack.currentWidget() is window.dashboard.empty
    button = window.dashboard.empty.button
    assert button is not None and button.text() == "Create a demo community"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dashboard.cards["members"].value.text() == "500",
                    timeout=20000)
    assert window.dashboard.stack.currentIndex() == 1
    assert "500" in window.statusBar().currentMessage()


def test_members_list_shows_sorts_and_searches(demo_ctx: AppContext, window: MainWindow,
                                               qtbot: QtBot) -> None:
    window.show_page(1)
    page = window.members_page
    qtbot.waitUntil(page.is_ready, timeout=5000)
    assert page.model.rowCount() == 300
    assert page.header.subtitle.text() == "300 members"
    qtbot.waitUntil(lambda: "300" in window.sidebar.list.item(1).text(), timeout=5000)

    # sort by name descending through the header, as a user clicking twice would
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    names = [page.model.data(page.model.index(r, 0)) for r in range(5)]
    assert names == sorted(names, key=str.casefold, reverse=True)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    target = page.model.data(page.model.index(0, 0))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        type_text(qtbot, page.search, target)
    assert page.stack.currentWidget() is page.results
    assert page.results_model.hit(0).display_name == target  # an exact name ranks first
    assert "best first" in page.header.subtitle.text()

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("zzzz-no-such-member")
    assert page.stack.currentWidget() is page.no_match


def test_window_state_is_remembered(ctx: AppContext, runner: TaskRunner, settings: QSettings,
                                    dialogs: RecordingDialogs, qtbot: QtBot) -> None:
    first = make_window(ctx, runner, settings, dialogs, qtbot)
    first.show()
    first.resize(1100, 700)
    first.show_page(4)
    first.sidebar.set_collapsed(True)
    first.close()
    second = make_window(ctx, runner, settings, dialogs, qtbot)
    second.show()
    assert second.current_page().title() == "Insights"
    assert second.sidebar.is_collapsed()
    assert (second.width(), second.height()) == (1100, 700)


def test_about_names_the_version_and_data_folder(window: MainWindow, ctx: AppContext,
                                                  dialogs: RecordingDialogs) -> None:
    window.about_action.trigger()
    kind, title, text = dialogs.shown[-1]
    assert kind == "info" and title == "About Steward"
    assert "0.1.0" in text and str(ctx.paths.data_dir) in text


def test_check_database_reports_health(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(5)
    with qtbot.waitSignal(window._runner.idle, timeout=5000):
        qtbot.mouseClick(window.settings_page.check_button, Qt.MouseButton.LeftButton)
    assert window.settings_page.check_result.text().startswith("Healthy")


def test_unimplemented_pages_say_what_will_be_there(window: MainWindow) -> None:
    for index in (2, 3, 4):
        window.show_page(index)
        page = window.current_page()
        assert page.empty.title.text()  # type: ignore[attr-defined]
        assert len(page.empty.body.text()) > 40  # type: ignore[attr-defined]
