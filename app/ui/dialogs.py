"""Modal dialogs behind one small object, so tests can inject a recorder instead of blocking."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


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

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> str | None:
        """The path the user chose to save to, or None if they cancelled."""
        path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return path or None

    def print_document(self, parent: QWidget | None, document: QTextDocument) -> bool:
        """Show the print dialog and print ``document``; False if the user cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document.print_(printer)
        return True
