"""Messages the core writes in English and the window shows in the user's language.

The core has no Qt (ARCHITECTURE.md), so it cannot call ``tr()``. A message therefore keeps its
English template and its values: ``str()`` of it is the English text, which the CLI prints and
the log keeps, and the GUI looks the template up in the ``Messages`` translation context and
fills in the same values (``app/ui/messages.py``). ``make translations`` collects every
``msg("…")`` template into ``app/ui/message_catalog.py``, where lupdate finds them.

Rules for templates: a string literal as the first argument (the collector reads the source),
placeholders are plain ``{name}`` (format numbers and dates before passing them), and a value
that is itself user-visible text is passed as a ``Message`` so it is translated too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "Messages"


class Message(str):
    """The English text, plus what is needed to say it in another language."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (and copies) keep the template
        return (_rebuild, (self.template, dict(self.params)))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def msg(template: str, /, **params: Any) -> Message:
    """A user-visible message; see the module's docstring for the rules."""
    return Message(template, **params)


def message_of(error: BaseException) -> str:
    """What an error says, still the ``Message`` it was raised with when it was one (``str()``
    would drop the template, and the window could not translate it)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)
