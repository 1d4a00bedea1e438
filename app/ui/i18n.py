"""Languages: Steward's own translations plus Qt's, chosen from settings or the system."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("en", "zh_CN")


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def pick_language(requested: str | None, saved: str | None) -> str:
    for candidate in (requested, saved):
        if candidate in SUPPORTED:
            return candidate
    return system_language()


class Translators(QObject):
    """Holds the installed translators so the language can be switched at run time."""

    def __init__(self, translations_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir = translations_dir
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
        if language == "en":
            return
        own = QTranslator(self)
        if own.load(str(self._dir / f"steward_{language}.qm")):
            app.installTranslator(own)
            self._installed.append(own)
        else:
            log.warning("Missing translation file steward_%s.qm", language)
        qt = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir) or qt.load(
            f"qtbase_{language}", str(self._dir)
        ):
            app.installTranslator(qt)
            self._installed.append(qt)
        else:
            log.warning("Qt's own translation qtbase_%s was not found", language)
