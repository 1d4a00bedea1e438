"""Both languages stay complete: every visible string is translated, placeholders survive, and
the compiled .qm files match their .ts sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("steward_*.ts"))
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")
ACCELERATOR = re.compile(r"&(?!&)\S")
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def test_there_is_a_chinese_translation() -> None:
    assert [p.name for p in TS_FILES] == ["steward_zh_CN.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated_and_keeps_its_placeholders(ts: Path) -> None:
    problems = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: untranslated {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: placeholders differ in {source!r} -> {text!r}")
        if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            problems.append(f"{context}: keyboard accelerator lost in {source!r} -> {text!r}")
    assert problems == []


def test_no_visible_string_is_missing_from_the_sources(tmp_path: Path) -> None:
    """Re-extract tr() strings from the code: nothing new may appear."""
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or "pyside6-lupdate"
    copy = tmp_path / "check.ts"
    shutil.copyfile(TRANSLATIONS / "steward_zh_CN.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py")
                     if p.relative_to(ROOT / "app").as_posix().startswith(("ui/", "gui.py")))
    result = subprocess.run([lupdate, *sources, "-ts", str(copy), "-no-obsolete"],
                            capture_output=True, text=True, check=True)
    found = re.search(r"\((\d+) new and (\d+) already existing\)", result.stdout + result.stderr)
    assert found, result.stdout + result.stderr
    assert found.group(1) == "0", "new untranslated strings: run `make translations`"
    before = {(c, s) for c, s, _ in _messages(TRANSLATIONS / "steward_zh_CN.ts")}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after == before, f"stale strings in the .ts: {sorted(before - after)[:5]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_matches_its_source(ts: Path, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or "pyside6-lrelease"
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_the_translation_loads_and_speaks_chinese(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "steward_zh_CN.qm"))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("DashboardPage", "Dashboard") == "概览"


def _catalog_tool() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "message_catalog_tool", ROOT / "packaging" / "tools" / "message_catalog.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_message_catalog_holds_every_core_message() -> None:
    """The core's msg() templates reach lupdate only through the generated catalog."""
    tool = _catalog_tool()
    current = tool.render(tool.templates(ROOT / "app"))  # type: ignore[attr-defined]
    committed = (ROOT / "app" / "ui" / "message_catalog.py").read_text(encoding="utf-8")
    assert committed == current, "run `make translations`"


def test_a_template_built_at_run_time_is_refused(tmp_path: Path) -> None:
    tool = _catalog_tool()
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "bad.py").write_text('x = msg(f"{a} went wrong")\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.py:1: the template of msg\(\) must be a string"):
        tool.templates(tmp_path / "app")  # type: ignore[attr-defined]


def test_every_core_message_is_found_at_run_time_in_chinese(qapp: QCoreApplication) -> None:
    """What lupdate extracted from the catalog is exactly what the window looks up."""
    from app.ui.message_catalog import TEMPLATES

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "steward_zh_CN.qm"))
    missing = [t for t in TEMPLATES if not translator.translate("Messages", t)]
    assert TEMPLATES and missing == []
