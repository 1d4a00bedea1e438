"""The Qt half of the self-check, and the command a packager runs, against a temporary resources
folder: each missing piece is reported by name and turns the exit code non-zero."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.paths import resources_dir
from app.ui.self_check import check_font, check_icons, check_languages, check_qt

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>MainWindow</name>
<message><source>Members</source><translation>成员</translation></message>
</context>
</TS>
"""


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease"))
    assert Path(found).exists(), "pyside6-lrelease comes with PySide6-Essentials"
    return found


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A complete resources folder: the real fonts and icons, and a compiled translation."""
    folder = tmp_path / "resources"
    shutil.copytree(resources_dir() / "fonts", folder / "fonts")
    shutil.copytree(resources_dir() / "icons", folder / "icons")
    (folder / "translations").mkdir()
    ts = tmp_path / "steward_zh_CN.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(ts), "-qm", str(folder / "translations" / "steward_zh_CN.qm")],
                   check=True, capture_output=True)
    return folder


def test_complete_resources_pass(qtbot: QtBot, resources: Path) -> None:
    font = check_font(resources)
    assert font.ok, font.summary
    assert "Steward Sans CJK SC" in font.details["chinese"]
    languages = check_languages(resources)
    assert languages.ok, languages.summary
    assert languages.details["available"] == ["en", "zh_CN"]
    icons = check_icons(resources)
    assert icons.ok, icons.summary


def test_a_missing_font_is_named(qtbot: QtBot, resources: Path) -> None:
    (resources / "fonts" / "StewardSans-Bold.ttf").unlink()
    result = check_font(resources)
    assert not result.ok
    assert "StewardSans-Bold.ttf is missing" in result.summary


def test_a_font_without_chinese_glyphs_fails(qtbot: QtBot, resources: Path) -> None:
    import matplotlib

    latin = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    for name in ("StewardSans-Regular.ttf", "StewardSans-Bold.ttf"):
        shutil.copyfile(latin, resources / "fonts" / name)
    result = check_font(resources)
    assert not result.ok
    assert "no Simplified Chinese glyphs" in result.summary


def test_missing_and_broken_translations_are_named(qtbot: QtBot, resources: Path) -> None:
    qm = resources / "translations" / "steward_zh_CN.qm"
    qm.write_bytes(b"not a qm file")
    assert f"Qt cannot load {qm}" in check_languages(resources).summary
    qm.unlink()
    result = check_languages(resources)
    assert not result.ok
    assert f"{qm} is missing" in result.summary
    assert result.details["available"] == ["en"]


def test_a_missing_app_icon_is_named(qtbot: QtBot, resources: Path) -> None:
    (resources / "icons" / "steward.svg").unlink()
    result = check_icons(resources)
    assert not result.ok
    assert "steward.svg is missing" in result.summary


def test_the_platform_plugin_for_this_os_is_there(qtbot: QtBot) -> None:
    result = check_qt()
    assert result.ok, result.summary
    assert "offscreen" in result.details["platform_plugins"]
    windows = check_qt(platform="win32")
    assert not windows.ok
    assert "windows" in windows.summary


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdout=out, stderr=io.StringIO())
    return code, out.getvalue()


def test_self_check_command_passes_with_everything_present(
        qtbot: QtBot, resources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.commands.self_check.resources_dir", lambda: resources)
    code, out = _run(["--data-dir", str(tmp_path / "data"), "self-check", "--json"])
    report = json.loads(out)
    assert report["problems"] == []
    assert code == 0
    assert set(report["checks"]) == {"keyring", "sqlite", "sqlcipher", "fts5-trigram",
                                     "migrations", "libraries", "qt", "font", "languages",
                                     "icons", "charts"}
    assert report["frozen"] is False


def test_self_check_flag_lists_what_is_missing_and_exits_1(
        qtbot: QtBot, resources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(resources / "fonts")
    monkeypatch.setattr("app.commands.self_check.resources_dir", lambda: resources)
    code, out = _run(["--data-dir", str(tmp_path / "data"), "--self-check"])
    assert code == 1
    assert "FAIL  font" in out
    assert "StewardSans-Regular.ttf is missing" in out
    assert "1 problem(s)" in out
