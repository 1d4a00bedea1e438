"""A PySide6 regression guard: reading an empty item role must not steal a reference to None.

PySide6 6.12.0 decremented None's reference count each time an invalid QVariant was converted
to Python (``QModelIndex.data`` for a role the model leaves empty, and inside a Python delegate's
``initStyleOption``). Lists with chip delegates do that for every painted cell, so after some
scrolling the interpreter aborted with "deallocating None". pyproject.toml excludes 6.12.0; this
test fails on any release that brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
CALLS = 500


class _OneCell(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def _none_refs_lost(action: object) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        action()  # type: ignore[operator]
    return before - sys.getrefcount(None)


def test_empty_roles_read_from_python_keep_none_alive(qapp: object) -> None:
    model = _OneCell()
    index = model.index(0, 0)
    assert _none_refs_lost(lambda: index.data(Qt.ItemDataRole.UserRole)) < CALLS // 2


def test_a_python_delegate_styling_a_cell_keeps_none_alive(qapp: object) -> None:
    model = _OneCell()
    index = model.index(0, 0)
    delegate = QStyledItemDelegate()
    assert _none_refs_lost(
        lambda: delegate.initStyleOption(QStyleOptionViewItem(), index)) < CALLS // 2
