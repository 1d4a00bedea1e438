"""Errors raised by the Qt-free core reach the window in the language it speaks."""

from __future__ import annotations

import pickle
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import NewerSchemaError
from app.importers.errors import ImportValidationError
from app.messages import Message, msg
from app.ui.messages import error_text, localized


def test_a_message_is_english_text_for_the_cli_and_the_log() -> None:
    text = msg("{what} #{ident} no longer exists", what="Member", ident=7)
    assert text == "Member #7 no longer exists"
    assert isinstance(text, str)
    copy = pickle.loads(pickle.dumps(text))
    assert isinstance(copy, Message) and copy.template == text.template and copy == text


def test_a_core_error_is_shown_in_chinese_with_its_values(chinese: None) -> None:
    error = NewerSchemaError(Path("/data/steward.db"), "0099")
    shown = error_text(error)
    assert "0099" in shown and "/data/steward.db" in shown
    assert "newer version" not in shown and "Steward" in shown
    assert any("\u4e00" <= ch <= "\u9fff" for ch in shown)
    assert str(error).startswith("/data/steward.db: this database was written by a newer")


def test_nested_values_are_translated_and_plain_values_kept(chinese: None) -> None:
    error = ImportValidationError("名单.vcf", 12, "PHOTO", msg("the file is empty"),
                                  msg("Export the contacts again as vCard"))
    assert str(error) == ("名单.vcf, line 12, field 'PHOTO': the file is empty. Export the "
                          "contacts again as vCard")
    shown = error_text(error)
    assert shown == "名单.vcf，第 12 行，字段 'PHOTO'：文件为空。请将联系人重新导出为 vCard"


def test_plain_text_and_english_pass_through(qapp: QCoreApplication) -> None:
    assert error_text(ValueError("plain words")) == "plain words"
    assert localized(msg("the database is damaged ({detail})", detail="x")) == (
        "the database is damaged (x)")
