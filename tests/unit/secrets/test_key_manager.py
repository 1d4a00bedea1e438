"""Switching stores, changing the passphrase and re-keying: each atomic, each resumable."""

from __future__ import annotations

import json

import keyring.backends.null
import pytest

from app.db.backup import backup_database, backup_name
from app.db.cipher import key_opens
from app.domain.security import StoreKind
from app.errors import UserError
from app.paths import AppPaths
from app.secrets import manager as manager_module
from app.secrets.attachments import AttachmentVault
from app.secrets.keyring_store import KeyringStore
from app.secrets.keys import DatabaseKey
from app.secrets.manager import KeyManager
from app.secrets.recovery import parse_recovery_key
from app.secrets.store import KeyringUnusable, WrongPassphrase
from app.secrets.unlock import settings_file_for
from tests.helpers.keyring_backend import MemoryKeyring
from tests.helpers.prompter import ScriptedPrompter
from tests.helpers.secrets import add_note, note_bodies, open_context

PHRASE = "换钥匙 rekey note"


def _folder(paths: AppPaths, backend: MemoryKeyring) -> tuple[KeyManager, str]:
    """A data folder with a note, one backup and one attachment; returns its closed manager."""
    ctx = open_context(paths, backend)
    add_note(ctx, PHRASE)
    name = ctx.keys.attachments().store_bytes("截图 evidence".encode())
    backup_database(paths.db_file, paths.backups_dir / backup_name("manual"), ctx.driver)
    ctx.close()
    return ctx.keys, name


def _crash(*_args: object) -> None:
    """Stands in for a step during which the process dies."""
    raise KeyboardInterrupt


def _entries(backend: MemoryKeyring) -> list[str]:
    return sorted(user.split(":")[0] for (_s, user) in backend.values)


