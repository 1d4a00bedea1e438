"""Run work off the GUI thread and come back with the result (Anki's ``QueryOp`` shape).

``runner.run(op, on_success, on_error)``: ``op(progress)`` runs on a ``QThreadPool`` worker and
must return plain data (services open their own session on that thread). The callbacks always run
on the GUI thread, because results travel through queued signals to a relay object that lives
there. A problem the user can act on (``UserError``) goes to ``on_error`` or to the runner's
``userError`` signal as a message; anything else is logged with its traceback and reported as a
bug, so neither ever disappears silently.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.errors import Cancelled, UserError

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class _Emitter(QObject):
    # object, not int: counts and results may exceed a 32-bit C++ int.
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object, str)


class _WorkerProgress:
    """The ``Progress`` a worker sees: throttled signals out, a cancel flag in."""

    def __init__(self, emitter: _Emitter, cancel: threading.Event) -> None:
        self._emitter = emitter
        self._cancel = cancel
        self._last = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self._emitter.progressed.emit(done, total, message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """One running operation, as the GUI sees it: progress, cancel and the outcome."""

    progressed = Signal(object, object, str)
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


class _Job(QRunnable):
    def __init__(self, op: Callable[[Any], Any], emitter: _Emitter,
                 progress: _WorkerProgress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._emitter = emitter
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._op(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._emitter.failed.emit(exc)
        else:
            self._emitter.done.emit(result)


class _Relay(QObject):
    """Lives on the GUI thread; its slots receive the worker's queued signals."""

    def __init__(self, runner: TaskRunner, task: Task, emitter: _Emitter,
                 on_success: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None,
                 owner: QObject | None = None) -> None:
        super().__init__(runner)
        self._runner = runner
        self._task = task
        self._emitter = emitter
        self._on_success = on_success
        self._on_error = on_error
        self._owner = owner
        emitter.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        emitter.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        emitter.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, str)
    def _progressed(self, done: object, total: object, message: str) -> None:
        self._task.progressed.emit(done, total, message)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _done(self, result: object) -> None:
        try:
            self._task.succeeded = True
            if self._owner_gone():
                return  # the widget that asked is gone; the work itself is done
            self._on_success(result)
        except Exception:
            log.exception("Error while showing the result of %r", self._task.label)
            self._runner.bug.emit(self._task.label)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._task.succeeded = False
        try:
            if isinstance(exc, Cancelled):
                self._runner.cancelled.emit(self._task.label)
            elif isinstance(exc, UserError):
                if self._on_error is not None and not self._owner_gone():
                    self._on_error(exc)
                else:
                    self._runner.userError.emit(str(exc))
            else:
                log.error("Task %r failed", self._task.label, exc_info=exc)
                if self._on_error is not None and not self._owner_gone():
                    self._on_error(exc)
                self._runner.bug.emit(self._task.label)
        finally:
            self._finish()

    def _finish(self) -> None:
        self._task.finished.emit()
        self._runner._forget(self)


class TaskRunner(QObject):
    """Owns the worker pool and the tasks in flight."""

    started = Signal(object)  # Task
    userError = Signal(str)
    bug = Signal(str)
    cancelled = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run(self, op: Callable[[Any], Any], on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None, *,
            label: str = "", cancellable: bool = False, owner: QObject | None = None) -> Task:
        """``owner``: the widget the callbacks belong to. Work started as a widget goes away
        (a save when its window closes) still runs to the end; the callbacks are skipped when
        the owner has been deleted, and a ``UserError`` then goes to ``userError``."""
        task = Task(label, cancellable, self)
        emitter = _Emitter()
        relay = _Relay(self, task, emitter, on_success, on_error, owner)
        # the emitter must outlive the job; the relay owns it for that long
        emitter.setParent(relay)
        self._relays.add(relay)
        progress = _WorkerProgress(emitter, task._cancel)
        self.started.emit(task)
        self._pool.start(_Job(op, emitter, progress))
        return task

    @property
    def active(self) -> int:
        return len(self._relays)

    def wait_for_done(self, timeout_ms: int = 30000) -> bool:
        """Block until workers finish: only for shutdown, when the window is already gone."""
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.idle.emit()
