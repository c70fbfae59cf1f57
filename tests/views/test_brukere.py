"""«Brukere»: the leader keeps the unit's employees, and looks after the logs of those who leave."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import fodselsnummer
from desktop.core.context import Context
from desktop.core.entities import OverforingStatus, Stafettlogg
from desktop.core.usecases import transfer
from desktop.models.rows import ROW_ROLE

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from desktop.views.brukere import BrukereTab

from .conftest import Desk
from .helpers import by_name, screenshot, unnamed_controls
from .test_mainwindow import wait_idle, window_for  # noqa: F401 - the main window's fixture

TabFor = Callable[[str], tuple[Desk, BrukereTab]]
LEADER = "Berit Holm"  # styrer of Solsikken barnehage


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def column(table: QTableView, title: str) -> list[str]:
    model = table.model()
    at = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return [model.index(r, at).data() for r in range(model.rowCount())]


def row_of(table: QTableView, first_cell: str) -> dict[str, str]:
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for values in rows(table):
        if values[0] == first_cell:
            return dict(zip(titles, values, strict=True))
    raise AssertionError(f"no row {first_cell!r} in {rows(table)}")


def select(table: QTableView, first_cell: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == first_cell)
    table.setCurrentIndex(model.index(row, 0))


def type_into(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    QTest.keyClicks(widget, text)


def wait_logs(desk: Desk, qtbot: QtBot, tab: BrukereTab, person: str) -> QTableView:
    """Wait until the lower table shows this person's logs (or the empty note)."""
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: tab.logs_box.title() == f"Loggene til {person}")
    desk.wait(qtbot)
    return by_name(tab, "Loggene til den ansatte", QTableView)


@pytest.fixture
def tab_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> TabFor:
    def make(name: str) -> tuple[Desk, BrukereTab]:
        desk = desk_for(name)
        tab = BrukereTab(desk.backend)
        qtbot.addWidget(tab)
        tab.resize(1366, 768)
        tab.show()
        desk.wait(qtbot)
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
        desk.wait(qtbot)
        return desk, tab

    return make


