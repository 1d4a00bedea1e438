"""A Members page on its own, over a real database, with recording dialogs and real settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.page import MembersPage
from app.ui.tasks import TaskRunner
from tests.helpers.dialogs import RecordingDialogs
from tests.unit.services.conftest import AddMember, add_member  # noqa: F401  (a shared fixture)

__all__ = ["AddMember", "MakePage", "menu_action", "settle"]

MakePage = Callable[..., MembersPage]


@pytest.fixture
def make_page(ctx: AppContext, runner: TaskRunner, settings: QSettings,
              dialogs: RecordingDialogs, qtbot: QtBot) -> MakePage:
    def make(**factories: object) -> MembersPage:
        page = MembersPage(MembersUiDeps.from_context(ctx), runner, dialogs,  # type: ignore[arg-type]
                           settings, **factories)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.is_ready() and runner.active == 0, timeout=10_000)
        return page

    return make


@pytest.fixture
def page(make_page: MakePage) -> MembersPage:
    return make_page()


def settle(qtbot: QtBot, runner: TaskRunner, timeout: int = 10_000) -> None:
    """Wait until nothing runs in the background (the work was started already)."""
    qtbot.waitUntil(lambda: runner.active == 0, timeout=timeout)


def menu_action(menu: QMenu, *path: str) -> QAction:
    """The action reached by following menu texts (submenus first), as a user would click."""
    for text in path[:-1]:
        menu.aboutToShow.emit()
        sub = next(a.menu() for a in menu.actions() if a.text() == text and a.menu())
        assert isinstance(sub, QMenu)
        menu = sub
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.text() == path[-1])
