"""Switching language or theme rebuilds the window in place, on the same page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.gui import GuiController
from app.paths import AppPaths


@pytest.fixture
def controller(qapp: QApplication, paths: AppPaths, template_db: Path,
               qtbot: QtBot) -> Iterator[GuiController]:
    paths.ensure()
    paths.db_file.write_bytes(template_db.read_bytes())
    gui = GuiController(qapp, paths, "en")
    assert gui.open(interactive=False)
    assert gui.window is not None
    gui.window.show()
    yield gui
    if gui.window is not None:
        gui.window.close()
    gui.translators.install("en")
    gui.shutdown()


def test_choosing_chinese_in_settings_switches_the_whole_window(controller: GuiController,
                                                                qtbot: QtBot) -> None:
    window = controller.window
    assert window is not None
    window.show_page(window.stack.indexOf(window.settings_page))
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: controller.window is not window, timeout=5000)
    rebuilt = controller.window
    assert rebuilt is not None
    assert rebuilt.current_page().title() == "设置"
    assert rebuilt.sidebar.list.item(1).text().startswith("成员")
    assert rebuilt.menuBar().actions()[0].text() == "文件(&F)"
    assert rebuilt.settings_page.language.currentData() == "zh_CN"
    assert controller.settings.value("ui/language") == "zh_CN"


def test_choosing_dark_theme_is_remembered(controller: GuiController, qtbot: QtBot) -> None:
    window = controller.window
    assert window is not None
    window.show_page(window.stack.indexOf(window.settings_page))
    combo = window.settings_page.theme
    combo.setCurrentIndex(combo.findData("dark"))
    qtbot.waitUntil(lambda: controller.window is not window, timeout=5000)
    assert controller.settings.value("ui/theme") == "dark"
    assert QApplication.palette().window().color().lightness() < 80
    controller._theme_chosen("light")
    assert QApplication.palette().window().color().lightness() > 200
