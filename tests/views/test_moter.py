"""«Møter»: the holder calls a meeting with an agenda and participants, then writes the minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.context import OSLO
from desktop.core.snapshot import LoggSnapshot
from desktop.models.rows import ROW_ROLE

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
)

from desktop.views.moter import MoterPage

from .conftest import Desk
from .helpers import by_name, load_snapshot, screenshot, unnamed_controls

PageFor = Callable[[str], tuple[Desk, MoterPage]]
MINUTES = "Ella spiser selv ved lunsjen. Mor og far fortsetter den faste treningen hjemme. Neste møte er 15. januar."


def items(widget: QListWidget) -> dict[str, bool]:
    return {widget.item(i).text(): widget.item(i).checkState() is Qt.CheckState.Checked for i in range(widget.count())}


@pytest.fixture
def page_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> PageFor:
    def make(name: str) -> tuple[Desk, MoterPage]:
        desk = desk_for(name)
        page = MoterPage(desk.backend)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_snapshot(load_snapshot(desk, qtbot))
        return desk, page

    return make


def test_call_a_meeting_and_write_the_minutes(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    table = by_name(page, "Møter i loggen", QTableView)
    before = table.model().rowCount()

    by_name(page, "Kall inn til møte", QPushButton).click()
    dialog = by_name(page, "Kall inn til møte", QDialog)
    # Ella's log has had meetings: a later meeting is short, and the agenda is prefilled to match.
    assert "Senere møter er korte" in by_name(dialog, "Råd om møtet", QLabel).text()
    agenda = by_name(dialog, "Dagsorden", QPlainTextEdit)
    assert "Lysglimt siden sist" in agenda.toPlainText()
    agenda.setPlainText("1. Lysglimt siden sist.\n2. Evaluering av den faste treningen hjemme.")
    people = by_name(dialog, "Deltakere", QListWidget)
    assert items(people) == {
        "Kari Nilsen, pedagogisk leder": True,
        "Mona Fjellstad, mor": True,
        "Per Fjellstad, far": True,
        "Ahmed Karimi, assistent": True,
    }
    people.findItems("Ahmed Karimi, assistent", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)
    by_name(dialog, "Annen deltaker", QLineEdit).setText("Ingrid Sørli, fysioterapeut")
    by_name(dialog, "Legg til deltaker", QPushButton).click()
    by_name(dialog, "Sted", QLineEdit).setText("Solsikken barnehage, møterommet")
    when = by_name(dialog, "Tidspunkt", QDateTimeEdit)
    when.setDateTime(dt.datetime(2026, 12, 3, 14, 30))
    screenshot(dialog, "dialog-kall-inn.png")
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Kall inn", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))

    assert table.model().rowCount() == before + 1
    mote = table.currentIndex().data(ROW_ROLE)  # the new meeting is selected
    assert mote.tidspunkt == dt.datetime(2026, 12, 3, 14, 30, tzinfo=OSLO)
    assert mote.deltakere == [
        "Kari Nilsen, pedagogisk leder",
        "Mona Fjellstad, mor",
        "Per Fjellstad, far",
        "Ingrid Sørli, fysioterapeut",
    ]
    row = [table.model().index(table.currentIndex().row(), c).data() for c in range(4)]
    assert row[0] == "03.12.2026 kl. 14:30" and row[1] == "Solsikken barnehage, møterommet"
    assert row[3] == "Ikke holdt ennå"
    detail = by_name(page, "Møtet", QTextBrowser).toPlainText()
    assert "Evaluering av den faste treningen hjemme." in detail and "ikke skrevet ennå" in detail

    by_name(page, "Skriv referat", QPushButton).click()
    dialog = by_name(page, "Skriv referat", QDialog)
    assert "Evaluering av den faste treningen hjemme." in by_name(dialog, "Dagsorden", QLabel).text()
    by_name(dialog, "Referat", QPlainTextEdit).setPlainText(MINUTES)
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Lagre referatet", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))

    assert table.currentIndex().data(ROW_ROLE).referat == MINUTES
    assert table.model().index(table.currentIndex().row(), 3).data() == "Skrevet"
    assert MINUTES in by_name(page, "Møtet", QTextBrowser).toPlainText()
    screenshot(page, "logg-moter.png")


def test_a_meeting_needs_someone_to_call(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    dialog = page.call_meeting()
    assert dialog is not None
    people = by_name(dialog, "Deltakere", QListWidget)
    for i in range(people.count()):
        people.item(i).setCheckState(Qt.CheckState.Unchecked)
    by_name(dialog, "Kall inn", QPushButton).click()
    desk.wait(qtbot)
    assert by_name(dialog, "Feilmelding", QLabel).text() == "Kryss av for minst én deltaker."
    assert dialog.isVisible()
    dialog.reject()


def test_escape_while_saving_waits_for_the_answer(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    dialog = page.write_minutes()
    assert dialog is not None
    by_name(dialog, "Referat", QPlainTextEdit).setPlainText(MINUTES)
    with qtbot.waitSignal(dialog.finished) as finished:
        by_name(dialog, "Lagre referatet", QPushButton).click()
        dialog.reject()  # Esc while the save is on the worker: the dialog stays for its answer
        assert dialog.isVisible()
    assert finished.args == [QDialog.DialogCode.Accepted.value]


def test_the_first_meeting_is_long(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    assert page.snap is not None
    empty = LoggSnapshot(**{**page.snap.__dict__, "moter": []})
    page.set_snapshot(empty)
    assert by_name(page, "Møter i loggen", QTableView).isHidden()
    assert not by_name(page, "Skriv referat", QPushButton).isEnabled()
    dialog = page.call_meeting()
    assert dialog is not None
    assert "Det første møtet er langt" in by_name(dialog, "Råd om møtet", QLabel).text()
    assert "Velkommen" in by_name(dialog, "Dagsorden", QPlainTextEdit).toPlainText()
    dialog.reject()


def test_every_control_has_a_name(page_for: PageFor) -> None:
    _desk, page = page_for("Kari Nilsen")
    assert unnamed_controls(page) == []
    for dialog in (page.call_meeting(), page.write_minutes()):
        assert dialog is not None
        assert unnamed_controls(dialog) == []
        dialog.reject()


def test_an_actor_reads_meetings_but_does_not_call_them(page_for: PageFor) -> None:
    _desk, page = page_for("Ahmed Karimi")
    assert page.model.rowCount() >= 1
    assert by_name(page, "Kall inn til møte", QPushButton).isHidden()
    assert by_name(page, "Skriv referat", QPushButton).isHidden()
    assert page.call_meeting() is None and page.write_minutes() is None


def test_meeting_model_passes_the_model_tester(page_for: PageFor, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _desk, page = page_for("Kari Nilsen")
    assert page.model.rowCount() >= 2
    qtmodeltester.check(page.model)
