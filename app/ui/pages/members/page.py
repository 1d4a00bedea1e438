"""The Members page: a searchable, sortable list that stays instant at 100,000 members."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app.domain.members import MemberPage, MemberQuery, MemberSort
from app.services.members import MemberService
from app.ui.icons import icon
from app.ui.models.member_table import PAGE_SIZE, MemberTableModel
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets.empty_state import EmptyState

SEARCH_DELAY_MS = 200


class MembersPage(Page):
    demoRequested = Signal()
    loaded = Signal()

    def __init__(self, members: MemberService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Members"), parent=parent)
        self._members = members
        self._runner = runner
        self._ready = False
        self._query = MemberQuery(limit=PAGE_SIZE)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, nicknames and handles (Ctrl+F)"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search members"))
        self.layout_.addWidget(self.search)

        self.model = MemberTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionsMovable(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the handles column takes the slack, so the list never needs a horizontal scrollbar
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((200, 300, 200, 90, 100, 130)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Member list"))

        self.empty = EmptyState(
            icon("members", "#8a94a3"), self.tr("No members yet"),
            self.tr("Members you add or import appear here, with their handles on every "
                    "platform, tags and notes."),
            self.tr("Create a demo community"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.demoRequested)
        self.no_match = EmptyState(icon("search", "#8a94a3"), self.tr("No matching members"),
                                   self.tr("Try a shorter search, or another spelling."))

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        self.layout_.addWidget(self.stack, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.model.pageNeeded.connect(self._fetch_page)
        self.model.sortRequested.connect(self._sort)

    # -- Page --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_first()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def is_ready(self) -> bool:
        return self._ready

    def selected_members(self) -> list[tuple[int, str]]:
        """``(id, display name)`` of the selected rows that are loaded."""
        chosen = []
        for index in self.table.selectionModel().selectedRows():
            member_id = self.model.member_id(index.row())
            if member_id is not None:
                chosen.append((member_id, str(self.model.index(index.row(), 0).data())))
        return chosen

    # -- loading -----------------------------------------------------------------------------
    def _load_first(self) -> None:
        query = MemberQuery(text=self._query.text, sort=self._query.sort,
                            descending=self._query.descending, offset=0, limit=PAGE_SIZE)
        self._query = query
        self._runner.run(lambda _p: self._members.page(query),
                         lambda page: self._show_first(query, page))

    def _show_first(self, query: MemberQuery, page: MemberPage) -> None:
        if query != self._query:
            return  # a newer search or sort has been asked for meanwhile
        self.model.reset(page)
        if page.total == 0:
            self.stack.setCurrentWidget(self.no_match if query.text else self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        locale = QLocale()
        if query.text:
            self.header.set_subtitle(self.tr("%1 matching").replace("%1", locale.toString(page.total)))
        else:
            self.header.set_subtitle(self.tr("%1 members").replace("%1", locale.toString(page.total)))
        self._ready = True
        self.loaded.emit()

    def _fetch_page(self, generation: int, number: int) -> None:
        query = MemberQuery(text=self._query.text, sort=self._query.sort,
                            descending=self._query.descending, offset=number * PAGE_SIZE,
                            limit=PAGE_SIZE)
        self._runner.run(lambda _p: self._members.page(query),
                         lambda page: self.model.set_page(generation, page))

    def _sort(self, key: MemberSort, descending: bool) -> None:
        self._query = MemberQuery(text=self._query.text, sort=key, descending=descending)
        self._load_first()

    def _apply_search(self) -> None:
        self._query = MemberQuery(text=self.search.text().strip(), sort=self._query.sort,
                                  descending=self._query.descending)
        self._load_first()
