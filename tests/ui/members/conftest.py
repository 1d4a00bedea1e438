"""Fixtures for the Members screens: the page on its own, and the profile, import and export
widgets, over a real database with recording dialogs and real settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.page import MembersPage
from app.ui.pages.members.profile_view import ProfileView
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


OpenProfile = Callable[[int], ProfileView]


@pytest.fixture
def deps(ctx: AppContext) -> MembersUiDeps:
    return MembersUiDeps.from_context(ctx)


@pytest.fixture
def open_profile(deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
                 qtbot: QtBot) -> Iterator[OpenProfile]:
    """A shown ProfileView with ``member_id`` loaded (the view is reused for later calls).

    Closing the view saves what is unsaved (that is the point); the fixture waits for those
    saves to come back before the test's database and runner go away.
    """
    views: list[ProfileView] = []

    def show(member_id: int) -> ProfileView:
        if not views:
            view = ProfileView(deps, runner, dialogs)  # type: ignore[arg-type]
            qtbot.addWidget(view)
            view.resize(1000, 820)
            view.show()
            qtbot.waitExposed(view)
            views.append(view)
        view = views[0]
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.show_member(member_id)
        return view

    yield show
    for view in views:
        view.close()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=10_000)


def member_with_ids(ctx: AppContext) -> int:
    """A demo member with a tag, two notes or more, a custom value and a 64-bit Telegram ID."""
    with ctx.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT m.id FROM member m WHERE EXISTS (SELECT 1 FROM handle h WHERE "
            "h.member_id = m.id AND h.platform = 'telegram' AND h.platform_id != '')"
            " AND EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m.id)"
            " AND EXISTS (SELECT 1 FROM custom_value v WHERE v.member_id = m.id)"
            " AND (SELECT count(*) FROM note n WHERE n.member_id = m.id) >= 2 "
            "ORDER BY m.id LIMIT 1").first()
    assert row is not None
    return int(row[0])
