"""Universal design: every interactive widget a person can reach has a Norwegian accessible name."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from .conftest import Desk
from .helpers import open_log_view, unnamed_controls


def test_every_section_of_the_log_view_is_named(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    view = open_log_view(desk, qtbot)
    missing = []
    for row in range(view.nav.count()):
        view.nav.setCurrentRow(row)
        desk.wait(qtbot)
        missing += unnamed_controls(view)
    assert sorted(set(missing)) == []


def test_the_walker_finds_an_unnamed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("Uten navn"))
    named = QPushButton("Med navn")
    named.setAccessibleName("Med navn")
    layout.addWidget(named)
    assert unnamed_controls(root) == ["QPushButton('Uten navn') in QWidget"]
