"""«Kommunen»: the administrator adds services, units, leaders and a GP, and sees who is findable."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import fodselsnummer
from desktop.core.queries import Roller, roller

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.views.kommune import KommuneTab
from desktop.views.mainwindow import MainWindow
from desktop.views.roletabs import role_tabs

from .conftest import Desk
from .helpers import by_name, screenshot, unnamed_controls, when_modal
from .test_mainwindow import window_for  # noqa: F401 - a fixture

ADMIN = "Astrid Kvam"
TabFor = Callable[[str], tuple[Desk, KommuneTab]]


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def column(table: QTableView, col: int = 0) -> list[str]:
    return [r[col] for r in rows(table)]


def select_row(table: QTableView, text: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    table.setCurrentIndex(model.index(row, 0))


def current(table: QTableView) -> str:
    return str(table.currentIndex().siblingAtColumn(0).data())


def section(tab: KommuneTab, title: str) -> None:
    sections = by_name(tab, "Deler av kommunesiden", QListWidget)
    row = next(r for r in range(sections.count()) if sections.item(r).text() == title)
    sections.setFocus()
    sections.setCurrentRow(row)
    assert by_name(tab, title).isVisible()


def dialog_named(tab: KommuneTab, qtbot: QtBot, title: str) -> QDialog:
    qtbot.waitUntil(lambda: any(d.accessibleName() == title and d.isVisible() for d in tab.findChildren(QDialog)))
    return by_name(tab, title, QDialog)


def type_into(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    field = by_name(root, name, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def save(qtbot: QtBot, desk: Desk, dialog: QDialog, button: str) -> None:
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, button, QPushButton).click()
    desk.wait(qtbot)


def good_fnr(seed: int, born: dt.date = dt.date(1980, 5, 17)) -> str:
    return fodselsnummer.make_synthetic(born, random.Random(seed))


def bad_fnr(seed: int) -> str:
    good = good_fnr(seed)
    return good[:10] + str((int(good[10]) + 1) % 10)


@pytest.fixture
def tab_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> TabFor:
    def make(name: str) -> tuple[Desk, KommuneTab]:
        desk = desk_for(name)
        tab = KommuneTab(desk.backend)
        qtbot.addWidget(tab)
        tab.resize(1366, 768)
        tab.show()  # loads what it shows when first shown
        desk.wait(qtbot)
        return desk, tab

    return make


# ----------------------------------------------------------------------------- who gets the tab


def test_only_the_administrator_gets_the_tab(desk_for: Callable[[str], Desk], qtbot: QtBot) -> None:
    for name, expected in ((ADMIN, ["Kommunen"]), ("Berit Holm", []), ("Kari Nilsen", [])):
        desk = desk_for(name)
        got: list[Roller] = []
        desk.backend.call(roller, success=got.append)
        desk.wait(qtbot)
        tabs = role_tabs(desk.backend, got[0])
        for t in tabs:
            qtbot.addWidget(t)
        assert [t.title for t in tabs if isinstance(t, KommuneTab)] == expected, name


def test_the_overview_of_oevingsvik(tab_for: TabFor) -> None:
    _desk, tab = tab_for(ADMIN)
    assert by_name(tab, "Kommunens navn", QLabel).text() == "Øvingsvik kommune – kommuneadministrasjon"
    services = by_name(tab, "Tjenester", QTableView)
    assert rows(services) == [
        ["Barnehage", "2"],
        ["Barnevern", "1"],
        ["Helsestasjon", "1"],
        ["PPT", "1"],
        ["Skole", "1"],
    ]
    select_row(services, "Barnehage")
    units = rows(by_name(tab, "Enheter i tjenesten", QTableView))
    assert [r[0] for r in units] == ["Solsikken barnehage", "Tussilago barnehage"]
    assert all(r[1] != "Ingen leder" for r in units)
    screenshot(tab, "kommune-tjenester.png")
    section(tab, "Eksterne aktører")
    screenshot(tab, "kommune-eksterne.png")
    assert rows(by_name(tab, "Eksterne aktører i kommunen", QTableView)) == [
        ["Erik Brenna", "Fastlege ved Øvingsvik legesenter", "erik.brenna@legesenter.example.test", "Mangler"]
    ]


def test_clear_forgets_everything_shown(tab_for: TabFor) -> None:
    _desk, tab = tab_for(ADMIN)
    tab.clear()
    assert by_name(tab, "Kommunens navn", QLabel).text() == ""
    for name in ("Tjenester", "Enheter i tjenesten", "Enheter og ledere", "Eksterne aktører i kommunen"):
        assert rows(by_name(tab, name, QTableView)) == []
    assert by_name(tab, "Enhet", QComboBox).count() == 0
    assert not by_name(tab, "Ny ekstern aktør", QPushButton).isEnabled()


# ----------------------------------------------------------------------------- the administrator's day


def test_service_unit_leader_and_gp_through_the_widgets(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(ADMIN)

    # A new service and a unit in it.
    by_name(tab, "Ny tjeneste", QPushButton).click()
    dialog = dialog_named(tab, qtbot, "Ny tjeneste")
    type_into(qtbot, dialog, "Navnet på tjenesten", "Familiesenter")
    save(qtbot, desk, dialog, "Opprett tjenesten")
    services = by_name(tab, "Tjenester", QTableView)
    assert ["Familiesenter", "0"] in rows(services)
    assert current(services) == "Familiesenter"

    by_name(tab, "Ny enhet", QPushButton).click()
    dialog = dialog_named(tab, qtbot, "Ny enhet")
    assert by_name(dialog, "Tjeneste", QComboBox).currentText() == "Familiesenter"
    type_into(qtbot, dialog, "Navnet på enheten", "Øvingsvik familiesenter")
    save(qtbot, desk, dialog, "Opprett enheten")
    units = by_name(tab, "Enheter i tjenesten", QTableView)
    assert rows(units) == [["Øvingsvik familiesenter", "Ingen leder", "0"]]
    assert current(units) == "Øvingsvik familiesenter"

    # A name already taken is refused in the dialog, which keeps the text; then renamed.
    by_name(tab, "Gi enheten nytt navn", QPushButton).click()
    dialog = dialog_named(tab, qtbot, "Gi enheten nytt navn")
    assert by_name(dialog, "Nytt navn på enheten", QLineEdit).text() == "Øvingsvik familiesenter"
    type_into(qtbot, dialog, "Nytt navn på enheten", "solsikken barnehage")
    by_name(dialog, "Lagre", QPushButton).click()
    error = by_name(dialog, "Feilmelding", QLabel)
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Kommunen har allerede en enhet som heter «Solsikken barnehage». Velg et annet navn."
    assert by_name(dialog, "Nytt navn på enheten", QLineEdit).text() == "solsikken barnehage"
    type_into(qtbot, dialog, "Nytt navn på enheten", "Familiens hus")
    save(qtbot, desk, dialog, "Lagre")
    assert rows(units) == [["Familiens hus", "Ingen leder", "0"]]
    select_row(services, "Familiesenter")
    assert ["Familiesenter", "1"] in rows(services)

    # A leader by fødselsnummer: a wrong number is refused with the checksum message.
    section(tab, "Ledere")
    select_row(by_name(tab, "Enheter og ledere", QTableView), "Familiens hus")
    assert by_name(tab, "Ingen leder", QLabel).isVisible()
    by_name(tab, "Ny leder", QPushButton).click()
    dialog = dialog_named(tab, qtbot, "Ny leder for Familiens hus")
    type_into(qtbot, dialog, "Fornavn", "Frida")
    type_into(qtbot, dialog, "Etternavn", "Fossum")
    type_into(qtbot, dialog, "Fødselsnummer", bad_fnr(1))
    type_into(qtbot, dialog, "Stilling", "Virksomhetsleder")
    type_into(qtbot, dialog, "E-post", "frida.fossum@ovingsvik.example.test")
    by_name(dialog, "Kan være aktør", QCheckBox).setChecked(True)
    screenshot(dialog, "kommune-ny-leder.png")
    by_name(dialog, "Legg inn lederen", QPushButton).click()
    error = by_name(dialog, "Feilmelding", QLabel)
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Kontrollsifrene stemmer ikke. Sjekk at fødselsnummeret er skrevet riktig."
    assert by_name(dialog, "Fornavn", QLineEdit).text() == "Frida"
    type_into(qtbot, dialog, "Fødselsnummer", good_fnr(1))
    save(qtbot, desk, dialog, "Legg inn lederen")
    leaders = by_name(tab, "Ledere i enheten", QTableView)
    assert rows(leaders) == [["Frida Fossum", "Virksomhetsleder", "frida.fossum@ovingsvik.example.test", "Mangler"]]
    assert ["Familiens hus", "Familiesenter", "Frida Fossum"] in rows(by_name(tab, "Enheter og ledere", QTableView))
    assert not by_name(tab, "Melding", QLabel).isVisible()

    # An external GP.
    section(tab, "Eksterne aktører")
    by_name(tab, "Ny ekstern aktør", QPushButton).click()
    dialog = dialog_named(tab, qtbot, "Ny ekstern aktør")
    assert not [w for w in dialog.findChildren(QCheckBox) if w.accessibleName() == "Kan være aktør"]
    type_into(qtbot, dialog, "Fornavn", "Gunn")
    type_into(qtbot, dialog, "Etternavn", "Legeland")
    type_into(qtbot, dialog, "Fødselsnummer", good_fnr(2, dt.date(1972, 3, 9)))
    type_into(qtbot, dialog, "Stilling", "Fastlege ved Nordby legekontor")
    type_into(qtbot, dialog, "Telefon", "55 55 55 55")
    screenshot(dialog, "kommune-ny-ekstern.png")
    save(qtbot, desk, dialog, "Legg inn aktøren")
    externals = by_name(tab, "Eksterne aktører i kommunen", QTableView)
    assert ["Gunn Legeland", "Fastlege ved Nordby legekontor", "Mangler", "55 55 55 55"] in rows(externals)
    assert current(externals) == "Gunn Legeland"
    notice = by_name(tab, "Melding", QLabel)
    assert notice.isVisible()
    assert notice.text() == "Gunn Legeland har ingen e-postadresse og får ikke varsler om tiltak."

    # Findable: the GP at nivå 2 and 3, not at nivå 1.
    section(tab, "Hvem kan finnes på hvilket nivå")
    assert by_name(tab, "Om nivåene", QLabel).text().startswith("På nivå 1 kan en logg bare knytte til seg aktører")
    combo = by_name(tab, "Enhet", QComboBox)
    combo.setCurrentIndex(combo.findText("Solsikken barnehage"))
    niva1, niva23 = (
        by_name(tab, "Kan knyttes til på nivå 1", QTableView),
        by_name(tab, "Kan knyttes til på nivå 2 og 3", QTableView),
    )
    qtbot.waitUntil(lambda: "Kari Nilsen" in column(niva1))
    assert "Gunn Legeland" not in column(niva1)
    assert {r[2] for r in rows(niva1)} == {"Egen enhet"}
    assert ["Gunn Legeland", "Fastlege ved Nordby legekontor", "Ekstern aktør"] in rows(niva23)
    assert ["Erik Brenna", "Fastlege ved Øvingsvik legesenter", "Ekstern aktør"] in rows(niva23)
    assert set(column(niva1)) < set(column(niva23))
    # What nivå 2 and 3 add comes after the unit's own: other units, then external actors.
    groups = column(niva23, 2)
    assert groups == sorted(groups, key=["Egen enhet", "Annen enhet", "Ekstern aktør"].index)
    screenshot(tab, "kommune-finnbare.png")


def test_correct_and_remove_the_gp(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(ADMIN)
    section(tab, "Eksterne aktører")
    externals = by_name(tab, "Eksterne aktører i kommunen", QTableView)
    select_row(externals, "Erik Brenna")
    externals.setFocus()
    qtbot.keyClick(externals, Qt.Key.Key_Return)  # Enter on a row opens it for editing
    dialog = dialog_named(tab, qtbot, "Endre Erik Brenna")
    assert not [w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "Fødselsnummer"]
    type_into(qtbot, dialog, "Telefon", "22 33 44 55")
    save(qtbot, desk, dialog, "Lagre endringene")
    assert rows(externals)[0][3] == "22 33 44 55"

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.text() == "Fjerne Erik Brenna?"
        by_name(box, "Fjern aktøren", QPushButton).click()

    when_modal(confirm, title="Fjern den eksterne aktøren")
    by_name(tab, "Fjern den eksterne aktøren", QPushButton).click()
    notice = by_name(tab, "Melding", QLabel)
    qtbot.waitUntil(notice.isVisible)
    desk.wait(qtbot)
    assert notice.text().startswith("Erik Brenna har ansvar for 1 tiltak som ikke er evaluert, i 1 logg.")
    assert "Be stafettholderen (Hanne Lie) evaluere tiltakene" in notice.text()
    assert "William" not in notice.text() and "Ida" not in notice.text()
    assert rows(externals) == []
    assert by_name(tab, "Ingen eksterne aktører", QLabel).isVisible()


def test_make_an_employee_leader_and_take_the_role_away(tab_for: TabFor, qtbot: QtBot) -> None:
    desk, tab = tab_for(ADMIN)
    section(tab, "Ledere")
    units = by_name(tab, "Enheter og ledere", QTableView)
    # Loaded while another section was shown: the first unit's leader is chosen and can be acted on.
    assert current(units) == "Barneverntjenesten"
    assert current(by_name(tab, "Ledere i enheten", QTableView)) == "Sigrid Moen"
    assert by_name(tab, "Fjern lederrollen", QPushButton).isEnabled()
    select_row(units, "Solsikken barnehage")
    (old_leader,) = column(by_name(tab, "Ledere i enheten", QTableView))

    by_name(tab, "Gjør en ansatt til leder", QPushButton).click()
    dialog = dialog_named(tab, qtbot, "Gjør en ansatt til leder")
    person = by_name(dialog, "Ansatt", QComboBox)
    person.setCurrentIndex(next(i for i in range(person.count()) if person.itemText(i).startswith("Kari Nilsen")))
    save(qtbot, desk, dialog, "Gjør til leder")
    leaders = by_name(tab, "Ledere i enheten", QTableView)
    assert sorted(column(leaders)) == sorted([old_leader, "Kari Nilsen"])

    for name in (old_leader, "Kari Nilsen"):
        select_row(leaders, name)

        def confirm(box: QWidget) -> None:
            by_name(box, "Fjern lederrollen", QPushButton).click()

        when_modal(confirm, title="Fjern lederrollen")
        by_name(tab, "Fjern lederrollen", QPushButton).click()
        qtbot.waitUntil(lambda n=name: n not in column(leaders))  # type: ignore[misc]
        desk.wait(qtbot)
    notice = by_name(tab, "Melding", QLabel)
    assert notice.isVisible()
    assert notice.text().startswith("Solsikken barnehage har ingen leder nå.")
    assert by_name(tab, "Ingen leder", QLabel).isVisible()
    assert ["Solsikken barnehage", "Barnehage", "Ingen leder"] in rows(units)
    screenshot(tab, "kommune-ledere.png")


# ----------------------------------------------------------------------------- models, names, keyboard


def test_models_pass_the_model_tester(tab_for: TabFor, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _desk, tab = tab_for(ADMIN)
    section(tab, "Hvem kan finnes på hvilket nivå")
    qtbot.waitUntil(lambda: tab.niva23_model.rowCount() > 0)
    select_row(by_name(tab, "Tjenester", QTableView), "Barnehage")
    select_row(by_name(tab, "Enheter og ledere", QTableView), "Øvingsvik skole")
    for model in (
        tab.tjeneste_model,
        tab.tjeneste_proxy,
        tab.enhet_model,
        tab.enhet_proxy,
        tab.leder_enhet_model,
        tab.leder_enhet_proxy,
        tab.leder_model,
        tab.leder_proxy,
        tab.ekstern_model,
        tab.ekstern_proxy,
        tab.niva1_model,
        tab.niva1_proxy,
        tab.niva23_model,
        tab.niva23_proxy,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_every_control_has_a_name(tab_for: TabFor, qtbot: QtBot) -> None:
    _desk, tab = tab_for(ADMIN)
    for title in ("Tjenester og enheter", "Ledere", "Eksterne aktører", "Hvem kan finnes på hvilket nivå"):
        section(tab, title)
        assert unnamed_controls(tab) == [], title
    section(tab, "Ledere")
    select_row(by_name(tab, "Enheter og ledere", QTableView), "Øvingsvik skole")
    for button, title in (
        ("Ny leder", "Ny leder for Øvingsvik skole"),
        ("Gjør en ansatt til leder", "Gjør en ansatt til leder"),
    ):
        by_name(tab, button, QPushButton).click()
        dialog = dialog_named(tab, qtbot, title)
        assert unnamed_controls(dialog) == []
        dialog.reject()


def test_the_sections_are_reached_by_keyboard(tab_for: TabFor, qtbot: QtBot) -> None:
    _desk, tab = tab_for(ADMIN)
    sections = by_name(tab, "Deler av kommunesiden", QListWidget)
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_Down)
    assert by_name(tab, "Ledere").isVisible()
    qtbot.keyClick(sections, Qt.Key.Key_End)
    assert by_name(tab, "Hvem kan finnes på hvilket nivå").isVisible()
    qtbot.keyClick(sections, Qt.Key.Key_Tab)
    assert tab.focusWidget() is by_name(tab, "Enhet", QComboBox)


# ----------------------------------------------------------------------------- in the main window


def test_the_tab_in_the_administrators_main_window_is_cleared_on_lock(
    window_for: Callable[..., MainWindow],  # noqa: F811 - the fixture imported above
    qtbot: QtBot,
) -> None:
    window = window_for(ADMIN)
    window.resize(1366, 768)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Kommunen" in titles
    tab = window.tabs.widget(titles.index("Kommunen"))
    assert isinstance(tab, KommuneTab)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: by_name(tab, "Tjenester", QTableView).model().rowCount() == 5)
    screenshot(window, "kommune-hovedvindu.png")
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    assert by_name(tab, "Tjenester", QTableView).model().rowCount() == 0
    assert by_name(tab, "Kommunens navn", QLabel).text() == ""
