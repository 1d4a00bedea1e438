"""The Qt-free half of ``steward --self-check``: is everything the app loads at run time there?

A frozen build is assembled by a tool that follows imports; whatever is loaded some other way
(keyring backends found through entry-point metadata, Alembic scripts read as files, SQLite
features compiled into a native library, data files of matplotlib or fpdf2) can be missing and
only show up when a user needs it. Each check here does the real thing on throwaway data, in
memory or in the system temp folder, and never touches the user's data folder. The Qt half
(fonts, translations, icons, chart canvas) is in ``app.ui.self_check``.
"""

from __future__ import annotations

import importlib
import io
import secrets
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing, suppress
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

from app.domain.self_check import CheckResult

# The backend each platform's desktop keyring needs, and the modules that backend imports lazily
# (a build that leaves them out still registers the backend, which then reports itself unusable).
PLATFORM_KEYRINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "linux": ("keyring.backends.SecretService", ("secretstorage", "jeepney")),
    "win32": ("keyring.backends.Windows", ("win32ctypes.pywin32.win32cred",)),
    "darwin": ("keyring.backends.macOS", ()),
}
# Three Han characters out of a longer text: trigram search is how Steward finds Chinese names.
_TRIGRAM_TEXT = "张三丰在开发者社区发言"
_TRIGRAM_QUERY = "开发者"


def platform_key(platform: str = sys.platform) -> str:
    return "linux" if platform.startswith("linux") else platform


def registered_keyring_backends() -> list[str]:
    """Modules registered under keyring's entry-point group (what keyring itself will load)."""
    return sorted(ep.value for ep in metadata.entry_points(group="keyring.backends"))


def check_keyring(
    *,
    platform: str = sys.platform,
    registered: Sequence[str] | None = None,
    chosen: Any = None,
    import_module: Callable[[str], ModuleType] = importlib.import_module,
    probe: Callable[[], None] | None = None,
) -> CheckResult:
    """Is this platform's keyring backend bundled and registered, and which one does keyring pick?

    Whether a keyring *service* runs (a D-Bus Secret Service, say) depends on the machine, not the
    build, so a backend that is present but not viable here is reported, not failed. ``probe``
    (a set/get/delete round trip, which writes to the keyring) runs only when asked for.
    """
    import keyring

    names = list(registered) if registered is not None else registered_keyring_backends()
    backend = chosen if chosen is not None else keyring.get_keyring()
    chosen_name = f"{type(backend).__module__}.{type(backend).__name__}"
    details: dict[str, Any] = {"backend": chosen_name, "registered": names}
    expected, needs = PLATFORM_KEYRINGS.get(platform_key(platform), ("", ()))
    problems: list[str] = []
    note = ""
    if expected:
        details["expected"] = expected
        if expected not in names:
            problems.append(f"{expected} is not registered (keyring's entry-point metadata is "
                            "missing from the build)")
        for module in (expected, *needs):
            try:
                import_module(module)
            except Exception as exc:
                problems.append(f"{module} cannot be imported ({type(exc).__name__}: {exc})")
        if not problems:
            viable, reason = _backend_viability(import_module(expected))
            details["viable"] = viable
            if not viable:
                details["unavailable_because"] = reason
                note = f"; no keyring service here ({reason}), Steward would ask for a passphrase"
    if chosen_name.startswith(("keyrings.alt", "keyrings.cryptfile")):
        problems.append(f"{chosen_name} stores secrets unsafely and must not be bundled")
    if probe is not None:
        try:
            probe()
            details["probe"] = "ok"
        except Exception as exc:
            details["probe"] = str(exc)
            problems.append(f"keyring round trip failed: {exc}")
    if problems:
        return CheckResult("keyring", False, "; ".join(problems), details)
    probed = ", round trip ok" if probe is not None else ""
    return CheckResult("keyring", True, f"{chosen_name}{probed}{note}", details)


def _backend_viability(module: ModuleType) -> tuple[bool, str]:
    try:
        priority = module.Keyring.priority
    except Exception as exc:
        return False, str(exc) or type(exc).__name__
    return True, f"priority {priority}"


def check_sqlite(module: ModuleType = sqlite3) -> CheckResult:
    with closing(module.connect(":memory:")) as conn:
        version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    return CheckResult("sqlite", True, f"SQLite {version} ({module.__name__})",
                       {"version": version, "module": module.__name__})


def check_sqlcipher(import_module: Callable[[str], ModuleType] = importlib.import_module,
                    ) -> CheckResult:
    """SQLCipher loads, and a file written with a key is unreadable without it."""
    try:
        module = import_module("sqlcipher3")
    except Exception as exc:
        return CheckResult("sqlcipher", False, f"sqlcipher3 cannot be imported ({exc})")
    with closing(module.connect(":memory:")) as conn:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
        provider_row = conn.execute("PRAGMA cipher_provider").fetchone()
    if not row or not row[0]:
        return CheckResult("sqlcipher", False,
                           "sqlcipher3 is linked against plain SQLite (no cipher_version)")
    details = {"version": row[0], "sqlite_version": sqlite_version,
               "provider": provider_row[0] if provider_row else None}
    problem = _encrypted_round_trip(module)
    if problem:
        return CheckResult("sqlcipher", False, problem, details)
    return CheckResult("sqlcipher", True,
                       f"SQLCipher {row[0]} on SQLite {sqlite_version}, encrypted round trip ok",
                       details)


