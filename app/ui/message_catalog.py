"""Every message template of the Qt-free core, for lupdate (generated: do not edit).

Made by ``packaging/tools/message_catalog.py`` (``make translations``); see app/messages.py.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("Messages", "Cannot use the data folder {folder}: {reason}. Free some disk space or fix the folder's permissions, or choose another folder with --data-dir; to look at the data without changing it, add --read-only."),
    QT_TRANSLATE_NOOP("Messages", 'Install the newer Steward to open it; this version will not change it.'),
    QT_TRANSLATE_NOOP("Messages", 'Run `steward recover` (or open the Steward window) to set it aside and restore the newest backup that verifies; Steward has not changed it.'),
    QT_TRANSLATE_NOOP("Messages", 'Run `steward recover` (or open the Steward window) to set it aside and restore the newest backup that verifies; Steward has not changed the file.'),
    QT_TRANSLATE_NOOP("Messages", 'Run `steward recover` (or open the Steward window) to set the log aside; the database file itself has not been changed.'),
    QT_TRANSLATE_NOOP("Messages", 'the database is damaged ({detail})'),
    QT_TRANSLATE_NOOP("Messages", 'the write-ahead log {name} beside it {why}'),
    QT_TRANSLATE_NOOP("Messages", 'this database was written by a newer version of Steward (schema {found})'),
    QT_TRANSLATE_NOOP("Messages", 'this file is not a Steward database (or it is damaged)'),
    QT_TRANSLATE_NOOP("Messages", '{path}: {reason}. {advice}'),
    QT_TRANSLATE_NOOP("Messages", '{source}, field {field}: {problem}. {advice}'),
    QT_TRANSLATE_NOOP("Messages", '{source}, line {line}, field {field}: {problem}. {advice}'),
    QT_TRANSLATE_NOOP("Messages", '{source}, line {line}: {problem}. {advice}'),
    QT_TRANSLATE_NOOP("Messages", '{source}: {problem}. {advice}'),
    QT_TRANSLATE_NOOP("Messages", '{what} #{ident} no longer exists; it may have been deleted or merged. Refresh the list and try again.'),
)
