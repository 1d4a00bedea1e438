"""Scripted user actions, each with a way to tell that it is over.

Tests (tests/helpers/responsiveness.py) and the GUI benchmark (``session``) drive the same actions,
so a figure in docs/PERFORMANCE.md and an assertion in the suite measure the same thing.

- ``ListAction``: the member list. Input goes through real events (key presses, header clicks,
  typed text) spaced like a person's: key repeat every 33 ms, typing every 90 ms. It is over when
  nothing is in flight, the list has reloaded if it had to, and every visible row shows data.
- ``RunnerAction``: work started through the task runner (Back up now, an import, an export,
  opening a huge note). It is over when every task it started has finished and its result was
  handed back to the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.members import MemberQuery
from app.domain.progress import Progress
from app.ui.models.member_table import PAGE_SIZE
from app.ui.pages.members.page import MembersPage
from app.ui.tasks import Task, TaskRunner

KEY_REPEAT_MS = 33
TYPING_MS = 90

Step = Callable[[], None]


class ListAction(QObject):
    """Input steps sent ``step_ms`` apart, then done() once the list shows the result.

    It also records which SQL pages the list fetched after the last input, so a benchmark can
    time the same queries on its floor.
    """

    def __init__(self, key: str, name: str, page: MembersPage, runner: TaskRunner,
                 steps: Sequence[Step], *, step_ms: int = 0, reloads: bool = False,
                 searches: bool = False) -> None:
        super().__init__(page)
        self.key = key  # short and stable: the figure's name in the report
        self.name = name
        self._page = page
        self._runner = runner
        self._steps = list(steps)
        self._reloads = reloads
        self._searches = searches  # typing in the search box: over when its results show
        self.search_text = ""  # what a search action types, for the benchmark's floor
        self._sent = 0
        self._generation = -1
        self.last_input_ns = 0  # perf_counter_ns when the last input was sent
        self._timer = QTimer(self)
        self._timer.setInterval(step_ms)
        self._timer.timeout.connect(self._next)
        self._fetched: set[int] = set()
        self._recording = False
        page.model.pageNeeded.connect(self._page_needed)

    def perform(self) -> None:
        self._sent = 0
        self._fetched = set()
        self._recording = True
        self._next()
        if self._sent < len(self._steps):
            self._timer.start()

    def done(self) -> bool:
        if self._sent < len(self._steps) or self._runner.active:
            return False
        if self._searches:  # the ranked results (or the list, once cleared) are on screen
            return (not self._page._debounce.isActive()
                    and self._page.results_model.query == self._page.search.text().strip())
        if self._reloads and self._page.model.generation <= self._generation:
            return False
        over = all(self._page.model.member_id(row) is not None for row in visible_rows(self._page))
        if over:
            self._recording = False
        return over

    def fetched_pages(self) -> list[MemberQuery]:
        """The SQL pages the list fetched after the last input (what the floor fetches), in the
        order of the query on screen at the end."""
        numbers = sorted(self._fetched | ({0} if self._reloads else set()))
        base = self.current_query()
        return [MemberQuery(text=base.text, sort=base.sort, descending=base.descending,
                            offset=n * PAGE_SIZE, limit=PAGE_SIZE) for n in numbers]

    def current_query(self) -> MemberQuery:
        """The list's query as the user set it: header sort indicator and search text."""
        header = self._page.table.horizontalHeader()
        key = self._page.model.sort_key(header.sortIndicatorSection())
        base = MemberQuery(text=self._page.search.text().strip(),
                           descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        if key is not None:
            base = MemberQuery(text=base.text, sort=key, descending=base.descending)
        return base

    def _page_needed(self, _generation: int, number: int) -> None:
        # Only what the user waits for after the last input: pages fetched while keys were still
        # repeating overlap the input and are not part of the response time.
        if self._recording and self._sent == len(self._steps):
            self._fetched.add(number)

    def _next(self) -> None:
        if self._sent >= len(self._steps):
            self._timer.stop()
            return
        self._steps[self._sent]()
        self._sent += 1
        if self._sent == len(self._steps):
            self._timer.stop()
            self._generation = self._page.model.generation
            self.last_input_ns = time.perf_counter_ns()


def visible_rows(page: MembersPage) -> range:
    count = page.model.rowCount()
    if count == 0 or page.stack.currentWidget() is not page.table:
        return range(0)
    table = page.table
    top = max(table.rowAt(0), 0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return range(top, (count - 1 if bottom < 0 else bottom) + 1)


def _key(widget: QWidget, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Step:
    return lambda: QTest.keyClick(widget, key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for ASCII; an input-method commit for anything else, as a Chinese IME does
    (QTest can only synthesise keys that exist on a Latin keyboard)."""
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


# -- the actions -------------------------------------------------------------------------------
def open_list(page: MembersPage, runner: TaskRunner, show: Step) -> ListAction:
    """``show`` brings the page up the way a user does (a sidebar click or Ctrl+2)."""
    return ListAction("open_list", "open the member list", page, runner, [show], reloads=True)


def scroll_to_end(page: MembersPage, runner: TaskRunner) -> ListAction:
    return ListAction("scroll_end", "scroll to the end (Ctrl+End)", page, runner,
                      [lambda: page.table.setFocus(),
                       _key(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)])


def scroll_to_start(page: MembersPage, runner: TaskRunner) -> ListAction:
    return ListAction("scroll_start", "scroll to the start (Ctrl+Home)", page, runner,
                      [lambda: page.table.setFocus(),
                       _key(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)])


def page_down(page: MembersPage, runner: TaskRunner, times: int = 30) -> ListAction:
    return ListAction("page_down", f"page down x{times}", page, runner,
                      [lambda: page.table.setFocus(),
                       *[_key(page.table, Qt.Key.Key_PageDown)] * times],
                      step_ms=KEY_REPEAT_MS)


def drag_scrollbar(page: MembersPage, runner: TaskRunner, stops: int = 30) -> ListAction:
    """The thumb dragged from top to bottom: every position asks for a different page."""
    bar = page.table.verticalScrollBar()

    def to(i: int) -> Step:
        return lambda: bar.setValue(bar.maximum() * i // stops)

    return ListAction("drag_scrollbar", "drag the scrollbar top to bottom", page, runner,
                      [to(i) for i in range(stops + 1)], step_ms=KEY_REPEAT_MS)


def sort_by(page: MembersPage, runner: TaskRunner, column: int, key: str) -> ListAction:
    header = page.table.horizontalHeader()

    def click() -> None:
        if header.isSectionHidden(column):  # shown first, as the header's column chooser does
            page.set_column_visible(column, True)
        page.table.scrollTo(page.model.index(0, column))
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))

    return ListAction(f"sort_{key}", f"sort by {key}", page, runner, [click], reloads=True)


def sort_every_column(page: MembersPage, runner: TaskRunner) -> list[ListAction]:
    """Each sortable column, clicked twice (one way, then the other)."""
    out = []
    for column in range(page.model.columnCount()):
        key = page.model.sort_key(column)
        if key is None:
            continue
        for turn in ("", "_again"):
            out.append(sort_by(page, runner, column, f"{key.value}{turn}"))
    return out


def type_search(page: MembersPage, runner: TaskRunner, text: str,
                key: str = "search") -> ListAction:
    """Type ``text`` a character at a time after clearing the box, as a person would."""
    steps: list[Step] = [lambda: page.search.setFocus(),
                         _key(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
                         _key(page.search, Qt.Key.Key_Backspace)]
    steps.extend((lambda ch=ch: type_text(page.search, ch)) for ch in text)
    action = ListAction(key, f"type the search {text!r}", page, runner, steps, step_ms=TYPING_MS,
                        searches=True)
    action.search_text = text
    return action


def clear_search(page: MembersPage, runner: TaskRunner) -> ListAction:
    return ListAction("clear_search", "clear the search", page, runner,
                      [_key(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
                       _key(page.search, Qt.Key.Key_Backspace)], step_ms=TYPING_MS,
                      searches=True)


# -- background work ---------------------------------------------------------------------------
class RunnerAction:
    """A user action that starts background work; over when every task it started finished.

    ``trigger`` does what the user does (click Back up now, press Import in the wizard, open a
    note). The action is over once at least one task started and the runner is idle again, so
    the wait covers the progress updates and the result being shown, where GUI freezes hide.
    """

    def __init__(self, key: str, name: str, runner: TaskRunner,
                 trigger: Callable[[], None]) -> None:
        self.key = key
        self.name = name
        self._runner = runner
        self._trigger = trigger
        self.tasks: list[Task] = []
        self.last_input_ns = 0
        runner.started.connect(self.tasks.append)

    def perform(self) -> None:
        self.tasks.clear()
        self.last_input_ns = time.perf_counter_ns()
        self._trigger()

    def done(self) -> bool:
        return bool(self.tasks) and self._runner.active == 0

    def fetched_pages(self) -> list[MemberQuery]:
        return []


def service_action(key: str, name: str, runner: TaskRunner, work: Callable[[Progress], object],
                   on_success: Callable[[Any], None] = lambda _result: None) -> RunnerAction:
    """Background work started the way every Steward screen starts it (``runner.run`` with a
    cancellable progress): for the GUI benchmark, until the window itself opens the import
    wizard and the export dialog (the suite clicks those screens' own buttons)."""

    def start() -> None:
        runner.run(work, on_success, label=name, cancellable=True)

    return RunnerAction(key, name, runner, start)


def clicked(key: str, name: str, runner: TaskRunner, button: QWidget) -> RunnerAction:
    """A button that starts background work (Back up now, the import wizard's Import, the
    export dialog's Export…), clicked with the mouse."""
    return RunnerAction(key, name, runner,
                        lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton))


def back_up_now(button: QWidget, runner: TaskRunner) -> RunnerAction:
    """Settings → Backups → Back up now, clicked."""
    return clicked("backup_now", "back up now (Settings)", runner, button)


class InputAction:
    """Input sent by one function, over when the screen's own condition holds (a note shown in
    full, an editor loaded): for actions whose end is not simply "the tasks are done"."""

    def __init__(self, key: str, name: str, perform: Step, done: Callable[[], bool]) -> None:
        self.key = key
        self.name = name
        self._perform = perform
        self._done = done
        self.last_input_ns = 0

    def perform(self) -> None:
        self.last_input_ns = time.perf_counter_ns()
        self._perform()

    def done(self) -> bool:
        return self._done()

    def fetched_pages(self) -> list[MemberQuery]:
        return []
