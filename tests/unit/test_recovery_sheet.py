from __future__ import annotations

from pathlib import Path

from app.exporters.recovery_sheet import RecoverySheetText, recovery_sheet_pdf
from app.paths import resources_dir
from app.secrets.keys import DatabaseKey
from app.secrets.recovery import format_recovery_key, recovery_groups
from tests.helpers.pdf import pdf_text


def test_the_sheet_carries_the_key_in_groups_and_chinese_text(tmp_path: Path) -> None:
    recovery = format_recovery_key(DatabaseKey.generate())
    text = RecoverySheetText(title="Steward 恢复密钥", intro="请妥善保管 keep it safe",
                             key_label="恢复密钥", folder_label="数据文件夹",
                             created_label="创建于", advice=("打印出来", "不要放在电脑上"))
    pdf = recovery_sheet_pdf(text, recovery_groups(recovery), "/home/用户/Steward",
                             "2026年11月21日 10:00\u202fAM", resources_dir())
    target = tmp_path / "sheet.pdf"
    target.write_bytes(pdf)
    read = pdf_text(target)
    assert "Steward 恢复密钥" in read and "不要放在电脑上" in read and "/home/用户/Steward" in read
    for group in recovery.split("-"):
        assert group in read
    assert recovery.encode() not in pdf  # page content is compressed, not a plain string
