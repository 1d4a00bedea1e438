"""The benchmark runner: several runs, median and spread, the floor beside each figure, and
figures that cannot be measured yet shown as pending rather than as a number."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bench.env import BenchEnv
from app.bench.figures import Pending, Reading, runs_at_most
from app.bench.markdown import render
from app.bench.runner import run_suite, select
from app.bench.stats import Summary, percentile


def test_percentiles_interpolate() -> None:
    assert percentile([5.0], 0.95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([10.0, 0.0], 0.95) == pytest.approx(9.5)
    summary = Summary.of([3.0, 1.0, 2.0])
    assert (summary.median, summary.minimum, summary.maximum, summary.count) == (2.0, 1.0, 3.0, 3)
    with pytest.raises(ValueError):
        percentile([], 0.5)


def _env(tmp_path: Path) -> BenchEnv:
    return BenchEnv(tmp_path, members=10)


def test_each_run_is_summarised_beside_its_floor(tmp_path: Path) -> None:
    values = iter([10.0, 30.0, 20.0])

    def query(env: BenchEnv) -> list[Reading]:
        return [Reading("q", "ms", next(values), 5.0, "plain"),
                Reading("rate", "rows/s", 100.0, 400.0, "plain", higher_is_better=True)]

    result = run_suite([query], _env(tmp_path), runs=3)
    by_name = {f.name: f for f in result.figures}
    assert by_name["q"].value.median == 20.0 and by_name["q"].value.maximum == 30.0
    assert by_name["q"].overhead == pytest.approx(4.0)  # Steward pays four times the floor
    assert by_name["rate"].overhead == pytest.approx(4.0)  # a rate a quarter of the floor's
    assert by_name["q"].as_json()["floor"] == {"what": "plain", "median": 5.0, "min": 5.0,
                                               "max": 5.0}


def test_pending_and_broken_figures_are_reported_not_hidden(tmp_path: Path) -> None:
    def waits(env: BenchEnv) -> list[Reading]:
        raise Pending("the exporter has not landed")

    def breaks(env: BenchEnv) -> list[Reading]:
        raise RuntimeError("boom")

    def works(env: BenchEnv) -> list[Reading]:
        return [Reading("ok", "ms", 1.0)]

    result = run_suite([waits, breaks, works], _env(tmp_path), runs=2)
    assert [f.name for f in result.figures] == ["ok"]
    assert result.pending[0].reason == "the exporter has not landed"
    assert "boom" in result.failed[0].reason
    text = render(result, {"cpu": "test"}, members=10, runs=2)
    assert "the exporter has not landed" in text and "boom" in text
    assert "| `ok` | ms | 1.00 (1.00–1.00) | — | — |" in text


def test_figures_are_chosen_by_name() -> None:
    def search_fts(env: BenchEnv) -> list[Reading]:
        return []

    def list_open(env: BenchEnv) -> list[Reading]:
        return []

    assert select([search_fts, list_open], "search") == [search_fts]
    assert select([search_fts, list_open], None) == [search_fts, list_open]


def test_a_slow_figure_runs_fewer_times_and_the_report_says_so(tmp_path: Path) -> None:
    @runs_at_most(2)
    def seeding(env: BenchEnv) -> list[Reading]:
        return [Reading("seed", "rows/s", 10.0, 20.0, "plain", higher_is_better=True)]

    def query(env: BenchEnv) -> list[Reading]:
        return [Reading("q", "ms", 1.0, 1.0, "plain")]

    result = run_suite([seeding, query], _env(tmp_path), runs=5)
    counts = {f.name: f.value.count for f in result.figures}
    assert counts == {"seed": 2, "q": 5}
    text = render(result, {"cpu": "test"}, members=10, runs=5)
    assert text.count("Runs: 2 (a run takes long), 0 s in all.") == 1
    assert text.count("Runs: 5, 0 s in all.") == 1
