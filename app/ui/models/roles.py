"""Item data roles the member models and their delegates agree on."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole  # the member id (int) of the row
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of (tag name, "#rrggbb") to paint as chips
PILL_ROLE = Qt.ItemDataRole.UserRole + 2  # "#rrggbb": paint the display text as a status pill
SPANS_ROLE = Qt.ItemDataRole.UserRole + 3  # ((start, length), …) of the text to highlight
LABEL_ROLE = Qt.ItemDataRole.UserRole + 4  # a short muted label before the text ("Note")
