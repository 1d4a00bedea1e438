"""Run work off the GUI thread and come back with the result (Anki's ``QueryOp`` shape).

``runner.run(op, on_success, on_error)``: ``op(progress)`` runs on a ``QThreadPool`` worker and
must return plain data (services open their own session on that thread). The callbacks always run
on the GUI thread, because results travel through queued signals of one emitter that lives as
long as the runner. (An emitter per task, deleted when its result arrived, could be freed while
its worker was still returning from ``emit``: the heap corruption that once aborted the suite.)
A problem the user can act on (``UserError``) goes to ``on_error`` or to the runner's
``userError`` signal as a message; anything else is logged with its traceback and reported as a
bug, so neither ever disappears silently.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from app.errors import Cancelled, UserError
from app.ui.messages import error_text

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class _Emitter(QObject):
    """The only object workers touch. Every signal carries the task's ticket; ``object``,
    not ``int``: counts and results may exceed a 32-bit C++ int."""

    done = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, object, object, object)  # the message may be a Message


class _WorkerProgress:
    """The ``Progress`` a worker sees: throttled signals out, a cancel flag in."""

    def __init__(self, emitter: _Emitter, ticket: int, cancel: threading.Event) -> None:
        self._emitter = emitter
        self._ticket = ticket
        self._cancel = cancel
        self._last = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self._emitter.progressed.emit(self._ticket, done, total, message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """One running operation, as the GUI sees it: progress, cancel and the outcome."""

    progressed = Signal(object, object, object)  # done, total, message (str or Message)
    finished = Signal()

    def __init__(self, label: str, cancellable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.cancellable = cancellable
        self._cancel = threading.Event()
        self.succeeded: bool | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()


def _work(op: Callable[[Any], Any], emitter: _Emitter, ticket: int,
          progress: _WorkerProgress) -> None:
    """Runs on a pool thread; its only way out is the runner's emitter."""
    try:
        result = op(progress)
    except BaseException as exc:  # delivered to the GUI thread, never swallowed
        emitter.failed.emit(ticket, exc)
    else:
        emitter.done.emit(ticket, result)


class _Pending:
    """What the GUI thread keeps for a task in flight: its callbacks and the widget they
    belong to."""

    def __init__(self, task: Task, on_success: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None,
                 owner: QObject | None) -> None:
        self.task = task
        self.on_success = on_success
        self.on_error = on_error
        self.owner = owner

    def owner_gone(self) -> bool:
        return self.owner is not None and not shiboken6.isValid(self.owner)


class TaskRunner(QObject):
    """Owns the worker pool and the tasks in flight."""

    started = Signal(object)  # Task
    userError = Signal(str)
    bug = Signal(str)
    cancelled = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        # The pool is the first child, so it is destroyed (and waits for its workers) before
        # the emitter they use.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._emitter = _Emitter(self)
        self._emitter.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._emitter.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._emitter.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    def run(self, op: Callable[[Any], Any], on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None, *,
            label: str = "", cancellable: bool = False, owner: QObject | None = None) -> Task:
        """``owner``: the widget the callbacks belong to. Work started as a widget goes away
        (a save when its window closes) still runs to the end; the callbacks are skipped when
        the owner has been deleted, and a ``UserError`` then goes to ``userError``."""
        task = Task(label, cancellable, self)
        ticket = next(self._tickets)
        self._pending[ticket] = _Pending(task, on_success, on_error, owner)
        progress = _WorkerProgress(self._emitter, ticket, task._cancel)
        self.started.emit(task)
        self._pool.start(functools.partial(_work, op, self._emitter, ticket, progress))
        return task

    @property
    def active(self) -> int:
        return len(self._pending)

    def wait_for_done(self, timeout_ms: int = 30000) -> bool:
        """Block until workers finish: only for shutdown, when the window is already gone."""
        return self._pool.waitForDone(timeout_ms)

    @Slot(object, object, object, object)
    def _progressed(self, ticket: int, done: object, total: object, message: str) -> None:
        pending = self._pending.get(ticket)
        if pending is not None:
            pending.task.progressed.emit(done, total, message)

    @Slot(object, object)
    def _done(self, ticket: int, result: object) -> None:
        pending = self._pending[ticket]
        try:
            pending.task.succeeded = True
            if pending.owner_gone():
                return  # the widget that asked is gone; the work itself is done
            pending.on_success(result)
        except Exception:
            log.exception("Error while showing the result of %r", pending.task.label)
            self.bug.emit(pending.task.label)
        finally:
            self._finish(ticket)

    @Slot(object, object)
    def _failed(self, ticket: int, exc: BaseException) -> None:
        pending = self._pending[ticket]
        pending.task.succeeded = False
        try:
            if isinstance(exc, Cancelled):
                self.cancelled.emit(pending.task.label)
            elif isinstance(exc, UserError):
                if pending.on_error is not None and not pending.owner_gone():
                    pending.on_error(exc)
                else:
                    self.userError.emit(error_text(exc))
            else:
                log.error("Task %r failed", pending.task.label, exc_info=exc)
                if pending.on_error is not None and not pending.owner_gone():
                    pending.on_error(exc)
                self.bug.emit(pending.task.label)
        finally:
            self._finish(ticket)

    def _finish(self, ticket: int) -> None:
        pending = self._pending.pop(ticket)
        pending.task.finished.emit()
        pending.task.deleteLater()
        if not self._pending:
            self.idle.emit()
