"""The unlock flow, from the user's side: which questions are asked, and what ends up on disk."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import keyring.errors
import pytest

from app.bootstrap import AppContext
from app.db.cipher import FileState, file_state, key_opens
from app.db.fts import register_functions
from app.domain.security import KeyringProblem, RecoveryError, RecoveryReason, StoreKind
from app.errors import CorruptDatabaseError, NotADatabaseError
from app.paths import AppPaths
from app.secrets.keys import DatabaseKey
from app.secrets.recovery import format_recovery_key, parse_recovery_key
from app.secrets.unlock import Choice, UnlockCancelled
from tests.helpers.keyring_backend import (
    EmptyChainer,
    FaultyKeyring,
    MemoryKeyring,
    OtherMemoryKeyring,
)
from tests.helpers.prompter import ScriptedPrompter
from tests.helpers.secrets import add_note, note_bodies, open_context, plain_sqlite_files

PHRASE = "会员私密备注 private note"


def _first_run(paths: AppPaths, backend: MemoryKeyring) -> str:
    """Create the folder with one note; return the recovery key that was shown."""
    prompter = ScriptedPrompter()
    ctx = open_context(paths, backend, prompter)
    add_note(ctx, PHRASE)
    ctx.close()
    assert prompter.questions() == ["show_recovery_key"]
    return prompter.shown_keys[0]


def _reopen(paths: AppPaths, backend: object, prompter: ScriptedPrompter) -> AppContext:
    ctx = open_context(paths, backend, prompter)  # type: ignore[arg-type]
    assert note_bodies(ctx) == [PHRASE]
    return ctx


def _entries(backend: MemoryKeyring) -> dict[str, str]:
    return {user: value for (_svc, user), value in backend.values.items()}


def test_first_run_creates_an_encrypted_database_with_its_key_in_the_keyring(
        paths: AppPaths) -> None:
    backend = MemoryKeyring()
    prompter = ScriptedPrompter()
    ctx = open_context(paths, backend, prompter)
    add_note(ctx, PHRASE)
    ctx.close()
    assert prompter.asked == [("show_recovery_key", True)]
    raw = paths.db_file.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and PHRASE.encode() not in raw
    (name, stored), = _entries(backend).items()
    assert name.startswith("database-key:")
    key = DatabaseKey.from_hex(stored)
    assert parse_recovery_key(prompter.shown_keys[0]) == key
    settings = json.loads(paths.encryption_file.read_text())
    assert settings["store"] == "keyring" and settings["recovery_key_saved"] is True
    assert stored not in paths.encryption_file.read_text()
    assert plain_sqlite_files(paths.data_dir) == []


def test_reopening_asks_nothing(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    _first_run(paths, backend)
    prompter = ScriptedPrompter()
    _reopen(paths, backend, prompter).close()
    assert prompter.asked == []


def test_an_unconfirmed_recovery_key_is_shown_again_at_the_next_start(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    open_context(paths, backend, ScriptedPrompter(confirm_saved=False)).close()
    again = ScriptedPrompter()
    open_context(paths, backend, again).close()
    assert again.asked == [("show_recovery_key", False)]
    quiet = ScriptedPrompter()
    open_context(paths, backend, quiet).close()
    assert quiet.asked == []


def test_a_missing_key_asks_for_the_recovery_key_and_offers_to_store_it(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    recovery = _first_run(paths, backend)
    backend.values.clear()  # a new laptop, a wiped keychain
    wrong = format_recovery_key(DatabaseKey.generate())
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    prompter = ScriptedPrompter(recovery_keys=[wrong, typo, recovery])
    _reopen(paths, backend, prompter).close()
    assert [q for q in prompter.asked if q[0] == "ask_recovery_key"] == [
        ("ask_recovery_key", RecoveryReason.KEY_MISSING, None),
        ("ask_recovery_key", RecoveryReason.KEY_MISSING, RecoveryError.WRONG_KEY),
        ("ask_recovery_key", RecoveryReason.KEY_MISSING, RecoveryError.CHECKSUM),
    ]
    assert prompter.questions()[-1] == "offer_to_store_key"
    assert _entries(backend)  # stored again
    quiet = ScriptedPrompter()
    _reopen(paths, backend, quiet).close()  # the note is still there: same database
    assert quiet.asked == []


def test_declining_to_store_the_key_again_asks_again_next_time(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    recovery = _first_run(paths, backend)
    backend.values.clear()
    _reopen(paths, backend, ScriptedPrompter(recovery_keys=[recovery], store_again=False)).close()
    assert _entries(backend) == {}
    again = ScriptedPrompter(recovery_keys=[recovery], store_again=False)
    _reopen(paths, backend, again).close()
    assert again.questions() == ["ask_recovery_key", "offer_to_store_key"]


def test_quitting_at_the_recovery_prompt_changes_nothing(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    _first_run(paths, backend)
    backend.values.clear()
    before = sorted((p.name, p.read_bytes()) for p in paths.data_dir.glob("*") if p.is_file())
    with pytest.raises(UnlockCancelled):
        open_context(paths, backend, ScriptedPrompter(recovery_keys=[None]))
    after = sorted((p.name, p.read_bytes()) for p in paths.data_dir.glob("*") if p.is_file())
    assert after == before and backend.values == {}


def test_a_different_key_returned_leads_to_the_recovery_key(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    recovery = _first_run(paths, backend)
    for entry in backend.values:
        backend.values[entry] = DatabaseKey.generate().hex()
    prompter = ScriptedPrompter(recovery_keys=[recovery])
    _reopen(paths, backend, prompter).close()
    assert prompter.asked[0] == ("ask_recovery_key", RecoveryReason.KEY_DIFFERENT, None)
    assert DatabaseKey.from_hex(next(iter(backend.values.values()))) == \
        parse_recovery_key(recovery)


def test_a_backend_change_between_runs_is_said(paths: AppPaths) -> None:
    first = MemoryKeyring()
    _first_run(paths, first)
    second = OtherMemoryKeyring()
    second.values.update(first.values)  # the new backend has the key (e.g. a migrated keychain)
    prompter = ScriptedPrompter()
    ctx = _reopen(paths, second, prompter)
    assert prompter.questions() == ["backend_changed"]
    before, now = prompter.asked[0][1:]
    assert str(before).endswith(".MemoryKeyring") and str(now).endswith(".OtherMemoryKeyring")
    assert ctx.keys.status().previous_backend == before
    ctx.close()
    quiet = ScriptedPrompter()
    _reopen(paths, second, quiet).close()
    assert quiet.asked == []


def test_a_backend_change_without_the_key_asks_for_the_recovery_key(paths: AppPaths) -> None:
    recovery = _first_run(paths, MemoryKeyring())
    prompter = ScriptedPrompter(recovery_keys=[recovery])
    _reopen(paths, OtherMemoryKeyring(), prompter).close()
    assert prompter.questions() == ["backend_changed", "ask_recovery_key", "offer_to_store_key"]


@pytest.mark.parametrize(("backend", "problem"), [
    (keyring.backends.fail.Keyring(), KeyringProblem.NO_BACKEND),
    (keyring.backends.null.Keyring(), KeyringProblem.NULL_BACKEND),
    (EmptyChainer(), KeyringProblem.EMPTY_CHAINER),
])
def test_no_usable_keyring_and_quit_writes_nothing(paths: AppPaths, backend: object,
                                                   problem: KeyringProblem) -> None:
    prompter = ScriptedPrompter(keyring_choices=[Choice.QUIT])
    with pytest.raises(UnlockCancelled):
        open_context(paths, backend, prompter)  # type: ignore[arg-type]
    assert prompter.asked == [("keyring_unusable", problem, False)]
    assert not paths.db_file.exists() and not paths.encryption_file.exists()


def test_no_usable_keyring_and_a_passphrase(paths: AppPaths) -> None:
    backend = keyring.backends.null.Keyring()
    prompter = ScriptedPrompter(keyring_choices=[Choice.PASSPHRASE],
                                new_passphrases=["a good passphrase"])
    ctx = open_context(paths, backend, prompter)
    add_note(ctx, PHRASE)
    assert ctx.keys.status().kind is StoreKind.PASSPHRASE
    ctx.close()
    assert file_state(paths.db_file) is FileState.OPAQUE
    assert json.loads(paths.encryption_file.read_text())["store"] == "passphrase"
    again = ScriptedPrompter(passphrases=["not it at all", "a good passphrase"])
    _reopen(paths, backend, again).close()
    assert again.asked == [("ask_passphrase", False), ("ask_passphrase", True)]


def test_a_locked_keyring_can_be_unlocked_and_retried(paths: AppPaths) -> None:
    backend = FaultyKeyring()
    _first_run(paths, backend)
    backend.raise_on["get"] = lambda: keyring.errors.KeyringLocked("Failed to unlock")

    class UnlocksThenRetries(ScriptedPrompter):
        def keyring_unusable(self, error, *, holds_key):  # type: ignore[no-untyped-def]
            backend.raise_on.clear()  # the user unlocked the keyring in the desktop's dialog
            return super().keyring_unusable(error, holds_key=holds_key)

    prompter = UnlocksThenRetries(keyring_choices=[Choice.RETRY])
    _reopen(paths, backend, prompter).close()
    assert prompter.asked == [("keyring_unusable", KeyringProblem.LOCKED, True)]


def test_a_cancelled_prompt_then_a_passphrase_with_the_recovery_key(paths: AppPaths) -> None:
    backend = FaultyKeyring()
    recovery = _first_run(paths, backend)
    backend.raise_on["set"] = lambda: keyring.errors.KeyringLocked("Prompt dismissed")
    prompter = ScriptedPrompter(keyring_choices=[Choice.PASSPHRASE], recovery_keys=[recovery],
                                new_passphrases=["a new passphrase"])
    ctx = _reopen(paths, backend, prompter)
    assert ctx.keys.status().kind is StoreKind.PASSPHRASE
    ctx.close()
    assert prompter.questions() == ["keyring_unusable", "ask_recovery_key", "choose_passphrase"]
    assert prompter.asked[0] == ("keyring_unusable", KeyringProblem.CANCELLED, True)
    _reopen(paths, backend, ScriptedPrompter(passphrases=["a new passphrase"])).close()


def test_read_failing_and_quit_leaves_the_database_alone(paths: AppPaths) -> None:
    backend = FaultyKeyring()
    _first_run(paths, backend)
    before = paths.db_file.read_bytes()
    backend.raise_on["get"] = lambda: RuntimeError("D-Bus went away")
    prompter = ScriptedPrompter(keyring_choices=[Choice.QUIT])
    with pytest.raises(UnlockCancelled):
        open_context(paths, backend, prompter)
    assert prompter.asked == [("keyring_unusable", KeyringProblem.READ_FAILED, True)]
    assert paths.db_file.read_bytes() == before


def test_a_forgotten_passphrase_is_replaced_through_the_recovery_key(paths: AppPaths) -> None:
    backend = keyring.backends.null.Keyring()
    prompter = ScriptedPrompter(keyring_choices=[Choice.PASSPHRASE],
                                new_passphrases=["first passphrase"])
    ctx = open_context(paths, backend, prompter)
    add_note(ctx, PHRASE)
    ctx.close()
    recovery = prompter.shown_keys[0]
    forgot = ScriptedPrompter(passphrases=[Choice.RECOVERY_KEY], recovery_keys=[recovery],
                              new_passphrases=["second passphrase"])
    _reopen(paths, backend, forgot).close()
    assert forgot.asked[1] == ("ask_recovery_key", RecoveryReason.PASSPHRASE_FORGOTTEN, None)
    _reopen(paths, backend, ScriptedPrompter(passphrases=["second passphrase"])).close()


def test_a_database_without_its_encryption_file_needs_the_recovery_key(paths: AppPaths) -> None:
    backend = MemoryKeyring()
    recovery = _first_run(paths, backend)
    paths.encryption_file.unlink()
    fresh = MemoryKeyring()  # a new computer: only the database file was copied
    wrong = format_recovery_key(DatabaseKey.generate())
    prompter = ScriptedPrompter(recovery_keys=[wrong, recovery])
    _reopen(paths, fresh, prompter).close()
    assert prompter.asked == [
        ("ask_recovery_key", RecoveryReason.NO_KEY_SETTINGS, None),
        ("ask_recovery_key", RecoveryReason.NO_KEY_SETTINGS, RecoveryError.WRONG_KEY),
    ]
    assert json.loads(paths.encryption_file.read_text())["recovery_key_saved"] is True
    _reopen(paths, fresh, ScriptedPrompter()).close()


def test_a_plain_database_is_encrypted_once_with_an_encrypted_backup(
        paths: AppPaths, template_db: Path) -> None:
    paths.ensure()
    shutil.copyfile(template_db, paths.db_file)
    with sqlite3.connect(paths.db_file) as conn:
        register_functions(conn)  # the search-index triggers call it
        conn.execute("INSERT INTO member (id, display_name, aliases, status, role, location, "
                     "time_zone, interests, created_at, updated_at) VALUES (1, 'M', '', "
                     "'active', 'member', '', '', '', '2024-01-01 00:00:00.000000', "
                     "'2024-01-01 00:00:00.000000')")
        conn.execute("INSERT INTO note (member_id, body, pinned, created_at, updated_at) VALUES "
                     "(1, ?, 0, '2024-01-01 00:00:00.000000', "
                     "'2024-01-01 00:00:00.000000')", (PHRASE,))
    conn.close()
    old_backup = paths.backups_dir / "steward-20240101T000000000000Z-pre-migration-0001.db"
    shutil.copyfile(paths.db_file, old_backup)
    backend = MemoryKeyring()
    prompter = ScriptedPrompter()
    ctx = open_context(paths, backend, prompter)
    assert note_bodies(ctx) == [PHRASE]
    ctx.close()
    assert prompter.questions() == ["show_recovery_key"]
    assert plain_sqlite_files(paths.data_dir) == []
    key = parse_recovery_key(prompter.shown_keys[0])
    backups = sorted(paths.backups_dir.glob("*.db"))
    assert any("pre-encryption" in b.name for b in backups) and old_backup in backups
    for backup in backups:
        assert key_opens(backup, key)
        assert PHRASE.encode() not in backup.read_bytes()
    leftovers = [p.name for p in paths.data_dir.rglob("*") if p.suffix in (".old", ".new")]
    assert leftovers == []


def test_a_damaged_plain_database_is_reported_before_any_key_exists(
        paths: AppPaths, template_db: Path) -> None:
    paths.ensure()
    data = bytearray(template_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    paths.db_file.write_bytes(bytes(data))
    backend = MemoryKeyring()
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_context(paths, backend, ScriptedPrompter())
    assert backend.values == {} and not paths.encryption_file.exists()
    assert paths.db_file.read_bytes() == bytes(data)


def test_an_empty_database_file_is_reported_not_replaced(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_file.write_bytes(b"")
    backend = MemoryKeyring()
    with pytest.raises(CorruptDatabaseError):
        open_context(paths, backend, ScriptedPrompter())
    assert backend.values == {} and not paths.encryption_file.exists()
