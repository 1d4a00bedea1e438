"""What ``steward --self-check`` found: one result per piece the app needs at run time.

A frozen build can start fine and still lack something it loads later (a keyring backend, a
migration script, a translation), so each piece is checked on its own and reported by name; the
details are plain values so the report can be printed as text or JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.messages import msg


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    summary: str
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SelfCheckReport:
    version: str
    frozen: bool
    platform: str
    checks: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(msg("{name}: {summary}", name=c.name, summary=c.summary)
                     for c in self.checks if not c.ok)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "version": self.version,
            "frozen": self.frozen,
            "platform": self.platform,
            "problems": list(self.problems),
            "checks": {c.name: {"ok": c.ok, "summary": c.summary, **dict(c.details)}
                       for c in self.checks},
        }
