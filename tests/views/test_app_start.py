"""First start: the training municipality is offered, made, and a person signs in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app import Startup
from desktop.store.workspace import Workspace

from PySide6.QtWidgets import QListWidget, QPushButton, QWidget

from .helpers import by_name, when_modal


def test_first_start_offers_training_then_sign_in(qtbot: QtBot, tmp_path: Path) -> None:
    def welcome(dialog: QWidget) -> None:
        by_name(dialog, "Åpne kursløsningen", QPushButton).click()

    def sign_in(dialog: QWidget) -> None:
        people = by_name(dialog, "Personer du kan logge inn som", QListWidget)
        names = [people.item(i).text().split("\n")[0] for i in range(people.count())]
        assert "Kari Nilsen" in names and "Mona Fjellstad" in names
        people.setCurrentRow(names.index("Kari Nilsen"))
        by_name(dialog, "Logg inn", QPushButton).click()

    when_modal(welcome, title="Velkommen til Stafettlogg")
    when_modal(sign_in, title="Logg inn")
    started = Startup(tmp_path / "ws", kurs=False).run()
    assert started is not None
    workspace, person = started
    try:
        assert person.navn == "Kari Nilsen"
        assert Workspace.exists(tmp_path / "ws")
    finally:
        workspace.close()


def test_the_server_setting_read_at_start_is_the_syncs_own() -> None:
    """A start reads a workspace's server address without importing the sync (desktop/app.py)."""
    from desktop import app
    from desktop.models import sync

    assert app.SERVER_SETTING == sync.SERVER


def test_the_app_and_its_main_window_import_nothing_a_start_does_not_use() -> None:
    """The sync, the log view, the package and backup dialogs, the training stories, PDF and
    migrations are imported when first used (docs/benchmarks.md, «Oppstart»)."""
    later = (
        "desktop.models.sync",
        "sync.client",
        "requests",
        "desktop.views.connect",
        "desktop.views.logview",
        "desktop.views.pakke",
        "desktop.views.backup",
        "desktop.core.training",
        "desktop.core.snapshot",
        "reportlab",
        "alembic",
    )
    code = "import sys, desktop.app; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert sorted(set(later) & set(out)) == []
