"""Shared test setup: no real display, no real keyring, no real user folders."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.store.keys import MemoryKeyring

# Before any QApplication exists: without a display pytest-qt would abort the process.
# Two virtual screens, as in a meeting room: the laptop (primary) and a 1080p TV beside it.
SCREENS = [
    {"name": "Baerbar", "x": 0, "y": 0, "width": 1366, "height": 768},
    {"name": "Storskjerm", "x": 1366, "y": 0, "width": 1920, "height": 1080},
]
if not os.environ.get("STAFETTLOGG_TEST_DISPLAY"):
    _config = os.path.join(tempfile.mkdtemp(prefix="stafettlogg-screens-"), "screens.json")
    with open(_config, "w", encoding="utf-8") as _f:
        json.dump({"screens": [dict(s, logicalDpi=96, logicalBaseDpi=96, dpr=1.0) for s in SCREENS]}, _f)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"


@pytest.fixture(autouse=True)
def isolated_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring; the developer's own is never touched."""
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("stafettlogg-home")
    monkeypatch.setenv("STAFETTLOGG_HOME", str(home))
    return home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def gui_thread_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests collect garbage on the GUI thread only, as the app does (see models/collector.py)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from desktop.models.collector import GuiThreadCollector

    request.getfixturevalue("qapp")
    collector = GuiThreadCollector()
    try:
        yield
    finally:
        collector.stop()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite server database with Øvingsvik kommune, built once; tests copy it (tests/sync/support.py)."""
    from tests.sync.support import seed_file

    path = tmp_path_factory.mktemp("server-seed") / "seed.db"
    seed_file(path)
    return path
