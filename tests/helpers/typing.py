"""Typing like a user, including Chinese.

QTest's keyClicks only knows ASCII (a non-ASCII character trips an assertion inside Qt and aborts
the process). Chinese users type through an input method, which delivers a committed string as a
QInputMethodEvent, so non-ASCII text is sent exactly that way.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    chunk = ""
    for char in text:
        if char.isascii():
            chunk += char
            continue
        if chunk:
            qtbot.keyClicks(widget, chunk)
            chunk = ""
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
    if chunk:
        qtbot.keyClicks(widget, chunk)
