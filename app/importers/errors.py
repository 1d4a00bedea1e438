"""The one error every importer raises for input it cannot use."""

from __future__ import annotations

from app.errors import UserError
from app.messages import msg


class ImportValidationError(UserError):
    """The file cannot be imported as it is; nothing has been written.

    The message always names the file, the line (or row) and the field, says what is wrong and what
    to do, so the CLI can print it on one line and the GUI can show it unchanged.
    """

    def __init__(self, source: str, line: int, field: str, problem: str, advice: str) -> None:
        self.source = source
        self.line = line
        self.field = field
        self.problem = problem
        self.advice = advice
        values = {"source": source, "line": line, "field": repr(field), "problem": problem,
                  "advice": advice}
        if line > 0 and field:
            text = msg("{source}, line {line}, field {field}: {problem}. {advice}", **values)
        elif line > 0:
            text = msg("{source}, line {line}: {problem}. {advice}", **values)
        elif field:
            text = msg("{source}, field {field}: {problem}. {advice}", **values)
        else:
            text = msg("{source}: {problem}. {advice}", **values)
        super().__init__(text)


class RowSkipped(Exception):
    """One row cannot be used; raised inside row handling and turned into a ``SkippedRow``
    (the rest of the file is still imported)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason
