"""docs/PERFORMANCE.md: the figures, each beside its floor, and what they were measured on."""

from __future__ import annotations

import importlib

from app.bench.runner import FigureSummary, SuiteResult


def _num(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _row(f: FigureSummary) -> str:
    value = (f"{_num(f.value.median)} ({_num(f.value.minimum)}–{_num(f.value.maximum)})")
    if f.floor is None:
        floor, overhead = "—", "—"
    else:
        floor = f"{_num(f.floor.median)} ({_num(f.floor.minimum)}–{_num(f.floor.maximum)})"
        overhead = f"{f.overhead:.2f}×" if f.overhead is not None else "—"
    return f"| `{f.name}` | {f.unit} | {value} | {floor} | {overhead} | {f.floor_label} |"


def _about(source: str) -> str:
    """The figure module's docstring, which says what is measured and what the floor is."""
    try:
        module = importlib.import_module("app.bench." + source.rsplit(".", 1)[0])
    except ImportError:
        return ""
    return " ".join((module.__doc__ or "").split())


def render(result: SuiteResult, machine: dict[str, str], *, members: int, runs: int,
           intro: str = "") -> str:
    lines = [
        "# Steward performance",
        "",
        "Written by `make bench` (`python -m app.bench.report`); do not edit by hand. Each figure "
        f"is the median of {runs} runs (fewer where a section says so) with the range (min–max) "
        "in brackets, beside its "
        "**floor**: the same query or write done in the same run on the same data with the "
        "plain DB-API module (`sqlite3`, or `sqlcipher3` for an encrypted database) and none of "
        "Steward's layers, or a bare PySide6 window for start-up and memory. *Overhead* is how "
        "many times the floor's cost Steward pays (for rates, the floor's rate divided by "
        "Steward's).",
        "",
    ]
    if intro:
        lines += [intro, ""]
    lines += ["## Machine and versions", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in machine.items()]
    lines += ["", f"Data: `demo --members {members:,}` (the bilingual demo community, about "
              "five notes per member).", f"Whole run: {result.seconds / 60:.1f} minutes.", ""]
    groups: dict[str, list[FigureSummary]] = {}
    for figure in result.figures:
        groups.setdefault(figure.source, []).append(figure)
    for source, figures in groups.items():
        lines += [f"## {source}", ""]
        about = _about(source)
        if about:
            lines += [about, ""]
        counts = {f.value.count for f in figures}
        fewer = " (a run takes long)" if counts != {runs} else ""
        spent = result.spent.get(source)
        took = f", {spent:.0f} s in all" if spent is not None else ""
        lines += [f"Runs: {', '.join(str(c) for c in sorted(counts))}{fewer}{took}.", ""]
        lines += [
                  "| figure | unit | Steward: median (range) | floor: median (range) | overhead "
                  "| floor is |", "|---|---|---|---|---|---|"]
        lines += [_row(f) for f in figures]
        lines.append("")
    if result.pending:
        lines += ["## Pending figures", "",
                  "Not measured yet; no number is shown until the feature exists.", ""]
        lines += [f"- `{p.source}`: {p.reason}" for p in result.pending]
        lines.append("")
    if result.failed:
        lines += ["## Failed figures", ""]
        for failed in result.failed:
            lines += [f"### `{failed.source}`", "", "```", failed.reason.rstrip(), "```", ""]
    return "\n".join(lines)
