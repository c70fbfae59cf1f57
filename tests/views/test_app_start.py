"""First start: the training municipality is offered, made, and a person signs in."""

from __future__ import annotations

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
