"""``import members``, ``export notes`` and ``template members`` as a user runs them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import build_context
from app.cli import main
from app.domain.custom_fields import FieldKind
from app.domain.members import MemberStatus
from app.domain.segments import SegmentDefinition
from app.importers import cells
from app.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def usage(*args: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def _one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("steward: ") and "Traceback" not in err


def test_template_then_import_prints_the_summary(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    template = tmp_path / "members.csv"
    code, out, err = run("--data-dir", data, "template", "members", "--out", str(template))
    assert (code, err) == (0, "") and "Wrote" in out
    template.write_bytes(template.read_bytes() + "王芳,,wf,,,,,,,VIP,你好,,,2024-13-01,,,,\r\n"
                         "李雷,,ll,,,,,,,,,,想找工作,2024-01-01,,,,\r\n".encode())
    code, out, err = run("--data-dir", data, "import", "members", str(template), "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith("Dry run of members.csv (nothing was saved): 1 added")
    code, out, _ = run("--data-dir", data, "import", "members", str(template))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("Imported members.csv: 1 added, 0 updated, 0 unchanged, 0 notes, "
                        "0 new tags; 1 row skipped:")
    assert lines[1].startswith("  skipped members.csv, line 2, Joined 入群时间: '2024-13-01'")


def test_template_errors_are_one_line_exit_1(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    for target in (tmp_path / "no-such-folder" / "t.csv", tmp_path):
        code, out, err = run("--data-dir", data, "template", "members", "--out", str(target))
        assert code == 1 and out == ""
        _one_line(err)
        assert str(target) in err


def test_import_preview_and_map_override(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("群昵称,群内身份,wx\n小明,群主,xm\n", encoding="utf-8")
    code, out, _ = run("--data-dir", str(tmp_path / "d"), "import", "members", str(path),
                       "--preview", "--map", "群内身份=role")
    assert code == 0
    assert "'群内身份' -> role" in out and "'wx' -> wechat" in out
    assert "line 2: '小明' [wechat:xm]" in out


def test_custom_fields_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = tmp_path / "list.csv"
    path.write_text("Name,Birthday,等级,诉求\nAnn,1990/4/1,gold,找工作\nBo,soon,,\n",
                    encoding="utf-8")
    code, _, err = run("--data-dir", str(data), "import", "members", str(path), "--map",
                       "Birthday=custom:生日")
    assert code == 1
    _one_line(err)
    assert "the custom field '生日', which this data folder does not have" in err
    ctx = build_context(AppPaths(data))  # the same (in-memory) keyring as the CLI's
    try:
        ctx.fields.add_field("生日", FieldKind.DATE)
        ctx.fields.add_field("等级", FieldKind.CHOICE, ["Gold", "Silver"])
    finally:
        ctx.close()
    code, out, _ = run("--data-dir", str(data), "import", "members", str(path), "--preview",
                       "--map", "Birthday=custom:生日")
    assert code == 0
    assert "'Birthday' -> custom:生日" in out and "'等级' -> custom:等级" in out
    assert "'诉求' -> needs" in out
    assert "line 2: 'Ann' [] tags=[] 生日='1990-04-01' 等级='Gold'" in out
    assert "skipped list.csv, line 3, Birthday: 'soon' is not a date" in out
    code, out, _ = run("--data-dir", str(data), "import", "members", str(path), "--map",
                       "Birthday=custom:生日")
    assert code == 0 and out.startswith("Imported list.csv: 1 added")
    export = tmp_path / "all.json"
    assert run("--data-dir", str(data), "export", "notes", "--format", "json", "--out",
               str(export))[0] == 0
    code, out, _ = run("--data-dir", str(tmp_path / "new-laptop"), "import", "members",
                       str(export))
    assert code == 0
    assert out == ("Imported all.json: 1 added, 0 updated, 0 unchanged, 0 notes, 0 new tags, "
                   "2 new custom fields (生日, 等级)\n")


def test_import_errors_are_one_line_exit_1(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("Name\nAnn\n")
    for args in (["import", "members", str(bad)],
                 ["import", "members", str(tmp_path / "missing.csv")],
                 ["import", "members", str(bad), "--format", "vcard"],
                 ["import", "members", str(bad), "--format", "csv", "--map", "Nope=name"]):
        code, out, err = run("--data-dir", data, *args)
        assert code == 1 and out == "", args
        _one_line(err)
    assert "bad.xlsx, line 1, field 'format'" in run("--data-dir", data, "import", "members",
                                                     str(bad))[2]


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    assert "COLUMN=FIELD" in usage("--data-dir", data, "import", "members", "f.csv", "--map",
                                   "nonsense", capsys=capsys)
    assert "not a member field" in usage("--data-dir", data, "import", "members", "f.csv",
                                         "--map", "a=shoe", capsys=capsys)
    assert "--out" in usage("--data-dir", data, "export", "notes", "--format", "md",
                            capsys=capsys)
    assert "not allowed with" in usage("--data-dir", data, "export", "notes", "--format", "md",
                                       "--out", "x", "--tag", "a", "--member", "1",
                                       capsys=capsys)
    usage("--data-dir", data, "import", capsys=capsys)


def test_export_each_format_and_selection(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    assert run("--data-dir", data, "demo", "--members", "40")[0] == 0
    for fmt in ("md", "csv", "pdf", "json"):
        out_file = tmp_path / f"all.{fmt}"
        code, out, err = run("--data-dir", data, "export", "notes", "--format", fmt,
                             "--out", str(out_file))
        assert (code, err) == (0, "")
        assert out.startswith("Exported 40 members and ")
        assert out_file.stat().st_size > 0
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").startswith(cells.MARKER)
    code, out, _ = run("--data-dir", data, "export", "notes", "--format", "md", "--out",
                       str(tmp_path / "two"), "--member", "3", "--member", "4", "--per-member")
    assert code == 0 and "Exported 2 members" in out and "in 2 files" in out
    code, _, err = run("--data-dir", data, "export", "notes", "--format", "md", "--out",
                       str(tmp_path / "s.md"), "--segment", "VIPs")
    assert code == 1 and "no saved segment called “VIPs”" in err
    _one_line(err)
    ctx = build_context(AppPaths(Path(data)))  # the same (in-memory) keyring as the CLI's
    try:
        active = SegmentDefinition(statuses=(MemberStatus.ACTIVE,))
        ctx.segments.save("活跃成员", active)
        expected = ctx.segments.count(active)
    finally:
        ctx.close()
    code, out, err = run("--data-dir", data, "export", "notes", "--format", "json", "--out",
                         str(tmp_path / "seg.json"), "--segment", "活跃成员")
    assert (code, err) == (0, "") and out.startswith(f"Exported {expected} members")
    assert len(json.loads((tmp_path / "seg.json").read_text(encoding="utf-8"))["members"]) \
        == expected
    code, _, err = run("--data-dir", data, "export", "notes", "--format", "csv", "--out",
                       "/dev/full")
    assert code == 1 and "/dev/full" in err
    _one_line(err)


def test_the_real_command_line(tmp_path: Path) -> None:
    """One pass through ``python main.py``: exit codes and stderr as a script sees them."""
    data = str(tmp_path / "d")
    path = tmp_path / "a.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nPHOTO;ENCODING=b:!!\nEND:VCARD\n")

    # A subprocess must never reach the developer's real keychain: no keyring, a passphrase.
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "STEWARD_PASSPHRASE": "members-io test passphrase"}

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", "--data-dir", data, *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=180, check=False, env=env)

    assert call("demo", "--members", "3").returncode == 0  # creates the encrypted database
    done = call("import", "members", str(path))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == ("steward: a.vcf, line 4, field 'PHOTO': the base64 data is damaged. "
                           "Export the contacts again, or remove this property from the card\n")
    assert call("export", "notes", "--format", "xml", "--out", "x").returncode == 2
