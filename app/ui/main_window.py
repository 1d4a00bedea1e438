"""The main window: sidebar, pages, menus, shortcuts and the status bar. It owns nothing global:
services, the task runner, settings and dialogs are handed in."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from app import APP_NAME, __version__
from app.bootstrap import AppContext
from app.domain.overview import HealthReport
from app.domain.segments import SegmentCount
from app.paths import resources_dir
from app.secrets.manager import KeyManager
from app.services.backups import BackupService
from app.services.demo import DemoResult, DemoSeeder
from app.services.health import check_database
from app.services.members import MemberService
from app.services.privacy import PrivacyService
from app.services.trash import TrashService
from app.ui.dialogs import Dialogs
from app.ui.icons import icon
from app.ui.messages import localized
from app.ui.pages.base import Page
from app.ui.pages.calendar.page import CalendarPage
from app.ui.pages.cases.page import CasesPage
from app.ui.pages.dashboard.page import DashboardPage
from app.ui.pages.insights.page import InsightsPage
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.export_dialog import ExportDialog
from app.ui.pages.members.import_wizard import ImportWizard
from app.ui.pages.members.page import MembersPage
from app.ui.pages.members.profile_view import ProfileView
from app.ui.pages.members.quick_open import QuickOpen
from app.ui.pages.settings.backups import BackupsSection
from app.ui.pages.settings.page import SettingsPage
from app.ui.pages.settings.privacy import PrivacySection
from app.ui.pages.settings.security_actions import SecurityActions
from app.ui.pages.trash.page import TrashPage
from app.ui.sidebar import Sidebar
from app.ui.tasks import TaskRunner
from app.ui.theme import ThemeChoice
from app.ui.unlock.key_dialogs import KeyDialogs
from app.ui.widgets.task_status import TaskStatus
from app.ui.widgets.undo_notice import UndoNotice

log = logging.getLogger(__name__)

DEMO_MEMBERS = 500


@dataclass(frozen=True)
class WindowDeps:
    """Everything the window needs, built by the composition root and the GUI controller."""

    members: MemberService
    demo: DemoSeeder
    trash: TrashService
    privacy: PrivacyService
    backups: BackupService
    check: Callable[[], HealthReport]
    data_dir: str
    log_dir: str
    keys: KeyManager
    language: str
    language_saved: str
    theme: ThemeChoice
    members_ui: MembersUiDeps
    read_only_reason: str = ""  # non-empty: the data is open read-only, and this says why

    @classmethod
    def from_context(cls, ctx: AppContext, *, language: str, language_saved: str,
                     theme: ThemeChoice, read_only_reason: str = "") -> WindowDeps:
        return cls(
            members=ctx.members, demo=ctx.demo, trash=ctx.trash, privacy=ctx.privacy,
            backups=ctx.backups,
            check=lambda: check_database(ctx.paths.db_file, ctx.driver),
            data_dir=str(ctx.paths.data_dir), log_dir=str(ctx.paths.logs_dir), keys=ctx.keys,
            language=language, language_saved=language_saved, theme=theme,
            members_ui=MembersUiDeps.from_context(ctx), read_only_reason=read_only_reason,
        )


# Ctrl+1…6 stay on the six main pages; the Trash, a page one visits rarely, comes after them.
PAGE_SHORTCUTS = {"dashboard": "Ctrl+1", "members": "Ctrl+2", "calendar": "Ctrl+3",
                  "cases": "Ctrl+4", "insights": "Ctrl+5", "settings": "Ctrl+6", "trash": "Ctrl+7"}


class MainWindow(QMainWindow):
    languageChosen = Signal(str)
    themeChosen = Signal(str)
    restoreRequested = Signal(str)  # a backup file to restore; the GUI controller does it
    rekeyRequested = Signal()  # re-encrypt under a new key; the GUI controller does it
    backupSettingsChanged = Signal(object)  # BackupSettings

    def __init__(self, deps: WindowDeps, runner: TaskRunner, settings: QSettings,
                 dialogs: Dialogs | None = None, key_dialogs: KeyDialogs | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._runner = runner
        self._settings = settings
        self._dialogs = dialogs or Dialogs()
        self._key_dialogs = key_dialogs or KeyDialogs(self._dialogs, deps.data_dir,
                                                      resources_dir())
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 600)

        self.sidebar = Sidebar()
        self.stack = QStackedWidget()
        self.dashboard = DashboardPage(deps.members, runner)
        # The profile view, import wizard and export dialog plug in here as factories
        # (profile_factory=…, import_factory=…, export_factory=…); see detail_placeholder.py.
        self.members_page = MembersPage(deps.members_ui, runner, self._dialogs, settings,
                                        profile_factory=ProfileView, import_factory=ImportWizard,
                                        export_factory=ExportDialog)
        self.settings_page = SettingsPage(
            language=deps.language, language_saved=deps.language_saved, theme=deps.theme,
            data_dir=deps.data_dir, key_status=deps.keys.status())
        self.backups_section = BackupsSection(deps.backups, deps.trash, runner, self._dialogs)
        self.settings_page.add_section(self.backups_section)
        self.privacy_section = PrivacySection(deps.privacy, runner)
        self.settings_page.add_section(self.privacy_section)
        self.trash_page = TrashPage(deps.trash, runner, self._dialogs)
        self.member_actions = self.members_page.data_actions
        self.quick_open = QuickOpen(deps.members_ui.search, runner, self)
        self.pages: list[tuple[str, Page]] = [
            ("dashboard", self.dashboard),
            ("members", self.members_page),
            ("calendar", CalendarPage()),
            ("cases", CasesPage()),
            ("insights", InsightsPage()),
            ("trash", self.trash_page),
            ("settings", self.settings_page),
        ]
        for name, page in self.pages:
            self.sidebar.add_page(icon(name), page.title())
            self.stack.addWidget(page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.task_status = TaskStatus(runner)
        self.statusBar().addPermanentWidget(self.task_status)
        self.undo_notice = UndoNotice()
        self.statusBar().addWidget(self.undo_notice)

        self._build_menus()
        self._connect()
        self._restore()
        if deps.read_only_reason:
            self._show_read_only(deps.read_only_reason)

    # -- construction ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_member_action = QAction(icon("new_member"), self.tr("&New member…"), self)
        self.new_member_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_member_action.triggered.connect(self.new_member)
        file_menu.addAction(self.new_member_action)
        file_menu.addSeparator()
        self.demo_action = QAction(icon("demo"), self.tr("Create a &demo community"), self)
        self.demo_action.triggered.connect(self.create_demo)
        file_menu.addAction(self.demo_action)
        self.check_action = QAction(icon("check"), self.tr("&Check database"), self)
        self.check_action.triggered.connect(self.check_database)
        file_menu.addAction(self.check_action)
        self.backup_action = QAction(icon("backup"), self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.backups_section.back_up_now)
        file_menu.addAction(self.backup_action)
        open_folder = QAction(icon("folder"), self.tr("Open &data folder"), self)
        open_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self._deps.data_dir)))
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(icon("undo"), self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.find_action = QAction(icon("search"), self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(self.find_action)
        self.quick_open_action = QAction(icon("quick_open"), self.tr("&Quick open…"), self)
        self.quick_open_action.setShortcut(QKeySequence("Ctrl+K"))
        self.quick_open_action.triggered.connect(lambda: self.quick_open.popup(self))
        edit_menu.addAction(self.quick_open_action)

        # The Members page's actions, so each has a menu entry (and Alt+M) besides the "…" menu.
        members_menu = bar.addMenu(self.tr("&Members"))
        members_menu.addAction(self.new_member_action)
        page = self.members_page
        for action in (page.import_action, page.export_action, page.template_action, None,
                       page.duplicates_action, page.tags_action, page.tag_selection_action,
                       None, page.new_segment_action, page.edit_segment_action, None,
                       page.columns_action):
            if action is None:
                members_menu.addSeparator()
            else:
                members_menu.addAction(action)
        # what was chosen acts on the Members page, so bring it to the front
        members_menu.triggered.connect(lambda _action: self._members_in_front())

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for index, (name, page) in enumerate(self.pages):
            action = QAction(icon(name), page.title(), self)
            if name in PAGE_SHORTCUTS:
                action.setShortcut(QKeySequence(PAGE_SHORTCUTS[name]))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        self.sidebar_action = QAction(self.tr("Toggle &sidebar"), self)
        self.sidebar_action.setShortcut(QKeySequence("Ctrl+\\"))
        self.sidebar_action.triggered.connect(
            lambda: self.sidebar.set_collapsed(not self.sidebar.is_collapsed()))
        view_menu.addAction(self.sidebar_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(icon("about"), self.tr("&About Steward"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        logs = QAction(self.tr("Open &log folder"), self)
        logs.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self._deps.log_dir)))
        help_menu.addAction(logs)

    def _connect(self) -> None:
        self.sidebar.pageSelected.connect(self._page_selected)
        self.dashboard.demoRequested.connect(self.create_demo)
        self.members_page.demoRequested.connect(self.create_demo)
        self.dashboard.loaded.connect(self.members_page.load_counts)
        members = self.members_page
        members.countsChanged.connect(self._show_counts)
        members.segmentShown.connect(self._segment_shown)
        members.message.connect(self.show_message)
        self.sidebar.segmentSelected.connect(self._segment_selected)
        self.sidebar.segmentEditRequested.connect(members.edit_segment)
        self.sidebar.segmentRenameRequested.connect(members.rename_segment)
        self.sidebar.segmentDeleteRequested.connect(members.delete_segment)
        self.sidebar.newSegmentRequested.connect(lambda: members.edit_segment(None))
        self.quick_open.memberChosen.connect(self.reveal_member)
        self.settings_page.languageChosen.connect(self.languageChosen)
        self.settings_page.themeChosen.connect(self.themeChosen)
        self.settings_page.checkRequested.connect(self.check_database)
        self.security_actions = SecurityActions(
            self._deps.keys, self.settings_page.security, self._runner, self._dialogs,
            self._key_dialogs, self)
        self.security_actions.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.security_actions.rekeyConfirmed.connect(self.rekeyRequested)
        self.backups_section.restoreRequested.connect(self.restoreRequested)
        self.backups_section.settingsChanged.connect(self.backupSettingsChanged)
        self.backups_section.message.connect(self.show_message)
        self.trash_page.message.connect(self.show_message)
        self.trash_page.dataChanged.connect(self.members_page.refresh)
        for _name, page in self.pages:
            page.undo_stack.pushed.connect(
                lambda text, stack=page.undo_stack: self.undo_notice.offer(text, stack))
        self._runner.userError.connect(
            lambda text: self._dialogs.warn(self, self.tr("Steward"), text))
        self._runner.bug.connect(self._report_bug)
        self._runner.cancelled.connect(
            lambda label: self.statusBar().showMessage(
                self.tr("Cancelled: %1").replace("%1", label), 8000))

    def _show_read_only(self, reason: str) -> None:
        """Say, for as long as the window is open, that nothing can be changed, and why."""
        self.setWindowTitle(self.tr("%1 (read-only)").replace("%1", APP_NAME))
        self.read_only_label = QLabel(self.tr("Read-only: changes cannot be saved."))
        self.read_only_label.setToolTip(reason)
        self.read_only_label.setAccessibleName(self.tr("Read-only"))
        self.statusBar().addWidget(self.read_only_label)
        self.demo_action.setEnabled(False)

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.sidebar.select_page(index)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _page_selected(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        if self.current_page() is self.members_page:
            self.members_page.show_everyone()  # the Members row itself: no segment
        else:
            self.current_page().refresh()

    def _segment_selected(self, segment_id: int) -> None:
        self.stack.setCurrentWidget(self.members_page)
        self.members_page.set_segment(segment_id)

    def members_index(self) -> int:
        return self.stack.indexOf(self.members_page)

    def _members_in_front(self) -> None:
        if self.current_page() is not self.members_page:
            self.show_page(self.members_index())

    def reveal_member(self, member_id: int) -> None:
        """Quick open's choice: the Members page, the member selected in the list and open."""
        self._members_in_front()
        self.members_page.reveal(member_id)

    def new_member(self) -> None:
        self._members_in_front()
        self.members_page.new_member()

    def undo(self) -> None:
        """Ctrl+Z: undo the last edit or delete made on the page in front."""
        self.undo_notice.dismiss()
        if not self.current_page().undo_stack.undo():
            self.show_message(self.tr("Nothing to undo on this page"))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.show_page(1)
            self.members_page.focus_search()

    def _show_counts(self, total: int, segments: tuple[SegmentCount, ...]) -> None:
        self.sidebar.set_count(self.members_index(), total)
        self.sidebar.set_segments(self.members_index(), segments)

    def _segment_shown(self, segment_id: int | None) -> None:
        if self.current_page() is self.members_page:
            self.sidebar.show_segment(segment_id)

    # -- actions ---------------------------------------------------------------------------
    def create_demo(self) -> None:
        if self._deps.read_only_reason:
            self._dialogs.warn(self, self.tr("Steward"), self._deps.read_only_reason)
            return
        self.demo_action.setEnabled(False)
        demo = self._deps.demo

        def done(result: DemoResult) -> None:
            self.demo_action.setEnabled(True)
            self.statusBar().showMessage(
                self.tr("Created a demo community of %1 members")
                .replace("%1", QLocale().toString(result.members)), 10000)
            self.current_page().refresh()

        def failed(_exc: BaseException) -> None:
            self.demo_action.setEnabled(True)

        task = self._runner.run(lambda progress: demo.seed(DEMO_MEMBERS, progress=progress),
                                done, failed, label=self.tr("Creating demo members"),
                                cancellable=True)
        task.finished.connect(lambda: self.demo_action.setEnabled(True))

    def check_database(self) -> None:
        def shown(report: HealthReport) -> None:
            if report.ok:
                text = self.tr("Healthy: integrity ok, schema %1, %2 members").replace(
                    "%1", report.schema_revision or "").replace(
                    "%2", QLocale().toString(report.members))
            else:
                text = self.tr("Problems found: %1").replace(
                    "%1", "; ".join(localized(problem) for problem in report.problems))
            self.settings_page.show_check_result(text)
            self.statusBar().showMessage(text, 10000)

        self._runner.run(lambda _p: self._deps.check(), shown,
                         label=self.tr("Checking the database"))

    def show_about(self) -> None:
        self._dialogs.info(
            self, self.tr("About Steward"),
            self.tr("Steward %1\nA desktop community manager for solo operators.\n\n"
                    "Data folder: %2").replace("%1", __version__).replace("%2", self._deps.data_dir))

    def _report_bug(self, label: str) -> None:
        self._dialogs.warn(
            self, self.tr("Something went wrong"),
            self.tr("Steward hit an unexpected problem while working on “%1”. Your data is "
                    "safe. Details were written to the log in %2.").replace("%1", label or "…")
            .replace("%2", self._deps.log_dir))

    # -- persistence -----------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.sidebar.set_collapsed(self._settings.value("window/sidebarCollapsed", False, bool))
        page = int(self._settings.value("window/page", 0, int))
        self.show_page(page if 0 <= page < len(self.pages) else 0)

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/page", self.stack.currentIndex())
        self._settings.setValue("window/sidebarCollapsed", self.sidebar.is_collapsed())
        self.members_page.save_state()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
