"""A Markdown editor with a Write / Preview switch and a menu of templates to insert.

Long notes load in steps (``ChunkedFill``) and the editor stays read-only until the whole text is
in, so a save can never store half a note. Preview renders up to ``MARKDOWN_LIMIT`` characters;
beyond that it says why it shows nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.notes import NoteTemplateData
from app.ui.formatting import format_count
from app.ui.icons import icon
from app.ui.widgets.menu_button import menu_button
from app.ui.widgets.note_text import MARKDOWN_LIMIT, ChunkedFill, render_markdown


class MarkdownEditor(QWidget):
    changed = Signal()
    loaded = Signal()
    manageTemplatesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(4)
        self.write_button = self._mode_button(self.tr("Write"), "edit")
        self.preview_button = self._mode_button(self.tr("Preview"), "preview")
        self.preview_button.setToolTip(self.tr("Preview (Ctrl+Shift+P)"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.write_button)
        group.addButton(self.preview_button)
        self.write_button.setChecked(True)
        self.template_button, self.template_menu = menu_button("template",
                                                               self.tr("Insert template"))
        self.toolbar.addWidget(self.write_button)
        self.toolbar.addWidget(self.preview_button)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.template_button)
        self.toolbar.addStretch(1)
        outer.addLayout(self.toolbar)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr(
            "Write in Markdown: **bold**, *italic*, - lists, # headings, [links](https://…)"))
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.too_long = QLabel()
        self.too_long.setObjectName("Muted")
        self.too_long.setWordWrap(True)
        self.too_long.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.too_long)
        outer.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.hide()
        outer.addWidget(self.status)

        self.preview_action = QAction(self.tr("Toggle preview"), self)
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.preview_action.triggered.connect(self.toggle_preview)
        self.addAction(self.preview_action)

        self._fill: ChunkedFill | None = None
        self._loaded = True
        self.write_button.toggled.connect(lambda on: self.show_preview(not on))
        self.editor.textChanged.connect(self._text_changed)

    def _mode_button(self, text: str, icon_name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("Flat")
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    # -- text ----------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Replace the text (not an edit: the document counts as unmodified afterwards)."""
        self._stop_fill()
        self.show_preview(False)
        if len(text) <= MARKDOWN_LIMIT:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self.editor.document().setModified(False)
            self._loaded = True
            self.editor.setReadOnly(False)
            self.status.hide()
            self.loaded.emit()
            return
        self._loaded = False
        self.editor.setReadOnly(True)
        self.status.setText(self.tr("Loading %1 characters…").replace("%1", format_count(len(text))))
        self.status.show()
        self.editor.blockSignals(True)
        self._fill = ChunkedFill(self.editor, text, self)
        self._fill.finished.connect(self._fill_done)
        self._fill.start()

    def _fill_done(self) -> None:
        self.editor.blockSignals(False)
        self.editor.setReadOnly(False)
        self._loaded = True
        self.status.hide()
        self._stop_fill()
        self.loaded.emit()

    def _stop_fill(self) -> None:
        if self._fill is not None:
            self._fill.stop()
            self._fill.deleteLater()
            self._fill = None
            self.editor.blockSignals(False)

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_loaded(self) -> bool:
        return self._loaded

    def is_modified(self) -> bool:
        return self._loaded and self.editor.document().isModified()

    def _text_changed(self) -> None:
        if self._loaded:
            self.changed.emit()

    # -- templates -----------------------------------------------------------------------------
    def set_templates(self, templates: Sequence[NoteTemplateData]) -> None:
        self.template_menu.clear()
        for template in templates:
            action = self.template_menu.addAction(template.name)
            action.triggered.connect(lambda _c=False, body=template.body: self.insert(body))
        if not templates:
            empty = self.template_menu.addAction(self.tr("No templates yet"))
            empty.setEnabled(False)
        self.template_menu.addSeparator()
        manage = self.template_menu.addAction(self.tr("Manage templates…"))
        manage.triggered.connect(self.manageTemplatesRequested)

    def insert(self, body: str) -> None:
        """Insert ``body`` at the cursor, on a line of its own."""
        if not self._loaded or self.editor.isReadOnly():
            return
        self.show_preview(False)
        cursor = self.editor.textCursor()
        if cursor.positionInBlock() > 0:
            body = "\n" + body
        cursor.insertText(body)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- preview -------------------------------------------------------------------------------
    def is_previewing(self) -> bool:
        return self.stack.currentWidget() is not self.editor

    def toggle_preview(self) -> None:
        self.show_preview(not self.is_previewing())

    def show_preview(self, on: bool) -> None:
        self.write_button.blockSignals(True)
        self.write_button.setChecked(not on)
        self.preview_button.setChecked(on)
        self.write_button.blockSignals(False)
        if not on:
            self.stack.setCurrentWidget(self.editor)
            return
        text = self.editor.toPlainText()
        if len(text) > MARKDOWN_LIMIT:
            self.too_long.setText(self.tr(
                "This note has %1 characters; the preview shows notes of up to %2 characters. "
                "It is saved as written.").replace("%1", format_count(len(text)))
                .replace("%2", format_count(MARKDOWN_LIMIT)))
            self.stack.setCurrentWidget(self.too_long)
            return
        render_markdown(self.preview, text)
        self.stack.setCurrentWidget(self.preview)
