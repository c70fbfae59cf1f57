"""The main window as a person uses it: find a log, open it, create one, walk away and come back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import WorkspaceLocker
from desktop.models.backend import Backend
from desktop.models.operations import Operations
from desktop.store.workspace import Workspace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QWidget

from desktop.views.logview import LogView
from desktop.views.mainwindow import MainWindow

from ..core.conftest import Clock
from .conftest import PASSPHRASE, TRAINING_NOW, Training
from .helpers import by_name, screenshot, unnamed_controls, when_modal


@pytest.fixture
def window_for(training_template: Training, tmp_path: Path, qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    import shutil

    folder = tmp_path / "ws"
    shutil.copytree(training_template.dir, folder)
    made: list[tuple[MainWindow, Operations, WorkspaceLocker]] = []
    faults: list[object] = []

    def make(name: str, *, idle_minutes: float = 10) -> MainWindow:
        ws = Workspace.open(folder, passphrase=PASSPHRASE)
        locker = WorkspaceLocker(ws)
        ops = Operations()
        backend = Backend(ops, ws.transaction, training_template.people[name], clock=Clock(TRAINING_NOW))
        backend.bug.connect(faults.append)
        window = MainWindow(
            backend=backend, locker=locker, who_text=name, may_create=name == "Kari Nilsen", idle_minutes=idle_minutes
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
        made.append((window, ops, locker))
        return window

    yield make
    assert faults == []
    for window, ops, locker in made:
        qtbot.waitUntil(lambda ops=ops: not ops.busy, timeout=10_000)
        window.idle.timer.stop()
        ops.shutdown()
        locker.close()


def wait_idle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.backend.ops.busy, timeout=10_000)


def test_mine_logger_filters_as_you_type_and_opens_a_log(window_for: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = window_for("Kari Nilsen")
    table = by_name(window, "Mine logger", QTableView)
    assert table.model().rowCount() == 3
    qtbot.keyClicks(by_name(window, "Filtrer loggene", QLineEdit), "noah")
    assert table.model().rowCount() == 1
    qtbot.keyClick(by_name(window, "Filtrer loggene", QLineEdit), Qt.Key.Key_Return)
    view = window.tabs.currentWidget()
    assert isinstance(view, LogView)
    qtbot.waitUntil(lambda: view.snap is not None, timeout=10_000)
    assert view.snap is not None and view.snap.barn == "Noah Berge"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Noah Berge"
    assert unnamed_controls(window) == []


def test_only_holders_are_offered_a_new_log(window_for: Callable[..., MainWindow], qtbot: QtBot) -> None:
    assert by_name(window_for("Kari Nilsen"), "Opprett ny logg", QPushButton).isVisibleTo(
        window_for.__self__ if False else window_for("Kari Nilsen")
    )
    assert not by_name(window_for("Ahmed Karimi"), "Opprett ny logg", QPushButton).isVisible()


def test_lock_on_idle_hides_everything_drops_the_key_and_unlocks(
    window_for: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = window_for("Kari Nilsen")
    window.open_log(window.list_page.model.row_id(0))
    wait_idle(window, qtbot)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.idle.timer.start(50)  # the idle time runs out (10 minutes in real use)
    assert window.is_locked
    assert window.locker.workspace is None  # the engine and its key are gone  # type: ignore[attr-defined]
    assert window.list_page.model.rowCount() == 0 and window.tabs.count() == 1 + len(window.role_tabs)
    assert not any(w.isVisible() for w in window.findChildren(LogView))
    screen = window.lock_screen
    by_name(screen, "Passordfrase for å låse opp", QLineEdit).setText("feil passordfrase")
    by_name(screen, "Lås opp", QPushButton).click()
    qtbot.waitUntil(lambda: by_name(screen, "Feilmelding", QWidget).isVisible(), timeout=10_000)
    assert window.is_locked
    by_name(screen, "Passordfrase for å låse opp", QLineEdit).setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        by_name(screen, "Lås opp", QPushButton).click()
    window.idle.timer.stop()
    wait_idle(window, qtbot)
    assert not window.is_locked
    assert window.list_page.model.rowCount() == 3 and len(window.log_views()) == 1


def test_meeting_mode_from_the_log_and_the_idle_lock_blanks_the_big_screen(
    window_for: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from desktop.views.motemodus import MeetingWindow, PresenterPanel

    window = window_for("Kari Nilsen")
    view = window.open_log(window.list_page.model.row_id(0))
    qtbot.waitUntil(lambda: view.snap is not None, timeout=10_000)
    name = view.snap.barn  # type: ignore[union-attr]

    def present(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: len(dialog.findChildren(QCheckBox)) > 1, timeout=10_000)
        for box in dialog.findChildren(QCheckBox):
            box.setChecked(True)
        by_name(dialog, "Start møtet", QPushButton).click()

    when_modal(present, title="Start møtemodus")
    by_name(view, "Start møtemodus", QPushButton).click()
    qtbot.waitUntil(lambda: window.meeting is not None, timeout=10_000)
    wall = next(w for w in window.findChildren(MeetingWindow))
    assert wall.isVisible() and wall.screen().name() == "Storskjerm" and name in wall.header.text()
    assert next(iter(window.findChildren(PresenterPanel))).isVisible()
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.idle.timer.start(50)
    assert window.meeting is None
    assert not any(w.isVisible() for w in window.findChildren(MeetingWindow))


def test_an_open_log_fits_a_1366x768_screen(window_for: Callable[..., MainWindow], qtbot: QtBot) -> None:
    """Many municipal laptops have 1366×768; the holder's log has the most buttons in its header."""
    window = window_for("Kari Nilsen")
    view = window.open_log(window.list_page.model.row_id(0))
    qtbot.waitUntil(lambda: view.snap is not None, timeout=10_000)
    wait_idle(window, qtbot)
    assert by_name(view, "Avslutt loggen", QPushButton).isVisible()
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    # Room left for the window's title bar and the taskbar.
    assert needed.width() <= 1366 and needed.height() <= 768 - 70, needed
    window.resize(1366, 768 - 70)
    for row in range(view.nav.count()):  # every page, as a person would look at it
        view.nav.setCurrentRow(row)
        wait_idle(window, qtbot)
        screenshot(window, f"logg-side-{row + 1}-1366x698.png")


