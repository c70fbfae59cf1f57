"""The arrows of docs/architecture.md: Qt only where it is allowed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["desktop/core", "desktop/store", "desktop/reports", "sync"]


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def _py_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_qt_free_layers_import_no_qt() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}: {name}"
        for folder in QT_FREE
        for p in _py_files(folder)
        for name in _imports(p)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_models_use_no_widgets() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}: {name}"
        for p in _py_files("desktop/models")
        for name in _imports(p)
        if name.startswith("PySide6.QtWidgets") or name.startswith("desktop.views")
    ]
    assert offenders == []


def test_lower_layers_never_import_upper_ones() -> None:
    upper = ("desktop.views", "desktop.models", "desktop.app")
    offenders = [
        f"{p.relative_to(ROOT)}: {name}"
        for folder in QT_FREE
        for p in _py_files(folder)
        for name in _imports(p)
        if name.startswith(upper)
    ]
    assert offenders == []


def test_importing_core_and_store_loads_no_qt() -> None:
    """Not only no direct import: nothing they pull in may load Qt either."""
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for folder in QT_FREE
        for p in _py_files(folder)
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
