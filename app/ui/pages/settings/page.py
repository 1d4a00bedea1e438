"""Settings: language, appearance, the data folder, and where secrets are kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.security import KeyStatus
from app.ui.icons import icon
from app.ui.pages.base import Page
from app.ui.pages.settings.security import SecuritySection
from app.ui.theme import ThemeChoice


class SettingsPage(Page):
    languageChosen = Signal(str)  # "" means follow the system
    themeChosen = Signal(str)
    checkRequested = Signal()

    def __init__(self, *, language: str, language_saved: str, theme: ThemeChoice,
                 data_dir: str, key_status: KeyStatus, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent=parent)
        self._data_dir = data_dir
        body = QWidget()
        body.setMaximumWidth(760)  # a readable column, not a form stretched across 1920 px
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(16)

        appearance = QGroupBox(self.tr("Language and appearance"))
        form = QFormLayout(appearance)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(max(0, self.language.findData(language_saved)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMinimumWidth(240)
        form.addRow(self.tr("Language"), self.language)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), ThemeChoice.SYSTEM.value)
        self.theme.addItem(self.tr("Light"), ThemeChoice.LIGHT.value)
        self.theme.addItem(self.tr("Dark"), ThemeChoice.DARK.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.value)))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setMinimumWidth(240)
        form.addRow(self.tr("Theme"), self.theme)
        column.addWidget(appearance)

        data = QGroupBox(self.tr("Data"))
        data_form = QFormLayout(data)
        folder_row = QHBoxLayout()
        self.folder = QLabel(data_dir)
        self.folder.setTextInteractionFlags(self.folder.textInteractionFlags()
                                            | self.folder.textInteractionFlags().TextSelectableByMouse)
        open_folder = QPushButton(icon("folder"), self.tr("Open folder"))
        open_folder.clicked.connect(self._open_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_folder)
        data_form.addRow(self.tr("Data folder"), folder_row)
        self.check_button = QPushButton(icon("check"), self.tr("Check database"))
        self.check_button.clicked.connect(self.checkRequested)
        self.check_result = QLabel()
        self.check_result.setObjectName("Muted")
        self.check_result.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_result, 1)
        data_form.addRow(self.tr("Health"), check_row)
        column.addWidget(data)

        self.security = SecuritySection(key_status)
        column.addWidget(self.security)

        self._column = column
        self._sections: list[QWidget] = []

        about = QGroupBox(self.tr("About"))
        about_form = QFormLayout(about)
        about_form.addRow(self.tr("Version"), QLabel(__version__))
        column.addWidget(about)
        column.addStretch(1)

        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for form_layout in (form, data_form, about_form):
            form_layout.setHorizontalSpacing(16)
            form_layout.setVerticalSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)

        self.language.currentIndexChanged.connect(
            lambda _i: self.languageChosen.emit(self.language.currentData()))
        self.theme.currentIndexChanged.connect(
            lambda _i: self.themeChosen.emit(self.theme.currentData()))

    def add_section(self, section: QWidget) -> None:
        """Insert a feature's group above "About"; its ``refresh()`` runs when the page shows."""
        self._column.insertWidget(self._column.count() - 2, section)
        self._sections.append(section)

    def refresh(self) -> None:
        for section in self._sections:
            refresh = getattr(section, "refresh", None)
            if callable(refresh):
                refresh()

    def show_check_result(self, text: str) -> None:
        self.check_result.setText(text)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self._data_dir))
