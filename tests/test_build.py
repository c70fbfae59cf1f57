"""The one-folder app from build.spec: built as CI builds it, started with ``--smoke-test``, measured.

``scripts/build-app`` builds into a temporary folder from its own clean venv (build/venv, made again
only when pyproject.toml changes; about a minute the first time, then ~30-60 s per build here).
The source-level tests of the smoke test itself come first and need no build.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import desktop
import desktop.app
from desktop import smoke

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 900  # a first build makes its venv from the registry
RUN_TIMEOUT_S = 180
SIZE_LIMIT_MB = 200  # docs/benchmarks.md «Pakking»: ~170 MB on Linux


def _app_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean user: own HOME and XDG folders, no test keyring, no data folder chosen."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHON_KEYRING_BACKEND", "STAFETTLOGG_HOME"}}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[name] = str(folder)
    env.update(extra)
    return env


# --------------------------------------------------------------------------- the smoke test, from source


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The .qm files the smoke test looks for, built fresh (a clean checkout has none)."""
    folder = tmp_path / "i18n"
    subprocess.run(["bash", str(ROOT / "scripts" / "i18n.sh"), "build", str(folder)], check=True)
    monkeypatch.setattr(desktop.app, "translations_dir", lambda: folder)


@pytest.mark.usefixtures("translations")
def test_smoke_test_from_source_reaches_the_main_window_and_makes_a_pdf(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert smoke.run_smoke(qapp) == 0
    out = capsys.readouterr().out
    assert f"Stafettlogg {desktop.__version__} smoke test OK" in out
    assert "log opened, PDF" in out
    assert "SQLCipher 4." in out


def test_smoke_test_fails_with_exit_1_and_the_reason(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise smoke.SmokeFailed("no nynorsk translation in /nowhere")

    monkeypatch.setattr(smoke, "_check_translations", broken)
    assert smoke.run_smoke(qapp) == 1
    err = capsys.readouterr().err
    assert "smoke test FAILED: no nynorsk translation in /nowhere" in err


@pytest.mark.usefixtures("translations")
def test_smoke_test_fails_on_an_exception_in_a_slot(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt only prints such an exception and goes on; the smoke test must not pass over it."""
    from desktop.views.mainwindow import LogListPage

    def broken(_page: LogListPage, _rows: object) -> None:
        raise RuntimeError("the list broke")

    monkeypatch.setattr(LogListPage, "set_rows", broken)
    assert smoke.run_smoke(qapp) == 1
    err = capsys.readouterr().err
    assert "smoke test FAILED: Traceback" in err
    assert "RuntimeError: the list broke" in err


def test_smoke_wait_gives_up_with_what_it_waited_for(qtbot: QtBot) -> None:
    with pytest.raises(smoke.SmokeFailed, match="the list: not done after 0 s"):
        smoke._wait_until(lambda: False, "the list", timeout_s=0.05)


# --------------------------------------------------------------------------- the built app


@dataclass
class Built:
    folder: Path  # DIST/stafettlogg-<version>
    work: Path  # PyInstaller's work folder

    @property
    def binary(self) -> Path:
        return self.folder / ("stafettlogg.exe" if sys.platform == "win32" else "stafettlogg")

    def python_modules(self) -> set[str]:
        """Every module in the bundle's archive (PyInstaller's table of it, a Python literal)."""
        _archive, entries = ast.literal_eval((self.work / "build" / "PYZ-00.toc").read_text())
        return {entry[0] for entry in entries}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The app built once for this module, as scripts/build-app builds it."""
    where = tmp_path_factory.mktemp("build")
    env = {k: v for k, v in os.environ.items() if k != "STAFETTLOGG_DEBUG_CONSOLE"}
    env["BUILD_WORK"] = str(where / "work")
    result = subprocess.run(
        [str(ROOT / "scripts" / "build-app"), str(where / "dist")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    folder = Path(result.stdout.strip().splitlines()[-1])
    assert folder == where / "dist" / f"stafettlogg-{desktop.__version__}"
    yield Built(folder, where / "work")
    shutil.rmtree(where, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_built_app_passes_its_smoke_test_offscreen(built: Built, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(built.binary), "--smoke-test"],
        env=_app_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith(f"Stafettlogg {desktop.__version__} smoke test OK: training workspace made in ")
    assert ", main window with " in line
    assert "(offscreen), log opened, PDF " in line
    assert "(1 diagrams)" in line  # the guide's example log: reportlab draws its PNG through Pillow
    assert "SQLCipher 4." in line
    assert "keyring.backends.SecretService.Keyring" in line or sys.platform != "linux"
    # Nothing was left behind, and nothing went to the user's folders.
    assert not any((tmp_path / "home").iterdir())
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_built_app_passes_its_smoke_test_in_a_real_x11_window(built: Built, tmp_path: Path) -> None:
    """Under Xvfb the bundle's xcb platform plugin and the X libraries it brings are used."""
    env = _app_env(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        ["xvfb-run", "--auto-servernum", str(built.binary), "--smoke-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(xcb), log opened, PDF " in result.stdout


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_built_app_says_its_version(built: Built, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(built.binary), "--version"],
        env=_app_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Stafettlogg {desktop.__version__}"


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_built_folder_is_lean_and_holds_the_data_files(built: Built) -> None:
    internal = built.folder / "_internal"
    files = [p for p in built.folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb < SIZE_LIMIT_MB
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    # The data files, in one place.
    assert {"resources/i18n/stafettlogg_nn.qm", "resources/i18n/stafettlogg_en.qm"} <= names
    assert not any(n.endswith(".ts") for n in names)
    versions = {p.name for p in (ROOT / "desktop/store/migrations/versions").glob("*.py")}
    assert {f"desktop/store/migrations/versions/{v}" for v in versions} <= names
    assert "desktop/store/migrations/env.py" in names
    assert "reportlab/fonts/Vera.ttf" in names
    # What the app never loads stayed out, and no link points at what was trimmed.
    if sys.platform.startswith("linux"):
        unwanted = (
            "libQt6Quick",
            "libQt6Qml",
            "libQt6VirtualKeyboard",
            "libqgtk3",
            "libqeglfs",
            "libqvnc",
            "libgtk",
            "libcairo",
            "libpango",
        )
        found = sorted(n for n in names if any(u in n.rsplit("/", 1)[-1] for u in unwanted))
        assert found == []
        dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
        assert dangling == []
    translations = {n.rsplit("/", 1)[-1] for n in names if n.startswith("PySide6/Qt/translations/")}
    assert translations <= {"qtbase_nb.qm", "qtbase_no.qm", "qtbase_nn.qm", "qtbase_en.qm"}
    modules = built.python_modules()
    # Imported only when first used (not by the smoke test's start), so named here.
    lazy = {"desktop.models.sync", "desktop.views.connect", "desktop.views.pakke", "desktop.views.backup", "requests"}
    assert {"desktop.app", "desktop.smoke", "desktop.store.keys", "sync.client", "sqlcipher3"} | lazy <= modules
    if sys.platform.startswith("linux"):
        assert {"keyring.backends.SecretService", "secretstorage", "jeepney"} <= modules
    server_side = ("sync.server", "fastapi", "uvicorn", "psycopg", "pytest", "hypothesis", "keyrings")
    unused_qt = ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtDBus", "tkinter")
    assert sorted(m for m in modules if m.startswith(server_side + unused_qt)) == []
