"""The one icon set (Material Design Icons, bundled inside qtawesome; nothing is downloaded).

Icons are drawn in the current palette's text colour (white on the accent when selected), so
they read in light and dark themes alike; the window is rebuilt when the theme changes.

Only the ``mdi6`` font is loaded: ``qtawesome.icon`` would load (and hash) all twelve of its
bundled fonts at start, and the frozen app would have to carry them (about 4.5 MB).
"""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication
from qtawesome.iconic_font import IconicFont

PREFIX = "mdi6"

NAMES = {
    "dashboard": "mdi6.view-dashboard-outline",
    "members": "mdi6.account-group-outline",
    "calendar": "mdi6.calendar-month-outline",
    "cases": "mdi6.gavel",
    "insights": "mdi6.chart-line",
    "settings": "mdi6.cog-outline",
    "search": "mdi6.magnify",
    "add": "mdi6.plus",
    "more": "mdi6.dots-horizontal",
    "collapse": "mdi6.chevron-double-left",
    "expand": "mdi6.menu",
    "cancel": "mdi6.close",
    "about": "mdi6.information-outline",
    "check": "mdi6.database-check-outline",
    "folder": "mdi6.folder-open-outline",
    "keyring": "mdi6.shield-key-outline",
    "language": "mdi6.translate",
    "theme": "mdi6.theme-light-dark",
    "tag": "mdi6.tag-outline",
    "note": "mdi6.note-text-outline",
    "active": "mdi6.account-check-outline",
    "new": "mdi6.account-clock-outline",
    "import": "mdi6.import",
    "demo": "mdi6.sprout-outline",
    "trash": "mdi6.delete-outline",
    "restore": "mdi6.delete-restore",
    "delete_forever": "mdi6.delete-forever-outline",
    "backup": "mdi6.backup-restore",
    "backup_now": "mdi6.database-export-outline",
    "export": "mdi6.file-export-outline",
    "anonymise": "mdi6.incognito",
    "erase": "mdi6.eraser",
    "undo": "mdi6.undo",
    "privacy": "mdi6.shield-account-outline",
    "damaged": "mdi6.database-alert-outline",
    "history": "mdi6.history",
    "date": "mdi6.calendar-blank-outline",
    "pin": "mdi6.pin-outline",
    "unpin": "mdi6.pin-off-outline",
    "edit": "mdi6.pencil-outline",
    "back": "mdi6.arrow-left",
    "copy": "mdi6.content-copy",
    "template": "mdi6.file-document-outline",
    "preview": "mdi6.eye-outline",
    "save": "mdi6.content-save-outline",
    "file": "mdi6.file-outline",
    "download": "mdi6.download",
    "error": "mdi6.alert-circle-outline",
    "done": "mdi6.check-circle-outline",
    "profile": "mdi6.card-account-details-outline",
    "segment": "mdi6.filter-variant",
    "tags": "mdi6.tag-multiple-outline",
    "tag_add": "mdi6.tag-plus-outline",
    "tag_remove": "mdi6.tag-minus-outline",
    "merge": "mdi6.call-merge",
    "duplicates": "mdi6.content-duplicate",
    "color": "mdi6.palette-outline",
    "csv_template": "mdi6.file-download-outline",
    "rename": "mdi6.pencil-outline",
    "close": "mdi6.close",
    "new_member": "mdi6.account-plus-outline",
    "open": "mdi6.card-account-details-outline",
    "columns": "mdi6.table-column",
    "quick_open": "mdi6.text-search",
    "more_down": "mdi6.chevron-down",
}


def font_files() -> tuple[str, str]:
    """The icon font and its character map, as named inside qtawesome's fonts folder."""
    for prefix, ttf, charmap in qtawesome._BUNDLED_FONTS:
        if prefix == PREFIX:
            return ttf, charmap
    raise RuntimeError(f"qtawesome no longer bundles the {PREFIX} icon font")


def _icon_font() -> IconicFont:
    """qtawesome's own shared instance, made with only the mdi6 font. It lives where qtawesome
    keeps it, because its lifetime there is right: an instance held anywhere else outlived the
    application and crashed the interpreter's exit (its cached raw fonts)."""
    font = qtawesome._resource["iconic"]
    if font is None or not qtawesome.has_valid_font_ids(font):
        font = IconicFont((PREFIX, *font_files()))
        qtawesome._resource["iconic"] = font
    return font


def icon(name: str, color: str | None = None) -> QIcon:
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    selected = palette.color(QPalette.ColorRole.HighlightedText).name()
    return _icon_font().icon(NAMES[name], color=color or text, color_active=color or text,
                             color_selected=selected)