def test_the_leader_sees_the_units_employees_and_the_logs_they_hold(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    assert tab.title == "Brukere"
    assert "De ansatte i Solsikken barnehage" in by_name(tab, "Om brukere", QLabel).text()
    table = by_name(tab, "Ansatte i enheten", QTableView)
    assert column(table, "Navn") == ["Ahmed Karimi", "Berit Holm", "Kari Nilsen", "Mari Olsen"]
    kari = row_of(table, "Kari Nilsen")
    assert kari["Aktør"] == "Ja" and kari["Stafettholder"] == "Ja" and kari["Telefon"] == "Mangler"
    assert (kari["Logger som stafettholder"], kari["Logger som aktør"]) == ("3", "3")
    assert row_of(table, "Ahmed Karimi")["Stafettholder"] == "Nei"

    select(table, "Kari Nilsen")
    logs = wait_logs(desk, qtbot, tab, "Kari Nilsen")
    assert sorted(column(logs, "Barn")) == ["Ella Fjellstad", "Emil Haugen", "Noah Berge"]
    noah = row_of(logs, "Noah Berge")
    assert (noah["Status"], noah["Nivå"], noah["Rolle"]) == ("Aktiv", "2", "Stafettholder og aktør")
    assert noah["Siste aktivitet"] == "24.09.2026" and noah["Overføring"] == ""
    screenshot(tab, "brukere.png")

    # Filtering as you type.
    type_into(by_name(tab, "Filtrer ansatte", QLineEdit), "barnehagelærer")
    assert column(table, "Navn") == ["Mari Olsen"]
    wait_logs(desk, qtbot, tab, "Mari Olsen")
    assert column(by_name(tab, "Loggene til den ansatte", QTableView), "Barn") == ["Sara Lindqvist"]
    assert unnamed_controls(tab) == []


def test_add_an_employee_wrong_then_right_fodselsnummer(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    by_name(tab, "Legg til ansatt", QPushButton).click()
    dialog = by_name(tab, "Legg til ansatt", QDialog)
    right = fodselsnummer.make_synthetic(dt.date(1992, 5, 17), random.Random(4), female=True)
    wrong = right[:10] + str((int(right[10]) + 1) % 10)
    type_into(by_name(dialog, "Fødselsnummer", QLineEdit), wrong)
    type_into(by_name(dialog, "Fornavn", QLineEdit), "Sunniva")
    type_into(by_name(dialog, "Etternavn", QLineEdit), "Lund")
    type_into(by_name(dialog, "Stilling", QLineEdit), "Barnehagelærer")
    by_name(dialog, "Aktør", QCheckBox).click()
    type_into(by_name(dialog, "E-post", QLineEdit), "sunniva.lund@ovingsvik.example.test")
    type_into(by_name(dialog, "Telefon", QLineEdit), "400 00 000")
    assert "vanligste grunnen til at varsler ikke kommer fram" in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    screenshot(dialog, "dialog-legg-til-ansatt.png")
    assert unnamed_controls(dialog) == []
    by_name(dialog, "Legg til", QPushButton).click()
    desk.wait(qtbot)
    error = by_name(dialog, "Feilmelding", QLabel)
    assert error.isVisible() and error.text().startswith("Kontrollsifrene stemmer ikke")
    assert by_name(dialog, "Fornavn", QLineEdit).text() == "Sunniva"  # nothing typed is lost

    type_into(by_name(dialog, "Fødselsnummer", QLineEdit), "1234")
    by_name(dialog, "Legg til", QPushButton).click()
    desk.wait(qtbot)
    assert error.text() == "Fødselsnummeret må ha 11 siffer. Du skrev 4."

    type_into(by_name(dialog, "Fødselsnummer", QLineEdit), right[:6] + " " + right[6:])
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Legg til", QPushButton).click()
    desk.wait(qtbot)
    table = by_name(tab, "Ansatte i enheten", QTableView)
    qtbot.waitUntil(lambda: "Sunniva Lund" in column(table, "Navn"))
    sunniva = row_of(table, "Sunniva Lund")
    assert (sunniva["Stilling"], sunniva["Aktør"], sunniva["Stafettholder"], sunniva["Telefon"]) == (
        "Barnehagelærer",
        "Ja",
        "Nei",
        "400 00 000",
    )
    assert table.currentIndex().data(ROW_ROLE).navn == "Sunniva Lund"  # the new one is selected


def test_edit_the_ticks_and_contact_data(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    table = by_name(tab, "Ansatte i enheten", QTableView)
    select(table, "Ahmed Karimi")
    by_name(tab, "Endre ansatt", QPushButton).click()
    dialog = by_name(tab, "Endre ansatt", QDialog)
    assert not [w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "Fødselsnummer"]  # identity stays
    holder = by_name(dialog, "Stafettholder", QCheckBox)
    assert by_name(dialog, "Aktør", QCheckBox).isChecked() and not holder.isChecked()
    holder.click()
    type_into(by_name(dialog, "Telefon", QLineEdit), "411 11 111")
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Lagre endringene", QPushButton).click()
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: row_of(table, "Ahmed Karimi")["Stafettholder"] == "Ja")
    assert row_of(table, "Ahmed Karimi")["Telefon"] == "411 11 111"

    # A bad e-mail address is refused in the dialog, with the reason.
    by_name(tab, "Endre ansatt", QPushButton).click()
    dialog = by_name(tab, "Endre ansatt", QDialog)
    type_into(by_name(dialog, "E-post", QLineEdit), "ahmed at skolen")
    by_name(dialog, "Lagre endringene", QPushButton).click()
    desk.wait(qtbot)
    assert "ser ikke ut som en e-postadresse" in by_name(dialog, "Feilmelding", QLabel).text()
    dialog.reject()


def confirm_removal(tab: BrukereTab, person: str) -> None:
    by_name(tab, "Fjern fra enheten", QPushButton).click()
    box = by_name(tab, "Fjerne den ansatte?", QMessageBox)
    assert box.text() == f"Fjerne {person} fra Solsikken barnehage?"
    assert "Navnet blir stående i historikken" in box.informativeText()
    by_name(box, "Fjern fra enheten", QPushButton).click()


def test_remove_an_employee_shows_what_happens_to_their_logs(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    table = by_name(tab, "Ansatte i enheten", QTableView)
    select(table, "Berit Holm")
    assert not by_name(tab, "Fjern fra enheten", QPushButton).isEnabled()  # not oneself

    select(table, "Ahmed Karimi")
    confirm_removal(tab, "Ahmed Karimi")
    desk.wait(qtbot)
    notice = by_name(tab, "Melding", QLabel)
    qtbot.waitUntil(notice.isVisible)
    assert "Ahmed Karimi har ansvar for 1 åpne tiltak" in notice.text()
    qtbot.waitUntil(lambda: "Ahmed Karimi" not in column(table, "Navn"))  # held nothing: gone from the list


def test_transfer_for_a_holder_who_has_left(tab_for: TabFor, desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    table = by_name(tab, "Ansatte i enheten", QTableView)
    select(table, "Kari Nilsen")
    wait_logs(desk, qtbot, tab, "Kari Nilsen")
    confirm_removal(tab, "Kari Nilsen")
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: "Kari Nilsen (fjernet)" in column(table, "Navn"))
    assert "er stafettholder for 3 logg(er)" in by_name(tab, "Melding", QLabel).text()
    needs = by_name(tab, "Logger som trenger ny stafettholder", QLabel)
    assert needs.isVisible() and "Kari Nilsen er fjernet fra enheten, men er fortsatt stafettholder" in needs.text()
    assert table.currentIndex().data(ROW_ROLE).navn == "Kari Nilsen"  # still selected, her logs below
    assert not by_name(tab, "Endre ansatt", QPushButton).isEnabled()

    logs = wait_logs(desk, qtbot, tab, "Kari Nilsen")
    select(logs, "Emil Haugen")
    by_name(tab, "Overfør på vegne av", QPushButton).click()
    dialog = by_name(tab, "Overfør stafettlogg", QDialog)
    desk.wait(qtbot)
    qtbot.waitUntil(dialog.isEnabled)
    holder = by_name(dialog, "Ny stafettholder", QComboBox)
    holder.setCurrentIndex(next(i for i in range(holder.count()) if holder.itemText(i).startswith("Mari Olsen")))
    type_into(by_name(dialog, "Grunn til overføringen", QPlainTextEdit), "Kari Nilsen har sluttet.")
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Send overføringen", QPushButton).click()
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: row_of(logs, "Emil Haugen")["Overføring"].startswith("Venter på svar fra Mari Olsen"))
    select(logs, "Emil Haugen")
    assert not by_name(tab, "Overfør på vegne av", QPushButton).isEnabled()  # one transfer at a time
    screenshot(tab, "brukere-fjernet.png")

    # Mari accepts on her PC; the log is Mari's now, and Kari is left only as the aktør she was.
    mari = desk_for("Mari Olsen")
    emil = desk.training.logs["Emil Haugen"]

    def accept(ctx: Context) -> Any:
        logg = ctx.session.get(Stafettlogg, emil)
        assert logg is not None
        waiting = next(o for o in logg.overforinger if o.status is OverforingStatus.VENTER)
        return transfer.accept_transfer(ctx, waiting.id)

    mari.backend.call(accept)
    mari.wait(qtbot)
    tab.refresh()
    qtbot.waitUntil(lambda: row_of(logs, "Emil Haugen")["Stafettholder"] == "Mari Olsen")
    desk.wait(qtbot)
    emil_row = row_of(logs, "Emil Haugen")
    assert (emil_row["Rolle"], emil_row["Overføring"]) == ("Aktør", "")
    assert row_of(table, "Mari Olsen")["Logger som stafettholder"] == "2"
    assert row_of(table, "Kari Nilsen (fjernet)")["Logger som stafettholder"] == "2"


def test_delete_a_passive_log_and_not_an_active_one(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    table = by_name(tab, "Ansatte i enheten", QTableView)
    select(table, "Kari Nilsen")
    logs = wait_logs(desk, qtbot, tab, "Kari Nilsen")
    select(logs, "Ella Fjellstad")
    delete = by_name(tab, "Slett loggen", QPushButton)
    assert delete.toolTip() == "Bare passive logger kan slettes."
    delete.click()
    desk.wait(qtbot)
    error = by_name(tab, "Feilmelding", QLabel)
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Bare passive logger kan slettes. Sett loggen passiv først."
    assert "Ella Fjellstad" in column(logs, "Barn")

    select(table, "Mari Olsen")
    logs = wait_logs(desk, qtbot, tab, "Mari Olsen")
    select(logs, "Sara Lindqvist")
    assert row_of(logs, "Sara Lindqvist")["Status"] == "Passiv"
    delete.click()
    box = by_name(tab, "Slette loggen?", QMessageBox)
    assert box.text() == "Slette loggen for Sara Lindqvist?"
    assert "kan ikke angres" in box.informativeText() and "signerte samtykket blir liggende" in box.informativeText()
    screenshot(tab, "brukere-slett.png")
    by_name(box, "Slett loggen for godt", QPushButton).click()
    desk.wait(qtbot)
    qtbot.waitUntil(lambda: column(logs, "Barn") == [])
    assert by_name(tab, "Ingen logger", QLabel).text() == "Mari Olsen har ingen logger i enheten."
    assert row_of(table, "Mari Olsen")["Logger som stafettholder"] == "0"


def test_clear_forgets_every_name(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(LEADER)
    select(by_name(tab, "Ansatte i enheten", QTableView), "Kari Nilsen")
    wait_logs(desk, qtbot, tab, "Kari Nilsen")
    tab.refresh()  # an answer on its way when the window locks is dropped
    tab.clear()
    desk.wait(qtbot)
    assert tab.model.rowCount() == 0 and tab.logg_model.rowCount() == 0
    shown = " ".join(label.text() for label in tab.findChildren(QLabel)) + tab.logs_box.title()
    for name in ("Kari", "Ella", "Solsikken"):
        assert name not in shown


def test_models_pass_the_model_tester(tab_for: TabFor, qtbot: QtBot, qtmodeltester: Any) -> None:
    desk, tab = tab_for(LEADER)
    select(by_name(tab, "Ansatte i enheten", QTableView), "Kari Nilsen")
    wait_logs(desk, qtbot, tab, "Kari Nilsen")
    for model in (tab.model, tab.logg_model, tab.proxy, tab.logg_proxy):
        qtmodeltester.check(model)


def test_only_a_leader_gets_the_list(tab_for: TabFor, desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    tab = BrukereTab(desk.backend)
    qtbot.addWidget(tab)
    tab.show()
    desk.wait(qtbot)
    assert tab.model.rowCount() == 0
    assert by_name(tab, "Om brukere", QLabel).text() == "Bare lederen for en enhet kan se enhetens ansatte og logger."


def test_in_the_leaders_main_window_and_cleared_on_lock(window_for: Callable[..., Any], qtbot: QtBot) -> None:  # noqa: F811
    window = window_for("Berit Holm")
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[1:3] == ["Brukere", "Oversikt"]
    brukere = window.tabs.widget(1)
    assert isinstance(brukere, BrukereTab)
    window.tabs.setCurrentIndex(1)  # shown: it loads
    qtbot.waitUntil(lambda: brukere.model.rowCount() == 4, timeout=10_000)
    wait_idle(window, qtbot)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    assert brukere.model.rowCount() == 0 and brukere.logg_model.rowCount() == 0
    assert "Solsikken" not in by_name(brukere, "Om brukere", QLabel).text()
