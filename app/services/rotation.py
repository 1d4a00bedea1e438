"""Which backups to delete: a pure function of the backup times, the time now and the policy.

The shape is Anki's: keep the newest ``recent`` backups; going back in time from there, keep the
newest backup of each earlier day until ``daily`` days are kept, then the newest of each earlier
week, then of each earlier month. Everything else goes. Because every stage keeps the newest
backup of its period, running the function after every backup (as the app does) removes exactly
what running it once at the end would: thinning never depends on when it ran.

Days, weeks and months are those of the user's time zone (``tz``). Backups stamped in the future
(a clock that was wrong) are never deleted and do not count against the limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo

from app.domain.backups import RetentionPolicy


def backups_to_delete(stamps: Iterable[datetime], now: datetime, policy: RetentionPolicy,
                      tz: tzinfo = UTC) -> set[datetime]:
    newest_first = sorted((s for s in stamps if s <= now), reverse=True)
    remaining = {"daily": policy.daily, "weekly": policy.weekly, "monthly": policy.monthly}
    last_day = last_week = last_month = None
    doomed: set[datetime] = set()
    for index, stamp in enumerate(newest_first):
        local = stamp.astimezone(tz).date()
        day, week, month = local, _week(local), (local.year, local.month)
        if index < policy.recent:
            keep = True
        elif last_day is not None and day < last_day and remaining["daily"] > 0:
            remaining["daily"] -= 1
            keep = True
        elif last_week is not None and week < last_week and remaining["weekly"] > 0:
            remaining["weekly"] -= 1
            keep = True
        elif last_month is not None and month < last_month and remaining["monthly"] > 0:
            remaining["monthly"] -= 1
            keep = True
        else:
            keep = False
        if keep:
            last_day, last_week, last_month = day, week, month
        else:
            doomed.add(stamp)
    return doomed


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return (iso.year, iso.week)
