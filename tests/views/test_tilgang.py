"""«Aktører og tilgang»: read access only with the guardians' consent — grant, widen, revoke."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from desktop.models.rows import ROW_ROLE

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
)

from desktop.views.tilgang import GrantDialog, TilgangPage

from .conftest import Desk
from .helpers import by_name, load_snapshot, screenshot, unnamed_controls

PageFor = Callable[[str], tuple[Desk, TilgangPage]]
MAT = "Ella venter på at en voksen skal mate henne, og hun spiser lite ved måltidene."


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def select_row(table: QTableView, name: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    table.setCurrentIndex(model.index(row, 0))


def open_grant(page: TilgangPage, qtbot: QtBot, person: str) -> GrantDialog:
    by_name(page, "Gi lesetilgang", QPushButton).click()
    dialog = by_name(page, "Gi lesetilgang", QDialog)
    combo = by_name(dialog, "Ansatt", QComboBox)
    qtbot.waitUntil(lambda: combo.isEnabled() and combo.count() > 0)  # employees come from the worker
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(person + " – "))
    combo.setCurrentIndex(index)
    assert isinstance(dialog, GrantDialog)
    return dialog


@pytest.fixture
def page_for(desk_for: Callable[[str], Desk], qtbot: QtBot) -> PageFor:
    def make(name: str) -> tuple[Desk, TilgangPage]:
        desk = desk_for(name)
        page = TilgangPage(desk.backend)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_snapshot(load_snapshot(desk, qtbot))
        return desk, page

    return make


def test_actors_and_guardians_with_contact_data(page_for: PageFor) -> None:
    _desk, page = page_for("Kari Nilsen")
    intro = by_name(page, "Om aktører og tilgang", QLabel).text()
    assert "En aktør er knyttet til loggen ved å ha ansvar for et tiltak" in intro
    assert [r[0] for r in rows(by_name(page, "Aktører i loggen", QTableView))] == ["Ahmed Karimi", "Kari Nilsen"]
    family = rows(by_name(page, "Foresatte og kontaktinformasjon", QTableView))
    assert family[0][:5] == ["Mona Fjellstad", "mor", "Ja", "mona.fjellstad@example.test", "Mangler"]
    warning = by_name(page, "Mangler kontaktinformasjon", QLabel)
    assert warning.isVisible()
    assert warning.text() == "Mona Fjellstad mangler telefon. Per Fjellstad mangler telefon."
    assert rows(by_name(page, "Lesetilganger", QTableView)) == [["Ingrid Sørli", MAT, "Aktiv"]]


def test_grant_with_consent_then_widen_then_revoke(
    page_for: PageFor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, page = page_for("Kari Nilsen")
    scan = tmp_path / "samtykke-kristin.pdf"
    canvas.Canvas(str(scan)).save()  # an (empty) one-page PDF stands in for the scanned form
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(scan), "")))
    dialog = open_grant(page, qtbot, "Kristin Aune")

    # No consent names Kristin yet: the dialog says so and offers to register the signed form.
    assert not by_name(dialog, "Samtykke", QComboBox).isEnabled()
    notice = by_name(dialog, "Om samtykket", QLabel)
    assert notice.isVisible() and "Foreldrene har ikke samtykket til at Kristin Aune" in notice.text()
    by_name(dialog, "Registrer samtykke til lesetilgang", QPushButton).click()
    consent = by_name(dialog, "Registrer samtykke til lesetilgang", QDialog)
    by_name(consent, "Mona Fjellstad har signert", QCheckBox).setChecked(True)
    by_name(consent, "Per Fjellstad har signert", QCheckBox).setChecked(True)
    by_name(consent, "Legg ved skannet samtykke", QPushButton).click()
    assert by_name(consent, "Skannet skjema", QLabel).text() == "samtykke-kristin.pdf"
    screenshot(consent, "dialog-samtykke-lesetilgang.png")
    with qtbot.waitSignal(consent.finished):
        by_name(consent, "Registrer samtykket", QPushButton).click()
    samtykke = by_name(dialog, "Samtykke", QComboBox)
    qtbot.waitUntil(lambda: samtykke.isEnabled() and samtykke.count() == 1)
    assert samtykke.currentText() == "Signert 26.11.2026 – lesetilgang (skannet skjema er lagret)"
    assert not notice.isVisible()

    by_name(dialog, "Valgte oppmerksomheter", QRadioButton).setChecked(True)
    by_name(dialog, MAT, QCheckBox).setChecked(True)
    screenshot(dialog, "dialog-gi-lesetilgang.png")
    with qtbot.waitSignal(dialog.finished):
        by_name(dialog, "Gi lesetilgang", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))

    table = by_name(page, "Lesetilganger", QTableView)
    assert ["Kristin Aune", MAT, "Aktiv"] in rows(table)
    assert table.currentIndex().data(ROW_ROLE).navn == "Kristin Aune"  # the new access is selected

    # «Endre»: widen to the whole log.
    by_name(page, "Endre lesetilgang", QPushButton).click()
    change = by_name(page, "Endre lesetilgang", QDialog)
    assert by_name(change, MAT, QCheckBox).isChecked()
    by_name(change, "Hele loggen", QRadioButton).setChecked(True)
    with qtbot.waitSignal(change.finished):
        by_name(change, "Lagre endringen", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))
    assert ["Kristin Aune", "Hele loggen", "Aktiv"] in rows(table)

    # «Fjern», after a confirmation; the access stays listed as removed.
    select_row(table, "Kristin Aune")
    by_name(page, "Fjern lesetilgang", QPushButton).click()
    box = by_name(page, "Fjern lesetilgangen?", QMessageBox)
    assert "Kristin Aune" in box.text()
    by_name(box, "Fjern lesetilgangen", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))
    assert ["Kristin Aune", "Hele loggen", "Fjernet"] in rows(table)
    select_row(table, "Kristin Aune")
    assert not by_name(page, "Endre lesetilgang", QPushButton).isEnabled()
    assert not by_name(page, "Fjern lesetilgang", QPushButton).isEnabled()


def test_cancelling_the_confirmation_keeps_the_access(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    table = by_name(page, "Lesetilganger", QTableView)
    select_row(table, "Ingrid Sørli")
    box = page.revoke_access()
    assert box is not None
    by_name(box, "Avbryt", QPushButton).click()
    desk.wait(qtbot)
    page.set_snapshot(load_snapshot(desk, qtbot))
    assert rows(table) == [["Ingrid Sørli", MAT, "Aktiv"]]


def test_granting_without_consent_is_refused(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    dialog = open_grant(page, qtbot, "Hanne Lie")
    by_name(dialog, "Gi lesetilgang", QPushButton).click()
    desk.wait(qtbot)
    screenshot(dialog, "dialog-gi-lesetilgang-uten-samtykke.png")
    error = by_name(dialog, "Feilmelding", QLabel)
    assert error.isVisible()
    assert error.text() == (
        "Hanne Lie kan ikke få lesetilgang uten samtykke fra foreldrene. Registrer det signerte samtykket først."
    )
    assert dialog.isVisible()
    page.set_snapshot(load_snapshot(desk, qtbot))
    assert [r[0] for r in rows(by_name(page, "Lesetilganger", QTableView))] == ["Ingrid Sørli"]
    dialog.reject()


def test_a_consent_needs_everyone_with_foreldreansvar(page_for: PageFor, qtbot: QtBot) -> None:
    desk, page = page_for("Kari Nilsen")
    dialog = open_grant(page, qtbot, "Kristin Aune")
    consent = dialog.register_consent()
    assert consent is not None
    by_name(consent, "Mona Fjellstad har signert", QCheckBox).setChecked(True)
    by_name(consent, "Registrer samtykket", QPushButton).click()
    desk.wait(qtbot)
    # The core's refusal, shown in the dialog, which keeps what was ticked.
    assert by_name(consent, "Feilmelding", QLabel).text() == (
        "Samtykke mangler fra Per Fjellstad. Alle med foreldreansvar må samtykke."
    )
    assert consent.isVisible() and by_name(consent, "Mona Fjellstad har signert", QCheckBox).isChecked()
    consent.reject()
    dialog.reject()


def test_people_who_already_read_are_not_offered(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    by_name(page, "Gi lesetilgang", QPushButton).click()
    dialog = by_name(page, "Gi lesetilgang", QDialog)
    combo = by_name(dialog, "Ansatt", QComboBox)
    qtbot.waitUntil(lambda: combo.count() > 0)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert not any(n.startswith(("Ingrid Sørli", "Kari Nilsen")) for n in names)
    assert any(n.startswith("Ahmed Karimi – ") and "aktør i loggen" in n for n in names)
    dialog.reject()


def test_every_control_has_a_name(page_for: PageFor, qtbot: QtBot) -> None:
    _desk, page = page_for("Kari Nilsen")
    select_row(by_name(page, "Lesetilganger", QTableView), "Ingrid Sørli")
    assert unnamed_controls(page) == []
    grant = open_grant(page, qtbot, "Kristin Aune")
    assert unnamed_controls(grant) == []
    consent = grant.register_consent()
    assert consent is not None
    assert unnamed_controls(consent) == []
    consent.reject()
    grant.reject()
    change = page.change_access()
    assert change is not None
    assert unnamed_controls(change) == []
    change.reject()
    box = page.revoke_access()
    assert box is not None
    assert unnamed_controls(box) == []
    box.reject()


def test_a_reader_sees_access_but_cannot_manage_it(page_for: PageFor) -> None:
    _desk, page = page_for("Ingrid Sørli")
    for name in ("Gi lesetilgang", "Endre lesetilgang", "Fjern lesetilgang"):
        assert by_name(page, name, QPushButton).isHidden()
    assert page.grant_access() is None


def test_access_models_pass_the_model_tester(page_for: PageFor, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _desk, page = page_for("Kari Nilsen")
    for model in (page.aktor_model, page.foresatt_model, page.tilgang_model):
        assert model.rowCount() >= 1
        qtmodeltester.check(model)


def test_screenshot_of_access(page_for: PageFor) -> None:
    _desk, page = page_for("Kari Nilsen")
    select_row(by_name(page, "Lesetilganger", QTableView), "Ingrid Sørli")
    screenshot(page, "logg-tilgang.png")
