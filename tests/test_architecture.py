"""Layering rules that code review alone does not keep."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT_ALLOWED = ("ui/", "gui.py", "charts/canvas")


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "migrations/versions" not in p.as_posix())


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_is_imported_only_in_the_ui_layer() -> None:
    offenders = []
    for path in _modules():
        rel = path.relative_to(APP).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        qt = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "qtawesome", "qtpy")}
        if qt:
            offenders.append(f"{rel}: {sorted(qt)}")
    assert offenders == []


def test_no_module_level_mutable_state() -> None:
    """No `global`, and no lowercase module names bound to mutable containers."""
    offenders = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Global):
                offenders.append(f"{path.name}:{node.lineno} global")
        for node in tree.body:
            targets = []
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            mutable = isinstance(value, ast.List | ast.Dict | ast.Set | ast.ListComp
                                 | ast.DictComp | ast.SetComp) or (
                isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                and value.func.id in ("list", "dict", "set", "defaultdict", "OrderedDict"))
            for target in targets:
                if mutable and isinstance(target, ast.Name) and not target.id.isupper() \
                        and not target.id.lstrip("_").isupper():
                    offenders.append(f"{path.name}:{node.lineno} {target.id}")
    assert offenders == []


def test_domain_objects_do_not_import_the_orm() -> None:
    for path in (APP / "domain").rglob("*.py"):
        assert not {n for n in _imports(path) if n.startswith(("sqlmodel", "sqlalchemy"))}, path
