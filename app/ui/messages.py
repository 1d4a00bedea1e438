"""Core messages (``app.messages.Message``) and errors, in the language the window speaks."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.messages import CONTEXT, Message, message_of

log = logging.getLogger(__name__)


def localized(text: object) -> str:
    """A message in the current language; plain text as it is. Values that are messages
    themselves are translated first. A translation whose placeholders do not fit falls back
    to the English text rather than showing a broken sentence."""
    if not isinstance(text, Message):
        return str(text)
    params = {name: localized(value) if isinstance(value, Message) else value
              for name, value in text.params.items()}
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.error("The translation of a message does not fit its values: %r", text.template)
        return str(text)


def error_text(error: BaseException) -> str:
    """What a user-facing error says, in the current language."""
    return localized(message_of(error))
