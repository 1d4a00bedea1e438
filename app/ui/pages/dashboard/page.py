"""The dashboard: the community at a glance, or a way to start when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.domain.overview import Overview
from app.services.members import MemberService
from app.ui.icons import icon
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.stat_card import StatCard

PLATFORM_ORDER = ("wechat", "telegram", "discord", "slack", "whatsapp", "email", "phone", "other")


class DashboardPage(Page):
    demoRequested = Signal()
    loaded = Signal()

    def __init__(self, members: MemberService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dashboard"), self.tr("Your community at a glance"), parent)
        self._members = members
        self._runner = runner
        self._ready = False
        self._platform_names = {
            "wechat": self.tr("WeChat"), "telegram": "Telegram", "discord": "Discord",
            "slack": "Slack", "whatsapp": "WhatsApp", "email": self.tr("Email"),
            "phone": self.tr("Phone"), "other": self.tr("Other"),
        }

        self.stack = QStackedWidget()
        self.layout_.addWidget(self.stack, 1)

        self.empty = EmptyState(
            icon("demo", "#8a94a3"),
            self.tr("No members yet"),
            self.tr("Steward keeps profiles, notes and handles for everyone in your groups. "
                    "Create a demo community to look around; importing your own members "
                    "comes with the Members page."),
            self.tr("Create a demo community"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.demoRequested)
        self.stack.addWidget(self.empty)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.cards = {
            "members": StatCard(icon("members", "#3a6ff7"), self.tr("Members")),
            "active": StatCard(icon("active", "#2e9d5b"), self.tr("Active")),
            "new": StatCard(icon("new", "#c98a12"), self.tr("New this week")),
            "notes": StatCard(icon("note", "#9b51e0"), self.tr("Notes")),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
        column.addLayout(grid)
        self.platforms = QGroupBox(self.tr("Handles by platform"))
        self.platform_grid = QGridLayout(self.platforms)
        self.platform_grid.setHorizontalSpacing(24)
        column.addWidget(self.platforms)
        column.addStretch(1)
        self.stack.addWidget(content)

    def refresh(self) -> None:
        self._runner.run(lambda _p: self._members.overview(), self._show)

    def is_ready(self) -> bool:
        return self._ready

    def _show(self, data: Overview) -> None:
        self.stack.setCurrentIndex(0 if data.members == 0 else 1)
        self.cards["members"].set_value(data.members)
        self.cards["active"].set_value(data.active)
        self.cards["new"].set_value(data.new_this_week)
        self.cards["notes"].set_value(data.notes)
        while self.platform_grid.count():
            item = self.platform_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        counts = dict(data.handles_by_platform)
        locale = QLocale()
        shown = [p for p in PLATFORM_ORDER if counts.get(p)]
        for i, platform in enumerate(shown):
            name = QLabel(self._platform_names.get(platform, platform))
            value = QLabel(locale.toString(counts[platform]))
            value.setObjectName("Muted")
            self.platform_grid.addWidget(name, i // 4, (i % 4) * 2)
            self.platform_grid.addWidget(value, i // 4, (i % 4) * 2 + 1)
            name.show()
            value.show()
        self._ready = True
        self.loaded.emit()
