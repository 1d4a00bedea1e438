"""Scale runs behind the ``slow`` marker (``make test-slow``): a 100 MB CSV imported whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import AppContext
from app.importers.plan import open_import
from tests.unit.importers.test_csv_import import _big_csv


@pytest.mark.slow
def test_a_100_mb_csv_imports_completely(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    _big_csv(path, 100)
    with path.open(encoding="utf-8") as fh:
        rows = sum(1 for _ in fh) - 1
    summary = ctx.member_import.run(open_import(path))
    assert (summary.added, summary.skipped) == (rows, ())
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM member").scalar() == rows
        assert conn.exec_driver_sql("SELECT count(*) FROM member_tag").scalar() == 2 * rows
