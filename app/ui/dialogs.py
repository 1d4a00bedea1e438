"""Modal dialogs behind one small object, so tests can inject a recorder instead of blocking."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.domain.backups import RecoveryOffer
from app.domain.privacy import ErasePlan
from app.ui.erase_dialog import EraseChoice, EraseDialog
from app.ui.recovery import RecoveryChoice, RecoveryDialog


class Dialogs:
    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)
        if details:
            # technical detail stays behind the "Show Details…" button
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str = "") -> bool:
        """Yes/No, or ``accept``/Cancel when the action deserves its own name on the button."""
        if not accept:
            answer = QMessageBox.question(parent, title, text)
            return answer == QMessageBox.StandardButton.Yes
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        go = box.addButton(accept, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> str | None:
        """The path the user chose to save to, or None if they cancelled."""
        path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        """The existing file the user chose to open, or None if they cancelled."""
        path, _chosen = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        """An existing folder the user chose, or None if they cancelled."""
        return QFileDialog.getExistingDirectory(parent, title) or None

    def show_folder(self, path: str) -> None:
        """Open a folder in the system's file manager (after an export: "Open folder")."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        """One line of text (a new name), or None if the user cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def choose_item(self, parent: QWidget | None, title: str, label: str,
                    items: list[str]) -> int | None:
        """The index of the item the user chose from ``items``, or None."""
        if not items:
            return None
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(value) if ok and value in items else None

    def choose_color(self, parent: QWidget | None, title: str, initial: str) -> str | None:
        """A colour as ``#rrggbb``, or None if the user cancelled."""
        color = QColorDialog.getColor(QColor(initial), parent, title)
        return color.name() if color.isValid() else None

    def print_document(self, parent: QWidget | None, document: QTextDocument) -> bool:
        """Show the print dialog and print ``document``; False if the user cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document.print_(printer)
        return True

    def recover(self, parent: QWidget | None, offer: RecoveryOffer) -> RecoveryChoice:
        dialog = RecoveryDialog(offer, parent)
        dialog.exec()
        return dialog.choice

    def confirm_erase(self, parent: QWidget | None, plan: ErasePlan) -> EraseChoice | None:
        dialog = EraseDialog(plan, parent)
        return dialog.choice() if dialog.exec() else None
