"""Backup rotation: a pure function, run over a simulated year with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.backups import RetentionPolicy
from app.services.rotation import backups_to_delete

START = datetime(2025, 1, 1, 0, 30, tzinfo=UTC)
EVERY = timedelta(hours=4)


def simulate_year(policy: RetentionPolicy, tz: ZoneInfo | None = None) -> tuple[list[datetime],
                                                                                  list[datetime]]:
    """Back up every 4 hours for a year, rotating after each backup as the app does."""
    zone = tz or UTC
    kept: list[datetime] = []
    history: list[datetime] = []
    now = START
    bound = policy.recent + policy.daily + policy.weekly + policy.monthly
    while now < START + timedelta(days=365):
        kept.append(now)
        history.append(now)
        doomed = backups_to_delete(kept, now, policy, zone)
        kept = [k for k in kept if k not in doomed]
        assert now in kept  # the backup just written is never the one removed
        assert len(kept) <= bound
        now += EVERY
    return sorted(kept, reverse=True), history


def test_a_year_of_backups_thins_to_recent_daily_weekly_monthly() -> None:
    policy = RetentionPolicy()  # 8 recent, 12 daily, 10 weekly, 9 monthly
    kept, history = simulate_year(policy)
    newest_first = sorted(history, reverse=True)
    end = newest_first[0]

    # every quota is used after a year, and the newest backups are all there
    assert len(kept) == policy.recent + policy.daily + policy.weekly + policy.monthly
    assert kept[:policy.recent] == newest_first[:policy.recent]

    older = kept[policy.recent:]
    # each older backup kept is the last one of its day: thinning keeps the newest per period
    for stamp in older:
        assert stamp == max(h for h in history if h.date() == stamp.date())
    # then one a day, for twelve consecutive days
    days = [k.date() for k in older[:policy.daily]]
    assert days == [days[0] - timedelta(days=i) for i in range(policy.daily)]
    # then about one a week (a week that straddles two months may keep one for each month)
    beyond_daily = older[policy.daily:]
    weeks: dict[tuple[int, int], list[datetime]] = {}
    for stamp in beyond_daily:
        weeks.setdefault(tuple(stamp.isocalendar()[:2]), []).append(stamp)
    for same_week in weeks.values():
        assert len(same_week) == 1 or len({(s.year, s.month) for s in same_week}) == len(same_week)
    # and, furthest back, one a month, reaching back most of the year
    oldest = kept[-policy.monthly + 1:]
    assert len({(k.year, k.month) for k in oldest}) == len(oldest)
    assert end - kept[-1] > timedelta(days=300)


def test_rotating_after_every_backup_equals_rotating_once_at_the_end() -> None:
    policy = RetentionPolicy(recent=5, daily=7, weekly=4, monthly=6)
    kept, history = simulate_year(policy)
    end = max(history)
    once = backups_to_delete(history, end, policy)
    assert sorted(set(history) - once, reverse=True) == kept


def test_days_are_the_users_local_days() -> None:
    zone = ZoneInfo("America/Los_Angeles")
    policy = RetentionPolicy(recent=2, daily=10, weekly=0, monthly=0)
    kept, history = simulate_year(policy, zone)
    daily = kept[policy.recent:]
    local_days = [k.astimezone(zone).date() for k in daily]
    assert len(set(local_days)) == len(local_days) == policy.daily
    for stamp, day in zip(daily, local_days, strict=True):
        assert stamp == max(h for h in history if h.astimezone(zone).date() == day)
    # the last backup of a Los Angeles day is already the next day in UTC
    assert all(k.date() != d for k, d in zip(daily, local_days, strict=True))


def test_settable_limits_are_honoured() -> None:
    policy = RetentionPolicy(recent=3, daily=2, weekly=1, monthly=0)
    kept, _history = simulate_year(policy)
    assert len(kept) == 6


def test_future_stamps_from_a_wrong_clock_are_never_deleted() -> None:
    now = START + timedelta(days=30)
    future = [now + timedelta(days=d) for d in (1, 2, 400)]
    past = [now - timedelta(hours=h) for h in range(0, 200, 4)]
    doomed = backups_to_delete(past + future, now, RetentionPolicy(recent=1, daily=0, weekly=0,
                                                                     monthly=0))
    assert not doomed & set(future)
    assert doomed == set(past) - {now}


@settings(max_examples=200, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=400 * 24 * 60), max_size=120, unique=True),
    recent=st.integers(1, 10), daily=st.integers(0, 10), weekly=st.integers(0, 10),
    monthly=st.integers(0, 10),
)
def test_rotation_invariants(offsets: list[int], recent: int, daily: int, weekly: int,
                             monthly: int) -> None:
    policy = RetentionPolicy(recent=recent, daily=daily, weekly=weekly, monthly=monthly)
    now = START + timedelta(days=400)
    stamps = [START + timedelta(minutes=m) for m in offsets]
    doomed = backups_to_delete(stamps, now, policy)
    kept = sorted(set(stamps) - doomed, reverse=True)
    assert doomed <= set(stamps)
    assert kept[:recent] == sorted(stamps, reverse=True)[:recent]
    assert len(kept) <= recent + daily + weekly + monthly
    assert backups_to_delete(kept, now, policy) == set()  # rotating again removes nothing more
