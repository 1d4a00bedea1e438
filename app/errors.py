"""Errors a user can act on.

Anything raised as a ``UserError`` is shown as a one-line message (CLI) or a dialog (GUI) with a way
forward; anything else is a bug and is logged with its traceback. Keeping that split in one type
lets every layer raise without knowing how the message will be shown.
"""

from __future__ import annotations

from pathlib import Path

from app.messages import Message, msg


class UserError(Exception):
    """A problem the user can fix; ``str(err)`` is the whole message, in English.

    Raise it with a ``msg(...)`` (app/messages.py) so the window can show it in the user's
    language; plain text still works and is shown as it is.
    """


class DataFolderError(UserError):
    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        super().__init__(msg(
            "Cannot use the data folder {folder}: {reason}. Free some disk space or fix the "
            "folder's permissions, or choose another folder with --data-dir; to look at the data "
            "without changing it, add --read-only.", folder=folder, reason=reason))


class DatabaseError(UserError):
    """The database file cannot be used as it is; nothing has been changed."""

    def __init__(self, path: Path, reason: str, advice: str) -> None:
        self.path = path
        self.reason = reason
        self.advice = advice
        super().__init__(msg("{path}: {reason}. {advice}", path=path, reason=reason,
                             advice=advice))


class NotADatabaseError(DatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            msg("this file is not a Steward database (or it is damaged)"),
            msg("Run `steward recover` (or open the Steward window) to set it aside and restore "
                "the newest backup that verifies; Steward has not changed it."),
        )


def one_line(text: str, limit: int = 200) -> str:
    """SQLite's reports (``integrity_check``) span lines; a message must stay one line. A
    translatable message that already fits is kept as it is, so it stays translatable."""
    flat = " ".join(text.split())
    if isinstance(text, Message) and flat == text and len(flat) <= limit:
        return text
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class CorruptDatabaseError(DatabaseError):
    def __init__(self, path: Path, detail: str) -> None:
        detail = one_line(detail)
        self.detail = detail
        super().__init__(
            path,
            msg("the database is damaged ({detail})", detail=detail),
            msg("Run `steward recover` (or open the Steward window) to set it aside and restore "
                "the newest backup that verifies; Steward has not changed the file."),
        )


class ForeignWalError(CorruptDatabaseError):
    """The write-ahead log beside the database does not belong to it.

    SQLite applies any log whose own checksums hold (it carries no link to its database), so a
    log from another database replaces this one's pages. The database file on its own is whole,
    so the remedy is to set the log aside, not to restore a backup.
    """

    def __init__(self, path: Path, wal: Path, why: str) -> None:
        self.wal = wal
        DatabaseError.__init__(
            self,
            path,
            msg("the write-ahead log {name} beside it {why}", name=wal.name, why=why),
            msg("Run `steward recover` (or open the Steward window) to set the log aside; the "
                "database file itself has not been changed."),
        )
        self.detail = why


class NewerSchemaError(DatabaseError):
    def __init__(self, path: Path, found: str) -> None:
        self.found = found
        super().__init__(
            path,
            msg("this database was written by a newer version of Steward (schema {found})",
                found=found),
            msg("Install the newer Steward to open it; this version will not change it."),
        )


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; not an error."""


class NotFoundError(UserError):
    """A record the user picked is gone (deleted or merged in another window)."""

    def __init__(self, what: str, ident: int | str) -> None:
        self.what = what
        self.ident = ident
        super().__init__(msg("{what} #{ident} no longer exists; it may have been deleted or "
                             "merged. Refresh the list and try again.", what=what, ident=ident))
