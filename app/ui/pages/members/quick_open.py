"""Quick open (Ctrl+K): a small palette over the window to jump to any member by typing.

Type a name, a handle, a tag or words from a note; the best matches appear as you type
(debounced, searched on the task runner, stale answers dropped); Up/Down move, Enter opens the
member, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.search import SearchPage
from app.services.search import SearchService
from app.ui.icons import icon
from app.ui.models.roles import LABEL_ROLE, SPANS_ROLE
from app.ui.models.search_results import MATCHED, SearchResultsModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.highlight import paint_highlighted
from app.ui.widgets.item_paint import draw_cell_frame, is_selected

DELAY_MS = 150
RESULTS = 12
WIDTH = 560

Index = QModelIndex | QPersistentModelIndex


class _TwoLineDelegate(QStyledItemDelegate):
    """The member's name on the first line, where and what matched on the second."""

    def __init__(self, model: SearchResultsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(WIDTH - 24, 2 * line + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = draw_cell_frame(self, painter, option, index)
        selected = is_selected(opt)
        matched = self._model.index(index.row(), MATCHED)
        name = str(index.data() or "")
        rect = opt.rect.adjusted(12, 6, -12, -6)
        line = QFontMetrics(opt.font).height()
        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        painter.setFont(opt.font)
        second = rect.adjusted(0, line, 0, 0)
        paint_highlighted(painter, second, str(matched.data() or ""),
                          matched.data(SPANS_ROLE) or (), opt.palette, selected,
                          matched.data(LABEL_ROLE) or "")
        painter.restore()


class QuickOpen(QFrame):
    memberChosen = Signal(object)  # member id

    def __init__(self, search: SearchService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self._search = search
        self._runner = runner
        self.setObjectName("QuickOpen")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(WIDTH)
        self.setAccessibleName(self.tr("Quick open"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Jump to a member: name, handle, tag or note words"))
        self.edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.edit.setAccessibleName(self.tr("Quick open search"))
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.model = SearchResultsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setModelColumn(0)
        self.list.setItemDelegate(_TwoLineDelegate(self.model, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the line edit
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Matching members"))
        self.list.clicked.connect(lambda index: self._choose(index.row()))
        layout.addWidget(self.list)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._run)
        self._open_first = False
        self.edit.textChanged.connect(self._typed)
        self._show_hint()

    def popup(self, over: QWidget) -> None:
        """Open near the top of ``over``, centred, with an empty query."""
        self.edit.clear()
        self.model.start("")
        self._show_hint()
        self._fit()
        top = over.mapToGlobal(QPoint((over.width() - WIDTH) // 2, 72))
        self.move(top)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- searching -------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._open_first = False
        self._timer.start()

    def _run(self) -> None:
        text = self.edit.text().strip()
        generation = self.model.start(text)
        if not text:
            self._show_hint()
            self._fit()
            return
        search = self._search
        self._runner.run(lambda _p: search.search(text, 0, RESULTS),
                         lambda page: self._shown(generation, page))

    def _shown(self, generation: int, page: SearchPage) -> None:
        if not self.model.add_page(generation, page):
            return  # the user typed on meanwhile
        if self._open_first:
            self._open_first = False
            if self.model.rowCount():
                self._choose(0)
                return
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.hint.setText(self.tr("Enter opens · ↑↓ choose · Esc closes"))
        else:
            self.hint.setText(self.tr("No member matches “%1”.").replace("%1", page.query))
        self._fit()

    def _show_hint(self) -> None:
        self.hint.setText(self.tr("Names, nicknames, handles, tags, fields and notes, in any "
                                  "language."))

    def _fit(self) -> None:
        rows = min(self.model.rowCount(), 8)
        self.list.setVisible(rows > 0)
        if rows:
            self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 4)
        self.adjustSize()

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed faster than the debounce: search now
                    self._timer.stop()
                    self._run()
                current = self.list.currentIndex()
                if current.isValid():
                    self._choose(current.row())
                elif self.edit.text().strip():
                    self._open_first = True  # open the best match as soon as it arrives
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = (self.list.currentIndex().row() + step) % count
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _choose(self, row: int) -> None:
        member_id = self.model.member_id(row)
        if member_id is not None:
            self.close()
            self.memberChosen.emit(member_id)
