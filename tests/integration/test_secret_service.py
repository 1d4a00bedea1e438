"""The real Secret Service: gnome-keyring on a private D-Bus session.

Each scenario runs in a subprocess under ``dbus-run-session`` with its own HOME, so the daemon,
its keyrings and the bus vanish afterwards and the developer's own keychain is never touched.
With CI=true the tools must be there: a missing tool fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

pytestmark = pytest.mark.keyring_integration


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    message = f"missing {', '.join(missing)} (apt-get install dbus gnome-keyring)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the real-keyring test must run in CI: {message}")
    pytest.skip(message)


def _session(tmp_path: Path, scenario: str, daemon: str) -> subprocess.CompletedProcess[str]:
    _require_tools()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DBUS_", "XDG_", "PYTHON_KEYRING", "STEWARD_PASSPHRASE",
                                "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_RUNTIME_DIR=str(home / "run"),
               PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
               DISPLAY="", WAYLAND_DISPLAY="")
    (home / "run").mkdir(mode=0o700)
    script = (f"{daemon} >/dev/null 2>&1; exec \"$0\" -m tests.integration.secret_service_session "
              f"{scenario} \"$1\"")
    return subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, sys.executable, str(tmp_path / "data")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False)


def test_probe_key_round_trip_first_run_and_a_locked_collection(tmp_path: Path) -> None:
    # The login keyring is created and unlocked with a throwaway password, as a desktop login
    # would do.
    done = _session(tmp_path, "unlocked",
                    "printf 'throwaway-login-password' | gnome-keyring-daemon --unlock "
                    "--components=secrets")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("ok ") == 4, done.stdout


def test_a_prompt_that_cannot_be_shown_counts_as_dismissed(tmp_path: Path) -> None:
    done = _session(tmp_path, "no-login-keyring",
                    "gnome-keyring-daemon --start --components=secrets")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok a dismissed prompt is detected" in done.stdout
