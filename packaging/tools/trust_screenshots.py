"""Screenshots of the trust screens: the first-run recovery key, the key and keyring dialogs,
Settings (security and backups), the restore dialog, the Trash with items, the Undo notice and
the erase confirmation.

Usage: python packaging/tools/trust_screenshots.py OUT_DIR LANG THEME
Runs offscreen on a throwaway data folder; the key lives in memory only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_SCREEN = Path(__file__).resolve().parents[2] / "tests" / "helpers" / "offscreen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QScrollArea, QWidget  # noqa: E402

from app.bootstrap import build_context  # noqa: E402
from app.domain.backups import RecoveryAction, RecoveryOffer  # noqa: E402
from app.domain.security import KeyringProblem, KeyStatus, StoreKind  # noqa: E402
from app.gui import GuiController, _wait, make_application  # noqa: E402
from app.paths import AppPaths, resources_dir  # noqa: E402
from app.secrets.environment import EnvironmentPrompter  # noqa: E402
from app.secrets.keys import DatabaseKey  # noqa: E402
from app.secrets.memory import MemorySecretStore  # noqa: E402
from app.secrets.recovery import format_recovery_key  # noqa: E402
from app.secrets.store import KeyringUnusable  # noqa: E402
from app.ui.dialogs import Dialogs  # noqa: E402
from app.ui.erase_dialog import EraseDialog  # noqa: E402
from app.ui.pages.settings.security import SecuritySection  # noqa: E402
from app.ui.recovery import RecoveryDialog  # noqa: E402
from app.ui.unlock.keyring_problem import KeyringProblemDialog  # noqa: E402
from app.ui.unlock.passphrase import AskPassphraseDialog  # noqa: E402
from app.ui.unlock.recovery_key_screen import RecoveryKeyScreen  # noqa: E402


def main() -> int:
    out, lang, theme = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    suffix = f"{lang}-{theme}"

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        _wait(lambda: False, 150)
        target = out / f"{name}-{suffix}.png"
        widget.grab().save(str(target))
        widget.close()
        print(target)

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp))
        store = MemorySecretStore()
        ctx = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}))
        ctx.keys.mark_recovery_key_saved()
        ctx.demo.seed(2000, seed=7)
        ctx.backups.backup_now("auto")
        ctx.trash.delete_members([3, 8, 21, 55])
        with ctx.engine.connect() as conn:
            notes = [r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM note WHERE member_id IN (30, 31) LIMIT 3")]
        ctx.trash.delete_notes(notes)
        ctx.backups.backup_now("manual")
        plan = ctx.privacy.erase_plan(12)
        backup = ctx.backups.list()[0]
        ctx.close()

        gui = GuiController(app, paths, lang, secrets=store)
        gui._theme_chosen(theme)
        assert gui.open()
        window = gui.window
        assert window is not None
        window.resize(QSize(1280, 800))
        window.show()
        names = [n for n, _ in window.pages]
        for name in ("trash", "settings"):
            index = names.index(name)
            window.show_page(index)
            _wait(window.pages[index][1].is_ready)
            _wait(lambda: gui.runner.active == 0)
            if name == "settings":
                scroll = window.settings_page.findChild(QScrollArea)
                grab_settings = [("settings-security", 0),
                                 ("settings-backups", window.backups_section.y() - 12)]
                for shot, offset in grab_settings:
                    scroll.verticalScrollBar().setValue(offset)
                    _wait(lambda: False, 150)
                    window.grab().save(str(out / f"{shot}-{suffix}.png"))
                    print(out / f"{shot}-{suffix}.png")
            else:
                _wait(lambda: False, 150)
                window.grab().save(str(out / f"{name}-{suffix}.png"))
                print(out / f"{name}-{suffix}.png")
        grab(RecoveryDialog(RecoveryOffer(
            paths.db_file, "the database is damaged (database disk image is malformed)",
            RecoveryAction.RESTORE_BACKUP, backup, unusable_backups=1), window), "restore-dialog")
        grab(EraseDialog(plan, window), "erase-dialog")
        window.close()
        gui.shutdown()

    grab(RecoveryKeyScreen(format_recovery_key(DatabaseKey.generate()),
                           "/home/ana/.local/share/Steward", Dialogs(), resources_dir()),
         "recovery-key")
    grab(KeyringProblemDialog(KeyringUnusable(KeyringProblem.LOCKED,
                                              "keyring.backends.SecretService.Keyring", ""),
                              holds_key=False), "keyring-problem")
    grab(AskPassphraseDialog(wrong=False, data_dir="/home/ana/.local/share/Steward"),
         "passphrase")
    # the keyring status as Settings shows it on a desktop with GNOME Keyring
    section = SecuritySection(KeyStatus(StoreKind.KEYRING, "keyring.backends.SecretService.Keyring",
                                        "SecretService Keyring", "", True))
    section.setFixedWidth(720)
    grab(section, "keyring-status")
    return 0


if __name__ == "__main__":
    sys.exit(main())
