from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import UserError
from app.secrets.attachments import AttachmentVault
from app.secrets.keys import DatabaseKey


def _vault(tmp_path: Path, key: DatabaseKey | None = None) -> AttachmentVault:
    return AttachmentVault(tmp_path / "attachments", (key or DatabaseKey.generate())
                           .derive("attachments"))


def test_files_are_stored_encrypted_under_generated_names(tmp_path: Path) -> None:
    source = tmp_path / "证据 screenshot.png"
    source.write_bytes("聊天记录 evidence bytes".encode() * 10)
    vault = _vault(tmp_path)
    name = vault.store_file(source)
    stored = vault.path_for(name)
    assert stored.parent == (tmp_path / "attachments").resolve()
    assert "screenshot" not in name and "证据" not in name
    assert "聊天记录".encode() not in stored.read_bytes()
    assert vault.read(name) == source.read_bytes()
    assert vault.names() == [name]


@pytest.mark.parametrize("name", ["../escape.bin", "/etc/passwd", "a/b.bin", "..",
                                  "0" * 32 + ".bin/../../x", "notgenerated.txt"])
def test_names_that_could_escape_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(UserError):
        _vault(tmp_path).path_for(name)


def test_a_symlink_pointing_outside_is_refused(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    name = vault.store_bytes(b"x")
    outside = tmp_path / "outside.bin"
    outside.write_bytes(b"secret elsewhere")
    link = tmp_path / "attachments" / name
    link.unlink()
    link.symlink_to(outside)
    with pytest.raises(UserError, match="outside"):
        vault.read(name)


def test_tampering_and_swapping_are_detected(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    a, b = vault.store_bytes(b"first"), vault.store_bytes(b"second")
    path_a, path_b = vault.path_for(a), vault.path_for(b)
    blob_a, blob_b = path_a.read_bytes(), path_b.read_bytes()
    path_a.write_bytes(blob_b)  # swapped
    with pytest.raises(UserError, match="damaged"):
        vault.read(a)
    path_a.write_bytes(blob_a[:-1] + bytes([blob_a[-1] ^ 1]))  # one bit flipped
    with pytest.raises(UserError, match="damaged"):
        vault.read(a)


def test_another_key_cannot_read(tmp_path: Path) -> None:
    name = _vault(tmp_path).store_bytes(b"x")
    with pytest.raises(UserError, match="another key"):
        _vault(tmp_path).read(name)


def test_reencrypt_is_repeatable(tmp_path: Path) -> None:
    old_key, new_key = DatabaseKey.generate(), DatabaseKey.generate()
    old = _vault(tmp_path, old_key)
    names = [old.store_bytes(f"file {i}".encode()) for i in range(3)]
    new = _vault(tmp_path, new_key)
    assert new.reencrypt(old_key.derive("attachments")) == 3
    assert new.reencrypt(old_key.derive("attachments")) == 0
    assert [new.read(n) for n in names] == [b"file 0", b"file 1", b"file 2"]
