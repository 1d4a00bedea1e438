"""A member's status as a small coloured pill: colour and word together, never colour alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.members import MemberStatus
from app.ui.theme import STATUS_COLORS


class StatusPill(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: MemberStatus | None = None

    def set_status(self, status: MemberStatus, text: str) -> None:
        self.status = status
        color = STATUS_COLORS.get(status.value, "#7b8390")
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ background: {color}; color: #ffffff; border-radius: 9px; "
                           f"padding: 1px 10px; font-weight: 600; }}")
        self.setAccessibleName(text)


class RolePill(QLabel):
    """The role beside the status: an outlined pill, since a role is not a state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 9px; "
                           "padding: 0px 10px; }")
