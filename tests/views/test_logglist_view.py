"""«Mine logger» as a user drives it: the chosen log stays chosen while it matches, a header sorts."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.app import WorkspaceLocker

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from desktop.views.mainwindow import MainWindow

from .conftest import Desk
from .helpers import by_name


def shown(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def chosen_child(table: QTableView) -> str:
    return str(table.model().index(table.currentIndex().row(), 0).data())


def test_filtering_keeps_the_chosen_log_and_a_header_click_sorts(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    window = MainWindow(backend=desk.backend, locker=WorkspaceLocker(desk.workspace), who_text="Kari", may_create=True)
    qtbot.addWidget(window)
    window.show()
    desk.wait(qtbot)
    table = by_name(window, "Mine logger", QTableView)
    names = shown(table)
    assert names == sorted(names, key=str.casefold) and len(names) == 3

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last log, by keyboard
    chosen = names[-1]
    assert chosen_child(table) == chosen
    box = by_name(window, "Filtrer loggene", QLineEdit)
    qtbot.keyClicks(box, chosen.split()[1][:3].lower())  # the first letters of the surname
    assert chosen in shown(table)
    assert chosen_child(table) == chosen  # still the chosen one
    box.clear()
    assert shown(table) == names

    header = table.horizontalHeader()
    first = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert shown(table) == list(reversed(names))  # Barn again: descending
    window.idle.timer.stop()
