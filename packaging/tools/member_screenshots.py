"""Screenshots of the profile view, note editor, import wizard pages and export dialog.

Usage: python packaging/tools/member_screenshots.py OUT_DIR [LANGS] [THEMES]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SCREEN = ROOT / "tests" / "helpers" / "offscreen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

from app.bootstrap import build_context  # noqa: E402
from app.gui import make_application  # noqa: E402
from app.paths import AppPaths, resources_dir  # noqa: E402
from app.secrets.environment import EnvironmentPrompter  # noqa: E402
from app.secrets.memory import MemorySecretStore  # noqa: E402
from app.ui.dialogs import Dialogs  # noqa: E402
from app.ui.i18n import Translators  # noqa: E402
from app.ui.pages.members.deps import MembersUiDeps  # noqa: E402
from app.ui.pages.members.export_dialog import ExportDialog  # noqa: E402
from app.ui.pages.members.import_wizard import ImportWizard  # noqa: E402
from app.ui.pages.members.profile_view import ProfileView  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from app.ui.theme import ThemeChoice, apply_theme  # noqa: E402

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/members-ui-profile-shots")
LANGS = (sys.argv[2] if len(sys.argv) > 2 else "en,zh_CN").split(",")
THEMES = (sys.argv[3] if len(sys.argv) > 3 else "light").split(",")


class FakeDialogs(Dialogs):
    def __init__(self, open_path: str, save_path: str) -> None:
        self.open_path = open_path
        self.save_path = save_path

    def open_file(self, parent, title, name_filter):  # type: ignore[no-untyped-def]
        return self.open_path

    def save_file(self, parent, title, suggested, name_filter):  # type: ignore[no-untyped-def]
        return self.save_path

    def show_folder(self, path: str) -> None:
        pass


def wait(condition, timeout_ms: int = 20_000) -> bool:  # type: ignore[no-untyped-def]
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if condition() or deadline.hasExpired() else None)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


def settle(ms: int = 250) -> None:
    wait(lambda: False, ms)


def main() -> None:
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "data")
        store = MemorySecretStore()
        ctx = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}))
        ctx.keys.mark_recovery_key_saved()
        ctx.demo.seed(400, seed=7)
        member = pick_member(ctx)
        ctx.fields.add_field("First event 首次活动", "date")  # type: ignore[arg-type]
        notes = ctx.notes.timeline(member)
        if notes:
            ctx.notes.set_pinned(notes[-1].id, True)
            ctx.notes.edit(notes[0].id, notes[0].preview + "\n\n- **Follow-up**: send the "
                           "workshop slides · 发送工作坊讲义")
        ctx.notes.add(member, "## 活动反馈 Event feedback\n\n- 很喜欢上周的 **Python 工作坊**\n"
                      "- Wants a follow-up on *data visualisation*\n- 推荐了两位新朋友入群")
        csv = Path(tmp) / "群成员名单.csv"
        csv.write_bytes((
            "姓名,微信号,标签,备注,入群时间,兴趣,城市\r\n"
            "王小明,wxid_wang01,VIP、新人,第一次见面聊了摄影,2024-03-05,摄影,杭州\r\n"
            "李雷,wxid_lilei,,,31/12/2024,,北京\r\n"
            "韩梅梅,wxid_hmm,新人,推荐人：王小明,2024-04-01,跑步,上海\r\n"
            "Zoë Martin,zoe_m,designer,Met at the Berlin meetup,2024-05-20,UX research,Berlin\r\n"
        ).encode("gb18030"))
        big = Path(tmp) / "big.csv"
        big.write_text("Name,WeChat\n" + "".join(f"M{i},wxb_{i}\n" for i in range(60_000)),
                       encoding="utf-8")
        deps = MembersUiDeps.from_context(ctx)
        runner = TaskRunner(app)
        for lang in LANGS:
            translators = Translators(Path(os.environ.get("MUP_QM", resources_dir() / "translations")), app)
            translators.install(lang)
            for theme in THEMES:
                apply_theme(app, ThemeChoice(theme))
                suffix = f"{lang}-{theme}"
                shoot_profile(deps, runner, member, suffix)
                shoot_wizard(deps, runner, csv, big, suffix, Path(tmp))
                shoot_export(deps, runner, member, suffix, Path(tmp))
        runner.wait_for_done()
        ctx.close()
    QCoreApplication.processEvents()


def pick_member(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT m.id FROM member m WHERE EXISTS (SELECT 1 FROM handle h WHERE "
            "h.member_id = m.id AND h.platform = 'telegram')"
            " AND (SELECT count(*) FROM member_tag t WHERE t.member_id = m.id) >= 2"
            " AND EXISTS (SELECT 1 FROM custom_value v WHERE v.member_id = m.id)"
            " AND (SELECT count(*) FROM note n WHERE n.member_id = m.id) >= 5 "
            "AND m.display_name GLOB '*[^ -~]*' ORDER BY m.id LIMIT 1").first()
    return int(row[0])


def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    settle()
    target = OUT / f"{name}.png"
    widget.grab().save(str(target))
    print(target)


def shoot_profile(deps, runner, member: int, suffix: str) -> None:  # type: ignore[no-untyped-def]
    view = ProfileView(deps, runner, Dialogs())
    view.resize(980, 800)
    view.show()
    view.show_member(member)
    wait(lambda: view.stack.currentWidget() is view.content and view.content.isEnabled())
    grab(view, f"profile-notes-{suffix}")
    view.tabs.setCurrentWidget(view.form)
    grab(view, f"profile-details-{suffix}")
    view.form.verticalScrollBar().setValue(view.form.verticalScrollBar().maximum())
    grab(view, f"profile-details-end-{suffix}")
    view.tabs.setCurrentWidget(view.history)
    grab(view, f"profile-history-{suffix}")
    view.tabs.setCurrentWidget(view.notes)
    view.notes.new_note(view.notes._templates[0].body if view.notes._templates else "")
    view.notes.editor.editor.insertPlainText("\n聊了 **Python** 工作坊 · talked about the *workshop*")
    grab(view, f"note-editor-{suffix}")
    view.notes.editor.show_preview(True)
    grab(view, f"note-preview-{suffix}")
    view.notes.editor.set_text("")
    view.notes.cancel_edit()
    view.notes.list.setCurrentIndex(view.notes.model.index(0))
    view.notes.open_current()
    wait(view.notes.reader.is_loaded)
    grab(view, f"note-reader-{suffix}")
    view.close()
    wait(lambda: runner.active == 0)
    view.deleteLater()


def shoot_wizard(deps, runner, csv: Path, big: Path, suffix: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs = FakeDialogs(str(csv), str(tmp / "template.csv"))
    wizard = ImportWizard(deps, runner, dialogs)
    wizard.show()
    wizard.file_page.browse.click()
    grab(wizard, f"import-1-file-{suffix}")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(lambda: wizard.currentPage() is wizard.mapping_page
         and wizard.mapping_page.preview_model.rowCount() > 0)
    grab(wizard, f"import-2-columns-{suffix}")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(lambda: wizard.currentPage() is wizard.summary_page)
    grab(wizard, f"import-4-summary-{suffix}")
    wizard.close()
    wizard.deleteLater()

    # the run page, caught while a large file imports, then cancelled
    dialogs = FakeDialogs(str(big), "")
    wizard = ImportWizard(deps, runner, dialogs)
    wizard.show()
    wizard.file_page.browse.click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(lambda: wizard.currentPage() is wizard.mapping_page)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(lambda: wizard.run_page.bar.value() > 0)
    grab(wizard, f"import-3-run-{suffix}")
    wizard.run_page.cancel()
    wait(lambda: not wizard.run_page.running())
    grab(wizard, f"import-3-cancelled-{suffix}")
    wizard.close()
    wizard.deleteLater()

    # a file that is not what its name says
    bad = tmp / "members.xlsx"
    bad.write_text("Name,WeChat\n", encoding="utf-8")
    wizard = ImportWizard(deps, runner, FakeDialogs(str(bad), ""))
    wizard.show()
    wizard.file_page.browse.click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait(wizard.file_page.error.isVisible)
    grab(wizard, f"import-1-error-{suffix}")
    wizard.close()
    wizard.deleteLater()


def shoot_export(deps, runner, member: int, suffix: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp / f"export-{suffix}.csv"
    dialog = ExportDialog(deps, runner, FakeDialogs("", str(target)), [member, 1, 2],
                          "VIP")
    dialog.show()
    wait(lambda: dialog.everyone.text().count("(") > 0)
    grab(dialog, f"export-{suffix}")
    dialog.selected.setChecked(True)
    dialog.format.setCurrentIndex(2)
    dialog.export()
    wait(dialog.open_folder.isVisible)
    grab(dialog, f"export-done-{suffix}")
    dialog.close()
    dialog.deleteLater()


if __name__ == "__main__":
    main()
