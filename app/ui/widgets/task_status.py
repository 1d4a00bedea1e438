"""Background work in the status bar: what runs, how far along, Cancel, and the last result."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.ui.icons import icon
from app.ui.messages import localized
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets.progress import show_progress


class TaskStatus(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("Flat")
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setToolTip(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self.cancel_button.clicked.connect(self._cancel)
        runner.started.connect(self._started)
        self._show(False)

    def _show(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy and bool(self._task and self._task.cancellable))
        self.label.setVisible(busy)

    @Slot(object)
    def _started(self, task: Task) -> None:
        if not task.label:
            return  # quick reads (page loads) do not flash the status bar
        self._task = task
        self.label.setText(task.label)
        self.bar.setRange(0, 0)
        task.progressed.connect(self._progress)
        task.finished.connect(self._finished)
        self._show(True)

    @Slot(object, object, object)
    def _progress(self, done: object, total: object, message: str) -> None:
        if not show_progress(self.bar, done, total):
            return
        locale = QLocale()
        text = localized(message) if message else (self._task.label if self._task else "")
        self.label.setText(f"{text} {locale.toString(done)}/{locale.toString(total)}")

    @Slot()
    def _finished(self) -> None:
        self._task = None
        self._show(False)

    @Slot()
    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.label.setText(self.tr("Cancelling…"))
