"""Hypothesis profiles: "ci" for the normal suite, "slow" for long fuzzing runs.

Registered as a pytest plugin in tests/conftest.py. The profile comes from HYPOTHESIS_PROFILE when
set; otherwise a run selected with ``-m slow`` (``make test-slow``) fuzzes with "slow", and every
other run uses "ci". Importer and exporter property tests use the profile in force and do not set
their own ``max_examples``, so one switch makes every fuzz test longer (see tests/README.md).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, settings

CI = "ci"
SLOW = "slow"

settings.register_profile(
    CI,
    max_examples=60,
    deadline=None,  # shared 2-core machines stall; speed is measured by make bench instead
    derandomize=True,  # the normal suite gives the same verdict on every run
    print_blob=True,
    suppress_health_check=(HealthCheck.too_slow,),
)
settings.register_profile(
    SLOW,
    max_examples=3000,
    deadline=None,
    print_blob=True,
    phases=tuple(Phase),
    suppress_health_check=(HealthCheck.too_slow,),
)


def chosen_profile(config: pytest.Config) -> str:
    explicit = os.environ.get("HYPOTHESIS_PROFILE")
    if explicit:
        return explicit
    marker_expression = str(config.getoption("markexpr", "") or "")
    if marker_expression.strip() == SLOW:
        return SLOW
    return CI


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile(chosen_profile(config))


def pytest_report_header(config: pytest.Config) -> str:
    return f"hypothesis profile: {settings().max_examples} examples ({chosen_profile(config)})"
