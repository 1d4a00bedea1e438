"""Showing and editing note text that may be megabytes long without freezing the window.

Up to ``MARKDOWN_LIMIT`` characters a note is rendered from Markdown (``QTextBrowser``, about
60 ms for 100,000 characters). Above it, laying the rendered text out would stall the GUI thread
for seconds (a 3 MB note took 1.2 s), so the note is shown as plain text in a ``QPlainTextEdit``,
which lays out only what is visible, and filled ``CHUNK`` characters per turn of the event loop
(about 15 ms each) so the window keeps answering while it loads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.formatting import format_count

MARKDOWN_LIMIT = 100_000
CHUNK = 64_000
# Raw HTML in a note is shown as text: notes come from pasted chats and imported files.
MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)


def render_markdown(view: QTextBrowser, text: str) -> None:
    view.document().setMarkdown(text, MARKDOWN_FEATURES)


class ChunkedFill(QObject):
    """Append ``text`` to a plain-text editor a chunk per event-loop turn."""

    progressed = Signal(object, object)  # characters done, total
    finished = Signal()

    def __init__(self, target: QPlainTextEdit, text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._text = text
        self._position = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.done = False

    def start(self) -> None:
        document = self._target.document()
        document.setUndoRedoEnabled(False)
        self._target.clear()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _step(self) -> None:
        document = self._target.document()
        end = min(len(self._text), self._position + CHUNK)
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(self._text[self._position:end])
        self._position = end
        self.progressed.emit(end, len(self._text))
        if end >= len(self._text):
            self._timer.stop()
            document.setUndoRedoEnabled(True)  # the user's own edits can be undone, not the load
            document.setModified(False)
            start = QTextCursor(document)
            self._target.setTextCursor(start)
            self.done = True
            self.finished.emit()


class NoteView(QWidget):
    """A read-only note: Markdown when it is small enough, plain text loaded in steps when not."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.notice = QLabel()
        self.notice.setObjectName("Muted")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.plain = QPlainTextEdit()
        self.plain.setReadOnly(True)
        self.plain.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.plain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.plain)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self._fill: ChunkedFill | None = None
        self._loaded = False

    def is_loaded(self) -> bool:
        return self._loaded

    def clear(self) -> None:
        self._stop()
        self.browser.clear()
        self.plain.clear()
        self.notice.hide()
        self._loaded = False

    def show_loading(self) -> None:
        self.clear()
        self.notice.setText(self.tr("Loading the note…"))
        self.notice.show()

    def show_text(self, text: str) -> None:
        self._stop()
        self._loaded = False
        if len(text) <= MARKDOWN_LIMIT:
            self.notice.hide()
            render_markdown(self.browser, text)
            self.stack.setCurrentWidget(self.browser)
            self._finish()
            return
        self.notice.setText(self.tr(
            "This note is long (%1 characters), so it is shown as plain text.")
            .replace("%1", format_count(len(text))))
        self.notice.show()
        self.stack.setCurrentWidget(self.plain)
        self._fill = ChunkedFill(self.plain, text, self)
        self._fill.finished.connect(self._finish)
        self._fill.start()

    def text(self) -> str:
        widget = self.stack.currentWidget()
        if widget is self.plain:
            return self.plain.toPlainText()
        return self.browser.toPlainText()

    def _finish(self) -> None:
        self._loaded = True
        self.loaded.emit()

    def _stop(self) -> None:
        if self._fill is not None:
            self._fill.stop()
            self._fill.deleteLater()
            self._fill = None
