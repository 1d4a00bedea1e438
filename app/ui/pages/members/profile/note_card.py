"""How one note looks in the timeline: a card with its date, pin, and its Markdown preview.

The preview is at most ``PREVIEW_CHARS`` characters (the service never sends more), rendered
once per width and kept in a small cache, so scrolling a long timeline costs no layout work.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.notes import NoteSummary
from app.ui.formatting import RelativeTime, format_count, format_datetime
from app.ui.icons import icon
from app.ui.models.note_timeline import NOTE_ROLE
from app.ui.widgets.note_text import MARKDOWN_FEATURES

Index = QModelIndex | QPersistentModelIndex
MARGIN = 6
PADDING = 12
LINE = 20
MAX_BODY = 150
CACHE_LIMIT = 400


def _calm_headings(document: QTextDocument) -> None:
    """Headings a little larger than the text, not page titles: a card is a glimpse."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
            size.setFontWeight(QFont.Weight.DemiBold)
            cursor.mergeCharFormat(size)
        block = block.next()


class NoteCardDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self._view = view
        self._relative = RelativeTime(self)
        self._documents: dict[tuple[int, datetime, int], QTextDocument] = {}
        self.now: datetime | None = None  # tests pin the clock

    def forget(self) -> None:
        self._documents.clear()

    # -- text ----------------------------------------------------------------------------------
    def header_text(self, note: NoteSummary) -> str:
        parts = [format_datetime(note.created_at),
                 self._relative.describe(note.created_at, self.now or datetime.now(UTC))]
        if note.pinned:
            parts.insert(0, self.tr("Pinned"))
        if note.edited:
            parts.append(self.tr("edited") if note.versions == 1 else
                         self.tr("edited %1 times").replace("%1", format_count(note.versions)))
        return " · ".join(parts)

    def footer_text(self, note: NoteSummary) -> str:
        return self.tr("Open to read all %1 characters").replace("%1", format_count(note.length))

    def _document(self, note: NoteSummary, width: int, font: object) -> QTextDocument:
        key = (note.id, note.updated_at, width)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > CACHE_LIMIT:
                self._documents.clear()
            document = QTextDocument()
            document.setDefaultFont(font)  # type: ignore[arg-type]
            document.setDocumentMargin(0)
            preview = note.preview + ("…" if note.truncated else "")
            document.setMarkdown(preview, MARKDOWN_FEATURES)
            _calm_headings(document)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    # -- geometry --------------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        note = index.data(NOTE_ROLE)
        if not isinstance(note, NoteSummary):
            return super().sizeHint(option, index)
        # a list view asks before it has laid the item out: the card is as wide as the viewport
        width = max(160, self._view.viewport().width())
        body = self._document(note, width - 2 * (MARGIN + PADDING), option.font)
        height = MARGIN * 2 + PADDING * 2 + LINE + 4 + min(MAX_BODY, int(body.size().height()))
        if note.truncated:
            height += LINE
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        note = index.data(NOTE_ROLE)
        if not isinstance(note, NoteSummary):
            super().paint(painter, option, index)
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if selected:
            tint = QColor(accent)
            tint.setAlpha(28)
            painter.setBrush(background)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(card, 8, 8)
            painter.setBrush(tint)
        else:
            painter.setBrush(background)
        border = accent if selected or focused else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.drawRoundedRect(card, 8, 8)

        inner = card.toRect().adjusted(PADDING, PADDING, -PADDING, -PADDING)
        x = inner.left()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if note.pinned:
            icon("pin", accent.name()).paint(painter, QRect(x, inner.top() + 2, 16, 16))
            x += 20
        small = option.font
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(accent if note.pinned else muted)
        header = QRect(x, inner.top(), inner.right() - x, LINE)
        painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(self.header_text(note),
                                                          Qt.TextElideMode.ElideRight,
                                                          header.width()))

        body = self._document(note, inner.width(), option.font)
        top = inner.top() + LINE + 4
        height = min(MAX_BODY, int(body.size().height()))
        painter.translate(inner.left(), top)
        clip = QRectF(0, 0, inner.width(), height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        context.clip = clip
        body.documentLayout().draw(painter, context)
        painter.setClipping(False)
        painter.translate(-inner.left(), -top)
        if note.truncated:
            painter.setFont(small)
            painter.setPen(accent)
            footer = QRect(inner.left(), top + height, inner.width(), LINE)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             self.footer_text(note))
        painter.restore()
