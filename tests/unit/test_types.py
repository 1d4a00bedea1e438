from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.db.types import UTCDateTime, to_db_text


def test_aware_times_are_stored_as_sortable_utc_text_and_read_back_aware() -> None:
    column = UTCDateTime()
    shanghai = timezone(timedelta(hours=8))
    local = datetime(2026, 3, 5, 14, 0, tzinfo=shanghai)
    stored = column.process_bind_param(local, None)  # type: ignore[arg-type]
    assert stored == "2026-03-05 06:00:00.000000"
    back = column.process_result_value(stored, None)  # type: ignore[arg-type]
    assert back == local and back is not None and back.tzinfo == UTC
    assert to_db_text(local) == stored


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), None)  # type: ignore[arg-type]
