"""«Opprett ny logg»: the wizard against the training municipality, driven by accessible names."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.context import Context
from desktop.core.entities import Barn, Samtykke
from desktop.core.fodselsnummer import make_synthetic
from desktop.core.snapshot import LoggSnapshot, snapshot
from desktop.core.usecases.logs import logs_for

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QWidget,
    QWizard,
)

from desktop.views import wizard as wizard_module
from desktop.views.wizard import NewLogWizard

from .conftest import TRAINING_NOW, Desk
from .helpers import by_name, when_modal

TODAY = TRAINING_NOW.date()
REFUSAL = "Bare ansatte som er krysset av både som aktør og stafettholder kan opprette logger."
PARENTS = (("Hanne", "Lund", "mor", "hanne.lund@example.test"), ("Tor", "Lund", "far", "tor.lund@example.test"))
DeskFor = Callable[[str], Desk]
T = TypeVar("T")


def born_years_ago(years: int) -> dt.date:
    return TODAY.replace(year=TODAY.year - years) - dt.timedelta(days=30)


def synthetic(years: int) -> str:
    return make_synthetic(born_years_ago(years), random.Random(1))


def query(qtbot: QtBot, desk: Desk, work: Callable[[Context], T]) -> T:
    """Read through the backend, as the views do (never on the GUI thread)."""
    got: list[T] = []
    problems: list[object] = []
    desk.backend.bug.connect(problems.append)
    desk.backend.call(work, success=got.append, failure=problems.append)
    desk.wait(qtbot)
    assert problems == [] and len(got) == 1
    return got[0]


def open_wizard(qtbot: QtBot, desk: Desk) -> NewLogWizard:
    wizard = NewLogWizard(desk.backend)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def page(wizard: NewLogWizard) -> str:
    return wizard.currentPage().accessibleName()


def press_next(wizard: NewLogWizard) -> None:
    by_name(wizard, "Neste", QPushButton).click()


def type_into(qtbot: QtBot, wizard: NewLogWizard, name: str, text: str) -> None:
    widget = by_name(wizard, name)
    if isinstance(widget, QLineEdit):
        widget.clear()
    qtbot.keyClicks(widget, text)


def fill_child(qtbot: QtBot, wizard: NewLogWizard, fnr: str, fornavn: str = "Sofie", etternavn: str = "Lund") -> None:
    type_into(qtbot, wizard, "Barnets fornavn", fornavn)
    type_into(qtbot, wizard, "Barnets etternavn", etternavn)
    type_into(qtbot, wizard, "Barnets fødselsnummer", fnr)


def fill_guardians(
    qtbot: QtBot, wizard: NewLogWizard, parents: tuple[tuple[str, str, str, str], ...] = PARENTS
) -> None:
    """The wizard starts with one empty guardian; more are added with the button."""
    for i, (fornavn, etternavn, relasjon, epost) in enumerate(parents):
        if i:
            by_name(wizard, "Legg til foresatt", QPushButton).click()
        type_into(qtbot, wizard, "Foresattes fornavn", fornavn)
        type_into(qtbot, wizard, "Foresattes etternavn", etternavn)
        by_name(wizard, "Relasjon til barnet", QComboBox).lineEdit().clear()
        qtbot.keyClicks(by_name(wizard, "Relasjon til barnet", QComboBox), relasjon)
        if epost:
            type_into(qtbot, wizard, "Foresattes e-post", epost)
        type_into(qtbot, wizard, "Foresattes telefon", "400 00 00" + str(i))


def to_consent_page(
    qtbot: QtBot, wizard: NewLogWizard, fnr: str, parents: tuple[tuple[str, str, str, str], ...] = PARENTS
) -> None:
    fill_child(qtbot, wizard, fnr)
    fill_guardians(qtbot, wizard, parents)
    press_next(wizard)
    assert page(wizard) == "Steg 2: Samtykke"


def consent_and_sign(wizard: NewLogWizard, signers: tuple[str, ...] = ("Hanne Lund", "Tor Lund")) -> None:
    by_name(wizard, "Opprettelse av stafettlogg", QCheckBox).click()
    by_name(wizard, "Utveksling av opplysninger på tvers av tjenester", QCheckBox).click()
    for name in signers:
        by_name(wizard, f"{name} har skrevet under", QCheckBox).click()


def to_summary(qtbot: QtBot, wizard: NewLogWizard, niva: int = 1) -> None:
    press_next(wizard)
    assert page(wizard) == "Steg 3: Nivå"
    by_name(wizard, f"Nivå {niva}", QRadioButton).click()
    press_next(wizard)
    assert page(wizard) == "Steg 4: Startsiden"
    qtbot.keyClicks(by_name(wizard, "Hva er min bekymring?", QPlainTextEdit), "Sofie leker mest alene i barnehagen.")
    qtbot.keyClicks(
        by_name(wizard, "Hva kjennetegner måloppnåelse?", QPlainTextEdit), "Sofie leker med et annet barn hver dag."
    )
    qtbot.keyClicks(
        by_name(wizard, "Hva opprettholder utfordringen?", QPlainTextEdit), "De andre barna kjenner henne lite."
    )
    press_next(wizard)
    assert page(wizard) == "Steg 5: Oppsummering"


def finish(wizard: NewLogWizard) -> None:
    by_name(wizard, "Opprett loggen", QPushButton).click()


def shown_error(wizard: NewLogWizard, name: str) -> str:
    label = by_name(wizard, name, QLabel)
    assert label.isVisibleTo(wizard), f"{name!r} is hidden"
    return label.text()


def barn_count(qtbot: QtBot, desk: Desk, number: str) -> int:
    return query(
        qtbot, desk, lambda ctx: ctx.session.scalar(select(func.count()).where(Barn.fodselsnummer == number)) or 0
    )


def a_pdf(tmp_path: Path, name: str = "samtykke-sofie.pdf", data: bytes = b"%PDF-1.4\n% skannet skjema\n") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --------------------------------------------------------------------------- the whole way


def test_kari_creates_a_log_for_a_new_child(
    desk_for: DeskFor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_for("Kari Nilsen")
    number = synthetic(5)
    wizard = open_wizard(qtbot, desk)
    assert page(wizard) == "Steg 1: Barnet og foresatte"
    to_consent_page(qtbot, wizard, number)

    consent_and_sign(wizard)
    monkeypatch.setattr(wizard_module, "ask_pdf_path", lambda parent: a_pdf(tmp_path))
    by_name(wizard, "Velg skannet PDF", QPushButton).click()
    desk.wait(qtbot)
    assert by_name(wizard, "Valgt PDF", QLabel).text().startswith("samtykke-sofie.pdf")
    assert by_name(wizard, "Signert dato", QDateEdit).maximumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    to_summary(qtbot, wizard, niva=2)

    summary = by_name(wizard, "Oppsummering av loggen", QTextBrowser).toPlainText()
    for expected in ("Sofie Lund", "Hanne Lund", "Tor Lund", "Nivå 2", "samtykke-sofie.pdf", "leker mest alene"):
        assert expected in summary
    assert by_name(wizard, "Opprett loggen", QPushButton).isVisible()

    with qtbot.waitSignal(wizard.created, timeout=10_000) as created:
        finish(wizard)
    desk.wait(qtbot)
    logg_id = created.args[0]
    assert isinstance(logg_id, uuid.UUID)
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()

    snap: LoggSnapshot = query(qtbot, desk, lambda ctx: snapshot(ctx, logg_id))
    assert snap.barn == "Sofie Lund" and snap.fodselsdato == born_years_ago(5)
    assert snap.stafettholder == "Kari Nilsen" and snap.niva == 2
    assert [(f.navn, f.rolle, f.epost) for f in snap.foresatte] == [
        ("Hanne Lund", "mor", "hanne.lund@example.test"),
        ("Tor Lund", "far", "tor.lund@example.test"),
    ]
    assert snap.bekymring == "Sofie leker mest alene i barnehagen."
    assert snap.opprettholdende == "De andre barna kjenner henne lite."
    [samtykke] = snap.samtykker
    assert samtykke.har_skanning and samtykke.signert_dato == TODAY
    assert logg_id in query(qtbot, desk, logs_for)

    # Both signatures point at the guardians register_barn created.
    def givers(ctx: Context) -> tuple[list[str], list[str]]:
        form = ctx.session.scalars(select(Samtykke).where(Samtykke.logg_id == logg_id)).one()
        barn = ctx.session.get(Barn, form.barn_id)
        assert barn is not None
        return sorted(form.gitt_av_foresatte), sorted(str(f.id) for f in barn.foresatte)

    signed, guardians = query(qtbot, desk, givers)
    assert signed == guardians and len(signed) == 2


# --------------------------------------------------------------------------- page 1


def test_bad_fodselsnummer_shows_the_message_and_blocks_next(desk_for: DeskFor, qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    fill_child(qtbot, wizard, "12345")
    fill_guardians(qtbot, wizard)
    press_next(wizard)
    assert page(wizard) == "Steg 1: Barnet og foresatte"
    assert shown_error(wizard, "Feil i barnets fødselsnummer") == "Fødselsnummeret må ha 11 siffer. Du skrev 5."
    assert wizard.focusWidget() is by_name(wizard, "Barnets fødselsnummer")

    good = synthetic(5)
    type_into(qtbot, wizard, "Barnets fødselsnummer", good[:-1] + str((int(good[-1]) + 1) % 10))
    press_next(wizard)
    assert page(wizard) == "Steg 1: Barnet og foresatte"
    assert "Kontrollsifrene stemmer ikke" in shown_error(wizard, "Feil i barnets fødselsnummer")

    type_into(qtbot, wizard, "Barnets fødselsnummer", good)
    assert not by_name(wizard, "Feil i barnets fødselsnummer").isVisibleTo(wizard)  # gone as it is corrected
    assert by_name(wizard, "Barnets fødselsdato og alder", QLabel).text().endswith("5 år")
    press_next(wizard)
    assert page(wizard) == "Steg 2: Samtykke"


def test_fodselsnummer_is_checked_when_leaving_the_field(desk_for: DeskFor, qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    field = by_name(wizard, "Barnets fødselsnummer", QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "3112")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is not field
    assert shown_error(wizard, "Feil i barnets fødselsnummer") == "Fødselsnummeret må ha 11 siffer. Du skrev 4."


def test_guardians_need_foreldreansvar_and_the_email_warning_does_not_block(desk_for: DeskFor, qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    fill_child(qtbot, wizard, synthetic(5))
    fill_guardians(qtbot, wizard, (("Hanne", "Lund", "mor", ""),))
    warning = by_name(wizard, "Advarsel om e-post", QLabel)
    assert warning.isVisibleTo(wizard) and "når ikke fram" in warning.text()

    by_name(wizard, "Har foreldreansvar", QCheckBox).click()
    assert not warning.isVisibleTo(wizard)  # no one with foreldreansvar: the error below says it
    press_next(wizard)
    assert page(wizard) == "Steg 1: Barnet og foresatte"
    assert "Minst én foresatt må ha foreldreansvar" in shown_error(wizard, "Feil i foresatte")

    by_name(wizard, "Har foreldreansvar", QCheckBox).click()
    assert warning.isVisibleTo(wizard)
    type_into(qtbot, wizard, "Foresattes e-post", "hanne.lund@example.test")
    assert not warning.isVisibleTo(wizard)

    by_name(wizard, "Fjern valgt foresatt", QPushButton).click()
    assert by_name(wizard, "Foresatte", QListWidget).count() == 0
    press_next(wizard)
    assert "Legg inn minst én foresatt" in shown_error(wizard, "Feil i foresatte")

    by_name(wizard, "Legg til foresatt", QPushButton).click()
    type_into(qtbot, wizard, "Foresattes fornavn", "Hanne")
    press_next(wizard)
    assert "fornavn og etternavn" in shown_error(wizard, "Feil i foresatte")
    type_into(qtbot, wizard, "Foresattes etternavn", "Lund")
    type_into(qtbot, wizard, "Foresattes fødselsnummer", "123")
    press_next(wizard)
    assert shown_error(wizard, "Feil i foresattes fødselsnummer") == "Fødselsnummeret må ha 11 siffer. Du skrev 3."
    type_into(qtbot, wizard, "Foresattes fødselsnummer", "")
    press_next(wizard)
    assert page(wizard) == "Steg 2: Samtykke"  # no e-mail is a warning, not a stop


# --------------------------------------------------------------------------- page 2


def test_consent_without_data_exchange_blocks(desk_for: DeskFor, qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    to_consent_page(qtbot, wizard, synthetic(5))
    by_name(wizard, "Opprettelse av stafettlogg", QCheckBox).click()
    by_name(wizard, "Hanne Lund har skrevet under", QCheckBox).click()
    by_name(wizard, "Tor Lund har skrevet under", QCheckBox).click()
    press_next(wizard)
    assert page(wizard) == "Steg 2: Samtykke"
    message = shown_error(wizard, "Feil i samtykkets omfang")
    assert "utveksling av opplysninger" in message and "Uten begge kan det ikke opprettes en logg" in message
    assert wizard.focusWidget() is by_name(wizard, "Utveksling av opplysninger på tvers av tjenester")

    by_name(wizard, "Utveksling av opplysninger på tvers av tjenester", QCheckBox).click()
    press_next(wizard)
    assert page(wizard) == "Steg 3: Nivå"


def test_a_missing_signature_blocks_and_names_who(desk_for: DeskFor, qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    to_consent_page(qtbot, wizard, synthetic(5))
    consent_and_sign(wizard, signers=("Hanne Lund",))
    assert by_name(wizard, "Manglende underskrifter", QLabel).text() == "Mangler underskrift fra: Tor Lund."
    press_next(wizard)
    assert page(wizard) == "Steg 2: Samtykke"
    assert shown_error(wizard, "Feil i underskriftene").startswith("Samtykke mangler fra Tor Lund.")

    by_name(wizard, "Tor Lund har skrevet under", QCheckBox).click()
    assert by_name(wizard, "Manglende underskrifter", QLabel).text() == "Alle med foreldreansvar har skrevet under."
    press_next(wizard)
    assert page(wizard) == "Steg 3: Nivå"

    # Back and forth keeps what was ticked.
    by_name(wizard, "Tilbake", QPushButton).click()
    assert by_name(wizard, "Hanne Lund har skrevet under", QCheckBox).isChecked()
    assert by_name(wizard, "Tor Lund har skrevet under", QCheckBox).isChecked()


@pytest.mark.parametrize(("years", "may_consent"), [(5, False), (16, True)])
def test_youth_may_consent_alone_only_from_15(desk_for: DeskFor, qtbot: QtBot, years: int, may_consent: bool) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    to_consent_page(qtbot, wizard, synthetic(years))
    youth = by_name(wizard, "Ungdommen samtykker selv", QCheckBox)
    assert youth.isEnabled() is may_consent
    assert f"{years} år" in by_name(wizard, "Om ungdommens samtykke", QLabel).text()


def test_a_youth_of_16_consents_alone_and_the_warnings_are_shown(desk_for: DeskFor, qtbot: QtBot) -> None:
    desk = desk_for("Kari Nilsen")
    number = synthetic(16)
    wizard = open_wizard(qtbot, desk)
    to_consent_page(qtbot, wizard, number, parents=(("Hanne", "Lund", "mor", ""), ("Tor", "Lund", "far", "")))
    consent_and_sign(wizard, signers=())
    by_name(wizard, "Ungdommen samtykker selv", QCheckBox).click()
    assert by_name(wizard, "Manglende underskrifter", QLabel).text() == "Ungdommen samtykker selv."
    to_summary(qtbot, wizard)

    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.accept()  # type: ignore[attr-defined]

    when_modal(read_and_close, title="Loggen er opprettet")
    with qtbot.waitSignal(wizard.created, timeout=10_000) as created:
        finish(wizard)
    desk.wait(qtbot)
    assert seen and "den faste e-posten om loggen når ikke fram" in seen[0]
    snap: LoggSnapshot = query(qtbot, desk, lambda ctx: snapshot(ctx, created.args[0]))
    assert snap.alder == 16


def test_the_scanned_form_must_be_a_pdf_and_can_be_removed(
    desk_for: DeskFor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_for("Kari Nilsen")
    wizard = open_wizard(qtbot, desk)
    to_consent_page(qtbot, wizard, synthetic(5))
    choose = by_name(wizard, "Velg skannet PDF", QPushButton)
    remove = by_name(wizard, "Fjern PDF", QPushButton)
    assert not remove.isEnabled()

    monkeypatch.setattr(wizard_module, "ask_pdf_path", lambda parent: a_pdf(tmp_path, "bilde.png", b"\x89PNG"))
    choose.click()
    desk.wait(qtbot)
    assert shown_error(wizard, "Feil i PDF-filen") == "«bilde.png» er ikke en PDF-fil. Bare PDF kan lastes opp."
    assert by_name(wizard, "Valgt PDF", QLabel).text() == "Ingen fil valgt"

    monkeypatch.setattr(wizard_module, "ask_pdf_path", lambda parent: a_pdf(tmp_path))
    choose.click()
    desk.wait(qtbot)
    assert not by_name(wizard, "Feil i PDF-filen").isVisibleTo(wizard)
    assert by_name(wizard, "Valgt PDF", QLabel).text() == "samtykke-sofie.pdf (1 kB)"
    assert wizard.consent_page.pdf is not None and wizard.consent_page.pdf[1].startswith(b"%PDF-")

    remove.click()
    assert by_name(wizard, "Valgt PDF", QLabel).text() == "Ingen fil valgt"
    assert wizard.consent_page.pdf is None and not remove.isEnabled()

    monkeypatch.setattr(wizard_module, "ask_pdf_path", lambda parent: "")  # the user cancelled
    choose.click()
    assert by_name(wizard, "Valgt PDF", QLabel).text() == "Ingen fil valgt"


# --------------------------------------------------------------------------- refusals: nothing half-saved


def test_a_non_holder_sees_the_cores_refusal_and_nothing_is_created(desk_for: DeskFor, qtbot: QtBot) -> None:
    ahmed = desk_for("Ahmed Karimi")  # assistant: aktør, not stafettholder
    number = synthetic(5)
    wizard = open_wizard(qtbot, ahmed)
    to_consent_page(qtbot, wizard, number)
    consent_and_sign(wizard)
    to_summary(qtbot, wizard)
    emitted: list[object] = []
    wizard.created.connect(emitted.append)

    finish(wizard)
    ahmed.wait(qtbot)
    message = shown_error(wizard, "Feilmelding")
    assert message.startswith("Loggen ble ikke opprettet, og ingenting er lagret.") and REFUSAL in message
    assert page(wizard) == "Steg 5: Oppsummering" and wizard.isVisible() and emitted == []
    assert by_name(wizard, "Opprett loggen", QPushButton).isEnabled()
    assert by_name(wizard, "Barnets fornavn", QLineEdit).text() == "Sofie"  # everything as typed
    assert by_name(wizard, "Hva er min bekymring?", QPlainTextEdit).toPlainText().startswith("Sofie leker")
    assert barn_count(qtbot, desk_for("Kari Nilsen"), number) == 0


def test_a_refusal_in_the_last_step_rolls_back_the_child_and_consent(desk_for: DeskFor, qtbot: QtBot) -> None:
    """Ella Fjellstad has an open log: register_barn and register_samtykke run, create_stafettlogg refuses."""
    desk = desk_for("Kari Nilsen")

    def ella(ctx: Context) -> tuple[str, int]:
        barn = ctx.session.scalars(select(Barn).where(Barn.fornavn == "Ella", Barn.etternavn == "Fjellstad")).one()
        forms = ctx.session.scalar(select(func.count()).where(Samtykke.barn_id == barn.id)) or 0
        return barn.fodselsnummer, forms

    number, forms_before = query(qtbot, desk, ella)
    wizard = open_wizard(qtbot, desk)
    fill_child(qtbot, wizard, number, "Ella", "Fjellstad")
    fill_guardians(qtbot, wizard, (("Mona", "Fjellstad", "mor", "mona@example.test"), ("Per", "Fjellstad", "far", "")))
    press_next(wizard)
    consent_and_sign(wizard, signers=("Mona Fjellstad", "Per Fjellstad"))
    to_summary(qtbot, wizard)
    finish(wizard)
    desk.wait(qtbot)
    assert "Ella Fjellstad har allerede en stafettlogg (stafettholder Kari Nilsen)" in shown_error(
        wizard, "Feilmelding"
    )
    assert query(qtbot, desk, ella) == (number, forms_before)  # the consent form was rolled back too
    assert wizard.isVisible()


def test_a_child_registered_before_is_reused_with_its_guardians(desk_for: DeskFor, qtbot: QtBot) -> None:
    """Lina Aas's log was closed; a new log reuses her registration and matches the guardians by name."""
    desk = desk_for("Kari Nilsen")

    def lina(ctx: Context) -> tuple[str, list[str]]:
        barn = ctx.session.scalars(select(Barn).where(Barn.fornavn == "Lina", Barn.etternavn == "Aas")).one()
        return barn.fodselsnummer, [str(f.id) for f in barn.foresatte]

    number, guardian_ids = query(qtbot, desk, lina)
    wizard = open_wizard(qtbot, desk)
    fill_child(qtbot, wizard, number, "Lina", "Aas")
    fill_guardians(qtbot, wizard, (("Karianne", "Aas", "mor", ""), ("stian", "aas", "far", "")))
    press_next(wizard)
    consent_and_sign(wizard, signers=("Karianne Aas", "stian aas"))
    to_summary(qtbot, wizard)

    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.accept()  # type: ignore[attr-defined]

    when_modal(read_and_close, title="Loggen er opprettet")
    with qtbot.waitSignal(wizard.created, timeout=10_000) as created:
        finish(wizard)
    desk.wait(qtbot)
    assert seen and "Lina Aas er registrert fra før; den registreringen brukes." in seen[0]
    assert barn_count(qtbot, desk, number) == 1

    def givers(ctx: Context) -> list[str]:
        form = ctx.session.scalars(select(Samtykke).where(Samtykke.logg_id == created.args[0])).one()
        return form.gitt_av_foresatte

    assert sorted(query(qtbot, desk, givers)) == sorted(guardian_ids)


