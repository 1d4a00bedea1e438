"""The bottom row of a form dialog: Cancel, and the primary action as the default button."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def primary_buttons(dialog: QDialog, text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel closes ``dialog``; the returned primary button is the caller's to connect (it
    runs work first and closes the dialog only when that succeeded)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    primary = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    primary.setObjectName("Primary")
    primary.setDefault(True)
    box.rejected.connect(dialog.reject)
    return box, primary