@pytest.mark.parametrize("name", ["Berit Holm", "Astrid Kvam"])  # a unit leader; the kommune's administrator
def test_every_role_tab_fits_a_1366x768_screen(window_for: Callable[..., MainWindow], qtbot: QtBot, name: str) -> None:
    window = window_for(name)
    qtbot.waitUntil(lambda: bool(window.role_tabs), timeout=10_000)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_idle(window, qtbot)
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        title = window.tabs.tabText(index)
        assert needed.width() <= 1366 and needed.height() <= 768 - 70, (title, needed)
        window.resize(1366, 768 - 70)
        screenshot(window, f"fane-{name.split()[0].lower()}-{index + 1}-1366x698.png")


def test_an_empty_list_says_why_and_where_a_leader_finds_the_units_logs(
    window_for: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QLabel

    leader = window_for("Berit Holm")  # holds no log herself
    qtbot.waitUntil(lambda: bool(leader.role_tabs), timeout=10_000)
    empty = by_name(leader.list_page, "Ingen logger", QLabel)
    assert empty.isVisible() and "stafettholder eller aktør" in empty.text() and "«Brukere»" in empty.text()
    assert "Opprett ny logg" not in empty.text()  # she may not create logs
    holder = window_for("Kari Nilsen")
    assert not by_name(holder.list_page, "Ingen logger", QLabel).isVisible()
    holder.list_page.filter.setText("ingen slik")  # no match is not an empty list
    assert not by_name(holder.list_page, "Ingen logger", QLabel).isVisible()