# --------------------------------------------------------------------------- conventions


INTERACTIVE = (QLineEdit, QPlainTextEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QListWidget, QTextBrowser)


def test_every_visible_interactive_widget_has_a_name_and_every_mnemonic_a_buddy(
    desk_for: DeskFor, qtbot: QtBot
) -> None:
    def check_page() -> None:
        for widget in wizard.findChildren(QWidget):
            internal = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
            if isinstance(widget, INTERACTIVE) and widget.isVisible() and not internal:
                assert widget.accessibleName(), f"{type(widget).__name__} on {page(wizard)}"
            if isinstance(widget, QLabel) and widget.isVisible() and "&" in widget.text().replace("&&", ""):
                assert widget.buddy() is not None, widget.text()

    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    check_page()
    to_consent_page(qtbot, wizard, synthetic(5))
    consent_and_sign(wizard)
    seen = [page(wizard)]
    check_page()
    while page(wizard) != "Steg 5: Oppsummering":
        press_next(wizard)
        seen.append(page(wizard))
        check_page()
    assert seen == ["Steg 2: Samtykke", "Steg 3: Nivå", "Steg 4: Startsiden", "Steg 5: Oppsummering"]


def test_tab_order_on_the_first_page(desk_for: DeskFor, qtbot: QtBot) -> None:
    wizard = open_wizard(qtbot, desk_for("Kari Nilsen"))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    by_name(wizard, "Barnets fornavn").setFocus()
    order = []
    for _ in range(12):
        order.append(wizard.focusWidget().accessibleName())
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        "Barnets fornavn",
        "Barnets etternavn",
        "Barnets fødselsnummer",
        "Foresatte",
        "Legg til foresatt",
        "Fjern valgt foresatt",
        "Foresattes fornavn",
        "Foresattes etternavn",
        "Relasjon til barnet",
        "Har foreldreansvar",
        "Foresattes e-post",
        "Foresattes telefon",
    ]
