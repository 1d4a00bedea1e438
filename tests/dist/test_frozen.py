"""The frozen build behaves like the development app (``make dist-test``; not in ``make test``).

Runs dist/Steward the way a user's machine would: a fresh data folder, the smoke test, the
self-check from inside the bundle (keyring backends, SQLCipher, migrations, languages, font),
data folders shared with the development app in both directions, and, as root, the .deb
installed, launched through /usr/bin/steward and removed again. With CI=true a missing build
or a missing tool fails instead of skipping: CI must never pass without running these.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.db.migrate import head_revision
from tests.conftest import IN_CI

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "Steward"
# The console twin on Windows (the windowed Steward.exe has no stdout); the app itself elsewhere.
CLI = DIST / {"win32": "steward-cli.exe", "darwin": "Steward"}.get(sys.platform, "steward")
TIMEOUT = 300


def _need(condition: bool, why: str) -> None:
    if not condition:
        if IN_CI:
            pytest.fail(f"{why} (CI must run the frozen tests)")
        pytest.skip(why)


@pytest.fixture(scope="module")
def frozen() -> Path:
    _need(CLI.is_file(), f"no frozen build at {DIST}; run make dist")
    return CLI


TEST_PASSPHRASE = "frozen-test passphrase"


def _env(real_keyring: bool, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "STEWARD_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen")
    if not real_keyring:
        # Never touch the machine's keychain: the database key is sealed with a passphrase,
        # the same one for the development and the frozen app so each opens the other's folder.
        env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                   STEWARD_PASSPHRASE=TEST_PASSPHRASE)
    env.update(extra)
    return env


def run(cmd: list[str | Path], real_keyring: bool = False,
        **extra_env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                          timeout=TIMEOUT, env=_env(real_keyring, **extra_env), check=False)


def dev(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, ROOT / "main.py", *args])


def assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, (
        f"{' '.join(map(str, result.args))} exited {result.returncode}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")


def test_frozen_version_matches_the_sources(frozen: Path) -> None:
    result = run([frozen, "--version"])
    assert_ok(result)
    assert result.stdout.strip() == f"Steward {__version__}"


def test_frozen_smoke_test_on_a_fresh_data_folder(frozen: Path, tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    result = run([frozen, "--data-dir", data, "--smoke-test"])
    assert_ok(result)
    assert "pages OK" in result.stdout
    assert (data / "steward.db").is_file()


def test_frozen_self_check_finds_everything(frozen: Path, tmp_path: Path) -> None:
    result = run([frozen, "--data-dir", tmp_path / "data", "self-check", "--json"])
    report = json.loads(result.stdout)
    assert report["problems"] == [], report["problems"]
    assert_ok(result)
    checks = report["checks"]
    assert report["frozen"] is True
    assert checks["migrations"]["head"] == head_revision()
    assert checks["sqlcipher"]["version"]
    assert checks["fts5-trigram"] == {"ok": True, "summary": checks["fts5-trigram"]["summary"],
                                      "sqlite3": True, "sqlcipher3": True}
    assert "zh_CN" in checks["languages"]["available"]
    assert checks["font"]["chinese"]
    assert checks["keyring"]["expected"] in checks["keyring"]["registered"]


def test_plain_self_check_flag_prints_a_readable_report(frozen: Path, tmp_path: Path) -> None:
    result = run([frozen, "--data-dir", tmp_path / "data", "--self-check"])
    assert "self-check (frozen build" in result.stdout
    assert_ok(result)
    assert "all checks passed" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux's")
def test_frozen_app_uses_the_secret_service_keyring(frozen: Path, tmp_path: Path) -> None:
    """The long-standing PyInstaller trap: a build that only finds keyring's `fail` backend."""
    tools = [shutil.which("dbus-run-session"), shutil.which("gnome-keyring-daemon")]
    _need(all(tools), "dbus-run-session and gnome-keyring-daemon are needed (apt-get install "
                      "dbus gnome-keyring)")
    script = ('printf steward | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '
              f'exec "{frozen}" --data-dir "{tmp_path / "data"}" self-check --json '
              '--probe-keyring')
    home = tmp_path / "home"  # a private keyring, never the developer's
    home.mkdir()
    result = run(["dbus-run-session", "--", "sh", "-c", script], real_keyring=True,
                 HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    keyring = json.loads(result.stdout)["checks"]["keyring"]
    assert keyring["backend"] == "keyring.backends.SecretService.Keyring", keyring
    assert keyring["probe"] == "ok", keyring
    assert keyring["ok"] is True


def test_a_development_data_folder_opens_in_the_frozen_app(frozen: Path, tmp_path: Path) -> None:
    data = tmp_path / "made-by-dev"
    assert_ok(dev("--data-dir", data, "demo", "--members", "40", "--seed", "3"))
    check = run([frozen, "--data-dir", data, "check", "--json"])
    assert_ok(check)
    assert json.loads(check.stdout)["members"] == 40
    assert_ok(run([frozen, "--data-dir", data, "--smoke-test"]))


def test_a_frozen_data_folder_opens_in_the_development_app(frozen: Path, tmp_path: Path) -> None:
    data = tmp_path / "made-by-frozen"
    assert_ok(run([frozen, "--data-dir", data, "demo", "--members", "40", "--seed", "4"]))
    check = dev("--data-dir", data, "check", "--json")
    assert_ok(check)
    assert json.loads(check.stdout)["members"] == 40
    assert_ok(dev("--data-dir", data, "--smoke-test"))


@pytest.fixture
def deb() -> Path:
    debs = sorted((ROOT / "dist").glob(f"steward_{__version__}_*.deb"))
    _need(bool(debs), f"no dist/steward_{__version__}_*.deb; run make dist")
    _need(hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("dpkg") is not None,
          "installing the .deb needs root and dpkg")
    already = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "steward"],
                             capture_output=True, text=True, check=False)
    if "installed" in already.stdout and "not-installed" not in already.stdout:
        pytest.fail("a steward package is already installed here; remove it first "
                    "(this test installs and removes its own)")
    return debs[-1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is Linux's")
def test_the_deb_installs_launches_and_removes_cleanly(deb: Path, tmp_path: Path) -> None:
    installed = run(["dpkg", "-i", deb])
    if installed.returncode != 0:  # missing runtime libraries: let apt bring them
        assert_ok(run(["apt-get", "install", "-f", "-y", "-qq"], DEBIAN_FRONTEND="noninteractive"))
    try:
        status = run(["dpkg-query", "-W", "-f=${Status}", "steward"])
        assert status.stdout == "install ok installed"
        files = run(["dpkg", "-L", "steward"]).stdout.split()
        for expected in ("/usr/bin/steward", "/opt/steward/steward",
                         "/usr/share/applications/io.steward.Steward.desktop",
                         "/usr/share/metainfo/io.steward.Steward.metainfo.xml",
                         "/usr/share/icons/hicolor/256x256/apps/io.steward.Steward.png",
                         "/usr/share/icons/hicolor/scalable/apps/io.steward.Steward.svg"):
            assert expected in files
        data = tmp_path / "installed-data"
        launched = run(["/usr/bin/steward", "--data-dir", data, "--smoke-test"])
        assert_ok(launched)
        assert "pages OK" in launched.stdout
    finally:
        removed = run(["dpkg", "-r", "steward"])
    assert_ok(removed)
    assert not Path("/opt/steward").exists()
    assert not Path("/usr/bin/steward").exists()
    assert not Path("/usr/share/applications/io.steward.Steward.desktop").exists()
    assert (data / "steward.db").is_file(), "removing the package must keep users' data"
    # The postrm keeps dpkg's record ("config-files") until a purge, which must work as well.
    assert_ok(run(["dpkg", "--purge", "steward"]))
    gone = run(["dpkg-query", "-W", "-f=${Status}", "steward"])
    assert "installed" not in gone.stdout.replace("not-installed", "")
    assert (data / "steward.db").is_file(), "purging the package must keep users' data"
