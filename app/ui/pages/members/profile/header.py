"""The top of a profile: who it is at a glance, their tags, and whether edits are saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.profiles import MemberProfile
from app.ui.formatting import RelativeTime, format_count, format_date
from app.ui.member_texts import MemberTexts
from app.ui.theme import repolish
from app.ui.widgets.menu_button import menu_button
from app.ui.widgets.status_pill import RolePill, StatusPill
from app.ui.widgets.tag_chips import TagChips


class ProfileHeader(QWidget):
    def __init__(self, texts: MemberTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._relative = RelativeTime(self)
        self.now: datetime | None = None  # tests pin the clock
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.name = QLabel()
        self.name.setObjectName("PageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setWordWrap(True)
        self.status = StatusPill()
        self.role = RolePill()
        top.addWidget(self.name, 0)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.role, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.save_state = QLabel()
        self.save_state.setObjectName("Muted")
        self.save_button = QPushButton(self.tr("Save now"))
        self.save_button.setObjectName("Link")
        self.save_button.setToolTip(self.tr("Save your changes (Ctrl+S)"))
        self.save_button.hide()
        self.more_button, self.more_menu = menu_button("more", tooltip=self.tr("More actions"))
        top.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)

        self.handles = QLabel()
        self.handles.setWordWrap(True)
        self.handles.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.handles)
        self.tags = TagChips()
        outer.addWidget(self.tags)
        self.meta = QLabel()
        self.meta.setObjectName("Muted")
        self.meta.setWordWrap(True)
        outer.addWidget(self.meta)

    def set_profile(self, profile: MemberProfile) -> None:
        self.name.setText(profile.display_name)
        self.status.set_status(profile.status, self._texts.status(profile.status))
        self.role.setText(self._texts.role(profile.role))
        self.role.setToolTip(self.tr("Role"))
        parts = []
        for handle in profile.handles:
            text = f"{self._texts.platform(handle.platform)} {handle.handle}"
            if handle.platform_id and handle.platform_id != handle.handle:
                text += " " + self.tr("(ID %1)").replace("%1", handle.platform_id)
            parts.append(text)
        self.handles.setText("  ·  ".join(parts) if parts else self.tr("No handles yet"))
        self.handles.setObjectName("" if parts else "Muted")
        repolish(self.handles)
        self.tags.set_tags(profile.tags)
        self.meta.setText(self.meta_text(profile))

    def meta_text(self, profile: MemberProfile) -> str:
        parts = [
            self.tr("Added %1").replace("%1", self._relative.both(profile.created_at, self.now)),
            self.tr("updated %1").replace("%1", self._relative.describe(profile.updated_at,
                                                                         self.now)),
        ]
        if profile.joined_on is not None:
            parts.insert(0, self.tr("Joined %1").replace("%1", format_date(profile.joined_on)))
        if profile.location:
            parts.append(profile.location)
        parts.append(self.tr("1 note") if profile.note_count == 1 else
                     self.tr("%1 notes").replace("%1", format_count(profile.note_count)))
        return " · ".join(parts)

    def set_save_state(self, text: str, can_save: bool, error: bool = False) -> None:
        self.save_state.setText(text)
        self.save_state.setObjectName("ErrorText" if error else "Muted")
        repolish(self.save_state)
        self.save_button.setVisible(can_save)
