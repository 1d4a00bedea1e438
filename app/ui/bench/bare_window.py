"""The floor for cold start and memory: the least a PySide6 window costs on this machine.

``python -m app.ui.bench.bare_window`` shows an empty 1280×800 main window, reports once the event
loop is idle (the same point at which Steward's ``--bench-startup`` reports), and quits.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMainWindow

from app.bench.memory import peak_rss_mb
from app.bench.protocol import report


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        report({"qt": qVersion(), "pyside6": pyside_version, "peak_rss_mb": peak_rss_mb()})
        window.close()
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
