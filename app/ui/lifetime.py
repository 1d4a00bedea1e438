"""Callbacks that outlive their widget: a task's result can arrive after its dialog closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """``callback``, called only while ``owner`` (a dialog closed and deleted meanwhile) still
    exists; otherwise the result is dropped."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call