def test_keyring_to_passphrase_and_back(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    keys, _ = _folder(paths, backend)
    keys.use_passphrase("switch passphrase")
    assert keys.status().kind is StoreKind.PASSPHRASE
    assert backend.values == {}  # the keyring copy is gone once the vault is committed
    ctx = open_context(paths, backend, ScriptedPrompter(passphrases=["switch passphrase"]))
    assert note_bodies(ctx) == [PHRASE]
    ctx.keys.use_keyring()
    assert ctx.keys.status().kind is StoreKind.KEYRING and _entries(backend) == ["database-key"]
    assert "passphrase" not in json.loads(paths.encryption_file.read_text())
    ctx.close()
    quiet = ScriptedPrompter()
    open_context(paths, backend, quiet).close()
    assert quiet.asked == []


def test_switching_to_an_unusable_keyring_changes_nothing(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    keys, _ = _folder(paths, backend)
    keys.use_passphrase("switch passphrase")
    before = paths.encryption_file.read_bytes()
    broken = KeyManager(paths, settings_file_for(paths), keys.settings, keys.store, keys.key,
                        lambda: KeyringStore(keyring.backends.null.Keyring()))
    with pytest.raises(KeyringUnusable):
        broken.use_keyring()
    assert paths.encryption_file.read_bytes() == before


def test_changing_the_passphrase(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    keys, _ = _folder(paths, backend)
    keys.use_passphrase("first passphrase")
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase("not the passphrase", "second passphrase")
    keys.change_passphrase("first passphrase", "second passphrase")
    wrong_then_right = ScriptedPrompter(passphrases=["first passphrase", "second passphrase"])
    ctx = open_context(paths, backend, wrong_then_right)
    assert note_bodies(ctx) == [PHRASE]
    ctx.close()
    assert wrong_then_right.asked == [("ask_passphrase", False), ("ask_passphrase", True)]


def test_rekey_moves_database_backups_and_attachments_to_a_new_key(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    keys, attachment = _folder(paths, backend)
    old = keys.key
    keys.rekey()
    new = keys.key
    assert new != old
    assert key_opens(paths.db_file, new) and not key_opens(paths.db_file, old)
    backups = sorted(paths.backups_dir.glob("*.db"))
    assert len(backups) == 2 and any("pre-rekey" in b.name for b in backups)
    assert all(key_opens(b, new) and not key_opens(b, old) for b in backups)
    assert keys.attachments().read(attachment) == "截图 evidence".encode()
    assert _entries(backend) == ["database-key"]  # no "next"/"previous" left behind
    prompter = ScriptedPrompter()
    ctx = open_context(paths, backend, prompter)
    assert note_bodies(ctx) == [PHRASE]
    ctx.close()
    # the recovery key changed with the key, so the new one is shown
    assert prompter.questions() == ["show_recovery_key"]
    assert parse_recovery_key(prompter.shown_keys[0]) == new


def test_rekey_in_passphrase_mode(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    keys, _ = _folder(paths, backend)
    keys.use_passphrase("vault passphrase")
    keys.rekey()
    ctx = open_context(paths, backend, ScriptedPrompter(passphrases=["vault passphrase"]))
    assert note_bodies(ctx) == [PHRASE] and ctx.keys.key == keys.key
    ctx.close()


def test_a_crash_before_the_swap_keeps_the_old_key(paths: AppPaths,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    keys, _ = _folder(paths, backend)
    old = keys.key


    monkeypatch.setattr(manager_module, "reencrypt_in_place", _crash)
    with pytest.raises(KeyboardInterrupt):
        keys.rekey()
    monkeypatch.undo()
    ctx = open_context(paths, backend)
    assert ctx.keys.key == old and note_bodies(ctx) == [PHRASE]
    ctx.close()
    assert _entries(backend) == ["database-key"]
    assert json.loads(paths.encryption_file.read_text())["next_key_check"] == ""


def test_a_crash_after_the_swap_finishes_at_the_next_start(
        paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    keys, attachment = _folder(paths, backend)
    old = keys.key


    monkeypatch.setattr(KeyManager, "_promote", _crash)
    with pytest.raises(KeyboardInterrupt):
        keys.rekey()
    monkeypatch.undo()
    assert not key_opens(paths.db_file, old)  # the database is already under the new key
    ctx = open_context(paths, backend, ScriptedPrompter(confirm_saved=True))
    assert note_bodies(ctx) == [PHRASE] and ctx.keys.key != old
    assert all(key_opens(b, ctx.keys.key) for b in paths.backups_dir.glob("*.db"))
    assert ctx.keys.attachments().read(attachment) == "截图 evidence".encode()
    ctx.close()
    assert _entries(backend) == ["database-key"]


def test_a_crash_while_moving_attachments_finishes_at_the_next_start(
        paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    keys, attachment = _folder(paths, backend)


    monkeypatch.setattr(AttachmentVault, "reencrypt", _crash)
    with pytest.raises(KeyboardInterrupt):
        keys.rekey()
    monkeypatch.undo()
    assert sorted(_entries(backend)) == ["database-key", "database-key-previous"]
    ctx = open_context(paths, backend)
    assert ctx.keys.attachments().read(attachment) == "截图 evidence".encode()
    ctx.close()
    assert _entries(backend) == ["database-key"]


def test_rekey_refuses_while_the_database_is_in_use(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    ctx = open_context(paths, backend)
    add_note(ctx, PHRASE)
    with ctx.engine.connect() as conn:  # another window holds a read transaction
        conn.exec_driver_sql("SELECT count(*) FROM note").fetchall()
        with pytest.raises(UserError, match="in use"):
            ctx.keys.rekey()
        conn.rollback()
    old = ctx.keys.key
    ctx.close()
    assert key_opens(paths.db_file, old)
    assert _entries(backend) == ["database-key"] and list(paths.backups_dir.iterdir()) == []
    assert isinstance(old, DatabaseKey)


def test_rekey_refuses_while_another_window_has_the_database_open(paths: AppPaths) -> None:
    """Idle pooled connections (an open window) do not block a checkpoint, so the check must
    be an exclusive lock, or the window would keep writing into the replaced file."""
    backend = MemoryKeyring()
    ctx = open_context(paths, backend)
    add_note(ctx, PHRASE)
    idle = ctx.engine.connect()  # a window that is open but doing nothing
    idle.exec_driver_sql("SELECT 1").fetchall()
    idle.rollback()
    with pytest.raises(UserError, match="in use"):
        ctx.keys.rekey()
    idle.close()
    old = ctx.keys.key
    ctx.close()
    assert key_opens(paths.db_file, old)
    assert _entries(backend) == ["database-key"]
