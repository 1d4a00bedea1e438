"""The import wizard, driven like a user: file, columns, import (all or nothing), summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from app.bootstrap import AppContext
from app.domain.custom_fields import FieldKind
from app.domain.members import MemberQuery
from app.importers.mapping import IGNORE, Field, Platform, field, handle
from app.paths import resources_dir
from app.ui.formatting import format_count
from app.ui.models.import_tables import TARGET_ROLE, ColumnMappingModel
from app.ui.pages.members.deps import MembersUiDeps
from app.ui.pages.members.import_wizard import ImportWizard
from app.ui.pages.members.importing.pages import ErrorBox
from app.ui.tasks import TaskRunner
from tests.helpers.clicks import click
from tests.helpers.dialogs import RecordingDialogs
from tests.helpers.records import dump
from tests.helpers.shared_files import shared_file

CHINESE_CSV = (
    "姓名,微信号,标签,备注,入群时间,兴趣\r\n"
    "王小明,wxid_wang,VIP、新人,第一次见面聊了摄影,2024-03-05,摄影\r\n"
    "李雷,wxid_li,,,31/12/2024,\r\n"
    "韩梅梅,wxid_han,新人,,2024-04-01,跑步\r\n"
)


def _wizard(deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
            qtbot: QtBot) -> ImportWizard:
    wizard = ImportWizard(deps, runner, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(wizard: ImportWizard, qtbot: QtBot) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    click(qtbot, button)


def _choose(wizard: ImportWizard, dialogs: RecordingDialogs, qtbot: QtBot, path: Path) -> None:
    dialogs.open_path = str(path)
    click(qtbot, wizard.file_page.browse)
    assert wizard.file_page.path.text() == str(path)
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)


def _refused(wizard: ImportWizard, qtbot: QtBot, path: Path) -> ErrorBox:
    """Offer a CSV under an .xlsx name: the file page refuses it and explains."""
    path.write_text("Name,WeChat\nAda,ada\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    _next(wizard, qtbot)
    box = wizard.file_page.error
    qtbot.waitUntil(box.isVisible, timeout=5000)
    return box


def _targets(model: ColumnMappingModel) -> dict[str, object]:
    return {model.index(r, 0).data(): model.index(r, 1).data(TARGET_ROLE)
            for r in range(model.rowCount())}


def test_a_gb18030_csv_with_chinese_headers_end_to_end(
        ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot, tmp_path: Path, qtmodeltester: object) -> None:
    path = tmp_path / "群成员.csv"
    path.write_bytes(CHINESE_CSV.encode("gb18030"))
    wizard = _wizard(deps, runner, dialogs, qtbot)
    assert wizard.file_page.format.itemText(0) == "Detect from the file name"
    _choose(wizard, dialogs, qtbot, path)
    assert wizard.file_page.format.itemText(0) == "Detect from the file name (CSV)"

    page = wizard.mapping_page
    assert _targets(page.mapping_model) == {
        "姓名": field(Field.NAME), "微信号": handle(Platform.WECHAT), "标签": field(Field.TAGS),
        "备注": field(Field.NOTE), "入群时间": field(Field.JOINED),
        "兴趣": field(Field.INTERESTS)}
    assert page.summary.text() == "6 of 6 columns will be imported."
    combo = page.mapping.indexWidget(page.mapping_model.index(0, 1))
    assert isinstance(combo, QComboBox) and combo.currentText() == "Name"
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 3, timeout=5000)
    assert page.preview_model.index(0, 1).data() == "王小明"
    assert page.preview_model.index(0, 2).data() == "WeChat wxid_wang"
    assert page.preview_model.index(0, 5).data() == "Ready"
    assert page.preview_model.index(1, 1).data().startswith("Will be skipped: 入群时间: '31/12")
    assert page.preview.columnSpan(1, 1) == 5  # the reason has the whole row
    assert page.mapping_model.index(0, 2).data() == "王小明 · 李雷 · 韩梅梅"
    qtmodeltester.check(page.mapping_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.preview_model)  # type: ignore[attr-defined]
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Import"

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=5000)
    summary = imported.args[0]
    assert (summary.added, summary.updated, len(summary.skipped)) == (2, 0, 1)
    done = wizard.summary_page
    assert {k: v.text() for k, v in done.counts.items()} == {
        "added": "2", "updated": "0", "unchanged": "0", "notes": "1", "tags": "2",
        "skipped": "1"}
    assert done.skipped_title.text().startswith("1 row was skipped")
    assert done.skipped_model.rowCount() == 1
    assert done.skipped_model.index(0, 0).data() == "3"
    assert done.skipped_model.index(0, 1).data() == "入群时间"
    assert "31/12/2024" in done.skipped_model.index(0, 2).data()
    qtmodeltester.check(done.skipped_model)  # type: ignore[attr-defined]
    click(qtbot, done.copy_button)
    assert QGuiApplication.clipboard().text().startswith("群成员.csv, line 3, 入群时间: ")
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()

    names = {r.display_name for r in ctx.members.page(MemberQuery()).rows}
    assert names == {"王小明", "韩梅梅"}
    wang = ctx.profiles.get(ctx.profiles.find_by_handle(Platform.WECHAT, "wxid_wang") or 0)
    assert [t.name for t in wang.tags] == ["VIP", "新人"]
    assert wang.notes[0].preview == "第一次见面聊了摄影"


def test_a_column_can_be_sent_to_another_field(
        ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Name,Handle in the group,Comment\nAda,ada_wx,likes tea\n", encoding="utf-8")
    wizard = _wizard(deps, runner, dialogs, qtbot)
    _choose(wizard, dialogs, qtbot, path)
    page = wizard.mapping_page
    assert _targets(page.mapping_model)["Handle in the group"] == IGNORE
    assert page.mapping_model.index(1, 1).data() == "Don't import"
    name_combo = page.mapping.indexWidget(page.mapping_model.index(0, 1))
    assert isinstance(name_combo, QComboBox)
    name_combo.setFocus()
    qtbot.keyClick(name_combo, Qt.Key.Key_Home)  # "Don't import": nothing names a new member
    assert page.mapping_model.index(0, 1).data() == "Don't import"
    assert page.problem.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(name_combo, Qt.Key.Key_Down)
    assert page.mapping_model.index(0, 1).data() == "Name"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    combo = page.mapping.indexWidget(page.mapping_model.index(1, 1))
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClicks(combo, "WeChat")
    assert page.mapping_model.index(1, 1).data() == "WeChat handle"
    qtbot.waitUntil(lambda: page.preview_model.index(0, 2).data() == "WeChat ada_wx",
                    timeout=5000)
    assert page.summary.text() == "3 of 3 columns will be imported."  # Comment: a note

    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert ctx.profiles.find_by_handle(Platform.WECHAT, "ada_wx") is not None


def test_columns_go_to_the_operators_own_fields(
        ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot, tmp_path: Path) -> None:
    ctx.fields.add_field("Points", FieldKind.NUMBER)
    ctx.fields.add_field("Club", FieldKind.TEXT)
    path = tmp_path / "members.csv"
    path.write_text("Name,Points,Team\nAda,12,red\nBo,lots,blue\n", encoding="utf-8")
    wizard = _wizard(deps, runner, dialogs, qtbot)
    _choose(wizard, dialogs, qtbot, path)
    page = wizard.mapping_page
    assert page.mapping_model.index(1, 1).data() == "Points (your field)"  # named like it
    assert page.mapping_model.index(2, 1).data() == "Don't import"
    combo = page.mapping.indexWidget(page.mapping_model.index(2, 1))
    assert isinstance(combo, QComboBox)
    assert "Club (your field)" in [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    qtbot.keyClicks(combo, "Club")
    assert page.mapping_model.index(2, 1).data() == "Club (your field)"
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: "lots" in (page.preview_model.index(1, 1).data() or ""),
                    timeout=5000)  # the preview checks the value as the import will
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert wizard.summary_page.counts["added"].text() == "1"
    ada = ctx.members.page(MemberQuery(text="Ada")).rows[0].id
    values = {v.name: v.value for v in ctx.profiles.get(ada).custom_values}
    assert values == {"Points": "12", "Club": "red"}


def test_a_vcard_from_another_program(ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner,
                                      dialogs: RecordingDialogs, qtbot: QtBot) -> None:
    path = shared_file("fixtures/vcard/vcard40_full.vcf")
    wizard = _wizard(deps, runner, dialogs, qtbot)
    _choose(wizard, dialogs, qtbot, path)
    page = wizard.mapping_page
    assert not page.mapping.isVisible()
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 1, timeout=5000)
    assert page.preview_model.index(0, 1).data() == "Dr. John Q. Public, III"
    assert page.preview_model.index(0, 3).data() == "BUSINESS, NETWORKING"
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert wizard.summary_page.counts["added"].text() == "1"
    assert not wizard.summary_page.skipped.isVisible()
    member = ctx.profiles.find_by_handle(Platform.EMAIL, "john.public@example.com")
    assert member is not None
    profile = ctx.profiles.get(member)
    assert profile.display_name == "Dr. John Q. Public, III"
    assert profile.time_zone == "America/New_York"


def test_a_file_that_is_not_what_it_says_is_explained(
        deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs, qtbot: QtBot,
        tmp_path: Path) -> None:
    wizard = _wizard(deps, runner, dialogs, qtbot)
    box = _refused(wizard, qtbot, tmp_path / "members.xlsx")
    assert box.title.text() == "Steward cannot import this file"
    assert "members.xlsx" in box.text.text()
    assert box.hint.text() == ("If the file's name does not say what it holds, choose its "
                               "format above and try again.")
    assert wizard.currentPage() is wizard.file_page

    # the user says what it really is
    wizard.file_page.format.setCurrentIndex(wizard.file_page.format.findText(
        "CSV (UTF-8, UTF-8 with BOM or GB18030)"))
    assert not box.isVisible()
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page or box.isVisible(),
                    timeout=5000)
    assert wizard.currentPage() is wizard.mapping_page, box.text.text()


def test_cancel_in_the_middle_leaves_the_members_as_they_were(
        ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot, tmp_path: Path) -> None:
    ctx.demo.seed(20, seed=5)
    before = dump(ctx.engine)
    path = tmp_path / "big.csv"
    path.write_text("Name,WeChat,Tags\n" + "".join(
        f"Member {i},wx_{i},batch\n" for i in range(20_000)), encoding="utf-8")
    wizard = _wizard(deps, runner, dialogs, qtbot)
    _choose(wizard, dialogs, qtbot, path)
    run = wizard.run_page
    _next(wizard, qtbot)
    assert wizard.currentPage() is run
    assert run.task is not None
    qtbot.waitUntil(lambda: not wizard.button(QWizard.WizardButton.BackButton).isEnabled(),
                    timeout=1000)
    with qtbot.waitSignal(run.task.progressed, timeout=10_000):
        pass
    click(qtbot, run.cancel_button)
    qtbot.waitUntil(lambda: not run.running(), timeout=10_000)
    assert run.label.text() == "The import was cancelled. Nothing was saved."
    assert wizard.currentPage() is run
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert dump(ctx.engine) == before

    click(qtbot, run.retry_button)  # the user changes their mind: all of it, this time
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=60_000)
    assert wizard.summary_page.counts["added"].text() == format_count(20_000)


def test_closing_the_wizard_during_an_import_rolls_it_back(
        ctx: AppContext, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot, tmp_path: Path) -> None:
    before = dump(ctx.engine)
    path = tmp_path / "big.csv"
    path.write_text("Name,WeChat\n" + "".join(f"M{i},wx_{i}\n" for i in range(20_000)),
                    encoding="utf-8")
    wizard = _wizard(deps, runner, dialogs, qtbot)
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    _choose(wizard, dialogs, qtbot, path)
    _next(wizard, qtbot)
    task = wizard.run_page.task
    assert task is not None
    with qtbot.waitSignal(task.progressed, timeout=10_000):
        pass
    with qtbot.waitSignal(wizard.rejected, timeout=10_000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert wizard.isVisible()  # still there until the import has stopped
    assert imported == []
    assert dump(ctx.engine) == before


def test_the_csv_template_can_be_downloaded(deps: MembersUiDeps, runner: TaskRunner,
                                            dialogs: RecordingDialogs, qtbot: QtBot,
                                            tmp_path: Path) -> None:
    target = tmp_path / "模板.csv"
    dialogs.save_path = str(target)
    wizard = _wizard(deps, runner, dialogs, qtbot)
    click(qtbot, wizard.file_page.template_button)
    assert dialogs.shown[-1] == ("save_file", "Save the members template",
                                 "members_template.csv")
    qtbot.waitUntil(wizard.file_page.template_result.isVisible, timeout=5000)
    assert str(target) in wizard.file_page.template_result.text()
    assert target.read_bytes() == (resources_dir() / "templates" /
                                   "members_template.csv").read_bytes()


def test_in_chinese_a_refused_file_is_explained_in_chinese(
        chinese: None, deps: MembersUiDeps, runner: TaskRunner, dialogs: RecordingDialogs,
        qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(deps, runner, dialogs, qtbot)
    box = _refused(wizard, qtbot, tmp_path / "成员名单.xlsx")
    assert box.text.text().startswith(
        "成员名单.xlsx，第 1 行，字段 'format'：这不是 XLSX 工作簿（XLSX 文件是 zip 压缩包）。")