def _encrypted_round_trip(module: ModuleType) -> str:
    key = secrets.token_hex(16)
    with tempfile.TemporaryDirectory(prefix="steward-self-check-") as tmp:
        db = Path(tmp) / "probe.db"
        with closing(module.connect(str(db))) as conn:
            conn.execute(f"PRAGMA key = '{key}'")
            conn.execute("CREATE TABLE t (v TEXT)")
            conn.execute("INSERT INTO t VALUES ('steward')")
            conn.commit()
        if db.read_bytes()[:16] == b"SQLite format 3\x00":
            return "SQLCipher wrote an unencrypted file"
        with closing(module.connect(str(db))) as conn:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return "an encrypted file could be read without its key"
            except module.DatabaseError:
                pass
        with closing(module.connect(str(db))) as conn:
            conn.execute(f"PRAGMA key = '{key}'")
            value = conn.execute("SELECT v FROM t").fetchone()
        if value != ("steward",):
            return "an encrypted file did not read back with its key"
    return ""


def check_fts5_trigram(modules: Sequence[ModuleType]) -> CheckResult:
    """Chinese search needs FTS5 with the trigram tokenizer (SQLite 3.34+) in every driver."""
    results: dict[str, Any] = {}
    problems: list[str] = []
    for module in modules:
        try:
            with closing(module.connect(":memory:")) as conn:
                conn.execute("CREATE VIRTUAL TABLE t_fts USING fts5(body, tokenize='trigram')")
                conn.execute("INSERT INTO t_fts (body) VALUES (?)", (_TRIGRAM_TEXT,))
                hits = conn.execute("SELECT count(*) FROM t_fts WHERE t_fts MATCH ?",
                                    (f'"{_TRIGRAM_QUERY}"',)).fetchone()[0]
        except module.Error as exc:
            results[module.__name__] = str(exc)
            problems.append(f"{module.__name__}: {exc}")
            continue
        results[module.__name__] = hits == 1
        if hits != 1:
            problems.append(f"{module.__name__}: a trigram search found {hits} rows, not 1")
    if problems:
        return CheckResult("fts5-trigram", False, "; ".join(problems), results)
    names = ", ".join(results)
    return CheckResult("fts5-trigram", True, f"Chinese trigram search works ({names})", results)


def check_migrations(migrations_dir: Path) -> CheckResult:
    """Alembic reads env.py, the template and every revision as files, not as bytecode."""
    from alembic.script import ScriptDirectory

    details: dict[str, Any] = {"folder": str(migrations_dir)}
    missing = [name for name in ("env.py", "script.py.mako")
               if not (migrations_dir / name).is_file()]
    versions = sorted(p.name for p in (migrations_dir / "versions").glob("*.py")
                      if p.name != "__init__.py")
    if not versions:
        missing.append("versions/*.py")
    if missing:
        return CheckResult("migrations", False,
                           f"missing from {migrations_dir}: {', '.join(missing)}", details)
    try:
        script = ScriptDirectory(str(migrations_dir))
        head = script.get_current_head()
        revisions = [rev.revision for rev in script.walk_revisions()]
    except Exception as exc:
        return CheckResult("migrations", False,
                           f"Alembic cannot read the scripts in {migrations_dir}: {exc}", details)
    details.update(head=head, revisions=len(revisions), files=versions)
    if head is None:
        return CheckResult("migrations", False, f"no head revision in {migrations_dir}", details)
    return CheckResult("migrations", True, f"head {head} ({len(revisions)} revisions)", details)


def check_libraries() -> CheckResult:
    """matplotlib, fpdf2 and openpyxl each produce a real file (they need their data files)."""
    details: dict[str, Any] = {}
    problems: list[str] = []
    for name, make in (("matplotlib", _matplotlib_png), ("fpdf2", _fpdf_pdf),
                       ("openpyxl", _openpyxl_round_trip)):
        try:
            details[name] = make()
        except Exception as exc:
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
    if problems:
        return CheckResult("libraries", False, "; ".join(problems), details)
    return CheckResult("libraries", True,
                       ", ".join(f"{k} {v}" for k, v in details.items()), details)


def _matplotlib_png() -> str:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1))
    FigureCanvasAgg(figure)
    figure.add_subplot().plot([0, 1], [1, 0])
    figure.axes[0].set_title("self-check")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    if not buffer.getvalue().startswith(b"\x89PNG"):
        raise RuntimeError("the chart is not a PNG")
    return str(matplotlib.__version__)


def _fpdf_pdf() -> str:
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="self-check")
    if not bytes(pdf.output()).startswith(b"%PDF"):
        raise RuntimeError("the output is not a PDF")
    return str(fpdf.__version__)


def _openpyxl_round_trip() -> str:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "成员"
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    read = openpyxl.load_workbook(buffer, read_only=True)
    first = read.worksheets[0]
    value = next(first.iter_rows(values_only=True))[0]
    read.close()
    if value != "成员":
        raise RuntimeError("a workbook did not read back")
    return str(openpyxl.__version__)


def qt_free_checks(migrations_dir: Path, *,
                   keyring_probe: Callable[[], None] | None = None) -> list[CheckResult]:
    drivers: list[ModuleType] = [sqlite3]
    with suppress(ImportError):  # check_sqlcipher reports it
        drivers.append(importlib.import_module("sqlcipher3"))
    return [
        check_keyring(probe=keyring_probe),
        check_sqlite(),
        check_sqlcipher(),
        check_fts5_trigram(drivers),
        check_migrations(migrations_dir),
        check_libraries(),
    ]
