"""Hypothesis profiles: "ci" for the normal suite, "slow" for long fuzzing runs.

Registered as a pytest plugin in tests/conftest.py. The profile comes from HYPOTHESIS_PROFILE when
set; otherwise a run selected with ``-m slow`` (``make test-slow``) fuzzes with "slow", and every
other run uses "ci". Importer and exporter property tests use the profile in force: either no
``max_examples`` of their own, or ``fuzzing(n)`` (n examples under "ci", SLOW_FACTOR times as many
under "slow"). Tests marked ``fuzz`` run in the normal suite and again under ``-m slow``, so one
switch makes every fuzz test longer (see tests/README.md).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, settings

CI = "ci"
SLOW = "slow"
SLOW_FACTOR = 20

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
    if str(config.getoption("markexpr", "") or "").strip() == SLOW:
        return SLOW
    return CI


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile(chosen_profile(config))


def fuzzing(examples: int) -> settings:
    """Settings for a fuzz test whose examples cost more (or less) than the profile assumes:
    ``examples`` in the normal suite, ``SLOW_FACTOR`` times as many under the slow profile.
    Function-scoped fixtures are allowed: they hold what does not change between examples."""
    slow = settings.default.max_examples > settings.get_profile(CI).max_examples
    return settings(max_examples=examples * SLOW_FACTOR if slow else examples,
                    suppress_health_check=(HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``-m slow``, fuzz tests are selected too (before the marker filter runs)."""
    if str(config.getoption("markexpr", "") or "").strip() != SLOW:
        return
    for item in items:
        if item.get_closest_marker("fuzz") is not None:
            item.add_marker(pytest.mark.slow)


def pytest_report_header(config: pytest.Config) -> str:
    return f"hypothesis profile: {settings().max_examples} examples ({chosen_profile(config)})"
