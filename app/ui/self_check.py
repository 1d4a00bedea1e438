"""The Qt half of ``steward --self-check``: fonts, translations, icons, plugins, chart canvas.

Each check loads the real file through Qt the way the window does, so a build that ships a file
Qt cannot read (or leaves out the plugin that reads it) fails here rather than in front of a user.
Needs a ``QApplication``; ``app.gui.run_self_check_qt`` makes one without opening a window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSize, QTranslator, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QIcon

from app.domain.self_check import CheckResult
from app.services.self_check import platform_key
from app.ui.fonts import register_app_fonts
from app.ui.i18n import SUPPORTED

# The platform plugin each OS opens a window with (offscreen is what CI uses).
PLATFORM_PLUGINS = {"linux": ("xcb", "offscreen"), "win32": ("windows",), "darwin": ("cocoa",)}
_HAN_SAMPLE = "社区成员管理"


def check_qt(platform: str = sys.platform) -> CheckResult:
    plugins_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(_plugin_name(p) for p in plugins_dir.glob("*") if p.is_file())
    needed = PLATFORM_PLUGINS.get(platform_key(platform), ())
    missing = [name for name in needed if name not in found]
    details = {"version": qVersion(), "platform": QGuiApplication.platformName(),
               "platform_plugins": found}
    if missing:
        return CheckResult("qt", False, f"platform plugins missing from {plugins_dir}: "
                           f"{', '.join(missing)}", details)
    return CheckResult("qt", True, f"Qt {qVersion()}, platform {QGuiApplication.platformName()}, "
                       f"plugins {', '.join(found)}", details)


def _plugin_name(path: Path) -> str:
    """libqxcb.so / qwindows.dll / libqcocoa.dylib → xcb / windows / cocoa."""
    stem = path.name.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def check_font(resources: Path) -> CheckResult:
    """The bundled CJK font registers with Qt and really has Chinese glyphs."""
    try:
        families = register_app_fonts(resources)
    except RuntimeError as exc:
        return CheckResult("font", False, str(exc))
    han = [f for f in families
           if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)
           and all(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for ch in _HAN_SAMPLE)]
    details = {"families": families, "chinese": han}
    if not han:
        return CheckResult("font", False, f"the bundled fonts ({', '.join(families) or 'none'}) "
                           "have no Simplified Chinese glyphs", details)
    return CheckResult("font", True, f"{', '.join(han)} loaded, Chinese glyphs present", details)


def check_languages(resources: Path) -> CheckResult:
    """Every supported language has Steward's translation and Qt's own, both loadable."""
    translations = resources / "translations"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    available = ["en"]
    problems: list[str] = []
    for language in (lang for lang in SUPPORTED if lang != "en"):
        own = QTranslator()
        qm = translations / f"steward_{language}.qm"
        if not qm.is_file():
            problems.append(f"{qm} is missing")
        elif not own.load(str(qm)):
            problems.append(f"Qt cannot load {qm}")
        elif own.isEmpty():
            problems.append(f"{qm} holds no translations")
        qt = QTranslator()
        if not (qt.load(f"qtbase_{language}", qt_dir)
                or qt.load(f"qtbase_{language}", str(translations))):
            problems.append(f"Qt's own qtbase_{language}.qm is in neither {qt_dir} nor "
                            f"{translations}")
        if not problems:
            available.append(language)
    details = {"available": available, "supported": list(SUPPORTED), "folder": str(translations)}
    if problems:
        return CheckResult("languages", False, "; ".join(problems), details)
    return CheckResult("languages", True, ", ".join(available), details)


def check_icons(resources: Path) -> CheckResult:
    """The app icon (SVG, through Qt's SVG icon engine) and the qtawesome icon font render."""
    svg = resources / "icons" / "steward.svg"
    problems: list[str] = []
    if not svg.is_file():
        problems.append(f"{svg} is missing")
    elif QIcon(str(svg)).pixmap(QSize(64, 64)).isNull():
        problems.append(f"Qt cannot draw {svg} (SVG icon engine plugin missing?)")
    try:
        from app.ui.icons import NAMES, icon

        drawn = [name for name in NAMES if not icon(name).pixmap(QSize(16, 16)).isNull()]
        if len(drawn) != len(NAMES):
            problems.append(f"qtawesome drew {len(drawn)} of {len(NAMES)} icons")
    except Exception as exc:
        problems.append(f"qtawesome: {type(exc).__name__}: {exc}")
    if problems:
        return CheckResult("icons", False, "; ".join(problems))
    return CheckResult("icons", True, "app icon and icon font render")


def check_chart_canvas() -> CheckResult:
    """matplotlib's QtAgg backend draws into a Qt widget (the Insights page's canvas)."""
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(2, 1))
        figure.add_subplot().bar(["a", "b"], [1, 2])
        canvas = FigureCanvasQTAgg(figure)
        canvas.resize(200, 100)
        canvas.draw()
        drawn = not canvas.grab().isNull()
        canvas.deleteLater()
    except Exception as exc:
        return CheckResult("charts", False, f"matplotlib QtAgg: {type(exc).__name__}: {exc}")
    if not drawn:
        return CheckResult("charts", False, "matplotlib QtAgg drew nothing")
    return CheckResult("charts", True, "matplotlib QtAgg canvas draws")


def qt_checks(resources: Path) -> list[CheckResult]:
    return [check_qt(), check_font(resources), check_languages(resources),
            check_icons(resources), check_chart_canvas()]
