"""The frame of Steward's own warning dialogs: an icon on the left, a heading, wrapped text and
a row of buttons, sized so that no text is clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.icons import icon

DIALOG_WIDTH = 600


class NoticeDialog(QDialog):
    def __init__(self, title: str, icon_name: str, color: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.setSpacing(16)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, color).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(picture)
        self.column = QVBoxLayout()
        self.column.setSpacing(12)
        outer.addLayout(self.column, 1)
        self.heading = QLabel(heading)
        self.heading.setObjectName("EmptyTitle")
        self.heading.setWordWrap(True)
        self.column.addWidget(self.heading)

    def paragraph(self, text: str, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if muted:
            label.setObjectName("Muted")
        self.column.addWidget(label)
        return label

    def finish(self, buttons: QHBoxLayout) -> None:
        """Add the buttons, then give the dialog the height its wrapped text needs.

        A top-level window does not ask its layout for height-for-width, so without this the
        wrapped labels are laid out for one line each and clipped.
        """
        self.column.addLayout(buttons)
        layout = self.layout()
        assert layout is not None
        self.setFixedWidth(DIALOG_WIDTH)
        layout.activate()
        height = layout.totalHeightForWidth(DIALOG_WIDTH)
        self.setMinimumHeight(height)
        self.resize(DIALOG_WIDTH, height)
