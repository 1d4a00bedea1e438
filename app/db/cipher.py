"""SQLCipher: the driver that keys every connection, and whole-file re-encryption.

The key is handed to SQLCipher raw (``x'…'``), so opening costs no key derivation. Converting a
file (plain → encrypted, or old key → new key) never edits it in place: ``sqlcipher_export``
writes a new file, which is verified (integrity and the row count of every table) before two
renames swap it in. A crash at any point leaves either the old file or the new one under the
database's name, plus leftovers that ``finish_interrupted`` resolves at the next start.
"""

from __future__ import annotations

import logging
import os
from contextlib import closing
from enum import Enum
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.db.engine import Driver
from app.db.fts import register_functions
from app.errors import UserError
from app.messages import msg
from app.secrets.files import sync_folder, wipe_file
from app.secrets.keys import DatabaseKey

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
NEW_SUFFIX = ".new"  # the verified re-encrypted copy, waiting to be swapped in
OLD_SUFFIX = ".old"  # the previous file, moved aside during the swap, then wiped
_PARTIAL = ".partial"


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"
    PLAIN = "plain"  # starts with SQLite's header: readable by anyone
    OPAQUE = "opaque"  # anything else: encrypted (or not a database at all)


def file_state(path: Path) -> FileState:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    if not head:
        return FileState.EMPTY
    return FileState.PLAIN if head == SQLITE_HEADER else FileState.OPAQUE


def cipher_driver(key: DatabaseKey) -> Driver:
    literal = key.sqlcipher_literal()

    def prepare(conn: Any) -> None:
        _key_connection(conn, literal)

    return Driver(module=sqlcipher, prepare=prepare, name="sqlcipher")


def _key_connection(conn: Any, literal: str | None) -> None:
    # SQLCipher logs decryption failures (a wrong key, a damaged page) on stderr by itself;
    # Steward reports those in its own words, so the library stays quiet.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if literal is not None:
        conn.execute(f'PRAGMA key = "{literal}"')
    # Sorts and temporary indexes stay in memory: nothing decrypted lands in a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")


def _connect(path: Path, key: DatabaseKey | None, *, read_only: bool = False,
             timeout: float = 5.0) -> Any:
    if read_only:
        conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                                 timeout=timeout)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=timeout)
    conn.isolation_level = None
    _key_connection(conn, key.sqlcipher_literal() if key is not None else None)
    # the search-index triggers call this function; a copy made without it cannot be written
    register_functions(conn)
    return conn


def key_opens(path: Path, key: DatabaseKey | None) -> bool:
    """True if ``key`` (None: no key, a plain file) reads the schema of ``path``."""
    try:
        with closing(_connect(path, key, read_only=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    return True


def _table_counts(conn: Any) -> dict[str, int]:
    """Rows per real table. Virtual tables are skipped: a contentless FTS5 index cannot be
    scanned, and its rows live in its shadow tables, which are counted."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def export_database(source: Path, source_key: DatabaseKey | None, dest: Path,
                    dest_key: DatabaseKey) -> None:
    """Write an encrypted copy of ``source`` to ``dest`` and verify it before it gets that name."""
    try:
        # read-write on purpose: closing it also removes the -wal/-shm a reader would leave
        with closing(_connect(source, source_key)) as src:
            _export(src, source.name, dest, dest_key)
    except sqlcipher.DatabaseError as exc:
        raise UserError(msg("Could not read {path}: {why}. Nothing was changed.", path=source,
                            why=str(exc))) from exc


def _export(src: Any, name: str, dest: Path, dest_key: DatabaseKey) -> None:
    partial = dest.with_name(dest.name + _PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        expected = _table_counts(src)
        user_version = int(src.execute("PRAGMA user_version").fetchone()[0])
        src.execute("ATTACH DATABASE ? AS target KEY ?",
                    (str(partial), dest_key.sqlcipher_literal()))
        src.execute("SELECT sqlcipher_export('target')")
        src.execute(f"PRAGMA target.user_version = {user_version}")
        src.execute("DETACH DATABASE target")
        with closing(_connect(partial, dest_key)) as dst:
            integrity = dst.execute("PRAGMA integrity_check").fetchone()[0]
            found = _table_counts(dst)
        if integrity != "ok" or found != expected:
            raise UserError(msg(
                "The encrypted copy of {name} did not verify ({integrity}); it was discarded "
                "and the original is unchanged.", name=name, integrity=integrity))
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
    except sqlcipher.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(msg("Could not encrypt {name}: {why}. The original is unchanged.",
                            name=name, why=str(exc))) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(msg(
            "Could not write {path}: {why}. Free some disk space; the original is unchanged.",
            path=partial, why=exc.strerror or str(exc))) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _exclusive(path: Path, key: DatabaseKey | None) -> Any:
    """A connection that holds the database alone until it is closed, or ``UserError``.

    In exclusive locking mode the lock, once taken, is kept: no other window or program can be
    reading or writing while the file is converted, and none can start to. (A plain
    checkpoint is not enough: it succeeds while another window holds idle connections.)
    """
    conn = _connect(path, key, timeout=0.5)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher.OperationalError:
        conn.close()
        raise UserError(msg("{path} is in use by another Steward window or program. Close it "
                            "and try again; nothing was changed.", path=path)) from None
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise UserError(msg("Could not read {path}: {why}. Nothing was changed.", path=path,
                            why=str(exc))) from exc
    return conn


def ensure_not_in_use(path: Path, key: DatabaseKey | None) -> None:
    """Raise ``UserError`` if another connection has ``path`` open."""
    _exclusive(path, key).close()


def reencrypt_in_place(path: Path, source_key: DatabaseKey | None,
                       dest_key: DatabaseKey) -> None:
    """Replace ``path`` by a verified copy under ``dest_key``; wipe the old file's content.

    ``source_key`` None means the file is plain SQLite. Refused while anything else has the
    file open.
    """
    new = path.with_name(path.name + NEW_SUFFIX)
    old = path.with_name(path.name + OLD_SUFFIX)
    with closing(_exclusive(path, source_key)) as conn:
        _export(conn, path.name, new, dest_key)
    os.replace(path, old)
    os.replace(new, path)
    sync_folder(path.parent)
    _wipe_with_sidecars(old)
    for suffix in ("-wal", "-shm"):  # the checkpoint emptied them; they belong to the old file
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    log.info("Re-encrypted %s", path.name)


def finish_interrupted(path: Path) -> bool:
    """Complete or undo a swap that a crash interrupted; True if anything was found.

    ``.new`` only ever gets its name after it verified, so if the database's own name is
    missing, the copy is complete and takes it; otherwise the old file goes back.
    """
    new = path.with_name(path.name + NEW_SUFFIX)
    old = path.with_name(path.name + OLD_SUFFIX)
    partial = new.with_name(new.name + _PARTIAL)
    found = any(p.exists() for p in (new, old, partial))
    if not path.exists():
        if new.exists():
            os.replace(new, path)
        elif old.exists():
            os.replace(old, path)
    if old.exists():
        _wipe_with_sidecars(old)
    new.unlink(missing_ok=True)
    partial.unlink(missing_ok=True)
    if found:
        sync_folder(path.parent)
        log.info("Finished an interrupted re-encryption of %s", path.name)
    return found


def _wipe_with_sidecars(path: Path) -> None:
    wipe_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        wipe_file(path.with_name(path.name + suffix))
