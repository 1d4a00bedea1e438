"""Settings → Backups and trash: the list of backups, "Back up now", "Restore…", and how long
backups and deleted items are kept."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.backups import BackupFile, BackupResult, BackupSettings, RetentionPolicy
from app.services.backups import BackupService
from app.services.trash import TrashService
from app.ui.dialogs import Dialogs
from app.ui.formatting import format_datetime
from app.ui.icons import icon
from app.ui.models.backup_table import BackupTableModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.tables import list_table

SAVE_DELAY_MS = 600


class BackupsSection(QGroupBox):
    restoreRequested = Signal(str)  # the backup file; the GUI controller does the restore
    settingsChanged = Signal(object)  # BackupSettings, so the timer follows the interval
    message = Signal(str)

    def __init__(self, backups: BackupService, trash: TrashService, runner: TaskRunner,
                 dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups and trash"), parent)
        self._backups = backups
        self._trash = trash
        self._runner = runner
        self._dialogs = dialogs
        self._loading = False
        column = QVBoxLayout(self)
        column.setSpacing(8)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("Muted")
        column.addWidget(self.summary)

        self.model = BackupTableModel(self)
        self.table = list_table(self.model, self.tr("Backups"), row_height=28, multi=False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(180)
        column.addWidget(self.table)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(icon("backup_now", "white"), self.tr("Back up now"))
        self.backup_button.setObjectName("Primary")
        self.restore_button = QPushButton(icon("backup"), self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.folder_button = QPushButton(icon("folder"), self.tr("Open backups folder"))
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        column.addLayout(buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.interval = self._spin(1, 168, self.tr(" hours"))
        form.addRow(self.tr("Back up while open, every"), self.interval)
        self.recent = self._spin(1, 1000, "")
        self.daily = self._spin(0, 1000, "")
        self.weekly = self._spin(0, 1000, "")
        self.monthly = self._spin(0, 1000, "")
        keep_row = QWidget()
        keep = QHBoxLayout(keep_row)
        keep.setContentsMargins(0, 0, 0, 0)
        keep.setSpacing(6)
        for label, box in ((self.tr("newest,"), self.recent), (self.tr("daily,"), self.daily),
                           (self.tr("weekly,"), self.weekly), (self.tr("monthly"), self.monthly)):
            keep.addWidget(box)
            keep.addWidget(QLabel(label))
            keep.addSpacing(6)
        form.addRow(self.tr("Keep"), keep_row)
        self.trash_days = self._spin(1, 3650, self.tr(" days"))
        form.addRow(self.tr("Keep deleted items for"), self.trash_days)
        column.addLayout(form)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save)
        for box in (self.interval, self.recent, self.daily, self.weekly, self.monthly,
                    self.trash_days):
            box.valueChanged.connect(self._edited)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.folder))))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.selected() is not None))

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(suffix)
        box.setFixedWidth(104 if suffix else 72)
        return box

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        backups, trash = self._backups, self._trash

        def load(_progress: object) -> tuple[list[BackupFile], BackupSettings, int]:
            return backups.list(), backups.settings(), trash.retention_days()

        self._runner.run(load, self._show)

    def _show(self, loaded: tuple[list[BackupFile], BackupSettings, int]) -> None:
        files, settings, days = loaded
        self.model.set_backups(files)
        self._loading = True
        policy = settings.policy
        for box, value in ((self.interval, settings.interval_hours),
                           (self.recent, policy.recent), (self.daily, policy.daily),
                           (self.weekly, policy.weekly), (self.monthly, policy.monthly),
                           (self.trash_days, days)):
            box.setValue(value)
        self._loading = False
        locale = QLocale()
        if files:
            total = sum(f.size for f in files)
            self.summary.setText(self.tr(
                "Steward backs up when it starts and every few hours while open, whenever "
                "something changed. %1 backups (%2), the newest from %3. Each one is verified "
                "before it is kept, and protected like the database.").replace(
                "%1", locale.toString(len(files))).replace(
                "%2", locale.formattedDataSize(total, 1)).replace(
                "%3", format_datetime(files[0].taken_at)))
        else:
            self.summary.setText(self.tr(
                "No backups yet. Steward backs up when it starts and every few hours while "
                "open, whenever something changed; each backup is verified before it is kept."))

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    # -- actions -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        backups = self._backups

        def done(result: BackupResult) -> None:
            self.backup_button.setEnabled(True)
            if result.file is not None:
                self.message.emit(self.tr("Backed up to %1").replace("%1", result.file.name))
            self.refresh()

        task = self._runner.run(lambda progress: backups.backup_now("manual", progress=progress),
                                done, label=self.tr("Backing up"), cancellable=True)
        task.finished.connect(lambda: self.backup_button.setEnabled(True))

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = format_datetime(backup.taken_at)
        text = self.tr(
            "Restore the backup from %1?\n\nSteward first backs up the current state (it will "
            "appear in this list as “Before a restore”), then puts this backup in place of the "
            "database and reopens the window. Changes made after %1 will then only be in that "
            "new backup.").replace("%1", when)
        if self._dialogs.confirm(self, self.tr("Restore a backup"), text,
                                 self.tr("Restore")):
            self.restoreRequested.emit(str(backup.path))

    # -- settings ----------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def current_settings(self) -> BackupSettings:
        return BackupSettings(
            policy=RetentionPolicy(recent=self.recent.value(), daily=self.daily.value(),
                                   weekly=self.weekly.value(), monthly=self.monthly.value()),
            interval_hours=self.interval.value())

    def _save(self) -> None:
        settings = self.current_settings()
        days = self.trash_days.value()
        backups, trash = self._backups, self._trash

        def save(_progress: object) -> BackupSettings:
            trash.set_retention_days(days)
            return backups.save_settings(settings)

        self._runner.run(save, self.settingsChanged.emit)
