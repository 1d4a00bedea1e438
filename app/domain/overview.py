"""Figures for the dashboard."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Overview:
    members: int
    active: int
    new_this_week: int
    notes: int
    tags: int
    handles_by_platform: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class HealthReport:
    """What ``check`` found; ``ok`` is False with ``problems`` naming each one."""

    path: str
    schema_revision: str | None
    head_revision: str
    integrity: str
    members: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems
