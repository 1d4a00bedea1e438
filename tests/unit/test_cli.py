"""The command line as a script or a user would call it: exit codes and one-line messages."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.bootstrap import build_context
from app.cli import main
from app.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_demo_then_check_succeeds(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run("--data-dir", data, "demo", "--members", "2000")
    assert code == 0 and "Created 2,000 members" in out
    code, out, err = run("--data-dir", data, "check")
    assert (code, err) == (0, "")
    assert "integrity ok" in out and "2,000 members" in out


def test_check_json_reports_the_schema(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    run("--data-dir", data, "demo", "--members", "5")
    code, out, _ = run("--data-dir", data, "check", "--json")
    assert code == 0
    assert '"ok": true' in out and '"members": 5' in out


def test_check_on_a_folder_without_a_database_explains(tmp_path: Path) -> None:
    code, _, _ = run("--data-dir", str(tmp_path / "empty"), "check")
    assert code == 1


def test_not_a_database_is_one_line_exit_1_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    db = folder / "steward.db"
    db.write_bytes(b"PK\x03\x04 a zip file, not a database" * 100)
    before = db.read_bytes()
    for command in ("check", "demo"):
        code, _, err = run("--data-dir", str(folder), command)
        assert code == 1
        assert err.count("\n") == 1 and str(db) in err and "Traceback" not in err
    assert db.read_bytes() == before


def test_unwritable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run("--data-dir", str(blocker / "sub"), "demo")
    assert code == 1 and "Cannot use the data folder" in err


@pytest.mark.parametrize("argv", [["bogus"], ["--nonsense"], ["demo", "--members", "-3"],
                                  ["demo", "--members", "many"], ["--lang", "fr", "check"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"Steward {__version__}"


def test_the_log_holds_no_personal_data_at_info(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run("--data-dir", str(data), "demo", "--members", "50", "--seed", "9")
    log_text = (data / "logs" / "steward.log").read_text(encoding="utf-8")
    ctx = build_context(AppPaths(data))  # the database is encrypted: read it as the app does
    with ctx.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT display_name FROM member")]
        handles = [r[0] for r in conn.exec_driver_sql("SELECT handle FROM handle")]
        notes = [r[0] for r in conn.exec_driver_sql("SELECT body FROM note LIMIT 50")]
    ctx.close()
    for value in names + handles + notes:
        assert value not in log_text


def _steward(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # A subprocess must never reach the developer's real keychain: no keyring, a passphrase.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "STEWARD_PASSPHRASE": "smoke-test passphrase", **(env_extra or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=180, cwd=ROOT)


def test_smoke_test_in_an_empty_folder_and_after_demo(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    result = _steward("--data-dir", data, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "7 pages OK" in result.stdout
    assert _steward("--data-dir", data, "demo", "--members", "3000").returncode == 0
    result = _steward("--data-dir", data, "--smoke-test", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_gui_refuses_a_damaged_database_without_touching_it(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    db = folder / "steward.db"
    db.write_bytes(b"garbage" * 1000)
    result = _steward("--data-dir", str(folder), "--smoke-test")
    assert result.returncode == 1
    assert db.read_bytes() == b"garbage" * 1000
