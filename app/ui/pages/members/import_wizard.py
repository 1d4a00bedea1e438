"""Import members from a file: choose it, check the columns, import all or nothing, read what
happened (added, updated, unchanged, and every skipped row with its line and reason).

The steps live in ``app/ui/pages/members/importing/pages.py``; this object holds what they share
and keeps an import in flight from being abandoned: Cancel (or Esc, or closing the window) asks
the import to stop, and the wizard closes once the service has rolled it back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.member_io import ImportSummary
from app.importers.plan import ImportPlan
from app.ui.dialogs import Dialogs
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.importing.pages import FilePage, MappingPage, RunPage, SummaryPage
from app.ui.tasks import TaskRunner


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportSummary, once the import is saved

    def __init__(self, deps: MembersUiDeps, runner: TaskRunner, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deps = deps
        self.runner = runner
        self.dialogs = dialogs
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.closing = False
        self.setWindowTitle(self.tr("Import members"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(920, 660)
        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.run_page = RunPage()
        self.summary_page = SummaryPage()
        for page in (self.file_page, self.mapping_page, self.run_page, self.summary_page):
            self.addPage(page)

    def reject(self) -> None:
        """Cancel: an import in flight is stopped (and rolled back) before the wizard closes."""
        if self.run_page.running():
            self.closing = True
            self.run_page.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run_page.running():
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)
