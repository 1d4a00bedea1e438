"""vCard 2.1/3.0/4.0: real fixtures from other projects, folding, encodings, and broken cards."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from app.domain.member_io import ImportFormat, MemberDraft
from app.domain.members import HandleData, Platform
from app.importers.errors import ImportValidationError
from app.importers.plan import open_import
from tests.helpers.shared_files import shared_file


def _cards(path: Path) -> list[MemberDraft]:
    drafts = list(open_import(path, ImportFormat.VCARD).drafts())
    assert all(isinstance(d, MemberDraft) for d in drafts)
    return drafts  # type: ignore[return-value]


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "c.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_vcard40_full_fixture() -> None:
    [card] = _cards(shared_file("fixtures/vcard/vcard40_full.vcf"))
    assert card.display_name == "Dr. John Q. Public, III"
    assert card.aliases == "John Q. Public\nJohnny\nJQP"  # one per line, as profiles keep them
    assert card.handles == (
        HandleData(Platform.PHONE, "+1-555-555-5555"),
        HandleData(Platform.PHONE, "+1-555-123-4567"),
        HandleData(Platform.EMAIL, "john.public@example.com"),
        HandleData(Platform.EMAIL, "johnny@personal.example.org"),
        HandleData(Platform.OTHER, "xmpp:john@jabber.example.com"),
        HandleData(Platform.OTHER, "sip:john@voip.example.com"),
    )
    assert card.tags == ("BUSINESS", "NETWORKING")
    assert card.location == "Any Town, CA, U.S.A."
    assert card.time_zone == "America/New_York"
    assert [n.body for n in card.notes] == ["This is a note about John.\nHe likes vCards."]
    assert dict(card.extras) == {"Birthday": "1985-04-15", "Anniversary": "2010-06-12",
                                 "Title": "CEO", "Organisation": "Example Corp.; North Division; "
                                 "Marketing", "Website": "http://www.example.com/~jqpublic"}
    assert card.line == 1


def test_vcard40_multilang_fixture() -> None:
    [card] = _cards(shared_file("fixtures/vcard/vcard40_multilang.vcf"))
    assert card.display_name == "Yamada Taro"
    assert card.aliases == "山田太郎"


def test_vcard30_folding_charset_and_several_cards(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "BEGIN:VCARD\nVERSION:3.0\nN:张;伟;;;\nNICKNAME:小张\nTEL;TYPE=CELL:+86 138 0013 8000\n"
        "NOTE:第一行\\n第二行，很长很长很长很长很长很长很长很长很长很长很长很长很长很长\n"
        " 接着写\n"
        "CATEGORIES:VIP,新人\nIMPP:wechat:zhangwei88\n"
        "X-SOCIALPROFILE;TYPE=telegram:https://t.me/zhangwei\n"
        "X-SOCIALPROFILE;type=twitter;x-user=zw:https://twitter.com/zw\n"
        "TZ:+08:00\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Second\\, Person\nEMAIL;TYPE=INTERNET:S@Example.org\n"
        "END:VCARD\n"))
    first, second = _cards(path)
    assert first.display_name == "张伟" and first.aliases == "小张"
    assert first.notes[0].body == "第一行\n第二行，" + "很长" * 14 + "接着写"
    assert first.tags == ("VIP", "新人")
    assert HandleData(Platform.WECHAT, "zhangwei88") in first.handles
    assert HandleData(Platform.TELEGRAM, "zhangwei") in first.handles
    assert HandleData(Platform.OTHER, "https://twitter.com/zw") in first.handles
    assert first.time_zone == "Etc/GMT-8"
    assert (second.display_name, second.line) == ("Second, Person", 14)


def test_vcard21_quoted_printable_with_soft_breaks_and_gb_charset(tmp_path: Path) -> None:
    name = "王小明".encode("gb18030")
    qp = "".join(f"={b:02X}" for b in name)
    note = "".join(f"={b:02X}" for b in "备注内容很长".encode())
    path = _write(tmp_path, (
        "BEGIN:VCARD\nVERSION:2.1\n"
        f"FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{qp}\n"
        f"NOTE;CHARSET=UTF-8;QUOTED-PRINTABLE:{note[:18]}=\n{note[18:]}\n"
        "TEL;CELL;VOICE:13800138000\nEND:VCARD\n"))
    [card] = _cards(path)
    assert card.display_name == "王小明"
    assert card.notes[0].body == "备注内容很长"
    assert card.handles == (HandleData(Platform.PHONE, "13800138000"),)


def test_base64_text_values_decode_and_photos_are_dropped(tmp_path: Path) -> None:
    note = base64.b64encode("Base64 备注".encode()).decode()
    photo = base64.b64encode(b"\x89PNG" * 30).decode()
    path = _write(tmp_path, (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n"
        f"NOTE;ENCODING=b:{note}\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{photo[:40]}\n {photo[40:]}\nEND:VCARD\n"))
    [card] = _cards(path)
    assert card.notes[0].body == "Base64 备注"


def _refused(path: Path) -> ImportValidationError:
    with pytest.raises(ImportValidationError) as err:
        list(open_import(path).drafts())
    assert path.name in str(err.value)
    return err.value


def test_broken_base64_names_line_and_property(tmp_path: Path) -> None:
    path = _write(tmp_path, "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nPHOTO;ENCODING=b:iVBO%%%!!\n"
                            "END:VCARD\n")
    err = _refused(path)
    assert (err.line, err.field) == (4, "PHOTO") and "base64" in str(err)


def test_broken_folding_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nNOTE:a long note that was\n"
                            "wrapped without the leading space\nEND:VCARD\n")
    err = _refused(path)
    assert err.line == 5 and "folded" in str(err)


def test_a_card_cut_short_names_where_it_began(tmp_path: Path) -> None:
    path = _write(tmp_path, "BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n")
    err = _refused(path)
    assert (err.line, err.field) == (4, "END")


def test_unknown_charset_and_not_a_vcard(tmp_path: Path) -> None:
    err = _refused(_write(tmp_path, "BEGIN:VCARD\nFN;CHARSET=KLINGON:x\nEND:VCARD\n"))
    assert (err.line, err.field) == (2, "FN")
    err = _refused(_write(tmp_path, "Name,Phone\nAnn,1\n", name="n.vcf"))
    assert err.field == "BEGIN"


def test_a_card_without_any_name_falls_back_to_a_handle(tmp_path: Path) -> None:
    [card] = _cards(_write(tmp_path, "BEGIN:VCARD\nVERSION:4.0\nTEL:+49 30 1234\nEND:VCARD\n"))
    assert card.display_name == "+49 30 1234"
