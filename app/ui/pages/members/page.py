"""The Members page: the member list on the left, the open member on the right.

The list is a window onto SQL pages (sorting, tag chips and segments run in SQL), so it stays
instant at 100,000 members. Typing in the search box switches to ranked search results (names
and handles before notes, with the matching text). Everything the page does to data runs on the
task runner; every result is a status-bar message, and what can be undone leaves an Undo.

The detail pane, the import wizard and the export dialog are built through factories handed in
by the main window (see ``detail_placeholder.py``), so this page does not depend on them.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app.domain.members import DeletedTag, MemberPage, MemberQuery, MemberSort, TagSummary
from app.domain.profiles import MemberDraft
from app.domain.search import SearchPage
from app.domain.segments import SavedSegment, SegmentCount
from app.exporters.template import write_members_template
from app.paths import resources_dir
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.lifetime import while_alive
from app.ui.messages import error_text, localized
from app.ui.models import member_table as columns
from app.ui.models.member_table import PAGE_SIZE, MemberTableModel
from app.ui.models.search_results import SearchResultsModel
from app.ui.pages.base import Page
from app.ui.pages.members.bulk_tags import BulkTagger, MemberTarget
from app.ui.pages.members.data_actions import MemberDataActions
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.detail_placeholder import (
    DetailPlaceholder,
    ExportFactory,
    ImportFactory,
    ProfileFactory,
)
from app.ui.pages.members.new_member import NewMemberDialog
from app.ui.pages.members.tag_filter import TagFilterBar
from app.ui.tasks import TaskRunner
from app.ui.widgets.chips import ChipDelegate
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.highlight import HighlightDelegate
from app.ui.widgets.tables import list_table

SEARCH_DELAY_MS = 200
SEARCH_PAGE = 100
HEADER_KEY = "members/header"
SPLITTER_KEY = "members/splitter"
DEFAULT_WIDTHS = (200, 240, 220, 100, 110, 130, 130, 130, 130)


class MembersPage(Page):
    demoRequested = Signal()
    loaded = Signal()  # the list (or the search results) on screen is up to date
    message = Signal(str)  # a result for the status bar
    countsChanged = Signal(object, object)  # all members (int), tuple[SegmentCount, …]
    segmentShown = Signal(object)  # the segment id now filtering the list, or None

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs | None = None,
                 settings: QSettings | None = None, *,
                 profile_factory: ProfileFactory = DetailPlaceholder,
                 import_factory: ImportFactory | None = None,
                 export_factory: ExportFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Members"), parent=parent)
        self._deps = deps
        self._members = deps.members
        self._runner = runner
        self._dialogs = dialogs or Dialogs()
        self._settings = settings
        self._import_factory = import_factory
        self._export_factory = export_factory
        self._ready = False
        self._sort = MemberSort.NAME
        self._descending = False
        self._query = MemberQuery(limit=PAGE_SIZE)
        self._list_request = 0  # the latest first-page load; older answers are dropped
        self._segment: SavedSegment | None = None
        self._tags: tuple[TagSummary, ...] = ()
        self._search_text = ""
        self._total_members: int | None = None
        self._open_dialogs: list[QWidget] = []  # keeps non-modal dialogs alive while open
        self._open_member: int | None = None  # who the detail pane shows

        self._build_header()
        self._build_filters()
        self._build_views()
        self.detail = profile_factory(deps, runner, self._dialogs, None)
        self.detail.setMinimumWidth(320)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.detail.hide()
        self.layout_.addWidget(self.splitter, 1)

        self.data_actions = MemberDataActions(
            self.table, self.selected_members, deps.trash, deps.privacy, runner, self._dialogs,
            self.undo_stack, self)
        self.data_actions.attach(self.results)
        self.data_actions.menu_extras = self._context_menu_extras
        self.bulk = BulkTagger(deps.tags, deps.members, runner, self._dialogs, self.undo_stack,
                               self)
        self._connect()
        self._restore_state()
        self._thread_tab_order()

    # -- construction ----------------------------------------------------------------------
    def _build_header(self) -> None:
        self.new_button = self.header.add_primary(self.tr("New member"), "new_member")
        self.new_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        more = self.header.add_more_menu()
        self.import_action = more.addAction(icon("import"), self.tr("Import members…"))
        self.export_action = more.addAction(icon("export"), self.tr("Export notes…"))
        self.duplicates_action = more.addAction(icon("duplicates"), self.tr("Find duplicates…"))
        self.tags_action = more.addAction(icon("tags"), self.tr("Manage tags…"))
        self.template_action = more.addAction(icon("csv_template"),
                                              self.tr("Download CSV template…"))
        more.addSeparator()
        self.new_segment_action = more.addAction(icon("segment"), self.tr("New segment…"))
        self.edit_segment_action = more.addAction(icon("rename"), self.tr("Edit segment…"))
        self.edit_segment_action.setEnabled(False)  # until a segment is open
        self.bulk_menu = more.addMenu(icon("tags"), self.tr("Tag members"))
        self.bulk_menu.aboutToShow.connect(self._fill_bulk_menu)
        self.tag_selection_action = QAction(icon("tag_add"), self.tr("Tag the selection…"), self)
        self.tag_selection_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tag_selection_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.tag_selection_action)
        self.columns_action = QAction(icon("columns"), self.tr("Choose columns…"), self)
        more.addAction(self.columns_action)

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, handles, tags and notes (Ctrl+F) · Quick open: Ctrl+K"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.installEventFilter(self)
        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search, 1)
        self.layout_.addLayout(search_row)

        self.segment_bar = QFrame()
        self.segment_bar.setObjectName("SegmentBar")
        row = QHBoxLayout(self.segment_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.segment_icon = QLabel()
        self.segment_icon.setPixmap(icon("segment").pixmap(16, 16))
        self.segment_label = QLabel()
        self.segment_label.setObjectName("SegmentName")
        self.segment_edit = QPushButton(self.tr("Edit segment"))
        self.segment_edit.setObjectName("Link")
        self.segment_clear = QPushButton(self.tr("Show everyone"))
        self.segment_clear.setObjectName("Link")
        row.addWidget(self.segment_icon)
        row.addWidget(self.segment_label)
        row.addWidget(self.segment_edit)
        row.addWidget(self.segment_clear)
        self.segment_bar.hide()
        search_row.addWidget(self.segment_bar)

        self.tag_bar = TagFilterBar()
        self.layout_.addWidget(self.tag_bar)

    def _build_views(self) -> None:
        self.model = MemberTableModel(self)
        self.table = list_table(self.model, self.tr("Member list"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(columns.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setHighlightSections(False)
        self.table.setItemDelegate(ChipDelegate(self.table))
        self.table.installEventFilter(self)

        self.results_model = SearchResultsModel(self)
        self.results = list_table(self.results_model, self.tr("Search results"))
        self.results.setItemDelegate(ChipDelegate(self.results))
        self.results.setItemDelegateForColumn(1, HighlightDelegate(self.results))
        results_header = self.results.horizontalHeader()
        results_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        results_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((200, 360, 200, 180)):
            self.results.setColumnWidth(column, width)
        self.results.installEventFilter(self)

        self.empty = EmptyState(
            icon("members", "#8a94a3"), self.tr("No members yet"),
            self.tr("Members you add or import appear here, with their handles on every "
                    "platform, tags and notes."),
            self.tr("Add a member"),
        )
        assert self.empty.button is not None
        self.empty_import = self.empty.add_link(self.tr("Import a CSV or vCard"))
        self.empty_demo = self.empty.add_link(self.tr("Create a demo community"))
        self.no_match = EmptyState(icon("search", "#8a94a3"), self.tr("No matching members"),
                                   self.tr("Try a shorter search, or another spelling."),
                                   self.tr("Clear the search"))
        self.stack = QStackedWidget()
        for widget in (self.table, self.results, self.empty, self.no_match):
            self.stack.addWidget(widget)

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.model.pageNeeded.connect(self._fetch_page)
        self.model.sortRequested.connect(self._sort_by)
        self.results_model.moreNeeded.connect(self._fetch_results)
        self.table.doubleClicked.connect(lambda index: self._open_row(self.table, index.row()))
        self.results.doubleClicked.connect(
            lambda index: self._open_row(self.results, index.row()))
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.table.horizontalHeader().sectionMoved.connect(lambda *_: self._save_header())
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        self.tag_bar.changed.connect(lambda _ids: self._load_list())
        self.detail.closeRequested.connect(self.close_detail)  # type: ignore[attr-defined]
        self.detail.memberChanged.connect(lambda _id: self._data_changed())  # type: ignore[attr-defined]
        self.detail.message.connect(self.message)  # type: ignore[attr-defined]
        use_undo = getattr(self.detail, "use_undo_stack", None)
        if use_undo is not None:  # the real profile: its deletes join the page's Ctrl+Z
            use_undo(self.undo_stack)
        self.data_actions.changed.connect(self._data_changed)
        self.data_actions.message.connect(self.message)
        self.bulk.changed.connect(self._data_changed)
        self.bulk.message.connect(self.message)
        self.bulk.tagCreated.connect(self._load_tags)
        assert self.empty.button is not None
        self.new_button.clicked.connect(self.new_member)
        self.empty.button.clicked.connect(self.new_member)
        self.empty_import.clicked.connect(self.import_members)
        self.empty_demo.clicked.connect(self.demoRequested)
        assert self.no_match.button is not None
        self.no_match.button.clicked.connect(self.clear_filters)
        self.import_action.triggered.connect(self.import_members)
        self.export_action.triggered.connect(self.export_notes)
        self.duplicates_action.triggered.connect(self.find_duplicates)
        self.tags_action.triggered.connect(self.manage_tags)
        self.template_action.triggered.connect(self.download_template)
        self.new_segment_action.triggered.connect(lambda: self.edit_segment(None))
        self.edit_segment_action.triggered.connect(self._edit_current_segment)
        self.segment_edit.clicked.connect(self._edit_current_segment)
        self.segment_clear.clicked.connect(lambda: self.set_segment(None))
        self.tag_selection_action.triggered.connect(self._tag_menu_at_view)
        self.columns_action.triggered.connect(
            lambda: self._header_menu(QPoint(0, self.table.horizontalHeader().height())))

    # -- Page --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list in place (selection and scroll survive), the tags and the counts."""
        self._load_list(soft=True)
        self._load_tags()
        self.load_counts()
        if self._search_text:
            self._run_search(self._search_text)

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def is_ready(self) -> bool:
        return self._ready

    def current_view(self) -> QTableView:
        return self.results if self._search_text else self.table

    def selected_members(self) -> list[tuple[int, str]]:
        """``(id, display name)`` of the selected rows that are loaded, in the view in front."""
        view = self.current_view()
        chosen = []
        for index in view.selectionModel().selectedRows():
            member_id = (self.results_model.member_id(index.row()) if view is self.results
                         else self.model.member_id(index.row()))
            if member_id is not None:
                chosen.append((member_id, str(index.siblingAtColumn(0).data())))
        return chosen

    def list_query(self) -> MemberQuery:
        """The list's query as the filters and the sort set it (first page)."""
        return MemberQuery(tag_ids=self.tag_bar.chosen(),
                           segment=self._segment.definition if self._segment else None,
                           sort=self._sort, descending=self._descending, offset=0,
                           limit=PAGE_SIZE)

    def has_filters(self) -> bool:
        return bool(self.tag_bar.chosen()) or self._segment is not None

    # -- the list ----------------------------------------------------------------------------
    def show_everyone(self) -> None:
        """The Members page itself (not a segment): drop the segment and reload."""
        if self._segment is not None:
            self._segment = None
            self.segment_bar.hide()
            self.edit_segment_action.setEnabled(False)
        self.refresh()

    def _load_list(self, soft: bool = False) -> None:
        """Load the first page; ``soft`` keeps the selection when the query is unchanged."""
        query = self.list_query()
        soft = soft and query == self._query and self._ready
        self._query = query
        self._list_request += 1
        request = self._list_request
        members = self._members
        self._runner.run(lambda _p: members.page(query),
                         lambda page: self._show_first(request, page, soft))

    def _show_first(self, request: int, page: MemberPage, soft: bool) -> None:
        if request != self._list_request:
            return  # a newer filter, sort or reveal has been asked for meanwhile
        if soft:
            self.model.refresh(page)
        else:
            self.model.reset(page)
        self._ready = True
        if not self._search_text:
            self._show_list_state()
        self.loaded.emit()

    def _show_list_state(self) -> None:
        total = self.model.rowCount()
        locale = QLocale()
        if total == 0 and not self.has_filters():
            self.stack.setCurrentWidget(self.empty)
        elif total == 0:
            self.no_match.set_text(self.tr("No members match these filters"),
                                   self.tr("No one carries all the chosen tags in this "
                                           "segment. Remove a tag chip, or show everyone."))
            assert self.no_match.button is not None
            self.no_match.button.setText(self.tr("Show everyone"))
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
        if self.has_filters():
            text = self.tr("%1 matching").replace("%1", locale.toString(total))
            if self._segment is not None:
                text = f"{self._segment.name} · {text}"
            self.header.set_subtitle(text)
        else:
            self.header.set_subtitle(self.tr("%1 members").replace("%1", locale.toString(total)))

    def _fetch_page(self, generation: int, number: int) -> None:
        query = replace(self._query, offset=number * PAGE_SIZE, limit=PAGE_SIZE)
        members = self._members
        self._runner.run(lambda _p: members.page(query),
                         lambda page: self.model.set_page(generation, page))

    def _sort_by(self, key: MemberSort, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self._load_list()

    def _data_changed(self) -> None:
        """Members, tags or segments changed: the list, the chips and the counts follow."""
        self.refresh()

    # -- tags and counts ------------------------------------------------------------------------
    def _load_tags(self) -> None:
        tags = self._deps.tags
        self._runner.run(lambda _p: tags.list(), self._show_tags)

    def _show_tags(self, tags: tuple[TagSummary, ...]) -> None:
        self._tags = tags
        colors = {t.name: t.color for t in tags}
        self.model.set_tag_colors(colors)
        self.results_model.set_tag_colors(colors)
        self.tag_bar.set_tags(tags)
        if self._search_text:
            self.tag_bar.hide()
        self._thread_tab_order()

    def _thread_tab_order(self) -> None:
        """Search box, segment links, tag chips, then the list and the detail pane."""
        chain: list[QWidget] = [self.search, self.segment_edit, self.segment_clear,
                                *self.tag_bar.focus_chain(), self.table, self.results,
                                self.detail]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def load_counts(self) -> None:
        """Everyone and each saved segment, counted on the worker (the sidebar shows them)."""
        members, segments = self._members, self._deps.segments
        self._runner.run(lambda _p: (members.count(MemberQuery()), segments.counts()),
                         self._show_counts)

    def _show_counts(self, counts: tuple[int, tuple[SegmentCount, ...]]) -> None:
        total, per_segment = counts
        self._total_members = total
        self.countsChanged.emit(total, per_segment)
        if self._segment is not None and self._segment.id not in {c.segment_id
                                                                  for c in per_segment}:
            self.set_segment(None)  # it was deleted

    # -- search ------------------------------------------------------------------------------
    def _apply_search(self) -> None:
        text = self.search.text().strip()
        self._search_text = text
        # search covers everyone: the list's filters step aside until it is cleared
        self.tag_bar.setVisible(not text and bool(self._tags))
        self.segment_bar.setVisible(not text and self._segment is not None)
        if not text:
            self.results_model.start("")
            self._show_list_state()
            self.loaded.emit()
            return
        self._run_search(text)

    def _run_search(self, text: str) -> None:
        generation = self.results_model.start(text)
        search = self._deps.search
        self._runner.run(lambda _p: search.search(text, 0, SEARCH_PAGE),
                         lambda page: self._show_results(generation, page))

    def _fetch_results(self, generation: int, offset: int) -> None:
        text = self.results_model.query
        search = self._deps.search
        self._runner.run(lambda _p: search.search(text, offset, SEARCH_PAGE),
                         lambda page: self._show_results(generation, page))

    def _show_results(self, generation: int, page: SearchPage) -> None:
        if not self.results_model.add_page(generation, page) or not self._search_text:
            return  # typed on, or cleared, meanwhile
        count = self.results_model.rowCount()
        locale = QLocale()
        if count == 0:
            self.no_match.set_text(self.tr("No matching members"),
                                   self.tr("Nothing in names, handles, tags, fields or notes "
                                           "matches “%1”. Try a shorter search, or another "
                                           "spelling.").replace("%1", page.query))
            assert self.no_match.button is not None
            self.no_match.button.setText(self.tr("Clear the search"))
            self.stack.setCurrentWidget(self.no_match)
            self.header.set_subtitle(self.tr("No results"))
        else:
            self.stack.setCurrentWidget(self.results)
            if page.offset == 0 and not self.results.currentIndex().isValid():
                # current (Enter opens it) but not selected (nothing looks chosen yet)
                self.results.selectionModel().setCurrentIndex(
                    self.results_model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            text = (self.tr("Best %1 matches, best first") if self.results_model.has_more
                    else self.tr("%1 results, best first"))
            self.header.set_subtitle(text.replace("%1", locale.toString(count)))
        self.loaded.emit()

    def clear_filters(self) -> None:
        """The no-match state's button: clear the search, or the tag chips and the segment."""
        if self._search_text or self.search.text():
            self.search.clear()
            self._apply_search()
            return
        self.tag_bar.blockSignals(True)
        self.tag_bar.clear()
        self.tag_bar.blockSignals(False)
        self.set_segment(None)

    # -- segments ----------------------------------------------------------------------------
    def set_segment(self, segment_id: int | None) -> None:
        """Filter the list by a saved segment (None: everyone)."""
        if segment_id is None:
            changed = self._segment is not None
            self._segment = None
            self.segment_bar.hide()
            self.edit_segment_action.setEnabled(False)
            self._load_list()
            if changed:
                self.segmentShown.emit(None)
            return
        segments = self._deps.segments
        self._runner.run(lambda _p: segments.get(segment_id), self._show_segment)

    def _show_segment(self, segment: SavedSegment) -> None:
        if segment.problem:
            self._dialogs.warn(self, self.tr("Segment"), localized(segment.problem))
            return
        self._segment = segment
        self.segment_label.setText(self.tr("Segment: %1").replace("%1", segment.name))
        self.segment_bar.show()
        self.edit_segment_action.setEnabled(True)
        if self.search.text():
            self.search.clear()
            self._apply_search()
        self._load_list()
        self.segmentShown.emit(segment.id)

    def current_segment(self) -> SavedSegment | None:
        return self._segment

    def _edit_current_segment(self) -> None:
        if self._segment is not None:
            self.edit_segment(self._segment.id)

    def edit_segment(self, segment_id: int | None) -> None:
        """Open the segment editor (None: a new segment, pre-filled with the tag chips)."""
        from app.ui.pages.members.segment_editor import SegmentEditor, load_choices

        deps = self._deps

        def opened(found: tuple[object, SavedSegment | None]) -> None:
            choices, segment = found
            editor = SegmentEditor(deps, self._runner, self._dialogs, choices,  # type: ignore[arg-type]
                                   segment, self.tag_bar.chosen(), self)
            editor.saved.connect(self._segment_saved)
            editor.deleted.connect(self._segment_deleted)
            self._keep_open(editor)

        self._runner.run(lambda _p: (load_choices(deps),
                                     deps.segments.get(segment_id) if segment_id else None),
                         opened)

    def _segment_saved(self, segment_id: int) -> None:
        self.load_counts()
        self.set_segment(segment_id)
        self.message.emit(self.tr("Segment saved"))

    def _segment_deleted(self, segment: SavedSegment) -> None:
        text = self.tr("Deleted the segment “%1”").replace("%1", segment.name)
        segments = self._deps.segments
        if self._segment is not None and self._segment.id == segment.id:
            self.set_segment(None)
        self.load_counts()
        self.message.emit(text)

        def undo() -> None:
            self._runner.run(lambda _p: segments.save(segment.name, segment.definition),
                             lambda _id: self.load_counts(), label=self.tr("Undoing"))

        self.undo_stack.push(text, undo)

    def delete_segment(self, segment_id: int) -> None:
        segments = self._deps.segments
        self._runner.run(lambda _p: segments.delete(segment_id), self._segment_deleted)

    def rename_segment(self, segment_id: int, current: str) -> None:
        name = self._dialogs.ask_text(self, self.tr("Rename segment"), self.tr("New name:"),
                                      current)
        if not name or name.strip() == current:
            return
        segments = self._deps.segments

        def done(_result: object) -> None:
            self.load_counts()
            if self._segment is not None and self._segment.id == segment_id:
                self.set_segment(segment_id)

        self._runner.run(lambda _p: segments.rename(segment_id, name), done)

    # -- the detail pane -----------------------------------------------------------------------
    def open_member(self, member_id: int) -> None:
        """Show the member on the right and give it the keyboard (Esc comes back)."""
        self._open_member = member_id
        self.detail.show_member(member_id)  # type: ignore[attr-defined]
        if not self.detail.isVisible():
            self.detail.show()
            self._restore_splitter()
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_detail(self) -> None:
        self._open_member = None
        self.detail.show_member(None)  # type: ignore[attr-defined]
        self.detail.hide()
        view = self.current_view()
        if self.stack.currentWidget() is view:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_detail_open(self) -> bool:
        return self.detail.isVisible()

    @property
    def open_member_id(self) -> int | None:
        return self._open_member

    def _open_row(self, view: QTableView, row: int) -> None:
        member_id = (self.results_model.member_id(row) if view is self.results
                     else self.model.member_id(row))
        if member_id is not None:
            self.open_member(member_id)

    def reveal(self, member_id: int, open_it: bool = True) -> None:
        """Select the member in the list (loading the page it sits on) and open it. A member the
        filters hide is shown by clearing them."""
        if self.search.text():
            self.search.clear()
            self._apply_search()
        members = self._members
        query = self.list_query()
        self._list_request += 1
        request = self._list_request

        def op(_p: object) -> tuple[MemberQuery, MemberPage, int | None]:
            position = members.position(query, member_id)
            if position is None and (query.tag_ids or query.segment is not None):
                unfiltered = replace(query, tag_ids=(), segment=None)
                return unfiltered, members.page(unfiltered), members.position(unfiltered,
                                                                               member_id)
            return query, members.page(query), position

        def done(found: tuple[MemberQuery, MemberPage, int | None]) -> None:
            used, page, position = found
            if request != self._list_request:
                return  # the user moved on (another filter or sort) meanwhile
            if used != query:
                self.tag_bar.blockSignals(True)
                self.tag_bar.clear()
                self.tag_bar.blockSignals(False)
                if self._segment is not None:
                    self._segment = None
                    self.segment_bar.hide()
                    self.segmentShown.emit(None)
            self._query = used
            self.model.refresh(page)  # a reset only if the count changed
            self._ready = True
            self._show_list_state()
            if position is not None:
                index = self.model.index(position, columns.NAME)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            if open_it:
                self.open_member(member_id)
            self.loaded.emit()

        self._runner.run(op, done)

    # -- new member --------------------------------------------------------------------------
    def new_member(self) -> None:
        dialog = NewMemberDialog(self)
        profiles = self._deps.profiles

        def create(draft: MemberDraft) -> None:
            def done(member_id: int) -> None:
                while_alive(dialog, dialog.accept)()
                self.message.emit(self.tr("Added “%1”").replace(
                    "%1", " ".join(draft.display_name.split())))
                self._load_tags()
                self.load_counts()
                self.reveal(member_id)

            self._runner.run(lambda _p: profiles.create(draft), done,
                             while_alive(dialog, lambda exc: dialog.show_error(error_text(exc))),
                             label=self.tr("Adding a member"))

        dialog.createRequested.connect(create)
        self._keep_open(dialog)
        dialog.name.setFocus()

    # -- the "…" menu ------------------------------------------------------------------------
    def import_members(self) -> None:
        if self._import_factory is None:
            self._not_yet(self.tr("Importing members"))
            return
        wizard = self._import_factory(self._deps, self._runner, self._dialogs, self)
        wizard.imported.connect(lambda _summary: self._data_changed())
        self._keep_open(wizard)  # type: ignore[arg-type]

    def export_notes(self) -> None:
        """Export the selection; with nothing selected, the open segment, the filtered list, or
        everyone."""
        segment_name = self._segment.name if self._segment is not None else None
        target = self.selection_target()
        if target is None or (segment_name is not None and target.segment is not None):
            self._open_export([], segment_name)
            return
        members = self._members
        self._runner.run(lambda _p: target.resolve(members),
                         lambda ids: self._open_export(list(ids), None))

    def _open_export(self, member_ids: list[int], segment_name: str | None) -> None:
        if self._export_factory is None:
            self._not_yet(self.tr("Exporting notes"))
            return
        dialog = self._export_factory(self._deps, self._runner, self._dialogs, member_ids,
                                      segment_name, self)
        self._keep_open(dialog)  # type: ignore[arg-type]

    def _not_yet(self, what: str) -> None:
        self._dialogs.info(self, what, self.tr("%1 is not available in this build yet.")
                           .replace("%1", what))

    def find_duplicates(self) -> None:
        from app.ui.pages.members.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self._deps, self._runner, self._dialogs, self)
        dialog.merged.connect(lambda _result: self._data_changed())
        dialog.message.connect(self.message)
        self._keep_open(dialog)

    def manage_tags(self) -> None:
        from app.ui.pages.members.tag_manager import TagManager

        dialog = TagManager(self._deps, self._runner, self._dialogs, self)
        dialog.changed.connect(self._data_changed)
        dialog.message.connect(self.message)
        dialog.tagDeleted.connect(self._tag_deleted)
        self._keep_open(dialog)

    def _tag_deleted(self, deleted: DeletedTag) -> None:
        said = self.tr("Deleted the tag “%1”").replace("%1", deleted.name)
        self.message.emit(said)
        tags = self._deps.tags

        def undo() -> None:
            self._runner.run(lambda _p: tags.restore(deleted),
                             lambda _id: (self._data_changed(), self.message.emit(
                                 self.tr("Restored the tag “%1”").replace("%1", deleted.name))),
                             label=self.tr("Undoing"))

        self.undo_stack.push(said, undo)

    def download_template(self) -> None:
        path = self._dialogs.save_file(self, self.tr("Save the members template"),
                                       "members_template.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        self._runner.run(lambda _p: write_members_template(resources_dir(), Path(path)),
                         lambda written: self.message.emit(
                             self.tr("Saved the template to %1: one member per row, then "
                                     "Import members").replace("%1", str(written))),
                         label=self.tr("Saving the template"))

    def _keep_open(self, dialog: QWidget) -> None:
        """Show a dialog window-modal without blocking, and keep it alive until it closes."""
        self._open_dialogs.append(dialog)
        dialog.finished.connect(lambda _code, d=dialog: self._closed(d))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _closed(self, dialog: QWidget) -> None:
        if dialog in self._open_dialogs:
            self._open_dialogs.remove(dialog)
        dialog.deleteLater()

    def open_dialogs(self) -> list[QWidget]:
        return list(self._open_dialogs)

    # -- bulk tagging ------------------------------------------------------------------------
    def selection_target(self) -> MemberTarget | None:
        """What a bulk action applies to: the selected rows; with none selected, the open
        segment or the filtered list (never everyone by accident)."""
        if self._search_text:
            ids = tuple(member_id for member_id, _name in self.selected_members())
            return MemberTarget(count=len(ids), ids=ids) if ids else None
        selection = self.table.selectionModel().selection()
        ranges = tuple(sorted((r.top(), r.bottom() - r.top() + 1) for r in selection))
        count = sum(rows for _first, rows in ranges)
        total = self.model.rowCount()
        everything = total > 0 and (count == 0 or count >= total)
        if everything and self._segment is not None and not self.tag_bar.chosen():
            return MemberTarget(count=total, segment=self._segment.definition,
                                segment_name=self._segment.name)
        if everything and self.has_filters():
            return MemberTarget(count=total, query=self._query, whole_query=True)
        if count == 0:
            return None
        if count >= total:
            return MemberTarget(count=total, query=self._query, whole_query=True)
        known: list[int] = []
        unknown: list[tuple[int, int]] = []
        for first, rows in ranges:
            ids = [self.model.member_id(row) for row in range(first, first + rows)]
            if all(i is not None for i in ids):
                known += [i for i in ids if i is not None]
            else:
                unknown.append((first, rows))
        if not unknown:
            return MemberTarget(count=count, ids=tuple(known))
        return MemberTarget(count=count, ids=tuple(known), query=self._query,
                            ranges=tuple(unknown))

    def _fill_bulk_menu(self) -> None:
        self.bulk_menu.clear()
        target = self.selection_target()
        if target is None:
            hint = self.bulk_menu.addAction(self.tr("Select members first, or open a segment"))
            hint.setEnabled(False)
            return
        self.bulk_menu.addSection(self._target_text(target))
        self.bulk.fill_menu(self.bulk_menu, self._tags, self.selection_target)

    def _target_text(self, target: MemberTarget) -> str:
        count = QLocale().toString(target.count)
        if target.segment is not None:
            return self.tr("Everyone in “%1” (%2)").replace("%1", target.segment_name)\
                .replace("%2", count)
        if target.whole_query and self.has_filters():
            return self.tr("Everyone in this list (%1)").replace("%1", count)
        return (self.tr("1 selected member") if target.count == 1
                else self.tr("%1 selected members").replace("%1", count))

    def _context_menu_extras(self, menu: QMenu) -> None:
        view = self.current_view()
        open_action = menu.addAction(icon("open"), self.tr("Open"))
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        current = view.currentIndex()
        open_action.triggered.connect(lambda: self._open_row(view, current.row()))
        menu.addSeparator()
        self.bulk.fill_menu(menu, self._tags, self.selection_target)
        menu.addAction(self.export_action)
        menu.addSeparator()

    def _tag_menu_at_view(self) -> None:
        target = self.selection_target()
        menu = QMenu(self)
        if target is None:
            menu.addAction(self.tr("Select members first, or open a segment")).setEnabled(False)
        else:
            menu.addSection(self._target_text(target))
            self.bulk.fill_menu(menu, self._tags, self.selection_target)
        view = self.current_view()
        menu.popup(view.viewport().mapToGlobal(view.visualRect(view.currentIndex()).center()
                                               if view.currentIndex().isValid()
                                               else QPoint(24, 24)))
        self._tag_menu = menu  # kept for tests and until it closes

    # -- columns -----------------------------------------------------------------------------
    def _header_menu(self, where: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(self.tr("Columns"))
        for column in range(self.model.columnCount()):
            action = menu.addAction(self.model.column_title(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != columns.NAME)  # the name always stays
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns")).triggered.connect(self.reset_columns)
        menu.popup(header.mapToGlobal(where))
        self.columns_menu = menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        if column == columns.NAME:
            return
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_header()

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        self._default_columns()
        self._save_header()

    def _default_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column, width in enumerate(DEFAULT_WIDTHS):
            header.setSectionHidden(column, column in columns.HIDDEN_BY_DEFAULT)
            self.table.setColumnWidth(column, width)

    # -- state -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        self._default_columns()
        if self._settings is None:
            return
        state = self._settings.value(HEADER_KEY)
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state) and \
                header.count() == self.model.columnCount():
            header.setSortIndicator(columns.NAME, Qt.SortOrder.AscendingOrder)
        else:
            self._default_columns()

    def _save_header(self) -> None:
        if self._settings is not None:
            self._settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _save_splitter(self) -> None:
        if self._settings is not None and self.detail.isVisible():
            self._settings.setValue(SPLITTER_KEY, [int(s) for s in self.splitter.sizes()])

    def _restore_splitter(self) -> None:
        sizes: list[int] = []
        if self._settings is not None:
            saved = self._settings.value(SPLITTER_KEY)
            if isinstance(saved, list) and len(saved) == 2:
                sizes = [int(v) for v in saved]
        if not sizes or min(sizes) <= 0:
            width = max(self.splitter.width(), 800)
            sizes = [width * 3 // 5, width * 2 // 5]
        self.splitter.setSizes(sizes)

    def save_state(self) -> None:
        self._save_header()
        self._save_splitter()

    # -- keys --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched in (self.table, self.results):
                view = watched
                assert isinstance(view, QTableView)
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.currentIndex().isValid():
                    self._open_row(view, view.currentIndex().row())
                    return True
                if key == Qt.Key.Key_Escape and self.detail.isVisible():
                    self.close_detail()
                    return True
            elif watched is self.search:
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    self._debounce.stop()
                    self._apply_search()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    view = self.current_view()
                    if self.stack.currentWidget() is view and view.model().rowCount():
                        if key != Qt.Key.Key_Down and self._debounce.isActive():
                            return False
                        view.setFocus(Qt.FocusReason.OtherFocusReason)
                        if not view.currentIndex().isValid():
                            view.setCurrentIndex(view.model().index(0, 0))
                        return True
        return super().eventFilter(watched, event)
