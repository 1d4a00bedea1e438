from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

import pytest

from app.secrets.key_settings import KdfParams, PassphraseRecord
from app.secrets.passphrase import PassphraseStore, passphrase_too_short
from app.secrets.store import WrongPassphrase
from tests.helpers.prompter import FAST_KDF


def _saved() -> tuple[list[PassphraseRecord], object]:
    records: list[PassphraseRecord] = []
    return records, records.append


def test_values_survive_a_reopen_with_the_same_passphrase() -> None:
    records, persist = _saved()
    store = PassphraseStore.create("长城 correct horse", FAST_KDF, {"a": "1"}, persist)
    store.set("b", "2")
    assert records and records[-1] == store.record
    again = PassphraseStore.unlock("长城 correct horse", records[-1], persist)
    assert again.get("a") == "1" and again.get("b") == "2"


def test_a_wrong_passphrase_is_refused() -> None:
    store = PassphraseStore.create("right passphrase", FAST_KDF, {"a": "1"}, lambda r: None)
    with pytest.raises(WrongPassphrase):
        PassphraseStore.unlock("wrong passphrase", store.record, lambda r: None)
    assert not store.matches("wrong passphrase") and store.matches("right passphrase")


def test_the_same_text_typed_through_another_input_method_unlocks() -> None:
    composed = unicodedata.normalize("NFC", "café passphrase")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    store = PassphraseStore.create(composed, FAST_KDF, {"a": "1"}, lambda r: None)
    assert PassphraseStore.unlock(decomposed, store.record, lambda r: None).get("a") == "1"


def test_rewrapping_changes_salt_and_vault_not_values() -> None:
    store = PassphraseStore.create("old passphrase", FAST_KDF, {"a": "1"}, lambda r: None)
    fresh = store.rewrapped("new passphrase", FAST_KDF)
    assert fresh.record.salt != store.record.salt and fresh.record.vault != store.record.vault
    assert PassphraseStore.unlock("new passphrase", fresh.record, lambda r: None).get("a") == "1"
    with pytest.raises(WrongPassphrase):
        PassphraseStore.unlock("old passphrase", fresh.record, lambda r: None)


def test_the_vault_holds_no_value_in_clear() -> None:
    secret = "0123456789abcdef" * 4
    store = PassphraseStore.create("a passphrase", FAST_KDF, {"k": secret}, lambda r: None)
    assert secret.encode() not in store.record.vault


def test_a_failed_save_leaves_the_store_unchanged() -> None:
    def broken(_record: PassphraseRecord) -> None:
        raise OSError("disk full")

    store = PassphraseStore.create("a passphrase", FAST_KDF, {"a": "1"}, broken)
    with pytest.raises(OSError):
        store.set("b", "2")
    assert store.get("b") is None


@pytest.mark.parametrize("params", [KdfParams(n=3), KdfParams(n=2**30), KdfParams(r=0),
                                    KdfParams(name="md5")])
def test_absurd_kdf_parameters_are_refused(params: KdfParams) -> None:
    with pytest.raises(ValueError):
        params.validate()


def test_short_passphrases() -> None:
    assert passphrase_too_short("1234567") and not passphrase_too_short("12345678")
    assert not passphrase_too_short("社群运营安全密码")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_settings_file_is_private(tmp_path: Path) -> None:
    from app.domain.security import StoreKind
    from app.secrets.key_settings import KeySettings, KeySettingsFile

    target = KeySettingsFile(tmp_path / "encryption.json")
    target.save(KeySettings(folder_id="f", store=StoreKind.KEYRING, key_check="c"))
    assert stat.S_IMODE(target.path.stat().st_mode) == 0o600
    assert target.load() == KeySettings(folder_id="f", store=StoreKind.KEYRING, key_check="c")
