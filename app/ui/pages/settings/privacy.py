"""Settings → Privacy: the audit list of exports, anonymisations and erasures (ids only)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.domain.privacy import AuditAction, AuditEntry
from app.services.privacy import PrivacyService
from app.ui.formatting import format_datetime
from app.ui.tasks import TaskRunner


class PrivacySection(QGroupBox):
    def __init__(self, privacy: PrivacyService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self._privacy = privacy
        self._runner = runner
        self._actions = {
            AuditAction.EXPORT.value: self.tr("Exported the data of member %1"),
            AuditAction.ANONYMISE.value: self.tr("Anonymised member %1"),
            AuditAction.ERASE.value: self.tr("Erased member %1 for good"),
            AuditAction.BACKUPS_REMOVED.value: self.tr(
                "Removed older backups after erasing member %1"),
        }
        column = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Export, anonymise and erase a member from the member list's menu. Each action is "
            "recorded here with the member's number and the time, never their data."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        column.addWidget(intro)
        self.audit = QListWidget()
        self.audit.setAccessibleName(self.tr("Privacy actions"))
        self.audit.setMaximumHeight(120)
        column.addWidget(self.audit)

    def refresh(self) -> None:
        privacy = self._privacy
        self._runner.run(lambda _p: privacy.audit(100), self._show)

    def _show(self, entries: tuple[AuditEntry, ...]) -> None:
        self.audit.clear()
        for entry in entries:
            text = self._actions.get(entry.action, entry.action).replace(
                "%1", str(entry.member_id) if entry.member_id is not None else "—")
            self.audit.addItem(f"{format_datetime(entry.at)}   {text}")
        if not entries:
            self.audit.addItem(self.tr("No privacy actions yet."))
