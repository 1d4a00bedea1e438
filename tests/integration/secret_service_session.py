"""Runs inside a private D-Bus session with gnome-keyring (see test_secret_service.py).

``python -m tests.integration.secret_service_session SCENARIO DATA_DIR`` prints one line per step
that passed and exits non-zero on the first failure, so the test that starts it can show where.
"""

from __future__ import annotations

import io
import sys
from contextlib import closing
from pathlib import Path

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def _step(name: str) -> None:
    print(f"ok {name}", flush=True)


def unlocked(data: Path) -> None:
    import secretstorage

    from app.cli import main
    from app.db.cipher import SQLITE_HEADER, key_opens
    from app.domain.security import KeyringProblem
    from app.paths import AppPaths
    from app.secrets.key_settings import KeySettingsFile
    from app.secrets.keyring_store import KeyringStore
    from app.secrets.keys import DatabaseKey
    from app.secrets.store import KeyringUnusable
    from app.secrets.unlock import key_name, put_and_verify

    store = KeyringStore()
    assert store.backend_name == SECRET_SERVICE, store.backend_name
    store.probe()
    _step("probe")

    key = DatabaseKey.generate()
    put_and_verify(store, "database-key:integration", key)
    assert store.get("database-key:integration") == key.hex()
    store.delete("database-key:integration")
    assert store.get("database-key:integration") is None
    _step("set/get/delete of a database key")

    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data), "demo", "--members", "30"], out, err)
    assert code == 0, err.getvalue()
    code = main(["--data-dir", str(data), "check"], out, err)
    assert code == 0, err.getvalue()
    paths = AppPaths(data)
    assert paths.db_file.read_bytes()[:16] != SQLITE_HEADER
    settings = KeySettingsFile(paths.encryption_file).load()
    assert settings is not None and settings.keyring_backend == SECRET_SERVICE
    stored = KeyringStore().get(key_name(settings.folder_id))
    assert stored is not None and key_opens(paths.db_file, DatabaseKey.from_hex(stored))
    _step("first run stores the key in the Secret Service and the database opens with it")

    with closing(secretstorage.dbus_init()) as bus:
        secretstorage.get_default_collection(bus).lock()
    try:
        KeyringStore().probe()
    except KeyringUnusable as exc:
        assert exc.problem in (KeyringProblem.LOCKED, KeyringProblem.CANCELLED), exc.problem
    else:
        raise AssertionError("a locked collection passed the probe")
    before = paths.db_file.read_bytes()
    err = io.StringIO()
    assert main(["--data-dir", str(data), "check"], io.StringIO(), err) == 1
    assert "locked" in err.getvalue() or "cancelled" in err.getvalue(), err.getvalue()
    assert paths.db_file.read_bytes() == before
    _step("a locked collection is detected and explained")


def no_login_keyring(data: Path) -> None:
    """No collection exists and its creation needs a prompt that cannot be shown."""
    from app.domain.security import KeyringProblem
    from app.secrets.keyring_store import KeyringStore
    from app.secrets.store import KeyringUnusable

    store = KeyringStore()
    assert store.backend_name == SECRET_SERVICE, store.backend_name
    try:
        store.probe()
    except KeyringUnusable as exc:
        problem = exc.problem
    else:
        raise AssertionError("a dismissed prompt passed the probe")
    assert problem is KeyringProblem.CANCELLED, problem
    _step("a dismissed prompt is detected")


def main(argv: list[str]) -> int:
    scenario, data = argv[0], Path(argv[1])
    {"unlocked": unlocked, "no-login-keyring": no_login_keyring}[scenario](data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
